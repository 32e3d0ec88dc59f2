"""Elections and motions asked in two parts, and a chair named in an attendance list in the deputy's own words.

An office asked ("Chairman") is never answered with a longer office minuted beside it ("Vice Chair"); a deputy who
chaired the day is named as the chair ("Gareth Hughes (Vice-Chairman and Chairman of this meeting)"); asked who
moved a motion and what the result was, the outcome is quoted with the mover's line, even when the page cut it into
the next passage. Pages written for these tests; the embedder is the fixed fake of tests/answering.py."""
from __future__ import annotations

from answer.roles import CHAIR, another_office, offices_named
from retrieval.plan import question_parts
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

# a parish's annual meeting: the vice chairman's election minuted in the same words as the chairman's, just below it
ANNUAL = ("Minutes of the Annual Parish Council Meeting held on Monday 11th May 2026\n\n"
          "26.014 Election of Chairman\n\n"
          "Cllr Okonjo was elected to serve as Chairman for the coming year, proposed by RT seconded KM, unanimous vote "
          "in favour. The chairman signed a declaration of office.")
VICE = ("26.015 Election of Vice Chairman\n\n"
        "Cllr P Haddad was elected to serve as Vice Chairman of Thornbury Green Parish Council for the coming year, "
        "proposed RT seconded KM, unanimous vote in favour. The Vice Chairman will sign her declaration of office at "
        "the next meeting.")


def test_the_vote_asked_is_the_one_electing_the_office_asked():
    # (the search ranking the vice chairman's passage first, as it may: its words are the chairman's)
    chunks = [make_chunk(n, t, meeting_date="2026-05-11", council="Thornbury Green Parish Council", position=k)
              for n, t, k in (("v", VICE, 1), ("a", ANNUAL, 0))]
    line = first_line(ask("Who was elected Chairman of Thornbury Green Parish Council at its annual meeting in May "
                          "2026, and how did the vote go?", chunks))
    assert "Cllr Okonjo was elected" in line and "unanimous vote in favour" in line, line
    assert "Haddad" not in line, line


def test_chair_chairman_and_chairperson_are_one_office_the_vice_chair_another():
    asked = "Who was elected Chairperson, and how did the vote go?"
    assert offices_named(asked) == {("chair", False)}
    assert another_office(asked, "Cllr P Haddad was elected Vice-Chairman, unanimous vote in favour.")
    assert another_office(asked, "Cllr P Haddad was elected Deputy Chair.")
    assert not another_office(asked, "Cllr Okonjo was elected Chairman, unanimous vote in favour.")
    assert not another_office(asked, "In the absence of the Chairman the Vice Chair presided.")
    assert another_office("who was elected vice chair?", "Cllr Okonjo was elected Chairman.")
    assert not another_office("how did the vote on the budget go?", "Cllr Haddad was elected Vice Chair.")


# a community council's minutes: each member's initials after their name, the vice-chairman chairing the day
COMMUNITY = ("A meeting of the Community Council was held on Tuesday the 3rd of March 2026 at 7.30pm in Neuadd Bryn "
             "Village Hall.\n\n1. Welcome and Apologies:\n\nPresent Aled Morgan AM Sian Pritchard SP Gareth Hughes "
             "(Vice-Chairman and Chairman of this meeting) GH Owain Jones OJ Apologies Mair Rees (Clerk) MR\n\n"
             "Sian agreed to take the minutes in the Clerk's absence.")


def test_a_deputy_chairing_the_day_is_named_as_the_chair():
    chunk = make_chunk("c", COMMUNITY, meeting_date="2026-03-03", doc_type="minutes", council="Bryn Community Council")
    line = first_line(ask("Who chaired the Bryn Community Council meeting of 3 March 2026?", [chunk]))
    assert line.startswith("**Who:** Gareth Hughes (Vice-Chairman and Chairman of this meeting)"), line
    # the same in a borough's printed minutes, the deputy in the chair
    m = CHAIR.search("PRESENT: Councillors Rhys Pugh (Vice-Chairman, in the Chair), T Evans and L Price.")
    assert m and "Rhys Pugh" in m.group(0)
    assert not CHAIR.search("PRESENT: Councillors Rhys Pugh (Vice-Chairman), T Evans and L Price.")


# a borough's motions item, cut by the page into two passages: the mover and the motion, then the vote on it
MOVED = ("To consider Motions submitted under procedure Rule 14.\n\nMinutes:\n\nA) Allotments\n\n"
         "It was moved by Councillor Lindqvist,\n\nSeconded by Councillor Aboud,\n\n"
         "“The Council resolves to double the number of allotment plots in the borough within three years and to "
         "publish the waiting list each quarter.”")
