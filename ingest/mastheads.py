"""Meeting headings and mastheads: a paper's committee, council, date, kind and title; not cover sheets."""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

from core import dates
from core.names import canonical_committee, canonical_council
from core.types import FoundBy
from ingest import layouts
from ingest.lines import REPORT_CUE, item_number, plain, words
from ingest.paras import Para, is_table


_COMMITTEE_WORDS = re.compile(r"\b(committee|cabinet|council|board|panel|sub-committee|subcommittee)\b", re.I)


def looks_like_committee(s: str) -> bool:
    s = plain(s)
    if not s or words(s) > 14 or s.endswith((".", ":", ";", ",")):
        return False
    if re.search(r"\b(report|paper|papers|minutes|agenda|update|plan|strategy|membership)\b", s, re.I):
        return False
    if re.match(r"^(the|a|an|to|this|please|members|it|if|for|deadline|date|time|venue|next|signed|dated|contact|page|"
                r"minutes|agenda|report)\b", s, re.I):
        return False
    if dates.find_dates(s) or re.search(r"\d", s) or layouts.MASTHEAD_ADDRESS(s) is not None:
        return False        # "[Ashby District Council logo]": the logo's alt text
    if _MINUTED_VERB.search(s) or _RUNS_ON.search(s):
        # "Having heard the evidence presented, the Sub-Committee retired", "Council's Constitution relating
        # to instances where the": a sentence of the minutes, or a line of one that runs on to the next
        return False
    return bool(_COMMITTEE_WORDS.search(s))


_RUNS_ON = re.compile(r"\b(?:the|a|an|of|to|in|on|for|with|by|where|which|that|whose|relating)\s*$", re.I)
# what a body did, as minutes tell it: a line holding one is a sentence about a body, not its name
_MINUTED_VERB = re.compile(r"\b(?:resolved|considered|agreed|noted|heard|retired|received|decided|refused|reported|"
                           r"presented|explained|welcomed|introduced|declared|determined|deferred)\b", re.I)


@dataclass
class Start:
    doc_type: str
    committee: str | None = None
    meeting_date: str | None = None
    title: str | None = None
    council: str | None = None
    found_by: dict[str, FoundBy] = field(default_factory=dict)
    item: str | None = None        # the one item a document is about, when its heading names it (a listed decision)

    def mark(self, recogniser: str, confidence: float, *fields: str) -> "Start":
        for name in fields:
            if getattr(self, name, None):
                self.found_by.setdefault(name, FoundBy(recogniser, confidence))
        return self


_APPENDIX = re.compile(r"^appendix\s+([0-9]{1,2}|[a-z]|one|two|three|four|five|six|seven|eight|[ivx]{1,4})\b", re.I)


MINUTES_CUE = re.compile(r"^(?:present|members\s+present|councillors\s+present|in\s+attendance|attendance|"
                         r"apologies(?:\s+for\s+absence)?|also\s+present)\b\s*:?", re.I)


_NOT_A_HEADING_BODY = re.compile(r"^(?:next|date\s+of\s+(?:the\s+)?next|the\s+next|future|previous|last|signed|dated?)\b", re.I)


def work_programme_start(paras: list[Para], i: int) -> Start | None:
    """A committee line over a table headed 'Item ... Date of Meeting': the work programme."""
    m = re.match(r"^(.*?\b(?:committee|cabinet|board|panel))\b[.:]?\s*(.*)$", paras[i].first, re.I)
    if not m or len(paras[i].lines) > 2 or i + 1 >= len(paras) or paras[i + 1].boundary:
        return None
    nxt = paras[i + 1]
    if not (is_table(nxt) and re.match(r"^item\b", plain(nxt.lines[0]), re.I)):
        return None
    suffix = m.group(2).strip(" .*")
    return Start("work_programme", canonical_committee(m.group(1)), None,
                 "Work Programme" + (f": {suffix}" if suffix else "")).mark("work_programme_table", 0.8, "committee", "doc_type")


def _says_minutes(line: str) -> bool:
    return bool(re.match(r"^minutes(\s+of\s+(the|a)\s+.*meeting.*)?:?$|^minutes of (the|a) meeting", line, re.I)
                or MINUTES_CUE.match(line))


