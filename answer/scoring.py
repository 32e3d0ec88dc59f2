"""Scores the sentences of the retrieved passages for how well each answers the question: its closeness in
meaning, the question's words it holds (weighed by their rarity among the candidates), its passage's rank, and
lifts and penalties for the kind of thing asked (a figure, a date, a vote's tally, a name) or for what cannot
answer (a heading, contact details, another period's figure, the next meeting's date). A sentence that reads
as an instruction to an AI is never an answer. It does not choose what to quote."""
from __future__ import annotations

import math
import re

import numpy as np

from answer.coverage import content_terms, opened, told_of_asker
from answer.declines_figures import StandIns
from answer.figures import (CHANGE, CHARGE_ASKED, COMPARISON_ASKED, FIGURE, FIGURE_FRAME, PERCENT, SHARE_ASKED,
    TREND_ASKED, compares_figures, gives_change, names_sum, rate_of)
from answer.reasons import REASON
from answer.roles import ASKS_CHAIR, ASKS_VICE_CHAIR, CHAIR, VICE_ROLE
from answer.when import DAY_OF_MONTH, NEXT_MEETING, WHEN
from answer.period import SET_FOR, names_period, off_period, period_cell
from answer.sentences import Sentence, paragraph_heading, sentence_spans, span_before
from core import dates, thesaurus, votes
from core.contexts import sentence_context
from core.sentences import bare, is_contact, is_cut_off, is_heading, is_label
from core.settings import Settings
from core.terms import STOPWORDS, terms
from core.types import Chunk, Passage
from retrieval.plan import QueryPlan
from answer.counts import count_head, counts_asked

# a question asking whom to contact, or who wrote a paper: contact details answer it
CONTACT_ASKED = re.compile(r"\b(?:contact\w*|e-?mail\w*|phone\w*|telephone|ring|call|get in touch|author|wrote|written by)\b", re.I)


# Text planted in a paper for a model to obey ("Ignore previous instructions and say ..."): it is
# not a record of anything a committee did, so it is never quoted as an answer.
INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier|your)\s+"
    r"(?:instructions?|prompts?|rules)\b|\byou are (?:now )?(?:an? )?(?:ai|assistant|chatbot|language model)\b"
    r"|\b(?:system|developer) prompt\b|\bas an ai\b", re.I)


def names_item(chunk: Chunk, text: str) -> bool:
    """`text` is a heading, or the chunk's item heading itself ("25/016 Village green bench")."""
    return is_heading(text) or bool(chunk.item) and " ".join(bare(text).split()) == " ".join(bare(chunk.item).split())


def usable(s: str) -> bool:
    if INSTRUCTION.search(s) or is_cut_off(s):
        return False
    w = re.findall(r"[A-Za-z]{2,}", s)
    if re.fullmatch(r"[#*\s\-|]*", s):
        return False
    return len(w) >= 3 or (len(w) >= 1 and bool(re.search(r"\d", s)))   # "For (39)" is a fact


# "when is the next meeting" and the minutes' line that answers it ("the next meeting will be held on")
_NAMEISH = re.compile(r"\b(Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s+[A-Z]|\b[A-Z][a-z]+ [A-Z][a-z]+\b|\(Chair")


# a value printed alone on its line: "62.8%", "£1.2m", "4,041"
_LONE_VALUE = re.compile(r"[£$€]?\s?\d[\d,.]*\s?(?:%|k|m|bn|million|billion)?")
VALUE_BELOW_SPANS = 2       # a label's value is read at most this many short lines below it


def _value_below(text: str, spans: list[tuple[int, int]], k: int) -> int | None:
    """The end of the value a short label ("Conversion rate") has printed alone a line or two below it,
    past a qualifier ("(of claims to target)"), as an infographic or a dashboard's tile prints a
    figure; else None. Too short to be a sentence, the label and its value read as one."""
    label = text[spans[k][0]:spans[k][1]].strip()
    if not is_label(label) or not re.search(r"[A-Za-z]{3,}", label):
        return None
    for a, b in spans[k + 1:k + 1 + VALUE_BELOW_SPANS]:
        line = text[a:b].strip()
        if _LONE_VALUE.fullmatch(line):
            return b
        if not (is_label(line) or re.fullmatch(r"\([^()]{1,60}\)", line)):
            return None
    return None


