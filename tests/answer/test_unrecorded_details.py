"""Details a question asks that the papers do not record, declined rather than answered with the nearest
sentence (answer/extractive.py): a seconder where the minutes record the resolution alone, the date in a year
when the paper gives another year's, a person's name where the minutes tell of them unnamed. Each beside its
answerable twin, so a detail the papers do record is still answered. Pages invented."""
from __future__ import annotations

from core.types import Passage
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

# a parish council's minutes: one item resolved with its movers recorded, one without
MINUTES = ("24.03.6 Allotment Rents\n\n"
           "The Clerk reported that the allotment rents had not changed since 2019. Councillor Haworth proposed "
           "that the rent for a full plot be raised to £40 a year, seconded by Councillor Pym. All agreed.\n\n"
           "24.03.7 Precept 2024/25\n\n"
           "The Councillors went through the accounts and the estimates for the coming year. After a long "
           "discussion it was resolved to keep the precept for 2024/25 at £6,200.")


def _minutes():
    return make_chunk("pc", MINUTES, meeting_date="2024-03-12", doc_type="minutes", committee="Oakhurst Parish Council",
                      council="Oakhurst Parish Council", title="Minutes of the meeting held on 12 March 2024")


def test_who_seconded_a_resolution_the_minutes_record_without_movers_is_declined():
    answer = ask("Who seconded the resolution to keep the precept at £6,200?", [_minutes()])
    assert not answer.answered, answer.answer
    assert "do not record who proposed or seconded" in answer.answer


def test_who_seconded_a_resolution_the_minutes_record_with_movers_is_answered():
    answer = ask("Who seconded the rise in allotment rents?", [_minutes()])
    assert answer.answered and "Pym" in first_line(answer), answer.answer


# a town council's report on an event, written in the spring of the year it is held
EVENT = ("Summer Fun Day\n\n"
         "Council is asked to approve a Summer Fun Day on the Recreation Ground on Saturday 14 June 2025, with a "
         "brass band, children's rides and stalls for local groups. The event would run from 11am to 4pm and "
         "entry would be free.")


def _event():
    return make_chunk("ev", EVENT, meeting_date="2025-03-04", doc_type="report", committee="Full Council",
                      council="Brackley Vale Town Council", title="Summer Fun Day")


def test_when_an_event_happens_in_a_year_the_paper_dates_another_is_declined():
    answer = ask("When is the Summer Fun Day on the Recreation Ground taking place in 2026?", [_event()])
    assert not answer.answered, answer.answer
    assert "no date for it in 2026" in answer.answer


def test_when_an_event_happens_in_the_year_the_paper_dates_it_is_answered():
    answer = ask("When is the Summer Fun Day on the Recreation Ground taking place in 2025?", [_event()])
    assert answer.answered and "14 June 2025" in first_line(answer), answer.answer


# a community council's minutes: the police report tells of a man arrested, unnamed; the officer is named
POLICE = ("1. Police Report\n\n"
          "PC Dawn Tulloch gave the police report for the month. There had been two thefts from garden sheds "
          "on Burnside Road. A 41 year old man was arrested after a stolen trailer was found near the bypass "
          "and was charged under the Theft Act. Residents were asked to lock sheds and report anything unusual.")


def _police():
    return make_chunk("po", POLICE, meeting_date="2023-11-07", doc_type="minutes", committee="Kelso Burn Community Council",
                      council="Kelso Burn Community Council", title="Minutes of the meeting held on 7 November 2023")


def test_the_name_of_a_person_the_minutes_leave_unnamed_is_declined():
    answer = ask("What is the name of the 41 year old man arrested over the stolen trailer?", [_police()])
    assert not answer.answered, answer.answer
    assert "do not name the person" in answer.answer


def test_the_name_of_a_person_the_minutes_name_is_answered():
    answer = ask("What is the name of the officer who gave the police report?", [_police()])
    assert answer.answered and "Dawn Tulloch" in first_line(answer), answer.answer
