"""Answerable questions about small councils' minutes that were wrongly declined (the wild4 fresh set of
parish, town and community councils): the village a resident names is the council whose paper it is,
and a count printed a few sentences after the line naming the subject still counts it."""
from __future__ import annotations

from core.settings import Settings
from core.terms import terms
from core.types import Passage
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

# an action list of a community council's minutes: the page never prints the council's name
ACTIONS = ("ACTIONS FROM PREVIOUS MEETING – UPDATE ON PROGRESS\n\n"
           "• Set up email address. – All bar one councillor has done this.\n\n"
           "• Dog bin cost from the county council of approx. £150. Was approved in last meeting and the "
           "Chair will order it.")
# another body's paper in the same index, printing the village's name
OTHER = ("Pentrefelin Glan Dwyryd Community Council wrote to ask for a bus shelter on the main road.\n\n"
         "The waste contract covers street litter bins only.")


def test_the_village_a_resident_names_is_held_by_its_own_councils_paper():
    chunk = make_chunk("pcc", ACTIONS, meeting_date="2024-06-11", doc_type="minutes", committee="Council",
                       council="Pentrefelin Glan Dwyryd Community Council")
    other = make_chunk("oth", OTHER, meeting_date="2024-05-02", doc_type="minutes", committee="Highways Committee",
                       council="Glasfryn County Council")
    idf = {t: 1.0 for t in terms(ACTIONS + " " + OTHER)} | {"pentrefelin": 8.0}
    answer = ask("how much does a dog bin cost for pentrefelin", [chunk, other], passages=[Passage(chunk, 1.0)],
                 idf=idf)
    assert answer.answered, answer.answer
    assert "£150" in first_line(answer)


def test_a_village_its_passages_do_not_belong_to_is_still_not_held():
    # the same words of another council's paper: the village is not that paper's, so it is not held
    chunk = make_chunk("pcc", ACTIONS, meeting_date="2024-06-11", doc_type="minutes", committee="Council",
                       council="Rhydlas Community Council")
    other = make_chunk("oth", OTHER, meeting_date="2024-05-02", doc_type="minutes", committee="Highways Committee",
                       council="Glasfryn County Council")
    idf = {t: 1.0 for t in terms(ACTIONS + " " + OTHER)} | {"pentrefelin": 8.0}
    answer = ask("how much does a dog bin cost for pentrefelin", [chunk, other], passages=[Passage(chunk, 1.0)],
                 idf=idf)
    assert not answer.answered


# public participation at a town council: the agent is named, the units counted four sentences later, and a
# neighbouring minute speaks of other applications
AGENT = ("Ms Priya Shah spoke as the agent for planning application 24/0311/RM (Item 12) and answered questions from "
         "Members. Outline permission had been granted in the spring for the business application. Ms Shah was aware "
         "of residents' worries about lorries. The reserved matters application had been made so that the business "
         "park could be built in one phase. The scheme comprised a mix of 9 light industrial units, six of which "
         "would be small starter units.")
NOTED = ("The amended plans for planning applications 21/0917/O (Reserve Site B) and 20/4693/FUL (Land west of "
         "Mill Road) were noted.")


def test_a_count_later_in_the_paragraph_naming_the_subject_answers_how_many():
    agent = make_chunk("agent", AGENT, meeting_date="2021-06-22", doc_type="minutes", title="Minutes")
    noted = make_chunk("noted", NOTED, meeting_date="2021-07-05", doc_type="minutes", title="Minutes")
    answer = ask("how many business units are in the application Priya Shah spoke about", [agent, noted])
    assert answer.answered, answer.answer
    assert "9 light industrial units" in first_line(answer)


# a parish's planning responses: each application an entry, the council's reply labelled under it
PLANNING = ("6. Planning\n\n"
            " The following applications were considered:-\n"
            "6.1 24/00412/HOUSE. Brook Cottage, Hemsworthy. Erection of a two storey side extension and a\n"
            "detached double garage.\n"
            "PROPOSAL: the council supports the application with no further comment.\n"
            "PROPOSED: Mr Pascoe\n"
            "SECONDED: Mrs Tamblyn\n\n"
            "DECISION: passed (all in favour)\n\n"
            "7. Finance\n\n"
            "The Clerk reported that the precept of £6,500 had been received from the district council.")


def test_a_reply_under_a_planning_entry_answers_what_the_council_said_about_it():
    chunk = make_chunk("plan", PLANNING, meeting_date="2024-05-13", doc_type="minutes", title="Minutes",
                       item="6. Planning", council="Hemsworthy Parish Council")
    idf = {t: 1.0 for t in terms(PLANNING)}
    answer = ask("did the parish council object to the garage at Brook Cottage", [chunk], settings=Settings(), idf=idf)
    assert answer.answered, answer.answer
    assert "supports the application" in answer.answer
