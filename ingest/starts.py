"""Where a document starts: what a file opens with and each later heading or cover; it assembles nothing."""
from __future__ import annotations

import re
from pathlib import Path

from core import dates
from core.names import canonical_committee
from core.types import FoundBy
from ingest import layouts
from ingest.covers import cover_sheet_start
from ingest.lines import plain, words
from ingest.mastheads import (
    MINUTES_CUE, Start, agenda_title, appendix_start, council_in, heading_start, kind_from_name, looks_like_committee, masthead_start,
    minutes_title, window_lines, work_programme_start,
)
from ingest.paras import Para


def detect_start(paras: list[Para], i: int) -> Start | None:
    p = paras[i]
    if p.boundary:
        return None
    return (decision_entry_start(paras, i) or cover_sheet_start(paras, i) or masthead_start(paras, i)
            or heading_start(paras, i) or work_programme_start(paras, i) or appendix_start(paras, i))


ENTRY_LABELS = 4        # the labelled lines a listed decision prints between its title and its meeting
_LABELLED = re.compile(r"^[A-Z][\w ()/'’-]{1,40}:\s*\S")
# the entry's title as a list prints it: its date before, its reference and status after
_ENTRY_DATE = re.compile(r"^\s*(?:\d{1,2}/\d{1,2}/(?:19|20)?\d\d|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\s+(?:19|20)\d\d)\s*[-–—:]\s*")
_ENTRY_REF = re.compile(r"\s+ref(?:erence)?\s*(?:no\.?)?\s*:?\s*\d+\b.*$", re.I)


def decision_entry_start(paras: list[Para], i: int) -> Start | None:
    """One decision of a list of decisions (layouts.MADE_AT_MEETING): its date and title on a line, then labelled lines
    ("Decision Maker: Cabinet"), one of them "Made at meeting: 23/04/2024 - Cabinet". The entry is a record
    of that meeting's decision, titled by its subject; the next entry may be another meeting's."""
    lines = window_lines(paras, i, ENTRY_LABELS + 2)
    if len(lines) < 2 or not _ENTRY_DATE.match(lines[0]) or _LABELLED.match(lines[0]):
        return None
    for line in lines[1:ENTRY_LABELS + 1]:
        found = layouts.MADE_AT_MEETING(line)
        if found:
            break
        if not _LABELLED.match(line):
            return None
    else:
        return None
    subject = _ENTRY_REF.sub("", _ENTRY_DATE.sub("", lines[0])).strip(" -–—")
    committee, when = canonical_committee(found["committee"]), found["meeting_date"]
    start = Start("minutes", committee, when, f"Decisions of the meeting held on {dates.human(when)}", item=subject or None)
    return start.mark(layouts.MADE_AT_MEETING.name, layouts.MADE_AT_MEETING.confidence,
                      "committee", "meeting_date", "title", "doc_type")


def path_date(path: str) -> str | None:
    """A meeting date the file's path states: a 'YYYY-MM-DD' folder or '04th-Mar-2025' in the name."""
    p = Path(path)
    for part in [p.name] + list(reversed(p.parts[:-1])):
        found = dates.find_dates(part.replace("_", " "))
        if found:
            return found[0][1]
    return None


# figures in a file's name, split by dots, dashes or underscores ("18.10.24", "2024_10_18"): one separator
_NAME_FIGURES = re.compile(r"(?<=\d)[._-](?=\d)")


def name_date(path: str) -> str | None:
    """A date the file's own name prints in figures ("Minutes 18.10.24.pdf", "minutes_18_10_2024",
    "minutes 2024_10_18"), read day first as in the UK ("03.04.24" is 3 April). Weaker than
    `path_date`: a name's figures may be a version or a minute's number, so this dates only a paper
    that nothing else dates."""
    stem = Path(path).name
    stem = stem[: -len(Path(stem).suffix)] if Path(stem).suffix[1:].isalpha() else stem
    text = _NAME_FIGURES.sub("-", stem).replace("_", " ")
    found = dates.find_dates(text) or dates.find_numeric_dates(text)
    if found:
        return min(found)[1]
    # a site's export named by the meeting's date in eight figures, year first ("20230925.txt")
    return dates.eight_figure_date(stem)




