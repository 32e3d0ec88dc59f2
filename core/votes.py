"""Reading votes printed in minutes: recorded votes ("For (39) Against (19) Abstain (1)"),
show-of-hands counts ("For 7, Against 2, Abstain 1", "6 in favour, none against with 3 abstentions", "CARRIED (6 members voting
in favour ...)", "LOST (4 ... 5)", "9 Members voted For, 4 Against and 2 Abstained", "The vote was 9 for
and 4 against"), named recorded votes ("For: Councillors A, B and C (3)"), the lead-in that announces a vote ("on being put to the
vote", "moved by ... seconded by"), and the outcome ("carried", "CARRIED unanimously", "LOST"); a recorded
vote printed as a table of names under For / Against / Abstain is counted, and one printed as lists of names under
each side's heading ("There voted for the motion:") read by its totals or its names counted.
Pure functions; the one home for votes."""
from __future__ import annotations

import re

from core import names

# one count of a recorded vote: "For (39)", "Against (3)", "Abstain (0)", "Abstentions (2)"
# a named recorded vote gives the names first, the count after them: "For: Councillors Bexley, Cranmore
# and Dalby (3)", "Abstained: The Mayor (1)"
VOTE_COUNT = re.compile(r"\b(For|Against|Abstain(?:ed|ing|ions)?|Abstentions?)"
                        r"(?:\s*[:–-]\s*(?:Councillors?|Cllrs?\.?|The\s+(?:Lord\s+)?(?:Mayor|Chair(?:man)?|Leader|Provost)|"
                        r"(?:Deputy\s+)?Mayor)\b[^():;]{0,300}?)?\s*\(\s*(\d+)\s*\)", re.I)
