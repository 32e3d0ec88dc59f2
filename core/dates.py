"""The one date reader: dates printed in papers ("12 March 2019", "14<sup>th</sup> February 2023",
"Tuesday, 4th March, 2025", "THURSDAY, 9 JANUARY 2025", "04th-Mar-2025") and the periods questions
name (days, months, quarters, financial years, years, "last year"), with how dates are printed back. Pure functions."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_MONTH_NAMES = [
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"),
]
MONTHS = {name: i + 1 for i, names in enumerate(_MONTH_NAMES) for name in names}
MONTH_NAME = "(?:" + "|".join(names[0] for names in _MONTH_NAMES) + ")"      # a month's full name
# a sentence that names a time: a month, a season or a year ("when" is answered by one of these; a
# council "had existed since 1889")
NAMES_A_TIME = re.compile(rf"\b(?:{MONTH_NAME}|spring|summer|autumn|winter|(?:1[89]|20)\d\d)\b", re.I)
# a word that runs a period on from the date it follows to now: "from November 2012 onwards", "2019 and thereafter"
RUNS_ON = re.compile(r"(?<=\w)\s+(?:and\s+)?(onwards?|thereafter|henceforth)\b", re.I)
# a time given from now: "within six weeks", "next spring", "shortly"
TIME_FROM_NOW = re.compile(r"\b(?:within|in|after|over)\s+(?:the\s+)?(?:next\s+)?(?:\d+|a|an|one|two|three|four|five|six|"
                           r"eight|ten|twelve|few|several|coming)\s+(?:days?|weeks?|months?|years?)\b"
                           r"|\b(?:next|this|coming|later this)\s+(?:week|month|year|spring|summer|autumn|winter)\b"
                           r"|\b(?:shortly|soon|imminently|underway|under way)\b", re.I)
# any month name, full or short, longest first (one capturing group)
_MONTH = "(" + "|".join(sorted(MONTHS, key=lambda name: (-len(name), MONTHS[name]))) + ")"
_ORD = r"(?:\s*(?:<sup>)?\s*(?:st|nd|rd|th)\s*(?:</sup>)?)?"
# (the year run into the month, as text extraction prints "19 FEBRUARY2020")
DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}}){_ORD}[\s\-]+{_MONTH}(?:\b\.?,?[\s\-]+|(?=(?:19|20)\d\d\b))((?:19|20)\d\d)\b", re.IGNORECASE)
MONTH_YEAR = re.compile(rf"\b{_MONTH}\b\.?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+"
_WHEN_WORDS = frozenset([names[0] for names in _MONTH_NAMES] + ["spring", "summer", "autumn", "winter"])
# a weekday in full or cut short, as headings and questions print it ("Tues", "WEDS", "Thurs")
WEEKDAY_SHORT = r"(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
_DATE_WORD = re.compile(rf"\d+(?:st|nd|rd|th)?|{WEEKDAY_SHORT}", re.I)
# a clock time as a word of the text: "10.00", "7pm", "19:00", "am"
_CLOCK_WORD = re.compile(r"\d{1,2}(?:[.:]\d\d)?(?:[ap]m)?|[ap]\.?m\.?", re.I)


def is_date_word(word: str) -> bool:
    """A word that only says when: a month named in full, a season, a weekday ("tues"), a day or
    year number ("26th", "2021"). Not "mar" or "dec": as words they are as often something else."""
    w = word.lower()
    return w in _WHEN_WORDS or bool(_DATE_WORD.fullmatch(w))


# a clock time in a text: "7.15pm", "19:30", "10 a.m.", "midday", "at 1900" (not a sum, a decimal or a percentage)
CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[.:]\d\d)?\s?[ap]\.?m\b|(?<![£$€\d.,])\b(?:[01]?\d|2[0-3])[.:][0-5]\d\b(?![.,]?\d|\s*%)"
                        r"|\b(?:noon|midday|midnight|o['’]?clock)\b|\bat\s+[012]\d[0-5]\d\b", re.I)


def is_clock_word(word: str) -> bool:
    """A word that only says the time of day: "10.00", "7pm", "19:00", "am", "p.m."."""
    return bool(_CLOCK_WORD.fullmatch(word))

# A line that is nothing but a date (optionally a weekday, markup, "Date:", a time), e.g. a report's
# date line, "Tuesday 13th March 2018", "12 September 2024 at 5.00 pm", "3  rd   September 2019"
# (a superscript ordinal that text extraction split off).
DATE_LINE = re.compile(
    rf"^\W*(?:date:\s*)?(?:{WEEKDAY})?\d{{1,2}}{_ORD}\s+{_MONTH},?\s+(?:19|20)\d\d"
    rf"(?:\s*(?:at|@|,)?\s*\d{{1,2}}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?)?\W*$", re.IGNORECASE)


def _make(day: int, month: int, year: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# a date in eight figures, never part of a longer run: year first ("20230925", a site's export named by its
# meeting) or day first as in the UK ("21092021", the end of a meeting's web address)
_EIGHT_YEAR_FIRST = re.compile(r"(?<![\d.])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
_EIGHT_DAY_FIRST = re.compile(r"(?<![\d.])(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])((?:19|20)\d\d)(?!\d)")


def eight_figure_date(text: str, day_first: bool = False) -> str | None:
    """The first date `text` prints in eight figures, year first or (`day_first`) day first; None when there is
    none or it is no day ("20230231")."""
    if day_first:
        m = _EIGHT_DAY_FIRST.search(text)
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    m = _EIGHT_YEAR_FIRST.search(text)
    return _make(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None


def find_dates(text: str) -> list[tuple[int, str]]:
    """Every full date in `text` as (character offset, ISO date), in order."""
    found = []
    for m in DAY_MONTH_YEAR.finditer(text):
        iso = _make(int(m.group(1)), MONTHS[m.group(2).lower()], int(m.group(3)))
        if iso:
            found.append((m.start(), iso))
    for m in ISO.finditer(text):
        iso = _make(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if iso:
            found.append((m.start(), iso))
    return sorted(found)


def first_date(text: str) -> str | None:
    dates = find_dates(text)
    return dates[0][1] if dates else None


def is_date_line(line: str) -> bool:
    return bool(DATE_LINE.match(line.strip().replace("*", "")))


def human(iso: str | None) -> str | None:
    """'2019-03-12' -> '12 March 2019'."""
    if not iso:
        return None
    try:
        d = date.fromisoformat(iso[:10])
    except ValueError:
        return iso              # not a date we wrote: shown as it is
    return f"{d.day} {d.strftime('%B')} {d.year}"


# ---------------------------------------------------------------- periods named in questions
# A question names a day ("8th of November 2022", "4th-Mar-2025", "2022-11-08", "8/11/2022"),
# a month ("November 2022"), a quarter ("Q1 2024/25": financial quarters, April first), a
# financial year ("2024/25", April to March), a part of a year ("the end of 2022": its last
# quarter; "early 2023": its first), a year ("2022"), or a year relative to the newest papers
# ("last year", "this year"). Each found span says the range of days it means.

@dataclass(frozen=True)
class DateSpan:
    """Where a question names a period, and the days it covers (ISO, inclusive)."""

    start: int
    end: int
    date_from: str
    date_to: str
    kind: str      # "day" | "month" | "quarter" | "part_year" | "financial_year" | "year" | "relative_year"


_Q_YEAR = r"((?:19|20)\d\d)"
_Q_DAY = r"(\d{1,2})" + _ORD
# a financial year, its second year in two digits ("2024/25", "2024-25") or, after a slash, in four ("2024/2025")
_Q_FY = rf"{_Q_YEAR}\s*(?:/\s*(?:19|20)|[/-]\s*)(\d\d)(?!\d)"
_QUESTION_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", ISO),
    ("dmy", re.compile(rf"\b{_Q_DAY}[\s\-]+(?:of\s+)?{_MONTH}\b\.?,?[\s\-]+{_Q_YEAR}\b", re.I)),
    ("mdy", re.compile(rf"\b{_MONTH}\b\.?\s+{_Q_DAY},?\s+{_Q_YEAR}\b", re.I)),
    ("slash", re.compile(rf"\b(\d{{1,2}})/(\d{{1,2}})/{_Q_YEAR}\b")),
    ("quarter", re.compile(r"\b(?:quarter|q)\s*([1-4])(?:\s+(?:of\s+)?|\s*)(?:(?:19|20)\d\d\s*[/-]\s*\d\d(?!\d)|(?:19|20)\d\d)", re.I)),
    ("months", re.compile(rf"\b{_MONTH}\b\.?\s*(?:to|-|–|—|until)\s*{_MONTH}\b\.?,?\s+{_Q_YEAR}\b", re.I)),
    ("my", re.compile(rf"\b{_MONTH}\b\.?,?\s+{_Q_YEAR}\b", re.I)),
    ("part", re.compile(rf"\b(end|close|start|beginning|early|late|mid)(?:\s+of)?[\s-]+(?:the\s+)?"
                        rf"(?:(?:financial|calendar)\s+year\s+)?(?:{_Q_FY}|{_Q_YEAR}\b)", re.I)),
    ("fy", re.compile(rf"\b{_Q_FY}")),
    ("relative", re.compile(r"\b(last|this|previous|current)\s+year\b", re.I)),
    ("y", re.compile(rf"\b{_Q_YEAR}\b")),
]
_FY_IN = re.compile(_Q_FY)


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


# a part of a year, as months from its first: "the end of 2022" is October to December
_PARTS = {"end": (9, 12), "close": (9, 12), "late": (9, 12), "start": (0, 3), "beginning": (0, 3),
          "early": (0, 3), "mid": (3, 9)}


def _part_of(part: str, groups: tuple) -> tuple[str, str, str] | None:
    fy_year, fy_end, year = groups
    if fy_year:
        if int(fy_end) != (int(fy_year) + 1) % 100:
            return None
        first_month = 4                       # a financial year starts in April
        y0 = int(fy_year)
    else:
        first_month, y0 = 1, int(year)
    lo, hi = _PARTS[part]
    a, b = first_month - 1 + lo, first_month - 1 + hi - 1       # months counted from January of y0, 0-based
    ya, ma = y0 + a // 12, a % 12 + 1
    yb, mb = y0 + b // 12, b % 12 + 1
    return f"{ya:04d}-{ma:02d}-01", f"{yb:04d}-{mb:02d}-{_last_day(yb, mb):02d}", "part_year"


def _span_range(kind: str, m: re.Match, newest: str | None) -> tuple[str, str, str] | None:
    g = m.groups()
    try:
        if kind == "iso":
            y, mo, d = int(g[0]), int(g[1]), int(g[2])
        elif kind == "dmy":
            d, mo, y = int(g[0]), MONTHS[g[1].lower()], int(g[2])
        elif kind == "mdy":
            mo, d, y = MONTHS[g[0].lower()], int(g[1]), int(g[2])
        elif kind == "slash":
            d, mo, y = int(g[0]), int(g[1]), int(g[2])
        elif kind == "my":
            mo, y = MONTHS[g[0].lower()], int(g[1])
            return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{_last_day(y, mo):02d}", "month"
        elif kind == "quarter":
            q = int(g[0])
            text = m.group(0)
            fy = _FY_IN.search(text)
            if fy:
                start_year = int(fy.group(1))
                first_month = 4 + 3 * (q - 1)           # financial quarters: Q1 is April to June
            else:
                start_year = int(re.search(r"(?:19|20)\d\d", text).group(0))
                first_month = 1 + 3 * (q - 1)
            y = start_year + (first_month - 1) // 12
            first_month = (first_month - 1) % 12 + 1
            last_month = first_month + 2
            return (f"{y:04d}-{first_month:02d}-01",
                    f"{y:04d}-{last_month:02d}-{_last_day(y, last_month):02d}", "quarter")
        elif kind == "months":
            a, b, y = MONTHS[g[0].lower()], MONTHS[g[1].lower()], int(g[2])
            ya = y if a <= b else y - 1                 # "November to February 2025" starts in 2024
            return f"{ya:04d}-{a:02d}-01", f"{y:04d}-{b:02d}-{_last_day(y, b):02d}", "part_year"
        elif kind == "part":
            return _part_of(g[0].lower(), g[1:])
        elif kind == "fy":
            y = int(g[0])
            if int(g[1]) != (y + 1) % 100:
                return None
            return f"{y:04d}-04-01", f"{y + 1:04d}-03-31", "financial_year"
        elif kind == "relative":
            if not newest:
                return None
            y = int(newest[:4]) - (1 if g[0].lower() in ("last", "previous") else 0)
            return f"{y:04d}-01-01", f"{y:04d}-12-31", "relative_year"
        else:
            y = int(g[0])
            return f"{y:04d}-01-01", f"{y:04d}-12-31", "year"
        if not 1 <= mo <= 12 or not 1 <= d <= _last_day(y, mo):
            return None
    except (ValueError, KeyError):
        return None
    iso = f"{y:04d}-{mo:02d}-{d:02d}"
    return iso, iso, "day"


def find_spans(text: str, newest: str | None = None) -> list[DateSpan]:
    """Every period `text` names, in order; `newest` (the newest meeting in the index) anchors
    "last year" and "this year". Longer, more precise forms win over the parts inside them."""
    spans: list[DateSpan] = []
    for kind, pattern in _QUESTION_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < s.end and s.start < m.end() for s in spans):
                continue
            found = _span_range(kind, m, newest)
            if found:
                spans.append(DateSpan(m.start(), m.end(), *found))
    return sorted(spans, key=lambda s: s.start)


# a meeting named by its month alone ("the March meeting", "the May meeting of the parish council", "March's
# minutes", "the meeting held in March", "the September Cabinet meeting"); a year after the month names a
# period of its own ("the March 2024 meeting")
_MEETING_OF_MONTH = re.compile(
    rf"\b(?:the|its|their|our|this|that|last)\s+(?P<a>{MONTH_NAME})(?:['’]s)?\s+(?:[a-z&-]+\s+){{0,4}}?"
    rf"(?:meeting|minutes|agm)\b|\b(?P<b>{MONTH_NAME})['’]s\s+(?:meeting|minutes)\b"
    rf"|\b(?:meeting|minutes|agm)\s+(?:(?:that\s+was\s+|which\s+was\s+)?held\s+)?in\s+(?P<c>{MONTH_NAME})\b(?!\s*,?\s*(?:19|20)\d\d)",
    re.I)


def meeting_month(text: str) -> int | None:
    """The month (1-12) of a meeting `text` names by its month alone, with no year ("what was agreed at
    the March meeting?"), else None."""
    m = _MEETING_OF_MONTH.search(text)
    if not m:
        return None
    return MONTHS[(m.group("a") or m.group("b") or m.group("c")).lower()]


@dataclass(frozen=True)
class Period:
    """The whole span of time a question names."""

    date_from: str
    date_to: str
    kind: str       # the kind of its one span, or "range" when it names several

    def label(self) -> str:
        """How an answer names it: "12 March 2019", "March 2019", "2022", "2024/25", or for a
        quarter or a part of a year "April to June 2024"."""
        if self.kind == "day":
            return human(self.date_from)
        if self.kind == "month":
            return human(self.date_from).split(" ", 1)[1]
        if self.kind in ("year", "relative_year"):
            return self.date_from[:4]
        if self.kind == "financial_year":
            return f"{self.date_from[:4]}/{self.date_to[2:4]}"
        if self.kind in ("part_year", "quarter"):
            first, last = human(self.date_from).split(" ", 1)[1], human(self.date_to).split(" ", 1)[1]
            if first[-4:] == last[-4:]:
                first = first[:-5]
            return f"{first} to {last}"
        return f"{human(self.date_from)} to {human(self.date_to)}"

    def on_or_in(self) -> str:
        """'on 12 March 2019' / 'in March 2019' / 'in 2022'."""
        return ("on " if self.kind == "day" else "in ") + self.label()


def period(text: str, newest: str | None = None) -> Period | None:
    """The span of time all the periods in `text` cover together, or None."""
    spans = find_spans(text, newest)
    if not spans:
        return None
    # one period named twice ("Quarter 4 2024/25, January to March 2025") is one period
    one = len({(s.date_from, s.date_to) for s in spans}) == 1
    kind = spans[0].kind if one else "range"
    return Period(min(s.date_from for s in spans), max(s.date_to for s in spans), kind)


def full_year(year: int) -> int:
    """A year printed with two digits ("Dec 22", "14.03.24") in full: 70 to 99 are the 1900s."""
    if year >= 100:
        return year
    return year + (1900 if year >= 70 else 2000)


# a table's column heading names a period shortly: "Dec 22", "Sept-22", "Mar '23", "22/23", "2022-23"
_HEADING_MONTH = re.compile(rf"^{_MONTH}\.?[\s'’-]*(\d\d|(?:19|20)\d\d)$", re.I)
_HEADING_FY = re.compile(r"^(?:FY\s*)?(\d\d)\s*[/-]\s*(\d\d)$", re.I)


def heading_period(heading: str) -> Period | None:
    """The period a table's column heading names ("Dec 22" is December 2022), or None."""
    text = " ".join(heading.split())
    m = _HEADING_MONTH.match(text)
    if m:
        mo, y = MONTHS[m.group(1).lower()], full_year(int(m.group(2)))
        return Period(f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{_last_day(y, mo):02d}", "month")
    m = _HEADING_FY.match(text)
    if m and int(m.group(2)) == (int(m.group(1)) + 1) % 100:
        y = 2000 + int(m.group(1))
        return Period(f"{y:04d}-04-01", f"{y + 1:04d}-03-31", "financial_year")
    spans = find_spans(text)
    # one period named ("Target for 2024/25" still counts), not a label naming two
    return Period(spans[0].date_from, spans[0].date_to, spans[0].kind) if len(spans) == 1 else None


def short(iso: str | None) -> str | None:
    """'2024-09-17' -> '17 Sep 2024'."""
    if not iso:
        return None
    try:
        d = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{d.day} {d.strftime('%b')} {d.year}"


# ---------------------------------------------------------------- dates printed in figures
# A heading or a cover sheet may print its meeting's date in figures, day first as in the UK:
# "14/03/2024", "14.03.24", "14-03-2024". Read only where a date is expected (after "held on", in
# a "Date of meeting:" field): in running text "19.01.13" is as often a minute's number.
NUMERIC_DATE = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d|\d\d)(?!\d|[./-]\d)")


def find_numeric_dates(text: str) -> list[tuple[int, str]]:
    """Every day-first date printed in figures in `text` as (character offset, ISO date)."""
    found = []
    for m in NUMERIC_DATE.finditer(text):
        iso = _make(int(m.group(1)), int(m.group(3)), full_year(int(m.group(4))))
        if iso:
            found.append((m.start(), iso))
    return found


# ---------------------------------------------------------------- a heading's year printed elsewhere
# A heading may print the weekday, day and month and leave the year out ("held on Tuesday 7th April at
# 7.00pm"); the paper names its year elsewhere (the last meeting's minutes approved, a planning date).
# The weekday decides which of those years it is: 7 April was a Tuesday in 2020 and in no year around it.
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NO_YEAR = re.compile(
    rf"\b(?P<weekday>{'|'.join(_WEEKDAYS)}),?\s+(?:the\s+)?(?P<day>\d{{1,2}}){_ORD}\s+(?P<month>{_MONTH[1:-1]})\b\.?"
    rf"(?!,?\s*(?:(?:19|20)\d\d|'\d\d)\b)", re.I)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def years_in(text: str) -> set[int]:
    """The years a text prints in figures ("2020", "2019/20"): the ones a year-less date may be in."""
    return {int(y) for y in YEAR.findall(text)}


def lacks_year(text: str) -> bool:
    """`text` prints a weekday, day and month with no year after them ("Tuesday 7th April at 7pm")."""
    return bool(_NO_YEAR.search(text))


def with_year(text: str, years: set[int]) -> str:
    """`text` with a year put after each weekday-day-month date that prints none ("Tuesday 7th April"
    -> "Tuesday 7th April 2020"), where exactly one of `years` or the year after one of them has that
    day on that weekday; left as printed when none or more than one does."""
    if not years:
        return text

    def fill(m: re.Match) -> str:
        day, month = int(m.group("day")), MONTHS[m.group("month").lower()]
        weekday = _WEEKDAYS.index(m.group("weekday").lower())
        fits = {y for y in years | {y + 1 for y in years}
                if _make(day, month, y) and date(y, month, day).weekday() == weekday}
        return f"{m.group(0)} {fits.pop()}" if len(fits) == 1 else m.group(0)

    return _NO_YEAR.sub(fill, text)
