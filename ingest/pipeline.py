"""Files -> chunks: find the files under the paths given, read each, drop page furniture,
find its documents and structure, cut chunks. Writes nothing; the index commits the chunks."""
from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ingest import chunking, furniture, hyphens, loaders, sidecar, structure
from core import gazetteer
from core.paths import display_path
from core.errors import UnreadableDocument
from core.settings import Settings
from core.types import Chunk, Document, FoundBy, SourceFile

MB = 1024 * 1024


def is_hidden(name: str) -> bool:
    """Dot files (".DS_Store", "._minutes.pdf", ".~lock") are the system's, not papers; a name
    that starts with two dots ("..dots.txt") is an ordinary name someone typed, and is read."""
    return name.startswith(".") and not name.startswith("..")


# A folder's own documentation ("README.md", "LICENSE.txt" beside the papers) describes the folder;
# it is no council's paper. Named on the command line, such a file is read like any other.
FOLDER_NOTES = frozenset({"readme", "licence", "license", "copying", "changelog", "notice", "contributing"})


def is_folder_note(name: str) -> bool:
    return Path(name).stem.lower() in FOLDER_NOTES


def walk(paths: list[str | Path], settings: Settings | None = None) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to ingest under `paths` (folders recursively, sorted), and (path, reason) for each
    path that cannot be ingested at all, found without opening any file.

    Only regular files are taken (never a named pipe, device or socket). A link inside a folder
    is followed only when it points inside one of the folders given, so a link cannot bring
    `/etc/passwd` or `/dev/zero` into the index; a path named on the command line is the user's
    own choice and is followed. Link loops, unreadable folders and files over the size cap
    (`Settings.max_file_mb`) are reported each on its own. Hidden files (`is_hidden`), metadata
    sidecars and a folder's own notes (`is_folder_note`) are not papers and are passed over.
    """
    settings = settings or Settings.from_env()
    walker = _Walker(settings.max_file_mb * MB)
    roots = [os.path.realpath(raw) for raw in paths if os.path.isdir(raw)]
    for raw in paths:
        walker.named(Path(raw), roots)
    return walker.found, walker.problems


class _Walker:
    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.found: list[Path] = []
        self.problems: list[tuple[str, str]] = []
        self.seen: set[str] = set()       # real paths of the files taken
        self.visited: set[str] = set()    # real paths of the folders read

    def problem(self, path: Path, reason: str) -> None:
        self.problems.append((str(path), reason))

    def named(self, p: Path, roots: list[str]) -> None:
        try:
            st = p.stat()
        except FileNotFoundError:
            if p.is_symlink():
                self.problem(p, "a link to a file that does not exist")
            else:
                self.problem(p, "no such file or folder")
            return
        except OSError as e:
            self.problem(p, _os_reason(e))
            return
        if stat.S_ISDIR(st.st_mode):
            self.folder(p, roots, ())
        elif not sidecar.is_sidecar(p):
            self.file(p, st)

    def folder(self, folder: Path, roots: list[str], above: tuple[str, ...]) -> None:
        real = os.path.realpath(folder)
        if real in above:
            self.problem(folder, "a link loop: it leads back to a folder above it; not followed")
            return
        if real in self.visited:
            return   # reached twice through a link: its files are taken once
        self.visited.add(real)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            self.problem(folder, f"cannot read folder: {e.strerror or e}")
            return
        subfolders: list[Path] = []
        for entry in entries:
            path = Path(entry.path)
            if is_hidden(entry.name) or is_folder_note(entry.name):
                continue
            try:
                if entry.is_symlink():
                    target = os.path.realpath(path)
                    if not any(target == r or target.startswith(r.rstrip(os.sep) + os.sep) for r in roots):
                        self.problem(path, "a link to somewhere outside the folders given; not followed "
                                           "(name the target itself to ingest it)")
                        continue
                st = path.stat()   # follows a link (inside the folders given)
            except OSError as e:
                self.problem(path, _os_reason(e))
                continue
            if stat.S_ISDIR(st.st_mode):
                subfolders.append(path)
            elif not sidecar.is_sidecar(path):
                self.file(path, st)
        for path in subfolders:   # a folder's own files first, as os.walk gives them
            self.folder(path, roots, above + (real,))

    def file(self, path: Path, st: os.stat_result) -> None:
        if not stat.S_ISREG(st.st_mode):
            self.problem(path, f"not a regular file ({loaders.file_kind(st.st_mode)}); not read")
            return
        if st.st_size > self.max_bytes:
            self.problem(path, loaders.too_large(st.st_size, self.max_bytes))
            return
        real = os.path.realpath(path)
        if real not in self.seen:
            self.seen.add(real)
            self.found.append(path)


def _os_reason(e: OSError) -> str:
    if e.errno == errno.ELOOP:
        return "a link loop: the link leads back to itself; not followed"
    return f"cannot read it: {e.strerror or e}"


def read_bytes(path: Path, settings: Settings | None = None) -> bytes:
    """The bytes of the regular file at `path`, read once, at most the size cap (`loaders.read_bytes`)."""
    settings = settings or Settings.from_env()
    return loaders.read_bytes(Path(path), display_path(Path(path)), settings.max_file_mb * MB)


@dataclass
class Prepared:
    source: SourceFile
    documents: list[Document]
    chunks: list[Chunk]
    chunks_per_document: list[int]


def read(path: Path, data: bytes | None = None, settings: Settings | None = None) -> SourceFile:
    """The file at `path` as a `SourceFile` (raises UnreadableDocument). Pass the `data` already
    read (and hashed) so a file is read once; without it the file is read here with `read_bytes`."""
    path = Path(path)
    if data is None:
        data = read_bytes(path, settings)
    return loaders.load_file(path, display_path(path), data=data)


def prepare(source: SourceFile, settings: Settings) -> Prepared:
    """Structure and chunks of a file already read (raises UnreadableDocument)."""
    cleaned = furniture.clean(source.pages)
    pages = hyphens.join_broken_words(cleaned.pages)
    clean_source = SourceFile(source.path, source.sha256, source.kind, pages, source.overrides)
    running = {cleaned.pages[i].number: lines for i, lines in cleaned.running.items()}
    for page in source.pages:       # a reader's own running lines (a Word document's header and footer)
        if page.running:
            running[page.number] = list(page.running) + running.get(page.number, [])
    documents = structure.parse(clean_source, running)
    if not documents:
        raise UnreadableDocument(source.path, "no text found")
    chunks: list[Chunk] = []
    counts: list[int] = []
    for doc in documents:
        mine = chunking.chunk_document(doc, settings, position=len(chunks))
        chunks.extend(mine)
        counts.append(len(mine))
    if not chunks:
        raise UnreadableDocument(source.path, "no text found")
    return Prepared(source, documents, chunks, counts)


FOLDER = FoundBy("folder", 0.6)
# a body made from the folder's own words ("northmoor-and-wyre-fra"), which no table confirms: less sure
FOLDER_WORDS = FoundBy("folder name", 0.4)


def council_named(documents: list[Document]) -> set[str]:
    """The councils a file's documents name themselves (text, sidecar, manifest), not by their folder."""
    return {d.council for d in documents
            if d.council and d.found_by.get("council", FOLDER).recogniser not in (FOLDER.recogniser, FOLDER_WORDS.recogniser)}


