"""How far a fact's sentence reaches: a label's value on the line after it, a lead-in's list, a verdict run on
after it, a sum in the cell under it; a long sentence cut to its clause; the next sentence; prose or a table row.
It chooses no sentence."""
from __future__ import annotations

import re
from typing import Callable

from core.sentences import is_label
from answer.sentences import sentence_spans
from answer.fact import Scored
from answer.figures import sum_cell_after


VERDICT_WORDS = 3          # "No objection.", "Refused.", "Approved with conditions." ends a line naming what it judges
MAX_FACT_CHARS = 320       # a longer sentence is cut to the clause that holds the fact
CLAUSE_END = re.compile(r";\s+|:\s+|\s+[–—]\s+|,\s+(?:and|but|while|whereas|which)\s+")


def _title_cased(text: str) -> bool:
    """A heading's capitals: nearly every word but the small ones capitalised ("Home to School
    Transport - Presentation"), as a sentence naming someone is not ("Mrs Chandler presented it")."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w.lower() not in _SMALL_WORDS]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_SMALL_WORDS = frozenset("a an and as at by for from in into of on or the to with".split())


# a report's numbered paragraph leading into a list ("2.1 Cabinet is asked to RESOLVE:"): its number is
# no value (core.sentences.is_label reads "2.1" as one), and what it leads into follows it
_NUMBERED_LEAD_IN = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+[^\n]{1,120}:\s*$")


def _reach(s: Scored) -> tuple[int, int, str]:
    """The sentence, and for a label ("Percentage of repairs completed within 28 days GREEN") the
    line after it too, which holds its value ("Latest: 94% Target: 90%"); for a sentence leading in
    with a colon, the sentence it leads into; for a line naming a thing
    ("S/25/0412 Orchard Cottage - side extension.") the verdict of a few words after it on its line
    ("No objection.", "Approved."): (start, end, text)."""
    text = s.passage.chunk.text
    following = [(a, b) for a, b in sentence_spans(text) if a >= s.end]
    if is_label(s.text) or _NUMBERED_LEAD_IN.match(s.text):
        if following and not is_label(text[following[0][0]:following[0][1]]):
            b = following[0][1]
            return s.start, b, text[s.start:b]
    elif s.text.rstrip().endswith(":") and following:
        # "… unanimously agreed the following motion:" leads into what it agreed ("a. That …"), a
        # part's bare letter being no part of it
        b = next((b for a, b in following if len(text[s.end:b].split()) > VERDICT_WORDS), following[0][1])
        return s.start, b, text[s.start:b]
    elif not re.search(r"\d", s.text) and (cell := sum_cell_after(text, s.end)):
        # a line naming a payment (no figure of its own) over the cell with its sum, a table printed one cell a line
        return s.start, cell[1], text[s.start:cell[1]]
    elif following and "\n" not in text[s.end:following[0][0]] and len(text[slice(*following[0])].split()) <= VERDICT_WORDS \
            and text[following[0][1] - 1:following[0][1]] == "." and (following[0][1] == len(text)
                                                                      or text[following[0][1]] == "\n"):
        b = following[0][1]
        return s.start, b, text[s.start:b]
    return s.start, s.end, s.text


_TOKEN = re.compile(r"\S+")
_WORDY = re.compile(r"^[(\"'‘“]?[A-Za-z][a-z'’-]+[,.;:)\"'’”]*$")


def is_prose(text: str) -> bool:
    """A sentence rather than a table row: mostly words (a row is mostly figures or cells), at
    least five of them, and no tab-separated cells."""
    if "\t" in text:
        return False
    tokens = _TOKEN.findall(text)
    words = sum(1 for t in tokens if _WORDY.match(t))
    return words >= 5 and words >= 0.6 * len(tokens)


def next_sentence(s: Scored, ranked: list[Scored]) -> Scored | None:
    """The sentence after `s` in its passage and paragraph (none across a blank line), if scored."""
    text = s.passage.chunk.text
    after = [t for t in ranked if t.passage is s.passage and t.start >= s.end]
    if not after:
        return None
    nxt = min(after, key=lambda t: t.start)
    return None if "\n\n" in text[s.end:nxt.start] or nxt.start - s.end > 3 else nxt


# a line standing as a heading: no closing stop, a blank line after it ("PLANNING APPLICATION (15/01808/MFUL)
# Erection of 3 poultry buildings at ...", "Presented by Councillor A Khan, Cabinet Member for Environment")
_UNSTOPPED = re.compile(r"[.!?;:,]\W*$")
UNDER_HEADING = 4         # the most sentences read under a heading as its item's


def under_heading(s: Scored, ranked: list[Scored]) -> list[Scored]:
    """When `s` is a heading (no closing stop, a blank line after it), the sentences under it in its passage, up to
    UNDER_HEADING and not past the next heading: the item it heads ("Several parishioners gave their objections." /
    "Proposal: Mr A proposed and Mr B seconded recommending refusal of this application"); else none."""
    text = s.passage.chunk.text
    if _UNSTOPPED.search(s.text) or not re.match(r"[ \t]*(?:\n[ \t]*){2}|[ \t]*$", text[s.end:]):
        return []
    after = sorted((t for t in ranked if t.passage is s.passage and t.start >= s.end), key=lambda t: t.start)
    under = []
    for t in after[:UNDER_HEADING]:
        if not _UNSTOPPED.search(t.text) and re.match(r"[ \t]*(?:\n[ \t]*){2}|[ \t]*$", text[t.end:]):
            break          # the next heading: another item
        under.append(t)
    return under


def _clause(s: Scored, wanted: re.Pattern | None) -> tuple[int, int]:
    """A long sentence cut to its clause that holds the fact (verbatim: a span of the source)."""
    if len(s.text) <= MAX_FACT_CHARS or wanted is None:
        return s.start, s.end
    cuts = [s.start] + [s.start + m.end() for m in CLAUSE_END.finditer(s.text)] + [s.end]
    for a, b in zip(cuts, cuts[1:]):
        part = s.passage.chunk.text[a:b]
        if wanted.search(part) and len(part.split()) >= 4:
            b = a + len(part.rstrip(" ;:–—,"))
            return a, b
    return s.start, s.end


def prose_cell(s: Scored, holds: Callable[[str], bool]) -> tuple[int, int] | None:
    """A table row's last cell written as prose (a plan's commentary or progress, printed after the activity, its
    measure of success and its milestones: "Increase the number of foster carers ...\tAt risk\tWe continue to
    run ... 173 children are placed with our own foster carers ..."): the span of its sentence that `holds` the figure
    (verbatim: a span of the source); None for a sentence, a row of figures, or a row whose last cell holds none
    in a whole sentence."""
    if "\t" not in s.text:
        return None
    cell = s.text.rsplit("\t", 1)[1]
    at = s.end - len(cell)
    if not is_prose(cell):
        return None
    # (a sentence with no stop at its end runs on past the passage: "halved from 242 weeks in January" is cut short)
    return next(((at + a, at + b) for a, b in sentence_spans(cell) if holds(cell[a:b]) and is_prose(cell[a:b])
                 and _STOPPED.search(cell[a:b])), None)


_STOPPED = re.compile(r"[.!?][\"'’”)\]]*\s*$")
