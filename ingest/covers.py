"""A report's or decision notice's cover sheet of labelled fields ('Report to', 'Title'); not mastheads."""
from __future__ import annotations

import re

from core import dates
from core.names import canonical_committee
from core.types import FoundBy
from ingest import layouts
from ingest.lines import REPORT_CUE, plain, words
from ingest.mastheads import Start, minutes_title
from ingest.paras import Para


def cover_sheet_start(paras: list[Para], i: int) -> Start | None:
    """A report's cover sheet: labelled fields ('Report to', 'Date of meeting', 'Title', 'Report of',
    'Key decision', 'To: Cabinet – 4 March 2025', 'Subject: ...') near paragraph i."""
    fields: dict[str, str] = {}
    by: dict[str, layouts.Recogniser] = {}
    first_label = None
    n = 0
    k = i
    while k < len(paras) and n < 45:
        q = paras[k]
        if q.boundary or q.page != paras[i].page:
            break       # a cover sheet is printed on one page: the labels of the next paper in a pack are its own
        for idx, raw in enumerate(q.lines):
            n += 1
            line = plain(raw)
            hit = layouts.first_match(layouts.COVER, line)
            if not hit:
                continue
            rec, got = hit
            (name, value), = got.items()
            if name in fields:
                continue
            if first_label is None:
                first_label = (k, idx)
            rest = [plain(x) for x in q.lines[idx + 1:idx + 3]]
            if not value and idx > 0:
                continue            # a one-word label alone counts only as a paragraph's first line
            if not value:
                # "Report to" alone on its line: the value is the next line (or the next paragraph's first)
                nxt = rest[0] if rest else (paras[k + 1].first if k + 1 < len(paras) and not paras[k + 1].boundary else "")
                if nxt and not layouts.first_match(layouts.COVER, nxt):
                    value = nxt
            elif name == "title":
                for more in rest:
                    if not more or layouts.first_match(layouts.COVER, more) or re.match(r"^\w[\w ]{0,30}:", more) \
                            or REPORT_CUE.match(more):      # "Purpose of report" opens the report, not the title's end
                        break
                    value = f"{value} {more}"
            if value:
                fields[name] = re.sub(r"\s+", " ", value).strip()
                by[name] = rec
        k += 1
    if first_label is None or first_label[0] > i + 1 or (first_label[0] == i + 1 and len(paras[i].lines) > 2):
        return None
    core_fields = [f for f in ("committee", "meeting_date", "title") if f in fields]
    # a report's title over a cover table of who wrote it and its wards ("Report of:", "Wards:", "Key
    # Decision: No"), no meeting named: a report of the pack it is printed in
    titled = _title_over_cover(paras, first_label) if not core_fields and {"report_of", "key_decision"} <= set(fields) \
        else None
    if not (core_fields or titled) or len(fields) < 2:
        return None
    committee = fields.get("committee")
    meeting_date = layouts.heading_date(fields.get("meeting_date", "")) if "meeting_date" in fields else None
    if committee:
        when = dates.find_dates(committee)
        if when:
            # "To: Cabinet – 4th March 2025": the committee and the meeting's date on one line
            meeting_date = meeting_date or when[0][1]
            committee = committee[:when[0][0]]
            by.setdefault("meeting_date", by["committee"])
        committee = re.sub(r"\s*(?:[-–—,]|\bon\b|\bmeeting\b)\s*$", "", committee.strip(), flags=re.I).strip()
        if not committee or words(committee) > 14:
            committee = None
    if not (committee or meeting_date or titled):
        return None
    record = _decision_record_title(paras, i, first_label)
    title = fields.get("title")
    above = _title_over_cover(paras, first_label) if not title and not record else None
    if above:
        title = fields["title"] = above
        by["title"] = layouts.TITLE_OVER_COVER
    if record is layouts.MINUTES_ALONE and not title:
        title = minutes_title(meeting_date)
    elif record and not title:
        title = f"Decisions of the meeting held on {dates.human(meeting_date)}" if meeting_date else "Decisions"
    start = Start("minutes" if record else "report", canonical_committee(committee), meeting_date, title)
    for name in ("committee", "meeting_date", "title"):
        if name in by and getattr(start, name):
            start.found_by[name] = FoundBy(by[name].name, by[name].confidence)
    start.found_by["doc_type"] = (FoundBy(record.name, record.confidence) if record
                                  else FoundBy("cover_sheet", min(0.95, 0.4 + 0.15 * len(fields))))
    return start


def _decision_record_title(paras: list[Para], i: int, first_label: tuple[int, int]) -> layouts.Recogniser | None:
    """layouts.DECISION_RECORD when a line above a cover sheet's first label names the paper a
    record of decisions ("DECISION NOTICE" over "Decision maker: ..."), layouts.MINUTES_ALONE when it
    says "Minutes" ("Minutes" over "Meeting: ...", "Date: ..."), else None."""
    # from the line above the cover's first paragraph: a page heading over the subject's title
    # ("Decision details" over "Local Cycling and Walking Infrastructure Plan" over "Decision maker: ...")
    above = i - 1 if i > 0 and not paras[i - 1].boundary and len(paras[i - 1].lines) == 1 else i
    for k in range(above, first_label[0] + 1):
        lines = paras[k].lines if k < first_label[0] else paras[k].lines[:first_label[1]]
        if any(layouts.DECISION_RECORD(plain(x)) is not None for x in lines):
            return layouts.DECISION_RECORD
        if any(layouts.MINUTES_ALONE(plain(x)) is not None for x in lines):
            return layouts.MINUTES_ALONE
    return None


def _title_over_cover(paras: list[Para], first_label: tuple[int, int]) -> str | None:
    """The report's title printed, unlabelled, on the line just above its cover table's first label
    ("Parks and Open Spaces Strategy 2024-2029" over "Report of: ...", "Wards: ...")."""
    k, idx = first_label
    if idx > 0:
        line = plain(paras[k].lines[idx - 1])
    elif k > 0 and not paras[k - 1].boundary and paras[k - 1].page == paras[k].page:
        line = plain(paras[k - 1].lines[-1])
    else:
        return None
    found = layouts.TITLE_OVER_COVER(line)
    return found["title"] if found else None
