"""Figures: whether a sentence gives a figure of the kind a "how much" question asks (a sum, a share, a rate, a
length of time, a change, a comparison), a table row's figures read under their headings, and the newest of one
figure given for several years. It does not count things (answer/counts.py) or choose the line (answer/facts.py)."""
from __future__ import annotations

import re

from core import dates, tables
from core.terms import STOPWORDS, terms
from core.sentences import bare, is_label
from answer.fact import Scored
from answer.when import WHEN


_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                 "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
                 "thousand|dozen")
# a figure with its unit ("£12.130m", "11.7%", "3 million", "two million miles", "118 weeks"), or a count
# that is not a paragraph's number
_PER_CENT = r"(?:%|per\s?cent(?:age\s+points?)?\b)"   # "11.7%", "11.7 per cent", "5 percentage points"
_TIME_UNIT = r"(?:weeks?|days?|months?|hours?|minutes?)"           # a length of time's unit (years apart: "5 years old")
FIGURE = re.compile(rf"£\s?\d|\d[\d,.]*\s?(?:{_PER_CENT}|m\b|bn\b|million|billion)"
                    rf"|\b(?i:{_NUMBER_WORDS}|half\s+a)\s+(?i:million|billion)\b"
                    rf"|\d[\d,.]*\s?{_TIME_UNIT}\b")
# "how long ...": a length of time is asked ("how long is the wait"), not a length in metres ("how long is the route")
LENGTH_ASKED = re.compile(r"\bhow\s+long\b(?![^?]*\b(?:metres?|miles?|km|kilometres?|feet|yards?|route|road|path|"
                          r"cycleway|track|pipe|cable)\b)", re.I)
# a length of time: "34 weeks", "18 months", "two years", "six weeks"
DURATION = re.compile(rf"\b(?:\d[\d,.]*|{_NUMBER_WORDS}|a)\s?(?:{_TIME_UNIT}|years?)\b", re.I)
_UNTIL = re.compile(r"\b(?:until|till|up\s+to|to\s+the\s+end\s+of|through\s+to)\s", re.I)


def gives_length(text: str) -> bool:
    """The text says how long: a length of time ("29 weeks"), or the time a thing lasts until
    ("extend the cap until 31 December 2026")."""
    return bool(DURATION.search(text) or (m := _UNTIL.search(text)) and WHEN.search(text, m.end()))


# "how often ...": a frequency is asked ("how often does the committee meet"), and a sentence giving one answers it:
# "every other month", "each quarter", "twice a year", "three times per term", "monthly", "bi-monthly", "quarterly",
# "fortnightly", "on a six-monthly basis" (a date or a clock time, "held on 7th November at 7.30 p.m.", says when, not
# how often)
OFTEN_ASKED = re.compile(r"\bhow\s+(?:often|frequently|regularly)\b"
                         r"|\bhow\s+many\s+times\s+(?:a|an|per|each|every)\s+(?:week|month|quarter|year|term)\b", re.I)
_PERIOD_UNIT = r"(?:days?|weeks?|fortnights?|months?|quarters?|years?|terms?|annum)"
FREQUENCY = re.compile(
    rf"\b(?:every|each)\s+(?:other\s+|second\s+|third\s+|few\s+|couple\s+of\s+|(?:\d+|{_NUMBER_WORDS})\s+)?{_PERIOD_UNIT}\b"
    rf"|\b(?:once|twice|thrice|(?:\d+|{_NUMBER_WORDS})\s+times)\s+(?:a|an|per|each|every)\s+(?:\w+\s+)?{_PERIOD_UNIT}\b"
    r"|\b(?:bi-?|tri-?|six-?)?(?:daily|weekly|monthly|yearly|annually)\b|\b(?:quarterly|fortnightly|biannually|bi-annually)\b",
    re.I)


def gives_frequency(text: str) -> bool:
    """The text says how often: "resolved to meet every other month", "meets quarterly", "twice a year"."""
    return FREQUENCY.search(text) is not None


