"""Library page: the indexed documents, and uploads of PDFs or text files into corpus/uploads/."""
from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from core.errors import ScrutineerError
from core.filekinds import is_pdf
from core.paths import display_path
from core.types import FileResult
from ui.access import audit, current_user
from ui.common import get_engine, paged, settings, user_errors
from ui.export import documents_csv
from core.dates import short as short_date
from ui.format import file_link, source_link
from ui.safe import md_escape
from ui.tables import Column, Link, html_table
from ui.uploads import ALLOWED_SUFFIXES, Upload, check_upload, save_upload

# The title opens the document, so no column is spent on a link: the table fits beside the sidebar.
COLUMNS = [Column("Title"), Column("Type"), Column("Committee"), Column("Meeting", nowrap=True), Column("Size"),
           Column("Indexed at"), Column("File", long=True)]
STATUS_ICON = {"ingested": "✅", "skipped": "↩️", "failed": "❌", "pruned": "🗑️"}


def ingest_uploads(engine, uploads: list[Upload]) -> list[FileResult]:
    """Check, save and index the uploads with a progress bar; one result per uploaded file.

    A file the engine cannot read is removed again, so it does not fail every later ingest.
    """
    s = settings()
    results: list[FileResult] = []
    saved: dict[str, str] = {}
    for u in uploads:
        problem = check_upload(u, s.max_upload_mb)
        if problem:
            results.append(FileResult(path=u.name, status="failed", reason=problem.split(": ", 1)[-1]))
            continue
        path = display_path(save_upload(u, Path(s.corpus_dir)))
        saved[path] = u.name
    if not saved:
        return results
    bar = st.progress(0.0, text=f"Indexing {len(saved)} file{'s' if len(saved) != 1 else ''}…")

    def progress(done: int, total: int, path: str) -> None:
        try:
            bar.progress(min(done / max(total, 1), 1.0), text=f"Indexed {done} of {total}: {Path(path).name}")
        except Exception:      # called from a worker thread without the page's context: skip the tick
            pass

    try:
        report = engine.ingest(list(saved), progress=progress)
    except ScrutineerError as e:
        bar.empty()
        for path, name in saved.items():
            results.append(FileResult(path=name, status="failed", reason=str(e)))
        return results
    bar.progress(1.0, text="Done")
    by_path = {os.path.normpath(r.path): r for r in report.results}
    for path, name in saved.items():
        r = by_path.get(os.path.normpath(path)) or by_path.get(os.path.normpath(str(Path(path).resolve())))
        if r is None:
            r = FileResult(path=path, status="failed", reason="the engine reported nothing for this file")
        if r.status == "failed":
            Path(path).unlink(missing_ok=True)
        results.append(FileResult(path=name if r.status == "failed" else path, status=r.status,
                                  reason=r.reason, chunks=r.chunks))
    return results


def show_results(results: list[FileResult]) -> None:
    good = sum(r.status in ("ingested", "skipped") for r in results)
    bad = len(results) - good
    if good:
        st.success(f"{good} file{'s' if good != 1 else ''} in the library.", icon=":material/check_circle:")
    if bad:
        st.error(f"{bad} file{'s' if bad != 1 else ''} could not be added.", icon=":material/error:")
    for r in results:
        # the name is the browser's and the reason may quote the file: both shown as text
        line = f"{STATUS_ICON.get(r.status, '')} **{r.status}** `{r.path.replace('`', '')}`"
        if r.status == "ingested":
            line += f" · {r.chunks} chunks"
        if r.status == "skipped":
            line += " · already indexed, unchanged"
        if r.reason:
            line += f" · {md_escape(r.reason)}"
        st.markdown(line)


def main() -> None:
    engine = get_engine()
    if engine is None:
        return
    s = settings()
    st.title("Library")
    docs = []
    with user_errors():
        docs = engine.documents()
    dates = sorted(d.meeting_date for d in docs if d.meeting_date)
    a, b, c, d = st.columns(4)
    a.metric("Documents", len(docs))
    b.metric("Source files", len({x.source for x in docs}))
    c.metric("Chunks", sum(x.chunks for x in docs))
    d.metric("Latest meeting", short_date(dates[-1]) if dates else "—")

    user = current_user()
    if not user.is_editor:
        st.caption(":material/lock: Adding papers needs the editor role: you can read and export the library.")
    else:
        add_papers(engine, s, user)

    st.subheader("Indexed documents")
    if not docs:
        st.info("Nothing is indexed yet: add papers above, or run `scrutineer ingest corpus/`.")
        return
    ordered = sorted(docs, key=lambda x: (x.meeting_date or "", x.title or ""), reverse=True)
    shown, _ = paged(ordered, key="documents_page")
    st.html(html_table(COLUMNS, [[Link(_open_link(x.source), x.title or x.source), x.doc_type.replace("_", " "),
                                  x.committee, short_date(x.meeting_date), _size(x),
                                  (x.indexed_at or "")[:16].replace("T", " "), x.source] for x in shown],
                       label="Indexed documents"))
    st.download_button("Download CSV", documents_csv(docs), file_name="library.csv", mime="text/csv",
                       icon=":material/download:", key="documents_csv",
                       on_click=lambda: audit(s, user, "export", kind="library", rows=len(docs)))


def _size(x) -> str:
    pages = f"{x.pages} page{'s' if x.pages != 1 else ''} · " if x.pages else ""
    return f"{pages}{x.chunks} chunk{'s' if x.chunks != 1 else ''}"


def _open_link(source: str) -> str:
    return file_link(source) if is_pdf(source) else source_link(source)


def add_papers(engine, s, user) -> None:
    """The upload box (editors only); every indexed upload goes to the audit log."""
    with st.container(border=True):
        st.markdown("**Add papers**")
        st.caption(f"PDF, Word (.docx), text, Markdown or HTML files up to {s.max_upload_mb} MB each. They are saved under "
                   f"`{Path(s.corpus_dir) / 'uploads'}` and indexed; unchanged files are skipped.")
        generation = st.session_state.setdefault("upload_generation", 0)
        files = st.file_uploader("Files to index", type=[x.lstrip(".") for x in ALLOWED_SUFFIXES],
                                 accept_multiple_files=True, max_upload_size=s.max_upload_mb,
                                 key=f"uploads_{generation}", label_visibility="collapsed")
        if st.button("Index files", icon=":material/upload_file:", type="primary", disabled=not files,
                     key="index_uploads"):
            results = ingest_uploads(engine, [Upload(f.name, f.getvalue()) for f in files])
            for r in results:
                audit(s, user, "upload", file=r.path, status=r.status, reason=r.reason, chunks=r.chunks)
            st.session_state.upload_results = results
            st.session_state.upload_generation = generation + 1
            st.rerun()
        if st.session_state.get("upload_results"):
            show_results(st.session_state.upload_results)



main()
