"""The generative answer is asked for the same shape as the offline one: the fact first, one period,
whole quotes; and a fact line without a citation is dropped by the grounding code like any claim."""
from __future__ import annotations

from answer.grounding import ground
from answer.prompts import Prompts
from core.settings import Settings


def test_the_system_prompt_asks_for_the_fact_first_one_period_and_whole_quotes():
    system = Prompts.load(Settings().prompts_dir).system.lower()
    assert "fact first" in system and "for, against, abstain" in system
    assert "one period per answer" in system
    assert "never leave words out of the middle of a quote" in system


def test_a_fact_line_is_checked_like_every_other_claim():
    reply = ("Councillor Marian Humphreys chairs the committee [2].\n\n"
             "She was elected in 2021.\n"
             "- The membership list names her as Chair [2].")
    checked = ground(reply, passage_count=2)
    assert checked.text.splitlines()[0] == "Councillor Marian Humphreys chairs the committee [1]."
    assert "elected in 2021" not in checked.text and checked.dropped == 1
