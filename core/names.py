"""The one home for how names are normalised: committee names (one spelling, and the key they
compare by), council names read from a masthead, and the titles a person's name follows. Pure
functions; it does not find names in text."""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

# the titles a person is named by in papers and questions: "Councillor Morgan", "Cllr. Bell", "Mr Hood"
TITLE = r"(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)"

_MARKUP = re.compile(r"</?\w+(?:\s[^>]*)?>|\*\*|__|^#{1,6}\s*")
_SMALL = {"and", "of", "the", "for", "on", "in", "upon", "under", "by", "with", "to", "at"}
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})


def title_case(s: str, small: AbstractSet[str] = _SMALL) -> str:
    """'ASHBY PARVA PARISH COUNCIL' -> 'Ashby Parva Parish Council' (`small` words lower, except first)."""
    out = []
    for i, w in enumerate(s.lower().split()):
        if i and w in small:
            out.append(w)
        else:
            out.append("-".join(part[:1].upper() + part[1:] for part in w.split("-")))
    return " ".join(out)


def canonical_committee(name: str | None) -> str | None:
    """One spelling per committee: markup gone, curly apostrophes straight, '&' -> 'and',
    trailing punctuation gone, spaces single, ALL CAPS in title case."""
    if not name:
        return None
    s = _MARKUP.sub("", name.strip()).replace("&amp;", "&").translate(_APOSTROPHES)
    s = re.sub(r"\s*&\s*", " AND " if s.isupper() else " and ", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"[\s,.:;–—-]+$", "", s).strip()
    s = re.sub(r"^[\s,.:;–—-]+", "", s).strip()
    if s.isupper():
        s = title_case(s)
    return s or None


def committee_key(name: str | None) -> str:
    """How committee names compare: case, '&'/'and', apostrophes and punctuation ignored."""
    if not name:
        return ""
    s = (name.lower().translate(_APOSTROPHES) + " ").replace("&", " and ").replace("'s ", " ")
    return " ".join("".join(ch if ch.isalnum() else " " for ch in s).split())


# a parish, town or community council that serves more than one place: "Northwold and Whittington
# Parish Council", "Ashby cum Fenby Parish Council"
_LOCAL_KIND = re.compile(r"\s+(parish|town|community|village)\s+council$")
_PLACES_JOINED = re.compile(r"\s+(?:and|with|cum)\s+")


_PLACES_LISTED = re.compile(r"\s*,\s*|\s+(?:and|&|with|cum)\s+", re.I)


def places_served(name: str | None) -> list[str]:
    """The places a parish, town or community council is named after when it serves several, as printed:
    "Ashwell, Brinton and Coldby Parish Council" -> ["Ashwell", "Brinton", "Coldby"]; none for a council
    of one place ("Ashwell Parish Council") or of another kind."""
    kind = re.search(r"\s+(?:parish|town|community|village)\s+council$", name or "", re.I)
    if not kind:
        return []
    places = [p for p in _PLACES_LISTED.split(name[:kind.start()]) if p.strip()]
    return places if len(places) > 1 else []


def name_holds(asked: str | None, name: str | None) -> bool:
    """Whether a body's `name` is the one `asked` for, compared as committee_key does: the asked name
    within it ("Planning" in "Planning Committee"), or one place of a council that serves several
    ("Northwold Parish Council" is "Northwold and Whittington Parish Council")."""
    a, n = committee_key(asked), committee_key(name)
    if a in n:
        return True
    ka, kn = _LOCAL_KIND.search(a), _LOCAL_KIND.search(n)
    if not (ka and kn and ka.group(1) == kn.group(1)):
        return False
    places = _PLACES_JOINED.split(n[:kn.start()])
    return len(places) > 1 and a[:ka.start()] in places


def abbreviates(short: str | None, name: str | None) -> bool:
    """`short` is the initials of `name` ("ELCC" of "East Lammermuir Community Council", "MCC" of
    "Milnathort Community Council"): the capitals a body prints in running headers for its own name."""
    if not short or not name:
        return False
    s = short.strip().strip(".()")
    words = [w for w in re.findall(r"[A-Za-z][\w'’]*", name) if w.lower() not in _SMALL]
    return (2 <= len(s) <= 8 and s.isalpha() and s.isupper() and len(words) == len(s)
            and all(w[0].upper() == c for w, c in zip(words, s)))


def canonical_council(name: str | None) -> str | None:
    """A council's name as a masthead prints it, in one spelling: 'NORTHSHIRE COUNTY COUNCIL' ->
    'Northshire County Council'."""
    if not name:
        return None
    s = re.sub(r"\s+", " ", name.translate(_APOSTROPHES)).strip(" ,.:;-–—")
    if s.isupper() or s.islower():
        s = title_case(s)
    return s or None


# one name in a list of who voted or attended: "Mr Baldock", "Dr Sullivan", "Mrs C Bell", "O'Brien"
_NAME_PART = re.compile(rf"^(?:{TITLE}\.?\s+|Prof\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,4}}$")


_TITLED = re.compile(rf"^{TITLE}\b")


