"""How an answer and its citations are named to a reader: the one citation renderer the CLI, the
terminal chat, the app and the exports share (plain text and Markdown; the app escapes it into HTML).
It formats values already chosen; it chooses nothing."""
from __future__ import annotations

import re

from core.dates import human
from core.sentences import unescaped
from core.types import DOC_LABELS, Answer, Citation

QUOTE_CHARS = 300          # a plain-text citation quotes at most this much of its sentence


def mode_label(mode: str) -> str:
    """'extractive' -> 'Extractive'; 'llm:gpt-4o-mini' -> 'LLM · gpt-4o-mini'."""
    if mode.startswith("llm:"):
        return f"LLM · {mode[4:]}"
    if mode.startswith("llm"):
        return "LLM"
    return mode.capitalize()


def doc_type_label(doc_type: str | None) -> str | None:
    return DOC_LABELS.get(doc_type, doc_type.replace("_", " ").capitalize()) if doc_type else None


def source_name(source: str) -> str:
    return source.rstrip("/").rsplit("/", 1)[-1] or source


def meeting_words(meeting_date: str | None, pack_date: str | None) -> str | None:
    """'meeting of 12 March 2019 (in the papers for 18 June 2019)', or None when neither is known."""
    when = human(meeting_date)
    if when:
        if pack_date and pack_date != meeting_date:
            return f"meeting of {when} (in the papers for {human(pack_date)})"
        return f"meeting of {when}"
    if pack_date:
        return f"in the papers for {human(pack_date)}"
    return None


def citation_facts(c: Citation) -> list[str]:
    """What a citation is, in reading order, unknown parts left out:
    council, committee, meeting (and the pack that carried it), document type, item, page."""
    # a meeting of the council itself names the council once ("Ashcombe Parish Council", not twice)
    committee = None if c.committee and c.council and c.committee.casefold() == c.council.casefold() else c.committee
    facts = [x for x in (c.council, committee, meeting_words(c.meeting_date, c.pack_date),
                         doc_type_label(c.doc_type)) if x]
    if c.item:
        facts.append(f"item {c.item}")
    if c.page:
        facts.append(f"page {c.page}")
    return facts


def citation_heading(c: Citation) -> str:
    """One line naming the citation: '[1] 12 March 2019 · Minutes of ... · p. 7'."""
    parts = [human(c.meeting_date) or human(c.pack_date), c.title or source_name(c.source),
             f"p. {c.page}" if c.page else None]
    return f"[{c.n}] " + " · ".join(p for p in parts if p)


def where_to_read(c: Citation) -> str:
    """The published document when known, else the file (with its page)."""
    page = f", page {c.page}" if c.page else ""
    return f"{c.url}{page}" if c.url else f"{c.source}{page}"


def quoted(c: Citation, limit: int = QUOTE_CHARS) -> str:
    """The sentence the answer cites (the highlight), else the passage's opening, on one line."""
    text = " ".join((c.highlight or c.text).split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def citation_text(c: Citation) -> list[str]:
    """A citation as plain lines, for a terminal."""
    return [f"[{c.n}] " + " · ".join(citation_facts(c)), f"    {c.title or source_name(c.source)}",
            f"    {where_to_read(c)}", f"    \"{quoted(c)}\""]


def answer_text(answer: Answer) -> str:
    """An answer for a person at a terminal: the text, then its numbered sources."""
    out = [strip_markup(answer.answer), ""]
    if answer.citations:
        out.append("Sources:" if answer.answered else "Nearest passages:")
    for c in answer.citations:
        out.extend(citation_text(c))
    return "\n".join(out).rstrip()


def citation_markdown(c: Citation) -> list[str]:
    """A citation as Markdown lines for a briefing note: heading, the verbatim passage, where to read it."""
    title = c.title or source_name(c.source)
    facts = "; ".join(citation_facts(c))
    head = f"[{c.n}] **{inline(title)}**" + (f" — {inline(facts)}" if facts else "")
    quote = "\n".join("> " + line if line.strip() else ">" for line in collapse(c.text).splitlines())
    where = f"Published: <{c.url}>" if c.url else f"Source: `{c.source}`"
    return [head, "", quote, "", where + (f", page {c.page}" if c.page else ""), ""]


_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.M)
_TAGS = re.compile(r"</?[a-zA-Z][^>]{0,200}>")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")


# the formatting tags a paper's text can carry from a web page or a converted table ("<b>Ensure that …</b>")
_FORMAT_TAGS = re.compile(r"</?(?:b|strong|i|em|u|span|font|sup|sub)\b[^<>]{0,200}>", re.I)


def without_format_tags(text: str) -> str:
    """Markdown to render with the formatting tags quoted from papers removed: rendered Markdown shows raw HTML
    as the text it was written as, so "<b>…</b>" would be read literally. Other tags stay, shown as text."""
    return _FORMAT_TAGS.sub("", text)


def strip_markup(text: str) -> str:
    """Text for reading: Markdown headings, bold markers, escapes and HTML tags removed (the JSON keeps them)."""
    text = _HEADING.sub("", text)
    text = _TAGS.sub("", text)
    return unescaped(_EMPHASIS.sub(r"\2", text))


def inline(text: str) -> str:
    """Text that stays text inside Markdown: no headings, links or emphasis."""
    return re.sub(r"([\\`*_\[\]<>!#])", r"\\\1", text.replace("\n", " "))


def collapse(text: str) -> str:
    return re.sub(r"\n\s*\n+", "\n\n", text.strip())
