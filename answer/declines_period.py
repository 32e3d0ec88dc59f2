"""The declines of another period: the passages on the subject were written before the period asked about, are
of other periods, give no figure for it yet, or do not speak of a period to be compared; the date the answer
opens with is of another year or month."""

from __future__ import annotations

import re
from datetime import date, timedelta
from answer.fact import Fact
from answer.period import FIGURE_PERIODS, compared_periods, names_period, period_held, tells_not_held, wants_one_period
from answer.sentences import Sentence
from core import dates
from core.modality import ASKED_AHEAD, ASKED_DONE
from core.settings import Settings
from ingest import layouts
from retrieval.plan import ABOUT_A_MEETING, QueryPlan
from answer.declines_reading import PREDATE_LOOK, _on_subject


# the period named as what a decision is for ("the Band D charge Cabinet recommended for 2026/27", "the
# precept set for next year"): settled before the period starts, so earlier papers can say it
_FOR_PERIOD = re.compile(r"\bfor\s+(?:the\s+)?(?:(?:financial|municipal|council|school|academic)\s+)?(?:years?\s+)?"
                         r"(?:(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?|next\s+year|(?:the\s+)?(?:coming|next|following)\s+year)\b",
                         re.I)


def predates(plan: QueryPlan, ranked: list[Sentence]) -> bool:
    """The question asks what happened in a period ("What did the group recommend when it
    reported back in 2025?"), and the best sentences on the subject all come from meetings
    before it: papers written before a period can say what was planned for it, not what happened."""
    p = plan.period
    if p is None or plan.intent not in ("decision", "general", "vote", "who") \
            or not ASKED_DONE.search(plan.standalone) or ASKED_AHEAD.search(plan.standalone) \
            or _FOR_PERIOD.search(plan.standalone):
        return False
    days = [s.passage.chunk.meeting_date for s in ranked[:PREDATE_LOOK]]
    return bool(days) and all(d is not None and d < p.date_from for d in days)


def compared_period_not_held(plan: QueryPlan, ranked: list[Sentence], settings: Settings) -> str | None:
    """Asked to compare periods ("How did the balance in October 2025 compare with October 2024?"), the
    first period, as printed, that no passage on the subject (of the best sentences, those holding at
    least settings.predate_subject_share of what the best holds of its words) speaks of (answer.period.
    period_held); else None."""
    spans = compared_periods(plan.standalone)
    if not spans:
        return None
    subject = _on_subject(ranked[:PREDATE_LOOK * 2], settings.predate_subject_share)
    chunks = list({s.passage.chunk.chunk_id: s.passage.chunk for s in subject}.values())
    if not chunks:
        return None
    missing = next((sp for sp in spans if not period_held(sp, chunks)), None)
    return plan.standalone[missing.start:missing.end] if missing is not None else None


def predates_subject(plan: QueryPlan, ranked: list[Sentence], settings: Settings) -> bool:
    """As predates, judged on the sentences that hold the question's words (at least
    settings.predate_subject_share of what the best holds): "Who was elected in the election in
    2019?" over minutes of 2018 ("Councillor R be elected Chair") is answered by none of them,
    however many papers of 2019 rank beside them on the question's frame alone."""
    p = plan.period
    if p is None or plan.intent not in ("decision", "general", "vote", "who") \
            or not ASKED_DONE.search(plan.standalone) or ASKED_AHEAD.search(plan.standalone) \
            or _FOR_PERIOD.search(plan.standalone):
        return False
    look = ranked[:PREDATE_LOOK * 2]
    best = max((s.lexical for s in look), default=0.0)
    if best <= 0:
        return False
    subject = [s for s in look if s.lexical >= settings.predate_subject_share * best]
    return all(s.passage.chunk.meeting_date is not None and s.passage.chunk.meeting_date < p.date_from
               for s in subject)


def figures_of_other_periods(plan: QueryPlan, ranked: list[Sentence], settings: Settings) -> bool:
    """The question asks a figure of one period ("in quarter 1 of 2024/25"), and every one of the best
    sentences on its subject (at least settings.predate_subject_share of what the best holds of its
    words) is of another period (answer.period.off_period: it names another, or its papers cannot
    report this one): a quarter 3 report's "Latest: 60% ... Previous: 52%" is no figure of quarter 1."""
    # (a question of what a meeting did or when it closed is of that meeting's date: answer.period.off_period)
    if not (plan.intent == "quantity" or plan.intent == "general" and not ABOUT_A_MEETING.search(plan.standalone)) \
            or not wants_one_period(plan) or plan.period.kind not in FIGURE_PERIODS:
        return False
    subject = _on_subject(ranked[:PREDATE_LOOK * 2], settings.predate_subject_share)
    return bool(subject) and all(s.off_period for s in subject)


