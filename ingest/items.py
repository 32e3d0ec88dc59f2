"""Agenda items and minute numbers: item headings, their sequence, numbers printed alone; not decisions."""
from __future__ import annotations

import re

from core import dates
from ingest import layouts
from ingest.lines import (
    LIST_START, TABLE_LINE, WRAP_WIDTH, agenda_item_words, headline_case, is_item_tag, item_no_value,
    item_number, looks_titley, plain, title_fits, title_runs_on, title_with_none, title_words, words,
)
from ingest.paras import Para, is_table


def is_item_heading(p: Para, next_para: Para | None, loose: bool = False) -> bool:
    """A numbered agenda-item heading: '3. Children and Young People's Presentation on Participation',
    '84. Apologies' / '(Item 1)', '## **5. Work Programme**', '19.01.3  Minutes', '52 Apologies for Absence',
    a heading wrapped onto a second line ('7 Opportunities to ... policies' / 'and charges')."""
    found = item_number(p.first, loose)
    if not found:
        return False
    rec, fields = found
    text = p.head or p.text     # a heading read as one ("4." / "Bridges"; a run-in title without its full stop)
    if p.lines and is_item_tag(plain(p.lines[-1])):
        return True
    if next_para is not None and not next_para.boundary and is_item_tag(next_para.text):
        return words(text) <= 25
    if text.endswith((".", ";", ",", ":")) and not (len(p.lines) == 1 and title_with_none(fields.get("title", ""))) \
            and not _referenced_lead(p, rec, text, next_para) or is_table(p) and not _number_column(p, fields):
        return False
    title = fields.get("title", "")
    if rec.name == "item_bare" and not title_fits(text, title, 16):
        return False
    if p.head:
        pass                    # the number's line and the title's line: one heading (see join_lone_numbers)
    elif len(p.lines) == 2:
        # a long heading wrapped onto a second line: the second line carries on in lower case, or
        # (an agenda's list) in capitals or with only the item's pages, or an application's address
        # runs on ("DC/7 Application 24/00321/FUL - Land off Ford Lane," / "Upper Hatherby")
        second = plain(p.lines[1])
        address = address_runs_on(found, plain(p.lines[0]), second)
        if not (second[:1].islower() or address or title_runs_on(plain(p.lines[0]), second)) or not title_fits(text, title, 22) \
                or item_number(second, loose) or LIST_START.match(second):
            return False
    elif len(p.lines) > 2 or not title_fits(text, title, MARKED_TITLE_WORDS if _marked(p) else 14):
        return False
    if re.match(r"^that\b", title, re.I):
        return False        # "3. That the Committee ...": a numbered part of a decision
    return title[:1].isupper() or title[:1].isdigit()


LEAD_TITLE_WORDS = 12       # words of a colon-ended title under a minute reference


def _referenced_lead(p: Para, rec: layouts.Recogniser, text: str, next_para: Para | None) -> bool:
    """'12/141   Minutes:' alone on its line over the minute's own text: a minute reference numbers
    nothing but minutes, so its line is a heading even when the title ends in a colon, as parish
    minutes print them; not when a list or another numbered line follows (a lead-in)."""
    return (rec.name in _MINUTE_REFS and len(p.lines) == 1 and text.endswith(":")
            and title_words(text) <= LEAD_TITLE_WORDS and next_para is not None and not next_para.boundary
            and not LIST_START.match(next_para.first) and layouts.first_match(layouts.ITEMS, next_para.first) is None)


def _number_column(p: Para, fields: dict[str, str]) -> bool:
    """A heading printed as one table row, the minute's number in a column of its own and the title
    in the next ("0406<tab>Apologies for Absence"): one line, its only tab after the number."""
    return (len(p.lines) == 1 and p.lines[0].count("\t") == 1
            and plain(p.lines[0].split("\t")[0]).strip() == fields.get("number", "").strip())


MARKED_TITLE_WORDS = 22     # a heading its paper marks as one may be a long "To approve the minutes of ... held on <date>"


def _marked(p: Para) -> bool:
    """The paper itself marks the line a heading (Markdown's '#', which Word's heading styles are read as)."""
    return len(p.lines) == 1 and p.lines[0].lstrip().startswith("#")


