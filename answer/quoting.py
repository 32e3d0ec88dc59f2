"""How an answer quotes the papers: the verbatim span cited around a sentence (never crossing a page), quoted
sentences joined into whole runs of their passage, the passage described for the answer's lead-in, and the
answer composed from a fact's line and the quotes. It does not choose what to quote."""
from __future__ import annotations

import re

from answer.fact import Fact
from answer.sentences import Sentence, furniture_between, sentence_spans
from core import dates
from core.types import DOC_LABELS, Answer, Chunk, Citation
from ingest import layouts

_CITATION_CHARS = 1500

GAP_FILL_CHARS = 300       # quoted sentences this close in one passage are quoted with what lies between


def _blocks(chunk: Chunk) -> list[tuple[int, int]]:
    """(start, end) of each block in chunk.text (blocks are joined by blank lines)."""
    out, pos = [], 0
    for part in chunk.text.split("\n\n"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 2
    return out


def _item_label(text: str) -> bool:
    """An item's label printed alone on its line, read by the layout table's item recognisers: "(Item 2)"
    (layouts.ITEM_TAG), "Minute 24/113", "Agenda item 5." (layouts.ITEM_ALONE, its word printed)."""
    t = text.strip()
    alone = layouts.ITEM_ALONE(t)
    return layouts.ITEM_TAG(t) is not None or bool(alone and alone.get("word"))


def _citation_span(chunk: Chunk, start: int, end: int) -> tuple[int, int]:
    """The verbatim passage to cite for a sentence: the blocks of its chunk that lie on the
    same page around it (the paragraph, its neighbours, the whole resolution), trimmed to a
    readable length around the sentence. Never crosses a page, so the page is exact."""
    blocks = _blocks(chunk)
    page = chunk.page_at(start)
    idx = next((i for i, (a, b) in enumerate(blocks) if a <= start < b + 1), 0)
    i = j = idx
    limit = _CITATION_CHARS
    while True:
        grew = False
        if i > 0 and chunk.page_at(blocks[i - 1][0]) == page and blocks[j][1] - blocks[i - 1][0] <= limit:
            i -= 1
            grew = True
        if j + 1 < len(blocks) and chunk.page_at(blocks[j + 1][0]) == page and blocks[j + 1][1] - blocks[i][0] <= limit:
            j += 1
            grew = True
        if not grew:
            break
    a, b = blocks[i][0], blocks[j][1]
    if b - a > limit:
        a, b = blocks[idx]
    if b - a > limit:
        spans = [(x + a, y + a) for x, y in sentence_spans(chunk.text[a:b])]
        k = next((n for n, (x, y) in enumerate(spans) if x <= start < y + 1), 0)
        lo = hi = k
        while True:
            grew = False
            if lo > 0 and spans[hi][1] - spans[lo - 1][0] <= limit:
                lo -= 1
                grew = True
            if hi + 1 < len(spans) and spans[hi + 1][1] - spans[lo][0] <= limit:
                hi += 1
                grew = True
            if not grew:
                break
        a, b = min(spans[lo][0], start), max(spans[hi][1], end)
    return a, b


def make_citation(n: int, chunk: Chunk, start: int, end: int) -> Citation:
    """Citation n for the sentence chunk.text[start:end], with its page and verbatim passage."""
    a, b = _citation_span(chunk, start, end)
    return Citation.quoting(n, chunk, a, b, highlight=(start, end))   # the span never leaves the sentence's page


def describe(chunk: Chunk) -> str:
    """'Minutes of 12 March 2019, item 3. Children and ...' for an answer's lead-in."""
    when = dates.human(chunk.meeting_date)
    label = DOC_LABELS.get(chunk.doc_type, chunk.doc_type)
    if chunk.doc_type == "minutes":
        head = f"Minutes of {when}" if when else "Minutes"
    else:
        title = chunk.title or label
        head = f"{label}: {title}" if label.lower() not in (title or "").lower()[:20] else title
        if when:
            head += f" ({when})"
    if chunk.item and chunk.item != chunk.title:
        head += f", item {chunk.item}"
    return head


def compose(question: str, chosen: list[Sentence], fact: Fact | None = None, more: list[Fact] = ()) -> Answer:
    """The fact's line first (and, asked two things, each other part's fact line under it, each cited), then
    the supporting quotes grouped by passage (passages in order of their best sentence, sentences in text
    order), every run of quoted text whole and cited."""
    citations: list[Citation] = []
    lines: list[str] = []
    for told in [fact] + list(more) if fact is not None else []:
        cit = make_citation(len(citations) + 1, told.passage.chunk, told.start, told.end)
        citations.append(cit)
        lines.append(f"**{told.label}:** {told.text} [{cit.n}] ({_where(told.passage.chunk)})")
        # the fact's own sentence is not quoted again below it
        chosen = [s for s in chosen if not (s.passage.chunk.chunk_id == told.passage.chunk.chunk_id
                                            and s.start <= told.start and told.end <= s.end and told.reading is None)]
    if fact is not None:
        lines.append("")
        chunk = fact.passage.chunk
        # ... nor the item label it was printed under, left alone ("(Item 2)")
        chosen = [s for s in chosen if not (s.passage.chunk.chunk_id == chunk.chunk_id
                                            and _item_label(s.text))]
    groups: dict[str, list[Sentence]] = {}
    for s in chosen:
        groups.setdefault(s.passage.chunk.chunk_id, []).append(s)
    for sents in groups.values():
        chunk = sents[0].passage.chunk
        out = []
        for a, b in _runs(chunk, sorted(sents, key=lambda s: s.start)):
            cit = next((c for c in citations if c.chunk_id == chunk.chunk_id and c.page == chunk.page_at(a)
                        and _contains(c.text, chunk.text[a:b])), None)
            if cit is None:
                cit = make_citation(len(citations) + 1, chunk, a, b)
                if not _contains(cit.text, chunk.text[a:b]):
                    cit = Citation.quoting(cit.n, chunk, a, b)
                citations.append(cit)
            else:
                _widen_highlight(cit, chunk, a, b)
            out.append(f"{clean(chunk.text[a:b])} [{cit.n}]")
        label = sents[0].off_period
        head = describe(chunk) + (f" (of {label}, not the period asked about)" if label else "")
        lines.append(f"- **{head}:** " + " … ".join(out))
    return Answer(question=question, standalone_question=question, answer="\n".join(lines).strip(),
                  answered=True, mode="extractive", citations=citations)


def _runs(chunk: Chunk, sents: list[Sentence]) -> list[tuple[int, int]]:
    """Quoted sentences of one passage as whole runs of its text: sentences close together on one
    page are quoted with the words between them, so nothing inside a quote is left out, unless page
    furniture stands between them ("Page 3 of 12"); runs far apart are quoted separately (the answer joins them with an ellipsis, at their ends)."""
    runs: list[list[int]] = []
    for s in sents:
        if runs and s.start <= runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], s.end)
        elif (runs and s.start - runs[-1][1] <= GAP_FILL_CHARS
              and chunk.page_at(runs[-1][0]) == chunk.page_at(max(s.start, s.end - 1))
              and not furniture_between(chunk.text, runs[-1][1], s.start)):
            runs[-1][1] = s.end
        else:
            runs.append([s.start, s.end])
    return [(a, b) for a, b in runs]


