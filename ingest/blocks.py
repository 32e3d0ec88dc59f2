"""A document's paragraphs into blocks, item and section in force, decisions marked; not where documents start."""
from __future__ import annotations

import re

from core.types import Block
from ingest import layouts
from ingest.decisions import application_start, decision_at, motion_start, opens_application, resolution_end, vote_start
from ingest.items import (
    address_runs_on, in_sequence, item_heading_no, is_application, is_item_heading, join_lone_numbers,
    lost_leading_digits, near_in_list, run_in_heading, split_item_lines,
)
from ingest.lines import (
    REPORT_CUE, is_item_tag, item_no_value, item_number, looks_titley, numbered_section, plain, short_heading, title_with_none,
    title_words, words,
)
from ingest.paras import Para, is_action, is_heading, is_table
from ingest.tables import ROW_END_WIDTH, decision_table_blocks, split_table_rows, table_runs


_DECISION_CELL = layouts.by_name("decision_cell")
_BODY_LIST = layouts.by_name("body_list_of_decisions")


_OPENINGS = tuple(r for r in layouts.DECISIONS if r.name in ("resolved", "agreed", "it_was_approved", "decision_label",
                                                            "decided", "recommended", "agreed_noted_capitals", "body_agreed",
                                                            "determined", "resolution_label"))


# a report's recommendation opens a paragraph only under a heading ("2. Recommendations" / "2.1 Cabinet
# is recommended to approve ..."): after a sentence it is as often the text of a lettered part
_UNDER_HEADINGS = _OPENINGS + (layouts.by_name("recommended_to_approve"), layouts.by_name("it_is_recommended"))


# a decision's label ("Resolution:", "RESOLVED –", "Decision:") opens a decision whatever the line above
# ends with: a table's last amount ("£285.00"), a heading
_LABEL = re.compile(r"^(?:resolved|resolution|decision|agreed)\s*(?::|\s[–—-])", re.I)
# a motion's record opening a line after a sentence ("It was proposed by Councillor A and seconded by
# Councillor B that ..."): a paragraph of its own, so the decision it leads to takes the motion, not the
# debate printed above it in the same run of lines
_MOTION_OPENS = re.compile(r"^(?:it\s+was\s+(?:then\s+|duly\s+|further\s+)?)?(?:moved|proposed)\s+by\b.{0,200}?\bseconded\b",
                           re.I | re.S)
# a time stamp on its own line ("(7.42pm)", "7.42 pm"): when an item was taken; neither an item, a
# date nor the text of a decision
TIME_STAMP = re.compile(r"^\(?\s*\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?|hrs|hours)?\s*\)?$", re.I)
# a line recording the meeting's own course (adjourned, reconvened, closed, gone into private session,
# who was present when it resumed, who came or went, the time): never part of the decision or the text
# printed above it
_PROCEEDINGS = re.compile(r"^(?:the\s+meeting\s+(?:was\s+)?(?:adjourned|reconvened|resumed|closed|ended|finished)\b|"
                          r"(?:reconvened|adjourned|resumed)\s+meeting\b|(?:part\s+(?:2|ii|two|b)|exempt\s+items?)\b\s*[–—:-]|"
                          r"(?:members\s+)?present\s*:|"
                          # a member coming or going ("Councillor Yeardley left the meeting at 8.05pm.", "Cllr. Jowett left ...")
                          r"(?:the\s+)?(?:councillors?|cllrs?|mr|mrs|ms|miss|dr|the\s+(?:mayor|chair(?:man)?|leader|clerk))\b\.?"
                          r"[^.;]{0,60}?\b(?:left|joined|arrived\s+at|returned\s+to|rejoined|re-joined|withdrew\s+from)\s+the\s+"
                          r"(?:meeting|room|chamber)\b|"
                          + TIME_STAMP.pattern + ")", re.I)