TOTAL_ROW = re.compile(r"^\W*(?:grand\s+)?total\b", re.I)   # a table's total row
TOTAL_ASKED = re.compile(r"\b(?:total|altogether|in all|combined)\b", re.I)
# a rate: "a week", "per child", "each year", "weekly"; a question asking one wants the figure given at it
_RATE_UNITS = r"(week|month|year|annum|day|night|hour|head|person|child|pupil|resident|household|place|bed|mile)"
RATE_ASKED = re.compile(r"\b(?:a|an)\s+(week|month|year|day|night|hour)\b"         # "a week" (not "a child")
                        rf"|\b(?:per|each|every)\s+{_RATE_UNITS}\b"
                        r"|\b(weekly|monthly|yearly|annually|daily|nightly|hourly)\b", re.I)
# a question asking which way a figure went ("has the number of complaints gone down", "is it going up"):
# a figure given as a change answers it, a level alone does not
TREND_ASKED = re.compile(r"\b(?:go(?:ing|ne|es)?|went|com(?:e|ing)|came|gett?ing|got)\s+(?:up|down|higher|lower|worse|better)\b"
                         r"|\b(?:fall(?:en|ing|s)?|fell|ris(?:en|ing|es)|rose|increas\w*|decreas\w*|drop(?:ped|ping|s)?|"
                         r"reduc\w*|shr[iu]nk\w*|up or down|more or less|fewer)\b", re.I)
# a sentence giving a figure as a change: "decreased by 16% from 1809 to 1520", "had reduced from 147 to 120"
CHANGE = re.compile(r"\b(?:increas\w*|decreas\w*|reduc\w*|fell|fallen|falling|rose|risen|rising|drop(?:ped|ping)?|"
                    r"declin\w*|grew|grown|shr[iu]nk\w*|went (?:up|down)|(?:gone|come) (?:up|down))\b"
                    r"|\bfrom\s+\S*\d[\d,.%]*\S*(?:\s+\w+){0,3}?\s+to\s+\S*\d", re.I)
# a question comparing a place with others ("better than the rest of the country", "compared with England"):
# a sentence setting two figures side by side ("Exampleshire (3.4%) remains below England (4.7%)") answers it
COMPARISON_ASKED = re.compile(r"\b(?:than|compared?|comparison|versus|vs)\b", re.I)
_COMPARES = re.compile(r"\b(?:than|compared (?:to|with)|above|below|in line with)\b", re.I)
_FIGURE = re.compile(rf"£\s?\d[\d,.]*|\d[\d,]*(?:\.\d+)?\s?{_PER_CENT}|\b\d[\d,]*\.\d+\b")
_PARAGRAPH_NUMBER = re.compile(r"^\W*\d+(?:\.\d+)*\s")


def compares_figures(sentence: str) -> bool:
    """A sentence setting two figures side by side with a comparison ("below England (4.7%)"); a
    paragraph's own number ("2.17 Exampleshire ...") is no figure."""
    body = _PARAGRAPH_NUMBER.sub("", sentence)
    return bool(_COMPARES.search(body)) and len(_FIGURE.findall(body)) >= 2


# a question asking a share ("what percentage", "the conversion rate"): a figure in per cent answers it
SHARE_ASKED = re.compile(r"\b(?:percentage|proportion|per\s?cent|what\s+share|(?:conversion|success|completion|response|take-?up|"
                         r"uptake|attendance|occupancy|vacancy|turnover|pass|participation|satisfaction|collection|"
                         r"recycling|absence|exclusion|employment|unemployment|retention|vaccination|immuni[sz]ation)"
                         r"\s+rates?)\b|%", re.I)
PERCENT = re.compile(rf"\d\s?{_PER_CENT}", re.I)
_ADVERBS = {"weekly": "week", "monthly": "month", "yearly": "year", "annually": "year", "daily": "day",
            "nightly": "night", "hourly": "hour"}


# a question asking for a sum of money (not "how many grants", a count), and a sentence giving one
MONEY_ASKED = re.compile(r"^(?!.*\b(?:how many|number of)\b)(?=.*(?:\b(?:costs?|costing|spend|spent|spending|pay|paid|"
                         r"allowances?|fees?|charges?|price|salary|grants?|funding|precept|how much money|band\s+[a-h])\b|£))",
                         re.I | re.S)