def _line_after(paras: list[Para], k: int, rest_lines: list[str]) -> str:
    """The line after a masthead's title line: the next in its paragraph, else the next paragraph's first."""
    if len(rest_lines) > 1:
        return plain(rest_lines[1])
    nxt = k if rest_lines else k + 1
    return paras[nxt].first if nxt < len(paras) and not paras[nxt].boundary else ""


def masthead_start(paras: list[Para], i: int) -> Start | None:
    """Committee line(s), a date line, then a title: the cover of a report or the minutes."""
    p = paras[i]
    committee_text = p.text
    glued_title = None
    if len(p.lines) == 1 and "****" in p.lines[0]:
        # "**Committee****Title**": a converter glued two bold lines together
        committee_text, glued_title = (plain(x) for x in p.lines[0].split("****", 1))
    same_line = layouts.by_name("body_then_date")(p.first) if len(p.lines) == 1 and not glued_title else None
    recogniser = "name_over_date"
    if same_line and looks_like_committee(same_line["committee"]) and words(same_line["committee"]) >= 3:
        # "Children & Young People Overview & Scrutiny Committee 18th June 2019" over a title
        committee_text, meeting_date = same_line["committee"], same_line.get("meeting_date")
        j, rest_lines, recogniser = i, [], "body_then_date"
    else:
        if not looks_like_committee(committee_text):
            return None
        j = i + 1
        if j >= len(paras) or paras[j].boundary or not dates.is_date_line(plain(paras[j].lines[0])):
            return None
        meeting_date = dates.first_date(plain(paras[j].lines[0]))
        rest_lines = paras[j].lines[1:]
    k = j + 1
    if glued_title:
        title, k = glued_title, j
    elif rest_lines:
        title = plain(rest_lines[0])
    else:
        while k < len(paras) and paras[k].boundary:
            k += 1
        title = paras[k].first if k < len(paras) else ""
    if re.match(r"^(time|venue)\b", title, re.I) or layouts.AGENDA_ALONE(title) is not None:
        return None  # an agenda front page (its particulars, its table of items), handled as the file's first document
    if _says_minutes(title) or words(title) <= 8 and _says_minutes(_line_after(paras, k, rest_lines)):
        # the title says "Minutes" (or "Present:" follows), or does so a line further down, under
        # the meeting's venue ("Kelsworth County Hall, Council Chamber" over "Minutes:")
        return Start("minutes", canonical_committee(committee_text), meeting_date,
                     minutes_title(meeting_date)).mark(recogniser, 0.85, "committee", "meeting_date", "doc_type")
    if not title or words(title) > 25:
        return None
    return Start("report", canonical_committee(committee_text), meeting_date, title).mark(
        recogniser, 0.8, "committee", "meeting_date", "title", "doc_type")


def minutes_title(meeting_date: str | None, kind: str | None = None) -> str:
    what = "annual meeting" if kind == "annual" else "meeting"
    return f"Minutes of the {what} held on {dates.human(meeting_date)}" if meeting_date else "Minutes"


def window_lines(paras: list[Para], i: int, max_lines: int = 8) -> list[str]:
    """The plain lines from paragraph i on, up to a blank-page marker."""
    lines: list[str] = []
    for p in paras[i:]:
        if p.boundary:
            break
        lines.extend(x for x in (layouts.one_language(plain(line)) for line in p.lines) if x)
        if len(lines) >= max_lines:
            break
    return lines[:max_lines]


def strip_body(name: str) -> str:
    """'Ashby Town Council Meeting' -> 'Ashby Town Council'; 'X A.G.M.' -> 'X'; 'X (Call-In)' -> 'X'."""
    s = re.sub(r"\s*\b(?:a\.?\s?g\.?\s?m\.?|annual\s+general\s+meeting|minutes)\s*$", "", name, flags=re.I)
    # the kind of meeting in brackets after the body's name: "Overview and Scrutiny Board (Call-In)"
    s = re.sub(r"\s*\((?:call[- ]?in|special(?:\s+meeting)?|extraordinary(?:\s+meeting)?|reconvened(?:\s+meeting)?|"
               r"additional(?:\s+meeting)?|budget(?:\s+meeting)?)\)\s*$", "", s, flags=re.I)
    if not re.fullmatch(r"(?:\w+\s+){0,2}meeting", s, re.I):
        s = re.sub(r"\s+meeting$", "", s, flags=re.I)
    return s.strip(" -–—|,:")