def agenda_item_titles(paras: list[Para]) -> list[str]:
    items = []
    lines = [plain(line) for p in paras if not p.boundary for line in p.lines]
    for k, line in enumerate(lines):
        head = _lone_item_head(line, lines[k + 1]) if k + 1 < len(lines) else None
        if head:
            items.append(head)      # "4." over "Bridges"
    for p in paras:
        for k, line in enumerate(p.lines):
            s = plain(line).strip("| -")
            nxt = plain(p.lines[k + 1]).strip() if k + 1 < len(p.lines) else ""
            if nxt and item_number(s) and not item_number(nxt) and (title_runs_on(s, nxt) or nxt[:1].islower()
                                                                    and len(s) >= WRAP_WIDTH and not s.endswith((".", ";", ":"))):
                s = f"{s} {nxt}"        # a title wrapped onto the next line
            s = re.sub(r"\s*\|?\s*\d+\s*-\s*\d+\s*\|?$", "", s)       # page range column
            s = re.sub(r"\s*\(Pages?\s*[\d\s-]+\)\s*$", "", s)
            if item_number(s) and title_fits(s, item_number(s)[1].get("title", ""), 20):
                items.append(s.strip(" |"))
    return items


def _norm_tokens(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in {"the", "and", "of", "to", "on", "for", "a", "in"}}


def match_agenda_item(title: str | None, items: list[str]) -> str | None:
    if not title or not items:
        return None
    t = _norm_tokens(title)
    best, best_score = None, 0.0
    for item in items:
        found = item_number(item)
        it = _norm_tokens(found[1].get("title", item) if found else item)
        if not it or not t:
            continue
        score = len(t & it) / len(it | t) if (t | it) else 0
        if score > best_score:
            best, best_score = item, score
    return best if best_score >= 0.4 else None


def is_application(found: tuple[layouts.Recogniser, dict[str, str]]) -> bool:
    """An item titled by the application it decides ("89. Application No: 23/01234/FUL – Land at
    Mill Lane, Hatherby"): a heading, however long, its commas an address's."""
    return layouts.APPLICATION_TITLE(found[1].get("title", "")) is not None


def address_runs_on(found: tuple[layouts.Recogniser, dict[str, str]] | None, line: str, next_line: str | None) -> bool:
    """An application's heading wrapped at its address's comma ("DC/7 Application 24/00321/FUL - Land off
    Ford Lane," / "Upper Hatherby"): the short next line is the rest of the heading, not the item's text."""
    if not found or not is_application(found) or not line.rstrip().endswith(",") or next_line is None:
        return False
    nxt = next_line.strip()
    return 0 < words(nxt) <= 6 and nxt[:1].isupper() and not nxt.endswith((".", ";", ":", ","))


# minute references that number nothing but minutes ("25/038", "19.01.3", "Minute 52"), unlike
# "3." or "3", which number lists and paragraphs too
# (not "S/25/0412", which as often names a planning application in a list under the minute)
_MINUTE_REFS = frozenset({"item_ref_dotted", "item_ref_slash", "item_word"})
# a short title run in before the minute's text on the same line ("Election of Chairman. Cllr A was elected ...")
_RUN_IN = re.compile(r"^(?P<title>[A-Z][^.!?:;]{2,70}?)\.(?:\s+(?=[A-Z(])|\s*$)")
RUN_IN_WORDS = 8        # a run-in title is a few words; a longer opening is the minute's first sentence


def run_in_heading(p: Para) -> tuple[Para, Para | None] | None:
    """A parish's minute with its title run in ('25/038 Election of Chairman. Cllr A was elected ...'):
    the heading ('25/038 Election of Chairman.', read as '25/038 Election of Chairman') and the text after it."""
    if p.boundary or p.head or not p.lines:
        return None
    first = p.lines[0]
    found = item_number(plain(first), loose=True)
    if not found or found[0].name not in _MINUTE_REFS:
        return None
    title = found[1].get("title", "")
    m = _RUN_IN.match(title)
    if not m or words(m.group("title")) > RUN_IN_WORDS or is_application(found) or re.search(r",|\s[-–—]\s", m.group("title")):
        # an address ("Orchard Cottage, Back Lane - extension.") is no run-in title
        return None
    cut = first.find(title) + m.end()
    if cut < m.end():
        return None
    heading = first[:cut].rstrip()
    rest = [first[cut:]] + p.lines[1:] if first[cut:].strip() else p.lines[1:]
    # the title alone on its line ("25/052 Planning.") heads the list under it as well
    return Para([heading], p.page, head=plain(heading)[:-1].rstrip()), (Para(rest, p.page) if rest else None)


