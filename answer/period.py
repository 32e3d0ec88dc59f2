"""One period per answer: which period a sentence (or the meeting it comes from) speaks of, and
whether that is the period the question asks about. Pure functions over dates and plans."""
from __future__ import annotations

import re
from datetime import date, timedelta

from core import dates, tables
from core.types import Chunk
from core.settings import Settings
from retrieval.plan import ABOUT_A_MEETING, NAMES_MINUTES_OF, QueryPlan, asks_office_for_year, window

# a question that compares periods wants them all
COMPARISON = re.compile(r"\b(compar\w*|versus|vs\.?|than|chang\w*|trend|since|between|fall|fell|fallen|"
                        r"rise|rose|risen|increas\w*|decreas\w*|went (?:up|down)|over time|after|before|next|until)\b", re.I)
# a question asking what was set for a financial year ("What precept did the council set for 2020/21?")
SET_FOR = re.compile(r"\b(?:set|fix|fixed|levy|levied|agree|agreed|approve|approved|decide|decided|adopt|adopted)\b"
                     r"(?:\s+\w+){0,4}?\s+for\s+(?:the\s+)?(?:financial\s+year\s+)?(?:19|20)\d\d\s*[/-]\s*\d{2,4}\b", re.I)
SET_AFTER_START_DAYS = 92   # a year's precept or budget is set before it starts, at the latest in its first quarter
# the kinds of period whose figures a sentence can be "of"; a full date in a sentence names an event
FIGURE_PERIODS = ("quarter", "part_year", "financial_year", "year", "month")
REPORT_LAG_DAYS = 183      # a quarter is reported on up to ~6 months after it ends


# a period named as what a change is measured from ("a Band D charge of £1,874.52, an increase of £89.10 on 2024/25",
# "up 3% compared with last year's 2023/24"): the figure is of another period than the one it is compared with
_CHANGE_WORD = re.compile(r"\b(?:increas\w*|decreas\w*|ris(?:e|es|en|ing)|rose|fall\w*|fell|up|down|more|less|higher|lower|"
                          r"reduc\w*|change\w*)\b", re.I)
_BASELINE_BEFORE = re.compile(r"\b(?:on|over|compared\s+(?:with|to)|than|against)\s+(?:the\s+)?(?:(?:previous|last|prior)\s+"
                              r"(?:year'?s?\s+)?)?(?:financial\s+year\s+)?$", re.I)


def _baseline(sentence: str, at: int) -> bool:
    """The period printed at `at` is what a change in the sentence is measured from, not the sentence's own."""
    return bool(_BASELINE_BEFORE.search(sentence[max(0, at - 40):at])) and bool(_CHANGE_WORD.search(sentence[:at]))


# a meeting that did not take place as planned: "the planned meeting for March was cancelled due to bad weather", "the
# June meeting was inquorate", "postponed", "rearranged", "did not take place", "could not be held"
_NOT_HELD = re.compile(r"\b(?:cancel+ed|cancel+ation|postponed|inquorate|not\s+quorate|re-?arranged|rescheduled|abandoned"
                       r"|did\s+not\s+(?:take\s+place|go\s+ahead)|(?:was|were|could)\s+not\s+(?:be\s+)?held)\b", re.I)
_MEETING = re.compile(r"\b(?:meeting|agm)s?\b", re.I)
_MONTH_WORD = re.compile(rf"\b({dates.MONTH_NAME})\b", re.I)


def tells_not_held(p: dates.Period, sentence: str, when: str | None, settings: Settings) -> bool:
    """The sentence says the meeting of the month of `p` did not take place ("the planned meeting for March was
    cancelled due to bad weather"): it names a meeting, a word saying it was not held and the month, and, if it
    names a year, `p`'s; naming none, its paper (of `when`) is from the months around it (settings.
    meeting_set_ahead_days before, settings.minutes_approval_days after)."""
    if not (_NOT_HELD.search(sentence) and _MEETING.search(sentence)):
        return False
    month = int(p.date_from[5:7])
    if not any(dates.MONTHS[m.group(1).lower()] == month for m in _MONTH_WORD.finditer(sentence)):
        return False
    years = dates.years_in(sentence)
    if years:
        return int(p.date_from[:4]) in years
    first = (date.fromisoformat(p.date_from) - timedelta(days=settings.meeting_set_ahead_days)).isoformat()
    last = (date.fromisoformat(p.date_to) + timedelta(days=settings.minutes_approval_days)).isoformat()
    return when is not None and first <= when <= last