# a web address on a line that offers the meeting to watch or follow ("Link: video link https://...", "Webcast: ..."):
# sites name the address by the meeting, its body and date in its last part ("https://example.cc/Cabinet21092021")
_MEETING_LINK = re.compile(r"\b(?:link|video|webcast|recording|live\s*stream|watch)\b.*?(https?://\S+)", re.I)
ADDRESS_LINES = 12
_REPORT_TO = layouts.by_name("cover_report_to")      # a meeting's link is among its page's first lines


def address_meeting(paras: list[Para]) -> tuple[str | None, str] | None:
    """The body and date a meeting's web address names in its last part, on the page's first lines: a link to
    watch or follow the meeting ("Link: video link https://example.cc/Cabinet21092021" -> ("Cabinet",
    "2021-09-21")); the body None when the words beside the date name none. Weak, like a file's name: it
    dates only a paper that nothing else dates. A query's figures ("?MId=6380") are ids, never read."""
    lines = [x for p in paras[:ADDRESS_LINES] if not p.boundary for x in p.lines][:ADDRESS_LINES]
    for line in lines:
        m = _MEETING_LINK.search(line)
        if not m:
            continue
        last = m.group(1).split("?")[0].split("#")[0].rstrip("/.").rsplit("/", 1)[-1]
        when = name_date(re.sub(r"(?<=[A-Za-z])[-_]|[-_](?=[A-Za-z])", " ", last))
        when = when or dates.eight_figure_date(last, day_first=True)
        if when is None:
            continue
        # the words before the date: "Cabinet21092021", "planning-committee-21-09-2021"
        before = " ".join(re.findall(r"[A-Za-z]+", re.sub(r"(?<=[a-z])(?=[A-Z])", " ", re.split(r"\d", last)[0])))
        before = before.title() if before.islower() else before
        body = canonical_committee(before) if before and looks_like_committee(before) else None
        return body, when
    return None


def first_document(paras: list[Para], path: str) -> Start:
    """What the file opens with: a heading or cover sheet the table recognises, else an agenda,
    minutes or report by the cues of its first lines and, last, its file name. An agenda whose items
    carry what was minuted or decided under them (`minuted_items`) is the meeting's record, whatever
    its title's first word ("Agenda, decisions and draft minutes")."""
    start = _opening(paras, path)
    found = start.found_by.get("doc_type")
    if start.doc_type != "agenda" or found is not None and found.recogniser == SUMMONS.name or not minuted_items(paras):
        return start
    start.meeting_date = _heading_date(paras, start.meeting_date)
    start.doc_type, start.title = "minutes", minutes_title(start.meeting_date)
    for name in ("doc_type", "title"):
        start.found_by[name] = FoundBy(layouts.MINUTED_ITEM.name, layouts.MINUTED_ITEM.confidence)
    return start


MINUTED_MIN = 2         # the items of a page that must carry a record for the page to be the meeting's record
# what an item's record says was done, in the past tense: an agenda's "Decision: Cabinet is asked to approve ..."
# asks for a decision to come
_RECORDED_DONE = re.compile(r"\b(?:approved|agreed|resolved|accepted|noted|received|welcomed|declared|signed|"
                            r"there\s+(?:were|was)\s+no|(?:was|were)\s+(?:made|given|advised|informed|asked))\b", re.I)


def minuted_items(paras: list[Para]) -> bool:
    """A page whose agenda items each carry a record of the meeting (layouts.MINUTED_ITEM): at least MINUTED_MIN
    "Minutes:" / "Decision:" labels on its first page, and what one of them records worded as done ("There were no
    apologies for absence.", "NOTED the responses."). A committee system's page "Agenda and draft minutes": the
    words before a label are the item's title and summons, those after it the record."""
    records = layouts.minuted_records(_first_page(paras))
    return len(records) >= MINUTED_MIN and any(_RECORDED_DONE.search(r) for r in records)


def _first_page(paras: list[Para]) -> str:
    """The plain text of the paper's first page, line by line (its boundary paragraphs left out)."""
    return "\n".join(plain(x) for p in paras if not p.boundary and p.page == paras[0].page for x in p.lines) \
        if paras else ""


