"""The vice-chair is a role of its own: asked who the vice-chair is, or who was elected vice-chairman, the answer
names the member elected or appointed to it ("Election of Vice-Chair" / "Cllr X was proposed ... and duly
elected", "RESOLVED that Councillor X be appointed Vice-Chairman"), never the chair; asked who the chair is, never
the vice-chair. Pages written for these tests; the embedder is the fixed fake of tests/answering.py."""
from __future__ import annotations

from core.settings import Settings
from core.types import Passage
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk
from answer.roles import ASKS_VICE_CHAIR

# a parish's annual meeting, cut into its items: the attendance list marks the chair, each election its own item
OPENING = ("Minutes of the Annual Meeting of Ashby Parva Parish Council held on 14 May 2024\n\n"
           "Present: Cllrs J Hale (Chair), P Osei, R Lin, M Dunmore.")
ELECT_CHAIR = ("24/050 Election of Chair\n\nCllr J Hale was proposed by Cllr Lin, seconded by Cllr Osei and duly "
               "elected. Cllr Hale signed the declaration of acceptance of office.")
ELECT_VICE = ("24/051 Election of Vice-Chair\n\nCllr M Dunmore was proposed by Cllr Hale, seconded by Cllr Lin and "
              "duly elected. The Chair thanked Cllr Osei for his years as vice chair.")
# a town council's annual meeting: a committee's chairman and vice-chairman appointed in one resolution
TOWN = ("6. Planning Committee\n\nRESOLVED that Councillor E Fox be appointed Chairman of the Planning Committee and "
        "Councillor A Brown be appointed Vice-Chairman of the Planning Committee.")


def _chunks():
    return [make_chunk(n, t, meeting_date="2024-05-14", doc_type="minutes", council="Ashby Parva Parish Council", item=i)
            for n, t, i in (("o", OPENING, None), ("c", ELECT_CHAIR, "24/050 Election of Chair"),
                            ("v", ELECT_VICE, "24/051 Election of Vice-Chair"))]


def test_the_vice_chair_is_the_member_elected_under_the_vice_chairs_item():
    for q in ("who is the vice chair?", "who was elected vice-chairman?", "who is the vice chair of the parish council?",
              "who's the deputy chair now?"):
        line = first_line(ask(q, _chunks()))
        assert line.startswith("**Who:** Cllr M Dunmore"), (q, line)
        assert "Hale (Chair)" not in line, (q, line)


def test_the_vice_chair_is_answered_though_no_sentence_scores_well():
    chunks = _chunks()
    answer = ask("who is the vice chair?", chunks, passages=[Passage(c, 1.0) for c in chunks],
                 settings=Settings(abstain_below=0.99))
    assert answer.answered and "Cllr M Dunmore" in first_line(answer), answer.answer


def test_a_chair_question_is_never_answered_with_the_vice_chair():
    for q in ("who is the chair?", "who was elected chair in May 2024?"):
        line = first_line(ask(q, _chunks()[1:]))     # no attendance list: the election answers
        assert line.startswith("**Who:** Cllr J Hale"), (q, line)
        assert "Dunmore" not in line, (q, line)


def test_one_resolution_naming_both_is_cut_to_the_role_asked():
    chunk = make_chunk("t", TOWN, meeting_date="2024-05-20", doc_type="minutes", council="Northolm Town Council",
                       item="6. Planning Committee")
    line = first_line(ask("who is the vice chair of the planning committee?", [chunk]))
    assert "Councillor A Brown be appointed Vice-Chairman" in line and "Fox" not in line, line
    line = first_line(ask("who chairs the planning committee?", [chunk]))
    assert "Councillor E Fox be appointed Chairman" in line and "Brown" not in line, line
    assert ASKS_VICE_CHAIR.search("who was elected vice-chairman?")
    assert not ASKS_VICE_CHAIR.search("who chaired the meeting?")


# a parish electing two vice-chairs in one resolution, under one item
TWO_VICES = ("22/31 Election of Vice Chair(s) of the Council\n\nIt was RESOLVED that Cllr Okafor and Cllr Pryce be "
             "elected Vice-Chairs of the Council.\n\nProposed by: Cllr Hale   Seconded by: Cllr Lin")
THREE_VICES = ("7. Appointments\n\nRESOLVED that Councillors Ives, Ward and Ellis be appointed Vice-Chairmen of the "
               "Scrutiny Board for the municipal year.")
ONE_VICE = ("7. Appointments\n\nFollowing a proposal by Cllr Holmes, Cllr Porter was elected Vice-Chair of the Council.")