def _widen_highlight(cit: Citation, chunk: Chunk, a: int, b: int) -> None:
    """The highlight covers every run the answer quotes from this citation."""
    old = cit.highlight or ""
    pos = chunk.text.find(old) if old else -1
    lo, hi = (min(pos, a), max(pos + len(old), b)) if pos >= 0 else (a, b)
    cit.highlight = chunk.text[lo:hi].strip()


def _where(chunk: Chunk) -> str:
    """'minutes of 8 November 2022', 'report for 17 September 2024': whose words the fact is. Minutes that print
    no date of their own (a meeting's web page, dated only by the earlier minutes it approves) say so: a decision
    of an undated meeting is still its decision, and the reader is told the date is not printed, not left to guess."""
    label = DOC_LABELS.get(chunk.doc_type, chunk.doc_type or "paper").lower()
    when = dates.human(chunk.meeting_date)
    if not when:
        return f"{label}; the meeting's date is not printed" if chunk.doc_type == "minutes" else label
    return f"{label} of {when}" if chunk.doc_type == "minutes" else f"{label} for the meeting of {when}"


def clean(sentence: str) -> str:
    """A quoted sentence on one line, list markers and Markdown emphasis kept as they are."""
    return re.sub(r"\s+", " ", sentence).strip()


def _contains(haystack: str, needle: str) -> bool:
    return " ".join(needle.split()) in " ".join(haystack.split())