# an item's number and a short title run in before a colon, the item's text after it, at a line's start:
# "7 Planning applications: 22/01734/FUL Full application for a replacement garage ..."
_RUN_IN_COLON = re.compile(r"^(?P<head>\d{1,2}\.?\s+[A-Z][\w'’&/(), -]{2,60}?)\s*:(?:\s+(?P<rest>\S.*))?$")
INNER_TITLE_WORDS = 12  # a title run in before a colon: "2 Declaration of Councillors interests for items on the agenda:"
INNER_GAP = 3           # how far past the item before an item run in mid-paragraph may stand (a skipped number)


def _inner_items(paras: list[Para]) -> list[Para]:
    """Minutes typed with no blank line between items ("Present: ..." / "1 Welcome and apologies: ..." /
    "2 Declaration of interests: None." / ...): a line inside a paragraph that opens the next item's number
    and a short title before a colon starts that item, its heading split from its text. Only the next
    numbers in sequence: "2 Members: ..." after item 6 is a list's line, not item 2."""
    out: list[Para] = []
    last: int | None = None
    for p in paras:
        if p.boundary or p.head or len(p.lines) < 2:
            out.append(p)
            last = item_heading_no(p.first, last) if not p.boundary and p.lines else last
            continue
        last = item_heading_no(plain(p.lines[0]), last)
        lines: list[str] = []
        for k, raw in enumerate(p.lines):
            line = plain(raw)
            m = _RUN_IN_COLON.match(line) if k else None
            n = item_no_value(line) if m else None
            if n is None or words(m.group("head")) > INNER_TITLE_WORDS or not (
                    n <= INNER_GAP if last is None else last < n <= last + INNER_GAP):
                lines.append(raw)
                continue
            if lines:
                out.append(Para(lines, p.page))
            out.append(Para([m.group("head") + ":"], p.page, head=m.group("head")))
            lines, last = [m.group("rest")] if m.group("rest") else [], n
        if lines:
            out.append(p if len(lines) == len(p.lines) else Para(lines, p.page))
    return out


def split_item_lines(paras: list[Para]) -> list[Para]:
    """Minutes often print an item's number and title on the line above its text, with no
    blank line between ('19.01.3  Minutes' / 'The minutes of ...'), or run the title in before
    the text ('25/038 Election of Chairman. Cllr ...'): split the heading off."""
    out: list[Para] = []
    todo = list(reversed(_inner_items(paras)))
    last_no: int | None = None      # the number of the last item heading: the next item's is one more
    while todo:
        p = todo.pop()
        run_in = run_in_heading(p)
        if run_in:
            out.append(run_in[0])
            if run_in[1] is not None:
                todo.append(run_in[1])
            continue
        if not p.boundary and p.lines:
            before, last_no = last_no, item_heading_no(plain(p.lines[0]), last_no)
        if p.boundary or len(p.lines) < 2 or p.head:
            out.append(p)
            continue
        first = plain(p.lines[0])
        if is_item_tag(first):
            out.append(Para(p.lines[:1], p.page))      # "(Item 5)" over the item's text
            out.append(Para(p.lines[1:], p.page))
            continue
        found = item_number(first, loose=True)
        heading_lines = 1
        # the number after the last item heading's ("3. Matters arising" after "2. Minutes"): the next
        # item, whatever the case of its title's words
        next_item = bool(found and found[0].name in ("item_dotted", "item_bare") and before is not None
                         and item_no_value(first) == before + 1 and last_no == before + 1)
        title = found[1].get("title", "") if found else ""
        # (a title worded as an agenda item's, "To approve the Minutes of the meeting held on ...", heads its item)
        agenda_words = agenda_item_words(title) and title_fits(first, title)
        if found and found[0].name == "item_dotted" and ("," in first or title_words(first) > 8) and not is_application(found) \
                and not agenda_words \
                and not (next_item and "," not in first and looks_titley(title) and len(p.lines) > 2) \
                and not (next_item and headline_case(title) and title_words(first) <= 10 and not _over_list(p)) \
                and not (next_item and _capitals(title) and title_words(first) <= 14 and not _over_list(p)):
            # "1. Mr A, Deputy Leader, ...": a numbered paragraph (or a long heading wrapped on two lines); the
            # next item's title in headline case keeps its commas ("7. Parks, Open Spaces and Allotments Update")
            out.append(p)
            continue
        second = plain(p.lines[1])
        # an application's address wrapped at its comma ("DC/7 Application 24/00321/FUL - Land off Ford Lane," /
        # "Upper Hatherby"): the second line is the rest of the heading
        address = len(p.lines) > 2 and address_runs_on(found, first, second)
        # a minute reference's title ending in a colon over the minute's text ("03/2019: Election of Chairman:" /
        # "Councillor Dale was proposed ..."), as `_referenced_lead` reads it alone on its line
        lead = bool(found and found[0].name in _MINUTE_REFS and first.endswith(":") and title_words(first) <= LEAD_TITLE_WORDS
                    and not LIST_START.match(second) and item_number(second, loose=True) is None)
        if found and (not first.endswith((".", ",", ";", ":")) or address or lead) \
                and title_fits(first, title, 20 if is_application(found) else 14) \
                and not re.match(r"^that\b", found[1].get("title", ""), re.I) \
                and (found[0].name not in ("item_dotted",) or looks_titley(title) or agenda_words
                     or next_item and title_words(first) <= 8):
            if (second[:1].islower() and len(p.lines) > 2 or title_runs_on(first, second) or address) \
                    and words(first) + words(second) <= 22 and not LIST_START.match(second) \
                    and not item_number(second, loose=True):
                heading_lines = 2       # a heading wrapped onto a second line
            listed = item_number(second, loose=True)
            if listed and listed[0].name in ("item_bare", "item_dotted") and found[0].name in ("item_bare", "item_dotted"):
                out.append(p)           # a numbered list, not a heading over text ("Min 84 – ..." under it is its text)
                continue
            out.append(Para(p.lines[:heading_lines], p.page))
            if p.lines[heading_lines:]:
                todo.append(Para(p.lines[heading_lines:], p.page))
        else:
            out.append(p)
    return out


