"""Which body of a kind did something ("Which company did the council hire?"), declined when the line the answer
would open with names none ("engage a specialist events company"), answered when it, or the sentence after it,
names one (answer.declines_people.maker_not_named). Pages invented."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

# a town council's report on a summer festival, and its minutes on a grass cutting contract
FESTIVAL = ("Recommendations\n\n"
            "a) That the Town Council engages the services of a specialist event management company with experience "
            "of large outdoor events to stage the Riverside Festival on 5 July.\n"
            "b) That the Town Clerk be the lead organiser on behalf of the Town Council.")
GRASS = ("7. Grass Cutting Contract\n\n"
         "Three quotes had been received for the grass cutting contract. It was resolved to award the contract to the "
         "lowest bidder. Dale Groundcare will start cutting in April.")


def _chunks():
    return [make_chunk("fe", FESTIVAL, meeting_date="2025-02-18", doc_type="report", committee="Full Council",
                       council="Ashcombe Town Council", title="Riverside Festival", item="Riverside Festival"),
            make_chunk("gc", GRASS, meeting_date="2025-03-11", doc_type="minutes", committee="Full Council",
                       council="Ashcombe Town Council", title="Minutes of the meeting held on 11 March 2025",
                       item="7. Grass Cutting Contract")]


def test_which_company_a_report_leaves_unnamed_is_declined():
    answer = ask("Which event management company did Ashcombe Town Council hire to stage the Riverside Festival?",
                 _chunks())
    assert not answer.answered, answer.answer
    assert "name no company" in answer.answer


def test_which_firm_named_in_the_next_sentence_is_answered():
    answer = ask("Which firm was awarded Ashcombe's grass cutting contract?", _chunks()[::-1])
    assert answer.answered and "Dale Groundcare" in answer.answer, answer.answer