def _heading_date(paras: list[Para], when: str | None) -> str | None:
    """`when`, the date read for a page of minuted items, if its heading prints it: on a line before the first
    item's record, never on a line naming an earlier meeting's minutes ("Consider Minute of Meeting held on 3 June
    2024"). Such a page often prints no date of its own, only the date of the meeting whose minutes it approves."""
    text = _first_page(paras)
    heading = text[:layouts.first_minuted_at(text)].split("\n")
    return when if when and any(when in [d for _, d in dates.find_dates(x)] for x in heading
                                if not layouts.names_earlier_minutes(x)) else None


def _opening(paras: list[Para], path: str) -> Start:
    summons = _summons(paras)
    for i in range(0, min(3, len(paras))):
        if paras[i].boundary or i and (paras[i].page != paras[0].page or not all(
                len(q.lines) <= 3 and all(words(plain(x)) <= 12 for x in q.lines) for q in paras[:i])):
            break       # past the opening masthead lines: a later heading starts a later document
        plan = layouts.by_name("forward_plan")(" ".join(window_lines(paras, i, 12)))
        if plan:
            start = Start(plan["doc_type"], canonical_committee(plan.get("committee")), None, plan["title"])
            return start.mark("forward_plan", 0.8, "committee", "title", "doc_type")
        front = is_front_matter(paras, i)
        cover = None if front or summons else cover_sheet_start(paras, i)
        start = heading_start(paras, i) if front else (cover or heading_start(paras, i))
        if front and start is not None:
            start = _over_front_matter(start, paras, i + 1)
        if start is not None and (start.committee or start.meeting_date):
            if not start.found_by.get("doc_type") or start.found_by["doc_type"].confidence < 0.6:
                start.doc_type = kind_from_name(path) or start.doc_type
            if not start.title:
                start.title = (agenda_title(start.committee, start.meeting_date) if start.doc_type == "agenda"
                               else minutes_title(start.meeting_date) if start.doc_type == "minutes" else None)
            return start
    if summons:
        return summons
    issue = _issue_meeting(paras)
    if issue is not None:
        return issue
    buried = _buried_minutes_heading(paras, path)
    if buried is not None:
        return buried
    head = "\n".join(plain(line) for p in paras[:25] if not p.boundary for line in p.lines)
    committee = None
    # each of the first lines, or each short paragraph: a PDF's page may be one paragraph
    # (on the first page: a pack's next paper is no part of its front sheet's masthead)
    heads = [p.text for p in paras[:8] if not p.boundary and len(p.lines) <= 2 and p.page == paras[0].page] or \
        _lines_not_run_on([plain(x) for p in paras[:1] for x in p.lines[:8]])
    heads = [layouts.one_language(x) for x in heads]        # "SCRUTINY COMMITTEE / PWYLLGOR CRAFFU"
    for head_line in heads:
        # a labelled line names the body after its label: "Decision Maker: Cabinet", "Committee: Planning"
        labelled = _REPORT_TO(head_line)
        head_line = labelled["committee"] if labelled else head_line
        if looks_like_committee(head_line):
            committee = canonical_committee(head_line)
            # a council's masthead over the committee's name: the committee is the line below
            if not layouts.COUNCIL(head_line):
                break
    name = Path(path).name.lower()
    # (a line approving an earlier meeting's minutes names that meeting's date, not this one's: "The minutes
    # of the meeting held on 20 July 2021 were approved and signed" on the page of September's meeting)
    date_head = dates.first_date("\n".join(x for p in paras[:12] if not p.boundary for x in p.lines
                                           if layouts.PREVIOUS_MINUTES(x) is None))
    record = layouts.RECORD_PAGE(head)
    if record is not None:
        start = Start("minutes", committee, None, record["title"])
        return start.mark(layouts.RECORD_PAGE.name, layouts.RECORD_PAGE.confidence, "committee", "doc_type")
    if re.search(r"^\s*agenda\s*$", head, re.I | re.M) or re.search(r"^items on the agenda", head, re.I | re.M) or \
            re.search(r"^(date|time|venue):", head, re.I | re.M):
        start = Start("agenda", committee, date_head, agenda_title(committee, date_head))
        return start.mark("agenda_front_page", 0.7, "committee", "meeting_date", "doc_type")
    stem = Path(path).stem
    stem = re.sub(r"\.(txt|md|html?)$", "", stem)
    kind = kind_from_name(name)
    attended = not kind and _attendance_first(paras)
    recorded = not kind and not attended and _record_of_a_meeting(paras)
    start = Start(kind or ("minutes" if attended or recorded else "report"), committee, None, stem.replace("_", " "))
    start.mark("committee_line", 0.5, "committee")
    if "appendix" in name or "minutes" in name or "agenda" in name:
        start.mark("file name", 0.5, "doc_type")
    elif attended:
        start.mark("attendance_first", 0.6, "doc_type")
    elif recorded:
        start.meeting_date = _held_on(paras)
        start.mark("attendance_block", 0.6, "doc_type", "meeting_date")
        if start.meeting_date:
            start.title = minutes_title(start.meeting_date)
            start.mark("attendance_block", 0.6, "title")
    return start