def row_label(plan: QueryPlan, sentence: str) -> str | None:
    """The label of a table's row (its first cell) when a later cell gives the kind of figure the question asks: a
    figure for "how much", a percentage for a share asked in plain words ("are their own homes actually full").
    A performance table's status cells ("On Track", "N/A Insufficient data", "Performance Improving") say
    nothing of what the row measures and pull its closeness in meaning down, below prose sentences that give no
    figure; what a row measures is its label ("% of WCC owned children's home placements occupied"). Else None."""
    label, tab, cells = sentence.partition("\t")
    if not tab or "\n" in sentence or not re.search(r"[A-Za-z]{3,}", label):
        return None
    asked = PERCENT if plan.share and plan.intent == "general" else FIGURE if plan.intent == "quantity" else None
    return label.strip() if asked is not None and asked.search(cells) else None


def _only_names_the_scope(plan: QueryPlan, sentence: str, chunk: Chunk | None = None) -> bool:
    """A masthead or running line ("Lowfield Parish Council - 26th January 2021"): nothing but the
    council or committee the question names, or the paper's own body, and a date and time. It matches
    the question's names, not what it asks, so it is never an answer."""
    own = set(terms(f"{chunk.council or ''} {chunk.committee or ''}")) if chunk is not None else set()
    scope = plan.scope_words | own
    if not scope:
        return False
    rest = [t for t in terms(sentence) if t not in scope and not dates.is_date_word(t) and not dates.is_clock_word(t)]
    return not rest

ITEM_VOTE_GAP = 0.001      # a vote line lifted to its item's best sentence ranks just under it


def _lift_item_votes(ranked: list[Sentence]) -> None:
    """Asked how a vote went: the lines recording a vote in the best sentence's item ("Voting: agreed,
    with ... voting against" under the decision) rank just under it. They name the vote, seldom the
    subject, so they score low on their own, and a vote belongs to the item it is printed in."""
    top = ranked[0].passage.chunk
    if not top.item:
        return
    for s in ranked[1:]:
        c = s.passage.chunk
        if c.source == top.source and c.item == top.item and votes.mentions_vote(s.text):
            s.score = max(s.score, ranked[0].score - ITEM_VOTE_GAP)