# show of hands: "6 in favour", "6 members voting in favour", "none against", "with 3 abstentions"
_N = r"(\d{1,3}|none|no|nil|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_N_UNCOUNTED = _N.replace("(", "(?:", 1)     # a number read where another side's count is taken
_WHO = r"(?:\s+(?:members|councillors|votes?|cllrs))?(?:\s+(?:voting|voted))?"
# a side's label may be set in quotation marks: 'six "against", three "for"' (as the clerk quoted the votes cast)
_Q = "[\"“”‘’']?"
# "9 Members voted For", "Members voted 9 for", "The vote was 9 for": a bare "9 for" only beside its count
# against ("9 for, 4 against", "9 for and 4 against", "six against, three for"), or any "3 for" would be one
HANDS_FOR = re.compile(rf"\b{_N}{_WHO}\s+{_Q}in\s+favou?r\b"
                       rf"|\b{_N}(?:\s+(?:members|councillors|cllrs))?\s+(?:votes?|voting|voted)\s+for\b"
                       rf"|\b(?:voted|vote\s+was|votes\s+were|voting\s+was)\s+{_N}\s+for\b"
                       rf"|\b{_N}\s+{_Q}for\b(?={_Q}\s*(?:,|;|and|with|to)?\s*{_N}\s+{_Q}against\b)"
                       rf"|\b{_N_UNCOUNTED}\s+{_Q}against{_Q}\s*(?:,|;|and)?\s*{_N}\s+{_Q}for\b", re.I)
# a count with its labels first: "Vote: For 7, Against 2, Abstain 1 – carried", "For: 9; Against: 3", and
# a small council's "VOTE: AGREE – 5 ABSTAIN – 2" (agree for for, no one against): the count for, then at
# least one other side's (group 2 against, group 3 abstaining; a side not printed is None)
_LABEL_SEP = r"\s*[:=–—-]?\s*"
HANDS_LABELLED = re.compile(rf"\b(?:For|Agreed?){_LABEL_SEP}(\d{{1,3}})"
                            rf"(?=\s*[,;]?\s*(?:and\s+)?(?:Against|Disagreed?|Abstain|Abstentions?)\b)"
                            rf"(?:\s*[,;]?\s*(?:Against|Disagreed?){_LABEL_SEP}(\d{{1,3}}))?"
                            rf"(?:\s*[,;]?\s*(?:and\s+)?(?:Abstain(?:ed|ing|ions?)?|Abstentions?){_LABEL_SEP}(\d{{1,3}}))?\b",
                            re.I)
# a majority told in votes: "carried 5 votes to 2", "lost by 4 votes to 6 with 1 abstention"
HANDS_VOTES_TO = re.compile(rf"\b{_N}\s+votes?\s+to\s+{_N}\b", re.I)
HANDS_AGAINST = re.compile(rf"\b{_N}{_WHO}\s+{_Q}against\b", re.I)
HANDS_ABSTAIN = re.compile(rf"\b{_N}\s+{_Q}abstentions?\b|\b{_N}{_WHO}\s+{_Q}abstain(?:ed|ing)?\b", re.I)
# words after a proposer's or seconder's name that are none ("Seconded CD. Carried", "Cllr Brown All agreed")
_NOT_NAME = r"(?:Carried|Agreed|Approved|Resolved|Lost|All|Unanimous(?:ly)?|Vote[ds]?|For|Against|Abstain\w*|Seconded|Sec)\b"
# a member named as minutes name a proposer or seconder: "Cllr Jones", "Cllr A Jones", "Councillor S. Patel",
# "Mrs Walsh", "Jane Smith", initials ("RS"), "the Chairman"
_MEMBER = (r"(?:the\s+(?:vice[\s-]?)?(?:chair(?:man|woman|person)?|mayor|leader|clerk)\b"
           rf"|(?-i:(?:(?i:{names.TITLE})[ \t]+)?(?:[A-Z]\.?[ \t]?){{0,3}}(?!{_NOT_NAME})[A-Z][\w'’-]*"
           rf"(?:[ \t]+(?!{_NOT_NAME})[A-Z][a-z][\w'’-]*)?))")
# who proposed and who seconded, however the clerk prints it: "Proposed by Cllr A Jones and seconded by Cllr B
# Brown", "Proposed Cllr Jones, seconded Cllr Brown", "Prop: Cllr S Patel Sec: Cllr T Green", "Prop. RS, 2nd CP",
# "Proposed AB; Seconded CD", "Moved by the Chairman, seconded by Mr Ford"
# ... or each name in brackets after its verb: "Having been proposed (Cllr Shaw) and seconded (Cllr Reid), it was RESOLVED"
PROPOSED_SECONDED = re.compile(rf"\b(?:proposed|prop\b\.?|moved)(?:\s+by)?\s*[:–-]?\s*\(?(?P<proposer>{_MEMBER})\)?"
                               rf"\s*(?:[,;.:–-]\s*|\s+)(?:and\s+)?(?:seconded|sec\b\.?|2nd)(?:\s+by)?\s*[:–-]?\s*"
                               rf"\(?(?P<seconder>{_MEMBER})\)?", re.I)
# a word of a proposer or seconder, however the clerk words it ("moved by", "Cllr X seconded", "Prop: ... Sec: ...",
# "Prop. RS, 2nd CP", "the proposer"): a line naming who moved a motion has one
MOVER_WORD = re.compile(r"\b(?:propos(?:ed|er|ers|ing|al)|second(?:ed|er|ers|ing)|moved|mover|prop\b\.?|sec\b\.?|2nd)\b",
                        re.I)
# who put a member forward, however the clerk prints it: "Proposed by: Cllr Pryce", "nominated by Councillor
# Reid", "Proposer: Mrs Walsh", "on the proposal of Cllr Jones", "Following a proposal by the Chairman"
PROPOSER = re.compile(rf"(?:\b(?:proposed|nominated|moved)\s+by|\bproposer|\bproposal\s+(?:by|of|from))\s*[:–-]?\s*"
                      rf"(?P<proposer>{_MEMBER})", re.I)
# ... opening its line, with at most the vote after it ("Proposed Cllr Jones, seconded Cllr Brown. 5 in favour,
# 2 against."): a record of who moved the decision beside it, no motion worded of its own
_MOVERS_LINE = re.compile(rf"^\W*(?:(?:it|this|which|the\s+(?:motion|recommendation|proposal))\s+was\s+)?"
                          rf"{PROPOSED_SECONDED.pattern}", re.I)
MOVERS_TAIL_WORDS = 12      # words: the most a proposer's line holds after its seconder (the vote, the outcome)
# words that announce a vote is being taken or recorded
TO_THE_VOTE = re.compile(r"\b(to the vote|voting was as follows|recorded vote|show of hands|the vote was|"
                         r"(?:members|councillors)\s+voted\s+(?=\d|for\b|as\b)|\d{1,3}\s+(?:members|councillors)\s+voted|"
                         r"(?:moved|proposed)\s+by\b.{0,200}?\bseconded)\b"
                         rf"|{PROPOSED_SECONDED.pattern}", re.I | re.S)
OUTCOME = re.compile(r"\b((?:substantive\s+)?motion\s+(?:carried|lost|fell)|amendment\s+(?:carried|lost|fell)|"
                     r"agreed unanimously|carried unanimously|unanimously|carried|lost)\b", re.I)
# a motion's or an amendment's outcome is a vote's, whatever its case: "Substantive Motion carried.",
# "the amendment was lost" ("the school lost funding" is not one)
_MOTION_OUTCOME = re.compile(r"\b(?:motion|amendment|recommendations?)(?:\s+as\s+amended)?\s+(?:was\s+|were\s+)?"
                             r"(carried|lost|fell|defeated)\b", re.I)
# an outcome that stands on its own, whatever surrounds it: capitals, or "carried/lost" with a count
_LOUD_OUTCOME = re.compile(r"\b(CARRIED|LOST|FELL)\b")
_UNANIMOUS = re.compile(r"\b(?:carried|agreed|approved|resolved)\s+unanimously\b|\bunanimously\s+(?:carried|agreed|approved|resolved)\b"
                        r"|\ball\s+(?:members\s+|councillors\s+|present\s+)?(?:were\s+|voted\s+)?in\s+favou?r\b", re.I)
_WORDS = {"none": 0, "no": 0, "nil": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
          "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


# a member's part in the debate: "Councillor Hughes spoke in favour of the motion", "spoke against the
# proposal", "spoke in support": how they argued, not how anyone voted, nor what was decided
DEBATE = re.compile(r"\b(?:spoke|speaking|spoken|speaks|speak)\s+(?:(?:briefly|strongly|at\s+length|passionately|"
                    r"further|again|both|also)\s+)?(?:in\s+(?:favou?r|support|opposition)\b|against\b|"
                    r"for\s+the\s+(?:motion|amendment|proposals?|application|recommendations?)\b)", re.I)
# where what a speaker said ends: the sentence's or clause's end, or the body's own act after it ("..., and
# the Committee agreed to defer the item")
_DEBATE_END = re.compile(r"[.;!?](?=\s|$)|\n\s*\n|(?:,\s*(?:and\s+)?|\s+and\s+)(?:then\s+)?(?=(?:it\s+was|the\s+(?:committee|"
                         r"sub-committee|council|cabinet|board|panel|meeting|members?))\s+(?:(?:then|unanimously|duly)\s+)?"
                         r"(?:resolved|agreed|decided|approved|voted|determined)\b)", re.I)


# which side a speaker took in the debate: against ("Councillor Reid spoke against the proposal", "spoke in
# objection", "argued against", "objected to", "opposed the motion", "raised objections", "(objector)") or
# for it ("spoke in favour", "spoke in support", "argued for the motion", "supported the application")
_SPEAKING = (r"\b(?:spoke|speaking|spoken|speaks|speak|argued|arguing|argues|addressed\s+the\s+(?:\w+[\s-]+)?\w+)\s+"
             r"(?:(?:briefly|strongly|at\s+length|passionately|further|again|also|both)\s+)?")
_MATTER = r"(?:the|this|that|his|her|their|an?)\s+(?:\w+[\s-]+){0,3}?(?:motion|amendment|proposals?|application|" \
          r"recommendations?|scheme|plans?|report|request)\b"
DEBATE_SIDES = {
    "against": re.compile(rf"{_SPEAKING}(?:against\b|in\s+(?:opposition|objection)\b|to\s+(?:oppose|object)\b)"
                          rf"|\bobject(?:ed|ing|s)?\s+(?:strongly\s+)?to\b|\bopposed\s+{_MATTER}"
                          r"|\b(?:raised|voiced|registered|made|expressed|lodged)\s+(?:an?\s+|their\s+|his\s+|her\s+|"
                          r"strong\s+|several\s+)*objections?\b|\bobjectors?\b", re.I),
    "for": re.compile(rf"{_SPEAKING}(?:in\s+(?:favou?r|support)\b|for\s+{_MATTER}|to\s+support\b)"
                      rf"|\bsupported\s+{_MATTER}|\bsupporters?\b(?=\s*[),])", re.I),
}


def debate_sides(text: str) -> set[str]:
    """The sides speakers took in the debate `text` reports: 'against' ("Councillor Reid spoke against
    the proposal", "objected to"), 'for' ("spoke in favour", "spoke in support"). How members argued,
    not how they voted."""
    return {side for side, said in DEBATE_SIDES.items() if said.search(text)}


def without_debate(text: str) -> str:
    """`text` less what members said in the debate ("Councillor Hughes spoke in favour of the motion,
    saying residents had agreed it was needed."): from the words that tell someone spoke for or against
    to the end of that sentence or clause. What the speech reports is no vote and no decision."""
    out, pos = [], 0
    for m in DEBATE.finditer(text):
        if m.start() < pos:
            continue
        end = _DEBATE_END.search(text, m.end())
        out.append(text[pos:m.start()])
        pos = end.start() if end else len(text)
    out.append(text[pos:])
    return "".join(out)


def _n(word: str) -> int:
    return int(word) if word.isdigit() else _WORDS[word.lower()]


def show_of_hands(text: str) -> dict[str, int] | None:
    """{'For': 6, 'Against': 0, 'Abstain': 3} from the last show-of-hands count in `text` (what members
    said in the debate counts nothing: "4 members spoke in favour" is no vote)."""
    text = without_debate(text)
    labelled = [m for m in HANDS_LABELLED.finditer(text) if m.group(2) or m.group(3)]
    if labelled and not any(m.start() > labelled[-1].start() for m in HANDS_FOR.finditer(text)):
        for_, against, abstain = labelled[-1].groups()
        counts = {"For": int(for_)}
        if against is not None:
            counts["Against"] = int(against)
        if abstain is not None:
            counts["Abstain"] = int(abstain)
        return counts
    majorities = list(HANDS_VOTES_TO.finditer(text))
    if majorities and not any(m.start() > majorities[-1].start() for m in HANDS_FOR.finditer(text)):
        last = majorities[-1]
        counts = {"For": _n(last.group(1)), "Against": _n(last.group(2))}
        abstain = HANDS_ABSTAIN.search(text, last.end(), last.end() + 60)
        if abstain:
            counts["Abstain"] = _n(abstain.group(1) or abstain.group(2))
        return counts
    for last in reversed(list(HANDS_FOR.finditer(text))):
        tail = text[last.start():last.start() + 200]
        counts = {"For": _n(next(g for g in last.groups() if g))}
        against = HANDS_AGAINST.search(tail)
        if against:
            counts["Against"] = _n(against.group(1))
        abstain = HANDS_ABSTAIN.search(tail)
        if abstain:
            counts["Abstain"] = _n(abstain.group(1) or abstain.group(2))
        # "LOST (4 members voting in favour, 5 against)": both sides must be a count, not prose
        if len(counts) > 1:
            return counts
    return None


# the members who sat a vote out, counted with no count of the sides: "RESOLVED, with one abstention, that ...",
# "carried with 2 abstentions", "three members abstained"
_ABSTENTIONS = re.compile(rf"\b(?:with\s+)?{_N}\s+abstentions?\b|\b{_N}(?:\s+(?:members|councillors|cllrs))\s+abstain(?:ed|ing)\b",
                          re.I)


def abstentions(text: str) -> int | None:
    """How many members abstained, as `text` counts them, alone or beside the count of the sides ("RESOLVED,
    with one abstention, that Cllr Saunders be elected": 1); None when it counts none."""
    hands = show_of_hands(text)
    if hands and "Abstain" in hands:
        return hands["Abstain"]
    found = list(_ABSTENTIONS.finditer(without_debate(text)))
    return _n(next(g for g in found[-1].groups() if g)) if found else None


def has_vote_count(text: str) -> bool:
    return bool(VOTE_COUNT.search(text)) or show_of_hands(text) is not None


# members named on each side, without a count: "with the Mayor, Cllr A and Cllr B voting for and Cllr C
# voting against", "Councillor D voted against"; a "Voting:" label opening a record of decisions' line.
# Read when answering only (the parser's outcome reading asks for a vote announced or counted)
NAMED_SIDES = re.compile(r"\b(?:voting|voted)\s+(?:for|against|in\s+favou?r)\b"
                         r"|^\s*Voting\s*:", re.I | re.M)


# a member sitting out a vote: "abstained", "would abstain from voting", "took no part in the vote"
ABSTAINING = re.compile(r"\babstain(?:ed|s|ing)?\s+from\s+(?:the\s+)?vot|\babstained\b|\babstentions?\b|"
                        r"\btook\s+no\s+part\s+in\s+(?:the\s+)?vot|\bdid\s+not\s+vote\b", re.I)


def mentions_vote(text: str) -> bool:
    """A vote is recorded or reported here: counts, a vote announced, an outcome, unanimity, the
    members on each side named, a member sitting one out."""
    return has_vote_count(text) or announces_vote(text) or bool(OUTCOME.search(text) or _UNANIMOUS.search(text)) \
        or bool(NAMED_SIDES.search(text) or ABSTAINING.search(text))


def unanimous(text: str) -> bool:
    """The vote was unanimous ("carried unanimously", "all in favour"): every member's side is told."""
    return bool(_UNANIMOUS.search(text))


def records_movers(text: str) -> bool:
    """`text` records who proposed and seconded, with at most the vote after them ("Proposed Cllr Jones,
    seconded Cllr Brown. 5 in favour, 2 against.", "Prop: Cllr S Patel Sec: Cllr T Green"): the movers of
    the decision beside it, not a motion worded of its own ("... seconded by Cllr B that the hall be let")."""
    m = _MOVERS_LINE.match(text)
    if not m:
        return False
    rest = text[m.end():]
    return len(rest.split()) <= MOVERS_TAIL_WORDS and not re.search(r"\bthat\b", rest, re.I)


def announces_vote(text: str) -> bool:
    return bool(TO_THE_VOTE.search(text))


def outcome(text: str) -> str | None:
    """The outcome a paragraph reports ('carried', 'lost', 'carried unanimously'), or None.

    Lower-case "carried" or "lost" counts only next to a vote ("put to the vote", a count):
    "the school lost funding" is not a vote."""
    loud = _LOUD_OUTCOME.findall(text)
    unanimous = bool(_UNANIMOUS.search(text)) or bool(re.search(r"\b(?:CARRIED|carried)\s+unanimously\b", text))
    if loud:
        word = loud[-1].lower()
        return f"{word} unanimously" if unanimous and word == "carried" else word
    if announces_vote(text) or has_vote_count(text):
        found = OUTCOME.findall(text)
        if found:
            word = found[-1].lower()
            return "carried unanimously" if word == "unanimously" else word
    if unanimous:
        return "carried unanimously"
    return None


def motion_outcome(text: str) -> str | None:
    """A motion's or an amendment's outcome in any case ("Substantive Motion carried.", "the amendment
    was lost"): 'carried' or 'lost', else None. The answerer quotes it with the resolution it
    decided; the parser reads outcomes by `outcome`, which asks more of lower case."""
    found = _MOTION_OUTCOME.findall(text)
    if not found:
        return None
    word = {"defeated": "lost"}.get(found[-1].lower(), found[-1].lower())
    unanimous = bool(_UNANIMOUS.search(text)) or bool(re.search(r"\bcarried\s+unanimously\b", text, re.I))
    return "carried unanimously" if unanimous and word == "carried" else word


# a recorded vote printed as a table, one column per side, a name to a cell:
#   For              Against          Abstain
#   Cllr Ivers       Cllr Garside     Cllr Nash
_COLUMN_HEADER = re.compile(r"^\s*For\s{2,}Against(?:\s{2,}(?:Abstain(?:ed|ing|ions)?|Abstentions?))?\s*$", re.I)
_CELL = re.compile(r"\S+(?:\s\S+)*")       # text between gaps of two spaces or more
NAME_WORDS = 5              # words: the most a cell naming one member holds ("Councillor Mrs A Smith-Jones")


def column_votes(text: str) -> list[dict[str, int]]:
    """Each recorded vote `text` prints as a table of names under For / Against / Abstain, in order:
    {'For': 4, 'Against': 2, 'Abstain': 1}. A name counts in the column whose heading it starts
    under; the table ends at the first line that is not a row of names."""
    lines = text.split("\n")
    found: list[dict[str, int]] = []
    for k, line in enumerate(lines):
        if not _COLUMN_HEADER.match(line):
            continue
        heads = [(m.start(), m.group(0)) for m in _CELL.finditer(line)]
        sides = ["Abstain" if name.lower().startswith("abst") else name.capitalize() for _, name in heads]
        counts = dict.fromkeys(sides, 0)
        for row in lines[k + 1:]:
            cells = [(m.start(), m.group(0)) for m in _CELL.finditer(row)]
            if not cells or any(len(c.split()) > NAME_WORDS or c.endswith((".", ":", ";")) for _, c in cells):
                break
            for at, _ in cells:
                # the column whose heading starts at or left of the name (a cell may sit a little left)
                side = max((n for n, (start, _) in enumerate(heads) if start <= at + 2), default=0)
                counts[sides[side]] += 1
        found.append(counts)
    return found


# a recorded vote printed as lists of names: each side's heading on a line of its own, the members' names under it,
# and the side's total at the list's end after dotted leaders, or in brackets, or none printed:
#   There voted for the motion:
#   Councillors Adair, Bhatt, Cole and Dunne……………………… 4
#   There voted against the motion:
#   Councillors Ede and Fox…………………… 2
_LIST_HEADING = re.compile(r"^[ \t]*(?:(?:There|Those|Members|Councillors)[ \t]+(?:who[ \t]+)?)?(?P<side>(?:voted|voting)[ \t]+"
                           r"(?:for|in[ \t]+favou?r|against)|abstained|abstaining)\b[^\n:]{0,40}:[ \t]*$", re.M | re.I)
_LIST_TOTAL = re.compile(r"(?:(?:[.…·_][ \t]*){3,}|[ \t]{2,}|\t)[ \t]*\(?(\d{1,3})\)?[ \t]*$|\((\d{1,3})\)[ \t]*$")
_LIST_TITLE = re.compile(r"^\W*(?:Councillors?|Cllrs?\.?|Members?)[ \t]+", re.I)
_NO_NAMES = re.compile(r"^\W*(?:none|nil|no\s*one|nobody)\W*$", re.I)
_LIST_SPLIT = re.compile(r"\s*(?:[,;]|\band\b|&)\s*")


def listed_votes(text: str) -> list[tuple[int, int, str, int | None]]:
    """Each side of a recorded vote `text` prints as a list of names under its heading ("There voted for the
    motion:" / "Councillors Adair, Bhatt, Cole and Dunne……… 4"), in order: (start, end, side, count), the side
    'For', 'Against' or 'Abstain', the count the total printed at the list's end, else the names counted; None
    when the list runs off the end of `text` with no total (its names may go on in the next page)."""
    found = []
    heads = list(_LIST_HEADING.finditer(text))
    for k, h in enumerate(heads):
        stop = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        body = text[h.end():stop]
        para = re.search(r"\S[^\n]*(?:\n[ \t]*\S[^\n]*)*", body)    # the paragraph under the heading
        if para is None:
            continue
        names_ = para.group(0).strip()
        end = h.end() + para.end()
        side = h.group("side").lower()
        side = "Abstain" if side.startswith("abst") else "Against" if side.endswith("against") else "For"
        total = _LIST_TOTAL.search(names_)
        if total:
            count: int | None = int(total.group(1) or total.group(2))
        elif _NO_NAMES.match(names_):
            count = 0             # "None", "Nil": no one on that side
        elif text[end:].strip():
            listed = [n for n in _LIST_SPLIT.split(_LIST_TITLE.sub("", names_).rstrip(". ")) if n.strip()]
            count = len(listed)
        else:
            count = None
        found.append((h.start(), end, side, count))
    return found


def recorded_vote(text: str) -> str | None:
    """'For (39), Against (19), Abstain (1): Substantive Motion carried' from a resolution's text;
    'For (6), Against (0), Abstain (3): carried' from a show of hands; 'carried unanimously'; the
    last vote printed as a table of names under For / Against / Abstain, counted."""
    votes = VOTE_COUNT.findall(text)
    tables = column_votes(text) if not votes else []
    if tables:
        vote = ", ".join(f"{k} ({v})" for k, v in tables[-1].items())
        found = OUTCOME.findall(text)
        return f"{vote}: {found[-1]}" if found else vote
    if votes:
        # the last vote before the resolution is the one that decided it
        last: dict[str, str] = {}
        for kind, n in votes:
            key = kind.capitalize()
            key = "Abstain" if key.startswith("Abst") else key
            if key in last and key == "For":
                last = {}
            last[key] = n
        vote = ", ".join(f"{k} ({v})" for k, v in last.items())
        found = OUTCOME.findall(text)
        return f"{vote}: {found[-1]}" if found else vote
    listed = [(side, n) for _, _, side, n in listed_votes(text) if n is not None]
    if listed:
        vote = ", ".join(f"{side} ({n})" for side, n in listed)
        result = outcome(text) or motion_outcome(text)
        return f"{vote}: {result}" if result else vote
    hands = show_of_hands(text)
    result = outcome(text)
    if hands:
        vote = ", ".join(f"{k} ({v})" for k, v in hands.items())
        return f"{vote}: {result}" if result else vote
    if result and (_LOUD_OUTCOME.search(text) or announces_vote(text) or "unanimously" in result):
        return result
    return None


# a motion or amendment put forward: "Mr Hood proposed and Mr Baldock seconded the following
# amendment", "Councillor Clark moved an amendment", "It was moved by ... and seconded by ..."
PROPOSAL = re.compile(r"\b(?:proposed|moved)\b.{0,160}?\bseconded\b|\b(?:moved|proposed|tabled)\s+(?:an|the\s+following)\s+"
                      r"(?:amendment|motion)\b", re.I | re.S)


def proposes(text: str) -> str | None:
    """'amendment' or 'motion' when `text` puts one forward (the last it puts forward), else None."""
    found = list(PROPOSAL.finditer(text))
    if not found:
        return None
    after = text[found[-1].start():found[-1].end() + 120]
    return "amendment" if re.search(r"\bamendment\b", after, re.I) else "motion"


def vote_on(text: str) -> str | None:
    """What a recorded vote in `text` decided: 'amendment' (the vote on an amendment) or 'motion'
    (the motion, substantive motion or recommendation), from the words that announce or end it; None
    when `text` records no count or does not say."""
    if not (VOTE_COUNT.search(text) or show_of_hands(text)):
        return None
    said = " ".join(m.group(0) for m in (*TO_THE_VOTE.finditer(text), *_MOTION_OUTCOME.finditer(text), *OUTCOME.finditer(text)))
    around = said + " " + text[:200]
    if re.search(r"\bsubstantive\s+motion\b|\bmotion\s+as\s+amended\b", around, re.I):
        return "motion"
    if re.search(r"\bamendment\b", around, re.I):
        return "amendment"
    if re.search(r"\b(?:motion|recommendations?)\b", around, re.I):
        return "motion"
    return None