def _split_at_starts(paras: list[Para], numbered_items: bool, decisions: bool) -> list[Para]:
    """PDF text often has no blank lines at all: a page is one paragraph. Split a paragraph
    before a line that opens an item ('1. Bridges') or a decision ('Resolved', 'AGREED that')
    when the line before it ends a sentence or is itself a heading."""
    out: list[Para] = []
    last_item = None        # the number of the last item heading seen: the next item's is one more
    for p in paras:
        if not p.boundary and numbered_items:
            last_item = item_heading_no(plain(p.lines[0]) if p.lines else "", last_item)
        if p.boundary or len(p.lines) < 2 or p.head:
            out.append(p)
            continue
        cuts = []
        for k in range(1, len(p.lines)):
            line = plain(p.lines[k])
            before = plain(p.lines[k - 1])
            ends = before.endswith((".", ":", ";", "!", "?", ")")) or not (
                before.endswith((",", "-", "–")) or re.search(r"\b(and|or|of|the|to|a|an|for|with|by|in|on)$", before, re.I))
            if not line or not ends:
                continue
            if decisions and k + 1 < len(p.lines) and len(line) == 1 and line in layouts.BULLET_GLYPHS and \
                    before.endswith((".", ":", ";")) and layouts.first_match(_OPENINGS, plain(p.lines[k + 1])):
                cuts.append(k)      # a symbol font's bullet, on a line of its own, before "RESOLVED that ..."
                continue
            english = layouts.one_language(line)     # "PENDERFYNWYD / RESOLVED: ..." opens as "RESOLVED: ..."
            found = item_number(line, loose=True) if numbered_items else None
            strong = found is not None and (found[0].name not in ("item_dotted", "item_bare") or is_application(found))
            # minutes' next item: the number after the last item heading's, whatever the title's case
            next_item = bool(found and not strong and last_item is not None and item_no_value(line) == last_item + 1
                             and found[1].get("title", "")[:1].isupper())
            if found and not strong and not next_item and decisions and any(
                    near_in_list(line, plain(x)) for x in p.lines[max(0, k - 1):k] + p.lines[k + 1:k + 2]):
                found = None        # one line of a numbered list, not a heading (an agenda's list is its items)
            # an agenda's next item: the number after the line before's, whatever the title's case
            next_in_list = bool(found and not strong and not decisions and found[1].get("title", "")[:1].isupper()
                                and item_no_value(before) is not None and item_no_value(line) == item_no_value(before) + 1)
            if strong and run_in_heading(Para([p.lines[k]], p.page)) is not None:
                cuts.append(k)      # "25/072 Minutes. The minutes of ... were approved.": a title run in
                continue
            title = found[1].get("title", "") if found else ""
            address = address_runs_on(found, line, plain(p.lines[k + 1]) if k + 1 < len(p.lines) else None)
            if found and title_words(line) <= (20 if next_in_list or strong else 12 if next_item else 10) and (
                    not line.endswith((".", ",", ";", ":")) or next_item and title_with_none(title) or address) and not re.match(
                    r"^that\b", title, re.I) and (strong or next_in_list or next_item or looks_titley(title)):
                cuts.append(k)
                last_item = item_heading_no(line, last_item)
            elif not numbered_items and (REPORT_CUE.match(line) and short_heading(re.sub(r"^\d{1,2}\.?\s+", "", line))
                                         or numbered_section(line, plain(p.lines[k + 1]) if k + 1 < len(p.lines) else None)) \
                    and before.endswith((".", ";")):
                # a report's next section ("Reasons for recommendation(s)", "3. Background", "3. Options" over
                # "3.1 ..."): its heading on its own
                cuts.extend([k, k + 1] if k + 1 < len(p.lines) else [k])
            elif decisions and opens_application(line):
                cuts.append(k)      # the next planning application of a list, and the response under it, apart from the last
            elif decisions and layouts.DECISION_TABLE(p.lines[k].strip()) is not None:
                cuts.append(k)      # a decisions table's header: the table runs while its lines keep their columns
                end = next((n for n in range(k + 1, len(p.lines)) if not table_runs(p.lines[n])), None)
                if end is not None:
                    cuts.append(end)
            elif layouts.SIGN_OFF(p.lines[k]) is not None or layouts.SIGN_OFF(line) is not None:
                cuts.append(k)      # the chair's sign-off closes the minutes: no part of the decision above it
            elif TIME_STAMP.match(line) or TIME_STAMP.match(before):
                cuts.append(k)      # a time stamp is a line of its own, never the start of the text after it
            elif decisions and before.endswith((".", ";")) and _MOTION_OPENS.match(
                    f"{line} {plain(p.lines[k + 1])}" if k + 1 < len(p.lines) else line):
                cuts.append(k)
            elif _PROCEEDINGS.match(line) and before.endswith((".", ":", ";")):
                cuts.append(k)      # the meeting's own course, not the decision above it
            elif re.match(r"^\([a-z]\)\s+[A-Z][^.]{0,60}$", line) and before.endswith((".", "?")) and words(line) <= 6:
                cuts.append(k)      # the next field of a form: "(e) Exempt Information?"
            elif decisions and k + 1 < len(p.lines) and before.endswith((".", ":", ";")) and \
                    _BODY_LIST(f"{english} {plain(p.lines[k + 1])}") is not None:
                cuts.append(k)      # "The Board:" over "(a) noted ...": its decision's first line
            elif decisions and layouts.first_match(_OPENINGS, english) and (before.endswith((".", ":", ";")) or _LABEL.match(english)) or \
                    decisions and layouts.first_match(_UNDER_HEADINGS, english) and (item_number(before) or short_heading(before)) or \
                    decisions and layouts.first_match(_OPENINGS, english) and words(english) <= 3:
                cuts.append(k)
            elif decisions and line[:1].isupper() and _DECISION_CELL(line) is not None:
                cuts.append(k)      # a table's outcome cell run on under the amounts above it ("= £4,000" / "Rejected.")
        if not cuts:
            out.append(p)
            continue
        bounds = [0] + sorted(set(cuts)) + [len(p.lines)]
        for a, b in zip(bounds, bounds[1:]):
            out.append(Para(p.lines[a:b], p.page))
    return out