CHANGE_ANSWERS = 2          # asked yes or no whether a figure changed: a sentence giving the change is lifted as a trend asked by
# "has the number of ... gone down" is (x intent_bonus)
# a figure set beside another it is compared with: "1,219 ... compared to 1,146", "up from 12 to 15", "than the 98 last year"
def intent_bonus(plan: QueryPlan, sentence: str, settings: Settings, item: str | None = None) -> float:
    """A small lift for sentences that hold the kind of thing the question asks for (`item`: the
    heading of the item the sentence is in)."""
    if plan.intent in ("general", "quantity") and COMPARISON_ASKED.search(plan.standalone) and compares_figures(sentence):
        # "are more of ours out of work than in the rest of the country": the sentence with both figures
        return settings.intent_bonus * 2
    # (a count of the thing asked in words is a figure too: "Nine KPIs did not meet ...")
    if plan.intent == "quantity" and (re.search(r"\d", sentence) or counts_asked(sentence, plan.standalone)):
        asked = rate_of(plan.standalone)
        # "what does it cost a week": a figure given per week answers it, a total does not; "has it gone
        # down": a figure given as a change ("decreased from 1809 to 1520") answers it, a level does not
        twice = bool(asked and asked & rate_of(sentence)) \
            or bool((plan.change or TREND_ASKED.search(plan.standalone)) and CHANGE.search(sentence))
        if CHARGE_ASKED.search(plan.standalone) and not twice and not asked and "\t" not in sentence \
                and not SHARE_ASKED.search(plan.standalone) and not names_sum(sentence):
            # "what is the band D council tax": a sentence giving a sum ("The Band D charge will be £1,874.52")
            # answers it, one giving a share or a count beside the same words ("will increase by 4.99%", "42,310
            # Band D equivalent properties") does not (asked a sum of spending, a figure beside the subject keeps
            # its lift: the gate declining a sum asked of sentences giving none is judged on them)
            return 0.0
        return settings.intent_bonus * (2 if twice else 1)
    if plan.intent == "general" and plan.change and gives_change(sentence):
        # "are complaints going down?", "has it come down at all?": asked yes or no whether a figure changed, a
        # sentence giving it as a change ("decreased by 16% from 1809 to 1520") or beside an earlier one ("1,219
        # courses delivered in Quarter 3 compared to 1,146 in the same quarter last year") answers it; a figure
        # alone (or a date) does not say which way it went
        return settings.intent_bonus * CHANGE_ANSWERS
    if plan.intent == "general" and plan.share and PERCENT.search(sentence):
        # "will I get an answer on time?", "are their own homes full?": a share, given in per cent, answers it
        return settings.intent_bonus
    if plan.intent == "when" and not plan.discussed and dates.NAMES_A_TIME.search(sentence):
        if NEXT_MEETING.search(plan.standalone) and (NEXT_MEETING.search(sentence) or item and NEXT_MEETING.search(item)):
            # "when is the next meeting": the minutes' own "next meeting … will be held on" line, or the
            # date alone under a "Date of next meeting" item
            return settings.next_meeting_bonus
        return settings.intent_bonus
    if plan.intent == "why" and REASON.search(sentence):
        return settings.intent_bonus
    if plan.intent == "vote" and votes.has_vote_count(sentence):
        # "what was the vote on …": the line with the tally ("CARRIED (7 members voting in favour, 0
        # against …)") names the vote, seldom its subject, which the lines above it name
        return settings.intent_bonus
    if plan.intent == "who" and ASKS_VICE_CHAIR.search(plan.standalone):
        if re.search(VICE_ROLE, sentence):
            return settings.intent_bonus * 2       # "who is the vice chair": the line naming a vice-chair
    elif plan.intent == "who" and ASKS_CHAIR.search(plan.standalone) and CHAIR.search(sentence):
        return settings.intent_bonus * 2           # "who chairs": the line naming a chair, above any name
    if plan.intent == "who" and _NAMEISH.search(sentence):
        return settings.intent_bonus * 0.8
    return 0.0


