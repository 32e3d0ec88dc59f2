"""A compound asked in another form than the papers print it is the papers' word: "speed watch" asked of
papers printing "Speedwatch", "carpark" of papers printing "car park", "selfharm" of "self-harm".
Read from the index's own vocabulary (retrieval/spelling.py Speller.compounds), no word list: two words
join only when the papers print them joined, more often than apart. A real BM25 index over pages
written here; the embedder is the fixed fake of test_facts."""
from __future__ import annotations

import math

import pytest

from core.settings import Settings
from core.terms import terms
from core.types import Passage
from retrieval.spelling import Speller
from store.sparse import SparseIndex
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

PAGES = [
    ("speed", "7. Community Speedwatch\n\nThe Clerk reported that the Speedwatch volunteers had carried out 14 "
              "sessions on Church Road since March and recorded 212 vehicles over the limit. The Speedwatch "
              "co-ordinator will present the results to the police."),
    ("harm", "4. Young people's mental health\n\nThe Committee heard that hospital admissions for self-harm among "
             "10 to 24 year olds had fallen to 412 in 2023, from 455 the year before."),
    ("park", "8. Car park\n\nThe car park at the village hall will be resurfaced in September at a cost of "
             "£8,400. The Council agreed the quote from Lane Surfacing. Parking on the car park is free."),
    ("fields", "9. Planning\n\nThe Council objected to housing on green field sites beyond the village edge. "
               "The green field land at Moor Lane is in the green belt."),
    ("allot", "3. Allotments\n\nThe allotment rents will rise to £45 a plot from October. A carpark sign was "
              "ordered for the allotments."),
]


@pytest.fixture(scope="module")
def papers():
    chunks = [make_chunk(cid, text, meeting_date="2024-05-14", committee="Ashwell Parish Council",
                         council="Ashwell Parish Council") for cid, text in PAGES]
    texts = [c.text for c in chunks]
    df: dict[str, int] = {}
    for text in texts:
        for t in set(terms(text)):
            df[t] = df.get(t, 0) + 1
    idf = {t: math.log(1 + len(texts) / d) for t, d in df.items()}
    return chunks, Speller.of_texts(texts), SparseIndex.build(texts), idf


def _ask(question: str, papers):
    """As the engine asks: the question in the papers' words, BM25 over the index, the answerer's gates."""
    chunks, speller, sparse, idf = papers
    asked = speller.correct(question)
    scores = sparse.scores(asked)
    order = sorted(range(len(chunks)), key=lambda i: -scores[i])
    answer = ask(asked, chunks, passages=[Passage(chunks[i], 1.0 / (r + 1)) for r, i in enumerate(order)],
                 settings=Settings(), idf=idf)
    return asked, chunks[order[0]].chunk_id if scores[order[0]] > 0 else None, answer


def test_two_words_asked_apart_find_the_compound_the_papers_print_joined(papers):
    asked, top, answer = _ask("what has the speed watch found", papers)
    assert asked == "what has the speedwatch found"
    assert top == "speed"
    assert answer.answered and "Speedwatch" in first_line(answer), answer.answer


def test_a_compound_asked_as_one_word_finds_the_papers_hyphenated_form(papers):
    asked, top, answer = _ask("what was said about selfharm admissions", papers)
    assert asked == "what was said about self-harm admissions"
    assert top == "harm"
    assert answer.answered and "self-harm" in first_line(answer), answer.answer


def test_a_compound_asked_as_one_word_finds_the_two_words_the_papers_print(papers):
    # "carpark" is printed once; "car park" three times: the papers' word is the open one
    asked, top, answer = _ask("what is happening with the carpark", papers)
    assert asked == "what is happening with the car park"
    assert top == "park"
    assert answer.answered and "car park" in first_line(answer), answer.answer


def test_words_the_papers_print_apart_more_often_are_not_joined(papers):
    _, speller, _, _ = papers
    assert speller.correct("when will the car park be resurfaced") == "when will the car park be resurfaced"
    # a stop word does not open a compound ("a part" is not "apart")
    assert speller.joined("a", "part") is None


def test_a_name_the_papers_never_print_is_not_split_into_their_words(papers):
    # "Greenfield" is a place the papers never name, not their "green field"
    _, speller, _, _ = papers
    assert speller.correct("what did the council say about Greenfield school") == \
        "what did the council say about Greenfield school"
    assert speller.correct("what about greenfield sites") == "what about green field sites"


def test_the_speller_keeps_a_bounded_count_of_the_phrases_asked(monkeypatch):
    # a long-running app asks without end: the phrases counted are forgotten past the bound, and counted again right
    import retrieval.spelling as spelling
    monkeypatch.setattr(spelling, "PRINTED_CACHE", 3)
    speller = Speller.of_texts(["The car park at the village hall. The car park is free. A green field."])
    for phrase in ("car park", "village hall", "green field", "the car", "is free"):
        speller.printed(phrase)
    assert len(speller._printed) <= 3
    assert speller.printed("car park") == 2
