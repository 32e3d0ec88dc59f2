"""Asked whether a named party did something ("Did the Secretary of State appeal ...?"), passages saying only
that it could, may or intends to ("could seek leave to appeal") record no such event: the question is declined,
not answered from a sentence about another party's act (answer/declines.py outcome_not_reported)."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

ANNOUNCEMENT = ("(112) CHAIRMAN'S ANNOUNCEMENT\n"
                "The Chairman told the Committee that the Council had won its challenge in the High Court against the "
                "Planning Inspector's decision to allow an appeal against the refusal of an application for a wind "
                "turbine at Holt Heath. The Legal Manager thanked the planning and legal teams for their work. "
                "The Secretary of State could seek leave to appeal against the High Court decision.")
QUESTION = "Did the Secretary of State appeal the High Court ruling on the Holt Heath wind turbine?"


def test_a_party_that_only_could_act_did_not_act():
    chunk = make_chunk("dc", ANNOUNCEMENT, meeting_date="2014-02-20", doc_type="minutes", title="Minutes")
    answer = ask(QUESTION, [chunk])
    assert not answer.answered, answer.answer
    assert answer.answer.startswith("The passages on this subject speak of it only as something to come")


def test_a_party_said_to_have_acted_answers():
    later = make_chunk("dc2", "The Secretary of State appealed against the High Court decision on the Holt Heath wind "
                       "turbine, and the Court of Appeal dismissed the appeal in June.",
                       meeting_date="2014-07-17", doc_type="minutes", title="Minutes", source="corpus/y.txt")
    chunk = make_chunk("dc", ANNOUNCEMENT, meeting_date="2014-02-20", doc_type="minutes", title="Minutes")
    answer = ask(QUESTION, [later, chunk])
    assert answer.answered and "dismissed" in answer.answer, answer.answer