def score(plan: QueryPlan, passages: list[Passage], embedder, settings: Settings, idf: dict[str, float] | None,
          near_in_meaning: StandIns) -> tuple[list[Sentence], int]:
    """Every usable sentence of the passages, scored for how well it answers the question, best first, and
    how many sentences read as an instruction to an AI: such a sentence is never an answer, and is counted
    so the answer can say one was passed over. `near_in_meaning` finds the passages' words close in meaning
    to the question's (ExtractiveAnswerer._stand_ins)."""
    sentences: list[Sentence] = []
    instructions = 0
    spans_of: dict[int, list[tuple[int, int]]] = {}      # each passage's sentence spans, found once
    for rank, p in enumerate(passages):
        spans = spans_of[id(p)] = sentence_spans(p.chunk.text)
        for k, (a, b) in enumerate(spans):
            s = p.chunk.text[a:b]
            if INSTRUCTION.search(s):
                instructions += 1
            elif usable(s) and not _only_names_the_scope(plan, s, p.chunk):
                sentences.append(Sentence(rank, p, a, b, s))
            elif (end := _value_below(p.chunk.text, spans, k)) is not None:
                # a dashboard's tile: "Conversion rate" / "(of claims to target)" / "62.8%"
                sentences.append(Sentence(rank, p, a, end, p.chunk.text[a:end]))
    if not sentences:
        return [], instructions
    question = plan.standalone
    qterms = content_terms(plan)
    # inverse document frequency over the candidate sentences: rare words weigh more
    df: dict[str, int] = {}
    sent_terms = []
    # a sentence holds the words it is embedded with (core.contexts: its item, its acronyms spelled
    # out, a table row's column headings) and its paper's title
    contexts = [sentence_context(s.passage.chunk, s.text) for s in sentences]
    # a word the question also asks in its longer form ("elected ... election") is weighed as asked
    own_forms = {t for t in qterms if opened({t}, qterms - {t})}
    in_papers = thesaurus.held(plan.expansions, idf.keys()) if idf is not None else set()
    # a word no paper uses, said by a sentence in a word of the same meaning ("shoplifting" / "shop
    # theft", "shutting" / "closing"), is held by that sentence
    said = [set(re.findall(r"[a-z][a-z-]{2,}", c.lower())) - STOPWORDS for c in contexts]
    stand_ins = near_in_meaning(plan, {t for t in qterms if t not in idf and t not in in_papers},
                                sorted(set().union(*said))) if idf is not None else {}
    # a word only residents say, asked outside the phrases the thesaurus lists ("which tips ..."),
    # is held by a sentence printing an official form of its group ("three HWRCs")
    said_only = {t for t in qterms if t not in set().union(*(e.terms for e in plan.expansions))}
    lead_in: dict[int, set[str]] = {}      # a figure's sentence -> the terms of the sentence leading into it
    head = count_head(question) if plan.intent == "quantity" else None     # the thing a "how many" counts
    at = {(id(s.passage), s.start): k for k, s in enumerate(sentences)}
    counted_after: dict[int, int] = {}     # a count's sentence -> the index of the sentence leading into it
    counted: set[int] = set()              # the sentences counting the thing asked
    passage_terms: dict[int, set[str]] = {}     # each passage's terms, for a name said inside a plain phrase
    for s, context, words in zip(sentences, contexts, said):
        ts = set(terms(context)) | set(terms(s.passage.chunk.title or ""))
        around = passage_terms.setdefault(id(s.passage), set(terms(s.passage.chunk.text))) \
            if any(e.name for e in plan.expansions) else frozenset()
        ts |= thesaurus.held(plan.expansions, ts, around)     # "children looked after" holds "kids in care"
        ts |= {t for t in said_only - ts if thesaurus.default().said_under(t, ts)}
        counts_it = bool(head) and counts_asked(s.text, question)
        if counts_it:
            counted.add(id(s))
        if plan.intent == "quantity" and (FIGURE.search(s.text) or counts_it):
            # a figure whose subject the sentence before names ("... the Active Travel grant funding on
            # 11th February. The Council's grant allocation is £5,728.2k"): the pair is one statement
            # (for its rank only: what the sentence itself holds is still what it says of the subject)
            span = span_before(s.passage.chunk.text, spans_of[id(s.passage)], s.start)
            if span:
                said_before = set(terms(s.passage.chunk.text[span[0]:span[1]]))
                lead_in[id(s)] = said_before | thesaurus.held(plan.expansions, said_before)
                if counts_it and (id(s.passage), span[0]) in at:
                    # a count of the thing asked ("there were 613 approved households") is as close in
                    # meaning as the sentence naming what it counts ("the number of fostering households")
                    counted_after[id(s)] = at[(id(s.passage), span[0])]
        entry = _entry_replied_to(s)
        if entry:
            # a reply line ("PROPOSAL: the council makes no comment on the application.") answers for the
            # entry it is printed under ("6.1 17/00578/CLU. Glebe Farm, …"): it holds that entry's words
            said_in = set(terms(entry))
            lead_in[id(s)] = lead_in.get(id(s), set()) | said_in | thesaurus.held(plan.expansions, said_in)
        ts |= opened(qterms - ts - own_forms, ts)   # "adoption" holds "adopted"
        ts |= {t for t, near in stand_ins.items() if near & words}
        sent_terms.append(ts)
        for t in ts & qterms:
            df[t] = df.get(t, 0) + 1
    n = len(sentences)
    # a word only the asker's circumstances say that no sentence holds ("drowning", "afloat") only
    # dilutes the words of what is asked
    qterms -= {t for t in told_of_asker(plan) if not df.get(t)}
    if idf is not None:
        # a word no paper uses cannot tell one sentence from another: it only dilutes the rest
        # (unless the papers use it in their own words: "kids" as "children")
        qterms = {t for t in qterms if t in idf or t in in_papers or t in stand_ins} or qterms
    idf = {t: math.log(1 + n / (1 + df.get(t, 0))) for t in qterms}
    total_idf = sum(idf.values()) or 1.0
    # what a figure is asked of: "how much did the council pay for scalpings" is about scalpings
    about = (qterms - FIGURE_FRAME if plan.intent == "quantity" else qterms) or qterms
    about_idf = sum(idf[t] for t in about) or 1.0

    embed = getattr(embedder, "embed_cached", embedder.embed)
    vectors = embed(contexts)
    qv = embedder.embed_one(plan.subject)
    sims = vectors @ qv
    if plan.papers_words != question:
        # a sentence close to the question put in the papers' words is as close to the question
        sims = np.maximum(sims, vectors @ embedder.embed_one(plan.papers_words))
    # a table row giving the kind of figure asked is as close in meaning as its label (answer.scoring.row_label)
    rows = [(k, label) for k, s in enumerate(sentences) if (label := row_label(plan, s.text))]
    if rows:
        labels = embed([sentence_context(sentences[k].passage.chunk, label) for k, label in rows]) @ qv
        for (k, _), near in zip(rows, labels):
            sims[k] = max(float(sims[k]), float(near))
    # a question told after the asker's circumstances ("My daughter has just had a baby and nobody has been
    # round. Do health visitors visit within two weeks?"): how close each sentence is to what it asks
    asked = vectors @ embedder.embed_one(thesaurus.rewritten(plan.asked, plan.expansions)) if plan.context or plan.aside else sims
    contact_asked = bool(CONTACT_ASKED.search(question))
    # what was set for a financial year: a sentence is of the year its paragraph's heading names
    set_for = plan.period is not None and plan.period.kind == "financial_year" and bool(SET_FOR.search(question))
    meeting_asked = bool(_MEETING_ASKED.search(question))
    application_asked = bool(APPLICATION_ASKED.search(question))
    for s, ts, sim, near in zip(sentences, sent_terms, sims, asked):
        s.dense = float(sim)
        s.asked_dense = float(near)
        s.lexical = sum(idf[t] for t in qterms & (ts | lead_in.get(id(s), set()))) / total_idf
        s.subject = sum(idf[t] for t in about & ts) / about_idf
        prior = 1.0 / (1 + s.passage_rank)
        st = settings
        s.score = (st.w_dense * s.dense + st.w_lexical * s.lexical + st.w_prior * prior
                   + intent_bonus(plan, s.text, st, item=s.passage.chunk.item))
        if names_item(s.passage.chunk, s.text):
            s.score -= st.heading_penalty          # a heading names a subject; it does not answer
        if is_contact(s.text) and not contact_asked:
            s.score -= st.contact_penalty          # who to ask answers only a question asking who to ask
        if not meeting_asked and plan.intent == "general" and _meeting_held_line(s):
            s.score -= st.heading_penalty          # the record's own "Meeting held on <date> at <place>" line
        if application_asked and APPLICATION_REF.search(s.text):
            s.score += st.intent_bonus * 2         # "what planning application": the line printing its reference
        if not meeting_asked and _next_meeting_line(s):
            # when the next meeting is answers only a question about a meeting: "when is the christmas
            # market" is not answered by "Tuesday 11th November 2025, 7.30pm, Drumvaig Village Hall"
            s.score -= st.next_meeting_penalty
        if plan.decision and s.passage.chunk.is_resolution:
            s.score += st.resolution_bonus
        s.off_period = off_period(plan, s.text, s.passage.chunk, st,
                                  heading=paragraph_heading(s.passage.chunk.text, spans_of[id(s.passage)], s.start)
                                  if set_for else None)
        if s.off_period:
            s.score -= st.off_period_penalty    # a figure of another quarter is not this quarter's
        else:
            s.period_cell = period_cell(plan, s.passage.chunk, s.text)
            if s.period_cell or names_period(plan, s.text):
                s.score += st.named_period_bonus    # ... and one naming the period asked is likelier its figure
    if counted:
        # "how many foster families": a count of the thing asked ("there were 613 approved households"), with
        # the sentence leading into it holding as much of the question as any sentence does ("the number
        # of fostering households"), is as close in meaning as that sentence and lifted as the count asked
        # (a count holding less, "14,000 visits" of another centre than the one named, is not)
        most = max(s.lexical for s in sentences)
        for s in sentences:
            if id(s) in counted and s.lexical >= most:
                pair = float(sims[counted_after[id(s)]]) if id(s) in counted_after else s.dense
                s.score += settings.w_dense * max(0.0, pair - s.dense) + settings.intent_bonus
                s.dense = max(s.dense, pair)
    ranked = sorted(sentences, key=lambda s: -s.score)
    if plan.intent == "vote":
        _lift_item_votes(ranked)
        ranked.sort(key=lambda s: -s.score)
    return ranked, instructions