def _signs_off(p: Para) -> bool:
    """The paragraph opens with the chair's sign-off ("Signed: ........ Chairman")."""
    return layouts.SIGN_OFF(p.lines[0]) is not None or layouts.SIGN_OFF(p.first) is not None


def _heading_level(p: Para) -> int | None:
    """The level of a Markdown heading paragraph ("## Planning": 2), else None."""
    if p.boundary or len(p.lines) != 1:
        return None
    found = layouts.ITEM_MARKED(p.lines[0].strip())
    return len(found["level"]) if found else None


def _marked_item_level(paras: list[Para]) -> int | None:
    """Minutes that number none of their items but mark them as headings (Markdown "##", Word's
    heading styles): the level of their items, the shallowest below the title that marks two or
    more headings. None when any item is numbered (numbers decide) or none is marked."""
    for k, p in enumerate(paras):
        if not p.boundary and is_item_heading(p, paras[k + 1] if k + 1 < len(paras) else None, loose=True):
            return None
    levels = [lv for p in paras if (lv := _heading_level(p))]
    counts = {lv: levels.count(lv) for lv in set(levels)}
    below_title = [lv for lv, n in counts.items() if n >= 2 and not (lv == 1 and levels[0] == 1 and n == 1)]
    return min(below_title) if below_title else None


