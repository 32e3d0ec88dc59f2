"""Declines for a question the passages speak around but do not answer (answer/extractive.py):
a date or a figure of a period quoted from a sentence sharing not one of the question's words
(_unrelated_fact), and what happened in a period asked of sentences all written before it
(_predates_subject)."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

HUB = ("The Committee considered a report on the proposed regional cycling hub at Northfield and approved "
       "the approach to its delivery.\n\n"
       "The Head of Transport outlined the report and confirmed that work on the business case was under way. "
       "A timeframe had been established to meet the 2027 deadline for the transport funding.")


def _hub(text: str = HUB):
    return make_chunk("hub", text, meeting_date="2024-09-12", doc_type="minutes", title="Minutes",
                      item="9 Regional Cycling Hub, Northfield")


def test_a_date_in_a_sentence_sharing_no_word_with_the_question_does_not_say_when():
    answer = ask("When will the regional cycling hub open?", [_hub()])
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject give no date for it.")


def test_a_date_in_a_sentence_on_what_was_asked_answers():
    text = HUB + " The hub is expected to open to riders in spring 2027."
    answer = ask("When will the regional cycling hub open?", [_hub(text)])
    assert answer.answered and "spring 2027" in first_line(answer)
    # the deadline itself, asked about, is answered from the same sentence
    answer = ask("By when must the transport funding be spent?", [_hub()])
    assert answer.answered and "2027 deadline" in first_line(answer)


DEFIB = ("The Parish Council has been asked to take over the payment of the defibrillator's electricity "
         "supply. The cost is approximately £80, lasting for 2-3 years.")


def test_a_figure_sharing_no_word_with_the_question_from_papers_outside_its_period_is_not_its_figure():
    chunk = make_chunk("defib", DEFIB, meeting_date="2021-01-26", doc_type="minutes", title="Minutes",
                       item="21.01.06 Village Green Perimeter Roads")
    answer = ask("How much were the village hall fees in March 2019?", [chunk])
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject give no figure for March 2019.")


def test_a_figure_of_the_period_asked_or_on_what_was_asked_answers():
    # papers of the period asked: their figure may be its own, in whatever words
    chunk = make_chunk("defib", DEFIB, meeting_date="2019-03-05", doc_type="minutes", title="Minutes")
    assert ask("How much were the village hall fees in March 2019?", [chunk]).answered
    # the same papers of 2021, asked what they say
    chunk = make_chunk("defib", DEFIB, meeting_date="2021-01-26", doc_type="minutes", title="Minutes")
    answer = ask("How much will the defibrillator's electricity cost in 2021?", [chunk])
    assert answer.answered and "£80" in answer.answer
    # a later paper naming the period asked
    later = make_chunk("fees", "The village hall fees for March 2019 were £120, paid in full.",
                       meeting_date="2021-01-26", doc_type="minutes", title="Minutes")
    answer = ask("How much were the village hall fees in March 2019?", [later])
    assert answer.answered and "£120" in answer.answer


ELECTED_2018 = ("18.05.1 Election of Chair\n\nAll Councillors agreed that Councillor Richardson be elected Chair. "
                "Councillor Richardson accepted and signed the Declaration of Acceptance of Office of Chair.")
PRESENT_2019 = ("Present\n\nCouncillors D Richardson (Chair), N Cresswell, M Armstrong and P Moran.\n\n"
                "Members of the Public - One Member\n\n"
                "The Clerk circulated the January 2019 newsletter and members await the findings of the review.")


def test_who_was_elected_in_a_year_is_declined_when_only_earlier_papers_speak_of_an_election():
    chunks = [make_chunk("e18", ELECTED_2018, meeting_date="2018-05-08", doc_type="minutes", title="Minutes"),
              make_chunk("p19", PRESENT_2019, meeting_date="2019-01-08", doc_type="minutes", title="Minutes")]
    answer = ask("Who was elected in the parish council election in 2019?", chunks)
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject were written before 2019, so they cannot say")


def test_who_was_elected_in_a_year_is_answered_by_papers_of_that_year():
    chunks = [make_chunk("e18", ELECTED_2018, meeting_date="2018-05-08", doc_type="minutes", title="Minutes"),
              make_chunk("p19", PRESENT_2019, meeting_date="2019-01-08", doc_type="minutes", title="Minutes"),
              make_chunk("e19", "Following the parish council election in May 2019, Councillors Cresswell and "
                                "Moran were elected unopposed.", meeting_date="2019-05-07", doc_type="minutes",
                         title="Minutes")]
    answer = ask("Who was elected in the parish council election in 2019?", chunks)
    assert answer.answered and "Cresswell" in answer.answer
    # asked of the year of the earlier papers, they answer
    answer = ask("Who was elected Chair in 2018?", chunks[:2])
    assert answer.answered and "Richardson" in answer.answer


PRIORITY = ("4.3 The arguments for requesting Kent be in the Devolution Priority Programme are convincing. "
            "Whilst accepting that entry onto the programme commits Kent and Medway to a specific timetable, "
            "it is clear that all areas will be expected to deliver both agendas.\n\n"
            "(3) Note that acceptance onto the Devolution Priority Programme will commit Kent and Medway to "
            "elections to a Mayoral Strategic Authority in May 2026.")


def _priority(text: str = PRIORITY):
    return make_chunk("dpp", text, meeting_date="2025-01-09", doc_type="report", title="English Devolution White Paper")


def test_was_it_accepted_is_declined_when_the_papers_only_ask_to_be_accepted():
    answer = ask("Was Kent and Medway accepted onto the Devolution Priority Programme?", [_priority()])
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject speak of it only as something to come")


def test_was_it_accepted_is_answered_when_a_paper_says_it_was():
    text = PRIORITY + "\n\nThe Leader reported that Kent and Medway had been accepted onto the programme in February."
    answer = ask("Was Kent and Medway accepted onto the Devolution Priority Programme?", [_priority(text)])
    assert answer.answered and "had been accepted" in answer.answer
    # a decision recorded answers in its own words ("agreed", not "approved")
    decided = make_chunk("dec", "RESOLVED that the Council agrees to request entry onto the Devolution Priority "
                                "Programme.", meeting_date="2025-01-09", doc_type="minutes", title="Minutes")
    assert ask("Was the request to join the Devolution Priority Programme approved?", [decided]).answered


WIND = ("Blackmains Wind Farm: Enertrag had reported that the erection of the met mast had been delayed by the "
        "poor winter.\n\n"
        "If and when an application for planning permission is submitted for the Blackmains project, the "
        "Community Council intends to conduct a referendum to ascertain the majority view in the electoral area.")


def test_the_result_of_something_the_papers_only_plan_is_declined():
    chunk = make_chunk("wind", WIND, meeting_date="2012-03-06", doc_type="minutes", title="Minutes")
    answer = ask("What was the result of the referendum on the Blackmains wind farm?", [chunk])
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject speak of it only as something to come")


def test_the_result_of_something_that_happened_is_answered():
    held = WIND + ("\n\nThe referendum on the Blackmains wind farm was held in May; 412 residents voted, "
                   "71% of them against the proposal.")
    chunk = make_chunk("wind", held, meeting_date="2012-06-05", doc_type="minutes", title="Minutes")
    answer = ask("What was the result of the referendum on the Blackmains wind farm?", [chunk])
    assert answer.answered and "71%" in answer.answer


TWENTY = ("20mph Review: Forward plan item for the Cabinet meeting on 3 March 2026.\n\n"
          "To seek approval to progress to the public consultation phase of the 20mph review to seek public and "
          "further stakeholder input into the recommendations to reduce the speed limit to 20mph on 100 currently "
          "30mph roads.\n\n"
          "Authorised the Executive Director Growth and Regeneration, in consultation with the Chair of the "
          "Transport Committee, to take all steps required to bid for and spend the bus funding.")


def test_what_the_public_said_in_a_consultation_only_to_come_is_declined():
    chunk = make_chunk("twenty", TWENTY, meeting_date="2026-01-21", doc_type="report", title="Work programme")
    answer = ask("What did the public say in the consultation on the 20mph review?", [chunk])
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject speak of it only as something to come")


def test_what_the_public_said_in_a_consultation_held_is_answered():
    held = TWENTY + ("\n\nThe public consultation on the 20mph review received 2,140 responses; 64% of "
                     "respondents supported the lower limit on residential roads.")
    chunk = make_chunk("twenty", held, meeting_date="2026-06-21", doc_type="report", title="20mph Review")
    answer = ask("What did the public say in the consultation on the 20mph review?", [chunk])
    assert answer.answered and "64%" in answer.answer


CAPITAL = ("The following schemes have been delayed:\n\n"
           "- Myton Gardens Primary School (£7.523m) - Delays have resulted from the requirement to relocate a "
           "badger sett. This is subject to planning.\n"
           "- Lighthorne Heath Primary School - Relocation (£4.631m) - This project is school led.")


def test_how_much_extra_is_declined_when_the_sums_beside_the_subject_are_wholes():
    chunk = make_chunk("cap", CAPITAL, meeting_date="2024-09-17", doc_type="appendix", title="Capital programme")
    answer = ask("How much extra is it costing to move the badgers off the Myton Gardens school site?", [chunk])
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject give no sum added to it")
    # asked its whole, the same sentence answers
    answer = ask("How much is the Myton Gardens Primary School scheme costing?", [chunk])
    assert answer.answered and "£7.523m" in first_line(answer)


def test_how_much_extra_is_answered_by_a_sum_given_as_added():
    added = CAPITAL.replace("This is subject to planning.",
                            "Relocating the sett has added £0.214m to the cost of the scheme.")
    chunk = make_chunk("cap", added, meeting_date="2024-09-17", doc_type="appendix", title="Capital programme")
    answer = ask("How much extra is it costing to move the badgers off the Myton Gardens school site?", [chunk])
    assert answer.answered and "£0.214m" in answer.answer


def test_a_date_elsewhere_in_the_best_sentences_on_what_was_asked_keeps_the_answer():
    # a month written in small letters ("may arise") names no time: it does not keep the answer
    text = HUB + " The recommendations apply to other funding that may arise during the hub's life cycle."
    assert not ask("When will the regional cycling hub open?", [_hub(text)]).answered
    text = HUB + "\n\nThe Committee heard that the hub is now expected to be ready for riders in Spring 2027."
    answer = ask("When will the regional cycling hub open?", [_hub(text)])
    assert answer.answered and "Spring 2027" in answer.answer


BEACON = ("This was a very poignant evening, appreciated by many. £72 was collected and will be passed on to "
          "the Merchant Navy Association.")


def test_a_word_the_stemmer_leaves_apart_is_still_shared():
    # "collected" and "collection" stem apart; the figure of papers just after the year still answers
    chunk = make_chunk("beacon", BEACON, meeting_date="2019-01-08", doc_type="minutes", title="Minutes")
    answer = ask("How much money did the beacon collection raise in 2018?", [chunk])
    assert answer.answered and "£72" in answer.answer


FINANCE = ("21.01.09 Finance\n\nResolved to pay M Joyce for website fees of £45.00\n\n"
           "The Councillors propose filling the pot holes on the green as soon as possible, Councillor Healey "
           "to order scalpings. Volunteers will be asked to help on the day.")


def test_what_was_paid_for_a_thing_is_declined_when_the_only_sum_is_paid_for_something_else():
    # "pay" is how a figure question is put, not what it asks about: the sentence on scalpings gives
    # no figure, and the one that gives a figure only shares the frame
    chunk = make_chunk("fin", FINANCE, meeting_date="2021-01-26", doc_type="minutes", title="Minutes",
                       item="21.01.09 Finance")
    answer = ask("How much did the parish council pay for scalpings in 2021?", [chunk])
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject give no figure for it.")


def test_what_was_paid_for_a_thing_is_answered_when_a_sentence_on_it_gives_the_sum():
    text = FINANCE.replace("to order scalpings.", "to order scalpings at a cost of £184.97.")
    chunk = make_chunk("fin", text, meeting_date="2021-01-26", doc_type="minutes", title="Minutes",
                       item="21.01.09 Finance")
    answer = ask("How much did the parish council pay for scalpings in 2021?", [chunk])
    assert answer.answered and "£184.97" in first_line(answer)
    answer = ask("How much did the parish council pay for its website in 2021?", [chunk])
    assert answer.answered and "£45.00" in first_line(answer)


CAMPUS = ("8. Eyemouth Community Campus\n\nSW had attended an initial consultation on the new £17.8m community campus "
          "and had noted with concern a proposal to close small village schools and centralise them in the new "
          "campus. Other proposals for the campus would involve relocating the community centre and library. "
          "It was appreciated that consultation was still at the very early stages.")


def test_when_something_will_happen_is_declined_when_no_sentence_on_it_names_a_time():
    chunk = make_chunk("campus", CAMPUS, meeting_date="2019-10-01", doc_type="minutes", title="Minutes",
                       item="8. Eyemouth Community Campus")
    answer = ask("When will the new community campus open?", [chunk])
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject give no date for it.")


def test_when_something_will_happen_is_answered_by_a_time_however_given():
    for said, found in ((" The campus is expected to open in August 2023.", "August 2023"),
                        (" Building work will start next spring and the campus will open within two years.", "next spring")):
        chunk = make_chunk("campus", CAMPUS + said, meeting_date="2019-10-01", doc_type="minutes", title="Minutes",
                           item="8. Eyemouth Community Campus")
        answer = ask("When will the new community campus open?", [chunk])
        assert answer.answered and found in answer.answer, answer.answer
    # asked when it happened, the meeting's own date may answer
    chunk = make_chunk("campus", CAMPUS, meeting_date="2019-10-01", doc_type="minutes", title="Minutes",
                       item="8. Eyemouth Community Campus")
    assert ask("When did SW attend the consultation on the community campus?", [chunk]).answered