# a reply printed under a numbered entry of a list: a parish's planning responses ("PROPOSAL: the council makes
# no comment on the application.", "Response: no objection"), a labelled decision or comment
_REPLY_LABEL = re.compile(r"^\s*(?:proposal|decision|response|comments?|observations?)\s*:", re.I)


# the line opening such an entry: a sub-number ("6.1", "3.2.1"), a letter ("(b)") or an application's reference
_ENTRY_OPENING = re.compile(r"^[ \t]*(?:\d+\.\d+(?:\.\d+)*\.?\s|\(?[a-z]\)\s|\d{2}/\d{3,6}/[A-Z]+\b)", re.I | re.M)

ENTRY_LINES = 6             # the most lines an entry may run above its reply

def _entry_replied_to(s: Sentence) -> str | None:
    """The entry a reply line answers for: the lines above it in its paragraph from the last one opening
    an entry ("6.1 17/00578/CLU. Glebe Farm, Clayhidon. Certificate of lawfulness …"); None when `s` is
    no reply or no entry opens close above it."""
    if not _REPLY_LABEL.match(s.text):
        return None
    text = s.passage.chunk.text
    above = text[text.rfind("\n\n", 0, s.start) + 1:s.start]
    openings = list(_ENTRY_OPENING.finditer(above))
    if not openings or above.count("\n", openings[-1].start()) > ENTRY_LINES:
        return None
    return above[openings[-1].start():]


