"""A meeting's record printed as labels set against names, with a space for the separator, as councils in Northern
Ireland print their minutes ("Presiding M Dunlop", "Apology R T Garvey"): the label names who chaired and who sent
apologies, and a question asking both is answered with both. The minutes are written for the test; the embedder is
the fixed fake of tests/answering.py."""
from __future__ import annotations

from answer.proceedings import _apologies_record
from core.settings import Settings
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

# the opening of a borough council's minutes: the chair, the members, those who sent apologies and the officers,
# each label on the line with the names; cut in two where a chunk would end
OPENING = ("CARNBROOK BOROUGH COUNCIL\n\nMinutes of Proceedings of a Meeting of Carnbrook Borough Council held in the "
           "Council Chamber, 12 Mill Street, Carnbrook on Tuesday, 14 March 2017. The meeting commenced at 7.00 pm.\n\n"
           "Presiding R T Hamilton\n\nOther Members Present A B Devlin Mrs C McKee S J Quinn (joined the meeting at "
           "7.10 pm) P O Rafferty")
REST = ("Apologies Mrs D F Boyd, K Mullan\n\nOfficers Present M Reilly (Chief Executive) Mrs L Kane (Director of "
        "Finance)\n\n1 MINUTES\n\nThe Minutes of the Council Meeting held on 14 February 2017 were taken as read.")


def _ask(question: str):
    chunks = [make_chunk("opening", OPENING, meeting_date="2017-03-14", committee="Carnbrook Borough Council"),
              make_chunk("rest", REST, meeting_date="2017-03-14", committee="Carnbrook Borough Council")]
    return ask(question, chunks, settings=Settings(abstain_below=0.99))


def test_apologies_set_against_the_label_without_a_colon_are_the_record():
    span = _apologies_record(REST, said=False)
    assert span is not None and REST[span[0]:span[1]] == "Apologies Mrs D F Boyd, K Mullan"
    assert "Mrs D F Boyd, K Mullan" in first_line(_ask("Who sent apologies to Carnbrook Borough Council on 14 March 2017?"))


def test_running_words_after_the_label_are_no_record_of_names():
    # an agenda's "Apologies To receive apologies" and a sentence are not the label set against names
    assert _apologies_record("2 Apologies To receive any apologies for absence.\n\n3 Minutes", said=False) is None
    assert _apologies_record("Apologies were given by the Clerk for the late papers.", said=False) is None


def test_who_presided_is_the_name_set_against_presiding():
    line = first_line(_ask("Who presided at the Carnbrook Borough Council meeting on 14 March 2017?"))
    assert "R T Hamilton" in line, line


def test_asked_who_presided_and_who_sent_apologies_both_are_quoted():
    answer = _ask("Who presided at the Carnbrook Borough Council meeting of 14 March 2017, and who sent an apology?")
    assert "Presiding R T Hamilton" in answer.answer and "Apologies Mrs D F Boyd, K Mullan" in answer.answer, answer.answer