MASTHEAD_LINES = 5          # the most lines (council, logo, address, telephone ...) a heading is printed under


# at a file's start only, or with a cue
_AT_START = {"tracker", "front_matter", "meeting_to_be_held", "meeting_held_on", "body_then_date",
             "name_over_date", "title_date_over_body", "body_held_its_meeting",
             "council_then_heading"}


def heading_start(paras: list[Para], i: int) -> Start | None:
    """A meeting heading by the heading recognisers, starting on paragraph i's first line, or on
    its second or third line under the council's or the body's name."""
    p = paras[i]
    if i == 0 and p.lines and p.lines[0].strip() == "---":
        found = layouts.HEADINGS[0](p.raw + "\n")
        if found:
            return _from_front_matter(found)
    lines = window_lines(paras, i, MASTHEAD_LINES + 5)
    if not lines:
        return None
    lines = _years_filled(lines, paras)
    # a file's first masthead may carry a logo, an address and contact lines over the heading; a
    # later document's heading sits under at most three lines (the council's, the body's name)
    for offset in range(0, min((MASTHEAD_LINES if i == 0 else 3) + 1, len(lines))):
        above = lines[:offset]
        # (a web page saved as text prints its title over its heading, often the same words: "Fire and Rescue
        # Authority" twice, then the meeting's date)
        if offset and not all(_masthead_line(x) or x == lines[k + 1] for k, x in enumerate(above)):
            break
        text = " ".join(lines[offset:offset + 5])
        sentence = [lines[offset]] + list(itertools.takewhile(lambda x: x[:1].islower(), lines[offset + 1:offset + 3]))
        if re.match(r"^minutes\b", lines[offset], re.I) and layouts.PREVIOUS_MINUTES(" ".join(sentence)) is not None:
            return None     # "The minutes of the meeting held on ... were agreed": not a new document
        if layouts.PAPER_TO_FOLLOW(" ".join(sentence)) is not None:
            return None     # "Minutes of the meeting held on ... – to follow": a promise, no paper
        if re.match(r"^minutes\b", lines[offset], re.I) and layouts.PAPER_REFERRED(" ".join(_entry(lines, offset))) is not None:
            return None     # "Minutes of the meeting held on ... (previously circulated)": the agenda's entry for them
        if re.match(r"^minutes\b", lines[offset], re.I) and _confirmed_below(lines, offset):
            return None     # "Minutes of the Meeting held on 9 May 2024" over "Resolved: That the minutes ... be confirmed"
        for rec in layouts.HEADINGS[1:]:
            if rec.name in _AT_START and i > 0 and not _minutes_follow(paras, i):
                continue
            if rec.name == "body_then_date":
                found = rec(lines[offset])
            elif rec.name in layouts.LINE_HEADINGS:
                if offset + 1 < len(lines) and _is_prose(lines[offset + 1]):
                    # a heading's next line is a date, a body's name or a venue, never a sentence: under an
                    # item's "Minutes:" label, "27th October 2023 - minute item 6 – in response to a query, the
                    # Commissioner informed that ..." tells of an earlier meeting, it heads no minutes of it
                    continue
                found = rec("\n".join(lines[offset:offset + 3]))
            else:
                found = rec(text)
            if not found:
                continue
            if rec.name == "body_then_date" and (_NOT_A_HEADING_BODY.match(found.get("committee", ""))
                                                 or offset + 1 < len(lines) and _is_prose(lines[offset])):
                continue
            return _start_from_heading(rec, found, above, paras, i, lines[offset:])
    return None


