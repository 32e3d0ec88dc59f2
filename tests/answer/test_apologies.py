"""Who sent apologies to a meeting: answered from the minutes' apologies record even when no sentence
scores well (the question names nothing but the meeting), and from the record, not from a sentence
elsewhere saying someone "gave her apologies". Minutes are cut from the sample corpus; the embedder
is the fixed fake of tests/answering.py."""
from __future__ import annotations

from answer import proceedings
from core.settings import Settings
from core.types import Coverage, Passage
from retrieval.plan import understand
from tests.answering import ask, first_line
from tests.retrieval.conftest import PACK_2024, between, make_chunk
from answer.proceedings import ASKS_VENUE, asks_apologies, asks_attendance, asks_venue, place_named

# a parish council's minutes: the record is a label and a line of initials-and-surname under it,
# and another item says the clerk "gave her apologies" for something else
PARISH = ("19.01.1  Apologies\n\nR Healey\n\n19.01.2  Register of Interests\n\nNone\n\n"
          "19.01.3  Minutes\n\nThe minutes of the meeting held on the 6th November 2018 had been\n"
          "circulated prior to this meeting.")
PARISH_AOB = ("19.01.9  Any Other Business\n\nNone\n\nPrecept 2019/20\nThe Clerk gave her apologies, "
              "The Precept ought to have been an item on\nthe Agenda. The Councillors discussed the accounts.")
AGENDA = "1. General\n\n(1) Apologies\n\n(2) Disclosures of Pecuniary and Non-Pecuniary Interests\n\n(3) Minutes of the Previous Meeting"


def test_who_gave_apologies_is_answered_from_the_record_though_no_sentence_scores_well():
    minutes = make_chunk("june-2024", between(PACK_2024, "The Chair welcomed everyone", "(2) Disclosures"),
                         meeting_date="2024-06-18", item="1. General")
    question = "Who gave apologies at the Children and Young People OSC in June 2024?"
    # abstain_below above any score: only the apologies record can answer
    answer = ask(question, [minutes], settings=Settings(abstain_below=0.99))
    assert answer.answered
    line = first_line(answer)
    assert line.startswith("**Who:**") and "Michael Cowland" in line and "Kam Kaur" in line


def test_the_labelled_record_wins_over_a_sentence_about_someone_elses_apologies():
    aob = make_chunk("aob", PARISH_AOB, meeting_date="2019-01-08", item="19.01.9 Any Other Business")
    record = make_chunk("rec", PARISH, meeting_date="2019-01-08", item="19.01.2 Register of Interests")
    answer = ask("Who gave apologies at the parish council in January 2019?", [aob, record],
                 passages=[Passage(aob, 1.0), Passage(record, 0.5)])
    assert "R Healey" in first_line(answer) and "Clerk" not in first_line(answer)


def test_an_agendas_bare_apologies_heading_records_no_one():
    assert proceedings._apologies_record(AGENDA, said=False) is None
    assert proceedings._apologies_record(AGENDA, said=True) is None
    assert proceedings._apologies_record(PARISH, said=False) is not None
    # a question not about apologies is not answered from the record
    assert not asks_apologies("Who chaired the committee in June 2024?")


# a panel's minutes saved from its committee site: the label over a line saying none were sent; a
# planning committee's minutes saying "apologies had been received from"; the meeting's venue labelled
NONE_SENT = ("Agenda and minutes\n\nHollybank Licensing Panel - Tuesday 4 June 2019 10.00 am\n\n"
             "Venue: Committee Room 2, Civic Centre, Hollybank, HB1 4QT.\n\nContact: Jo Ames\n\n"
             "Apologies for Absence\n\nThere were no apologies received.\n\nMinutes and matters arising\n\n"
             "The minutes of the meeting held on 7 May 2019 were agreed as a correct record.")
HAD_BEEN = ("Apologies To receive any apologies for absence. Minutes: It was noted that apologies had been "
            "received from Councillors R Penn and T Oduya. |\n\nDeclarations of Interest Minutes: There were no "
            "declarations of interest.")