# (a file's document-level guards; the heading's own shape is the table's row, layouts.BURIED_MINUTES)
_AGENDA_LINE = re.compile(r"^\s*(?:agenda|items\s+on\s+the\s+agenda|items\s+of\s+business)\s*:?\s*$", re.I)
BURIED_LOOK = 700           # characters of a file's opening a buried minutes heading is looked for in
BURIED_PARAS = 12           # paragraphs of the first page looked in


def _buried_minutes_heading(paras: list[Para], path: str) -> Start | None:
    """The meeting a file's minutes record, by a minutes heading inside its opening text rather than
    at a paragraph's start (`layouts.BURIED_MINUTES`); None when the file's name says it is another paper."""
    if kind_from_name(Path(path).name.lower()) not in (None, "minutes"):
        return None
    if any(layouts.RECORD_PAGE(plain(x)) for p in paras[:BURIED_PARAS] if not p.boundary for x in p.lines):
        return None     # a meeting page's "Agenda and minutes": its items name earlier minutes
    seen = 0
    for k, p in enumerate(paras[:BURIED_PARAS]):
        if p.boundary or p.page != paras[0].page:
            break
        for j, line in enumerate(p.lines):
            text = plain(line)
            if _AGENDA_LINE.match(text):
                return None     # an agenda's front page: "3. Minutes of the meeting held on ..." is its item
            for at, heading in layouts.buried_minutes_headings(text):
                if seen + at > BURIED_LOOK:
                    return None
                start = heading_start([Para([heading], p.page)], 0)
                if start is not None and start.doc_type == "minutes" and start.meeting_date:
                    start.title = start.title or minutes_title(start.meeting_date)
                    return start.mark(layouts.BURIED_MINUTES.name, layouts.BURIED_MINUTES.confidence, "doc_type")
            seen += len(text) + 1
    return None


# (a meeting's page titled "Agenda and minutes" is the table's row layouts.RECORD_PAGE: its date is the page
# title's where it prints one, never the first date its minutes mention, so a page that prints none stays undated)


# who attended, as a record's first line: "Present: Cllrs Evans, Ashman & the Clerk."
_PRESENT = re.compile(r"^\s*(?:present|members\s+present|attendance|in\s+attendance)\s*[:\-–]\s*\S", re.I)
# a record of business done: apologies received, minutes approved, accounts paid
_RECORDED = re.compile(r"\b(?:apologies|approved|agreed|resolved|signed\s+as\s+(?:a\s+)?correct)\b", re.I)


def _attendance_first(paras: list[Para]) -> bool:
    """A paper with no heading that opens with who was present and goes on to record business done
    (apologies, approvals) is a meeting's minutes, its heading left on the site's page."""
    first = [p for p in paras[:3] if not p.boundary]
    if not first or not _PRESENT.match(first[0].first):
        return False
    return bool(_RECORDED.search(" ".join(p.text for p in paras[:12] if not p.boundary)))


HELD_WORDS = 30          # a record's line saying when the meeting was held is a heading's or an opening sentence's length
RECORD_LOOK = 15         # the paragraphs of a paper's first page its attendance block and business are read in
# who attended, as a line of its own or an entry of the first item ("1.2 Present: ..."): "Present", "Absent",
# "In attendance", "Councillors present" with a colon or a name after it; or the councillors named with the one
# who chaired ("Cllrs Penrose (Chair), Tull and Ashby")
_ATTENDED = re.compile(r"(?:^|(?<=\d\s)|(?<=\d\.\d\s)|(?<=\d\.\d\d\s))(?:(?:members\s+|councillors\s+|also\s+)?present|absent|"
                       r"(?:also\s+)?in\s+attendance)\b\s*(?::|-|–|(?=\s+(?:cllrs?\b|councillors?\b|[A-Z][a-z])))", re.I | re.M)