def heading_again(paras: list[Para], i: int, opened: Start) -> Start | None:
    """Paragraph i a line of its own in the very form of the heading the file opened with (a body and a
    date on one line): the same body's record of another meeting on the same page. A web page of records
    lists one meeting's under its heading, then the next's (" Cabinet, Wednesday, 26th November, 2025 6.00 pm"
    / "Item: ..." / "Resolution status: Carried" ... " Cabinet, Thursday, 20th November, 2025 6.00 pm" / ...);
    what follows the second heading is the second meeting's."""
    found_by = opened.found_by.get("meeting_date")
    p = paras[i]
    if found_by is None or found_by.recogniser != "body_then_date" or p.boundary or len(p.lines) != 1 \
            or not opened.committee or not opened.meeting_date:
        return None
    found = layouts.by_name("body_then_date")(p.first)
    if not found or _NOT_A_HEADING_BODY.match(found["committee"]) or not found.get("meeting_date") \
            or found["meeting_date"] == opened.meeting_date \
            or canonical_committee(strip_body(found["committee"])) != opened.committee:
        return None
    start = Start(opened.doc_type, opened.committee, found["meeting_date"],
                  minutes_title(found["meeting_date"]) if opened.doc_type == "minutes" else opened.title, opened.council)
    return start.mark("body_then_date", found_by.confidence, "committee", "meeting_date", "title", "doc_type", "council")


def _years_filled(lines: list[str], paras: list[Para]) -> list[str]:
    """A heading's date printed with no year ("held on Tuesday 7th April at 7.00pm") given the year the
    weekday fits among the years the paper prints elsewhere (`dates.with_year`)."""
    if not any(dates.lacks_year(x) for x in lines[:MASTHEAD_LINES + 3]):
        return lines
    years = dates.years_in(" ".join(p.text for p in paras if not p.boundary))
    return [dates.with_year(x, years) for x in lines]


def _confirmed_below(lines: list[str], offset: int) -> bool:
    """A minutes line with the resolution confirming those minutes straight under it: the item of the
    meeting that approved them (its agenda's entry and what was decided on it), not the minutes themselves,
    which would go on with who was present."""
    if offset + 1 >= len(lines):
        return False
    found = layouts.PREVIOUS_MINUTES(lines[offset + 1])
    if found is None:
        return False
    named = layouts.heading_date(lines[offset])
    return found.get("previous_date") in (None, named)


def _entry(lines: list[str], offset: int) -> list[str]:
    """A minutes line as an agenda lists it: the line, and the next when it goes on with what the entry
    says of the paper ("(previously circulated)", "– attached", a lower-case run-on) or the line is
    "Minutes" over the meeting's date ("MINUTES" / "12 May 2024 (previously circulated)")."""
    out = [lines[offset]]
    nxt = lines[offset + 1] if offset + 1 < len(lines) else ""
    if nxt and (nxt[:1].islower() or nxt[:1] in "([-–—" or re.fullmatch(r"(?:draft\s+)?minutes\s*:?", lines[offset], re.I)):
        out.append(nxt)
    return out


def _is_prose(line: str) -> bool:
    return words(line) > 18 or bool(re.search(r"[.;]\s*$", line)) and words(line) > 8


def _masthead_line(line: str) -> bool:
    return (layouts.COUNCIL(line) is not None or looks_like_committee(line)
            or bool(re.match(r"^(?:cyngor|comhairle)\b", line, re.I))      # "council" in Welsh, in Gaelic
            or layouts.other_language_only(line)
            or layouts.MASTHEAD_ADDRESS(line) is not None       # an address, a telephone number, a logo
            or bool(re.fullmatch(r"(?:minutes|agenda|notice of meeting)", line.strip(), re.I)) or words(line) <= 3
            or bool(_PAGE_TITLE.fullmatch(line.strip()))
            # a page's line left blank for signing ("Chair's initials ........  1", "Signed ______ Chairman"),
            # drawn before the text on the page
            or bool(_SIGNING_BLANK.search(line)) and words(line) <= 8)


_SIGNING_BLANK = re.compile(r"\.{6,}|_{6,}|…{3,}")
# a web page's title over the minutes' own heading: its date (or month) and "Minutes" ("August 1st 2024 Minutes",
# "February 2020 Minutes (6th)", "3 March 2021 Agenda")
_PAGE_TITLE = re.compile(rf"(?:{dates.MONTH_NAME}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{dates.MONTH_NAME}\s+)"
                         r"(?:19|20)\d\d\s+(?:minutes|agenda)(?:\s*\(\w+\))?", re.I)


def _minutes_follow(paras: list[Para], i: int) -> bool:
    for q in paras[i + 1:i + 5]:
        if q.boundary:
            return False
        if MINUTES_CUE.match(q.first):
            return True
    return False


