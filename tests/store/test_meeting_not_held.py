"""Questions about a meeting that did not take place, and about a council typed in small letters: the engine's
scope declines (service/engine.py) over a real index of minutes written for these tests. A month the index holds
no meeting of is answered from the later minutes saying its meeting was cancelled (answer.period.tells_not_held);
a council named in small letters ("hollybrook cabinet") is still a council whose papers another council's
figure does not answer (core.gazetteer.named_bodies). Real Chroma on disk; vectors from the hashing stand-in."""
from __future__ import annotations

import pytest

from conftest import indexed

pytestmark = pytest.mark.slow          # builds small indexes (real Chroma)

FEBRUARY = """Ashwell Parish Council

Minutes of the meeting of Ashwell Parish Council held on Thursday 9 February 2023 at 7.30 pm in the Village Hall

Present: Cllr A Brown (Chair), Cllr B Singh, Cllr C Lewis

1. Playground

It was agreed to replace the swings at the recreation ground.
"""

APRIL = """Ashwell Parish Council

Minutes of the meeting of Ashwell Parish Council held on Thursday 13 April 2023 at 7.30 pm in the Village Hall

Present: Cllr A Brown (Chair), Cllr B Singh, Cllr C Lewis

1. Minutes

The minutes of the meeting held on 9 February 2023 were agreed and signed by the Chair.

2. Planning

The clerk reported that the meeting planned for March had been cancelled because the village hall was flooded.
Councillors had sent their comments on the barn conversion by email, and it was agreed to support it.
"""

ALLOWANCES = """Kent County Council

Cabinet - 4 March 2025

Quarterly Performance Report

The total value of investments approved to date and paid by the fund across both schemes is £3.01m for
thirty-one applications.
"""


def test_a_meeting_that_did_not_take_place_is_answered_from_the_minutes_saying_so(tmp_path):
    e = indexed(tmp_path, {"ashwell/feb.txt": FEBRUARY, "ashwell/apr.txt": APRIL})
    answer = e.ask("Why was Ashwell Parish Council's planned March 2023 meeting cancelled?")
    assert answer.answered and "flooded" in answer.answer, answer.answer
    # whether it was right to is no paper's to say, whatever they say of the meeting
    answer = e.ask("Was Ashwell Parish Council right to cancel its March 2023 meeting?")
    assert not answer.answered and answer.answer.startswith("The papers record what was said and decided"), answer.answer
    # a month whose meeting no paper speaks of is still one the index holds no papers for
    answer = e.ask("What did Ashwell Parish Council decide at its May 2023 meeting?")
    assert answer.answer.startswith("The index holds no Ashwell Parish Council papers for a meeting in May 2023"), \
        answer.answer


def test_a_council_typed_in_small_letters_is_not_answered_with_another_councils_figure(tmp_path):
    e = indexed(tmp_path, {"kent/qpr.txt": ALLOWANCES, "pages/cabinet-item.txt": "Cabinet\n\nItem 5: Village greens\n"})
    answer = e.ask("how much do redbridge cabinet members get paid in allowances")
    assert not answer.answered
    assert answer.answer.startswith("The index holds no papers from London Borough of Redbridge."), answer.answer