_CHAIRED_LIST = re.compile(r"^(?:cllrs?|councillors)\.?\s+[A-Z][^\n]{0,120}\((?:chair|chairman|chairwoman|chairperson)\)", re.I | re.M)
# business done, in the past tense: what a record says and an agenda or a report does not
_DONE = re.compile(r"\b(?:approved|agreed|resolved|accepted|seconded|confirmed\s+as|signed\s+as\s+(?:a\s+)?(?:correct|true|accurate))\b", re.I)


def _record_of_a_meeting(paras: list[Para]) -> bool:
    """A paper with no minutes heading that records a meeting: an attendance block on its first page (who
    was present or absent, "Present: Cllr ..." or "Cllrs Penrose (Chair), Tull and Ashby") and business
    done (items approved, agreed, seconded, resolved). A site's minutes page under a title of its own
    ("Council Minutes - November 2012", "Minutes 20th July 2021") or under the council's name alone; an
    agenda lists who is summoned, never who was present, and decides nothing yet."""
    first = [p for p in paras[:RECORD_LOOK] if not p.boundary and p.page == paras[0].page]
    text = "\n".join(plain(x) for p in first for x in p.lines)
    return bool(_ATTENDED.search(text) or _CHAIRED_LIST.search(text)) and bool(_DONE.search(text))


def _held_on(paras: list[Para]) -> str | None:
    """The date of the meeting a record's opening says was held ("Meeting held on 7th November 2012 at ...",
    "... held on Tuesday July 20th 2021 at 6:30pm"); None when no such line is on its first lines."""
    first = [p for p in paras[:RECORD_LOOK] if not p.boundary and p.page == paras[0].page]
    for line in (plain(x) for p in first for x in p.lines):
        sentence = re.split(r"(?<=[a-z]{2}[.;])\s+(?=[A-Z0-9])", line, maxsplit=1)[0]
        if layouts.PREVIOUS_MINUTES(sentence) is not None or words(sentence) > HELD_WORDS:
            continue    # "... approve the minutes of the meeting held on 25 November 2013": an earlier meeting
        m = re.search(r"\bheld\b(.{0,60})", sentence, re.I)
        when = layouts.heading_date(m.group(1)) if m else None    # month first too: "held on Tuesday July 20th 2021"
        if when:
            return when
    return None


def is_front_matter(paras: list[Para], i: int) -> bool:
    """A Markdown file's front matter ('---' / 'title: ...' / 'date: ...' / '---'): the page's
    metadata, never a cover sheet's labels."""
    return i == 0 and bool(paras[i].lines) and paras[i].lines[0].strip() == "---"


FRONT_MATTER_BODY = 3       # the paragraphs after the front matter a post's own meeting heading may open with


def _over_front_matter(front: Start, paras: list[Para], first: int) -> Start:
    """A post's front matter and the meeting heading its text opens with ("MINUTES OF X PARISH COUNCIL
    MEETING HELD ... ON MONDAY 12th JULY 2010"): a website's 'date:' is the day the post went up, often
    weeks after the meeting, so the heading's date, body and kind of paper win over a 'date:'; an
    explicit 'meeting_date:' stays."""
    for j in range(first, min(first + FRONT_MATTER_BODY, len(paras))):
        if paras[j].boundary:
            break
        body = heading_start(paras[j:], 0)
        if body is None or not body.meeting_date:
            continue
        front_date = front.found_by.get("meeting_date")
        body_date = body.found_by.get("meeting_date")
        if front.meeting_date and front_date and body_date and front_date.confidence >= body_date.confidence:
            body.meeting_date = front.meeting_date
            body.found_by["meeting_date"] = front_date
        for name in ("committee", "council", "title"):
            if not getattr(body, name) and getattr(front, name):
                setattr(body, name, getattr(front, name))
                if name in front.found_by:
                    body.found_by[name] = front.found_by[name]
        return _council_of_post(body, front, paras, first)
    if not front.found_by.get("doc_type") and _minutes_opening(paras[first:first + FRONT_MATTER_BODY + 3]):
        front.doc_type = "minutes"      # "Draft Minutes" alone on a line, "Present:" below: the post is minutes
        front.mark("minutes_cue", 0.6, "doc_type")
    return _council_of_post(front, front, paras, first)


