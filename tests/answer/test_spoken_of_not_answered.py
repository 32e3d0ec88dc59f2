"""Declines for a question whose subject the papers speak of without answering what it asks
(answer/extractive.py): a decision asked of a subject only discussed or listed
(_no_decision_recorded), a count of what was done asked of papers written before it was done
(_count_not_reported), a date asked of a subject whose own sentences give none (_no_date_ahead),
and a figure of a period asked of sentences on the subject all written before it (_no_figure_yet)."""
from __future__ import annotations

import pytest

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

UPDATES = ("The Cabinet Member for Environment gave an update on the following:\n\n"
           "• Family Hub awareness survey – closes 31st March 2025\n"
           "• Otter Street EV charging\n"
           "• Winter gritting routes")


def _minutes(cid: str, text: str, item: str, day: str = "2025-01-30", **kw):
    return make_chunk(cid, text, meeting_date=day, doc_type="minutes", title="Minutes", item=item, **kw)


def test_what_was_resolved_on_a_subject_only_listed_in_an_update_is_declined():
    answer = ask("What did the Cabinet resolve about Otter Street EV charging?",
                 [_minutes("upd", UPDATES, "87. Cabinet Member Updates")])
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject speak of it but record no decision on it.")


def test_a_decision_recorded_or_reported_in_its_own_words_answers():
    decided = UPDATES + "\n\nRESOLVED that the Otter Street EV charging scheme be approved for delivery."
    answer = ask("What did the Cabinet resolve about Otter Street EV charging?",
                 [_minutes("upd", decided, "87. Cabinet Member Updates", is_resolution=True)])
    assert answer.answered and "be approved for delivery" in answer.answer
    # a report saying the decision was taken ("has agreed") records it too
    reported = make_chunk("rep", "In total the County Council has agreed a permanent additional allocation of "
                                 "£3,346m which funds the new staff structure for children's social care.",
                          meeting_date="2023-02-14", doc_type="report", title="Staffing report")
    answer = ask("What permanent funding did the Council agree for the new children's social care staff structure?",
                 [reported])
    assert answer.answered and "£3,346m" in answer.answer
    # an action minuted in shorthand is what the meeting decided to do
    action = _minutes("green", "The Councillors are concerned that there is still a vehicle driving over the village "
                               "green.\n\nThe Chairman to visit the owner of the vehicle parked on the village green, as "
                               "this vehicle has no road tax.", "18.05.14 Parish Meeting Concerns", day="2018-05-08")
    answer = ask("What did the parish council decide about the vehicle parked on the village green?", [action])
    assert answer.answered and "The Chairman to visit the owner" in answer.answer


CAPITAL = ("The following schemes have been delayed:\n\n"
           "- Myton Gardens Primary School (£7.523m) - Delays have resulted from the requirement to relocate a "
           "badger sett.\n"
           "- Lighthorne Heath Primary School - Relocation (£4.631m) - This project is school led, so its "
           "timescales are out of our control.\n"
           "- Shottery St Andrews - Construction has been completed; funding for final accounts has been moved "
           "to 2024-25.")


def _capital():
    return make_chunk("cap", CAPITAL, meeting_date="2024-09-17", doc_type="appendix", title="Capital programme")


def test_a_planning_committee_is_no_plan_and_what_it_decided_is_asked_of_what_happened():
    # "planning" names the committee: the question asks what was decided, which no sentence records
    answer = ask("What did the planning committee decide about the badger sett at Myton Gardens Primary School?",
                 [_capital()])
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject speak of it but record no decision on it.")


def test_the_next_line_of_a_list_does_not_say_when_its_neighbour_will_finish():
    answer = ask("When will the Lighthorne Heath Primary School relocation be finished?", [_capital()])
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject give no date for it.")
    # the date on the subject's own line answers
    dated = CAPITAL.replace("so its timescales are out of our control", "now expected to complete in July 2026")
    answer = ask("When will the Lighthorne Heath Primary School relocation be finished?",
                 [make_chunk("cap", dated, meeting_date="2024-09-17", doc_type="appendix", title="Capital programme")])
    assert answer.answered and "July 2026" in answer.answer


def test_a_date_of_something_else_in_another_paper_naming_the_place_does_not_say_when():
    hub = _minutes("hub", "It was reported that there was still no agreement on a banking hub for Eyemouth, however a new "
                          "cash machine had been installed at the Co-Op.", "Councillor's Report", day="2025-10-07")
    cctv = _minutes("cctv", "An online consultation on the use of CCTV in Duns and Eyemouth was live until "
                            "31 October.", "9. Area Councillors' Report", day="2019-10-01")
    answer = ask("When will Eyemouth get its banking hub?", [hub, cctv])
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject give no date for it.")


CONCERT = ("The maximum capacity of the venue for the concert in the park is 7,500 people.\n\n"
           "In order to contain the net cost at £100,000 there would need to be 3,000 tickets sold for the "
           "concert, for example 2,000 adults and 1,000 concessions.")