def _start_from_heading(rec: layouts.Recogniser, found: dict[str, str], above: list[str],
                        paras: list[Para], i: int, lines: list[str]) -> Start:
    committee = found.get("committee")
    council = None
    for line in above:
        c = layouts.COUNCIL(line)
        if c:
            council = c["council"]
    if not committee and found.get("committee_before"):
        candidates = list(reversed(above))
        if i > 0 and not paras[i - 1].boundary and paras[i - 1].page == paras[i].page and len(paras[i - 1].lines) <= 3:
            candidates.append(paras[i - 1].text)    # the body's name printed just above, not the page before
        for cand in candidates:
            cand = re.sub(r"\s{2,}(?:minutes|agenda)\s*$", "", cand, flags=re.I).strip()
            if looks_like_committee(cand) or layouts.COUNCIL(cand):
                committee = cand
                break
    committee = canonical_committee(strip_body(committee)) if committee else None
    split = layouts.body_of_council(committee) if committee else None
    if split:
        # "Minutes of the Licensing Committee of Ashcombe Borough Council held on ...": two fields
        committee, council = canonical_committee(split[0]), council or split[1]
    masthead = council or (layouts.COUNCIL(lines[0]) or {}).get("council") if lines else council
    if masthead and committee and committee.lower().startswith(masthead.lower() + " ") and \
            layouts.BODY_WORDS.search(committee[len(masthead):]):
        # "Kestrelford District Council" over "Licensing Committee", read as one: the council's committee
        council, committee = masthead, canonical_committee(committee[len(masthead):])
    if committee and not council:
        c = layouts.COUNCIL(committee)
        council = c["council"] if c else None
    if committee and council and re.fullmatch(r"(?:the\s+)?council", committee, re.I) and _LOCAL_COUNCIL.search(council):
        committee = council     # "the meeting of the Council" of a parish, town or community council: the council met
    if committee and _KIND_OF_COUNCIL.fullmatch(committee):
        # "Minutes of the Parish Council Meeting" under the council's name (perhaps a paragraph above)
        above_para = paras[i - 1] if i > 0 and not paras[i - 1].boundary and len(paras[i - 1].lines) <= 3 else None
        named = council or (council_in(paras, i - 1, max_lines=3) if above_para else None)
        committee = named or committee
    when = found.get("meeting_date")
    doc_type = found.get("doc_type")
    if not doc_type:
        # "Minutes" printed on a line of its own above the heading, or a minutes cue ("Present:") below it
        doc_type = "minutes" if _minutes_follow(paras, i) or _minutes_cue_in(lines) or any(
            re.fullmatch(r"minutes", x.strip(), re.I) for x in above) else None
    agenda = not doc_type and any(layouts.AGENDA_ALONE(x) is not None for x in above + lines[1:])
    if agenda:
        doc_type = "agenda"     # "AGENDA" printed under the heading: the meeting's agenda, not its minutes
    if not doc_type and any(REPORT_CUE.match(x) for x in lines[1:]):
        doc_type = "report"
    # "Schedule of Decisions" / "Decision Sheet" printed above the heading: the meeting's record of decisions
    record = found.get("record") == "decisions" or any(layouts.DECISION_RECORD(x) is not None for x in above)
    if record and not doc_type:
        doc_type = "minutes"
    kind = found.get("meeting_kind")
    title = found.get("title")
    if title:
        pass
    elif record:
        title = f"Decisions of the meeting held on {dates.human(when)}" if when else "Decisions"
    elif doc_type == "minutes":
        title = minutes_title(when, kind)
    elif doc_type == "agenda":
        title = agenda_title(committee, when)
    elif doc_type == "report":
        title = _report_title(lines[1:])
    start = Start(doc_type or "minutes", committee, when, title, council)
    start.mark(rec.name, rec.confidence, "committee", "meeting_date", "title", *(("council",) if split else ()))
    if agenda:
        start.mark(layouts.AGENDA_ALONE.name, layouts.AGENDA_ALONE.confidence, "doc_type")
    start.mark(rec.name, rec.confidence if doc_type else 0.5, "doc_type")
    start.mark(layouts.COUNCIL.name, layouts.COUNCIL.confidence, "council")
    return start


