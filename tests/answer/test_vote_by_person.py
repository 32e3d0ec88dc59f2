"""How a named person voted is answered only from a vote that lists them (answer/extractive.py
_vote_not_recorded): a count, or a motion they moved, is not their vote."""
from __future__ import annotations

from tests.answering import ask
from tests.retrieval.conftest import make_chunk

DEBATE = ("10. Workplace Parking Levy\n\nThe report and recommendations were moved by Councillor Plowden and "
          "seconded by Councillor Wilcox. Councillor Self moved an amendment which was seconded by Councillor Ryan.\n\n"
          "On being put to the vote, the amendment was LOST (2 for, 7 against).")
RECORDED = ("10. Workplace Parking Levy\n\nA recorded vote was taken on the amendment:\n\nFor (2)\nCouncillor Self and "
            "Councillor Ryan\n\nAgainst (7)\nCouncillors Plowden, Wilcox, Ali, Bell, Cole, Dunn and Eyre\n\nAmendment lost.")


def _ask(question: str, text: str):
    chunk = make_chunk("wpl", text, meeting_date="2024-09-12", doc_type="minutes", title="Minutes",
                       item="10. Workplace Parking Levy")
    return ask(question, [chunk])


def test_a_persons_vote_no_recorded_vote_lists_is_declined():
    answer = _ask("How did Councillor Self vote on the Workplace Parking Levy?", DEBATE)
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject record no vote by Councillor Self.")


def test_a_recorded_vote_listing_the_person_answers():
    answer = _ask("How did Councillor Self vote on the Workplace Parking Levy?", RECORDED)
    assert answer.answered and "For (2)" in answer.answer


# a member who says they will sit out the vote ("would therefore abstain from voting"): their vote is told
ABSTAINING = ("7. Land at Mill Farm, Hollybank\n\nThe Committee considered the report and a written update. "
              "Councillor Marsh declared that she was a trustee of the Mill Farm Allotment Society and would "
              "therefore abstain from voting on the application.\n\nRESOLVED: That the application be DEFERRED "
              "for a site visit.")


def test_a_member_who_says_they_will_abstain_is_their_vote_told():
    chunk = make_chunk("mill", ABSTAINING, meeting_date="2024-09-12", doc_type="minutes", title="Minutes",
                       item="7. Land at Mill Farm, Hollybank")
    answer = ask("Why did Councillor Marsh abstain from voting on the Mill Farm application?", [chunk])
    assert answer.answered and "trustee of the Mill Farm Allotment Society" in answer.answer, answer.answer


# a budget put to a recorded vote, the minutes' page giving the outcome but not the numbers
OUTCOME_ONLY = ("5. Budget and Council Tax 2019/20\n\nThe Leader moved the budget proposals and Councillor Ibe "
                "seconded them. An amendment proposed by Councillor Fenn was put to a recorded vote and was "
                "defeated. The substantive budget proposals were then put to a recorded vote and were agreed.")
COUNTED = OUTCOME_ONLY.replace("were agreed.", "were agreed (31 for, 12 against, 2 abstentions).")


def test_how_many_voted_is_declined_when_the_vote_is_reported_without_numbers():
    chunk = make_chunk("budget", OUTCOME_ONLY, meeting_date="2019-02-27", doc_type="minutes", title="Minutes",
                       item="5. Budget and Council Tax 2019/20")
    answer = ask("How many councillors voted for the 2019/20 budget proposals?", [chunk])
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject record the vote but not how many voted"), answer.answer
    # the same minutes with the count answer it
    chunk = make_chunk("budget", COUNTED, meeting_date="2019-02-27", doc_type="minutes", title="Minutes",
                       item="5. Budget and Council Tax 2019/20")
    answer = ask("How many councillors voted for the 2019/20 budget proposals?", [chunk])
    assert answer.answered and "31 for" in answer.answer, answer.answer