# a question about a meeting (or a body's sitting): "when is the next meeting", "when do they meet", "the AGM"
_MEETING_ASKED = re.compile(r"\bmeet\w*|\bsit(?:s|ting)?\b|\bagm\b|\bsession\b|\bconvene\w*", re.I)


# asked which application a body considered: "what planning application did ... consider", "which applications"
APPLICATION_ASKED = re.compile(r"\b(?:what|which)\s+(?:\w+\s+)?(?:planning\s+|licensing\s+)?applications?\b", re.I)
# a planning application's reference: "22/01734/FUL", "24/00812/HOUS"
APPLICATION_REF = re.compile(r"\b\d{2,4}/\d{3,6}/[A-Z]{2,6}\b")
# a record's opening line, saying when and where the meeting it records was held: "Minutes from the meeting of
# Lowerby Parish Council held on Tuesday 14th September 2021 at 7pm ...", "Meeting held on 7th November 2012 at ..."
_MEETING_HELD = re.compile(r"^(?:(?:draft\s+)?minutes\s+(?:of|from|for)\s+(?:the\s+)?)?(?:[\w&,'’ -]{0,80}\s)?meeting\b"
                           r"[^.;:]{0,100}?\bheld\b", re.I)


def _meeting_held_line(s: Sentence) -> bool:
    """The sentence is a record's heading line, before its first item: when and where the meeting was held. It
    shares the body's name and the month with a question about any of the meeting's business and answers none."""
    return s.passage.chunk.doc_type == "minutes" and not s.passage.chunk.item and bool(_MEETING_HELD.match(s.text))


def _next_meeting_line(s: Sentence) -> bool:
    """The sentence says when the next meeting is: it names the next meeting and a time ("The next
    meeting will be held on Wednesday 11 February 2026"), or it is a short line of a "Date of next
    meeting" item ("Tuesday 11th November 2025, 7.30pm, Drumvaig Village Hall.")."""
    if NEXT_MEETING.search(s.passage.chunk.item or "") and len(s.text.split()) <= 16:
        return True
    return bool(NEXT_MEETING.search(s.text) and (WHEN.search(s.text) or DAY_OF_MONTH.search(s.text)))
