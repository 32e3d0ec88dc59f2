"""What interests were declared at a meeting: answered from the minutes' declarations record (its label, "Declarations
of Interest", "Disclosures of interest", "Members' Interests", with the lines under it), not from the page's
heading, and whole when the record is cut between two passages. Minutes written for the test; the embedder is the
fixed fake of tests/answering.py."""
from __future__ import annotations

from answer.proceedings import _declarations_record, asks_declarations
from core.settings import Settings
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

# a fire authority's minutes saved from its committee site, the record cut where a chunk ends
HEAD = ("Agenda and minutes\n\nAnnual Meeting, Westfold Fire Authority - Monday 12th June, 2023 10.00 am\n\n"
        "Venue: Council Chamber, County Hall. View directions\n\nElection of Chair\n\nResolved: That Councillor Amy "
        "Price be appointed as Chair for the 2023/24 Municipal Year.\n\nApologies for Absence\n\nApologies for absence "
        "were received from Councillor Tom Hale.\n\nDisclosures of Interest\n\nCouncillor Rhys Evans declared that "
        "he was a retained firefighter with the Service.")
TAIL = ("Councillor Mary Okafor declared that her daughter was employed in the Service's control room.\n\n"
        "Minutes of the Meeting held on 20 March 2023 pdf icon PDF 90 KB\n\nThe minutes were agreed as a correct record.")
# another house style: the label over a line saying no one declared any
NONE_MADE = ("Minutes of the meeting of Ashcombe Town Council held on 4 September 2023\n\n3. Members' Interests\n\n"
             "No declarations of interest were made.\n\n4. Minutes\n\nThe minutes of 7 August 2023 were approved.")
AGENDA = "1. Apologies for absence\n\n2. Declarations of Interest\n\n3. Minutes of the previous meeting"


def _ask(question: str, *texts: str, day: str = "2023-06-12"):
    chunks = [make_chunk(f"c{i}", t, meeting_date=day, source="corpus/w.txt") for i, t in enumerate(texts)]
    return ask(question, chunks, settings=Settings(abstain_below=0.99))


def test_the_interests_declared_are_the_record_under_its_label_not_the_pages_heading():
    answer = _ask("What interests were declared at the Westfold Fire Authority's annual meeting on 12 June 2023?",
                  HEAD, TAIL)
    line = first_line(answer)
    assert "Rhys Evans declared that he was a retained firefighter" in line, answer.answer
    # the record carries on in the next passage: its declaration is quoted too
    assert "Mary Okafor declared that her daughter" in answer.answer, answer.answer


def test_a_record_saying_none_were_made_answers():
    answer = _ask("What interests were declared at the meeting of Ashcombe Town Council on 4 September 2023?", NONE_MADE,
                  day="2023-09-04")
    assert "No declarations of interest were made." in first_line(answer), answer.answer


def test_an_agendas_bare_label_records_nothing_and_one_matter_is_not_asked_of_the_record():
    assert _declarations_record(AGENDA) is None
    assert asks_declarations("general", "What declarations of interest were made at the meeting?")
    assert not asks_declarations("general", "Did any member declare an interest in the bypass?")
