"""Asked who did something ("which councillors declared an interest ..."), the minutes' own line that no one did
("No declarations of interest were received"), ranked above every line naming someone, is the answer: a heading's
capitals from another paper ("Significant Interests in items on the agenda") are no one's name (answer/facts.py
NOBODY); and the item label that line was printed under ("(Item 2)") is not quoted alone below it."""
from __future__ import annotations

from answer.doers import NOBODY
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

# the minutes' item, its running reference printed on the line under its heading
MINUTES = "(Item 2)\nNo declarations of interest were received"

# another body's agenda, its item title running onto a second line, read as the item's first sentence
AGENDA = "Significant Interests in items on the agenda"


def test_a_line_saying_no_one_did_it():
    for text in ("No declarations of interest were received.", "There were no objections.", "(Item 2) Nil",
                 "None were declared.", "No-one declared an interest."):
        assert NOBODY.match(text), text
    for text in ("No more than two members declared an interest.", "Mrs Cole declared an interest.",
                 "Nobbs Lane was closed."):
        assert not NOBODY.match(text), text


def test_which_councillors_declared_an_interest_when_none_did():
    minutes = make_chunk("m", MINUTES, meeting_date="2024-05-14", doc_type="minutes", title="Minutes",
                         committee="Resources Committee", item="12. Declarations of Interest (Item 2)")
    agenda = make_chunk("a", AGENDA, meeting_date="2024-05-14", doc_type="agenda", title="Agenda",
                        committee="County Council",
                        item="2. Declarations of Disclosable Pecuniary Interests or Other")
    answer = ask("Which councillors declared an interest at the Resources Committee in May 2024?", [minutes, agenda])
    assert answer.answered, answer.answer
    lead = first_line(answer)
    assert "No declarations of interest were received" in lead, lead
    assert not lead.startswith("**Who:**"), lead
    assert "(Item 2) [" not in answer.answer, answer.answer