def test_every_name_of_the_clause_choosing_vice_chairs_is_in_the_answer():
    two = make_chunk("two", TWO_VICES, meeting_date="2022-05-11", item="22/31 Election of Vice Chair(s) of the Council")
    line = first_line(ask("who were elected vice chairs in 2022?", [two]))
    assert line.startswith("**Who:** Cllr Okafor and Cllr Pryce be elected Vice-Chairs"), line
    three = make_chunk("three", THREE_VICES, meeting_date="2022-05-11", item="7. Appointments")
    line = first_line(ask("who became the vice chairmen of the scrutiny board?", [three]))
    assert line.startswith("**Who:** Councillors Ives, Ward and Ellis be appointed"), line
    # a name before a comma alone is not one of those chosen: the proposer stays out
    one = make_chunk("one", ONE_VICE, meeting_date="2022-05-11", item="7. Appointments")
    line = first_line(ask("who is the vice chair?", [one]))
    assert line.startswith("**Who:** Cllr Porter was elected"), line


def test_whos_typed_without_its_apostrophe_asks_who():
    from retrieval.spelling import Speller
    chunks = _chunks()
    question = Speller.of_texts([c.text for c in chunks]).correct("whos the vice chair of the parish council")
    assert question.startswith("who's ")
    line = first_line(ask(question, chunks))
    assert line.startswith("**Who:** Cllr M Dunmore"), line


# a parish's annual meeting as its clerk lays out each election: the resolution, then who proposed and seconded
ANNUAL = ("Minutes of the Annual Meeting of Wrenby Parish Council held on 10 May 2023\n\n"
          "Present: Cllr Mrs D Marsh (Chair), Cllr T Okafor, Cllr S Pryce, Cllr R Lin\n\n"
          "23.40\tElection of the Chair of the Council\n\n"
          "It was RESOLVED that Cllr Okafor be elected Chair of the Council.\n\n"
          "Proposed by: Cllr Pryce\t\tSeconded by: Cllr Lin\n\n"
          "Cllr Okafor signed the Declaration of Acceptance of Office and took the chair.\n\n"
          "23.41\tElection of Vice Chair of the Council\n\n"
          "It was RESOLVED that Cllr Lin be elected Vice Chair of the Council.\n\n"
          "Proposed by: Cllr Marsh\t\tSeconded by: Cllr Okafor")


def test_asked_who_was_elected_chair_and_who_proposed_it_the_answer_names_both():
    chunk = make_chunk("annual", ANNUAL, meeting_date="2023-05-10", doc_type="minutes", council="Wrenby Parish Council")
    line = first_line(ask("Who was elected Chair of Wrenby Parish Council in May 2023, and who proposed it?", [chunk]))
    # the election, not the attendance list's chair of the opening (the outgoing one), and its proposer
    assert line.startswith("**Who:** Cllr Okafor be elected Chair of the Council"), line
    assert "Proposed by: Cllr Pryce" in line and "Marsh" not in line, line
    # asked only who was elected, the answer stays the clause electing them
    line = first_line(ask("Who was elected Chair of Wrenby Parish Council in May 2023?", [chunk]))
    assert line.startswith("**Who:** Cllr Okafor be elected Chair") and "Proposed" not in line, line


# a fire authority's annual meeting as its clerk minutes each election: the nomination, then the election on a line
# of its own ("As there were no other nominations, ...")
AUTHORITY = ("Minutes of the Annual Meeting of the Northmoor Fire and Rescue Authority held on 8 June 2023\n\n"
             "Present: Councillors P Adeyemi (Chair), K Marsh, T Rowe, N Quill, D Varga\n\n"
             "3. Election of Chair for 2023/24\n\n"
             "Councillor P Adeyemi was nominated by Councillor T Rowe and seconded by Councillor N Quill.\n\n"
             "As there were no other nominations, Councillor P Adeyemi was duly elected as Chair of the Authority "
             "for 2023/24.\n\n"
             "4. Election of Vice-Chair for 2023/24\n\n"
             "Councillor K Marsh was nominated by Councillor D Varga and seconded by Councillor P Adeyemi.\n\n"
             "As there were no other nominations, Councillor K Marsh was duly elected as Vice-Chair of the "
             "Authority for 2023/24.")


def test_asked_who_nominated_the_answer_opens_with_the_nomination_minuted_above_the_election():
    chunk = make_chunk("nfra", AUTHORITY, meeting_date="2023-06-08", doc_type="minutes",
                       council="Northmoor Fire and Rescue Authority")
    line = first_line(ask("Who nominated Councillor Marsh as Vice-Chair of the Fire and Rescue Authority for 2023/24?",
                          [chunk]))
    assert line.startswith("**Who:** Councillor K Marsh was nominated by Councillor D Varga"), line
    assert "Rowe" not in line, line
    line = first_line(ask("Who nominated Councillor Adeyemi as Chair of the Authority for 2023/24?", [chunk]))
    assert line.startswith("**Who:** Councillor P Adeyemi was nominated by Councillor T Rowe"), line
    assert "Varga" not in line, line
    # asked only who was elected, the answer stays the clause electing them
    line = first_line(ask("Who was elected Vice-Chair of the Fire and Rescue Authority for 2023/24?", [chunk]))
    assert line.startswith("**Who:** Councillor K Marsh was duly elected") and "nominated" not in line, line