def folder_council(named: list[set[str | None]], folder: str | None = None) -> str | None:
    """A folder's council: the one council its files name (see `folder_body`)."""
    found = folder_body(named, folder)
    return found[0] if found else None


def folder_body(named: list[set[str | None]], folder: str | None = None) -> tuple[str, FoundBy] | None:
    """A folder's council or other body, and how it was found: the one council its files name, when they name
    exactly one. A council's papers are kept in a folder of their own, and many print the council's name only on the
    cover of some (a report's letterhead) and never on the rest (minutes under the committee's name).
    When none of its files names a council, the council the folder's own name is, if any
    (gazetteer.council_of_folder: "exeter-cc", "lb-hackney"); pages saved from a council's
    committee site often never print the council's name at all. Failing that, a body of another kind its name
    spells out with its kind (gazetteer.body_of_folder: "northmoor-and-wyre-fra" -> "Northmoor and Wyre Fire
    and Rescue Authority", "ashby-parva-pc"), less sure (FOLDER_WORDS): a fire authority's pages may say only "the Authority"."""
    councils = {c for names in named for c in names if c}
    if len(councils) == 1:
        return councils.pop(), FOLDER
    if not folder or councils:
        return None
    listed = gazetteer.council_of_folder(folder)
    if listed:
        return listed, FOLDER
    body = gazetteer.body_of_folder(folder)
    return (body, FOLDER_WORDS) if body else None


def give_council(prepared: Prepared, council: str, settings: Settings | None = None,
                 found_by: FoundBy = FOLDER) -> Prepared:
    """`prepared` with `council` on the documents (and their chunks) that name none, found by
    `found_by` (the folder); a chunk's header names the council when its document names no committee."""
    settings = settings or Settings()
    position = 0
    for doc, n in zip(prepared.documents, prepared.chunks_per_document):
        if not doc.council:
            doc.council = council
            doc.found_by["council"] = found_by
            for chunk in prepared.chunks[position:position + n]:
                chunk.council = council
                if not doc.committee:
                    chunk.header = chunking.header_for(doc, chunk.item, settings.header_tokens)
        position += n
    return prepared