def _council_of_post(start: Start, front: Start, paras: list[Para], first: int) -> Start:
    """The council a post's text names first, else the one its title names ("Ashwell Parish Council
    Meeting - February")."""
    if not start.council:
        start.council = council_in(paras, first) or (layouts.COUNCIL(front.title or "") or {}).get("council")
        start.mark(layouts.COUNCIL.name, layouts.COUNCIL.confidence, "council")
    return start


def _minutes_opening(paras: list[Para]) -> bool:
    lines = [plain(x) for p in paras if not p.boundary for x in p.lines]
    return any(re.fullmatch(r"(?:draft\s+|unconfirmed\s+|approved\s+)?minutes", x, re.I) for x in lines) and \
        any(MINUTES_CUE.match(x) for x in lines)


SUMMONS = next(rec for rec in layouts.HEADINGS if rec.name == "summons")


def _summons(paras: list[Para]) -> Start | None:
    """An agenda's front sheet: a summons on the first page ("You are summoned to a meeting of the
    Cabinet to be held ... on Wednesday, 11 March 2026"). Its labelled lines are a letter's ("Date:"
    the day it was sent, "To: Councillors ..." whom it is sent to), not a report's cover sheet."""
    first = [p for p in paras[:25] if not p.boundary and p.page == paras[0].page] if paras else []
    found = SUMMONS(" ".join(plain(line) for p in first for line in p.lines))
    if not found:
        return None
    committee = canonical_committee(found["committee"])
    start = Start("agenda", committee, found["meeting_date"], agenda_title(committee, found["meeting_date"]))
    return start.mark(SUMMONS.name, SUMMONS.confidence, "committee", "meeting_date", "title", "doc_type")


ISSUE_LOOK = 8          # the lines of a page's opening read for an issue page's meeting line
_RECORD_LABEL = re.compile(r"^(?:minutes|decision|decisions)\s*:?\s*$", re.I)


def _issue_meeting(paras: list[Para]) -> Start | None:
    """An issue page ("Issue - meetings", the issue's title, "Meeting: 19/02/2018 - Council (Item 13)"):
    the meeting named on its first lines dates the page and names the body. What the page holds under
    "Minutes:" or "Decision:" records that meeting; without them it is the meeting's agenda entry."""
    first = [p for p in paras[:ISSUE_LOOK] if not p.boundary and p.page == paras[0].page]
    lines = [plain(x) for p in first for x in p.lines][:ISSUE_LOOK]
    for k, line in enumerate(lines):
        found = layouts.ISSUE_MEETING(line)
        if not found:
            continue
        committee = canonical_committee(found["committee"])
        when = found["meeting_date"]
        rest = [plain(x) for p in paras if not p.boundary for x in p.lines]
        doc_type = "minutes" if any(_RECORD_LABEL.match(x) for x in rest) else "agenda"
        title = minutes_title(when) if doc_type == "minutes" else agenda_title(committee, when)
        start = Start(doc_type, committee, when, title)
        return start.mark(layouts.ISSUE_MEETING.name, layouts.ISSUE_MEETING.confidence,
                          "committee", "meeting_date", "title", "doc_type")
    return None


PROSE_WORDS = 8         # a line of more words than this, not ending a sentence, runs on to the next


def _lines_not_run_on(lines: list[str]) -> list[str]:
    """The lines of a page printed as one paragraph, less those that carry on a sentence from the
    line above ("... relating to instances where the" / "Planning Committee makes a decision ..."): a
    masthead's lines are short and whole."""
    return [x for i, x in enumerate(lines)
            if i == 0 or not (words(lines[i - 1]) > PROSE_WORDS and not re.search(r"[.:;!?]\s*$", lines[i - 1])
                              or _ENDS_MID_SENTENCE.search(lines[i - 1]))]


# a line ending on a word that cannot end a sentence or a name ("... instances where the")
_ENDS_MID_SENTENCE = re.compile(r"\b(?:the|a|an|of|to|in|on|for|with|by|where|which|that|whose|and|or)\s*$", re.I)