def _capitals(title: str) -> bool:
    """A title printed in capitals ("CALL-IN: BUS SERVICES (CABINET 3 MAY 2025, MINUTE 45)"): no
    sentence is, so its commas and length do not make it a numbered paragraph."""
    letters = [ch for ch in title if ch.isalpha()]
    return len(letters) >= 6 and all(ch.isupper() for ch in letters) and not title.endswith((".", ",", ";"))


# a line cut short in a sentence: it ends on a word that never ends one ("carried by 4 votes to" / "3.")
_RUNS_ON = re.compile(r"\b(?:to|of|by|and|or|the|a|an|at|in|on|for|from|with|than|was|were|be|is|are|per|of\s+the)\s*$",
                      re.I)


def _over_list(p: Para) -> bool:
    """The numbered line (and the line its title runs on to) stands over a list's parts ("3. Business,
    Medical and Trader Permits" / "a. Approved ..."): a numbered part of a decision, not an item over its text."""
    first, k = plain(p.lines[0]), 1
    if len(p.lines) > 2 and title_runs_on(first, plain(p.lines[1])):
        k = 2
    return bool(LIST_START.match(plain(p.lines[k])))


def near_in_list(line: str, other: str) -> bool:
    """`other` is a numbered line of the same list as `line`: its number is next to line's
    ("2. The design ..." above "3. ..."), or either is not numbered by a bare or dotted number. A
    minute's "91. Appeal Decisions" after a decision's "2. ..." is not the list's next line."""
    found = item_number(other, loose=True)
    if not found:
        return False
    a, b = item_no_value(line), item_no_value(other)
    if a is None or b is None or found[0].name not in ("item_dotted", "item_bare"):
        return True
    return abs(a - b) <= 1


# an item's title may open with the year it is for: "2024-2025 POLICE PRECEPT", "2025/26 Budget Monitoring"
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d(?:\s*[-/–]\s*(?:19|20)?\d\d)?\s+[A-Z]")


def _lone_item_head(number_line: str, title_line: str) -> str | None:
    """The heading an item number printed alone ("4.", "Item 4", "Minute 24/123") makes with the
    title on the line after it, when that line reads as an item's title; else None."""
    found = layouts.ITEM_ALONE(number_line)
    title = title_line.strip()
    if found is None or not title or not (title[:1].isupper() or _YEAR_FIRST.match(title)) or not title_fits(title, title):
        return None
    if title.endswith((".", ",", ";", ":")) or re.match(r"^that\b", title, re.I) or layouts.ITEM_ALONE(title) \
            or item_number(title, loose=True) or dates.is_date_line(title) or TABLE_LINE.search(title):
        return None
    if not found.get("word") and not found.get("stop") and not (looks_titley(title) and words(title) <= 10):
        return None             # a bare "4" over a line: a table's cell unless the line reads as a title
    if found.get("word"):
        return f"{number_line.strip()} {title}"
    if found["number"][:1].isalpha():
        return f"{found['number']} {title}"     # "LIC/25/14": a committee's reference takes no full stop
    return f"{found['number']}{'.' if '.' not in found['number'] or found.get('stop') else ''} {title}"