# a charge asked by what it is levied on, always a sum: a council tax band ("the band D council tax", "how much is band D")
CHARGE_ASKED = re.compile(r"\bband\s+[a-h]\b", re.I)
# the words a figure question is framed in, not what it asks a figure of ("how much did we pay for scalpings")
FIGURE_FRAME = frozenset(terms("pay paid pays paying spend spent spends spending cost costs costing costed "
                               "charge charged charges price priced"))


MONEY = re.compile(r"£\s?\d|\d[\d,.]*\s?(?:pounds|pence|p\b)|\$\s?\d|€\s?\d", re.I)
# a table's column of sums names its unit in the heading, not in the cells: "Allocation (£m)", "Budget £000"
MONEY_COLUMN = re.compile(r"£|\bpounds\b|\bGBP\b", re.I)
# a table cell in pounds and pence: "1,080.00", "48.00" (a count has no pence; a rate "4.8" no two places)
PENCE_CELL = re.compile(r"-?\(?\d{1,3}(?:,\d{3})*\.\d\d\)?")


# a sum written without its sign, right after the word saying it is money: "apply for a precept of 6,500",
# "the budget was 12000" (not a year, not a share)
_BARE_SUM = re.compile(r"\b(?:precept|budget|cost|fee|grant|price|charge|allocation)s?\s+(?:of\s+|at\s+|was\s+|is\s+|"
                       r"will\s+be\s+|to\s+|set\s+at\s+)?(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d{3,})(?:\.\d\d)?\b(?!\s?%)",
                       re.I)


def names_sum(sentence: str) -> bool:
    """The sentence prints a sum of money: with its sign ("£1,874.52") or bare after the word saying it is money."""
    return bool(MONEY.search(sentence) or _BARE_SUM.search(sentence))


def gives_sum(sentence: str, chunk_text: str) -> bool:
    """A sum of money: printed with its sign ("£4.2m"), written bare after the word saying it is money ("a
    precept of 6,500"), or a table row's figure under a column heading in pounds ("Spent to date (£m)" over
    "21.4")."""
    if MONEY.search(sentence) or _BARE_SUM.search(sentence):
        return True
    if "\t" in sentence and "\n" not in sentence and any(PENCE_CELL.fullmatch(c.strip()) for c in sentence.split("\t")[1:]):
        # a payments schedule's row ends in pounds and pence ("Greenway Grounds Ltd  Grass cutting  BACS
        # 1,080.00"), its "Amount (£)" heading perhaps left in the chunk before, where the table was cut
        return True
    heads = tables.column_headings(chunk_text, sentence)
    return bool(heads) and any(h and MONEY_COLUMN.search(h) and re.search(r"\d", cell)
                               for h, cell in zip(heads, sentence.split("\t")))


# a table printed one cell a line (a web page's payments or balances): the sum's cell alone on its line
# under the line naming what it is for ("G Ankers – Annual Grounds maintenance" / "" / "£ 840.00")
_SUM_CELL = re.compile(r"[ \t]*£\s*\d[\d,]*(?:\.\d\d)?[ \t]*")
CELL_GAP_LINES = 2          # the most line breaks between a line and the cell holding its sum


def sum_cell_after(chunk_text: str, end: int) -> tuple[int, int] | None:
    """The span of a sum printed alone on its line just under the text ending at `end` (one cell a line), or
    None: the line naming a payment, with no figure of its own, and the cell with its amount read as one row."""
    m = re.match(r"[ \t]*(?:\n[ \t]*){1,%d}" % CELL_GAP_LINES, chunk_text[end:])
    if not m or re.search(r"\d", chunk_text[chunk_text.rfind("\n", 0, end) + 1:end]):
        return None     # (a line with a figure of its own is prose or a row, not a payee's cell)
    start = end + m.end()
    line_end = chunk_text.find("\n", start)
    line_end = len(chunk_text) if line_end < 0 else line_end
    return (start, line_end) if _SUM_CELL.fullmatch(chunk_text[start:line_end]) else None


