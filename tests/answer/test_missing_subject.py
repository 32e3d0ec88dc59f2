"""A question whose subject no paper mentions is declined even when its frame words are held
(answer/extractive.py missing_subject): found by the end-to-end check on an unseen council (tests/e2e)."""
from __future__ import annotations

from answer.extractive import ExtractiveAnswerer
from core.settings import Settings
from core.terms import terms
from core.types import Coverage
from retrieval.plan import understand

PAPERS = """The Panel agreed that a task and finish group be set up to review rural bus services.
The Committee refused the application for nine dwellings on Mill Lane; the vote was 8 for refusal.
The 2026/27 allocation of 1,284,000 pounds for disabled facilities grants is confirmed.
Councillor Healey obtained a quote for laying tarmac on the cart roads. The bus was unreliable."""


def answerer() -> ExtractiveAnswerer:
    idf = {t: 1.0 for t in terms(PAPERS)}
    return ExtractiveAnswerer(embedder=None, settings=Settings(), idf=idf)


def missing(question: str) -> str | None:
    return answerer().missing_subject(understand(question, Coverage()), near=set())


def test_a_rare_english_word_no_paper_uses_is_the_missing_subject():
    assert missing("Did the panel set up a task and finish group on library opening hours?") == "library"
    assert missing("What was decided on the Station Road supermarket application?") == "supermarket"
    assert missing("How much has been allocated for pothole repairs?") == "pothole"


def test_held_words_other_forms_common_words_typos_and_near_words_are_not_missing():
    assert missing("Did the panel set up a task and finish group on rural bus services?") is None
    assert missing("What quote was got for tarmacking the cart roads?") is None        # "tarmac" in another form
    assert missing("How much was allocated for disabled facilities grants?") is None   # "allocation"
    assert missing("why is the bus so unreliabel?") is None                            # a typo is not judged
    assert missing("what do people get for helping out with stuff?") is None           # everyday words
    plan = understand("Did the panel set up a task and finish group on library opening hours?", Coverage())
    assert answerer().missing_subject(plan, near={"library"}) is None                  # held in other words


def test_a_name_no_paper_prints_is_missing_even_beside_a_passage_close_in_meaning():
    # a passage close in meaning (the answer's `close`) may hold a plain word in its own words
    # ("rubbish" for waste), so then only a word the question capitalises, part of a name, is judged
    plan = understand("What did the Bus Users Ombudsman say about the rural bus services review?", Coverage())
    assert answerer().missing_subject(plan, near=set(), names_only=True) == "Ombudsman"
    plan = understand("did the panel say the rubbish bus was ok", Coverage())
    assert answerer().missing_subject(plan, near=set()) == "rubbish"
    assert answerer().missing_subject(plan, near=set(), names_only=True) is None


LIBRARIES = """Library issues rose by 2% on the same quarter last year. Physical issues fell by 3%, balanced by
loans of eBooks and eAudiobooks, up by 6% and 21% respectively. The mobile library timetable is unchanged."""


def test_a_word_the_papers_print_inside_a_compound_is_not_missing():
    # "audiobooks" is printed as "eAudiobooks": a word of the papers ending in the asked word is one of its kind
    answerer = ExtractiveAnswerer(embedder=None, settings=Settings(), idf={t: 1.0 for t in terms(LIBRARIES)})
    plan = understand("are audiobook loans from the library going up", Coverage())
    assert answerer.missing_subject(plan, near=set()) is None
    # a rare word printed neither alone nor at the end of a longer word is still missing
    plan = understand("are vinyl loans from the library going up", Coverage())
    assert answerer.missing_subject(plan, near=set()) == "vinyl"
