"""The principal councils of the UK and its combined authorities, and where a question names one
as the body that acts ("Exeter's planning committee", "did Exeter approve", "Exeter councillors").

The data is `core/uk_councils.txt`, one body a line as it names itself ("Exeter City Council",
"London Borough of Hackney"). Its place is the name less what kind of body it is ("Exeter",
"Hackney"). Retrieval uses it to tell a question about a council the index holds no papers of from
one about a place inside a council it does hold: "how many places were added in Maidstone?" is about
a place; "what did Maidstone's planning committee decide?" is about Maidstone Borough Council.
Parish, town and community councils are too many to list; a question names those in full
("Hollyford Community Council"), read by `named_councils` below, not from the table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from core import english, names

DATA = Path(__file__).with_name("uk_councils.txt")

# what kind of body a name says it is, before or after its place
_KIND_BEFORE = re.compile(r"^(?:London Borough of|Royal Borough of|City of|Council of the)\s+")
_KIND_AFTER = re.compile(
    r"\s+(?:(?:City and District|Metropolitan Borough|Metropolitan District|County Borough|Borough|District|"
    r"City|County)\s+)?(?:Council|Corporation)$|\s+(?:Mayoral\s+)?(?:Combined(?:\s+County)?\s+Authority)$|"
    r"\s+Authority$")

# words after a place that make it a body: "Exeter City Council", "Exeter councillors", "Exeter's"
_BODY_AFTER = (r"(?:['’]s\b|\s+(?:(?:City|County|Borough|District|Metropolitan|Town)\s+)*"
               r"(?:[Cc]ouncil(?:lors?)?|[Cc]abinet|[Cc]ommittee|[Ss]crutiny|[Mm]ayor|(?:Mayoral\s+)?Combined(?:\s+County)?\s+Authority)\b)")
# verbs before a place that make it the one acting: "did Exeter approve", "agreed by Exeter"
_ACTS_BEFORE = r"\b(?:[Dd]id|[Dd]oes|[Hh]as|[Hh]ave|[Hh]ad|[Ww]ill|[Ww]ould|[Ss]hould|by)\s+"


@dataclass(frozen=True)
class Body:
    name: str       # "Exeter City Council"
    place: str      # "Exeter"

    @property
    def _pattern(self) -> re.Pattern[str]:
        place = re.escape(self.place).replace(r"\ ", r"\s+")
        # places are proper nouns: matched with their capitals ("Reading", not "reading the report")
        return re.compile(rf"{_ACTS_BEFORE}{place}\b|\b{place}{_BODY_AFTER}")

    def named_in(self, question: str) -> bool:
        """Whether the question names this body as the one that acts or owns."""
        return bool(self._pattern.search(question.replace("’", "'")))


def place_of(name: str) -> str:
    """A body's place: its name less its kind ("London Borough of Hackney" -> "Hackney")."""
    return _KIND_AFTER.sub("", _KIND_BEFORE.sub("", name.strip())).strip()