# how many sentences after a sentence on the subject, in its paragraph, are read as still on it
PARAGRAPH_LOOK = 6
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# a line of its own giving a sum under a name of its own ("North Ward - £200.00", "Total: £500"): a row of a
# list of parts (wards, funds), its own thing's sum, not the paragraph's subject's
_NAMED_SUM_LINE = re.compile(r"[ \t]*[A-Za-z][^£\d\n.]{0,40}?[ \t]*[-–:=][ \t]*£[ \t]?\d[\d,]*(?:\.\d\d)?[ \t]*")


def sum_in_paragraph(s: Scored, ranked: list[Scored]) -> Scored | None:
    """The first sentence after `s` in its paragraph giving a sum, or None: a paragraph names its subject in its
    opening line and gives the sum a few sentences later, in words that do not name it again ("The Riverside
    Special Olympics club are seeking funding ... There are currently 40 members who each pay £15.00 per month").
    The paragraph ends at a blank line, a heading (core.sentences.is_label) or a table row (a new row's subject);
    `s` must name the subject itself (a word of the question's, less its frame); a sum of another period than the
    one asked, or a line giving a sum under a name of its own ("Ward A - £167.00"), is none."""
    if s.subject <= 0:
        return None
    text = s.passage.chunk.text
    last = s.end
    after = sorted((t for t in ranked if t.passage is s.passage and t.start >= s.end), key=lambda t: t.start)
    for t in after[:PARAGRAPH_LOOK]:
        if _BLANK_LINE.search(text, last, t.start) or "\t" in t.text or is_label(t.text):
            return None
        if not t.off_period and not _NAMED_SUM_LINE.fullmatch(t.text) \
                and (gives_sum(t.text, text) or sum_cell_after(text, t.end)):
            return t
        last = t.end
    return None


def rate_of(text: str) -> set[str]:
    """The units of the rates a text names ("£6,500 per week, per child" -> {"week", "child"})."""
    return {_ADVERBS[c.lower()] if c else (a or b).lower().replace("annum", "year")
            for a, b, c in RATE_ASKED.findall(text)}


_PAST = re.compile(r"\b(?:was|were|did|had|last\s+year|previous)\b", re.I)
SAME_KIND_SHARE = 0.6      # two sentences sharing this much of their words (less figures and years) give one figure


def _period_end(text: str) -> str | None:
    """The end of the latest year, financial year or quarter a sentence names."""
    return max((d.date_to for d in dates.find_spans(text) if d.kind in ("financial_year", "year", "quarter", "part_year")),
               default=None)


def _newest_of_its_kind(best: Scored, near: list[Scored]) -> Scored:
    """Of the sentences near the best giving the same figure as it (most of their words shared, figures and years
    apart), the one naming the latest period; the best when it names none."""
    if _period_end(best.text) is None:
        return best
    def words(s: Scored) -> set[str]:
        return {t for t in terms(bare(s.text)) if not t[0].isdigit()} - STOPWORDS
    mine = words(best)
    same = [s for s in near if _period_end(s.text) and len(words(s) & mine) >= SAME_KIND_SHARE * max(len(mine), len(words(s)))]
    return max(same, key=lambda s: _period_end(s.text), default=best)


def _row_reading(s: Scored) -> str | None:
    """"No. of children open to an Early Help Pathway: Actual 3046; Target 3200": a table row's
    figures each under its column heading, as printed (a bare row of figures cannot be briefed from)."""
    pairs = tables.cells_under(s.passage.chunk.text, s.text) if "\t" in s.text else []
    return f"{tables.row_name(s.text)}: " + "; ".join(f"{h} {c}" for h, c in pairs) if pairs else None


def _sum_row_named(s: Scored, question: str) -> bool:
    """A table row the question names in full ("spent on the harbour scheme" and the row
    "Harbour scheme ...") with a sum under a column in pounds: it says what its figure is, as a
    sentence does."""
    return "\t" in s.text and _name_share(s.text, set(terms(question))) >= 1.0 \
        and gives_sum(s.text, s.passage.chunk.text) and not MONEY.search(s.text)


# a line labelling its value: "Band D: £245.10 (2025/26)", "Precept – £48,500"
_LABELLED_VALUE = re.compile(r"^\W*([A-Za-z][^:\n\t]{0,60}?)[ \t]*[:–—][ \t]*(\S[^\n]*)$")


