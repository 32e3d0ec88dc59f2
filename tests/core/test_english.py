"""Everyday English as a background (core/english.py) and what it changes: a resident's phrasing
does not sink a question, while a subject the papers lack still does."""
from __future__ import annotations

from answer.coverage import coverage
from answer.spans import is_prose
from core.english import everyday_surprisal, is_english, surprisal
from core.terms import terms
from core.types import Coverage
from retrieval.plan import understand


def test_everyday_words_are_less_surprising_than_subjects_and_names():
    assert surprisal("the") < surprisal("look") < surprisal("quick") < surprisal("quarry") < surprisal("Bedworth")
    assert surprisal("centre") == surprisal("center")          # British spellings are counted as their US forms
    assert is_english("summarise") and not is_english("resolutoin")
    assert everyday_surprisal("kids are kids")["kid"] == surprisal("kids")


PASSAGE = ("Percentage of routine pothole repairs completed within 28 days: 94% against a target of 90%. "
           "The number of potholes repaired within 28 days this quarter was 3,058.")


def _held(question: str, text: str, everyday: float | None) -> float:
    plan = understand(question, Coverage())
    idf = {t: 5.0 for t in terms(PASSAGE + " lagoon road")}        # every word of the index, equally rare
    return coverage(plan, [text], idf, unseen_idf=7.0, everyday=everyday)


def test_a_residents_phrasing_is_judged_on_its_subject_words():
    question = "are they fixing potholes quick enough"
    assert _held(question, PASSAGE, everyday=None) < 0.30                 # "quick", "enough" sink it
    assert _held(question, PASSAGE, everyday=9.5) >= 0.30                  # judged on "potholes", "fixing"


def test_a_subject_the_papers_lack_still_sinks_the_question():
    question = "how much will the tidal lagoon barrage cost"
    assert _held(question, PASSAGE, everyday=9.5) < 0.30


def test_a_table_row_is_not_prose_and_a_sentence_is():
    assert not is_prose("Children & Families 60,950 61,810 860 1.41% (1,711) (851)")
    assert not is_prose("School Admissions\t23\t30%")
    assert is_prose("The Children and Families overspend forecast at quarter 1 is £12.130m (11.7%) of the budget.")
