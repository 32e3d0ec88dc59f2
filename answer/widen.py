"""The chosen sentences quoted with what they need to be read: a lead-in ("the voting was as follows:") with
the lines it introduces, the next sentence of a paragraph, a list of names with the line saying what they are
("For (14)"), and a resolution whole, with the vote that decided it. It does not choose the best sentences."""
from __future__ import annotations

import re

from answer.scoring import INSTRUCTION, names_item, usable
from answer.sentences import Sentence, sentence_spans
from core import names, votes
from core.sentences import is_heading, is_label
from core.settings import Settings
from answer.outcomes import decides

RESOLUTION_SENTENCES = 7   # the most of a resolution's sentences quoted from one chunk


def continue_lead_ins(chosen: list[Sentence]) -> list[Sentence]:
    """A sentence that leads into what follows ("the voting was as follows:", a heading) is
    quoted with the sentences it introduces."""
    out = list(chosen)
    for s in chosen:
        text = s.text.rstrip()
        if not (text.endswith(":") or len(text.split()) <= 6 or is_label(text)):
            continue
        spans = sentence_spans(s.passage.chunk.text)
        after = [sp for sp in spans if sp[0] >= s.end]
        taken = 0
        for a, b in after:
            if taken >= 4:
                break
            if any(c.passage is s.passage and c.start == a for c in out):
                continue
            t = s.passage.chunk.text[a:b]
            if INSTRUCTION.search(t):
                break                 # a planted instruction is not what a heading introduces
            out.append(Sentence(s.passage_rank, s.passage, a, b, t, s.score))
            taken += 1
            if not t.rstrip().endswith(":") and len(t.split()) > 6:
                break
    return out


def with_next_sentence(chosen: list[Sentence], settings: Settings) -> list[Sentence]:
    """The best sentences are quoted with the next sentence of their paragraph: a question
    matches the sentence that names its subject ("a competition for the best Christmas card
    design"), and the next often holds what was asked ("The winning design was created by …")."""
    out = list(chosen)
    for s in chosen[:settings.follow_on]:
        text = s.passage.chunk.text
        nxt = next(((a, b) for a, b in sentence_spans(text) if a >= s.end), None)
        if nxt is None or "\n\n" in text[s.end:nxt[0]] or any(c.passage is s.passage and c.start == nxt[0] for c in out):
            continue                  # the paragraph ends here, or the next sentence is quoted already
        t = text[nxt[0]:nxt[1]]
        if usable(t) and not is_heading(t) and not INSTRUCTION.search(t):
            out.append(Sentence(s.passage_rank, s.passage, nxt[0], nxt[1], t, s.score))
    return out


# a sentence opening on what the sentence before it said: "Although this trend is below the 72% target, ...",
# "These figures ...", "This represents ...", "Despite this, ...": it is read with that sentence
_REFERS_BACK = re.compile(r"^\W*(?:(?:although|while|whilst|but|however|despite|and|so)\W+)?"
                          r"(?:this|these|those|such)\b(?!\s+(?:year|quarter|month|week|report|paper|meeting|"
                          r"committee|council|item|plan|strategy|appendix|document|section)\b)", re.I)


def with_sentence_before(chosen: list[Sentence], settings: Settings) -> list[Sentence]:
    """The best sentences that open on what the sentence before them said ("Although this trend is below the
    72% target, ...") are quoted with that sentence of their paragraph ("... Quarter 2, 65.2%; Quarter 3,
    64.6%."): the trend they judge is what was asked about."""
    out = list(chosen)
    for s in chosen[:settings.follow_on]:
        if not _REFERS_BACK.match(s.text):
            continue
        text = s.passage.chunk.text
        before = next(((a, b) for a, b in reversed(sentence_spans(text)) if b <= s.start), None)
        if before is None or "\n\n" in text[before[1]:s.start] or any(c.passage is s.passage and c.start == before[0]
                                                                    for c in out):
            continue                  # the paragraph starts here, or the sentence before is quoted already
        t = text[before[0]:before[1]]
        if usable(t) and not is_heading(t) and not is_label(t) and not INSTRUCTION.search(t):
            out.append(Sentence(s.passage_rank, s.passage, before[0], before[1], t, s.score))
    return out