def no_figure_yet(plan: QueryPlan, ranked: list[Sentence], settings: Settings) -> bool:
    """The question asks a figure of a period ("the weekly allowance in 2025/26"), the best
    sentences on the subject all come from meetings well before the period starts, and none of
    them names it: a paper can give a period's budget or target ahead, but by naming the period;
    a figure that names none is of its own, earlier time (unless its paper is from the winter
    before, when rates for the coming year are set: settings.rates_set_days)."""
    p = plan.period
    if p is None or plan.intent != "quantity" or p.kind not in FIGURE_PERIODS:
        return False
    before = (date.fromisoformat(p.date_from) - timedelta(days=settings.rates_set_days)).isoformat()
    # judged on the sentences on its subject: a later paper's figure of something else beside it is no figure of it
    best = _on_subject(ranked[:PREDATE_LOOK], settings.predate_subject_share)
    return bool(best) and all(s.passage.chunk.meeting_date is not None and s.passage.chunk.meeting_date < before
                              and not s.period_cell and not names_period(plan, s.text) for s in best)


def date_of_another_period(plan: QueryPlan, fact: Fact | None) -> bool:
    """Asked when something happens or happened in a year or month ("When is the concert in the park taking
    place in 2018?"), and the line the answer would open with names dates or years, none of them in it: the
    date of another year's event is no date in the one asked. (Asked "for" a period, "When was the budget
    for 2024/25 approved?", the act falls before it; a line naming no year leaves the meeting's date to say.)"""
    p = plan.period
    if plan.intent != "when" or p is None or p.kind not in ("year", "month") or fact is None \
            or fact.reading is not None or plan.discussed or _FOR_PERIOD.search(plan.standalone):
        return False
    text = fact.text
    days = [d for _, d in dates.find_dates(text)]
    years = dates.years_in(text)
    if not days and not years:
        return False
    # "until when did the council extend the terms of office in May 2020?": the period dates the act, and the date
    # asked is where it runs to, which may lie after the period (30 November 2020), never before it
    last = "9999-12-31" if _UNTIL_ASKED.search(plan.standalone) else p.date_to
    if any(p.date_from <= d <= last for d in days):
        return False
    return not any(int(p.date_from[:4]) <= y <= int(last[:4]) for y in years)


# "until when", "till when", "up to when", "by when": the end of something, not when it was done
_UNTIL_ASKED = re.compile(r"\b(?:until|till|til|up\s+to|by)\s+when\b", re.I)


def meeting_not_held(plan: QueryPlan, ranked: list[Sentence], settings: Settings) -> bool:
    """Asked about a meeting of a month or day the index holds no papers of, and one of the best sentences says
    that month's meeting did not take place ("The clerk explained that the planned meeting for March was cancelled
    due to bad weather", in the next meeting's minutes: answer.period.tells_not_held): the papers that say so
    answer a question about it, so the index holding none of its own is no reason to decline."""
    p = plan.period
    return p is not None and p.kind in ("day", "month") and any(
        tells_not_held(p, s.text, s.passage.chunk.meeting_date, settings) for s in ranked[:PREDATE_LOOK * 2])


# the question asks about the meeting that dealt with an earlier meeting's minutes: "the meeting that signed off
# the minutes of 23 June 2023", "who seconded approving the minutes of 4 March?", "at which the minutes of ... were
# confirmed"; the day it names is the earlier meeting's, not the one asked about
_MINUTES_DEALT_WITH = re.compile(
    r"\b(?:sign(?:ed|s|ing)?(?:\s+off)?|approv(?:ed|es|ing|al\s+of)|adopt(?:ed|s|ing)|confirm(?:ed|s|ing)|agree[ds]?|"
    r"accept(?:ed|s|ing)|second(?:ed|s|ing)|propos(?:ed|es|ing)|moved)\s+(?:the\s+)?minutes\s+of\b"
    r"|\bminutes\s+of\b.{0,60}?\b(?:were|was|be(?:ing)?)\s+(?:\w+\s+){0,2}?"
    r"(?:signed|approved|adopted|confirmed|agreed|accepted)\b",
    re.I)


def meeting_in_passages(plan: QueryPlan, ranked: list[Sentence]) -> bool:
    """The scope check (retrieval.plan) found no papers of the meeting asked about by their dates, and the question
    asks about the meeting that dealt with a day's minutes ("Who chaired the meeting that signed off the minutes of
    23 June 2023?"): one of the best sentences records those minutes approved ("Resolved that the minutes of the
    Joint Committee held on the 23 June 2023 be signed as a correct record"). That sentence is the record of the
    meeting asked about, whatever date its paper carries (a page of a meeting often prints none of its own, and
    the date read from it may be another meeting's)."""
    p = plan.period
    if not plan.out_of_scope_meeting or p is None or p.kind != "day" or not _MINUTES_DEALT_WITH.search(plan.standalone):
        return False
    return any(layouts.PREVIOUS_MINUTES(s.text) is not None and p.date_from in {d for _, d in dates.find_dates(s.text)}
               for s in ranked[:PREDATE_LOOK * 2])
