"""The offline answerer: picks the sentences of the retrieved passages that answer the
question and writes a short answer in the papers' own words, every sentence cited. When the
evidence is weak it says the papers do not answer, and lists the nearest passages.

It takes passages (already retrieved) and an embedder; it never opens the index. The sentences are
scored by answer.scoring, the declines with a reason are checked by the answer.declines_* modules (their
reasons' wording in answer.declines) in the order written here, the chosen sentences are widened to what they
need to be read by answer.widen, and the quotes are cited by answer.quoting; this module chooses the best
sentences and runs the rest in order.
"""
from __future__ import annotations

import re

import numpy as np

from answer import (declines, declines_asked, declines_figures, declines_neighbour, declines_outcomes, declines_people,
                    declines_period, declines_reading, facts, scoring, superlative, widen)
from answer.coverage import as_typed, as_verb, content_terms, coverage, part_of_scope, told_of_asker
from answer.quoting import compose, make_citation
from answer.scoring import names_item
from answer.sentences import Sentence, sentence_spans
from answer.facts import lead
from answer.period import FIGURE_PERIODS
from core import dates, names, thesaurus, votes
from core.modality import ASKED_AHEAD, ASKED_DONE
from core.contexts import sentence_context
from core.english import everyday_surprisal, unknown_surprisal
from core.terms import STOPWORDS, terms
from core.settings import Settings
from core.types import Answer, Passage
from retrieval.plan import QueryPlan, part_plan
from answer.counts import bare_count, count_head, counted_in_paragraph, counted_thing, counts_head
from answer.doers import (PERSONS_NAME_ASKED, asks_mover, movers_recorded, outcome_after, with_antecedent,
    with_fuller_name)
from answer.fact import DECISION_MARGIN, LABELS, Fact
from answer.figures import MONEY, MONEY_ASKED, gives_sum, sum_cell_after, sum_in_paragraph
from answer.options import options_answer
from answer.proceedings import (apologies_listed, asks_attendance, asks_closing, attendance_listed, closing_time,
    declarations_beside, declarations_listed, record_besides, venue_named)
from answer.roles import chair_named
from answer.tallies import sides_quoted_across, spoken_side

NOT_ANSWERED = ("The papers in the index do not answer this. "
                "The nearest passages are listed below, in case one of them is what you need.")
# "how many councillors voted for ...", "how many were against": a count of the vote is asked
_COUNT_OF_VOTE = re.compile(r"\bhow\s+many\b[^?]{0,60}?\b(?:vot\w*|for|against|in\s+favou?r|abstain\w*)\b", re.I)
# "how many abstained", "how many abstentions were there": a count of those who sat the vote out, which a
# resolution "with one abstention" gives without the count of the sides
_ABSTAINING_COUNTED = re.compile(r"\bhow\s+many\b[^?]{0,60}?\b(?:abstain\w*|abstentions?)\b", re.I)
_SIDE_WORDS = {"against": "against", "for": "in favour of"}
# a question asking a sum added ("how much extra is it costing", "what additional funding"), and the
# words that give a sum as one added, or as a change ("an additional £1.2m", "£1,377,000 over budget")
_EXTRA_ASKED = re.compile(r"\b(?:extra|additional)\b", re.I)
_ADDED = re.compile(r"\b(?:extra|additional|additionally|increase[ds]?|increasing|more\s+than|further|over\s?budget|"
                    r"overspen\w*|over(?:ran|run)|rise|rises|rising|rose|risen|uplifts?|up\s+by|higher|added|"
                    r"on\s+top|top[- ]up|pressures?)\b", re.I)
# a part of a question asking two things names something of its own in this many words, besides the words any
# question asks with ("and what was the result?" names nothing: the first line's quotes answer it)
PART_OWN_WORDS = 2
GENERIC_ASKED = set(terms("result outcome happen happened decided decision vote go went it they that this"))
# said with a decline when a sentence passed over reads as an instruction to an AI (answer.scoring.INSTRUCTION)
INSTRUCTION_NOTE = ("A passage in the papers reads as an instruction to an AI, not a record of the "
                    "committee's business; it is not quoted as an answer.")


def _decision_recorded(fact, ranked: list[Sentence]) -> bool:
    """The guard of the declines saying the passages on the subject record no decision or no outcome (an agenda's,
    spoken of only, only to come): they do not fire when the line the answer would open with, found by the
    answerer's own reader (answer.facts.lead), is a decision on the subject (answer.declines_reading.lead_decides_on_subject).
    Each of those rules reads the papers by a house style it knows (the kind of paper, a resolution's block); the
    reader that finds the answer's first line knows the decision's wording in any."""
    return declines_reading.lead_decides_on_subject(fact, ranked, facts.DECISION_SUBJECT_SHARE)