def blocks_of(paras: list[Para], default_item: str | None, numbered_items: bool, decisions: bool = True) -> list[Block]:
    """Blocks with the item and section in force; decisions (with a preceding vote) marked."""
    if numbered_items:
        paras = join_lone_numbers(paras)
    paras = _split_at_starts(paras, numbered_items, decisions)
    if numbered_items:
        paras = split_item_lines(paras)
    paras = split_table_rows(paras)
    marked = _marked_item_level(paras) if numbered_items else None
    blocks: list[Block] = []
    item, section = default_item, None
    in_row = False          # inside a table row: its short cells ("Total=", "Rejected.") are no sub-headings
    row_width = 0           # the longest line of the row so far: a table's cells wrap narrow
    last_no: int | None = None
    i = 0
    while i < len(paras):
        p = paras[i]
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        if p.boundary:
            i += 1
            continue
        restored = None
        if numbered_items and is_item_heading(p, nxt, loose=True) and (
                in_sequence(p, last_no) or (restored := lost_leading_digits(paras, i, last_no)) is not None):
            item = p.text
            found = item_number(p.first, loose=True)
            last_no = item_no_value(p.first) if found and found[0].name in ("item_bare", "item_dotted") else last_no
            if restored is not None:
                # the number as the sequence has it ("56 Grants" printed "6 Grants"); the text stays as printed
                item, last_no = re.sub(r"^\d+", str(restored), item), restored
            name = layouts.ITEM_ALONE.name if p.head else layouts.APPLICATION_TITLE.name if found and is_application(found) \
                else found[0].name if found else None
            if nxt is not None and not nxt.boundary and is_item_tag(nxt.text):
                item = f"{item} {nxt.text}"
                blocks.append(Block(p.raw, p.page, item=item, section=None, kind="heading", found_by=name))
                blocks.append(Block(nxt.raw, nxt.page, item=item, section=None, kind="heading",
                                    found_by=layouts.ITEM_TAG.name))
                i += 2
            else:
                blocks.append(Block(p.raw, p.page, item=item, section=None, kind="heading", found_by=name))
                i += 1
            section = None
            in_row = False
            continue
        if marked and _heading_level(p) == marked:
            # minutes whose items are marked headings, not numbers ("## Planning" from Markdown or Word)
            item, section, in_row = plain(p.lines[0]).strip(), None, False
            blocks.append(Block(p.raw, p.page, item=item, section=None, kind="heading", found_by=layouts.ITEM_MARKED.name))
            i += 1
            continue
        if p.row:
            section, in_row, row_width = p.row, True, 0
        elif in_row and max(len(x) for x in p.lines) > max(ROW_END_WIDTH, 1.5 * row_width):
            section, in_row = None, False       # full-width text again: the table has ended
        if in_row:
            row_width = max([row_width] + [len(x.strip()) for x in p.lines])
        if numbered_items and decisions and layouts.DECISION_TABLE(p.lines[0].strip()) is not None:
            item = decision_table_blocks(p, item, blocks)
            section, i = None, i + 1
            continue
        rec = decision_at(paras, i, minutes=numbered_items) if decisions else None
        if rec is not None:
            start = min(vote_start(paras, i, blocks), application_start(paras, i, blocks))
            if rec is layouts.VOTE_OUTCOME:
                # a bare outcome decided the motion moved above its vote ("... moved the following
                # motion:" / its text / "A recorded vote was taken:" / "For: ..." / "CARRIED")
                start = motion_start(paras, start, blocks[:len(blocks) - (i - start)])
            # pull back the vote paragraphs already emitted as ordinary blocks
            if start < i:
                pulled = i - start
                del blocks[len(blocks) - pulled:]
            end = resolution_end(paras, i, minutes=numbered_items)
            group = paras[start:end]
            for n, q in enumerate(group):
                blocks.append(Block(q.raw, q.page, item=item, section=section, kind="resolution",
                                    is_resolution=True, continues=n > 0, found_by=rec.name))
            i = end
            continue
        if p.row:
            blocks.append(Block(p.raw, p.page, item=item, section=section, kind="table", found_by=layouts.TABLE_ROW.name))
            i += 1
            continue
        if not in_row and (is_heading(p) or (not numbered_items and is_item_heading(p, nxt))) and not is_table(p):
            section = p.text
            blocks.append(Block(p.raw, p.page, item=item, section=section, kind="heading"))
            i += 1
            continue
        blocks.append(Block(p.raw, p.page, item=item, section=section, kind="table" if is_table(p) else "para",
                            found_by=layouts.ACTION.name if is_action(p) else layouts.SIGN_OFF.name if _signs_off(p) else None))
        i += 1
    return blocks
