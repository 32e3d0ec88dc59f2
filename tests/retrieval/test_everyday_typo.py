"""A typo one letter from two words: the everyday word a resident meant beats the papers' rarer word when
English uses it far more ("actualy" is "actually", not the papers' "actual"), and not otherwise ("aproved"
stays "approved", though English prints "proved" a little more often)."""
from __future__ import annotations

from retrieval.spelling import Speller

# a county's budget report: "actual" and "approved" are its words; "actually" it prints once
PAPERS = [
    "The actual spend to the end of December was £12.4m against a profile of £13.1m. Actual income was lower.",
    "The approved budget for 2025-26 was approved by County Council in February. The actual outturn follows.",
    "Members asked whether the savings would actually be delivered. The approved capital programme is attached.",
]


def test_a_typo_of_an_everyday_word_is_read_as_that_word():
    speller = Speller.of_texts(PAPERS)
    assert speller.suggest("actualy") == "actually"
    assert speller.correct("what does the service actualy help with") == "what does the service actually help with"


def test_a_typo_of_the_papers_word_stays_the_papers_word():
    speller = Speller.of_texts(PAPERS)
    assert speller.suggest("aproved") == "approved"
    assert speller.suggest("actaul") == "actual"