def _answer(question: str, text: str):
    chunk = make_chunk("m", text, meeting_date="2019-06-04", committee="Hollybank Licensing Panel")
    return ask(question, [chunk], settings=Settings(abstain_below=0.99))


def test_a_record_saying_none_were_sent_answers_who_sent_apologies():
    answer = _answer("Who sent apologies to the Hollybank Licensing Panel on 4 June 2019?", NONE_SENT)
    assert answer.answered and "There were no apologies received." in first_line(answer), answer.answer


def test_apologies_that_had_been_received_from_members_are_the_record():
    answer = _answer("Who sent apologies to the Hollybank Licensing Panel on 4 June 2019?", HAD_BEEN)
    assert answer.answered and "R Penn and T Oduya" in first_line(answer), answer.answer


def test_where_a_meeting_was_held_is_its_labelled_venue():
    answer = _answer("Where did the Hollybank Licensing Panel meet on 4 June 2019?", NONE_SENT)
    assert answer.answered and "Committee Room 2, Civic Centre" in first_line(answer), answer.answer
    # a question asking where something else is, is not asking the venue
    assert ASKS_VENUE.search("Where will the new play area be built?") is None


def test_who_sent_apologies_asked_in_residents_words():
    for q in ("who missed the tunbridge wells planning meeting in march 2015?",
              "who didn't turn up to the parish council meeting in may",
              "who couldn't make it to the licensing panel on 4 June 2019?"):
        assert asks_apologies(q), q
    for q in ("who missed the deadline for the grant?", "Who didn't get the grant from the council?"):
        assert not asks_apologies(q), q
    answer = _answer("who missed the hollybank licensing panel meeting on 4 june 2019?", HAD_BEEN)
    assert answer.answered and "R Penn and T Oduya" in first_line(answer), answer.answer


# a parish's minutes: the apologies and the absent member each labelled with the names on the same line, a reason
# in brackets; another item speaks of a member being away for something else
INLINE = ("Minutes of the meeting of Ashby Parva Parish Council held on 3 March 2024\n\n"
          "Present: Cllrs J Hale (Chair), P Osei, R Lin.\n"
          "Apologies: Cllr M Dunmore (illness), Cllr K Welsh (work).\n"
          "Absent: Cllr T Farr.\n\n"
          "24/033 Playing field\n\nCllr Osei reported that the new gate had been fitted while the Clerk was away.")
SENTENCE = ("24/031 Apologies for absence\n\nApologies for absence were received and accepted from Cllrs M Dunmore "
            "and K Welsh.\n\n24/032 Declarations of interest\n\nNone.")


def test_who_was_off_sick_or_missing_asks_the_meetings_apologies():
    for q in ("who was off sick at the last meeting?", "who couldn't make it to the March meeting?",
              "who was missing from the parish council meeting?", "who wasn't there at the March meeting?",
              "who was not present at the meeting in march?", "which councillors were absent in March 2024?",
              "who was away at the last meeting?", "who was absent?"):
        assert asks_apologies(q), q
        assert not asks_attendance(q), q
    for q in ("who was ill with flu last winter?", "who was away when the flood happened?",
              "which councillors were present at the March meeting?"):
        assert not asks_apologies(q), q


def test_apologies_and_absences_labelled_on_their_line_are_the_record():
    for q in ("who was off sick at the last meeting?", "who wasn't there at the parish council meeting on 3 March 2024?"):
        answer = _answer(q, INLINE)
        line = first_line(answer)
        assert answer.answered and line.startswith("**Who:**"), answer.answer
        assert "Cllr M Dunmore (illness)" in line and "Cllr T Farr" in line and "Present" not in line, line
    answer = _answer("who was missing from the March meeting?", SENTENCE)
    assert "Cllrs M Dunmore and K Welsh" in first_line(answer), answer.answer


