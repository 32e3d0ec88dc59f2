"""Finding dates in committee-paper text: "12 March 2019", "14<sup>th</sup> February 2023",
"Tuesday, 4th March, 2025", "THURSDAY, 9 JANUARY 2025", "04th-Mar-2025". Pure functions."""
from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: i + 1
    for i, names in enumerate([
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
        ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
        ("october", "oct"), ("november", "nov"), ("december", "dec"),
    ])
    for name in names
}
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
_ORD = r"(?:\s*(?:<sup>)?\s*(?:st|nd|rd|th)\s*(?:</sup>)?)?"
DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}}){_ORD}[\s\-]+{_MONTH}\b\.?,?[\s\-]+((?:19|20)\d\d)\b", re.IGNORECASE)
MONTH_YEAR = re.compile(rf"\b{_MONTH}\b\.?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+"
# A line that is nothing but a date (optionally a weekday, markup, "Date:"), e.g. a report's date line.
DATE_LINE = re.compile(
    rf"^\W*(?:date:\s*)?(?:{WEEKDAY})?\d{{1,2}}{_ORD}\s+{_MONTH},?\s+(?:19|20)\d\d\W*$", re.IGNORECASE)


def _make(day: int, month: int, year: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


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
    d = date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%B')} {d.year}"