VOTED = ("The motion was put to the vote and carried unanimously.\n\n"
         "Resolved - That the Council resolves to double the number of allotment plots in the borough within three "
         "years and to publish the waiting list each quarter.\n\nB) Street Lighting")
# ... and the next motion, ranked above the vote by the search
OTHER = ("B) Street Lighting\n\nIt was moved by Councillor Pereira,\n\nSeconded by Councillor Lindqvist,\n\n"
         "“The Council resolves to review the borough's street lighting at Westmere allotments and parks.”")


def test_who_moved_it_and_the_result_quotes_both():
    chunks = [make_chunk("m", MOVED, council="Westmere Borough Council", source="papers/motions.txt", position=0),
              make_chunk("o", OTHER, council="Westmere Borough Council", source="papers/motions.txt", position=2),
              make_chunk("v", VOTED, council="Westmere Borough Council", source="papers/motions.txt", position=1,
                         is_resolution=True)]
    answer = ask("Who moved the Allotments motion at Westmere Borough Council, and what was the result?", chunks)
    assert "Lindqvist" in first_line(answer), answer.answer
    assert "carried unanimously" in answer.answer, answer.answer
    # asked only who moved it, no outcome is added
    answer = ask("Who moved the Allotments motion at Westmere Borough Council?", chunks)
    assert "Lindqvist" in first_line(answer)


# a recorded vote of names under each side, the page cut between the two lists
FOR_LIST = ("A prior request having been made for the record of the voting:\n\nThere voted for the motion:\n\n"
            "Councillors Achebe, Brandt, C Das, Ellery, Finch, Gill, Okafor, Patel, and Quinn……………………………… 9")
AGAINST_LIST = ("There voted against the motion:\n\nCouncillors Hart, J Ives and Lomax………………………………...………… 3\n\n"
                "There abstained from voting:\n\nThe Mayor, Councillor")


def test_a_recorded_vote_cut_between_two_passages_gives_both_sides_cited():
    chunks = [make_chunk("b", AGAINST_LIST, council="Westmere Borough Council", source="papers/franchising.txt",
                         position=3),
              make_chunk("a", FOR_LIST, council="Westmere Borough Council", source="papers/franchising.txt",
                         position=2)]
    answer = ask("How many Westmere councillors voted for and how many against the bus franchising motion?", chunks)
    assert first_line(answer).startswith("**Vote:** For (9), Against (3)"), answer.answer
    assert any("9" in c.text for c in answer.citations) and any("3" in c.text for c in answer.citations)


# a police and crime panel's minutes: a resident named in full once, then by title and surname
PUBLIC = ("5 Public Participation\n\nNo members of the public wished to speak at the meeting, but Mrs Dana Whitlock, a "
          "resident of Mossbridge, had submitted a question in advance which was read out by the Secretariat. Mrs "
          "Whitlock raised concerns about speeding vehicles on the Mossbridge bypass and asked for more patrols.")


def test_a_person_named_by_title_and_surname_is_given_the_full_name_the_paragraph_gives():
    chunk = make_chunk("p", PUBLIC, meeting_date="2025-09-19", council="Northshire Police and Crime Panel")
    line = first_line(ask("someone from mossbridge complained to the panel about speeding who was it", [chunk]))
    assert "Mrs Dana Whitlock" in line and "Whitlock raised concerns" in line, line


# two motions' papers of one council meeting: the best sentence is the bus motion's, the vote ranked first another's
BUS_MOTION = ("A) Bus Franchising\n\nIt was moved by Councillor Okafor,\n\nSeconded by Councillor Brandt,\n\n"
              "“This Council asks the Combined Authority to take the borough's buses into public control by "
              "franchising, and to report on the timetable for franchising to every ward, so that residents can:\n\n"
              + "\n\n".join(f"·  Take back control of the buses on route {n} by franchising" for n in range(1, 9))
              + "”")
BUS_VOTE = ("A prior request having been made for the record of the voting:\n\nThere voted for the motion:\n\n"
            "Councillors Achebe, Brandt, C Das, Ellery, Finch, Gill, Okafor, Patel, and Quinn……………………………… 9\n\n"
            "There voted against the motion:\n\nCouncillors Hart, J Ives and Lomax………………………………...………… 3")
PARKS = ("B) Parks\n\nIt was moved by Councillor Hart,\n\nSeconded by Councillor Ives,\n\n"
         "“This Council will publish a parks strategy.”\n\nThe motion was put to the council's vote and carried "
         "unanimously.")