def test_how_many_were_sold_asked_of_a_report_before_the_event_is_declined():
    report = make_chunk("cbso", CONCERT, meeting_date="2017-02-21", doc_type="report", title="Summer concert")
    answer = ask("How many tickets were sold for the concert in the park?", [report])
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject speak of it only as something to come")
    # asked what it needs, the same sentence answers
    answer = ask("How many tickets would need to be sold for the concert?", [report])
    assert answer.answered and "3,000" in answer.answer


def test_how_many_were_sold_is_answered_when_the_papers_report_the_sales():
    after = make_chunk("cbso", CONCERT + "\n\nThe Clerk reported that 6,212 tickets were sold for the concert in "
                                         "the park.", meeting_date="2017-09-12", doc_type="minutes", title="Minutes")
    answer = ask("How many tickets were sold for the concert in the park?", [after])
    assert answer.answered and "6,212" in answer.answer


def test_a_figure_of_a_year_asked_of_sentences_on_the_subject_all_written_before_it_is_declined():
    grants = _minutes("yc", "In the last round of applications four grants of £5000 had been awarded by the Youth "
                            "Council to local organisations.", "4. Corporate Parenting Panel Update", day="2024-06-18")
    # a paper of the year asked, on another grant: it ranks beside the subject on "grant" alone
    other = make_chunk("cap", "The Council's capital grant allocation is £5,728.2k.", meeting_date="2025-03-04",
                       doc_type="report", title="Budget update")
    answer = ask("How many grants did the Youth Council award in 2025?", [grants, other])
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject were written before 2025")


SARS = ("Subject Access requests, made under Art 15 of the General Data Protection Regulations, completed within "
        "statutory timescales.\n\nLatest: 60% Target: 90%, Floor 85% Previous: 52% (Red)")


def test_a_quarters_figure_asked_of_a_later_quarters_report_is_declined():
    report = make_chunk("sar", SARS, meeting_date="2025-03-04", doc_type="appendix",
                        title="Quarterly Performance Report, Quarter 3, 2024/25")
    answer = ask("What percentage of subject access requests were completed on time in quarter 1 of 2024/25?", [report])
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject give no figure for April to June 2024.")
    # the quarter it reports is answered
    answer = ask("What percentage of subject access requests were completed on time in quarter 3 of 2024/25?", [report])
    assert answer.answered and "60%" in answer.answer


def test_a_sum_asked_is_not_answered_with_a_figure_that_is_no_sum():
    contacts = make_chunk("contacts", "In 2023-24, Children and Families Services noted an increase of 12.5% in contacts "
                                      "about pupils with special educational needs and home to school transport.",
                          meeting_date="2024-09-17", doc_type="appendix", title="Youth Justice Plan")
    care = make_chunk("care", "Reduce spend on Residential Care: the average weekly cost of care rose to £6,604 per week.",
                      meeting_date="2024-09-17", doc_type="appendix", title="Savings")
    answer = ask("How much did the council spend on home to school transport for SEND pupils in 2023/24?", [contacts, care])
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject give no sum of money.")
    # a sum on the subject answers
    spent = make_chunk("spent", "In 2023-24 the council spent £31.4m on home to school transport for pupils with "
                                "special educational needs.", meeting_date="2024-09-17", doc_type="report", title="Transport")
    answer = ask("How much did the council spend on home to school transport for SEND pupils in 2023/24?",
                 [contacts, spent, care])
    assert answer.answered and "£31.4m" in first_line(answer)


MSA = ("(3) Note that acceptance onto the Devolution Priority Programme will commit the county to elections to a new "
       "Mayoral Strategic Authority (MSA) in May 2026.\n\n"
       "• Mayoral Strategic Authorities (MSA) those comprised of a Directly Elected Mayor and constituent local "
       "authorities.")


def test_who_was_chosen_for_a_role_the_papers_only_speak_of_is_declined():
    report = make_chunk("msa", MSA, meeting_date="2025-01-09", doc_type="report", title="English Devolution White Paper")
    answer = ask("Who was elected mayor of the Mayoral Strategic Authority?", [report])
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject speak of it only as something to come")


def test_who_was_chosen_is_answered_by_the_choice_with_a_name():
    minutes = _minutes("agm", "18.05.1 Election of Chair\n\nAll Councillors agreed that Councillor Richardson be elected "
                              "Chair. Councillor Richardson accepted the office of Chair.", "18.05.1 Election of Chair",
                       day="2018-05-08")
    answer = ask("Who was elected chair at the AGM?", [minutes])
    assert answer.answered and "Richardson" in first_line(answer)
    # the choice printed as a heading's noun
    minutes = _minutes("agm", "Election of Chair: Councillor Richardson, proposed by Councillor Moran.",
                       "18.05.1 Election of Chair", day="2018-05-08")
    answer = ask("Who was elected chair at the AGM?", [minutes])
    assert answer.answered and "Richardson" in answer.answer


