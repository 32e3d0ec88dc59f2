"""Asked what the vote was, the line with the tally holds what is asked for, like a figure for "how
many" or a date for "when" (answer/scoring.py intent_bonus): it names the vote, seldom the
subject, which the lines above it name."""
from __future__ import annotations

from answer.scoring import intent_bonus
from core.settings import Settings
from core.types import Coverage
from retrieval.plan import understand

TALLY = ("On being put to the vote the amendment was CARRIED (7 members voting in favour, 0 against "
         "with 2 abstentions)")
DEBATE = ("There was some concern regarding the impact of the proposals for Linear Pricing on the "
          "nighttime economy and safety of women.")


def test_the_tally_of_a_vote_is_lifted_for_a_question_asking_the_vote():
    settings = Settings()
    plan = understand("What was the vote on the linear pricing amendment?", Coverage.of([]))
    assert plan.intent == "vote"
    assert intent_bonus(plan, TALLY, settings) == settings.intent_bonus
    assert intent_bonus(plan, DEBATE, settings) == 0.0
    # a question asking something else is not helped by a tally
    other = understand("What concerns were raised about linear pricing?", Coverage.of([]))
    assert intent_bonus(other, TALLY, settings) == 0.0