def asked_answers(best: Sentence, settings: Settings) -> bool:
    """The best sentence answers well enough when scored for what the question asks, less the asker's story
    told before it: the story's words ("my daughter has just had her first baby and nobody has been round
    yet") are about the asker, and only dilute the question's closeness to the sentence that answers it
    ("The proportion of new birth visits delivered within 10-14 days at 94.2%")."""
    lift = settings.w_dense * max(0.0, best.asked_dense - best.dense)
    return best.score + lift >= settings.abstain_below


class ExtractiveAnswerer:
    def __init__(self, embedder, settings: Settings, idf: dict[str, float] | None = None):
        self.embedder = embedder
        self.settings = settings
        self.idf = idf
        self.unseen_idf = max(idf.values()) if idf else 0.0

    def not_in_papers(self, plan: QueryPlan) -> str | None:
        """One line saying the question names a person (by a title) whose name no paper in the
        index prints: "The papers do not name Cllr Hargreaves." Else None."""
        if self.idf is None:
            return None
        unknown = next((typed for typed, words in plan.people if not words & self.idf.keys()), None)
        if unknown is None:
            return None
        # as typed, but "cllr hargreaves" typed in lower case is named "Cllr Hargreaves"
        return f"The papers do not name {names.title_case(unknown) if unknown.islower() else unknown}."

    def _close_in_meaning(self, plan: QueryPlan, top: list[Sentence]) -> bool:
        """A top sentence is close enough in meaning to hold the question without its words
        (settings.dense_holds: "hurting themselves" / "self-harm"), judged on what the question is
        about: the name of the council or committee asked about is in every one of its papers, so a
        question naming one is judged again without it (a shorter question: a lower bar)."""
        if not top or max(s.dense for s in top) < self.settings.dense_holds:
            return False
        if plan.unscoped == plan.subject:
            return True
        embed = getattr(self.embedder, "embed_cached", self.embedder.embed)
        vectors = embed([sentence_context(s.passage.chunk, s.text) for s in top])
        return float(np.max(vectors @ self.embedder.embed_one(plan.unscoped))) >= self.settings.dense_holds_unscoped

    def missing_subject(self, plan: QueryPlan, near: set[str], names_only: bool = False) -> str | None:
        """The question's word that names a subject no paper mentions ("crematorium" in "What was decided
        on the new crematorium at Long Lane?"), else None. Such a word is English (a typo or a
        name is not judged here), rare in everyday English (settings.subject_surprisal: "stuff" and
        "decent" say how one asks, not what about), and used by no paper in any form: not itself, not
        near in meaning (`near`), not sharing its stem's opening ("skateboarding" / "skateboard", "allocated" /
        "allocation"). The coverage check weighs such a word with the rest; in a small index, where
        every word is rare, the question's frame ("set up a working group") can outweigh it. With
        `names_only`, only a word the question capitalises inside a sentence (part of a name) is judged."""
        if self.idf is None:
            return None
        unseen = sorted(t for t in content_terms(plan) - told_of_asker(plan)
                        if t not in self.idf and t not in near and t not in STOPWORDS)
        if names_only:
            named = {t for w in re.findall(r"(?<![.?!]\s)(?<!^)\b[A-Z][a-z]+", plan.standalone) for t in terms(w)}
            unseen = [t for t in unseen if t in named]
        if not unseen:
            return None
        # a word the question does something with ("are they shutting ...", "have to chip in", "being
        # redone") says what is done, not what about: the subject is what it is done to
        unseen = [t for t in unseen if not as_verb(plan.standalone, as_typed(plan.standalone, t))]
        # a word naming a part of the place asked about ("any bits of Exampleshire", "which corners of the
        # county") says where, not what about: the subject is what is asked of that part
        unseen = [t for t in unseen if not part_of_scope(plan, as_typed(plan.standalone, t))]
        background = everyday_surprisal(plan.standalone)
        unknown = unknown_surprisal()
        for t in unseen:
            rare = self.settings.subject_surprisal <= background.get(t, unknown) < unknown
            opening = t[:max(5, len(t) - 2)]
            # a word of the papers ending in the asked word is one of its kind, written as a compound
            # ("eAudiobooks" for "audiobooks"): the papers mention the subject
            if rare and not any(k.startswith(opening) or (len(t) >= 5 and k.endswith(t)) for k in self.idf):
                return as_typed(plan.standalone, t)
        return None

    def near_words(self, plan: QueryPlan, texts: list[str]) -> set[str]:
        """The question's words the papers never use ("kids", "dads") that the texts hold in their
        own words ("children", "fathers"): the embedder finds a word of the texts close enough."""
        unseen = {t for t in content_terms(plan) if self.idf is not None and t not in self.idf}
        if not unseen:
            return set()
        words = sorted({w for t in texts for w in re.findall(r"[a-z][a-z-]{2,}", t.lower())} - STOPWORDS)
        if not words:
            return set()
        return set(self._stand_ins(plan, unseen, words))

    def _stand_ins(self, plan: QueryPlan, asked: set[str], words: list[str]) -> dict[str, set[str]]:
        """For each of the question's stems in `asked`, the `words` close enough in meaning to stand
        for it (settings.synonym_similarity), judged on the word as the question types it as well as
        its stem: "shutting" is near "closing" where the stem "shut" is not, "shoplifting" near "theft"."""
        if not asked or not words:
            return {}
        forms = sorted({(t, f) for t in asked for f in (t, as_typed(plan.standalone, t).lower())})
        # the same passages' words come back question after question: reuse their vectors
        embed = getattr(self.embedder, "embed_cached", self.embedder.embed)
        vectors = embed(words + [f for _, f in forms])
        sims = vectors[len(words):] @ vectors[:len(words)].T
        out: dict[str, set[str]] = {}
        for (t, _), row in zip(forms, sims):
            close = {words[i] for i in np.flatnonzero(row >= self.settings.synonym_similarity)}
            if close:
                out.setdefault(t, set()).update(close)
        return out

    def score(self, plan: QueryPlan, passages: list[Passage]) -> list[Sentence]:
        """Every usable sentence of the passages, scored for how well it answers the question (answer.scoring).
        A sentence that reads as an instruction to an AI is never an answer: it is counted in
        `self.instructions` so the answer can say one was passed over."""
        ranked, self.instructions = scoring.score(plan, passages, self.embedder, self.settings, self.idf, self._stand_ins)
        return ranked

    def answer(self, plan: QueryPlan, passages: list[Passage], ranked: list[Sentence] | None = None) -> Answer:
        """`ranked`: the passages' sentences as `score` ranked them, when the caller scored them already."""
        question = plan.standalone
        ranked = self.score(plan, passages) if ranked is None else ranked
        if not ranked:
            return self.abstain(plan, passages, ranked)
        closing = closing_time(plan.intent, plan.standalone, ranked)
        attendance = attendance_listed(plan.intent, plan.standalone, ranked) \
            or apologies_listed(plan.intent, plan.standalone, ranked) or closing \
            or venue_named(plan.intent, plan.standalone, ranked)
        # no sentence answers well: declined, unless it asks who chaired, attended, sent apologies or when
        # the meeting closed (the question names no subject to match, and the minutes' record answers it)
        record = attendance or chair_named(plan.intent, plan.standalone, ranked) \
            or declarations_listed(plan.intent, plan.standalone, ranked)
        # (asked what one can do, the courses a passage on the subject sets out answer, however plainly asked)
        record = record or options_answer(plan.standalone, ranked)
        if ranked[0].score < self.settings.abstain_below and not record and not asked_answers(ranked[0], self.settings):
            return self.abstain(plan, passages, ranked)
        if self.idf is not None:
            top = list({id(s.passage): s.passage for s in ranked[:3]}.values())
            # a passage holds the name of the body whose paper it is, printed or not on its page ("how much
            # is a dog bin for Llansanffraid": the community council's minutes say "Dog bin cost ... £150")
            texts = [f"{p.chunk.council or ''}\n{p.chunk.header}\n{p.chunk.text}" for p in top]
            words = {t for text in texts for t in terms(text)}
            near = self.near_words(plan, texts) | thesaurus.held(plan.expansions, words)
            # a plain word the thesaurus files under a subject the passages print ("homeless" under
            # "temporary accommodation") is no subject they leave out
            near |= {t for t in content_terms(plan) if thesaurus.default().filed_under(t, words)}
            held = coverage(plan, texts, self.idf, self.unseen_idf, near, everyday=self.settings.everyday_surprisal)
            close = self._close_in_meaning(plan, ranked[:3])
            if held < self.settings.min_coverage and not close and not record:
                # (asked who ran the meeting in words no paper prints, the minutes' record answers it)
                return self.abstain(plan, passages, ranked)
            # a passage close in meaning may say in its own words what the question says in plain ones
            # ("rubbish" for "waste"); a name it never prints ("the Welsh Language Commissioner") it cannot
            missing = self.missing_subject(plan, near, names_only=close)
            if missing:
                return self.abstain(plan, passages, ranked, reason=declines.NOT_MENTIONED.format(word=missing))
        premise = declines_outcomes.false_premise(plan, ranked)
        if premise is not None:
            # asked why or when something was ended, and the passage on it says it was not: the premise is
            # said to be the papers' contrary, quoted, not answered with a reason for something else
            said, reason = premise
            return self.abstain(plan, passages, [said] + [s for s in ranked if s is not said], reason=reason)
        unheld = declines_period.compared_period_not_held(plan, ranked, self.settings)
        if unheld is not None:
            # asked to compare with a period, and the passages on the subject never speak of it: one side
            # of the comparison is missing, and a figure of the other is no comparison
            return self.abstain(plan, passages, ranked, reason=declines.NO_FIGURE_THEN.format(period=unheld))
        if plan.intent == "quantity" and MONEY_ASKED.search(plan.standalone):
            # asked for a sum, and the best sentences of the period give none: a count or a rate
            # beside the subject is not what it cost
            # (when every sentence is of another period, that is said below: declines_period.figures_of_other_periods)
            best = [s for s in ranked if not s.off_period][:self.settings.sum_look]
            if best and not any(gives_sum(s.text, s.passage.chunk.text) or sum_cell_after(s.passage.chunk.text, s.end)
                                or sum_in_paragraph(s, ranked) for s in best):
                return self.abstain(plan, passages, ranked, reason=declines.NO_SUM)
            if _EXTRA_ASKED.search(plan.standalone) and not any(MONEY.search(s.text) and _ADDED.search(s.text)
                                                                for s in best):
                # asked what was added ("how much extra is moving the badgers costing"), and the sums beside
                # the subject are wholes ("Orchard Primary School (£7.523m) - delays ... a badger sett")
                return self.abstain(plan, passages, ranked, reason=declines.NO_EXTRA)
            if declines_figures.only_funds_for_it(plan, ranked, self.settings):
                # asked what it cost, and the sums beside it are money set aside or raised for it
                return self.abstain(plan, passages, ranked, reason=declines.NO_COST)
        if declines_figures.only_options(plan, ranked, self.settings):
            # asked what a body will charge or set, and every figure on the subject is a report's option or
            # possibility ("a central zone priced at around £20 per week could ..."), adopted by no resolution
            return self.abstain(plan, passages, ranked, reason=declines.NO_OPTION_ADOPTED)
        if declines_figures.only_projected(plan, ranked, self.settings):
            # asked what something came to, and every figure on its subject is a forecast or an estimate
            return self.abstain(plan, passages, ranked, reason=declines.NO_ACTUAL)
        if declines_figures.no_figure_on_subject(plan, ranked, self.settings):
            # asked how many or how much, and the sentences that hold the subject give no figure; those
            # that give one are about something else
            return self.abstain(plan, passages, ranked, reason=declines.NO_FIGURE)
        if plan.intent == "quantity" and (head := count_head(plan.standalone)):
            # asked how many of a thing, and the best sentences of the period count no such thing:
            # a sum, a rate or another thing's number beside the subject is not its count
            best = [s for s in ranked if not s.off_period][:self.settings.sum_look]
            # (a count later in the paragraph naming the subject counts too: "Mr X spoke as the agent for
            # the application … The application … comprised a mix of 14 commercial units")
            if best and not any(counts_head(s.text, head) or bare_count(s.text)
                                or counted_in_paragraph(s, ranked, head, before=True) for s in best):
                return self.abstain(plan, passages, ranked, reason=declines.NO_COUNT)
        best_held = max(s.lexical for s in ranked[:self.settings.sum_look])
        if plan.intent == "decision" and ASKED_DONE.search(plan.standalone) and not ASKED_AHEAD.search(plan.standalone) \
                and all(s.passage.chunk.doc_type == "agenda" for s in ranked[:self.settings.sum_look]
                        if s.score >= ranked[0].score - DECISION_MARGIN
                        and s.lexical >= facts.DECISION_SUBJECT_SHARE * best_held) \
                and not _decision_recorded(lead(plan.intent, plan.standalone, ranked, latest=plan.latest,
                                                discussed=plan.discussed), ranked):
            # asked what was decided, and the sentences near the best on its subject are an agenda's (a minute of
            # another item scoring near on the frame alone is no decision on it): it lists
            # business to come (a forward plan's "outline business case in June"), it records no decision
            return self.abstain(plan, passages, ranked, reason=declines.NO_DECISION)
        if declines_period.predates(plan, ranked):
            # asked what happened in a period, and every passage on the subject was written before it
            return self.abstain(plan, passages, ranked, reason=declines.PREDATES.format(period=plan.period.label()))
        if declines_period.predates_subject(plan, ranked, self.settings):
            # asked what happened in a period, and the sentences that hold what it asks were written before
            # it (others from its time rank only on its frame: "who was elected" beside another election)
            return self.abstain(plan, passages, ranked, reason=declines.PREDATES.format(period=plan.period.label()))
        if declines_period.figures_of_other_periods(plan, ranked, self.settings):
            # asked a figure of a period, and every sentence on the subject gives another period's
            return self.abstain(plan, passages, ranked, reason=declines.NO_FIGURE_THEN.format(period=plan.period.label()))
        if (office := declines_people.office_of_other_years(plan, ranked)):
            # asked who held an office for a year, and every passage naming that office is of another year
            return self.abstain(plan, passages, ranked, reason=declines.NO_OFFICE_THEN.format(office=office,
                                                                                     period=plan.period.label()))
        if declines_period.no_figure_yet(plan, ranked, self.settings):
            # asked a figure of a period, and the passages on the subject, all written before it, never name it
            return self.abstain(plan, passages, ranked, reason=declines.NO_FIGURE_YET.format(period=plan.period.label()))
        if plan.intent == "who" and asks_attendance(plan.standalone) and not attendance:
            # asked who attended, and no passage prints the meeting's attendance list
            return self.abstain(plan, passages, ranked, reason=declines.NO_ATTENDANCE)
        if declines_asked.no_date_ahead(plan, ranked, self.settings):
            # asked when something will happen, and no sentence on it names a time: the minutes' own
            # date is when it was spoken of, not when it will be
            return self.abstain(plan, passages, ranked, reason=declines.NO_DATE)
        if (verdict := declines_asked.verdict_ahead_not_said(plan, ranked, self.settings)):
            # asked whether something to come will turn out well ("will the questionnaire get a good response?"),
            # and no sentence on it states that as expected: a forecast of the outcome is no paper's
            return self.abstain(plan, passages, ranked, reason=declines_asked.NO_VERDICT.format(verdict=verdict))
        if asks_closing(plan.intent, plan.standalone) and not closing:
            # asked when a meeting finished, and its minutes (read on to their end) print no closing time
            return self.abstain(plan, passages, ranked, reason=declines.NO_CLOSING)
        # "which ward had the most ...": the row that is the extreme, said outright or compared in a table
        fact = superlative.answer(plan.standalone, [s for s in ranked if not s.off_period] or ranked,
                                  plan.period if plan.period and plan.period.kind in FIGURE_PERIODS else None) \
            or lead(plan.intent, plan.standalone, ranked, latest=plan.latest, discussed=plan.discussed)
        if plan.intent == "who":
            # "he said": from the sentence naming him; "Mr Trelawny": from the sentence naming "Mr Owen Trelawny"
            fact = with_fuller_name(with_antecedent(fact))
        if (side := spoken_side(plan.standalone)) and fact is None:
            # asked who spoke on one side of the debate, and no passage on the subject names a speaker on
            # it: said so, rather than naming one who took the other side
            return self.abstain(plan, passages, ranked, reason=declines.NO_SPEAKER.format(side=_SIDE_WORDS[side]))
        if plan.intent == "vote" and (fact is None or fact.reading is None) and \
                not any(votes.mentions_vote(s.passage.chunk.text) for s in ranked[:declines_people.VOTE_LOOK]):
            # asked how they voted, and the passages on the subject record no vote at all
            return self.abstain(plan, passages, ranked, reason=declines.NO_VOTE)
        if plan.intent == "vote" and fact is not None and fact.reading is None and _COUNT_OF_VOTE.search(plan.standalone) \
                and not votes.has_vote_count(fact.text) and not votes.unanimous(fact.text) \
                and not (_ABSTAINING_COUNTED.search(plan.standalone) and votes.abstentions(fact.text) is not None):
            # asked how many voted, and the vote on the subject is reported without its numbers ("put to a
            # recorded vote and were agreed"): its outcome is not a count
            return self.abstain(plan, passages, ranked, reason=declines.NO_VOTE_COUNT)
        if plan.intent == "who" and asks_mover(plan.standalone) \
                and not movers_recorded(plan.standalone, [s for s in ranked if not s.off_period] or ranked, fact):
            # asked who proposed or seconded, and the minutes on the subject record the resolution without a
            # mover: the sentence on the subject ("it was resolved to maintain the Precept") names no seconder
            return self.abstain(plan, passages, ranked, reason=declines.NO_MOVER)
        if PERSONS_NAME_ASKED.search(plan.standalone) and not (fact is not None and names.names_a_person(fact.text)):
            # asked the name of a person the question describes ("the 29 year old man arrested"), and the line the
            # answer would open with tells of them without a name: minutes often leave a resident unnamed
            return self.abstain(plan, passages, ranked, reason=declines.NO_NAME)
        if declines_period.date_of_another_period(plan, fact):
            # asked when something happens in a year, and every date the answer would open with is of
            # another ("Saturday 1 July 2017" asked when it takes place in 2018)
            return self.abstain(plan, passages, ranked, reason=declines.NO_DATE_THEN.format(period=plan.period.label()))
        if declines_outcomes.when_before_its_meeting(plan, fact):
            # asked when something happened, and the answer would open with a line that names no time and reports
            # it as done before its meeting ("the village phone box had been removed"): the minutes' date is when
            # it was spoken of, not when it happened
            return self.abstain(plan, passages, ranked, reason=declines.NO_DATE_BEFORE)
        if declines_outcomes.when_not_done(plan, fact):
            # asked when something happened, and the answer would open with a sentence that names no time and
            # records nothing done: the meeting's date is when it was spoken of, not when it happened
            return self.abstain(plan, passages, ranked, reason=declines.NO_DATE_DONE)
        if (part := declines_asked.part_not_counted(plan, ranked, fact, self.settings, self.idf)):
            # asked how many of a whole were of a part, and the figures on the subject count only the whole
            return self.abstain(plan, passages, ranked, reason=declines_asked.NO_PART.format(part=part))
        if (about := declines_asked.said_about_not_held(plan, ranked, fact, self.settings, self.idf)):
            # asked what was said about a matter, and the lines on the subject never speak of it
            return self.abstain(plan, passages, ranked, reason=declines_asked.NO_SAID_ABOUT.format(about=about))
        if (kind := declines_asked.kind_not_given(plan, ranked, fact, self.settings)):
            # asked a time of day, a day or a length of time, and no sentence on the subject gives one: a count
            # of those who came ("approximately 70 people") is no time the beacon was lit
            return self.abstain(plan, passages, ranked, reason=declines_asked.NO_KIND.format(kind=kind))
        not_done = declines_outcomes.act_not_done(plan, ranked, fact)
        if not_done is not None:
            # asked what a party told or reported, and the paragraph the answer opens with says they did not ("he
            # was unable to provide such an update at this meeting"): a thing that did not happen is no answer
            said, reason = not_done
            return self.abstain(plan, passages, [said] + [s for s in ranked if s is not said], reason=reason)
        if declines_outcomes.outcome_not_reported(plan, ranked, fact, self.settings) \
                and not _decision_recorded(fact, ranked):
            # asked how something turned out, and the passages speak of it only as to come
            return self.abstain(plan, passages, ranked, reason=declines.NO_OUTCOME)
        if declines_outcomes.no_decision_recorded(plan, ranked, fact) and not _decision_recorded(fact, ranked):
            # asked what was decided, and the passages on the subject only speak of it
            return self.abstain(plan, passages, ranked, reason=declines.NO_DECISION_ON)
        undecided = declines_outcomes.decided_by_none(plan, ranked, fact)
        if undecided is not None:
            # asked what a body decided or how much it approved, and the line the answer would open with is no
            # decision of that body on it: a recommendation to it, a decision on another matter beside lines that
            # only report the subject, or a figure no decision records
            said, reason = undecided
            return self.abstain(plan, passages, [said] + [s for s in ranked if s is not said], reason=reason)
        if plan.intent == "quantity" and MONEY_ASKED.search(plan.standalone) and fact is not None \
                and fact.reading is None and fact.label == LABELS["quantity"] \
                and declines_figures.no_sum_but_a_share(fact.passage.chunk.text[fact.start:fact.end], fact.passage.chunk.text):
            # asked for a sum, and the figure the answer would open with is a share of something else, no
            # sum ("an increase of 12.5% in contacts" asked what was spent): the sums beside it are of other things
            return self.abstain(plan, passages, ranked, reason=declines.NO_SUM)
        post = declines_people.post_not_named(plan, fact, ranked)
        if post:
            # asked who holds a titled post, and the person the answer would open with is named with another
            # title ("Head of City Transport" asked for the Head of Parking Services)
            return self.abstain(plan, passages, ranked, reason=declines_people.NO_POST.format(post=post))
        role = declines_people.role_not_filled(plan, fact, ranked, self.settings)
        if role:
            # asked who fills a role, and the line the answer would open with names no one in it ("spoke to a
            # Director of a local company"), or someone in it of another body (the council's chair in its apologies)
            return self.abstain(plan, passages, ranked, reason=declines_people.NO_ROLE.format(role=role))
        if (kind := declines_people.maker_not_named(plan, fact)):
            # asked which company or firm did something, and the line the answer would open with names none ("engages
            # the services of a specialist event management company")
            return self.abstain(plan, passages, ranked, reason=declines_people.NO_MAKER.format(kind=kind))
        if declines_asked.no_reason_given(plan, fact):
            # asked why, and the answer would open with no reason for it: the act asked said again ("RW chaired
            # the meeting"), a list of names, or a reason for something else ("possibly because of it being a No
            # Cold Calling Area" asked why a field stable was supported)
            return self.abstain(plan, passages, ranked, reason=declines_asked.NO_REASON)
        unrelated = declines_neighbour.unrelated_fact(plan, fact, ranked, self.idf)
        if unrelated:
            # the date or figure the answer would open with shares not one word with the question: it is
            # the date or figure of something else its passage speaks of
            return self.abstain(plan, passages, ranked, reason=unrelated)
        on_subject = declines_figures.figure_on_subject(plan, fact, ranked, self.settings, self._stand_ins)
        if on_subject is None:
            # asked how many of a thing something had or did ("how many sessions did the speedwatch do"), and the
            # count the answer would open with is of that thing in another matter ("two sessions ... on fraud awareness"),
            # as is every other near the top; asked how much, and the figures are of other matters altogether
            return self.abstain(plan, passages, ranked,
                                reason=declines.NO_COUNT if counted_thing(plan.standalone) else declines.NO_FIGURE)
        fact = on_subject
        person = declines_people.vote_not_recorded(plan, ranked)
        if person:
            # asked how a person voted, and no vote on the subject lists them (a count is not their vote)
            return self.abstain(plan, passages, ranked, reason=declines.NO_VOTE_BY.format(person=person))
        in_period = [s for s in ranked if not s.off_period]
        if in_period and in_period[0].score >= self.settings.abstain_below:
            ranked = in_period                 # one period per answer: others' figures are left out
        best = ranked[0]
        chosen = [best]
        for s in ranked[1:]:
            if len(chosen) >= self.settings.answer_sentences:
                break
            if s.score < max(self.settings.abstain_below, best.score - self.settings.answer_margin):
                break
            if any(_overlap(s.text, c.text) > 0.6 for c in chosen):
                continue
            if s.passage.chunk.item and names_item(s.passage.chunk, s.text):
                continue                  # its item's heading: the quote's label names the item already
            chosen.append(s)
        if plan.intent == "who" and (told := outcome_after(plan.standalone, fact, ranked)) is not None \
                and not _quoted(told, chosen):
            # asked who moved it and what the result was: the outcome is quoted with the mover's line
            chosen.insert(1, told)
        if (other := record_besides(plan.intent, plan.standalone, ranked, fact)) is not None:
            # asked who chaired and who sent apologies: the record the lead is not is quoted next to it
            chosen.insert(1, Sentence(best.passage_rank, other.passage, other.start, other.end, other.text, best.score))
        # asked what interests were declared: the meeting's other declarations, when its record is cut between passages
        chosen += [s for s in declarations_beside(plan.intent, plan.standalone, ranked, fact) if not _quoted(s, chosen)]
        if plan.intent == "vote":
            # a recorded vote's lists of names cut between two passages: the other passage's counts quoted too
            chosen += [s for s in sides_quoted_across(fact, ranked) if not _quoted(s, chosen)]
        more = self.part_facts(plan, passages, fact)
        chosen = widen.continue_lead_ins(chosen)
        chosen = widen.with_next_sentence(chosen, self.settings)
        chosen = widen.with_sentence_before(chosen, self.settings)
        chosen = widen.names_with_their_label(chosen)
        # a resolution is quoted whole (its list items), not one clause of it: the one the answer
        # opens with, else the best sentence's
        anchor = best
        if plan.intent == "decision" and fact is not None and fact.passage.chunk.is_resolution:
            anchor = next((s for s in ranked if s.passage is fact.passage and s.start <= fact.start < s.end), best)
        if anchor.passage.chunk.is_resolution and plan.decision:
            chosen = widen.whole_resolution(anchor, chosen)
        return compose(question, chosen, fact, more)

    def part_facts(self, plan: QueryPlan, passages: list[Passage], fact: Fact | None) -> list[Fact]:
        """Asked two things ("How many flats did the application propose, and what did the parish recommend?"),
        the fact line of each part after the first (retrieval.plan.part_plan), read from the sentences of the
        paper the first fact is from ranked for that part alone: "Proposal: Mr Hurst proposed ... recommending
        refusal of this application". None for a part naming nothing of its own ("and what was the result?":
        answered with the first line's quotes), or whose line is the first fact's own sentence."""
        if fact is None:
            return []
        found: list[Fact] = []
        paper = fact.passage.chunk.source
        for part in plan.parts:
            if len(set(terms(part)) - STOPWORDS - GENERIC_ASKED) < PART_OWN_WORDS:
                continue
            sub = part_plan(plan, part)
            ranked = [s for s in scoring.score(sub, passages, self.embedder, self.settings, self.idf, self._stand_ins)[0]
                      if s.passage.chunk.source == paper]
            told = lead(sub.intent, part, ranked) if ranked else None
            if told is None or any(_spans_meet(told, f) for f in [fact] + found):
                continue
            # the line says something of what the part asks, in its words ("Concerns were raised about low response
            # rates" for "what concern did the panel raise"), not only of its place and time: a line the part's
            # words never reach ("the Council was going to restructure 500 staff" for "what does the Pathfinder aim
            # to cut that to") is another sentence of the paper, the first line's quotes answering the part
            if not _own_words(plan, part) & set(terms(told.text)):
                continue
            found.append(told)
        return found

    def abstain(self, plan: QueryPlan, passages: list[Passage], ranked: list[Sentence] | None = None,
                reason: str | None = None) -> Answer:
        question = plan.standalone
        citations = []
        seen = set()
        for s in ranked or []:
            if s.passage.chunk.chunk_id in seen:
                continue
            seen.add(s.passage.chunk.chunk_id)
            citations.append(make_citation(len(citations) + 1, s.passage.chunk, s.start, s.end))
            if len(citations) >= 3:
                break
        if not citations:
            for p in passages[:3]:
                spans = sentence_spans(p.chunk.text)
                if spans:
                    citations.append(make_citation(len(citations) + 1, p.chunk, *spans[0]))
        text = f"{reason} {NOT_ANSWERED}" if reason else NOT_ANSWERED
        if getattr(self, "instructions", 0):
            text = f"{text} {INSTRUCTION_NOTE}"
        return Answer(question=question, standalone_question=question, answer=text,
                      answered=False, mode="extractive", citations=citations)


def _own_words(plan: QueryPlan, part: str) -> set[str]:
    """The words of a part of a question that say what it asks: not its dates, nor the council or committee that
    scope the whole question, nor the words any question asks with."""
    for span in reversed(dates.find_spans(part)):
        part = part[:span.start] + " " + part[span.end:]
    return set(terms(part)) - STOPWORDS - GENERIC_ASKED - plan.scope_words


def _quoted(s: Sentence, chosen: list[Sentence]) -> bool:
    """The sentence is already among the quotes (the same passage, from the same place)."""
    return any(c.passage is s.passage and c.start == s.start for c in chosen)


def _spans_meet(a: Fact, b: Fact) -> bool:
    """Two fact lines quote the same words: one passage's overlapping spans, or one's text inside the other's."""
    if a.passage.chunk.chunk_id == b.passage.chunk.chunk_id and a.start < b.end and b.start < a.end:
        return True
    return a.text in b.text or b.text in a.text


def _overlap(a: str, b: str) -> float:
    ta, tb = set(terms(a)), set(terms(b))
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))