def names_with_their_label(chosen: list[Sentence]) -> list[Sentence]:
    """Names alone ("Mr Baldock, Mr Brady, …") say nothing of their own: a list of them is quoted
    with the line just above it that says what they are ("For (14)", "Present:"), else not at all
    (unless nothing else is quoted)."""
    out: list[Sentence] = []
    for s in chosen:
        if not names.is_names_list(s.text, titled=True):
            out.append(s)
            continue
        text = s.passage.chunk.text
        above = next(((a, b) for a, b in reversed(sentence_spans(text)) if b <= s.start), None)
        if above is not None and s.start - above[1] <= 4 and (votes.VOTE_COUNT.search(text[above[0]:above[1]])
                                                                or text[above[0]:above[1]].rstrip().endswith(":")
                                                                or is_label(text[above[0]:above[1]])):
            if not any(c.passage is s.passage and c.start == above[0] for c in chosen + out):
                out.append(Sentence(s.passage_rank, s.passage, above[0], above[1], text[above[0]:above[1]], s.score))
            out.append(s)
    return out or chosen


def whole_resolution(best: Sentence, chosen: list[Sentence]) -> list[Sentence]:
    """The resolution `best` is in, quoted whole: its sentences and list items, and the vote that
    decided it (the chunker keeps a resolution in one chunk, however long)."""
    chunk = best.passage.chunk
    spans = sentence_spans(chunk.text)
    at = next((k for k, (a, b) in enumerate(spans) if a <= best.start < b), 0)
    # the words that open a list of decisions ("RESOLVED that the County Council:"), at or just above it
    opening = next((k for k in range(at, max(-1, at - RESOLUTION_SENTENCES), -1)
                    if _opens_a_list(chunk.text[spans[k][0]:spans[k][1]])), None)
    kept = [c for c in chosen if c.passage is best.passage]
    if opening is not None:
        # the list from its opening words to its last item
        body = _until_resolution_ends([Sentence(best.passage_rank, best.passage, a, b, chunk.text[a:b], best.score)
                                       for a, b in spans[opening:] if usable(chunk.text[a:b])])
        same = sorted(kept + [s for s in body if not any(c.start == s.start for c in kept)], key=lambda s: s.start)
    else:
        # the passage's opening sentences beside the chosen ones
        # (not the item's heading: the quote's label names the item already)
        extra = [Sentence(best.passage_rank, best.passage, a, b, chunk.text[a:b], best.score)
                 for a, b in spans if usable(chunk.text[a:b]) and not names_item(chunk, chunk.text[a:b])
                 and not any(c.start == a for c in kept)][:6]
        same = sorted(kept + extra, key=lambda s: s.start)[:RESOLUTION_SENTENCES]
    # the vote that decided it ends the resolution (after any amendment's): it is always quoted
    decided = next((Sentence(best.passage_rank, best.passage, a, b, chunk.text[a:b], best.score)
                    for a, b in reversed(sentence_spans(chunk.text))
                    if votes.outcome(chunk.text[a:b]) or votes.motion_outcome(chunk.text[a:b])), None)
    if decided is not None and not any(c.start == decided.start for c in same):
        same = same[:6] + [decided]
    others = [c for c in chosen if c.passage is not best.passage]
    return same + others


def _opens_a_list(sentence: str) -> bool:
    """"RESOLVED that the County Council:", "It was AGREED:": decision words leading into its items."""
    return sentence.rstrip().endswith((":", ":-", "–", "—")) and decides(sentence)


def _until_resolution_ends(sents: list[Sentence]) -> list[Sentence]:
    """A resolution's sentences from its opening words: up to the next numbered minute or heading
    (the next item's business), at most a resolution's length."""
    out = []
    for s in sents[:RESOLUTION_SENTENCES]:
        if out and (is_heading(s.text) or re.match(r"\s*\d{1,3}[.)]\s+[A-Z]", s.text)):
            break
        out.append(s)
    return out