# a parish's annual meeting minuted as numbered paragraphs: the outgoing chair marked in the attendance line, the
# election decided on a vote under its item
CONTESTED = ("Minutes of the Annual Meeting of Elmcote Parish Council held on Wednesday 14th May 2014\n\n"
             "Present: Councillors Ruth Ambrose (Chair), Colin Pike, Dawn Okafor, Gareth Lowe, and 9 members of the "
             "public\n\n"
             "14/01: Election of Chairman:\n"
             "Councillor Colin Pike was proposed by Cllr Lowe, seconded by Cllr Okafor. Councillor Ambrose offered "
             "herself for re-election but found no seconder. On a show of hands, Cllr Pike was elected by 3 votes to 0 "
             "with one abstention.\n"
             "He took the chair and signed his declaration of acceptance of office.")


def test_asked_who_was_elected_the_election_leads_over_the_chair_of_the_attendance_line():
    chunk = make_chunk("elm", CONTESTED, meeting_date="2014-05-14", doc_type="minutes", council="Elmcote Parish Council",
                       item="14/01: Election of Chairman:")
    line = first_line(ask("Who was elected chairman of Elmcote Parish Council in May 2014?", [chunk]))
    assert "Pike was elected" in line and "Ambrose (Chair)" not in line, line
    # asked who chaired, the attendance line's chair answers
    line = first_line(ask("Who chaired the meeting of Elmcote Parish Council in May 2014?", [chunk]))
    assert "Ruth Ambrose (Chair)" in line, line


# a parish's annual meeting minuted by initials that its attendance list expands, its item heading numbered in a way
# no election heading is read by: the nomination naming the office, then that no one else was nominated
BY_INITIALS = ("Minutes of the Annual Meeting of the Council held at the Church Rooms on Tuesday, 14 May 2019\n\n"
               "Councillors P Okafor (Chairman) (PO), R Lin (RL), M Dunmore (MD) and T Ward (TW)\n\n"
               "3-1920/1 - Vice Chairman, Internal Auditor and Representative to the Playing Field Trust\n\n"
               "MD was nominated as Vice Chairman by RL and seconded by TW. There were no other nominations, so MD was "
               "duly declared elected.\n\nThe Clerk was appointed as RFO.")
CONTESTED_BY_INITIALS = ("5/19 - Officers\n\nRL was proposed for Vice-Chair by PO. TW was proposed for Vice-Chair by MD. On a show "
             "of hands TW was elected by three votes to two.")


def test_a_nomination_naming_the_office_and_taken_answers_who_was_elected():
    chunk = make_chunk("i", BY_INITIALS, meeting_date="2019-05-14", doc_type="minutes", council="Ashby Parva Parish Council")
    line = first_line(ask("Who was elected Vice Chairman at the annual meeting in 2019?", [chunk]))
    assert line.startswith("**Who:** MD was nominated as Vice Chairman by RL"), line
    assert "no other nominations, so MD was duly declared elected" in line, line
    # two nominated, one elected on a vote: the one the vote took
    chunk = make_chunk("c", CONTESTED_BY_INITIALS, meeting_date="2019-05-14", doc_type="minutes", council="Ashby Parva Parish Council")
    line = first_line(ask("Who was elected Vice-Chair in 2019?", [chunk]))
    assert line.startswith("**Who:** TW was proposed for Vice-Chair by MD"), line


# a board's web minutes: the proposal worded as one sentence naming proposer, seconder and member, then the decision
BOARD = ("2.\n\nAppointment of Vice-chairman\n\nTo appoint a Vice-Chairman for the year 2021-22.\n\nMinutes:\n\n"
         "It was proposed by Cllr Ann Hale and seconded by Tom Reid that Priya Shah be appointed Vice-chairman for the "
         "remainder of the year 2021/22.\n\nDecision\n\nThat Priya Shah be appointed Vice-chairman for the remainder of "
         "the year 2021/22.")


def test_asked_who_proposed_the_sentence_naming_the_proposer_before_the_member_is_quoted_from_its_start():
    chunk = make_chunk("b", BOARD, meeting_date="2021-10-06", doc_type="minutes", council="Northmoor Council",
                       committee="Health and Wellbeing Board", item="2. Appointment of Vice-chairman")
    line = first_line(ask("Who was appointed Vice-chairman of the Health and Wellbeing Board in October 2021, and who "
                          "proposed it?", [chunk]))
    assert line.startswith("**Who:** It was proposed by Cllr Ann Hale and seconded by Tom Reid that Priya Shah be "
                           "appointed Vice-chairman"), line
    # asked only who was appointed, the clause choosing them
    line = first_line(ask("Who was appointed Vice-chairman of the Health and Wellbeing Board in October 2021?", [chunk]))
    assert "Priya Shah be appointed Vice-chairman" in line and "Hale" not in line, line