def test_the_vote_is_the_best_sentences_papers_not_anothers_ranked_above_it():
    chunks = [make_chunk("p", PARKS, council="Westmere Borough Council", source="papers/parks.txt", position=0),
              make_chunk("b1", BUS_MOTION, council="Westmere Borough Council", source="papers/bus.txt", position=0),
              make_chunk("b2", BUS_VOTE, council="Westmere Borough Council", source="papers/bus.txt", position=1)]
    line = first_line(ask("did westmere council vote to take the buses into public control by franchising", chunks))
    assert line.startswith("**Vote:** For (9), Against (3)"), line


# a parish's minutes: a planning application described under its heading, the parish's recommendation three lines below
PLANNING = ("Minutes of the Parish Council meeting held on Thursday 9th April 2026 at 7.30 p.m. in the Village Hall\n\n"
            "6 PLANNING APPLICATION (26/00412/FUL) Conversion of the former dairy and erection of 12 holiday lodges with "
            "a reception building and car park at Lower Mill Farm, Ashcombe. The agent gave an overview of the scheme "
            "and answered questions.\n\nThe agent left the meeting.\n\nDiscussion then took place between the "
            "councillors.\n\nProposal: Mrs Okoro proposed and Mr Pell seconded recommending approval of this "
            "application, subject to the lane being widened, and the meeting unanimously agreed.")
# a panel's minutes: when a consultation ran, and what the members said of it lower down the item
CONSULTATION = ("4. Rural Crime Strategy - Public Consultation\n\nMinutes:\n\nThe report set out the Commissioner's "
                "public consultation on the new Rural Crime Strategy, which ran from 3 March to 11 April 2026.\n\n"
                "The survey was promoted through parish newsletters, social media and the farming press.\n\n"
                "Members raised concerns about the small number of replies from younger farmers, and asked for the "
                "next survey to be taken to agricultural shows.\n\nRESOLVED: The Panel noted the report.")


def test_each_part_of_a_question_asking_two_things_gets_its_own_cited_line():
    planning = make_chunk("pl", PLANNING, meeting_date="2026-04-09", council="Ashcombe Parish Council",
                          source="papers/ashcombe-2026-04.txt")
    answer = ask("How many holiday lodges did the Lower Mill Farm application propose, and what did Ashcombe Parish "
                 "Council recommend?", [planning])
    lines = answer.answer.split("\n\n")[0].splitlines()
    assert len(lines) == 2 and "12 holiday lodges" in lines[0], answer.answer
    assert "recommending approval" in lines[1] and lines[1].endswith("[2] (minutes of 9 April 2026)"), answer.answer
    assert "recommending approval" in answer.citations[1].text
    chunk = make_chunk("c", CONSULTATION, meeting_date="2026-05-20", council="Northshire Police and Crime Panel",
                       source="papers/panel-2026-05.txt")
    answer = ask("When did the Commissioner's public consultation on the Rural Crime Strategy run, and what concern "
                 "did the Northshire Police and Crime Panel raise?", [chunk])
    lines = answer.answer.split("\n\n")[0].splitlines()
    assert "3 March to 11 April 2026" in lines[0], answer.answer
    assert len(lines) == 2 and "small number of replies" in lines[1], answer.answer
    # asked one thing, one line; a second part naming nothing of its own is answered by the first line's quotes
    for asked in ("What did Ashcombe Parish Council recommend on the Lower Mill Farm application?",
                  "How many holiday lodges did the Lower Mill Farm application propose, and what was the result?"):
        assert len(ask(asked, [planning]).answer.split("\n\n")[0].splitlines()) == 1, asked
    # a part the first line answers already, the paper's other sentences never speaking of it in its words
    reform = make_chunk("r", "3. Front Door Review\n\nAssessments currently took 45 days to complete and the ambition was "
                        "to reduce this to 10 days by 2027.\n\nBy 2027 the service would restructure about 500 staff.",
                        meeting_date="2026-06-18", council="Northshire County Council")
    answer = ask("How long do assessments take now, and what does the review aim to cut that to by 2027?", [reform])
    assert answer.answer.split("\n\n")[0].count("\n") == 0 and "10 days" in first_line(answer), answer.answer
    assert question_parts("When did the consultation run, and what concern did the panel raise?") == [
        "When did the consultation run", "what concern did the panel raise?"]
    assert question_parts("What did the panel say about the minutes, and the accounts?") == [
        "What did the panel say about the minutes, and the accounts?"]