def _share_row_named(s: Scored, question: str) -> bool:
    """Asked a share ("what proportion of children in care are placed with our own foster carers"), a table row the
    question names in full giving one in per cent ("% of Children in Care that are placed with an In-house Foster
    Carer  37.7%  40%"): it says what its figure is, as a sentence does."""
    return "\t" in s.text and bool(SHARE_ASKED.search(question)) and _name_share(s.text, set(terms(question))) >= 1.0 \
        and bool(PERCENT.search(s.text))


def _sum_label_named(s: Scored, question: str) -> bool:
    """A line the question names by its label, giving a sum after it ("Band D: £245.10 (2025/26)" for "what is the
    band D council tax"): it says what its figure is, as a sentence does."""
    m = _LABELLED_VALUE.match(s.text.strip())
    label = set(terms(m.group(1))) - STOPWORDS if m else set()
    return bool(label) and label <= set(terms(question)) and bool(MONEY.search(m.group(2)))


def _topic_terms(question: str) -> set[str]:
    """The question's terms less its numbers, months and how-many framing: what a figure is of."""
    return {t for t in terms(question) if not t[0].isdigit() and t not in _FRAMING}


# how a figure is asked for, and the words of a period: not what the figure is of
_FRAMING = {"many", "much", "number", "total", "figure", "quarter", "year", "month", "end", "start"} | {
    t for name in dates.MONTHS for t in terms(name)}


_COMPANY_SUFFIX = set(terms("Ltd Limited plc LLP CIC"))


def _name_share(row: str, asked: set[str]) -> float:
    """The share of a table row's name that is the question's words (a payee's "Ltd" or "plc" is
    not a word anyone asks with)."""
    name = set(terms(tables.row_name(row))) - _COMPANY_SUFFIX
    return len(name & asked) / len(name) if name else 0.0


def _cell_reading(s: Scored) -> str:
    """"No. of children in care, Dec 22: 693 (58.2)": the row's name and its cell under the period
    asked, both as printed (the citation quotes the whole row)."""
    heading, cell = s.period_cell
    return f"{tables.row_name(s.text)}, {heading}: {cell}"


_NUMBER = re.compile(r"(?<![\w.,])\d[\d,.]*(?![\w])")


def _unasked(text: str, question: str, intent: str) -> str:
    """The text less the numbers the question itself gives ("issued within 20 weeks"): a figure
    asked for is not one the question already holds."""
    if intent != "quantity":
        return text
    asked = {m.group(0).rstrip(".,") for m in _NUMBER.finditer(question)}
    if not asked:
        return text
    return _NUMBER.sub(lambda m: "" if m.group(0).rstrip(".,") in asked else m.group(0), text)


# a figure beside an earlier one ("1,219 ... compared to 1,146", "up from 12"), and a number that is not a year
_BESIDE_EARLIER = re.compile(r"\d[^.;]*?\b(?:compared (?:to|with)|than|(?:up|down) from|against)\b[^.;]*?\d", re.I)
_NUMBER_NOT_YEAR = re.compile(r"(?<![\w/])(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?(?![\w/])")


def gives_change(sentence: str) -> bool:
    """The sentence gives a figure as a change ("decreased by 16% from 1809 to 1520", "have risen by 7%") or beside
    an earlier one ("1,219 ... compared to 1,146"): a change or comparison said, with a percentage or two numbers
    that are not years ("Reduction in re-referrals (within 6 months of the plan)" names a measure, not a change)."""
    if not (CHANGE.search(sentence) or _BESIDE_EARLIER.search(sentence)):
        return False
    return bool(PERCENT.search(sentence)) or len(_NUMBER_NOT_YEAR.findall(sentence)) >= 2


# a figure printed as a target ("the target of £1000", "Target: 92%", "the floor standard of 75.0%"), and a
# question asking one
TARGET_FIGURE = re.compile(r"\b(?:targets?|floor(?:\s+standard)?|minimum\s+standard)\b"
                           r"(?:\s+(?:of|was|is|were|set\s+at))?\s*:?\s*(?:of\s+)?[£$€]?\s?\d[\d,.]*"
                           r"(?:\s?(?:%|k\b|m\b|bn\b|million|billion))?", re.I)