def parse(lines: list[str]) -> list[Body]:
    return [Body(line.strip(), place_of(line)) for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def bodies() -> tuple[Body, ...]:
    """The shipped table (core/uk_councils.txt), read once."""
    return tuple(parse(DATA.read_text(encoding="utf-8").splitlines()))


# a body typed in small letters by its place and what of it acts: "redbridge cabinet members", "hackney council"
_BODY_AFTER_LOWER = r"\s+(?:council(?:lors?)?|cabinet|committee|scrutiny|mayor)\b"


@lru_cache(maxsize=1)
def _lower_places() -> tuple[re.Pattern[str], dict[str, Body]]:
    """The table's places no word of which is a common English one ("redbridge", not "reading" or "bath"),
    in small letters, as one pattern naming the body before what of it acts; with each place's body."""
    by_place = {b.place.lower(): b for b in bodies()
                if all(english.count(w) < english.COMMON_COUNT for w in re.findall(r"[a-z]+", b.place.lower()))}
    places = sorted(by_place, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w'’-])(" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in places) + ")"
                         + _BODY_AFTER_LOWER)
    return pattern, by_place


def named_bodies(question: str) -> list[Body]:
    """The bodies of the table a question names as acting or owning, longest place first
    ("North Somerset Council" before "Somerset Council"); a place typed in small letters names its body
    before what of it acts ("how much do redbridge cabinet members get paid") when no word of it is a
    common English one (so "what did reading councillors say" names none)."""
    found = [b for b in bodies() if b.named_in(question)]
    if re.search(_BODY_AFTER_LOWER, question):
        pattern, by_place = _lower_places()
        found += [b for m in pattern.finditer(question) if (b := by_place[" ".join(m.group(1).split())]) not in found]
    found.sort(key=lambda b: -len(b.place))
    # a shorter place inside a longer one found is the same words ("Somerset" in "North Somerset's")
    return [b for i, b in enumerate(found) if not any(b.place in o.place for o in found[:i])]


def initials(name: str) -> str:
    """A body's initials as papers print them: "Northmoor District Council" -> "NDC" (small words
    such as "of" are left out: "London Borough of Northmoor" -> "LBN")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def mentioned(name: str, texts: Iterable[str]) -> bool:
    """Whether any text names the body: in full ("Northmoor District Council"), by its initials
    in capitals ("NDC", three letters or more), or by its place as the one that acts or owns, as a
    question names it ("Northmoor's levy", "agreed by Northmoor"). Another council's papers that
    report what this one did ("the NDC budget consultation", a report comparing "Northmoor’s annual
    levy charge") can answer a question about it."""
    full = re.escape(name).replace(r"\ ", r"\s+")
    short = initials(name)
    pattern = re.compile(rf"\b{full}\b" + (rf"|\b{re.escape(short)}\b" if len(short) >= 3 else ""))
    place = place_of(name)
    body = Body(name, place) if place and place != name else None
    return any(pattern.search(t) or body is not None and body.named_in(t) for t in texts)


# councils named in full, whether or not the table lists them (parish, town and community councils)
_NAMED_COUNCIL = re.compile(
    r"\b((?:[A-Z][\w'’-]+\s+){1,4}(?:County|City|Borough|District|Parish|Town|Community|Metropolitan Borough)"
    r"\s+Council|London Borough of [A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    # "Mayoral" is the kind of combined authority, not its place ("the Mayoral Combined Authority" names none)
    r"|(?:(?!Mayoral\b)[A-Z][\w'’-]+\s+){1,4}(?:Mayoral\s+)?Combined(?:\s+County)?\s+Authority)\b")
_ASKING = re.compile(r"^(?:(?:who|what|when|where|why|how|which|whose|did|does|do|has|have|had|is|are|was|were|will|"
                     r"would|should|could|can|and|so|but|then|tell|summari[sz]e|list|show)\s+)+", re.I)


def named_councils(text: str) -> list[str]:
    """The councils a question names in full ("Exampleton Parish Council", "London Borough of X"),
    without the question words a capital letter can join to them ("Did Exampleton Parish Council ...")."""
    return [_ASKING.sub("", found) for found in _NAMED_COUNCIL.findall(text)]


# a folder named for a council ("exeter-cc", "lb-hackney", "tunbridge-wells-bc", "worcester-city"):
# its kind, abbreviated or in words, after or before the place, and the words a council's name then holds
_FOLDER_KIND_AFTER = {
    "cc": ("City Council", "County Council"), "bc": ("Borough Council",), "dc": ("District Council",),
    "mbc": ("Metropolitan Borough Council",), "cbc": ("County Borough Council",), "mca": ("Combined Authority",),
    "ca": ("Combined Authority",), "council": ("Council",), "city": ("City",), "county": ("County",),
    "borough": ("Borough",), "district": ("District",),
    # a London borough's folder names its kind after the place as often as before it: "redbridge-lb", "lb-redbridge"
    "lb": ("London Borough of",), "rb": ("Royal Borough of",)}
_FOLDER_KIND_BEFORE = {"lb": ("London Borough of",), "rb": ("Royal Borough of",), "city": ("City of",)}


def council_of_folder(name: str) -> str | None:
    """The council a folder is named for, when its name is a council's place with at most its kind
    ("exeter-cc" -> "Exeter City Council", "lb-hackney" or "hackney-lb" -> "London Borough of Hackney", "medway" ->
    "Medway Council"), and exactly one body of the table is that place of that kind. A folder named
    anything else ("minutes-2024", "fire-authority", "wiltshire-pcp") names no council."""
    tokens = [t for t in re.split(r"[\s_.-]+", name.lower()) if t]
    kinds: list[tuple[str, ...]] = []
    while len(tokens) > 1 and tokens[-1] in _FOLDER_KIND_AFTER:
        kinds.append(_FOLDER_KIND_AFTER[tokens.pop()])
    while len(tokens) > 1 and tokens[0] in _FOLDER_KIND_BEFORE:
        kinds.append(_FOLDER_KIND_BEFORE[tokens.pop(0)])
    if not tokens:
        return None
    place = " ".join(tokens)
    found = [b for b in bodies() if " ".join(re.split(r"[\s'’-]+", b.place.lower())) == place
             and all(any(k in b.name for k in kind) for kind in kinds)]
    return found[0].name if len(found) == 1 else None


# the kinds of public body no table lists, as a folder's name ends with one, abbreviated or in words: a fire
# authority, a national park, a parish or town council, a joint committee, a police and crime panel. One kind
# a name, so "cc" (a city, county or community council) is none of them.
_FOLDER_BODY_KINDS = (
    (("fra",), "Fire and Rescue Authority"), (("fire", "and", "rescue", "authority"), "Fire and Rescue Authority"),
    (("fire", "authority"), "Fire Authority"), (("npa",), "National Park Authority"),
    (("national", "park", "authority"), "National Park Authority"), (("national", "park"), "National Park Authority"),
    (("pc",), "Parish Council"), (("parish", "council"), "Parish Council"), (("tc",), "Town Council"),
    (("town", "council"), "Town Council"), (("community", "council"), "Community Council"),
    (("jc",), "Joint Committee"), (("joint", "committee"), "Joint Committee"),
    (("pcp",), "Police and Crime Panel"), (("police", "and", "crime", "panel"), "Police and Crime Panel"),
    (("mca",), "Mayoral Combined Authority"),
    (("combined", "authority"), "Combined Authority"))
_SMALL_WORDS = frozenset({"and", "of", "the", "upon", "on", "in", "by", "cum", "with", "under", "next", "le", "en"})


def body_of_folder(name: str) -> str | None:
    """The body a folder is named for when it is of a kind no table lists: its place, then its kind, abbreviated
    or in words ("northmoor-and-wyre-fra" -> "Northmoor and Wyre Fire and Rescue Authority", "ashby-parva-pc" ->
    "Ashby Parva Parish Council", "fellside-national-park" -> "Fellside National Park Authority"). The
    place is the folder's words, each with its capital ("and", "upon" kept small); a folder of a principal
    council's kind ("exeter-cc") or one with no place before its kind ("pc", "minutes-2024") names none here."""
    tokens = [t for t in re.split(r"[\s_.-]+", name.lower()) if t]
    for kind, body in sorted(_FOLDER_BODY_KINDS, key=lambda k: -len(k[0])):
        place = tokens[:-len(kind)]
        if tuple(tokens[-len(kind):]) != kind or not place or not all(t.isalpha() for t in place) \
                or place[0] in _SMALL_WORDS or place[-1] in _SMALL_WORDS:
            continue
        return f"{names.title_case(' '.join(place), small=_SMALL_WORDS)} {body}"
    return None


# -- committees, panels and boards a question names -------------------------------------------
# the kinds of body a council's business goes to, as a question and the papers name them
COMMITTEE_KINDS = r"(?:sub-?committee|committee|panel|board|forum|working\s+group|task\s+and\s+finish\s+group)"
# the kinds named by their remit, which the papers often print after the kind ("a task and finish group be set up
# to review rural bus services", "a working group on allotments")
_REMIT_KINDS = r"(?:working\s+group|task\s+and\s+finish\s+group|review\s+panel)"
# "the Standards Committee", "Exampleshire's audit committee", "the Licensing Sub-Committee": the word just before
# the kind says which body it is
_NAMED_COMMITTEE = re.compile(rf"\b([A-Za-z][\w'’-]*)\s+({COMMITTEE_KINDS})\b", re.I)
# words before a kind that say no name ("the committee", "which panel", "Exampleshire's committee", "a working group")
_NO_NAME = frozenset("""the a an this that these those which what whose its their our your his her same new whole
full main relevant appropriate own other another each every any next previous last first second third final latest
recent upcoming forthcoming special extraordinary annual january february march april may june july august september
october november december monday tuesday wednesday thursday friday saturday sunday""".split())


def named_committees(question: str) -> list[tuple[str, str]]:
    """The committees, panels and boards a question names, as (the name as typed, the word before its
    kind that says which: "Standards"). Not a word that says no name ("the committee", "which panel"),
    nor a place or council's possessive ("Exampleshire's committee": the council's own)."""
    out = []
    for m in _NAMED_COMMITTEE.finditer(question):
        word = m.group(1)
        if word.lower() in _NO_NAME or re.search(r"['’]s$", word):
            continue
        out.append((m.group(0), word))
    return out


def committee_mentioned(word: str, texts: Iterable[str]) -> bool:
    """Whether any text names a committee, panel or board with `word` in its name, a few words before its
    kind ("Planning and Highways Committee" holds "planning"; "Scrutiny Committee" holds "scrutiny"), in
    any case, in any form the word opens ("Licensing" / "licence" does not; "Standard" / "Standards" does); or a
    group named by its remit with the word in that remit ("a task and finish group ... to review rural bus services"
    holds "services")."""
    stem = re.escape(word.lower().rstrip("s"))
    pattern = re.compile(rf"\b{stem}\w*(?:[\s,&'’-]+[\w&'’-]+){{0,5}}?[\s,&'’-]+{COMMITTEE_KINDS}\b", re.I)
    remit = re.compile(rf"\b{_REMIT_KINDS}(?:\s+[\w'’-]+){{0,6}}?\s+(?:on|into|about|for|to\s+[a-z]+)"
                       rf"(?:\s+[\w'’-]+){{0,6}}?\s+{stem}\w*", re.I)
    return any(pattern.search(t) or remit.search(t) for t in texts)
