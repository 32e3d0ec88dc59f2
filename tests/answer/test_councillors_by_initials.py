"""Minutes that name councillors by their initials after the title ("Cllrs GC and PB declared an interest",
"Cllr AW ...") name people; asked which councillors did something, the lines beside the best one in its
paragraph where others did the same answer too (core/names.py names_someone, answer/facts.py _doing_the_same)."""
from __future__ import annotations

from core import names
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

MINUTES = ("Present: Cllrs Ruth Moss (RM), Ian Pike (IP), Tom Quayle (TQ), Sue Venn (SV)\n"
           "In attendance: Ann Cole (Clerk)\n\n"
           "412 DECLARATIONS OF INTEREST\n"
           "Cllrs RM and IP declared an interest in the allotments and the recreation ground.\n"
           "Cllr SV declared an interest in the allotments\n\n"
           "413 ALLOTMENTS\nThe Clerk reported that two plots at the Mill Lane allotments are vacant.")


def test_initials_after_the_title_are_names():
    assert names.names_someone("Cllrs GC and PB declared an interest in the allotments.")
    assert names.names_someone("Councillors Hale and Lowe left the room.")
    assert not names.names_someone("Councillors declared no interests.")


def test_which_councillors_did_it_is_answered_by_every_line_saying_so():
    chunk = make_chunk("m", MINUTES, meeting_date="2020-04-07", doc_type="minutes", title="Minutes")
    for question in ("Which councillors declared an interest in the allotments?",
                     "Who declared an interest in the allotments?"):
        answer = ask(question, [chunk])
        assert answer.answered, answer.answer
        lead = first_line(answer)
        assert lead.startswith("**Who:**") and "Cllrs RM and IP" in lead and "Cllr SV" in lead, lead
        assert "vacant" not in lead
