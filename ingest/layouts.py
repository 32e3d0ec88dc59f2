"""The recogniser table: every part of structure-finding that depends on how a council prints
its papers (meeting headings, report cover sheets, item numbers, decisions, votes, the approval
of previous minutes, the council's own masthead), each as a small named object with what it
recognises, an example as printed, how to read it and how sure a match makes us.

structure.py and the modules it assembles from (mastheads, covers, items, decisions, blocks) ask
this table; it holds no house style of its own. A recogniser only reads the text it is given (a
line, a paragraph, or a document's opening lines joined by spaces) and returns the fields it
found, or None. It never guesses: what no recogniser finds stays null.
Some rows are read on a whole file's opening rather than at a paragraph's start: a committee system's issue
page's meeting line (ISSUE_MEETING), a meeting page titled "Agenda and minutes" (RECORD_PAGE), a minutes heading
inside a line's text (BURIED_MINUTES: it says where the heading rows should read). Item numbers are read here
only: the answerer reads an item's title through `item_title`, never with patterns of its own.
To support a new layout, add a row here and a test on a realistic page in tests/ingest/.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from core import dates, votes
from core.names import canonical_council, title_case

Fields = dict[str, str]


@dataclass(frozen=True)
class Recogniser:
    """One way a council prints one thing."""

    name: str                   # recorded in Document.found_by / Block.found_by
    kind: str                   # heading | cover | item | decision | vote | action | previous_minutes | sign_off | council |
                                # furniture | table
    recognises: str             # one line: what it recognises
    example: str                # as printed on a real page
    confidence: float           # how sure a match makes the parser (0..1)
    read: Callable[[str], Fields | None]

    def __call__(self, text: str) -> Fields | None:
        return self.read(text)


def _regex(pattern: str, flags: int = re.I) -> Callable[[str], Fields | None]:
    compiled = re.compile(pattern, flags)

    def read(text: str) -> Fields | None:
        m = compiled.search(text)
        if not m:
            return None
        return {k: v.strip() for k, v in m.groupdict().items() if v and v.strip()}

    read.pattern = compiled  # type: ignore[attr-defined]
    return read


# ---------------------------------------------------------------- shared pieces

_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = dates._MONTH
_DMY = rf"\d{{1,2}}\s*(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?:19|20)\d\d"
_DATE_AHEAD = rf"(?:(?:on\s+)?(?:the\s+)?{_WEEKDAY},?\s+)?(?:the\s+)?{_DMY}"
_FIGURES = r"(?:(?:on\s+)?\d{1,2}(?P<sep>[./])\d{1,2}(?P=sep)(?:19|20)?\d\d\b)"     # "14/03/2024", "14.03.24"
# the words that make a line name a meeting body
BODY_WORDS = re.compile(r"\b(committee|cabinet|council|board|panel|sub-committee|subcommittee|forum|"
                        r"authority|assembly|meeting|executive|commission|partnership|trust)\b", re.I)
_MEETING_KIND = (r"(?:(?:annual(?:\s+general)?|extra(?:-|\s+)?ordinary|special|ordinary|additional|reconvened|joint|monthly|"
                 r"general|full|statutory)\s+)?")
_AGM = re.compile(r"\b(a\.?\s?g\.?\s?m\.?|annual\s+(?:general\s+|parish\s+|town\s+)?meeting)\b", re.I)


def _date_after(text: str, start: int = 0) -> str | None:
    found = heading_dates(text[start:])
    return found[0][1] if found else None


def heading_dates(text: str) -> list[tuple[int, str]]:
    """The dates in a heading or a cover field, in order: in words ("14 March 2024", and month first
    with the day's ordinal, "Tuesday March 2nd 2010") or, where a meeting's date is expected, in
    figures ("14/03/2024", "14.03.24")."""
    return sorted(dates.find_dates(text) + dates.find_numeric_dates(text) + _month_first_dates(text))


# "MARCH 2ND 2010", "Tuesday March 5th, 2013", "August 9, 2018", "February the 6th 2018": the month first, the
# day with its ordinal or a comma after it (without either, "May 15 2019" may be a list's figures); read only
# where a meeting's heading is expected
_MONTH_FIRST = re.compile(rf"\b(?P<month>{_MONTH})\s+(?:the\s+)?(?P<day>\d{{1,2}})(?:(?:st|nd|rd|th)\b,?|,)\s+(?P<year>(?:19|20)\d\d)\b", re.I)


def _month_first_dates(text: str) -> list[tuple[int, str]]:
    found = []
    for m in _MONTH_FIRST.finditer(text):
        month = dates.MONTHS.get(m.group("month").lower())
        iso = dates._make(int(m.group("day")), month, int(m.group("year"))) if month else None
        if iso:
            found.append((m.start(), iso))
    return found


def heading_date(text: str) -> str | None:
    found = heading_dates(text)
    return found[0][1] if found else None


# ---------------------------------------------------------------- meeting headings
# Read on a document's opening lines joined by single spaces (markup removed). Each returns at
# least the fields it is sure of: committee, meeting_date, doc_type, and "committee_before" when
# the committee is printed on the line above the heading.

# "Minutes of the July meeting of ...": the month the meeting fell in, named where its kind would be
_MONTH_MEETING = r"(?:(?:" + _MONTH[1:-1] + r")\s+)?"      # (no group of its own: group 1 is the body)


def _minutes_of_meeting_of(text: str) -> Fields | None:
    # "Minutes for a meeting of ..." as well as "Minutes of"
    m = re.match(rf"^minutes?\s+(?:of|for)\s+(?:the\s+|an?\s+)?{_MEETING_KIND}{_MONTH_MEETING}(?:meeting|proceedings|a\.?g\.?m\.?)\s+of\s+(?:the\s+)?"
                 r"(.+?)\s+held\b", text, re.I)
    if m and re.search(r"\bminutes\b", m.group(1), re.I):
        m = None    # a second heading read on: "Minutes of the July meeting of X" over "MINUTES OF X MEETING HELD ..."
    if not m or len(m.group(1).split()) > 16:
        # a Scottish minute names the body and goes straight on to the place and date, no "held":
        # "MINUTE OF MEETING OF STRATHCAIRN COUNCIL" / "Council Chambers, ..., 27/06/2024 at 10.30 am"
        # ... and a web page's "Minutes for a meeting of the Council on Tuesday 20th July 2021": the council's own
        # meeting, its body "Council" (its name is the masthead's, or the folder's)
        m = re.match(rf"^minutes?\s+(?:of|for)\s+(?:the\s+|an?\s+)?{_MEETING_KIND}{_MONTH_MEETING}meeting\s+of\s+(?:the\s+)?"
                     rf"((?:[^\d,]{{3,90}}?\b)?(?:council|committee|sub-committee|board|panel|cabinet|authority))\b(?!\s+of\b)",
                     text, re.I)
        if not m or len(m.group(1).split()) > 12 or not _date_after(text[m.end():m.end() + 120]):
            return None
    when = _date_after(text, m.end())
    if not when:
        return None
    # "of the above Council", "of the said Committee": the body is named above (a letterhead), not here
    named = {"committee_before": "yes"} if _BACK_REFERENCE.match(m.group(1)) else {"committee": m.group(1)}
    out = {**named, "meeting_date": when, "doc_type": "minutes"}
    if _AGM.search(m.group(0)):
        out["meeting_kind"] = "annual"
    return out


_BACK_REFERENCE = re.compile(r"(?:above|above-?named|said|aforementioned|aforesaid)\s+\w+$", re.I)


def _minutes_of_body_meeting(text: str) -> Fields | None:
    """'(Draft) Minutes of <body> Meeting held at <place> [at <time>] on <date>' or '... <body> Meeting –
    <date>': the body named before 'Meeting' (no 'meeting of'), the place and the time between 'held'
    and the date."""
    m = re.match(r"^(?:(?:draft|unconfirmed|approved|confirmed|signed)\s+)?minutes?\s+of\s+(?:the\s+|an?\s+)?"
                 r"(?:(?:virtual|remote|online|hybrid)\s+)?(?!(?:previous|last|next)\b)"
                 r"(?P<body>[^\d,.;:()]{3,90}?\b(?:council|committee|sub-committee|board|panel|authority))\s+"
                 r"(?:(?:(?P<kind>(?:(?:annual|ordinary|monthly|extraordinary|special|general)\s+)*)meeting\s+)?held\b"
                 # or no "held", the date straight after a dash: "Draft Minutes of Bute Community Council Meeting – 19 February 2020"
                 rf"|meeting\s*[-–—,:]\s*(?={_DATE_AHEAD}))", text, re.I)
    if not m or len(m.group("body").split()) > 12 or re.search(r"\b(?:minutes|meeting)\b", m.group("body"), re.I):
        return None
    when = _date_after(text[:m.end() + 140], m.end())
    if not when:
        return None
    body = m.group("body")
    # "Fenwick Annual Parish Council Meeting": the annual meeting of the parish council
    kind = re.search(rf"\b((?:{_KIND_WORD}\s+)+)(?=(?:parish|town|community|village)\s+council$)", body, re.I)
    if kind:
        body = body[:kind.start()] + body[kind.end():]
    out = {"committee": body.strip(), "meeting_date": when, "doc_type": "minutes"}
    if _AGM.search(m.group(0)) or kind and "annual" in kind.group(1).lower() or "annual" in (m.group("kind") or "").lower():
        out["meeting_kind"] = "annual"
    return out


def _council_then_heading(text: str) -> Fields | None:
    """The council's name and the meeting's heading run on one line: 'FENWICK PARISH COUNCIL
    Minutes of the Ordinary Meeting held on Wednesday 3 April 2019', 'X Parish Council – Ordinary
    Meeting Tuesday 2nd April 2019, 7.30pm ...'. The council met. Read on the first line alone."""
    text = text.split("\n")[0].strip()
    found = _council_masthead(text)
    if not found:
        return None
    words_ = found["council"].split()
    m = re.match(r"^(?:the\s+)?" + r"\s+".join(re.escape(w) for w in words_) + r"\b", text, re.I)
    if not m:
        return None
    rest = text[m.end():].strip(" -–—:,|")
    if not rest:
        return None
    heading = _minutes_of_meeting_held(rest) or _meeting_held_on(rest)
    if heading is None:
        kind = re.match(rf"^(?P<kind>{_MEETING_KIND}meeting)\s*[-–—|,:]*\s*(?P<when>{_DATE_AHEAD})\b", rest, re.I)
        heading = {"meeting_date": dates.first_date(kind.group("when"))} if kind else None
        if kind and _AGM.search(kind.group("kind")):
            heading["meeting_kind"] = "annual"
    if not heading or not heading.get("meeting_date"):
        return None
    out = {k: v for k, v in heading.items() if k != "committee_before"}
    out["committee"] = found["council"]
    return out


# "MINUTES of MEETING – 15th April 2019 @ WHITE HORSE INN": the date straight after a dash, with no "held"
# a state printed before "Minutes": "DRAFT Minutes of the Ordinary Meeting held on ...", "APPROVED MINUTES of MEETING – ..."
_MINUTES_STATE = r"(?:(?:draft|unconfirmed|approved|confirmed)\s+)?"
_MINUTES_DASH_DATE = re.compile(rf"^{_MINUTES_STATE}minutes?\s+of\s+(?:the\s+|an?\s+)?"
                                rf"{_MEETING_KIND}meeting\s*[-–—:]\s*", re.I)


def _minutes_of_meeting_held(text: str) -> Fields | None:
    # a licensing sub-committee's "Minutes of the hearing held on ..." too
    m = re.match(rf"^{_MINUTES_STATE}minutes?\s+of\s+(?:the\s+|an?\s+)?{_MEETING_KIND}(?:meeting|hearing)\s+(?:held\s+)?(?:on|at|in)\b",
                 text, re.I)
    if not m:
        m = _MINUTES_DASH_DATE.match(text)
        found = heading_dates(text[m.end():m.end() + 40]) if m else []
        if not found or found[0][0] > 0:
            return None
    when = _date_after(text[:m.end() + 80], m.start())
    if not when:
        return None
    out = {"meeting_date": when, "doc_type": "minutes", "committee_before": "yes"}
    if _AGM.search(m.group(0)):
        out["meeting_kind"] = "annual"
    return out


def _meeting_held_on(text: str) -> Fields | None:
    """'Meeting held on <date>' under the body's name, or 'Meeting of <body> held on <date>', with no
    'Minutes of the' before it (the word 'Minutes' is printed on a line of its own, above the
    masthead, or not at all)."""
    # "Meeting of the Fire and Rescue Authority held on ...": the body named between (a record of
    # decisions' heading, under its title)
    m = re.match(rf"^(?:the\s+)?{_MEETING_KIND}meeting\s+(?:of\s+(?:the\s+)?(?P<body>[^,.;:]{{3,90}}?)\s+)?"
                 r"held\s+(?:on|at|in)\b", text, re.I)
    if not m or m.group("body") and (len(m.group("body").split()) > 12 or not BODY_WORDS.search(m.group("body"))):
        return None
    when = _date_after(text[:m.end() + 80], m.start())
    if not when:
        return None
    out = {"meeting_date": when, **({"committee": m.group("body")} if m.group("body") else {"committee_before": "yes"})}
    if _AGM.search(m.group(0)):
        out["meeting_kind"] = "annual"
    return out


def _body_held_its_meeting(text: str) -> Fields | None:
    """A web page's minutes that open with a sentence: '<body> held their meeting via Zoom at 7.30pm
    on the 14th October 2020', perhaps under the date alone on a line above."""
    m = re.match(rf"^(?:{_DATE_AHEAD}\s+)?(?:the\s+)?(?P<body>[^\d.;:]{{3,90}}?)\s+held\s+(?:its|their|a|an|the)\s+"
                 rf"{_MEETING_KIND}meeting\b", text, re.I)
    if not m or len(m.group("body").split()) > 12 or not BODY_WORDS.search(m.group("body")):
        return None
    when = _date_after(text[:m.end() + 120], m.end())
    if not when:
        return None
    out = {"committee": m.group("body"), "meeting_date": when, "doc_type": "minutes"}
    if _AGM.search(m.group(0)):
        out["meeting_kind"] = "annual"
    return out


def _minutes_of_body(text: str) -> Fields | None:
    m = re.match(rf"^minutes?\s+of\s+the\s+(?!(?:previous|last|meeting)\b)(.+?)[\s,–-]*(?={_DATE_AHEAD}|{_FIGURES})", text, re.I)
    if not m or len(m.group(1).split()) > 14 or not BODY_WORDS.search(m.group(1)) or re.search(r"\d", m.group(1)):
        return None
    # "... PLANNING COMMITTEE held within the Royal Hotel, Glen Clova on ...": what follows "held" is the place
    body = re.sub(r"(?:\s+held\b.*|\s+(?:on|at|in)\b.*)?$", "", m.group(1), flags=re.I)
    if not _MEETING_NAME.fullmatch(body):
        body = re.sub(r"(?:\s+(?:held|meeting))+$", "", body, flags=re.I)     # "Full Council meeting held on"
    # "the Zoom Virtual Meeting of Wistow Parish Council": the body is the one whose meeting it was
    of = re.match(r"^(?:[\w-]+\s+){0,3}?meeting\s+of\s+(?:the\s+)?(?P<body>.+)$", body, re.I)
    if of and BODY_WORDS.search(of.group("body")):
        body = of.group("body")
    # "the Parish Council's Monthly Meeting": the council's own meeting, its kind no part of its name
    body = re.sub(rf"[’']s(?:\s+{_KIND_WORD})*$", "", body, flags=re.I)
    body = re.sub(r"\s*\([A-Z]{2,8}\)$", "", body)       # "Wistow Community Council (WCC)": its initials
    out = {"committee": body, "meeting_date": _date_after(text, m.end()), "doc_type": "minutes"}
    if _AGM.search(body):
        out["meeting_kind"] = "annual"
    return out


# a meeting that is no council's or committee's but the electors' or members' own, named as such
# ("the Annual Town Meeting", "the Annual Parish Meeting", "General Meeting"): its name is the meeting
_MEETING_NAME = re.compile(r"(?:annual\s+)?(?:general\s+|parish\s+|town\s+|community\s+|village\s+|monthly\s+|ordinary\s+|"
                           r"extraordinary\s+|special\s+)?meeting", re.I)
# a line that names only the kind of meeting ("Monthly Meeting", "Ordinary Meeting", "General Meeting",
# "the Annual Meeting"), not whose: the council's own meeting, so the council is its body where the
# council is known (the electors' Annual Parish or Town Meeting names its body and is not one of these)
_KIND_ONLY = re.compile(rf"(?:the\s+)?{_MEETING_KIND}(?:(?:council|full\s+council)\s+)?meeting"
                        r"(?:\s+of\s+(?:the\s+)?council)?", re.I)


def meeting_kind_only(name: str | None) -> bool:
    """True when a committee's name is only a kind of meeting ("Monthly Meeting"), no body's name."""
    return bool(name) and bool(_KIND_ONLY.fullmatch(name.strip()))


def _body_then_date(text: str) -> Fields | None:
    """'Ashby Parva Parish Council - 8th January 2019', 'GENERAL MEETING MONDAY 3 MARCH 2025'."""
    m = re.match(rf"^([^\d|]{{3,100}}?)\s*[-–—|,:@]*\s*({_DATE_AHEAD})\b", text, re.I)
    if not m:
        return None
    body = m.group(1).strip(" -–—|,:")
    if not BODY_WORDS.search(body) or len(body.split()) > 14 or re.match(r"^(minutes|agenda|date|the|at|on|held)\b", body, re.I) \
            or re.search(r"\b(held|on|at|date|time|day)$", body, re.I):
        return None
    out = {"committee": body, "meeting_date": dates.first_date(m.group(2))}
    if _AGM.search(body):
        out["meeting_kind"] = "annual"
    return out


def _meeting_to_be_held(text: str) -> Fields | None:
    m = re.match(r"^(?:notice\s+of\s+)?((?:\S+\s+){0,6}?)(?:an?\s+|the\s+)?meeting\s+(?:to\s+be|will\s+be)\s+held\b", text, re.I)
    if not m:
        return None
    when = _date_after(text[:m.end() + 60], m.end())
    if not when:
        return None
    # the body's name is the words just before "meeting", after any contact details
    tail: list[str] = []
    for word in reversed(m.group(1).split()):
        if re.search(r"[\d:@/]", word):
            break
        tail.insert(0, word)
    body = " ".join(tail).strip(" -–,:")
    if body and BODY_WORDS.search(body):
        return {"committee": body, "meeting_date": when, "doc_type": "agenda"}
    return {"meeting_date": when, "doc_type": "agenda", "committee_before": "yes"}


def _summons(text: str) -> Fields | None:
    """A parish or town council's summons: 'You are hereby summoned to attend the meeting of <body>
    to be held ... on <date>', perhaps under the council's name and a line to its members."""
    # "You are summoned to a meeting of ..." (no "attend") is as common as "summoned to attend"
    m = re.search(rf"\b(?:you\s+are\s+(?:hereby\s+)?(?:summoned\s+to(?:\s+attend)?|(?:invited|requested)\s+to\s+attend)|"
                  rf"notice\s+is\s+(?:hereby\s+)?"
                  rf"given\s+of)\s+(?:an?\s+|the\s+)?{_MEETING_KIND}meeting\s+of\s+(?:the\s+)?(.{{3,90}}?)\s+"
                  r"(?:to\s+be|which\s+will\s+be|will\s+be)\s+held\b", text, re.I)
    if not m or len(m.group(1).split()) > 12 or not BODY_WORDS.search(m.group(1)):
        return None
    when = _date_after(text[:m.end() + 160], m.end())      # the place comes first, then the date
    return {"committee": m.group(1), "meeting_date": when, "doc_type": "agenda"} if when else None


def _front_matter(text: str) -> Fields | None:
    """Markdown front matter: '---' / 'title: ...' / 'date: 2025-10-07' / '---'."""
    m = re.match(r"^---\s*\n(.*?)\n---\s*(?:\n|$)", text, re.S)
    if not m:
        return None
    out: Fields = {}
    for line in m.group(1).splitlines():
        kv = re.match(r"^\s*(title|date|meeting_date|type|layout|committee|council|categories)\s*:\s*(.*?)\s*$", line, re.I)
        if not kv or not kv.group(2):
            continue
        key, value = kv.group(1).lower(), kv.group(2).strip("'\" ")
        if key in ("date", "meeting_date"):
            iso = dates.first_date(value)
            if iso and (key == "meeting_date" or "meeting_date" not in out):
                out["meeting_date"] = iso
                out["date_field"] = key
        elif key == "type" and value.lower() in ("minutes", "agenda", "report"):
            out["doc_type"] = value.lower()
        elif key in ("title", "committee", "council"):
            out[key] = value
    if "doc_type" not in out and re.search(r"\bminutes\b", out.get("title", ""), re.I):
        out["doc_type"] = "minutes"
    return out or None


# the label a record of decisions prints its date under: "Decision Made: 12 September 2012", "Date of decision:"
_DECISION_DATE_LABEL = r"(?:decisions?\s+(?:made|taken|date)|date\s+(?:of\s+)?decisions?|date)\s*:"


def _decisions_determined_at(text: str) -> Fields | None:
    """A record of decisions: 'Decision determined at <body> meeting on <date>', or the body alone
    with the date under a label ('Record of Decision of the Cabinet' / 'Decision Made: 12 September 2012')."""
    m = re.match(r"^(?:(?:decision|record\s+of\s+decisions?)\s+(?:recording\s+form|notice|record)\s+|record\s+of\s+)?"
                 r"decisions?\s+(?:(?:determined|taken|made)\s+(?:at|by)|of)\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?"
                 rf"(.+?)\s+(?:(?:meeting\s+)?(?:held\s+)?on\b|{_DECISION_DATE_LABEL})",
                 text, re.I)
    if not m or len(m.group(1).split()) > 14:
        return None
    when = _date_after(text[:m.end() + 60], m.end())
    return {"committee": m.group(1), "meeting_date": when, "doc_type": "minutes", "record": "decisions"} if when else None


def _name_over_date(text: str) -> Fields | None:
    """A meeting's name on one line and its date (and time or place) on the next, with no label."""
    lines = text.split("\n")
    if len(lines) < 2:
        return None
    name, when = lines[0].strip(), lines[1].strip()
    if (not name or re.search(r"\d", name) or len(name.split()) > 12 or name.endswith((".", ":", ";"))
            or not name[:1].isupper() or re.match(r"^(minutes|agenda|present|date|the|signed|next)\b", name, re.I)):
        return None
    m = re.match(rf"^(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DMY}\b", when, re.I)
    if not m:
        return None
    return {"committee": name, "meeting_date": dates.first_date(m.group(0))}


def _title_date_over_body(text: str) -> Fields | None:
    """'Community Grant Applications 13th March 2018' over 'Leisure ... Committee': a paper's
    title and meeting date, with the body it goes to on the next line."""
    lines = text.split("\n")
    if len(lines) < 2:
        return None
    m = re.match(rf"^([^\d|]{{3,90}}?)\s*[-–—|,:]*\s*({_DATE_AHEAD})\s*$", lines[0].strip(), re.I)
    body = lines[1].strip()
    # (a weekday before the date is the date's, no title; "Minutes of meeting" below it names the paper, no body)
    if not m or BODY_WORDS.search(m.group(1)) or not BODY_WORDS.search(body) or re.search(r"[\d:@/]", body) \
            or re.fullmatch(rf"(?:on\s+)?{_WEEKDAY},?", m.group(1).strip(), re.I) \
            or re.match(r"^(?:(?:draft|approved|signed)\s+)?(?:minutes|agenda|notes)\b", body, re.I) \
            or len(body.split()) > 12 or re.match(r"^(minutes|agenda|the|this|next|date|published|updated)\b", m.group(1), re.I) \
            or re.search(r"\b(published|updated|printed|issued)$", m.group(1), re.I):
        return None
    return {"title": m.group(1).strip(), "meeting_date": dates.first_date(m.group(2)), "committee": body, "doc_type": "report"}


def _forward_plan(text: str) -> Fields | None:
    """'Forward plan' / 'Notice of key decisions to be taken at <body>': a plan of decisions to come."""
    if not re.match(r"^(?:the\s+)?(?:forward\s+plan|notice\s+of\s+(?:anticipated\s+)?key\s+decisions)\b", text, re.I):
        return None
    out: Fields = {"doc_type": "work_programme", "title": "Forward plan"}
    m = re.search(r"\bto\s+be\s+(?:taken|made)\s+(?:at|by)\s+(?:the\s+)?(.{3,80}?\b(?:committee|cabinet|board|panel|council))\b",
                  text, re.I)
    if m:
        out["committee"] = m.group(1)
    return out


def _tracker(text: str) -> Fields | None:
    """'Recommendations Tracker', 'Action Log', 'Scrutiny Recommendations Monitoring': a table that
    follows up what a body asked for, by reference, owner, date due and status; never minutes."""
    m = re.match(r"^((?:(?:scrutiny|committee|panel|board|cabinet|outstanding)\s+)?(?:recommendations?|actions?)\s+"
                 r"(?:tracker|tracking\s+(?:log|schedule)|log|monitoring(?:\s+(?:log|schedule|report))?)"
                 rf"(?:\s*[-–—:,]?\s*(?:(?:as\s+at|updated?)\s+)?(?:{_DMY}|{_MONTH}\s+(?:19|20)\d\d))?)(?=\s|$)", text, re.I)
    return {"doc_type": "action_plan", "title": m.group(1), "committee_before": "yes"} if m else None


_MINUTES_WORD = r"(?:(?:draft|approved|confirmed|unconfirmed|signed|printed)\s+)?minutes(?:\s+of\s+(?:the\s+)?meeting)?"


def _minutes_over_date(text: str) -> Fields | None:
    """'MINUTES' on a line of its own over the meeting's date (a pack's draft minutes of the last
    meeting, the body named only on the agenda or a line above)."""
    lines = text.split("\n")
    # or 'MINUTES', the weekday (perhaps cut short) and the date on one line: "MINUTES WEDS 9th March 2022 7.30 pm"
    # (the weekday makes it the meeting's own heading, not an agenda's "Minutes 12 March 2024" to approve)
    same = re.match(rf"^{_MINUTES_WORD}\s*:?\s+{dates.WEEKDAY_SHORT}\.?,?\s+(?:the\s+)?({_DMY})\b", lines[0].strip(), re.I)
    if same:
        return {"meeting_date": heading_date(same.group(1)), "doc_type": "minutes"}
    if len(lines) < 2 or not re.fullmatch(rf"{_MINUTES_WORD}\s*:?", lines[0].strip(), re.I):
        return None
    m = re.match(rf"^(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DMY}\b|^{_FIGURES}", lines[1].strip(), re.I)
    if not m:
        return None
    return {"meeting_date": heading_date(m.group(0)), "doc_type": "minutes", "committee_before": "yes"}


# a web page's heading "<Body> Meeting Minutes": "Full Council Meeting Minutes", "Annual Parish Council Meeting Minutes"
# (each word of the name capitalised, or the line in capitals; "To approve the ... Meeting Minutes" is an agenda's entry)
_MEETING_MINUTES = re.compile(r"^(?!To\b|TO\b)(?P<name>(?:(?:[A-Z][\w'’&-]*|with|of|and|the)\s+){1,8})(?i:meeting\s+minutes)\s*$")
# its date line: the time, the weekday or the day first, perhaps the place after ("7.00pm Wednesday 1 November 2023")
_WHEN_LINE = re.compile(rf"^(?:\d{{1,2}}[.:]\d\d\s*(?:[ap]\.?m\.?)?,?\s+)?(?:{_WEEKDAY},?\s+)?(?:the\s+)?({_DMY})\b", re.I)


def _meeting_minutes_over_date(text: str) -> Fields | None:
    """'<Body> Meeting Minutes' alone on its line, the meeting's date on one of the next two lines
    (the venue may come between): minutes of that meeting. A council's own kind of meeting ("Full
    Council", "Annual Parish Council") names no body: the body is the masthead above."""
    lines = text.split("\n")
    m = _MEETING_MINUTES.match(lines[0].strip())
    if not m:
        return None
    for line in lines[1:3]:
        when = _WHEN_LINE.match(line.strip())
        if when:
            name = m.group("name").strip()
            if re.search(r"\b(?:committee|sub-committee|board|panel|cabinet|group|forum)\b", name, re.I):
                return {"committee": name, "meeting_date": heading_date(when.group(1)), "doc_type": "minutes"}
            out: Fields = {"meeting_date": heading_date(when.group(1)), "doc_type": "minutes", "committee_before": "yes"}
            if _AGM.search(name + " meeting"):
                out["meeting_kind"] = "annual"
            return out
    return None


HEADINGS: tuple[Recogniser, ...] = (
    Recogniser("front_matter", "heading", "Markdown/YAML front matter with date:, title:, type:",
               "---\ntitle: Minutes for meeting held Tuesday 7 October 2025\ndate: 2025-10-07\n---", 0.95,
               _front_matter),
    Recogniser("minutes_of_meeting_of", "heading", "'Minutes of a meeting (or the proceedings) of the <body> held ... on <date>'",
               "MINUTES of a meeting of the Ashby Parva Parish Council held on Tuesday 8th January 2019 at 7.30pm",
               0.95, _minutes_of_meeting_of),
    Recogniser("minutes_of_body", "heading", "ModernGov printed minutes: 'Minutes of the <body>' then the date",
               "Minutes of the Harbour and Transport Policy Committee 12 September 2024 at 5.00 pm",
               0.9, _minutes_of_body),
    Recogniser("minutes_of_body_meeting", "heading",
               "'(Draft) Minutes of <body> Meeting held at <place> at <time> on <date>' (no 'meeting of')",
               "DRAFT MINUTES OF ASHWELL PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL ON TUESDAY 4 MARCH 2014",
               0.9, _minutes_of_body_meeting),
    Recogniser("minutes_of_meeting_held", "heading", "'Minutes of the meeting held on <date>' under the body's name",
               "Minutes of the meeting held on 3 March 2021", 0.9, _minutes_of_meeting_held),
    Recogniser("meeting_held_on", "heading", "'Meeting held on <date>' under the body's name (minutes when 'Present' follows)",
               "Meeting held on Monday 10 February 2025 at 7.30 pm in Brindle Village Hall", 0.8, _meeting_held_on),
    Recogniser("body_held_its_meeting", "heading", "a sentence: '<body> held their meeting ... on <date>' (minutes)",
               "Cwmderi Community Council held their meeting via Zoom at 7.30pm on the 14th October 2020.", 0.85,
               _body_held_its_meeting),
    Recogniser("meeting_to_be_held", "heading", "an agenda's 'Meeting to be held on <date>' under the body's name",
               "MEETING TO BE HELD ON TUESDAY, 5th MARCH 2019 @ 7.30pm", 0.85, _meeting_to_be_held),
    Recogniser("summons", "heading", "a summons to attend the meeting of <body> to be held ... on <date>",
               "You are hereby summoned to attend the meeting of Ashcombe Vale Town Council to be held in the "
               "Council Chamber on Thursday 14th March 2024 at 7.00pm", 0.85, _summons),
    Recogniser("decisions_determined_at", "heading", "a record of decisions: 'Decision determined at <body> meeting on <date>', "
               "'Record of decisions taken at the meeting of <body> held on <date>', 'Decisions of the <body> held on <date>', "
               "'Record of Decision of the <body>' over 'Decision Made: <date>'",
               "Decision determined at Harbour and Transport Policy Committee meeting on 12 September 2024", 0.85,
               _decisions_determined_at),
    Recogniser("tracker", "heading", "a recommendations tracker or action log under the body's name (an action plan)",
               "Recommendations Tracker – March 2025", 0.85, _tracker),
    Recogniser("forward_plan", "heading", "a forward plan of key decisions and the body that will take them",
               "Forward plan\nTHIS DOCUMENT GIVES NOTICE OF ANTICIPATED KEY DECISIONS TO BE TAKEN AT CABINET", 0.8, _forward_plan),
    Recogniser("body_then_date", "heading", "a body or meeting name and its date on one line",
               "GENERAL MEETING MONDAY 3 MARCH 2025", 0.85, _body_then_date),
    Recogniser("title_date_over_body", "heading", "a paper's title and date on one line, the body it goes to below",
               "Community Grant Applications 13th March 2018\nLeisure & Community Services Committee", 0.75,
               _title_date_over_body),
    Recogniser("minutes_over_date", "heading", "'Minutes' alone on its line over the meeting's date, or with its weekday and date on the line",
               "MINUTES\n12 March 2024", 0.85, _minutes_over_date),
    Recogniser("meeting_minutes_over_date", "heading", "'<Body> Meeting Minutes' alone on its line over the meeting's date",
               "Full Council Meeting Minutes\n7.00pm Wednesday 1 November 2023", 0.85, _meeting_minutes_over_date),
    Recogniser("name_over_date", "heading", "a meeting's name over its date, with no label (minutes when 'Present' follows)",
               "Leisure and Community Services\nTuesday 13th March 2018", 0.75, _name_over_date),
    # last: only where no heading recogniser reads the line as it starts
    Recogniser("council_then_heading", "heading", "the council's name and the meeting's heading on one line",
               "ASHWELL PARISH COUNCIL Minutes of the Ordinary Meeting held on Wednesday 3 April 2019 at 7.00pm", 0.85,
               _council_then_heading),
)
# recognisers that read a heading line by line (the others read the lines joined by spaces)
LINE_HEADINGS = frozenset({"title_date_over_body", "name_over_date", "minutes_over_date", "meeting_minutes_over_date",
                           "council_then_heading"})


# A committee system's page for one issue ("Issue - meetings", the issue's title, then each meeting that
# took it): the meeting is a labelled line giving its date in figures, the body and the item's number.
# At a page's start it dates the page and names the body; the title above it is the issue, not a body.
def _issue_meeting(text: str) -> Fields | None:
    m = re.match(r"^meeting\s*:\s*(?P<when>\d{1,2}/\d{1,2}/(?:19|20)\d\d)\s*[-–—]\s*(?P<committee>[^()\d]{2,90}?)\s*"
                 r"\(\s*item\s+[\w.]{1,6}\s*\)", text.strip(), re.I)
    if not m:
        return None
    found = dates.find_numeric_dates(m.group("when"))
    return {"committee": m.group("committee").strip(" -–—"), "meeting_date": found[0][1]} if found else None


ISSUE_MEETING = Recogniser(
    "issue_meeting", "heading", "an issue page's meeting line: 'Meeting: <date in figures> - <body> (Item <n>)'",
    "Meeting: 14/03/2024 - Cabinet (Item 7)", 0.9, _issue_meeting)


# A committee system's list of decisions (ModernGov's "Decisions published"): each entry opens with its
# date and title ("23/04/2024 - ASSET DISPOSAL - APEDALE BUSINESS PARK ref: 1317  Recommendations
# Approved"), then labelled lines, one of them the meeting that made it: "Made at meeting: 23/04/2024 -
# Cabinet". That line dates the decision and names the body; each entry may be another meeting's.
def _made_at_meeting(text: str) -> Fields | None:
    m = re.match(r"^(?:made|taken|decided)\s+at\s+(?:the\s+)?meeting\s*:\s*(?P<when>.{6,40}?)\s+[-–—]\s+"
                 r"(?P<committee>[^\d]{2,90}?)\s*$", text.strip(), re.I)
    if not m:
        return None
    when = heading_date(m.group("when"))
    return {"committee": m.group("committee").strip(" -–—"), "meeting_date": when} if when else None


MADE_AT_MEETING = Recogniser(
    "made_at_meeting", "heading", "a listed decision's meeting: 'Made at meeting: <date> - <body>', under the entry's title",
    "Made at meeting: 23/04/2024 - Cabinet", 0.9, _made_at_meeting)


# A committee system's page for one meeting titled "Agenda and minutes" (or "Agenda, decisions and
# minutes"): each agenda item with what was minuted under it, so a record of the meeting, not its agenda.
# Read on a file's opening lines joined by newlines (each line is tried as a whole line).
RECORD_PAGE = Recogniser(
    "record_page_title", "heading", "a meeting's web page titled 'Agenda and minutes' / 'Agenda, decisions and minutes': "
    "its minutes", "Agenda and minutes", 0.7,
    _regex(r"^\s*(?P<title>agenda(?:,\s*decisions)?\s+and\s+minutes)\s*$", re.I | re.M))

# An agenda item's record on a committee system's meeting page: the item's title and summons as the agenda
# printed them, then "Minutes:" or "Decision:" and what was minuted or decided under it ("Apologies for absence
# If any receive;- Minutes: There were no apologies for absence."). The label ends a sentence or a line, or
# stands alone on its line; an item's title that starts with the word ("Minutes of the last meeting") is no label.
# Read on a page's text; gives what follows the label (up to the next label or MINUTED_LOOK characters).
MINUTED_LOOK = 400
_MINUTED_LABEL = re.compile(r"(?:^|(?<=[.;:!?|\-–]\s)|(?<=\s\s))[ \t]*(?:Minutes|MINUTES|Decisions?|DECISIONS?)\s*:(?!\S)", re.M)
MINUTED_ITEM = Recogniser(
    "minuted_item", "decision", "an agenda item's record on a meeting page: 'Minutes:' or 'Decision:' after the item's "
    "title, then what was minuted or decided", "Apologies for absence If any receive;- Minutes: There were no apologies for absence.",
    0.7, lambda text: (lambda m: {"record": text[m.end():m.end() + MINUTED_LOOK].strip()} if m else None)(_MINUTED_LABEL.search(text)))


def first_minuted_at(text: str) -> int | None:
    """Where the first item's "Minutes:" / "Decision:" label is in `text` (see MINUTED_ITEM), if any."""
    m = _MINUTED_LABEL.search(text)
    return m.start() if m else None


def minuted_records(text: str) -> list[str]:
    """What each item's "Minutes:" / "Decision:" label on a page records (see MINUTED_ITEM): the text after each
    label, up to the next label or MINUTED_LOOK characters."""
    found = list(_MINUTED_LABEL.finditer(text))
    return [text[m.end():min(n.start() if n is not None else len(text), m.end() + MINUTED_LOOK)].strip()
            for m, n in zip(found, found[1:] + [None])]


# A minutes heading that opens no paragraph of its own: a PDF's first page flattened into one run-on
# paragraph ("A Parish Council Chairman: J Bloggs Minutes of the Parish Council's Monthly Meeting held on
# 10 March 2021 ..."), or a web page's heading under the site's blurb, a post's title and its "posted ...
# by" line. Read on one line of a file's opening; gives the heading's text (the meeting heading rows then read
# it) and where in the line it starts, never where the words are an item's ("To approve the minutes of the
# meeting held on ...", "3. Minutes of ...").
_BURIED_MINUTES = re.compile(r"\bminutes?\s+(?:of|for)\s+(?!(?:the\s+)?(?:previous|last|next)\b)", re.I)
# the words of an agenda's item or a later minute before them, in the same sentence: "To confirm as a correct
# record the minutes of ...", "It was agreed that the minutes of ..."
_ITEM_VERB_BEFORE = re.compile(r"\b(?:approv\w*|confirm\w*|sign\w*|agree\w*|receiv\w*|adopt\w*|accept\w*|consider\w*|"
                               r"note|noted|correct|amend\w*|record)\b[^.;:!?]*$", re.I)
_ITEM_NUMBER_BEFORE = re.compile(r"^\s*(?:item\s+)?\(?(?:[\w/.-]{0,8}\d[\w/.-]{0,8}|[a-z]|[ivx]{1,4})[.)]?\s*$", re.I)     # "3. Minutes of ...": an item
BURIED_HEADING = 160        # characters read as the buried heading


def buried_minutes_headings(line: str) -> list[tuple[int, str]]:
    """Each place in `line` a minutes heading may start inside the text (see BURIED_MINUTES), with the heading's
    text: the heading alone, not the run-on page's later words ("... were approved as an accurate record", which
    would read it as the approval of earlier minutes)."""
    return [(m.start(), line[m.start():m.start() + BURIED_HEADING]) for m in _BURIED_MINUTES.finditer(line)
            if not _ITEM_VERB_BEFORE.search(line[:m.start()]) and not _ITEM_NUMBER_BEFORE.match(line[:m.start()])]


def _buried_minutes(line: str) -> Fields | None:
    found = buried_minutes_headings(line)
    return {"heading": found[0][1], "at": str(found[0][0])} if found else None


BURIED_MINUTES = Recogniser(
    "buried_minutes_heading", "heading", "a minutes heading inside a line's text, not at its start (a flattened PDF page, "
    "a web page's blurb above it)", "Ashby Parish Council Chairman: J Bloggs Minutes of the Parish Council's Monthly "
    "Meeting held on 10 March 2021", 0.7, _buried_minutes)


# ---------------------------------------------------------------- a pack's other papers
# An agenda pack prints papers it only promises ("Minutes of the meeting held on 20 June 2024 – to
# follow", "Report to be circulated"): the heading names a meeting whose record is not in the file, so it
# starts no document and dates nothing to that meeting.
PAPER_TO_FOLLOW = Recogniser(
    "paper_to_follow", "heading", "a paper promised, not printed: '... – to follow', '... to be circulated'",
    "Minutes of the meeting held on 20 June 2024 – to follow", 0.9,
    _regex(r"(?:^|[\s(,:–—-])(?:to\s+follow|to\s+be\s+(?:circulated|tabled|published|issued)(?:\s+(?:separately|later|"
           r"at\s+the\s+meeting))?|(?:is\s+|are\s+)?not\s+(?:yet\s+)?available)\s*[.)]?\s*$"))

# An agenda refers to papers it does not print where it lists them ("Minutes of the meeting held on 12 May
# 2024 (previously circulated)", "Minutes of the last meeting – attached", "... (Pages 5 - 10)"): the line is
# the agenda's entry for the paper, so it starts no document and dates nothing; a paper printed in the pack
# starts at its own heading, which says none of this.
PAPER_REFERRED = Recogniser(
    "paper_referred", "heading", "a paper an agenda refers to, not its heading: '... (previously circulated)', "
    "'... – attached', '(copy enclosed)', '(Pages 5 - 10)'",
    "Minutes of the meeting held on 12 May 2024 (previously circulated)", 0.9,
    _regex(r"\b(?:previously|already)\s+(?:been\s+)?(?:circulated|distributed|issued|sent)\b"
           r"|\bcirculated\s+(?:previously|already|earlier|herewith|with\s+(?:the|this)\s+(?:agenda|papers|summons))\b"
           r"|[(\[]\s*(?:(?:a\s+)?cop(?:y|ies)\s+|draft\s+)?(?:attached|enclosed|herewith|appended)\b"
           r"|[-–—,:]\s*(?:(?:a\s+)?cop(?:y|ies)\s+)?(?:attached|enclosed|herewith|appended)\b"
           r"|\b(?:attached|enclosed|herewith)\s*[.)\]]?\s*$"
           r"|\(\s*pages?\s+\d+(?:\s*[-–]\s*\d+)?\s*\)"))

# "AGENDA" (a Scottish agenda's "BUSINESS") alone on a line of a meeting's heading: the paper is the
# meeting's agenda, whatever the heading's shape ("X County Council" / "Cabinet" / "Thursday 10 October 2024");
# or, on a meeting's web page, the header of the table listing its agenda ("Item no.  Agenda Item  Details  Status").
AGENDA_ALONE = Recogniser(
    "agenda_alone", "heading", "'Agenda' or 'Business' alone on a line under a meeting's heading, or the header of "
    "a table of agenda items: the agenda",
    "AGENDA", 0.85,
    _regex(r"^(?:(?:supplementary|supplemental|additional|revised|summons\s+and)\s+)?(?:agenda|business|order\s+of\s+business)"
           r"(?:\s+(?:pack|papers|front\s*sheet))?\s*:?\s*$"
           r"|^\|?\s*(?:item\s*(?:no\.?|number)?\s*\|?\s*)?agenda\s+items?(?:\s*\|?\s*(?:details|title|description|status|"
           r"papers?|documents?|pages?|decision|type))*\s*\|?\s*$"))


# ---------------------------------------------------------------- report cover sheets
# Labelled fields on a report's first page, read one line at a time. Each returns
# {field: value}; the value may be empty when the label stands alone and the value is printed
# on the next line.

def _label(name: str, loose: str, colon: str, field: str, example: str, confidence: float, what: str) -> Recogniser:
    """Labels of several words may stand alone or be followed by spaces; one-word labels
    ('To', 'Date', 'Title') need their colon, or every sentence opening 'To ...' would be one."""
    parts = []
    if loose:
        parts.append(rf"(?:{loose})\s*(?:[:\-–]\s*|\s{{2,}}|$)")
    if colon:
        parts.append(rf"(?:{colon})\s*(?::\s*|$)")
    compiled = re.compile(rf"^(?:{'|'.join(parts)})(?P<value>.*)$", re.I)

    def read(text: str) -> Fields | None:
        m = compiled.match(text.strip())
        return {field: m.group("value").strip()} if m else None

    return Recogniser(name, "cover", what, example, confidence, read)


COVER: tuple[Recogniser, ...] = (
    _label("cover_report_to", r"report\s+to|decision\s+maker|decision\s+taker|name\s+of\s+(?:committee|meeting)",
           r"to|meeting|committee|forum|body", "committee", "REPORT TO: Joint Transport Committee", 0.85,
           "the meeting a report goes to ('Report to', 'To:', 'Meeting:', 'Committee:')"),
    _label("cover_date", r"date\s+of\s+(?:the\s+)?meeting|meeting\s+date|date\s+of\s+decision", r"date",
           "meeting_date", "Date of meeting: 12 September 2024", 0.85, "the meeting's date ('Date of meeting', 'DATE:')"),
    _label("cover_title", r"report\s+title|title\s+of\s+(?:the\s+)?report|report\s+subject", r"title|subject",
           "title", "REPORT TITLE: Regional Bus Strategy", 0.85, "the report's title ('Title:', 'REPORT TITLE:', 'Subject:')"),
    _label("cover_report_of", r"report\s+of|report\s+by|report\s+author|responsible\s+officer|lead\s+officer|"
           r"contact\s+officer|officer\s+presenting\s+the\s+report|executive\s+director\s+lead|cabinet\s+member",
           r"from|by|author", "report_of", "RESPONSIBLE OFFICER: Director of Infrastructure", 0.6,
           "who wrote or presents the report ('Report of', 'RESPONSIBLE OFFICER:', 'From:')"),
    _label("cover_key_decision", r"key\s+decision|key\s+or\s+non-key\s+decision|is\s+this\s+a\s+key\s+decision\??|"
           r"wards?\s+affected", r"purpose|classification|ward\(?s\)?", "key_decision",
           "KEY OR NON-KEY DECISION: Key decision", 0.5, "report cover boilerplate ('Key decision', 'PURPOSE:', 'Ward(s):')"),
)


# A report's title printed over its cover table, unlabelled ("Parks and Open Spaces Strategy" over
# "Report of: ...", "Wards: ...", "Key Decision: No"): read on the line just above the first label.
def _title_over_cover(line: str) -> Fields | None:
    s = line.strip()
    if not s or words_in(s) > 15 or not s[:1].isupper() or s.endswith((".", ":", ";", ",", "?")) or ":" in s \
            or BODY_WORDS.search(s) \
            or re.match(r"^(?:agenda\s+)?item\s+\d|^(?:appendix|annex|part)\b|^(?:report|agenda|minutes|exempt|"
                        r"open|public|not\s+for\s+publication|official)\b", s, re.I) \
            or heading_dates(s) or _council_masthead(s) or MASTHEAD_ADDRESS(s) is not None:
        return None
    return {"title": s}


def words_in(s: str) -> int:
    return len(s.split())


TITLE_OVER_COVER = Recogniser("title_over_cover", "cover", "a report's title, unlabelled, on the line over its cover table",
                              "Parks and Open Spaces Strategy 2024-2029", 0.7, _title_over_cover)


# The word "Minutes" on a line of its own (a committee system's page heading, "Draft Minutes"): over a
# cover sheet's labelled fields ("Meeting:", "Date:", "Venue:") it makes the paper the meeting's minutes.
MINUTES_ALONE = Recogniser(
    "minutes_alone", "cover", "'Minutes' alone over the meeting's labelled particulars", "Minutes", 0.85,
    _regex(r"^(?:(?:draft|approved|confirmed|unconfirmed|signed|printed)\s+)?minutes(?:\s+of\s+(?:the\s+)?meeting)?\s*:?\s*$"))


# A line naming the paper a record of decisions: over a cover sheet's labelled fields ("Decision
# maker:", "Date of decision:", "Meeting:") it makes the paper a record of what was decided, not a report.
DECISION_RECORD = Recogniser(
    "decision_record_title", "cover", "a record of decisions' title: DECISION NOTICE / Record of Decisions / "
    "Schedule of Decisions / Decision Sheet / Cabinet Member Decision / Officer Decision Record", "DECISION NOTICE", 0.85,
    _regex(r"^(?:(?:the\s+)?(?:record|schedule|list|summary)\s+of\s+(?:the\s+)?(?:executive\s+|cabinet\s+|key\s+|officer\s+)?"
           r"decisions?(?:\s+taken)?|"
           r"(?:(?:executive|cabinet|key|individual|officer|delegated|portfolio\s+holder|cabinet\s+member|mayoral|leader'?s?)\s+)?"
           r"decisions?\s+(?:notice|record|sheet|details)|(?:individual\s+)?(?:cabinet\s+member|portfolio\s+holder|executive\s+member|"
           r"mayoral|leader'?s?|officer)\s+(?:key\s+)?decisions?)\s*$"))


# Councils in Wales print headings in Welsh and English on one line ("Cofnodion / Minutes",
# "PWYLLGOR CRAFFU / SCRUTINY COMMITTEE"). The recognisers read English: when a part of such a line
# is in Welsh (or Gaelic), the English part is the one that names a body, a cue or a date in English,
# whichever comes first ("Minutes / Cofnodion" too).
_ENGLISH = re.compile(r"\b(?:committee|cabinet|council|board|panel|minutes|agenda|present|apologies|resolved|agreed|"
                      r"decision|report|declarations?|meeting|the|of|and)\b", re.I)
_OTHER_LANGUAGE = re.compile(r"\b(?:cyngor|pwyllgor|cofnodion|dyddiad|bresennol|ymddiheuriadau|penderfynwyd|cyfarfod|"
                             r"adroddiad|eitem|rhaglen|datgan|buddiant|cynghorydd|cadeirydd|cytunwyd|cabinet\s+y|"
                             r"comhairle|coinneamh|geàrr-chunntas)\b", re.I)


def other_language_only(line: str) -> bool:
    """A line printed only in Welsh (or Gaelic), the English said on a line of its own ("Cofnodion
    cyfarfod misol y Cyngor ..." over "Minutes of the monthly meeting of the Council ...")."""
    return bool(_OTHER_LANGUAGE.search(line)) and not _ENGLISH.search(line)


def one_language(line: str) -> str:
    """The English part of a line printed in Welsh (or Gaelic) and English split by ' / ', in either
    order, else the line."""
    parts = [x.strip() for x in line.split(" / ")]
    if len(parts) < 2 or not all(parts) or not any(_OTHER_LANGUAGE.search(x) for x in parts):
        return line
    dated = [k for k, x in enumerate(parts) if dates.find_dates(x)]
    if dated and not dates.find_dates(parts[0]):
        # "Dyddiad / Date: Dydd Iau, 14 Mawrth 2024 / Thursday, 14 March 2024"; English first, the
        # Welsh label is glued to the English date: "Date / Dyddiad: Thursday, 11 April 2024 / Dydd Iau, ..."
        part = parts[dated[-1]]
        label = re.match(r"^([^:]{1,30}):\s*", part)
        return part[label.end():] if label and _OTHER_LANGUAGE.search(label.group(1)) else part
    english = [k for k, x in enumerate(parts) if _ENGLISH.search(x) and not _OTHER_LANGUAGE.search(x)]
    if not english:
        return line
    if english[0] == 0:
        # printed English first ("Minutes / Cofnodion", "SCRUTINY COMMITTEE / PWYLLGOR CRAFFU"): the
        # parts before the first in the other language
        other = next(k for k, x in enumerate(parts) if _OTHER_LANGUAGE.search(x))
        return " / ".join(parts[:other])
    return " / ".join(parts[english[0]:])


# ---------------------------------------------------------------- item numbers
# Read on the first line of a paragraph (markup removed); each gives the number and the title.

_ITEM_WORD = r"(?:minute|min\.?|item)\s*(?:no\.?\s*)?(?<=\s|\.)"     # "Minute ", "Item ", "Min. No. "
_ITEM_NO = r"\d{1,3}(?:[a-z]|\([a-z]{1,3}\))?"                       # "7", "7a", "7(a)", "7(ii)"

# a committee's letters before its minute's number, with the year ("CAB 45/24", "LIC/25/14") or,
# after a slash, without ("P/101")
_PREFIXED_REF = r"[A-Z]{1,5}(?:(?:\s|\.|/|\s?-\s?)?\d{1,4}/\d{1,4}(?:/\d{1,4})?|/\d{1,4})"

# (a minute reference may have a full stop or a colon after it: "03/2019: Election of Chairman:")
ITEMS: tuple[Recogniser, ...] = (
    Recogniser("item_ref_dotted", "item", "year.month.number minute references", "19.01.3  Minutes", 0.95,
               _regex(r"^(?P<number>\d{1,2}\.\d{2}\.\d{1,3})[.:]?\s+(?P<title>\S.*)$")),
    Recogniser("item_ref_slash", "item", "year/number minute references, perhaps in brackets or with a colon",
               "(23/45) Apologies", 0.9,
               _regex(r"^(?P<open>\()?(?P<number>\d{2,4}/\d{1,4})(?(open)\))[.:]?\s+(?P<title>\S.*)$")),
    # a committee's letters before its own minute numbers: "CAB 45/24", "ES 24/31", "PCP/24/05", "PL.12/24"
    Recogniser("item_ref_prefixed", "item", "a committee's capital letters before a year/number minute reference",
               "CAB 45/24 Revenue Budget Monitoring", 0.85,
               _regex(rf"^(?P<number>{_PREFIXED_REF})[.:]?\s+(?P<title>[A-Z(].*)$", 0)),
    # the municipal year may stand in brackets before the minute's number: "Minute No. (2024/25) 112"
    Recogniser("item_word", "item", "'Minute 52' / 'Item 5' / 'Item 7(a)' / 'Min. No. 12' / 'Minute 24/123' / "
               "'Minute No. (2024/25) 112' before the title", "Item 5: Public Questions", 0.85,
               _regex(rf"^(?:agenda\s+)?{_ITEM_WORD}(?P<number>\d{{1,2}}\.\d{{2}}\.\d{{1,3}}|\d{{2,4}}/\d{{1,4}}|"
                      rf"\((?:19|20)?\d\d/\d\d\)\s*{_ITEM_NO}|{_ITEM_NO})"
                      r"(?:\s*[:.–-]\s*|\s+(?=(?-i:[A-Z])))(?P<title>\S.*)$")),
    # items numbered in capital Roman numerals ("IV. Finance Report"), a full stop or bracket after
    # the numeral and a capitalised title; I to XXXIX, so an initial ("M. Jones") is never one
    Recogniser("item_roman", "item", "a capital Roman numeral with a full stop before the title", "IV. Finance Report", 0.8,
               _regex(r"^(?P<number>(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))[.)]\s+(?P<title>[A-Z][a-z].*)$", 0)),
    Recogniser("item_dotted", "item", "a number with a full stop before the title (running minute numbers too)",
               "52. Apologies for Absence", 0.9, _regex(r"^(?P<number>\d{1,3}[a-zA-Z]?)\.\s+(?P<title>\S.*)$")),
    # running minute numbers may be printed four digits wide ("0406 Apologies for Absence": never a year);
    # the title may open with the year or quarter it reports on ("11 2024/25 Finance Forecast",
    # "12 Q1 2024/25 Corporate Risk Report"), never with a bare number ("7 15 18" is a table's row)
    Recogniser("item_bare", "item", "a number, spaces, then a capitalised title", "7 Opportunities to promote sustainable transport",
               0.7, _regex(rf"^(?P<number>[1-9]\d{{0,2}}|0\d{{3}})\s+(?!(?i:{_MONTH})\b)"
                           r"(?P<title>(?:[A-Z][^\d]|(?:Q[1-4]\s+)?(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\s+[A-Z]|Q[1-4]\s+[A-Z]).*)$", 0)),
)
# An item titled by the application it decides ("89. Application No: 23/01234/FUL – Land at Mill Lane,
# Hatherby", "DC/7 Application 24/00321/FUL - Land off Ford Lane", "1. Application for a Premises Licence: The
# Old Forge, 12 High Street"): a heading however
# long, its commas those of an address, not of a numbered sentence.
APPLICATION_REF = r"\d{2,4}/\d{3,6}/[A-Z]{2,6}\b"       # a planning application's reference: "24/00812/HOUS"
APPLICATION_TITLE = Recogniser(
    "application_title", "item", "an item titled by a planning or licensing application, its reference or address",
    "Application No: 23/01234/FUL – Land at Mill Lane, Hatherby", 0.85,
    _regex(r"^(?:(?:planning|licensing)\s+)?application\s+(?:(?:no\.?|number|ref(?:erence)?\.?)\s*:?\s*\S*\d|"
           r"for\s+(?:an?\s+)?(?:new\s+|variation\s+of\s+(?:a\s+)?)?(?:premises|personal|club\s+premises|"
           r"street\s+trading|sex\s+establishment|gambling|planning)\b|" + APPLICATION_REF + ")"
           r"|^" + APPLICATION_REF))

# An item's number printed alone on its line, the title on the next ("4." / "Bridges", "Item 4" /
# "Bridges", "Minute 24/123" / "Budget monitoring"): common where the number sits in its own column.
ITEM_ALONE = Recogniser("item_alone", "item", "an item's number alone on its line, its title on the next line",
                        "Minute 24/123", 0.8,
                        _regex(rf"^(?P<word>(?:agenda\s+)?{_ITEM_WORD})?(?P<number>\d{{1,2}}\.\d{{2}}\.\d{{1,3}}|"
                               rf"\d{{2,4}}/\d{{1,4}}|{_ITEM_NO}|(?-i:{_PREFIXED_REF}))\s*(?P<stop>[.:)])?$"))
ITEM_TAG = Recogniser("item_tag", "item", "an item tag on the line after the heading", "(Item 5)", 0.9,
                      _regex(r"^\(\s*(?:agenda\s+)?item\s+(?P<number>\d+[a-zA-Z]?)\s*\)$"))
# Minutes that number no item but mark each as a heading (Markdown "## Planning", Word's heading
# styles, which the Word reader gives as Markdown): the headings of the level that marks two or more,
# below the title (ingest/blocks.py decides the level; numbers, where any item has one, decide instead).
ITEM_MARKED = Recogniser("item_marked", "item", "an unnumbered item marked as a heading, in minutes that number none",
                         "## Christmas Lights", 0.7,
                         _regex(r"^(?P<level>#{1,6})\s+(?P<title>\S.*)$"))


# ---------------------------------------------------------------- decisions
# Read on a paragraph's text (lines joined, markup removed). "opening" recognisers must match at
# the paragraph's start; "inline" ones anywhere in it.

# bullet glyphs, as a word processor's symbol font draws them too ("\uf0b7", "▪")
BULLET_GLYPHS = "•\u2023\u2043\u25aa\u25ab\u25a0\u25a1\u25cf\u25cb\u25e6\u27a2\u25ba\uf0b7\uf0a7\uf0d8\uf076"
# "2.", "2.1", "(a)", "-", "\uf0b7" before a decision's wording
_LEAD = rf"^(?:\d{{1,3}}[a-z]?[).]\s*|\d{{1,2}}\.\d{{1,2}}\.?\s+|\(\w{{1,4}}\)\s*|[-*{BULLET_GLYPHS}]\s*)?"
# (a parish's or community council's "the Parish Council agreed", "the CC agreed"; a combined authority's "the Authority")
_BODY = (r"(?:the\s+)?(?:(?:parish|town|community|combined)\s+)?(?:committee|sub-committee|cabinet|council|councillors|"
         r"members|board|panel|meeting|forum|executive|authority|CC)")
_SUBJECT = rf"(?:{_BODY}\s+)"

DECISIONS: tuple[Recogniser, ...] = (
    Recogniser("resolved", "decision", "RESOLVED / Resolved that / RESOLVED: (i) ... / The Committee resolved",
               "RESOLVED: (i) That the report be noted; (ii) That ...", 0.95,
               _regex(rf"{_LEAD}(?:it\s+was\s+|{_SUBJECT})?(?:then\s+|further\s+)?(?:unanimously\s+)?resolve[sd]?\b")),
    Recogniser("agreed", "decision", "AGREED that / It was agreed ...", "AGREED that the budget be approved.", 0.9,
               _regex(rf"{_LEAD}(?:it\s+was\s+(?:(?:then|further|unanimously|also)\s+)?agreed\b|{_SUBJECT}?(?:unanimously\s+)?agreed\s*(?:that\b|to\b|:|unanimously\b|$))")),
    # a body agreeing to something named straight after the verb: "Members agreed the grant of £250", "The
    # Councillors agreed they had no objections to window boxes" (agreeing with a speaker, or that something
    # "was important", is debate)
    Recogniser("body_agreed", "decision", "'The Councillors agreed the grant / agreed they had no objections'",
               "Members agreed the grant of £250 to the village hall.", 0.8,
               _regex(rf"{_LEAD}{_SUBJECT}(?:(?:then|further|also|unanimously|all)\s+)?agreed\s+"
                      r"(?!with\b|it\s+(?:was|is|would\s+be)\b|(?:the|this|that)\s+(?:point|view|concerns?|comments?)\b"
                      r"|(?:the|this|these|those)\s+(?:[\w'’-]+\s+){1,3}(?:was|is|were|are)\b)"
                      r"(?:a|an|the|they|their|its|these|this|those|all|each|both|\d)\b")),
    # the outcome word in capitals, as many minutes print it: "The Panel AGREED the work programme",
    # "AGREED – that ...", "The Committee NOTED the report."
    Recogniser("agreed_noted_capitals", "decision", "AGREED or NOTED in capitals: 'The Committee NOTED the report.'",
               "The Committee NOTED the report.", 0.85,
               _regex(rf"{_LEAD}(?i:(?:it\s+was\s+)?{_SUBJECT}?(?:(?:then|further|also|unanimously)\s+)?)(?:AGREED|NOTED)\b", 0)),
    Recogniser("noted_the_report", "decision", "'The Committee noted the report / update / statement'",
               "The Board noted the statement.", 0.8,
               _regex(rf"{_LEAD}{_SUBJECT}(?:(?:duly|formally|unanimously)\s+)?noted\s+the\s+(?:[\w'’-]+\s+){{0,3}}?"
                      r"(?:report|update|statement|presentation|information|position|progress|contents|briefing|"
                      r"plan|programme|register|minutes)s?\b")),
    # a body's decision printed as a list of what it did: "The Board: (a) noted ...; (b) endorsed ...;
    # (c) agreed ...", the verbs in the past tense after each part's letter
    Recogniser("body_list_of_decisions", "decision", "'The Board:' over lettered parts that each open with what it did",
               "The Board: (a) noted the outcome of the engagement; (b) endorsed the priorities; and (c) agreed ...", 0.85,
               _regex(rf"^{_BODY}\s*:-?\s*\(?[a-z0-9ivx]{{1,4}}[).]\s*(?:noted|agreed|approved|endorsed|supported|resolved|"
                      r"requested|delegated|recommended|accepted|adopted|authori[sz]ed|welcomed|instructed|deferred|"
                      r"confirmed|commended)\b")),
    Recogniser("it_was_approved", "decision", "It was APPROVED: ...", "It was APPROVED: 6. Approved the implementation ...",
               0.9, _regex(rf"{_LEAD}it\s+was\s+(?:unanimously\s+)?approved\b")),
    Recogniser("decision_label", "decision", "a decision label: DECISION: / DECIDED / (d) Decision taken",
               "(d) Decision taken", 0.9,
               _regex(r"^(?:\(\w{1,3}\)\s*)?(?:(?i:decisions?)\s*:|(?i:decisions?\s+(?:taken|made))\b\s*:?|DECISION\s*$)", 0)),
    # a licensing hearing's outcome: "The Sub-Committee has determined that the licence be granted"
    Recogniser("determined", "decision", "'The Sub-Committee has determined that ...' / 'determined to ...'",
               "The Sub-Committee has determined that the licence be granted subject to conditions.", 0.85,
               _regex(rf"{_LEAD}(?:it\s+was\s+|{_SUBJECT})(?:has\s+|have\s+)?(?:(?:therefore|unanimously|duly)\s+)?"
                      r"determined\s+(?:that|to)\b")),
    # "Resolution: That the payments ... be approved" / "Resolution – That ...": a resolution's label
    Recogniser("resolution_label", "decision", "a resolution's label: 'Resolution:' / 'Resolution –' before its text",
               "Resolution: That the payments listed, totalling £697.50, be approved.", 0.9,
               _regex(r"^(?:\(\w{1,3}\)\s*)?resolutions?\s*(?::|\s[–—-])\s*")),
    # a report's recommendations: "It is recommended that Cabinet: 1. approves ... 2. delegates ..."
    Recogniser("it_is_recommended", "decision", "a report's recommendations: 'It is recommended that <body>:'",
               "It is recommended that Cabinet: 1. approves the strategy; 2. delegates authority ...", 0.8,
               _regex(rf"{_LEAD}it\s+is\s+(?:therefore\s+)?recommended\s+that\s+(?:the\s+)?(?:council|cabinet|committee|"
                      r"sub-committee|board|panel|members|executive|(?:[\w'’-]+\s+){0,3}(?:committee|board|panel|member))\b")),
    Recogniser("decided", "decision", "It was decided ...", "It was decided to defer the item.", 0.85,
               _regex(rf"{_LEAD}(?:it\s+was\s+|{_SUBJECT})?decided\b(?!\s+(?:at|by)\s+(?:the\s+)?meeting\s*:)")),
    Recogniser("recommended", "decision", "RECOMMENDED (a committee's recommendation to another body)",
               "RECOMMENDED to Council that the Constitution be amended.", 0.85,
               _regex(rf"{_LEAD}(?:it\s+was\s+)?(?:RECOMMENDED\b|Recommended\s+(?:that|to)\b)", 0)),
    Recogniser("asked_to_resolve", "decision", "'<body> is asked to RESOLVE / RECOMMEND to Council'",
               "Cabinet is asked to RESOLVE to approve the Capital Strategy.", 0.8,
               _regex(r"\b(?:is|are)\s+(?:asked|requested|invited)\s+to\s+(?:resolve|recommend)\b")),
    Recogniser("recommended_to_approve", "decision", "a report's recommendations: '<body> is recommended to approve:'",
               "Council is recommended to approve: - a) That the concert be commissioned", 0.75,
               _regex(rf"{_LEAD}(?:the\s+)?(?:council|cabinet|committee|sub-committee|board|panel|members|executive|"
                      r"(?:\w+\s+){0,3}(?:committee|board|panel))\s+(?:is|are)\s+recommended\s+to\s+"
                      r"(?:approve|agree|adopt|resolve|endorse|authorise|authorize)\b")),
    # (a motion's verb may be the council's response: "... seconded by Cllr B that this planning application be
    # supported", "... that the Council objects to the application", "... that the Council endorses the plan")
    Recogniser("proposed_seconded", "decision", "'proposed by ... seconded by ... and (unanimously) agreed'",
               "It was proposed by Cllr A, seconded by Cllr B and unanimously agreed to buy a defibrillator.",
               0.8, _regex(r"\b(?:proposed|moved)\b.{0,240}?\bseconded\b.{0,200}?\b(?:agreed|approved|carried|resolved|accepted|"
                           r"endorse[sd]?|support(?:s|ed)?|object(?:s|ed)?\s+to)\b"
                           r"|\b(?:agreed|approved|accepted)\b.{0,40}?\b(?:proposed|moved)\s+by\b.{0,80}?\bseconded\b"
                           # the clerk's shorthand: "Prop: Cllr S Patel Sec: Cllr T Green. Carried."
                           rf"|(?:{votes.PROPOSED_SECONDED.pattern}).{{0,200}}?\b(?:agreed|approved|carried|resolved|accepted)\b",
                           re.I | re.S)),
    Recogniser("all_in_favour", "decision", "'all were in favour'", "All were in favour.", 0.8,
               _regex(r"\ball\s+(?:members\s+|councillors\s+|present\s+)?(?:were\s+|voted\s+)?in\s+favour\b")),
    # a decisions table's outcome column: the cell alone, with its full stop (a column header has none)
    Recogniser("decision_cell", "decision", "an outcome alone in a decisions table's cell: Approved. / Rejected. / Refused.",
               "Rejected.", 0.7,
               _regex(r"^(?:approved|agreed|granted|rejected|refused|declined|deferred|withdrawn|not\s+approved|"
                      r"(?:approved|granted)\s+(?:with|subject\s+to)\s+conditions?)\s*\.\s*$")),
    # an item put off or taken back, with no vote: the outcome minutes record for it
    Recogniser("item_deferred", "decision", "'This item was deferred to the next meeting' / '... was withdrawn'",
               "This item was deferred to the next meeting.", 0.8,
               _regex(rf"{_LEAD}(?:this|the)\s+(?:item|matter|report|application|motion)\s+(?:was|has\s+been)\s+"
                      r"(?:deferred|withdrawn|postponed)\b")),
    Recogniser("inline_resolved", "decision", "'... it was resolved to ...' inside a sentence",
               "after much deliberation it was resolved to keep the precept at £5,000.", 0.7,
               _regex(rf"\b(?:it\s+was|{_SUBJECT})\s*(?:(?:then|therefore|unanimously|duly|further|also)\s+)?"
                      r"(?:resolved|resolves|agreed|approved|decided)\s+(?:to|that|on|unanimously)\b")),
)

# A decision of an earlier meeting told or quoted (a report's background, a minute's history): "At its
# meeting on 12 March 2024 the Committee resolved ...", "The Committee resolved on 12 March 2024:". No
# decision of the meeting the paper is for, nor of the one it names (its own minutes record that).
_WHEN = rf"(?:the\s+)?(?:{_WEEKDAY},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}\b"
EARLIER_DECISION = Recogniser(
    "earlier_decision", "decision", "a decision of an earlier meeting reported: 'At its meeting on <date> the Committee "
    "resolved', 'The Committee resolved on <date>'", "At its meeting on 12 March 2024 the Committee resolved that", 0.85,
    _regex(rf"{_LEAD}(?:at\s+(?:its|their|the)\s+(?:\w+\s+){{0,2}}?meeting\s+(?:on|of|held\s+on|in)\s+{_WHEN}[^.;:]{{0,80}}?"
           r"\b(?:resolved|agreed|decided|determined|approved)\b"
           rf"|{_SUBJECT}(?:(?:previously|had|has|then|also)\s+)?(?:resolved|agreed|decided|determined|approved)\s*,?\s+"
           rf"(?:on|in|at\s+(?:its|their|the)\s+(?:\w+\s+){{0,2}}?meeting\s+(?:on|of|held\s+on|in))\s+{_WHEN})"))


# the outcome of a vote, as a decision when no "Resolved" wording follows it
VOTE_OUTCOME = Recogniser("vote_outcome", "vote", "a vote's outcome: CARRIED unanimously / CARRIED (6 ...) / LOST (4 ... 5)",
                          "On being put to the vote the recommendation was CARRIED unanimously.", 0.8,
                          lambda text: {} if votes.outcome(text) or votes.show_of_hands(text) else None)


# ---------------------------------------------------------------- actions
# An action recorded against a person, on a line of its own after the discussion it comes from
# ("ACTION: Clerk to write to the highways authority", "Action: JS to obtain three quotes", "ACTION:
# Clerk"): part of its item, never a sub-heading over what follows, never a decision of its own.
ACTION = Recogniser("action_line", "action", "an action recorded against a person: ACTION: <who> (to <do what>)",
                    "ACTION: Clerk to write to the highways authority", 0.85,
                    _regex(r"^(?:\(\w{1,3}\)\s*)?(?:agreed\s+)?actions?(?:\s+(?:point|required|by|for|owner))?\s*(?::|\s[–—-])\s*\S"))


# ---------------------------------------------------------------- the chair's sign-off
# The lines that close a set of minutes for the chair to sign ("Signed: ........ Chairman   Date: ........",
# "Chair's signature", "Signed as a correct record"): a line of their own, never the text of the last
# decision, never an item. Read on one line.
_BLANK = r"(?:\.{4,}|_{3,}|…{2,})"
_CHAIR = r"(?:the\s+)?(?:chair(?:man|woman|person)?|mayor|presiding\s+(?:member|officer)|convener|provost)"
_RECORD = r"(?:signed|approved|confirmed|agreed)"
_SIGN_OFF = re.compile(
    rf"^(?:(?:signed|signature|dated?|{_CHAIR})\b[^.!?]{{0,40}}?[:.]?\s*{_BLANK}"          # a label and a blank to fill in
    rf"|{_CHAIR}(?:'s|’s)?\s+signature\b"                                              # "Chair's signature"
    rf"|{_RECORD}(?:\s+and\s+{_RECORD})?\s+as\s+an?\s+(?:correct|true|accurate)\s+record\s*:?\s*$)",
    re.I)


def _sign_off(line: str) -> Fields | None:
    line = line.strip()
    label = re.sub(_BLANK, " ", line)
    return {} if _SIGN_OFF.match(line) and len(label.split()) <= 14 else None


SIGN_OFF = Recogniser("sign_off", "sign_off", "the chair's sign-off closing the minutes: a label and a blank to sign",
                      "Signed: .................................. Chairman   Date: ........................", 0.9, _sign_off)


# ---------------------------------------------------------------- notices printed at a page's foot
# A line a page's foot prints whatever the text: the copyright ("© 2024 X Council", "Copyright © X
# 2024"), when the file was printed or generated ("Printed on 12/07/2024 10:32"), a page label.
# furniture.py drops it at a page's edge even on a one-page file, where nothing repeats to show it up.
_NOTICE = re.compile(
    r"^(?:(?:copyright\s*)?©\s*\S|(?:copyright\s*)?\(c\)\s*(?:19|20)\d\d\b"
    r"|copyright\s+(?:\S+\s+){0,6}?(?:19|20)\d\d\b"                                        # "Copyright Hatherby Town Council 2024"
    r"|[^.;:]{0,60}©\s*(?:(?:19|20)\d\d|[A-Z])"                                           # "X Council © 2024"
    r"|(?:printed|generated|produced|downloaded)(?:\s*:\s*|\s+on\s+|\s+at\s+|\s+)\d{1,2}(?:[./-]\d{1,2}[./-]|\s+[A-Za-z]{3,9},?\s+)(?:19|20)?\d\d\b"
    r"|page\s+\d{1,4}\s+of\s+\d{1,4}\s*$)", re.I)


def _footer_notice(line: str) -> Fields | None:
    line = line.strip()
    return {} if _NOTICE.match(line) and len(line.split()) <= 16 else None


FOOTER_NOTICE = Recogniser("footer_notice", "furniture", "a copyright, print-date or page-label line at a page's foot",
                           "© 2024 Thornbury Vale Parish Council", 0.9, _footer_notice)


# ---------------------------------------------------------------- previous minutes

_PREV_REF = re.compile(r"\bminutes\b.{0,120}?\b(?:previous|last|meeting|held)\b|\b(?:previous|last)\s+minutes?\b"
                       r"|\bminute\s+of\s+(?:the\s+)?(?:previous\s+|last\s+)?meeting\b", re.I | re.S)   # Scotland: "the Minute"
_PREV_APPROVED = re.compile(
    r"\b(?:were|was|be|are|is|been|being|as)\s+(?:\w+[\s,]+){0,4}?(?:agreed|approved|confirmed|signed|accepted|adopted|moved)\b"
    r"|\b(?:true|correct|accurate)\s+record\b|\bagreed\s+as\s+(?:accurate|correct)\b"
    r"|\bminutes\s+(?:were\s+)?(?:unanimously\s+)?(?:approved|agreed|adopted)\b", re.I)


def _previous_minutes(text: str) -> Fields | None:
    ref = _PREV_REF.search(text)
    if not ref or not _PREV_APPROVED.search(text):
        return None
    out: Fields = {}
    when = dates.first_date(text)
    if when:
        out["previous_date"] = when
    return out


def names_earlier_minutes(line: str) -> bool:
    """`line` speaks of an earlier meeting's minutes, approved or still to be ("Consider Minute of Meeting held on
    27 May 2021", "To approve the minutes of the meeting held on ..."): a date on it is that meeting's."""
    return bool(_PREV_REF.search(line))


PREVIOUS_MINUTES = Recogniser(
    "previous_minutes_approved", "previous_minutes",
    "the approval of an earlier meeting's minutes (never a new document, never re-dates the meeting)",
    "The minutes of the meeting held on 6 November 2018 were agreed as a correct record.", 0.9, _previous_minutes)


# ---------------------------------------------------------------- the council's masthead
# Read on one of a document's first lines.

# words that say what kind of meeting it was, never a council's name: "Minutes of an Urgent Community
# Council Meeting" is an urgent meeting of a community council, not a council named "Urgent"
_KIND_WORD = (r"(?:statutory\s+annual|annual|extra-?ordinary|special|ordinary|full|monthly|urgent|emergency|"
                r"virtual|remote|online|hybrid|reconvened|adjourned|general)")

_NAME_WORD = r"(?:[A-Z][\w'.]*(?:-[A-Z]?[\w'.]+)*)"
_JOIN = r"(?:\s+(?:and|of|on|upon|in|under|by|cum|with|le|the|&|-)\s+|\s+|-)"
_COUNCIL_KIND = (r"(?:(?:County|Parish|Town|Community|City|Borough|District|Metropolitan\s+Borough|County\s+Borough|"
                 r"Village|Unitary)\s+Council|Fire\s+and\s+Rescue\s+Authority|(?:Combined\s+)?Fire\s+Authority|"
                 r"Police(?:,?\s+Fire)?\s+and\s+Crime\s+Panel|National\s+Park\s+Authority)")
# "<Name> Council" alone on its line names a council (unitary councils, Scottish councils) unless a
# word of its name says it is a body of some other kind: "Full Council", "Youth Council"
_NOT_A_COUNCIL_NAME = re.compile(r"\b(?:full|youth|schools?|students?|pupils?|young|children'?s?|tenants?|business|"
                                 r"sports?|arts|faith|elders|trades|joint|special|extraordinary|annual|ordinary|executive|"
                                 r"cabinet|shadow|the|members|staff|works|county|parish|town|community|city|borough|"
                                 r"district|village|unitary|metropolitan|common|privy|general|local|national|european|budget|planning|"
                                 r"minutes|agenda|reports?|meeting|licensing|policy|scrutiny|finance|housing|health|"
                                 r"education|environment|standards|regulatory|area|neighbourhood|wards?|partnership)\b", re.I)


# an article is no place's name: "The Police and Crime Panel considered a report ..." names no panel's place
_ARTICLE = r"(?:The|This|That|These|Those|A|An|Our|Its)\b"
_PLACE = rf"{_NAME_WORD}(?:(?:\s+|-){_NAME_WORD}){{0,2}}"     # a place's name: "Shoby", "Great Dalby", "Ashby-de-la-Zouch"
_LOCAL_KIND = r"(?:Parish|Town|Community|Village)\s+Council"


# a body named with the council(s) it belongs to ("Joint Committee of ...", "Licensing Board of ...")
_BODY_OF = re.compile(r"\b(?:committee|sub-committee|board|panel|forum|partnership|cabinet|executive)\s+of\b", re.I)


# (or a web page's title "Minutes – X Community Council – 10/10/2022": the paper's word, a dash, the council)
_PAPER_OF = re.compile(r"^(?:(?:draft|unconfirmed|approved|confirmed|signed)\s+)?(?:minutes|agenda|notice)(?:\s+of|\s+[-–—:|])\s+"
                       rf"(?:the\s+|an?\s+)?(?:{_KIND_WORD}\s+)*(?:meeting\s+of\s+(?:the\s+)?)?", re.I)


_KIND_IN_NAME = re.compile(rf"\b(?:{_KIND_WORD}\s+)+(?=(?:parish|town|community|village)\s+council$)", re.I)


def _council_masthead(line: str) -> Fields | None:
    s = line.strip().translate(str.maketrans({"’": "'"}))
    if not s or re.search(r"\blogo$", s, re.I):
        # "Oxfordshire County Council logo": a web page's image names the site's owner, which hosts the
        # papers of bodies not its own (a police and crime panel, a joint committee), not the paper's body
        return None
    if s.isupper() or sum(1 for w in s.split() if w.isupper() and len(w) > 1) >= 3:
        s = title_case(s)
    # the heading's words before the name are not the council's: "(Draft) Minutes of (a Virtual) X Parish Council ..."
    s = _PAPER_OF.sub("", s)
    for pattern in (
        # a local council named after the places it serves, listed: "Ashby, Lowfield & Thornbury Parish Council"
        rf"^(?:the\s+)?(?P<council>(?!{_ARTICLE}){_PLACE}(?:,\s+{_PLACE})+,?\s+(?:and|&)\s+{_PLACE}\s+{_LOCAL_KIND})\b",
        rf"^(?:the\s+)?(?P<council>(?!{_ARTICLE})(?:Royal\s+)?{_NAME_WORD}(?:{_JOIN}{_NAME_WORD}){{0,5}}?\s+{_COUNCIL_KIND})\b",
        rf"^(?:the\s+)?(?P<council>(?:London|Royal)\s+Borough\s+of\s+{_NAME_WORD}(?:{_JOIN}{_NAME_WORD}){{0,3}}?)(?=\s*$|\s*[-–—|,:(]|\s{{2,}})",
        # "Mayoral" says what kind of combined authority it is, never its place: "the Mayoral Combined Authority" names none
        rf"^(?:the\s+)?(?P<council>(?!Mayoral\b|{_ARTICLE}){_NAME_WORD}(?:{_JOIN}{_NAME_WORD}){{0,5}}?\s+(?:Mayoral\s+)?Combined\s+"
        rf"Authority)\b",
        rf"^(?:the\s+)?(?P<council>(?:City|County|Borough)\s+of\s+{_NAME_WORD}(?:{_JOIN}{_NAME_WORD}){{0,3}}?\s+Council)\b",
    ):
        m = re.match(pattern, s)
        if m and (_BODY_OF.search(m.group("council")) or re.search(r"\bmeeting\b", m.group("council"), re.I)
                  or re.search(r"\b(?:committee|sub-committee|cabinet)\b", m.group("council"), re.I)):
            # "Joint Committee of Ashby District Council and ...": a body, not the council; no council's name
            # holds a committee: "Joint Planning Committee and Full Parish Council" is a joint meeting's name
            return None
        if m:
            # "Fenwick Annual Parish Council Meeting": the kind of meeting is no part of the name
            name = _KIND_IN_NAME.sub("", m.group("council"))
            if re.fullmatch(r"(?:parish|town|community|village)\s+council", name, re.I):
                return None     # "an Urgent Community Council Meeting": a kind of meeting, no council named
            return {"council": canonical_council(name)}
    m = re.match(rf"^(?:[Tt]he\s+)?(?P<council>(?P<name>{_NAME_WORD}(?:{_JOIN}{_NAME_WORD}){{0,3}}?)\s+Council)\s*$", s)
    if m and not _NOT_A_COUNCIL_NAME.search(m.group("name")) and not BODY_WORDS.search(m.group("name")):
        return {"council": canonical_council(m.group("council"))}
    return None


def body_of_council(name: str) -> tuple[str, str] | None:
    """'Licensing Committee of Ashcombe Borough Council' -> ('Licensing Committee', 'Ashcombe Borough
    Council'): a body named with the council it belongs to, split where what follows 'of' is a
    council's whole name. None when it is not ('Council of the Isles of Scilly', 'Committee of the
    Whole Council' stay one name)."""
    for m in re.finditer(r"\s+of\s+(?:the\s+)?", name, re.I):
        body, rest = name[:m.start()].strip(" ,"), name[m.end():].strip(" ,")
        if not BODY_WORDS.search(body) or re.fullmatch(r"(?:the\s+)?(?:committee|board|panel|meeting|council)", body, re.I):
            continue
        found = _council_masthead(rest)
        if found and found["council"].lower() == (canonical_council(rest) or "").lower():
            return body, found["council"]
    return None


# A masthead's other lines: the council's address, its contact details, the alt text of its logo.
# They sit above or beside the heading; none is the committee, the council or the meeting.
_POSTCODE = r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"
MASTHEAD_ADDRESS = Recogniser(
    "masthead_address", "furniture", "a masthead's address, contact or logo line (never the committee)",
    "Civic Offices, High Street, Ashby AB1 2CD", 0.8,
    _regex(rf"{_POSTCODE}\s*$|^(?i:clerk|tel|telephone|phone|e-?mail|website|web|www\.|dx\s+\d)\b"
           r"|^\[?[^\]]{0,80}\b(?i:logo)\]?$|^\[(?i:image|picture|crest)[^\]]*\]$", 0))


COUNCIL = Recogniser("council_masthead", "council",
                     "a council's name heading a document: X County/Parish/Town/Community/City/Borough/District "
                     "Council, London Borough of X, X Combined Authority, X Fire and Rescue Authority, X Police and "
                     "Crime Panel, or 'X Council' alone on its line", "ASHBY PARVA PARISH COUNCIL", 0.9,
                     _council_masthead)


# ---------------------------------------------------------------- running headers and footers
# Read on one running line that ingest/furniture.py removed from the pages ("Lowfield Parish
# Council – Minutes – 3 March 2024 – Page 2 of 4"): its parts, split at the printed separators,
# may name the council, the body, the kind of paper and the meeting's date. Often the only place
# a paper prints them; structure.py uses them only for the fields the text itself did not give.

_RUN_SEP = re.compile(r"\s+[-–—|·•]\s+|\s*[|–—]\s*|\s{2,}")
_RUN_PAGE = re.compile(r"^(?:page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|page)$", re.I)
_RUN_KIND = {"minutes": "minutes", "draft minutes": "minutes", "agenda": "agenda", "decisions": "minutes",
             "record of decisions": "minutes", "decision notice": "minutes"}
_RUN_KIND_AT_END = re.compile(r"^(?P<body>.*?)[\s,:]+(?P<kind>draft\s+minutes|minutes|agenda|record\s+of\s+decisions|"
                              r"decision\s+notice|decisions)$", re.I)
_RUN_KIND_AT_START = re.compile(r"^(?P<kind>draft\s+minutes|minutes|agenda|record\s+of\s+decisions|decisions)"
                                r"\s+(?:of\s+(?:the\s+)?(?:meeting\s+(?:of\s+(?:the\s+)?)?)?)?(?P<body>.*)$", re.I)


def _running_line(text: str) -> Fields | None:
    out: Fields = {}
    for seg in _RUN_SEP.split(text.strip()):
        seg = seg.strip(" -–—|·•,:")
        if not seg or _RUN_PAGE.match(seg):
            continue
        found = dates.find_dates(seg)
        if found:
            out.setdefault("meeting_date", found[0][1])
            seg = re.sub(rf"\s*(?:held\s+)?(?:on\s+)?{_DATE_AHEAD}.*$", "", seg, flags=re.I).strip(" -–—|,:")
            if not seg:
                continue
        kind = None
        m = _RUN_KIND_AT_END.match(seg) or _RUN_KIND_AT_START.match(seg)
        if seg.lower() in _RUN_KIND:
            kind, seg = _RUN_KIND[seg.lower()], ""
        elif m:
            kind, seg = _RUN_KIND[" ".join(m.group("kind").lower().split())], m.group("body").strip(" -–—|,:")
        if kind:
            out.setdefault("doc_type", kind)
        if not seg or re.search(r"\d|@|www\.|https?:", seg) or len(seg.split()) > 12 or not seg[:1].isupper():
            continue
        council = _council_masthead(seg)
        if council and council["council"].lower() == canonical_council(title_case(seg) if seg.isupper() else seg).lower():
            out.setdefault("council", council["council"])
        elif kind or BODY_WORDS.search(seg) and not re.search(r"\b(?:report|version|official|draft|protect)\b", seg, re.I):
            out.setdefault("committee", seg)        # "<body> Minutes", "Cabinet", "Planning Committee"
        elif found and len(seg.split()) <= 10:
            out.setdefault("title", seg)            # "Community Grant Applications 13th March 2018"
    if "council" in out and "committee" not in out and "doc_type" in out:
        out["committee"] = out["council"]           # "<X> Parish Council – Minutes": the full council met
    return out or None


RUNNING_LINE = Recogniser("running_line", "furniture",
                          "a running header or footer's parts: council, body, kind of paper, date",
                          "Lowfield Parish Council – Minutes – 3 March 2024 – Page 2 of 4", 0.8, _running_line)


# ---------------------------------------------------------------- table rows
# A table printed with a narrow first column (grant applications: Organisation | Project summary |
# Amount | Recommendation) comes out of the PDF one row after another, the row's name wrapped one
# or two words to a line ("Riverside" / "Bowls Club") above the wide cell's
# text, with no blank line between one row and the next. Read on the lines from a candidate line
# on, joined by newlines.

_CELL_JOIN = frozenset({"of", "and", "the", "&", "for", "in", "on", "at", "de", "la", "-", "–"})
_CELL_WORD = re.compile(r"^[A-Z0-9][\w'’.()&/-]*$|^\(?[A-Z][\w'’.&/-]*\)?$")


CELL_WIDTH = 18     # characters: the most a narrow cell's line holds


def cell_line(line: str) -> bool:
    """A line of a narrow cell: one to three words, each capitalised or a joining word, no figure,
    no sentence end."""
    ws = line.split()
    if not 1 <= len(ws) <= 3 or len(line.strip()) > CELL_WIDTH or any(c.isdigit() for c in line) \
            or line.rstrip().endswith((".", ",", ";", ":", "!", "?", "=")):
        return False
    if not _CELL_WORD.match(ws[0]) or not any(c.isalpha() for c in line) or "£" in line or "$" in line:
        return False
    return all(_CELL_WORD.match(w) or w.lower() in _CELL_JOIN for w in ws)


def _table_row(text: str) -> Fields | None:
    lines = [ln.strip() for ln in text.split("\n")]
    n = 0
    while n < len(lines) and n < 7 and cell_line(lines[n]):
        n += 1
    if n < 2 or n >= len(lines) or n > 6:
        return None
    wide = lines[n]
    # the wide cell's first line: a wrapped line of prose that starts the row's text, in capitals
    # (a lower-case start carries on the row above under a column header repeated on a new page)
    if len(wide.split()) < 5 or not wide[:1].isupper() or cell_line(wide) \
            or len(wide) < 2 * max(len(x) for x in lines[:n]):
        return None
    if lines[n - 1].split()[-1].lower() in _CELL_JOIN or all(x.isupper() for x in lines[:n]):
        return None         # a masthead in capitals ("ASHBY COUNTY" / "COUNCIL"), not a row's name
    return {"name": " ".join(lines[:n]), "lines": str(n)}


# A decisions table: "| Item | Decision |" over one row per item ("| 5. Hackney Carriage Fares |
# Decision: The Committee approved ... |"); from a PDF its columns are runs of spaces ("Item      Decision").
# Read on the table's header row as printed (its spaces kept).
COLUMN_GAP = re.compile(r"\s*\|\s*|\S\s{3,}(?=\S)")
DECISION_TABLE = Recogniser("decision_table", "table", "a table of items and their decisions: '| Item | Decision |'",
                            "| Item | Decision |", 0.85,
                            _regex(r"^\|?\s*(?:agenda\s+)?(?:item|minute|subject)(?:\s+(?:no\.?|number|title))?(?:\s*\|\s*|\s{3,})"
                                   r"(?:decisions?|decision\(s\)|outcome|resolution|resolved)(?:\s+(?:taken|made))?\s*\|?\s*$"))


TABLE_ROW = Recogniser("table_row", "table", "a table row whose first cell (its name) is wrapped a word or two to a line",
                       "Riverside\nBowls Club\nRiverside Bowls Club is seeking funding", 0.6,
                       _table_row)


# ---------------------------------------------------------------- the whole table

TABLE: tuple[Recogniser, ...] = (HEADINGS + (ISSUE_MEETING, MADE_AT_MEETING, RECORD_PAGE, BURIED_MINUTES, PAPER_TO_FOLLOW,
                                              PAPER_REFERRED, AGENDA_ALONE) + COVER
                                 + (TITLE_OVER_COVER, DECISION_RECORD, MINUTES_ALONE) + ITEMS
                                 + (ITEM_ALONE, ITEM_TAG, ITEM_MARKED, APPLICATION_TITLE) + DECISIONS
                                 + (MINUTED_ITEM, EARLIER_DECISION, VOTE_OUTCOME, ACTION, PREVIOUS_MINUTES, COUNCIL, MASTHEAD_ADDRESS,
                                    RUNNING_LINE, TABLE_ROW, DECISION_TABLE))


def by_name(name: str) -> Recogniser:
    for r in TABLE:
        if r.name == name:
            return r
    raise KeyError(name)


def item_title(heading: str) -> str:
    """An item heading's title, its number as the item rows read it taken off ("03/2019: Election of Chairman:"
    -> "Election of Chairman:", "CAB 45/24 Revenue Budget" -> "Revenue Budget"); the heading itself when no row
    reads a number."""
    found = first_match(ITEMS, heading.strip())
    return found[1].get("title", heading) if found else heading


def first_match(recognisers: tuple[Recogniser, ...], text: str) -> tuple[Recogniser, Fields] | None:
    """The first recogniser of `recognisers` that reads `text`, with what it read."""
    for r in recognisers:
        found = r(text)
        if found is not None:
            return r, found
    return None