def is_names_list(text: str, titled: bool = False) -> bool:
    """'Mr Baldock, Mr Brady, Ms Constantine, …': names one after another and nothing else (the
    names under a recorded vote's count, or an attendance list without its label). `titled`: most
    of them people named by their title ("Ashby, Lowfield and Thornbury" is a list of places)."""
    parts = [p.strip() for p in re.split(r",|\band\b", " ".join(text.split())) if p.strip()]
    if len(parts) < 2 or sum(bool(_NAME_PART.match(p)) for p in parts) < 0.8 * len(parts):
        return False
    return not titled or sum(bool(_TITLED.match(p)) for p in parts) >= 0.5 * len(parts)


# Who a sentence can name, for a question asking "who": a person by a title ("Councillor Cole", "Mrs Dale"),
# a person's two names ("Ann Cole"), a role holder ("the Clerk", "the Head of Highways", "the Cabinet Member
# for ..."), an organisation ("the county council", "Ashwell Playgrounds Ltd", "the rights of way team").
_TITLED_NAME = re.compile(rf"\b{TITLE}\.?\s+[A-Z]")
# councillors named together by one title, in full or by their initials: "Cllrs GC and PB", "Councillors Hale and Lowe"
TITLED_GROUP = re.compile(r"\b(?:Cllrs|CLLRS|Councillors|COUNCILLORS)\.?[ \t]+[A-Z]")
# a surname as printed, a capital inside it or an apostrophe after its first letter too: "Smith", "MacLeod",
# "McArthur", "O'Brien" (not any word with a capital inside: "YouTube", "PowerPoint")
SURNAME = r"(?:Ma?c|[A-Z]['’])?[A-Z][a-z]+"
TWO_NAMES = re.compile(rf"\b(?!The\b|This\b|That\b|These\b|Those\b|A\b|An\b)[A-Z][a-z]+ ({SURNAME})\b")
# the last word of a place's name: "Mill Lane", "Church Road", "Village Hall", "Jubilee Field" name where, not who
_PLACE_WORD = frozenset("""lane road street avenue close way drive crescent place square gardens grove terrace row
hill green common park field fields meadow meadows hall centre center church chapel farm house cottage court bridge
wood woods estate walk mews parade yard brook river ground rise end corner gate bank view""".split())
_ROLE = re.compile(r"\b(?:clerk|chair(?:man|woman|person)?|mayor|treasurer|secretary|leader|chief\s+executive|director|"
                   r"manager|officers?|head\s+of|cabinet\s+member|portfolio\s+holder|rfo|contractors?|engineers?|warden|"
                   r"co-?ordinator|inspector|surveyor|lead\s+member|consultants?|volunteers?|applicant|agent)\b",
                   re.I)
_ORGANISATION = re.compile(r"\b(?:council|authority|ltd|limited|plc|llp|cic|trust|association|society|club|team|police|"
                           r"constabulary|agency|partnership|company|foundation|charity|department|directorate|service|"
                           r"committee|board|panel|working\s+group|highways\s+england|network\s+rail)\b", re.I)


# the last word of a law's, a document's or a scheme's name: "the Misuse of Drugs Act", "the Local Plan" name what, not who
_THING_WORD = frozenset("""act acts bill order regulations plan strategy policy report scheme programme fund grant award
campaign project""".split())


def names_a_person(text: str) -> bool:
    """Whether `text` names a person by name: by a title ("Councillor Cole", "Cllrs GC and PB") or by two names
    that are not a place's ("Mill Lane"), a law's or a document's ("Misuse of Drugs Act") -- not a role ("the
    Clerk") or an organisation, which is no one's name."""
    if _TITLED_NAME.search(text) or TITLED_GROUP.search(text):
        return True
    return any(m.group(1).lower() not in _PLACE_WORD | _THING_WORD and not _ORGANISATION.fullmatch(m.group(1))
               for m in TWO_NAMES.finditer(text))


# a place named by its own words and the kind of place it is: "Glen Road", "Mill Lane", "Shore Road", "Jubilee Field"
_PLACE_NAME = re.compile(r"\b((?:[A-Z][a-z'’-]+\s+){1,3})([A-Z][a-z]+)\b")


def place_name_words(text: str) -> list[str]:
    """The words that say which place `text` names by a place's kind ("Glen" of "Glen Road", "Mill" of "Mill
    Lane"): English words ("glen", "mill", "shore") that are a name there, so "on Glen Road" asks of one road,
    not of another ("Shore Road")."""
    return [w for m in _PLACE_NAME.finditer(text) if m.group(2).lower() in _PLACE_WORD
            for w in m.group(1).split() if w.lower() not in _SMALL]


def names_someone(text: str) -> bool:
    """Whether `text` names someone who can be who a question asks about: a person (by a title or two
    names that are not a place's: "Mill Lane" is where; councillors by one title, initials too: "Cllrs GC and
    PB"), a role holder or an organisation."""
    if _TITLED_NAME.search(text) or TITLED_GROUP.search(text) or _ROLE.search(text) or _ORGANISATION.search(text):
        return True
    return any(m.group(1).lower() not in _PLACE_WORD for m in TWO_NAMES.finditer(text))