TARGET_ASKED = re.compile(r"\b(?:targets?|aim\w*|goal|aspiration|ambition)\b", re.I)
# a plan's action worded as an instruction with its deadline: "Increase the number of foster carers by 10% by
# 2027", "Reduce waiting times to 18 weeks by March 2026" (at the line's start, after a label's colon or bold)
_AIM_ACTION = re.compile(r"(?:^|[:*]\s*)(?:increase|reduce|raise|cut|halve|double|grow|lower|achieve|deliver|recruit|"
                         r"improve|maintain)\b[^.;\n\t]*?\d[^.;\n\t]*?\b(?:by|before|within)\s+"
                         rf"(?:(?:the\s+end\s+of\s+)?(?:{dates._MONTH}\s+)?(?:19|20)\d\d\b)", re.I)
# a figure set as an aim in words: "we aim to recruit 40", "the ambition is 95%", "our goal of 1,000"
# ("the target is to return 18 empty units to use and create 36 new homes")
_AIMED_FIGURE = re.compile(r"\b(?:aim(?:s|ing)?\s+to|ambition\s+(?:is|of|to)|goal\s+(?:is|of)|aspir\w+\s+to"
                           r"|targets?\s+(?:is|was|are|were)\s+to)\b(?:[^.;\n]|\n(?!\n))*", re.I)   # (on over a wrapped line)
# a target the figure asked is measured against, not the target asked itself: "how many homes were created,
# against its target", "the average caseload compared with the target", "did it meet its target"
TARGET_COMPARED = re.compile(r"\b(?:against|compared?\s+(?:with|to)|versus|vs\.?|meet|met|hit|beat|miss(?:ed)?|"
                             r"(?:on|above|below|under|over|behind|ahead\s+of)\s+)\s*(?:its|the|their|our|his|her|a)?"
                             r"\s*targets?\b", re.I)


def sets_an_aim(sentence: str) -> bool:
    """The sentence's figures are an aim, not what is: a plan's action with its deadline ("Increase the number
    of our foster carers by 10% by 2027"), or figures given only as a target or an aim ("against a
    target of 700", "we aim to recruit 40 more"). A figure of what is beside its target ("a total of 1,469
    ceremonies surpassing the target of 1,400") is no aim."""
    body = sentence       # as printed: a count may open it ("64 children ..."), as a paragraph's number does
    if _AIM_ACTION.search(body):
        return True
    if not re.search(r"\d", body):
        return False
    rest = _AIMED_FIGURE.sub(" ", TARGET_FIGURE.sub(" ", body))
    return rest != body and not re.search(r"\d", _dates_removed(rest))


def _dates_removed(text: str) -> str:
    """The text less the dates and years it names: "by 2027", "in March 2026" are no figures."""
    for d in sorted(dates.find_spans(text), key=lambda d: -d.start):
        text = text[:d.start] + " " + text[d.end:]
    return re.sub(r"\b(?:19|20)\d\d(?:/\d\d)?\b", " ", text)


# a figure given as the change of the thing ("decreased by 25 in the Quarter", "a significant reduction of 68",
# "an increase of 14 children", "fell from 1,460 to 1,409"): the change word with the size of the change after it
_CHANGE_BY = re.compile(r"\b(?:increas\w*|decreas\w*|reduc\w*|rais\w*|fell|fallen|rose|risen|drop(?:ped)?|declin\w*|"
                        r"grew|grown|(?:went|gone|come|came)\s+(?:up|down)|up|down|higher|lower|fewer|more)\s+"
                        r"(?:\w+\s+){0,3}?"
                        r"(?:by|of)\s+(?:around\s+|about\s+|over\s+|almost\s+|nearly\s+)?[£$€]?\d", re.I)


def changed_by(sentence: str) -> bool:
    """The sentence says by how much a figure changed, the size of the change after its word ("decreased by 25 in
    the Quarter to 1,409", "a reduction of 68", "raise council tax by 2.99%"); a change word with a figure of
    something else ("an increase in internal foster care which is overspent by £926,000") is not."""
    return bool(_CHANGE_BY.search(bare(sentence)))
