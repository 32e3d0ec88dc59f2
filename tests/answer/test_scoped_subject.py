"""A question about one subject of a named council is declined when that council's passages never
mention the subject, however close they are to the council's name: "What did Lowfield Parish Council
decide about the allotments?" over minutes that print "Lowfield Parish Council" and no allotment."""
from __future__ import annotations

from answer.coverage import coverage
from core.settings import Settings
from core.terms import terms
from core.types import Coverage, Passage
from retrieval.plan import understand
from tests.answering import ask
from tests.retrieval.conftest import make_chunk

COUNCIL = "Lowfield Parish Council"
MINUTES = ("Lowfield Parish Council's responsibility is to represent the view of the parish as a whole.\n\n"
           "Lowfield Parish Council resolved to maintain the precept at £5,000.")
OTHER = "The allotment waiting list has 14 names and the Council agreed to create six new allotment plots."


def _ask(question: str):
    chunk = make_chunk("min", MINUTES, meeting_date="2019-01-08", doc_type="minutes", committee=COUNCIL, council=COUNCIL)
    other = make_chunk("oth", OTHER, meeting_date="2019-01-08", doc_type="minutes", committee="Amenities Committee",
                       council="Eastbrook Town Council")
    # the index knows "allotment" (another council's papers print it): only the scope's passages lack it
    idf = {t: 3.0 for t in terms(MINUTES + " " + OTHER)}
    settings = Settings(abstain_below=-1.0, dense_holds=0.30)     # the fake embedder's scale: the name alone is "close"
    return ask(question, [chunk, other], passages=[Passage(chunk, 1.0)], settings=settings, idf=idf)


def test_a_subject_of_one_word_the_passages_lack_is_not_held():
    plan = understand("What did the council decide about the allotments?", Coverage())
    idf = {"allotment": 5.0, "precept": 5.0}
    assert coverage(plan, ["The council resolved to maintain the precept."], idf, unseen_idf=7.0) == 0.0
    assert coverage(plan, ["The council agreed six new allotment plots."], idf, unseen_idf=7.0) == 1.0


def test_a_named_councils_own_name_does_not_make_its_passages_close_to_any_subject():
    answer = _ask(f"What did {COUNCIL} decide about the allotments?")
    assert not answer.answered, answer.answer
    # a subject its passages do hold is answered
    answer = _ask(f"What did {COUNCIL} decide about the precept?")
    assert answer.answered and "£5,000" in answer.answer
