"""Cuts documents into chunks that fit the embedding model's window, header included.

A chunk never crosses a document or agenda-item boundary; a "Resolved" block (with its
recorded vote) is one chunk however long, and so is a recorded vote printed count by count ("put
the amendment to the vote and the voting was as follows:" / "For (14)" / names / … / "Amendment lost."); a small table stays whole; a long paragraph is
cut between sentences. Chunk text is verbatim source text, so any sentence is quotable.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from core import dates, names, sentences, votes
from core.sentences import source_spans
from ingest import layouts, tokens
from core.settings import Settings
from core.types import DOC_LABELS, Block, Chunk, Document

def header_for(doc: Document, item: str | None, max_tokens: int) -> str:
    """The contextual header embedded and BM25-indexed with each chunk's text. Whose paper it is:
    the committee, or the council when no committee is known (a community council's minutes
    name neither, and would otherwise lose to every paper of that council that does)."""
    when = dates.human(doc.meeting_date)
    first = " | ".join(x for x in (doc.committee or doc.council, DOC_LABELS.get(doc.doc_type, doc.doc_type),
                                   f"meeting of {when}" if when else None) if x)
    lines = [first]
    if doc.title:
        lines.append(doc.title)
    if item and item != doc.title:
        lines.append(f"Item: {item}")
    header = "\n".join(lines)
    while tokens.count(header) > max_tokens and len(header) > 40:
        header = header[: int(len(header) * 0.85)].rstrip()
    return header


@dataclass
class _Unit:
    blocks: list[Block]
    tokens: int
    resolution: bool = False
    heading: bool = False
    whole: bool = False           # emitted as one chunk however long (a recorded vote, count by count)

    @property
    def item(self) -> str | None:
        return self.blocks[0].item


ROW = layouts.TABLE_ROW.name   # the recogniser of the block that opens a table row
ROW_BLOCKS = 12     # a table row is kept whole over at most this many blocks ...
ROW_WINDOWS = 2     # ... and this many embedding windows


def _units(doc: Document, max_tokens: int, room: int | None = None) -> list[_Unit]:
    """Blocks grouped so that a resolution (with its continuation blocks) is one unit, and so is a
    table row (its name, text, amounts, outcome and the reason or decision under it) that is not
    too long: a row's outcome without its name answers nothing. A short decision also takes the
    paragraph it decides on (see `_with_what_it_decides`), within `room` word pieces."""
    units: list[_Unit] = []
    row: list[Block] = []
    for block in doc.blocks:
        if row and (block.item != row[0].item or block.section != row[0].section or block.found_by == ROW
                    or (block.kind == "heading" and not block.is_resolution) or len(row) >= ROW_BLOCKS):
            units.extend(_row_units(row, max_tokens))
            row = []
        if block.found_by == ROW or row:
            row.append(block)
        else:
            _add_block(units, block)
    units.extend(_row_units(row, max_tokens))
    _count(units)
    if _with_what_it_decides(units, max_tokens if room is None else room):
        _count(units)
    _with_its_counts(units, VOTE_WINDOWS * max_tokens)
    return units


def _count(units: list[_Unit]) -> None:
    texts = [_join(u.blocks)[0] for u in units]
    for unit, n in zip(units, tokens.count_many(texts)):
        unit.tokens = n


SHORT_DECISION_WORDS = 40   # a decision this short names little of what it decides ("resolved to defer the proposal")
CONTEXT_PARAS = 2           # the most paragraphs above a short decision that it takes with it
_CONTEXT_KINDS = ("para", "list", "table")
# decisions that carry what they decide already: a table row (its name and text), the approval
# of earlier minutes (it names them)
_NAMES_ITS_SUBJECT = (ROW, layouts.PREVIOUS_MINUTES.name)


def _with_what_it_decides(units: list[_Unit], room: int) -> bool:
    """A short decision ("Committee resolved to defer the proposal so that ...", "Resolved to note
    the update") joins the paragraph(s) just above it in its item and section, the text that
    says what it decides, so that chunk answers a question about it; at most CONTEXT_PARAS
    paragraphs, and only while the whole fits `room` word pieces (one embedding window). A table
    row is a unit with its outcome already, the approval of earlier minutes names them, and a long
    decision says enough of itself. True when any unit changed."""
    changed = False
    j = 0
    while j < len(units):
        unit = units[j]
        first = unit.blocks[0]
        if not unit.resolution or first.found_by in _NAMES_ITS_SUBJECT or not first.is_resolution \
                or sum(len(b.text.split()) for b in unit.blocks) > SHORT_DECISION_WORDS:
            j += 1
            continue
        taken, size = 0, unit.tokens
        while taken < CONTEXT_PARAS and j - taken - 1 >= 0:
            before = units[j - taken - 1]
            b = before.blocks[0]
            if before.resolution or before.heading or len(before.blocks) != 1 or b.kind not in _CONTEXT_KINDS \
                    or b.item != first.item or b.section != first.section or size + before.tokens > room:
                break
            size += before.tokens
            taken += 1
            if is_label(b):
                break           # "(3) Minutes of the Previous Meetings": the label heads what it decides
        if taken:
            context = [u.blocks[0] for u in units[j - taken:j]]
            units[j - taken:j + 1] = [_Unit(context + unit.blocks, size, resolution=True)]
            j -= taken
            changed = True
        j += 1
    return changed


VOTE_UNITS = 12        # the most paragraphs a recorded vote's counts, names and outcome run over
VOTE_WINDOWS = 3       # ... and the most embedding windows it is kept whole over
# "the voting was as follows:", "a recorded vote was taken ... as follows": the counts follow
_AS_FOLLOWS = re.compile(r"\b(?:vot(?:e|es|ed|ing)|division)\b[^.]{0,60}\bas follows\b", re.I)
# a count on its own line: "For (14)", "Against: 45", "Abstentions 4"
_COUNT_LINE = re.compile(r"^\s*(?:For|Against|Abstain(?:ed|ing|ions)?|Abstentions?)\s*[:(-]?\s*\d{1,3}\s*\)?\s*:?\s*$", re.I)
def _with_its_counts(units: list[_Unit], room: int) -> None:
    """A vote announced "as follows" and printed count by count (each count, each list of names and
    the outcome a paragraph of its own) becomes one unit, kept whole: a count without the others,
    or the names without their count, answers nothing."""
    j = 0
    while j < len(units):
        unit = units[j]
        text = _join(unit.blocks)[0]
        if unit.resolution or not _AS_FOLLOWS.search(text) or votes.outcome(text):
            j += 1
            continue
        k, end, counted = j + 1, None, False
        while k < len(units) and k - j <= VOTE_UNITS and units[k].item == unit.item and not units[k].resolution:
            part = _join(units[k].blocks)[0].strip()
            if _COUNT_LINE.match(part):
                counted = True
            elif counted and (votes.outcome(part) or votes.motion_outcome(part)) and len(part.split()) <= 12:
                end = k                 # "Amendment lost."
                break
            elif not (counted and names.is_names_list(part)):
                break
            end = k if counted else None
            k += 1
        if end is not None and sum(u.tokens for u in units[j:end + 1]) <= room:
            blocks = [b for u in units[j:end + 1] for b in u.blocks]
            units[j:end + 1] = [_Unit(blocks, sum(u.tokens for u in units[j:end + 1]), whole=True)]
        j += 1


def _add_block(units: list[_Unit], block: Block) -> None:
    """A block joins the resolution it continues, else is a unit of its own."""
    if block.is_resolution and block.continues and units and units[-1].resolution:
        units[-1].blocks.append(block)
    else:
        units.append(_Unit([block], 0, resolution=block.is_resolution, heading=block.kind == "heading"))


def _row_units(row: list[Block], max_tokens: int) -> list[_Unit]:
    """A table row as one whole unit (kept whole like a resolution), or block by block when long."""
    if not row:
        return []
    if tokens.count(_join(row)[0]) <= ROW_WINDOWS * max_tokens:
        return [_Unit(row, 0, resolution=True)]
    units: list[_Unit] = []
    for block in row:
        _add_block(units, block)
    return units


def _split_long(block: Block, budget: int) -> list[Block]:
    """Cut one over-long block into verbatim pieces of at most `budget` word pieces."""
    text = block.text
    spans = source_spans(text)
    counts = tokens.count_many([text[a:b] for a, b in spans])
    pieces: list[tuple[int, int]] = []
    cur_start, cur_end, cur_tokens = None, None, 0
    for (a, b), n in zip(spans, counts):
        if n > budget:   # one giant "sentence": cut by words
            if cur_start is not None:
                pieces.append((cur_start, cur_end))
                cur_start, cur_tokens = None, 0
            pieces.extend(_word_windows(text, a, b, budget))
            continue
        if cur_start is not None and cur_tokens + n > budget:
            pieces.append((cur_start, cur_end))
            cur_start, cur_tokens = None, 0
        if cur_start is None:
            cur_start = a
        cur_end, cur_tokens = b, cur_tokens + n
    if cur_start is not None:
        pieces.append((cur_start, cur_end))
    return [Block(text[a:b], block.page, block.item, block.section, block.kind, block.is_resolution,
                  block.continues or i > 0) for i, (a, b) in enumerate(pieces)]


def _word_windows(text: str, a: int, b: int, budget: int) -> list[tuple[int, int]]:
    """Spans of text[a:b] of whole words, each at most `budget` word pieces ([CLS] and [SEP]
    included), in one tokenizer pass: linear in the length, however long the line.

    The model's pre-tokenizer splits on spaces and punctuation, so a word's pieces do not depend
    on its neighbours and a window's count is the sum of its words' counts. A single word longer
    than the budget (a run of characters with no space) is cut between its pieces.
    """
    room = max(1, budget - 2)
    out: list[tuple[int, int]] = []
    start = end = used = None
    for w_start, w_end, pieces in _word_pieces(text, a, b):
        n = len(pieces)
        if start is not None and used + n <= room:
            end, used = w_end, used + n
            continue
        if start is not None:
            out.append((start, end))
            start = None
        if n <= room:
            start, end, used = w_start, w_end, n
            continue
        # a word alone over the budget: cut between its pieces, a little short of the budget
        # because a cut piece tokenised on its own may take a piece or two more
        step = max(1, room * 9 // 10)
        for i in range(0, n, step):
            group = pieces[i:i + step]
            out.append((w_start if i == 0 else group[0][0], w_end if i + step >= n else group[-1][1]))
    if start is not None:
        out.append((start, end))
    return out


_SEGMENT = 1 << 16   # characters tokenised at a time: bounded memory on a 50 MB line
_WORDS = re.compile(r"\S+")


def _word_pieces(text: str, a: int, b: int):
    """(start, end, [(piece start, piece end), ...]) for each word of text[a:b], offsets absolute."""
    pos = a
    while pos < b:
        cut = b if b - pos <= _SEGMENT else _segment_end(text, pos, min(b, pos + _SEGMENT))
        segment = text[pos:cut]
        offsets = tokens.piece_spans(segment)
        t = 0
        for m in _WORDS.finditer(segment):
            w_start, w_end = m.span()
            while t < len(offsets) and offsets[t][0] < w_start:
                t += 1   # pieces of characters the normaliser dropped between words
            first = t
            while t < len(offsets) and offsets[t][0] < w_end:
                t += 1
            pieces = [(pos + s, pos + e) for s, e in offsets[first:t]]
            yield pos + w_start, pos + w_end, pieces
        pos = cut


def _segment_end(text: str, pos: int, limit: int) -> int:
    """Where to end a segment starting at `pos`: after the last space before `limit`, so no word
    is split between segments (at `limit` itself only when there is no space at all)."""
    space = max(text.rfind(" ", pos, limit), text.rfind("\n", pos, limit))
    return space + 1 if space > pos else limit


def _join(blocks: list[Block]) -> tuple[str, list[tuple[int, int]]]:
    """Blocks joined by blank lines, with (offset, page) wherever the page changes."""
    parts, page_map, offset, last_page = [], [], 0, object()
    for block in blocks:
        if block.page != last_page and block.page is not None:
            page_map.append((offset, block.page))
        last_page = block.page
        parts.append(block.text)
        offset += len(block.text) + 2
    return "\n\n".join(parts), page_map


def chunk_document(doc: Document, settings: Settings, position: int = 0) -> list[Chunk]:
    """Chunks of one document, numbered from `position` within its source file."""
    headers: dict[str | None, str] = {}

    def header(item: str | None) -> str:
        if item not in headers:
            headers[item] = header_for(doc, item, settings.header_tokens)
        return headers[item]

    chunks: list[Chunk] = []
    pending: list[Block] = []
    pending_tokens = 0

    def headings_only() -> bool:
        return all(b.kind == "heading" for b in pending)

    def emit(blocks: list[Block]) -> None:
        nonlocal position
        chunks.append(_make_chunk(doc, blocks, header(blocks[-1].item), position))
        position += 1

    def flush() -> None:
        nonlocal pending, pending_tokens
        if pending:
            emit(pending)
        pending, pending_tokens = [], 0

    for unit in _units(doc, settings.max_tokens, settings.max_tokens - settings.header_tokens):
        # a new agenda item starts a new chunk; headings just emitted travel with what they head
        if pending and unit.item != pending[-1].item and not headings_only():
            flush()
        head_tokens = tokens.count(header(unit.item))
        if unit.resolution or unit.whole:
            # headings of the resolution's own item travel with it; anything else is flushed first
            carried = [b for b in pending if b.item == unit.item] if headings_only() else []
            if len(carried) != len(pending):
                pending = [b for b in pending if b not in carried]
                flush()
            pending, pending_tokens = [], 0
            emit(carried + unit.blocks)       # a resolution is one chunk, however long
            continue
        budget_whole = settings.max_tokens - head_tokens
        target = settings.target_tokens - head_tokens
        pieces = unit.blocks if unit.tokens <= budget_whole else _split_long(unit.blocks[0], max(32, target))
        for piece in pieces:
            n = unit.tokens if len(pieces) == 1 else tokens.count(piece.text)
            if pending and not headings_only() and pending_tokens + n > target:
                # a label ending the chunk ("Percentage of repairs completed in 28 days GREEN",
                # "Key points:") heads what follows: it goes with it, not with what came before
                carry = _trailing_labels(pending)
                pending = pending[:len(pending) - len(carry)]
                flush()
                pending, pending_tokens = carry, sum(tokens.count(b.text) for b in carry)
            pending.append(piece)
            pending_tokens += n
    flush()
    return chunks


def is_label(block: Block) -> bool:
    """A heading, or a paragraph that is a label (core.sentences.is_label). An action ("ACTION: Clerk")
    is no label: it belongs to the text above it, not to what follows."""
    return block.kind == "heading" or (block.kind in ("para", "list") and block.found_by != "action_line"
                                       and sentences.is_label(block.text))


def _trailing_labels(blocks: list[Block]) -> list[Block]:
    """The label blocks ending `blocks` (at most two, and never all of them)."""
    n = 0
    while n < min(2, len(blocks) - 1) and is_label(blocks[len(blocks) - 1 - n]) \
            and not blocks[len(blocks) - 1 - n].is_resolution:
        n += 1
    return blocks[len(blocks) - n:] if n else []


def _make_chunk(doc: Document, blocks: list[Block], header: str, position: int) -> Chunk:
    text, page_map = _join(blocks)
    pages = [b.page for b in blocks if b.page is not None]
    page_start = min(pages) if pages else None
    chunk_id = hashlib.sha256(
        f"{doc.source_sha256}:{doc.source}:{position}:{page_start}:{hashlib.sha256(text.encode()).hexdigest()}".encode()
    ).hexdigest()[:32]
    return Chunk(
        chunk_id=chunk_id,
        text=text,
        header=header,
        committee=doc.committee,
        council=doc.council,
        url=doc.url,
        meeting_date=doc.meeting_date,
        pack_date=doc.pack_date,
        doc_type=doc.doc_type,
        title=doc.title,
        item=blocks[-1].item,
        section=next((b.section for b in blocks if b.section), None),
        page_start=page_start,
        page_end=max(pages) if pages else None,
        source=doc.source,
        source_sha256=doc.source_sha256,
        is_resolution=any(b.is_resolution for b in blocks),
        page_map=page_map,
        position=position,
    )


def embedding_windows(chunk: Chunk, max_tokens: int) -> list[str]:
    """What the dense index embeds for a chunk: header + text, or for a chunk kept whole past
    the model's window (a long resolution with its vote), several windows that each fit,
    so nothing is silently truncated."""
    whole = f"{chunk.header}\n{chunk.text}"
    if tokens.count(whole) <= max_tokens:
        return [whole]
    budget = max(32, max_tokens - tokens.count(chunk.header) - 2)
    block = Block(chunk.text, None)
    return [f"{chunk.header}\n{piece.text}" for piece in _split_long(block, budget)]
