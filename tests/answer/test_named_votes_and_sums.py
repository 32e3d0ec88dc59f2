"""Answers found wanting by the third unseen-council check (tests/e2e/kilbrannoch.py): a vote recorded
by naming the members on each side, on its own line under the decision ("Voting: Agreed, with ...
voting for and ... voting against"); who voted one way, from a named recorded vote; a sum printed in
a table under a column in pounds ("Spent to date (£m)"); a council asked about by its kind alone."""
from __future__ import annotations

from core import votes
from retrieval.plan import council_of_kind
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

ITEM = "4. Local Transport Fund"
DECISION = (f"{ITEM}\n\nDecision: The Committee:\n\napproved £3.2m from the Local Transport Fund for bus priority "
            "measures on the Ring Road;\nnoted the forecast spend of £11.4m in 2025/26.")
VOTING = ("Voting: Agreed, with the Mayor, Cllr Amos and Cllr Byrne voting for and Cllr Carver voting against. "
          "Cllr Carver asked that her objection be recorded.")


def _record(*texts: str):
    return [make_chunk(f"rod-{n}", text, meeting_date="2026-03-06", doc_type="minutes", item=ITEM,
                       source="papers/record-of-decisions.html", is_resolution=n == 0)
            for n, text in enumerate(texts)]


def test_members_named_on_each_side_record_a_vote():
    assert votes.mentions_vote(VOTING)
    assert votes.mentions_vote("Councillor Dunn voted against the recommendation.")
    assert not votes.mentions_vote("The Committee approved £3.2m for bus priority measures.")


def test_the_vote_line_under_an_items_decision_answers_how_they_voted():
    answer = ask("How did the leaders vote on the Local Transport Fund?", _record(DECISION, VOTING))
    assert answer.answered, answer.answer
    assert "Cllr Carver voting against" in first_line(answer)


def test_who_voted_against_is_answered_by_the_names_not_the_count():
    text = ("7. Budget and precept 2026/27\n\nIt was proposed by Cllr Hart, seconded by Cllr Ives and RESOLVED "
            "(9 for, 2 against, 0 abstentions) that the precept be set at £247,800.\n\nA recorded vote having been "
            "requested, the voting was as follows. For: Cllrs Hart, Ives, Jolly, Kemp, Lowe, Moss, Nash, Orr and "
            "Pike. Against: Cllrs Quinn and Rudd.")
    chunk = make_chunk("tc", text, meeting_date="2026-01-20", item="7. Budget and precept 2026/27", is_resolution=True)
    answer = ask("Who voted against the budget and precept?", [chunk])
    assert "Quinn and Rudd" in first_line(answer)


def test_a_figure_under_a_column_in_pounds_is_a_sum():
    text = ("Background\n\n3. The Investment Fund provides £30m a year, and £14.6m is proposed for a new scheme. The "
            "table below shows the position of the largest schemes at 31 December 2025.\n"
            "Scheme\tLead authority\tAllocation (£m)\tSpent to date (£m)\tStatus\n"
            "Riverside Quarter\tCity Council\t32.0\t21.4\tOn track\n"
            "Active Travel Corridors\tNorth Council\t11.5\t3.9\tDelayed")
    chunk = make_chunk("ca", text, meeting_date="2026-01-23", doc_type="report", title="Investment Fund update")
    answer = ask("How much has been spent to date on the Riverside Quarter scheme?", [chunk])
    assert answer.answered, answer.answer
    assert "21.4" in first_line(answer)


def test_a_council_named_by_its_kind_is_the_indexs_one_council_of_that_kind():
    councils = ["Tarnvale Combined Authority", "Ormsby Magna Town Council", "London Borough of Ashforth",
                "Glenmore Community Council"]
    assert council_of_kind("Who voted against the town council's precept?", councils) == "Ormsby Magna Town Council"
    assert council_of_kind("When is the next community council meeting?", councils) == "Glenmore Community Council"
    assert council_of_kind("What did the borough decide on youth centres?", councils) == "London Borough of Ashforth"
    # two kinds named, or two councils of the kind: neither is taken
    assert council_of_kind("What did the town council ask the combined authority for?", councils) is None
    assert council_of_kind("the town council's precept", councils + ["Lowdale Town Council"]) is None


def test_which_councillors_asks_who():
    from retrieval.plan import _intent

    assert _intent("Which councillors called in the decision on youth centres?", True) == "who"
    assert _intent("Which members declared an interest?", False) == "who"
    # a role with a word before it asks a person too; a thing does not
    assert _intent("Which Cabinet Member put forward the adoption of the plan?", False) == "who"
    assert _intent("Which portfolio holder is responsible for highways?", False) == "who"
    assert _intent("Which schools were affected by the closure?", False) != "who"


def test_a_total_asked_is_the_lists_total_line():
    text = ("5. Treasurer's report\n\nThe Treasurer reported the cost of the hall repairs carried out in the summer:\n\n"
            "- Roof repairs: £1,200.00\n- Heating repairs: £3,400.00\n- Total: £4,600.00\n\nThe report was accepted.")
    chunk = make_chunk("tr", text, meeting_date="2025-10-14", item="5. Treasurer's report")
    answer = ask("What was the total cost of the hall repairs?", [chunk])
    assert "£4,600.00" in first_line(answer)


def test_another_items_resolution_sharing_one_word_is_not_the_decision():
    noted = make_chunk("pl", "PL25/65 Planning decisions\n\nThe Committee noted that the district council had refused "
                       "application 25/03110/FUL for a drive-through restaurant at Pellingham Retail Park, as the Town "
                       "Council had recommended.", meeting_date="2026-02-03", item="PL25/65 Planning decisions",
                       source="papers/town-council-planning-2026-02-03.pdf")
    other = make_chunk("ci", "23. Call-in: youth service redesign\n\nMembers heard that 412 young people had used the "
                       "centre, and that the nearest hub at Hollins Park would be 1.9 miles away.\n\nRESOLVED: That the "
                       "decision be referred back to Cabinet for reconsideration.", meeting_date="2025-11-19",
                       item="23. Call-in: youth service redesign", is_resolution=True,
                       source="papers/borough-scrutiny-2025-11-19.pdf")
    # the other item's passage found first: its sentence naming "Hollins Park" scores near the best
    answer = ask("what happened to the drive through at the retail park", [other, noted])
    assert "refused" in first_line(answer)


def test_a_date_without_its_year_answers_when():
    text = ("10. Correspondence\n\n- Letter from the Roads Service about the temporary closure of the C14 Mill Road for "
            "resurfacing from 3rd to 7th November.\n- Email from the water company about the mains renewal.\n\n"
            "11. AOCB\n\nThe revised completion date for the new footbridge is March 2027.")
    chunk = make_chunk("cc", text, meeting_date="2025-10-14", item="10. Correspondence")
    answer = ask("when is the mill road shut for resurfacing", [chunk])
    assert "3rd to 7th November" in first_line(answer)


def test_the_date_under_a_date_of_next_meeting_item_answers_when_next():
    # the other line names the question's words ("community council"); the date's line only its item does
    chunks = [make_chunk("corr", "10. Correspondence\n\n- Invitation to the Community Council Liaison Forum on 20th "
                         "November - Secretary to attend.", meeting_date="2025-10-14", item="10. Correspondence", council="Glenmore Community Council"),
              make_chunk("next", "12. Date of next meeting\n\nTuesday 11th November 2025, 7.30pm, Village Hall.",
                         meeting_date="2025-10-14", item="12. Date of next meeting", council="Glenmore Community Council")]
    answer = ask("When is the next community council meeting?", chunks)
    assert "11th November 2025" in first_line(answer)