def wants_one_period(plan: QueryPlan) -> bool:
    return plan.period is not None and plan.period.kind != "range" and not COMPARISON.search(plan.standalone)


def _overlaps(a_from: str, a_to: str, b_from: str, b_to: str) -> bool:
    return a_from <= b_to and b_from <= a_to


def off_period(plan: QueryPlan, sentence: str, chunk: Chunk, settings: Settings, heading: str | None = None) -> str | None:
    """The sentence's own period, as printed, when it is not the question's; else None.

    A sentence that names a quarter, month or year outside the question's period is off it; so is
    a passage from a meeting that cannot speak of it (a meeting the question names, by its date;
    a quarter, by the months after it when it is reported); and a sentence that names no period,
    from papers outside the window in which papers speak of the period (retrieval.plan.window):
    a figure printed without its period is of its paper's time. Asked what was set for a financial
    year, a sentence under a heading naming it ("Precept 2019/20") is of it, whatever other year it
    mentions ("looking at the 2018/19 figures … resolved to maintain the Precept at £5000")."""
    if not wants_one_period(plan):
        return None
    p = plan.period
    spans = [s for s in dates.find_spans(sentence) if s.kind in FIGURE_PERIODS and not _baseline(sentence, s.start)]
    if plan.intent == "who" and p.kind == "financial_year":
        # "who was elected Chair for 2023/24": a term of office printed as its year ("be elected Chair of the
        # Authority for 2018/19") is another year's holder, and so is the passage's sentence that names none
        # ("duly elected as the Chair for the ensuing municipal year") where the passage prints only other
        # years; other dates in a who-answer are not its period
        for text in (sentence, chunk.text):
            terms_ = [(text[s.start:s.end], s) for s in dates.find_spans(text) if s.kind == "financial_year"]
            if terms_:
                if any(_overlaps(s.date_from, s.date_to, p.date_from, p.date_to) for _, s in terms_):
                    break
                return ", ".join(dict.fromkeys(t for t, _ in terms_))
    if spans and plan.decision and p.kind in ("day", "month") and ABOUT_A_MEETING.search(plan.standalone):
        # asked what a meeting decided in a month ("how much did the council agree to vire in July 2023"), its
        # date is the meeting's: a year the decision speaks of ("from carried over funds 2022-23") is its money's
        spans = []
    if spans and plan.intent not in ("when", "who", "vote"):
        lo, hi = min(s.date_from for s in spans), max(s.date_to for s in spans)
        # a reason may say where it leads ("the underspend is slippage on the Gateway; the spend will move
        # into 2025/26"): asked why, a sentence is off the period only when all it names came before it
        later = plan.intent == "why" and lo > p.date_to
        headed = heading is not None and p.kind == "financial_year" and bool(SET_FOR.search(plan.standalone)) \
            and any(h.kind in FIGURE_PERIODS and (h.date_from, h.date_to) == (p.date_from, p.date_to)
                    for h in dates.find_spans(heading))
        if not _overlaps(lo, hi, p.date_from, p.date_to) and not later and not headed:
            return ", ".join(sentence[s.start:s.end] for s in spans)
    when = chunk.meeting_date
    if when:
        if p.kind in ("day", "month") and ABOUT_A_MEETING.search(plan.standalone):
            last = p.date_to
            if NAMES_MINUTES_OF.search(plan.standalone):
                # "the minutes of 20 July": a meeting's minutes are approved, and amended, at a later one
                last = (date.fromisoformat(last) + timedelta(days=settings.minutes_approval_days)).isoformat()
            if not p.date_from <= when <= last and not tells_not_held(p, sentence, when, settings):
                # (a later paper saying the meeting asked about did not take place speaks of it)
                return f"meeting of {dates.human(when)}"
        elif p.kind in ("quarter", "part_year"):
            last = (date.fromisoformat(p.date_to) + timedelta(days=REPORT_LAG_DAYS)).isoformat()
            if p.kind == "quarter":
                reported = p.date_to < when <= last     # a quarter's figures are reported once it has ended
            else:
                reported = p.date_from <= when <= last
            if not reported:
                return f"papers of {dates.human(when)}"
        elif not spans and p.kind in ("year", "financial_year", "month"):
            meeting = bool(ABOUT_A_MEETING.search(plan.standalone))
            first, last = window(p, settings, meeting, office=asks_office_for_year(plan))
            if p.kind == "month" and not meeting:
                # a month is a moment, not a reporting period: a figure printed without its period ("The
                # Treasurer's Account stood at £694.99") is of its paper's month, and papers of a year later
                # do not speak of the month asked without naming it
                first = max(first, (date.fromisoformat(p.date_from) - timedelta(days=settings.month_lead_days)).isoformat())
                last = min(last, (date.fromisoformat(p.date_to) + timedelta(days=settings.month_lag_days)).isoformat())
            if p.kind == "financial_year" and SET_FOR.search(plan.standalone):
                # what was set for a financial year (a precept, a budget, a fee) is set before it starts:
                # papers of its last months setting one are setting the next year's
                last = min(last, (date.fromisoformat(p.date_from) + timedelta(days=SET_AFTER_START_DAYS)).isoformat())
            if not first <= when <= last:
                return f"papers of {dates.human(when)}"
    return None