# a parish or town council named only by its kind ("the Parish Council Meeting"): the council itself
# met. ("County Council", "City Council" stay: principal councils name their full meeting so.)
_KIND_OF_COUNCIL = re.compile(r"(?:the\s+)?(?:parish|town|community|village)\s+council(?:\s+meeting)?", re.I)
_LOCAL_COUNCIL = re.compile(r"\b(?:parish|town|community|village)\s+council$", re.I)


def _minutes_cue_in(lines: list[str]) -> bool:
    return any(MINUTES_CUE.match(x) for x in lines[1:])


def _report_title(lines: list[str]) -> str | None:
    """The first short line after a report's heading that is not an item tag, a date or a section."""
    for line in lines[:4]:
        if re.match(r"^(?:agenda\s+)?item\s+\d+", line, re.I) or dates.is_date_line(line):
            continue
        if REPORT_CUE.match(line) or item_number(line) or words(line) > 15:
            return None
        return line
    return None


# a front matter's plain 'date:' may be the day a web page went up, not the meeting's: weaker than a
# meeting heading printed in the text (an explicit 'meeting_date:' is not)
FRONT_MATTER_PAGE_DATE = 0.7


def _from_front_matter(found: dict[str, str]) -> Start:
    rec = layouts.HEADINGS[0]
    doc_type = found.get("doc_type")
    start = Start(doc_type or "report", canonical_committee(found.get("committee")), found.get("meeting_date"),
                  found.get("title"), canonical_council(found.get("council")))
    if found.get("date_field") == "date":
        start.mark(rec.name, FRONT_MATTER_PAGE_DATE, "meeting_date")
    start.mark(rec.name, rec.confidence, "committee", "meeting_date", "title", "council")
    if doc_type:
        start.mark(rec.name, rec.confidence, "doc_type")
    return start


def appendix_start(paras: list[Para], i: int) -> Start | None:
    p = paras[i]
    s = p.first
    prev = next((paras[k] for k in range(i - 1, max(-1, i - 4), -1) if not paras[k].boundary), None)
    found = _APPENDIX.match(s)
    if not found or words(s) > 16 or re.search(r"\.{3,}\s*\d+$", s):
        return None
    if len(p.lines) > 2:
        # a heading over the page it opens ("Appendix A – Options Appraisal" over its table), not a
        # sentence that starts a page ("Appendix 1 sets out the tariffs ...")
        rest = s[found.end():].strip()
        titled = not rest or rest[:1] in "-–—:(" or rest[:1].isupper() or rest[:1].isdigit()
        if not (prev is None or prev.page != p.page) or p.page is None or words(s) > 12 or not titled \
                or s.endswith((".", ",", ";", ":")):
            return None
    nxt = paras[i + 1] if i + 1 < len(paras) else None
    if prev is not None and (_APPENDIX.match(prev.first) or re.match(r"^appendices\b", prev.first, re.I)):
        return None  # a list of appendices inside a report
    if nxt is not None and not nxt.boundary and _APPENDIX.match(nxt.first):
        return None
    return Start("appendix", title=s).mark("appendix_heading", 0.8, "title", "doc_type")


def type_from_title(doc_type: str, title: str | None) -> str:
    t = (title or "").lower()
    if doc_type in ("report", "appendix"):
        if "work programme" in t or "forward plan" in t and "work" in t:
            return "work_programme"
        if "action plan" in t or "statement of action" in t:
            return "action_plan"
    return doc_type


def council_in(paras: list[Para], start: int = 0, max_lines: int = 12) -> str | None:
    """The council a document's masthead names, in its first lines."""
    n = 0
    for p in paras[start:]:
        if p.boundary:
            if n:
                break
            continue
        for line in p.lines:
            s = plain(line)
            if not s:
                continue
            n += 1
            found = layouts.COUNCIL(s)
            if found:
                return found["council"]
            if n >= max_lines:
                return None
    return None


def kind_from_name(path: str) -> str | None:
    name = Path(path).name.lower()
    if "appendix" in name:
        return "appendix"
    if "minutes" in name:
        return "minutes"
    if "agenda" in name:
        return "agenda"
    return None


def agenda_title(committee: str | None, meeting_date: str | None) -> str:
    when = dates.human(meeting_date)
    return f"Agenda{' for the meeting of ' + when if when else ''}"