def join_lone_numbers(paras: list[Para]) -> list[Para]:
    """Papers that print an item's number in a column of its own give it a line to itself, the
    title on the next line (or in the next paragraph): make the two lines one heading paragraph,
    split from the text around it."""
    out: list[Para] = []
    todo = list(paras)
    i = 0
    while i < len(todo):
        p = todo[i]
        i += 1
        if p.boundary or p.head:
            out.append(p)
            continue
        cut = head = None
        for k, line in enumerate(p.lines):
            if k and _RUNS_ON.search(plain(p.lines[k - 1])):
                continue            # the number ends the sentence of the line above: "... by 4 votes to" / "3."
            if k + 1 < len(p.lines):
                title = p.lines[k + 1]
            elif i < len(todo) and not todo[i].boundary and todo[i].lines:
                title = todo[i].lines[0]
            else:
                break
            head = _lone_item_head(plain(line), plain(title))
            if head:
                cut = k
                break
        if cut is None:
            out.append(p)
            continue
        if cut:
            out.append(Para(p.lines[:cut], p.page))
        if cut + 1 < len(p.lines):
            out.append(Para(p.lines[cut:cut + 2], p.page, head=head))
            if p.lines[cut + 2:]:
                todo.insert(i, Para(p.lines[cut + 2:], p.page))
        else:
            nxt = todo[i]
            out.append(Para([p.lines[cut], nxt.lines[0]], p.page, head=head))
            if nxt.lines[1:]:
                todo[i] = Para(nxt.lines[1:], nxt.page)
            else:
                i += 1
    return out


def in_sequence(p: Para, last_no: int | None) -> bool:
    """A bare or dotted number is an item only if it follows the item before (lists restart at 1;
    '31 Frances Riley' in a list of names is not item 31 after item 6)."""
    found = item_number(p.first, loose=True)
    if not found or found[0].name not in ("item_bare", "item_dotted") or last_no is None:
        return True
    n = item_no_value(p.first)
    return n is not None and last_no < n <= last_no + 15


LOST_DIGITS_GAP = 3         # how far past the item before a heading with lost digits may stand


def lost_leading_digits(paras: list[Para], i: int, last_no: int | None) -> int | None:
    """The number an item heading out of sequence stands for when its leading digit(s) did not
    print (a word processor's list number cut short: "6 Community Grants" between items 55 and
    57): a number just after the item before that ends with the printed digits, and the next
    numbered item in the paper goes on from it. Else None: a list's "6" stays a list's."""
    n = item_no_value(paras[i].first)
    found = item_number(paras[i].first, loose=True)
    if n is None or last_no is None or found is None or found[0].name not in ("item_bare", "item_dotted"):
        return None
    for m in range(last_no + 1, last_no + 1 + LOST_DIGITS_GAP):
        if len(str(m)) > len(str(n)) and str(m).endswith(str(n)):
            break
    else:
        return None
    for k in range(i + 1, len(paras)):
        q = paras[k]
        if q.boundary or not is_item_heading(q, paras[k + 1] if k + 1 < len(paras) else None, loose=True):
            continue
        later = item_number(q.first, loose=True)
        if later is None or later[0].name not in ("item_bare", "item_dotted"):
            continue
        v = item_no_value(q.first)
        if v is not None and m < v <= m + LOST_DIGITS_GAP:
            return m            # the sequence goes on from m: the heading was m's
        if v is not None and last_no < v <= last_no + 15:
            return None         # the sequence goes on without it
    return None


def item_heading_no(line: str, last: int | None) -> int | None:
    """The number of the item a line heads (a number and a short capitalised title, no sentence), else `last`."""
    found = item_number(line, loose=True)
    title = found[1].get("title", "") if found else ""
    if found is None or not title[:1].isupper() or re.match(r"^that\b", title, re.I) or not title_fits(line, title) \
            or line.endswith((".", ",", ";", ":")) and not title_with_none(title):
        return last
    n = item_no_value(line)
    if n is None or last is not None and not last < n <= last + 15:
        return last             # out of sequence: a list's number ("31 Frances Riley"), not the next item's
    return n