def names_period(plan: QueryPlan, sentence: str, chunk: Chunk | None = None) -> bool:
    """The sentence names the period the question asks about ("712 plans were issued in 2023"), or
    is a table row with a cell under a heading naming it."""
    if plan.period is None or plan.period.kind not in FIGURE_PERIODS:
        return False
    p = plan.period
    if any(s.kind in FIGURE_PERIODS and _overlaps(s.date_from, s.date_to, p.date_from, p.date_to)
           for s in dates.find_spans(sentence)):
        return True
    return chunk is not None and period_cell(plan, chunk, sentence) is not None


def period_cell(plan: QueryPlan, chunk: Chunk, row: str) -> tuple[str, str] | None:
    """(heading, cell) of a table row's cell under the column of the period asked ("Dec 22": "693
    (58.2)" for December 2022). Of several columns inside the period the last is its figure (a
    count at the end of 2022/23 is March 23's); a column merely overlapping it counts when alone."""
    if plan.period is None or plan.period.kind not in FIGURE_PERIODS:
        return None
    if "\t" not in row:
        # a measure's caption over its one nameless row of figures: that row's cell is the caption's
        below = tables.figures_below(chunk.text, row)
        if below is None:
            return None
        row = below[1]
    p = plan.period
    inside, overlapping = [], []
    for heading, cell in tables.cells_under(chunk.text, row):
        named = dates.heading_period(heading)
        if named is None or not any(ch.isdigit() for ch in cell):
            continue
        if p.date_from <= named.date_from and named.date_to <= p.date_to:
            inside.append((named.date_to, heading, cell))
        elif _overlaps(named.date_from, named.date_to, p.date_from, p.date_to):
            overlapping.append((named.date_to, heading, cell))
    if inside:
        return max(inside)[1:]
    return overlapping[0][1:] if len(overlapping) == 1 else None


def compared_periods(question: str) -> list[dates.DateSpan]:
    """The periods a question compares, as printed ("How did the balance in October 2025 compare with October
    2024?": both months), when it compares two or more; else []. A single period with "since" or "than" is a
    trend from it, judged elsewhere."""
    if not COMPARISON.search(question):
        return []
    spans = [s for s in dates.find_spans(question) if s.kind in FIGURE_PERIODS]
    distinct = {(s.date_from, s.date_to) for s in spans}
    return spans if len(distinct) >= 2 else []


def period_held(span: dates.DateSpan, chunks: list[Chunk]) -> bool:
    """Some chunk speaks of the period: it names a period overlapping it (a day is an event, not a period's
    figure), or its meeting falls inside it."""
    for c in chunks:
        if c.meeting_date and span.date_from <= c.meeting_date <= span.date_to:
            return True
        if any(s.kind in FIGURE_PERIODS and _overlaps(s.date_from, s.date_to, span.date_from, span.date_to)
               for s in dates.find_spans(f"{c.header}\n{c.text}")):
            return True
    return False