LIGHTS = ("The Christmas lights group attended the meeting. More lights had been purchased, and another very successful "
          "Just Giving campaign for the lights had raised well over the target of £1000, donated by members of the "
          "public as well as businesses in the village.")


def test_a_target_is_no_figure_of_what_was_raised():
    minutes = _minutes("lights", LIGHTS, "Christmas Lights", day="2025-10-07")
    answer = ask("How much did the Christmas lights Just Giving campaign raise?", [minutes])
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject give no figure for it.")
    # asked the target, the target answers
    answer = ask("What was the target of the Christmas lights Just Giving campaign?", [minutes])
    assert answer.answered and "£1000" in answer.answer


def test_what_was_raised_beside_its_target_answers():
    raised = LIGHTS.replace("had raised well over the target of £1000", "had raised £1,240, over the target of £1000")
    answer = ask("How much did the Christmas lights Just Giving campaign raise?", [_minutes("lights", raised, "Christmas Lights")])
    assert answer.answered and "£1,240" in answer.answer


DEFIB = ("A fund set up after the war was never used, and the funds have been given back to the village, which are "
         "£200; it was agreed they would be ring fenced for the purchase of a new defibrillator.\n\n"
         "A fund-raising quiz was agreed to help raise additional funds for the defibrillator, and a member offered to "
         "match money raised up to a maximum of £500.")


def test_what_a_thing_cost_is_not_the_money_set_aside_for_it():
    minutes = _minutes("defib", DEFIB, "Treasurer's report", day="2025-10-07")
    answer = ask("How much did the village's new defibrillator cost?", [minutes])
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject give sums set aside or raised for it, not what it cost.")
    # asked what was set aside, the fund answers
    answer = ask("How much was set aside for the new defibrillator?", [minutes])
    assert answer.answered and "£200" in answer.answer


def test_what_a_thing_cost_is_answered_by_its_price():
    bought = DEFIB + "\n\nThe new defibrillator was bought from Heartsafe Ltd and cost £1,150 including its cabinet."
    answer = ask("How much did the village's new defibrillator cost?", [_minutes("defib", bought, "Treasurer's report")])
    assert answer.answered and "£1,150" in answer.answer


@pytest.mark.parametrize("settled", [
    "Members asked the clerk to write to the landowner.",
    "Councillors were happy for the clerk to proceed with a letter.",
    "Consensus was reached to contact the landowner.",
    "The Parish Council will write to the landowner.",
])
def test_what_a_small_council_settled_in_plain_words_is_its_decision(settled):
    minutes = _minutes("hedge", "The overgrown hedge on Mill Lane, which overhangs the footpath, was discussed. " + settled,
                       "7. Highways", day="2024-05-14")
    answer = ask("What did the parish council decide about the overgrown hedge on Mill Lane?", [minutes])
    assert answer.answered and settled in answer.answer


def test_a_price_paid_from_a_fund_is_what_it_cost():
    paid = _minutes("bench", "The new bench for the green was bought from grant funding at a cost of £850.", "6. Finance")
    answer = ask("How much did the new bench for the green cost?", [paid])
    assert answer.answered and "£850" in answer.answer


def test_a_sum_written_without_its_pound_sign_still_answers_what_was_set():
    precept = _minutes("precept", "After discussion it was resolved to apply for a precept of 6,500, an increase of 8% "
                                  "on last year.", "21.01.09 Finance", day="2021-01-26")
    answer = ask("How much precept did the parish council apply for?", [precept])
    assert answer.answered and "6,500" in answer.answer



@pytest.mark.parametrize("sentence, no_sum", [
    ("Services noted an increase of 12.5% (18,754 in 2023/24) in all contacts into Children's Social Care.", True),
    # a share of a sum paid, a sum without its sign: the answer may open with them
    ("The Parish Council paid 40 per cent of the village hall's roof repair bill.", False),
    ("It was resolved to apply for a precept of 6,500, an increase of 8% on last year.", False),
])
def test_only_a_share_with_no_word_of_money_is_no_sum(sentence, no_sum):
    from answer.declines_figures import no_sum_but_a_share
    assert no_sum_but_a_share(sentence, sentence) is no_sum


def test_another_items_resolution_is_no_decision_on_a_subject_only_spoken_of():
    # a parish's minutes: the cemetery is named only in a declaration of interest, and the one resolution
    # is the previous minutes' approval (the wild4 fresh set)
    declarations = _minutes("dec", "3.1.3 As a member of the Church, Cllr Polglase declared a personal interest in "
                                   "item 13, a report on the new cemetery.", "3. DECLARATIONS OF INTEREST")
    approval = _minutes("min", "RESOLVED to accept the minutes of the Council Meeting held on 21st June 2011 as a "
                               "true record of the proceedings.", "4. MINUTES OF THE JUNE 2011 COUNCIL MEETING",
                        is_resolution=True)
    answer = ask("What did Trewellan Parish Council decide about the new cemetery?", [declarations, approval])
    assert not answer.answered, answer.answer
    assert answer.answer.startswith("The passages on this subject speak of it but record no decision on it.")