# a parish's minutes cut into items: the heading names the place it met, another item an event held elsewhere, and
# the last item where the next meeting will be; an older meeting's minutes name an older next venue
HEADING = ("Minutes of the meeting of Ashby Parva Parish Council held at the Village Hall, Church Lane on 3 March 2024 "
           "at 7pm\n\nPresent: Cllrs J Hale (Chair), P Osei, R Lin and the Clerk.")
FETE = ("24/034 Summer fete\n\nThe summer fete will be held at the Recreation Ground on 6 July 2024. The meeting "
        "agreed to lend the fete committee the gazebo.")
NEXT = ("24/040 Date of next meeting\n\nThe next meeting will be held on Tuesday 9 April 2024 at 7.30pm at the "
        "Pavilion, Mill Road.")
OLD_NEXT = "23/120 Date of next meeting\n\nThe next meeting will be held on 12 December 2023 at 7pm in the Old School."
ANNUAL = "MINUTES of the Annual Parish Meeting @ the Memorial Hall, 14th May 2024, 7.30pm\n\nThe Chair gave his report."


def _asked(question: str, *chunks):
    return ask(question, list(chunks), settings=Settings(abstain_below=0.99))


def test_where_the_meeting_was_held_is_the_place_its_heading_names():
    heading, fete, nxt = (make_chunk(n, t, meeting_date="2024-03-03", doc_type="minutes",
                                     council="Ashby Parva Parish Council", item=i)
                          for n, t, i in (("h", HEADING, None), ("f", FETE, "24/034 Summer fete"),
                                          ("n", NEXT, "24/040 Date of next meeting")))
    for q in ("where was the parish council meeting held?", "where did they meet in March 2024?", "where do they meet?"):
        line = first_line(_asked(q, fete, nxt, heading))
        assert line.startswith("**Where:** the Village Hall, Church Lane [1]"), (q, line)
    annual = make_chunk("a", ANNUAL, meeting_date="2024-05-14", doc_type="minutes")
    assert first_line(_asked("where was the annual parish meeting held?", annual)).startswith("**Where:** the Memorial Hall")
    # an event held somewhere else is not where the meeting was; a question about it asks no venue
    assert not asks_venue("where is the summer fete being held?")
    assert not asks_venue("where did the meeting decide to put the new bench?")
    assert place_named("Minutes of the meeting held on 12 March 2024 at 7pm") is None
    # a Markdown page's emphasis is no part of the place
    summons = "A meeting of the Panel will be held in **Committee Room 2, Civic Centre, Hollybank** on **4 June 2019**"
    a, b = place_named(summons)
    assert summons[a:b] == "Committee Room 2, Civic Centre, Hollybank"


def test_where_the_next_meeting_is_comes_from_the_newest_next_meeting_line():
    older = make_chunk("o", OLD_NEXT, meeting_date="2023-11-14", doc_type="minutes", council="Ashby Parva Parish Council",
                       item="23/120 Date of next meeting")
    heading, nxt = (make_chunk(n, t, meeting_date="2024-03-03", doc_type="minutes", council="Ashby Parva Parish Council",
                               item=i) for n, t, i in (("h", HEADING, None), ("n", NEXT, "24/040 Date of next meeting")))
    for q in ("where is the next meeting?", "where will the next parish council meeting be held?"):
        line = first_line(_asked(q, older, heading, nxt))
        assert line.startswith("**Where:** the Pavilion, Mill Road [1]"), (q, line)


def test_who_was_off_sick_needs_the_meetings_minutes():
    agenda = make_chunk("ag", "1. Apologies\n\n2. Declarations of interest", meeting_date="2024-03-03", doc_type="agenda",
                        council="Ashby Parva Parish Council")
    plan = understand("who was off sick at the parish council meeting in March 2024?", Coverage.of([agenda]))
    assert plan.out_of_scope and "cannot say who attended" in plan.out_of_scope, plan.out_of_scope
