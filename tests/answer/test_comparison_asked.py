"""Asked how a place compares with others ("are more of ours out of school and work than in the rest of the
country"), the sentence setting both figures side by side ("Warwickshire (3.4%) remains below England
(4.7%)") answers it, over one naming the subject alone (answer/scoring.py intent_bonus, answer/facts.py
compares_figures)."""
from __future__ import annotations

from answer.scoring import intent_bonus
from answer.figures import compares_figures
from core.settings import Settings
from core.types import Coverage
from retrieval.plan import understand

SIDE_BY_SIDE = ("2.17 Warwickshire (3.4%) remains below (better than) England (4.7%), the West Midlands (5%) "
                "and statistical neighbours (3.8%).")
ONE_FIGURE = "2.16 The proportion of 16 and 17 year olds who are NEET in Warwickshire is 3.4%."
NO_FIGURES = "2.15 Warwickshire compares well with England and its statistical neighbours on participation."


def test_a_sentence_with_two_figures_and_a_comparison_compares_them():
    assert compares_figures(SIDE_BY_SIDE)
    assert compares_figures("Take-up was 2% above the national average of 71.5%.")
    assert not compares_figures(ONE_FIGURE)          # one figure, and its paragraph number is no figure
    assert not compares_figures(NO_FIGURES)
    assert not compares_figures("Spend was £1.2m against a budget of £1.4m.")     # no comparison said


def test_a_comparison_asked_lifts_the_sentence_with_both_figures():
    settings = Settings()
    plan = understand("are more of our 16 and 17 year olds out of school and work than in the rest of the country",
                      Coverage.of([]))
    assert intent_bonus(plan, SIDE_BY_SIDE, settings) == 2 * settings.intent_bonus
    assert intent_bonus(plan, ONE_FIGURE, settings) < intent_bonus(plan, SIDE_BY_SIDE, settings)
    # not asked to compare: two figures side by side are lifted no more than any figure
    plan = understand("how many 16 and 17 year olds are NEET", Coverage.of([]))
    assert intent_bonus(plan, SIDE_BY_SIDE, settings) == intent_bonus(plan, ONE_FIGURE, settings)
