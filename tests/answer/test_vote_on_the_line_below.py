"""A parish's minutes print a decision and, on the line below it, its show of hands ("Cllrs agreed the Minutes of the
meeting held on 6 March were an accurate record." / "Proposed by JT | seconded RW | 6 all in favour | 1 abstained"),
each in a passage of its own. Asked how the vote went, that vote answers, not another meeting's vote the search
found too (answer.tallies.vote_after). Minutes written for the test; the embedder is the fixed fake of
tests/answering.py."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

APRIL = "corpus/ashby-pc/minutes-3-april-2023.txt"
FEBRUARY = "corpus/ashby-pc/minutes-6-february-2023.txt"


def _chunks():
    april = [("Minutes for the Meeting of Ashby Parva Parish Council held in the Village Hall on Monday 3 April 2023 "
              "at 7:30pm\n\nCouncillor attendance\n\nCllr Ann Hill – Chair"),
             ("Minutes Cllrs agreed the Minutes, with one amendment, of the meeting held on 6 March 2023 were an "
              "accurate record. The Chair signed the amended minutes for the records."),
             "Proposed by JT | seconded RW | 6 all in favour | 1 abstained",
             "Cllrs agreed to accept the apologies of Cllr Dean\n\nProposed by AH | Seconded by JT | all in favour"]
    february = ("Ashby Parva Parish Council meeting: the vote on the request to go ahead with the approved parish "
                "minutes book was Proposed by RW | Seconded by AH | three in favour four against – request declined")
    return ([make_chunk(f"apr{i}", t, meeting_date="2023-04-03", source=APRIL, position=i, is_resolution=i > 0)
             for i, t in enumerate(april)]
            + [make_chunk("feb", february, meeting_date="2023-02-06", source=FEBRUARY, position=4, is_resolution=True)])


def test_the_vote_is_the_one_minuted_below_the_decision_asked_not_another_meetings():
    chunks = _chunks()
    # the search ranks the other meeting's vote above the line below the decision
    order = [chunks[0], chunks[1], chunks[4], chunks[3], chunks[2]]
    line = first_line(ask("How did the vote go when Ashby Parva Parish Council approved the minutes of 6 March 2023 "
                          "at its April 2023 meeting?", order))
    assert "6 all in favour | 1 abstained" in line, line
