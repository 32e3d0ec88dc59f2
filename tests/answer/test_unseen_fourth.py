"""Answers found wanting by the fourth unseen-council check (tests/e2e/ashcombe.py): a parish's
payments schedule cut by the chunker from its "Amount (£)" heading, its rows in pounds and pence
with no sign; a London borough's "Councillors X (in the Chair), ..." attendance line."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk
from answer.figures import gives_sum
from answer.outcomes import decides
from answer.roles import ASKS_CHAIR, CHAIR

ITEM = "P/24/074 Finance"
# the second chunk of the item: the table's heading row ("Payee / Details / Method / Amount (£)") and
# its first rows were cut off into the chunk before
PAYMENTS_TAIL = ("Greenway Grounds Ltd\tGrass cutting July & August\tBACS\t1,080.00\n"
                 "Ashcombe Magna Village Hall\tHall hire\tChq 100214\t48.00\n"
                 "Clarion Insurance\tAnnual insurance premium\tBACS\t1,162.40\n"
                 "Total\t3,343.65\n"
                 "b) Bank reconciliation. The Clerk reported that the balance on the current account at 31st August "
                 "2024 was £18,426.31 and on the reserve account £22,150.00. It was RESOLVED to note the "
                 "reconciliation.\nc) Budget monitoring. Expenditure to 31st August 2024 was £14,870 against an "
                 "annual budget of £31,500.")


def test_a_payments_row_in_pounds_and_pence_is_a_sum_without_its_heading():
    assert gives_sum("Greenway Grounds Ltd\tGrass cutting July & August\tBACS\t1,080.00", PAYMENTS_TAIL)
    assert gives_sum("Ashcombe Magna Village Hall\tHall hire\tChq 100214\t48.00", PAYMENTS_TAIL)
    # a count in a table, or a year, is not a sum
    assert not gives_sum("Bed and breakfast\t301\t388\t412", "Bed and breakfast\t301\t388\t412")
    assert not gives_sum("Council hostels\t2023\t2024", "Council hostels\t2023\t2024")


def test_how_much_a_payee_was_paid_is_answered_from_the_schedules_row():
    chunk = make_chunk("pc-fin", PAYMENTS_TAIL, meeting_date="2024-09-09", doc_type="minutes", item=ITEM,
                       source="papers/parish-minutes.pdf")
    answer = ask("How much did the parish council pay Greenway Grounds for grass cutting?", [chunk])
    assert answer.answered, answer.answer
    # the payee's row, named in the question but for its "Ltd", leads; not another sentence's sum
    assert "1,080.00" in first_line(answer)


PANEL = ("London Borough of Northolm\n\nSUSTAINABLE COMMUNITIES OVERVIEW AND SCRUTINY PANEL\n12 NOVEMBER 2024\n"
         "(7.15 pm - 9.40 pm)\nPRESENT: Councillors Gemma Thistlewood (in the Chair), Kwame Asamoah, Bridget "
         "O'Halloran, Daniel Fairweather, Sana Qureshi and Roger Lindqvist\nALSO PRESENT: Councillor Tessa "
         "Marchbank (Cabinet Member for Housing), Pete Holroyd (Director of Housing Needs)")


def test_in_the_chair_in_brackets_names_the_chair():
    m = CHAIR.search(PANEL)
    assert m and "Thistlewood" in m.group(0)
    chunk = make_chunk("osp", PANEL, meeting_date="2024-11-12", doc_type="minutes",
                       committee="Sustainable Communities Overview and Scrutiny Panel")
    answer = ask("Who chaired the Sustainable Communities Overview and Scrutiny Panel on 12 November 2024?", [chunk])
    assert "Thistlewood" in first_line(answer)
    assert "Marchbank" not in first_line(answer)


def test_asked_why_a_reason_naming_the_year_its_spend_moves_into_is_not_off_the_period():
    from answer.period import off_period
    from core.settings import Settings
    from core.types import Coverage
    from retrieval.plan import understand

    report = make_chunk("ip", "x", meeting_date="2024-10-18", doc_type="report")
    reason = ("The underspend of £7.3m is mainly slippage on the Northern Gateway, where land assembly has taken "
              "longer than planned; the spend will move into 2025/26.")
    plan = understand("Why is the investment programme underspending in 2024?", Coverage.of([report]))
    assert plan.intent == "why"
    assert off_period(plan, reason, report, Settings()) is None
    # a reason of a year before the one asked is still another year's
    assert off_period(plan, "Spending fell in 2022/23 because of staff shortages.", report, Settings())
    # asked a figure, the year the spend moves into is still not the year asked
    plan = understand("How much is the investment programme underspending in 2024?", Coverage.of([report]))
    assert off_period(plan, reason, report, Settings())


MINUTE = ("4 TEMPORARY ACCOMMODATION: PROGRESS REPORT (Agenda Item 5)\n\nThe Director of Housing Needs introduced the "
          "report. 2,316 households were in temporary accommodation at 30 September 2024, an increase of 175 in a "
          "year. The forecast net cost to the General Fund in 2024/25 is £19.6m.")
REPORT = ("2 Details\n\n2.1 The number of households in TA continues to rise. The table below shows households in "
          "each type of accommodation.\nType of accommodation\tSep 2023\tMar 2024\tSep 2024\n"
          "Bed and breakfast\t301\t388\t412\nNightly paid annexes\t986\t1,040\t1,122\n"
          "Total\t2,141\t2,241\t2,316\n2.2 Bed and breakfast is the most expensive form of TA, at an average net "
          "cost of £8,900 a year for each household.")


def _housing():
    return [make_chunk("osp-4", MINUTE, meeting_date="2024-11-12", doc_type="minutes",
                       item="4 TEMPORARY ACCOMMODATION: PROGRESS REPORT (Agenda Item 5)"),
            make_chunk("ta-report", REPORT, meeting_date="2024-11-12", doc_type="report",
                       title="Temporary Accommodation Progress Report")]


def test_how_many_is_led_by_the_count_not_the_sum_in_the_sentence_after_it():
    answer = ask("How many households were in temporary accommodation at the end of September 2024?", _housing())
    assert "2,316" in first_line(answer), answer.answer
    assert "£19.6m" not in first_line(answer)


def test_how_many_is_led_by_the_row_it_names_not_a_sum_per_household():
    answer = ask("How many households are in bed and breakfast?", _housing())
    assert "412" in first_line(answer), answer.answer
    assert "£8,900" not in first_line(answer)


PAYMENTS_HEAD = ("P/24/074 Finance\n\na) Payments. It was RESOLVED to approve the following payments:\n"
                 "Payee\tDetails\tMethod\tAmount (£)\n"
                 "L Featherstone\tClerk's salary August & September\tBACS\t842.60\nHMRC\tPAYE/NI\tBACS\t210.65\n"
                 + "".join(f"Supplier {n}\tPayments for parish council works approved\tBACS\t{n}0.00\n" for n in range(1, 13)))


def test_what_was_the_total_asks_a_figure():
    from retrieval.plan import _intent

    assert _intent("What was the total of the payments the parish council approved in September?", True) == "quantity"
    assert _intent("What is the total cost of the scheme?", False) == "quantity"


def test_the_total_of_a_schedule_cut_across_two_chunks_is_its_total_row():
    from core.types import Passage

    chunks = [make_chunk(f"pc-fin-{n}", text, meeting_date="2024-09-09", doc_type="minutes", item=ITEM,
                         source="papers/parish-minutes.pdf", is_resolution=n == 0)
              for n, text in enumerate([PAYMENTS_HEAD, PAYMENTS_TAIL])]
    # the resolution introducing the table ranks first; the chunk holding the rest of it below
    answer = ask("What was the total of the payments the parish council approved in September?", chunks,
                 [Passage(chunks[0], 1.0), Passage(chunks[1], 0.3)])
    assert answer.answered, answer.answer
    assert "3,343.65" in first_line(answer)


COVER = ("Agenda Item 5\nLondon Borough of Northolm\nCommittee:\tSustainable Communities Overview and Scrutiny Panel\n"
         "Date:\t12 November 2024\nSubject:\tTemporary Accommodation Progress Report\n"
         "Lead officer:\tPete Holroyd, Director of Housing Needs\n"
         "Lead member:\tCouncillor Tessa Marchbank, Cabinet Member for Housing\n"
         "Contact officer:\tAlison Wragg, Head of Temporary Accommodation\n\nRecommendations:\n"
         "1. That the Panel notes the progress made in reducing the cost of temporary accommodation.\n"
         "2. That the Panel comments on the draft Temporary Accommodation Procurement Strategy at Appendix A.")


def test_who_is_the_lead_officer_is_the_cover_sheets_cell():
    chunk = make_chunk("ta-cover", COVER, meeting_date="2024-11-12", doc_type="report",
                       title="Temporary Accommodation Progress Report")
    answer = ask("Who is the lead officer for the temporary accommodation report?", [chunk])
    assert "Pete Holroyd" in first_line(answer), answer.answer
    assert "Wragg" not in first_line(answer)


PLANNING = ("P/24/075 Planning\n\na) 24/01452/HOUS - 3 Orchard Close - two storey side extension. It was RESOLVED to "
            "make no objection.\nb) 24/01498/FUL - Land adjacent to Church Farm, Mill Lane - erection of 4 dwellings. "
            "It was RESOLVED to object on the grounds of overdevelopment, the loss of a hedgerow and the access onto "
            "Mill Lane, which has no footway. Cllr Winterbourne did not vote.\nc) Decisions received: 24/00977/HOUS, "
            "12 The Green - approved by the District Council.")


def test_what_was_decided_on_an_application_is_the_resolution_after_its_line():
    chunk = make_chunk("pc-plan", PLANNING, meeting_date="2024-09-09", doc_type="minutes", item="P/24/075 Planning",
                       source="papers/parish-minutes.pdf")
    answer = ask("What did the parish council decide on the application for 4 dwellings at Church Farm?", [chunk])
    assert "overdevelopment" in first_line(answer), answer.answer


def test_a_community_or_parish_council_agreeing_by_its_short_name_decides():
    assert decides("The CC agreed to respond asking for a full landscape and visual assessment.")
    assert decides("The Parish Council agreed to buy a defibrillator for the village hall.")
    assert decides("The Combined Authority resolved to consult on the franchising scheme.")
    # a police constable agreeing is no decision
    assert not decides("PC Robb agreed to look into the parking on Main Street.")
    wind = ("7. Planning and Wind Farm Matters\n\nThe scoping consultation for the proposed Carn Dubh wind farm (14 "
            "turbines) was discussed. The CC agreed to respond asking for a full landscape and visual assessment "
            "from the Glenmorvie viewpoint.\nAction: Vice Chair to draft the response by 22nd November.")
    chunk = make_chunk("cc-7", wind, meeting_date="2024-11-06", doc_type="minutes", item="7. Planning and Wind Farm Matters")
    answer = ask("What did the community council agree about the Carn Dubh wind farm scoping consultation?", [chunk])
    assert "landscape and visual assessment" in first_line(answer), answer.answer


def test_a_decision_on_a_line_of_its_own_below_is_not_taken_for_the_subjects():
    text = ("23. CALL-IN: YOUTH SERVICE REDESIGN\n\nMembers heard that 412 young people had used the Marlowe Road "
            "centre in the last year.\nOn being put to the vote, the motion to refer the decision back to Cabinet "
            "was carried by 4 votes to 3.\nRESOLVED: That the decision be referred back to Cabinet, with the "
            "following recommendations:\n(a) that the equality impact assessment be revised;\n(b) that Cabinet "
            "consider keeping the Marlowe Road centre open for two evenings a week until a replacement is found;")
    chunk = make_chunk("osc-23", text, meeting_date="2025-11-19", doc_type="minutes",
                       item="23. CALL-IN: YOUTH SERVICE REDESIGN", is_resolution=True)
    answer = ask("What did the committee recommend about the Marlowe Road centre?", [chunk])
    assert "two evenings a week" in first_line(answer), answer.answer


# ---------------------------------------------------------------- residents' own words

def test_the_thesaurus_knows_a_small_councils_cash_a_b_and_b_and_buses_under_public_control():
    from core import thesaurus

    def alternatives(question):
        return {a for e in thesaurus.default().expand(question) for a in e.alternatives}

    assert "balances" in alternatives("how much cash does the community council have in the bank")
    assert "bed and breakfast" in alternatives("how many homeless families are in hotels and b&bs")
    assert "bus franchising" in alternatives("are the buses being taken back under public control")


def test_a_word_filed_under_a_subject_the_passage_prints_is_not_missing():
    from core import thesaurus
    from core.terms import terms

    t = thesaurus.default()
    assert t.filed_under("homeless", set(terms("2,316 households were in temporary accommodation")))
    assert t.filed_under("playground", set(terms("P/24/077 Play area")))
    assert not t.filed_under("homeless", set(terms("The zip wire was rated medium risk")))
    assert not t.filed_under("crematorium", set(terms("households in temporary accommodation")))


def test_who_ran_the_meeting_asks_the_chair():
    assert ASKS_CHAIR.search("who ran the glenmorvie community council meeting")
    assert ASKS_CHAIR.search("Who led Tuesday's meeting?")
    assert not ASKS_CHAIR.search("who ran the youth club before it closed")


SEDERUNT = ("# Glenmorvie Community Council\n\nMinutes of the Ordinary Meeting held on Wednesday 6th November 2024 at "
            "7pm in Tullochgorm Community Centre\n\nSederunt: Catriona Boyd (Chair), Ruaridh Gillies (Vice Chair), "
            "Elspeth Dunbar (Secretary), Kenneth Mair (Treasurer), Anya Kowalczyk, Lachlan Rennie\n\nIn attendance: "
            "Cllr Morven Strachan (Strathmorvie Council), PC Jamie Robb (Police Scotland), 4 members of the public")


def test_who_ran_the_meeting_is_answered_from_the_sederunt_whatever_the_words_held():
    from core.settings import Settings
    from core.terms import terms
    from core.types import Coverage, Passage
    from retrieval.plan import understand

    chunk = make_chunk("cc-top", SEDERUNT, meeting_date="2024-11-06", doc_type="minutes",
                       council="Glenmorvie Community Council", committee="Glenmorvie Community Council")
    # an index of more than these minutes: "ran" is printed nowhere, the rest everywhere
    idf = {t: 0.1 for t in terms(SEDERUNT)} | {"treasur": 2.0, "sederunt": 3.0}
    answer = ask("who ran the glenmorvie community council meeting", [chunk], settings=Settings(), idf=idf)
    assert answer.answered, answer.answer
    assert "Catriona Boyd" in first_line(answer)


TREASURER = ("4. Treasurer's Report\n\nKenneth Mair presented the accounts. Balances at 31st October 2024:\n\n"
             "Account\tBalance\n\nCurrent account\t£2,184.33\n\nMicro Grants account\t£4,730.00\n\n"
             "Path Fund\t£1,915.50\n\nTotal\t£8,829.83\n\nThe report was accepted.")


def test_a_lead_in_has_the_figures_of_the_word_table_below_its_blank_line():
    chunk = make_chunk("cc-4", TREASURER, meeting_date="2024-11-06", doc_type="minutes", item="4. Treasurer's Report")
    answer = ask("how much is in the community council balances", [chunk])
    assert answer.answered, answer.answer


ATTENDANCE = ("CABINET\n\nMINUTES OF THE MEETING HELD IN THE COUNCIL CHAMBER ON WEDNESDAY, 11 FEBRUARY 2026\n\n"
              "Officers: G. Llywelyn-Price (Chief Executive), M. Tanaka (Head of Finance and Section\n151 Officer), "
              "B. Ruddock (Corporate Director -\nCommunities and Place)")
ACTIONS = ("## Actions arising\n\nRef\tAction\tOwner\tDue by\n\n"
           "A1\tPublish the CRMP consultation documents and online survey\tHead of Corporate Planning\t9 March 2026\n"
           "A2\tArrange staff engagement sessions at Coldmere fire station\tArea Manager, Service Delivery\t31 March 2026")


def test_who_is_the_row_naming_the_task_not_an_attendance_list_naming_none_of_it():
    from core.types import Passage

    # a chunk of another meeting's attendance list (names, roles, none of the question's words) ranks
    # first in meaning; the actions table's row names the task asked and its owner
    chunks = [make_chunk("cab-att", ATTENDANCE, meeting_date="2026-02-11", doc_type="minutes"),
              make_chunk("fra-act", ACTIONS, meeting_date="2026-02-24", doc_type="minutes", item="Actions arising")]
    answer = ask("Who has to publish the CRMP consultation documents, and by when?", chunks,
                 [Passage(chunks[0], 1.0), Passage(chunks[1], 0.9)])
    assert answer.answered, answer.answer
    assert "Head of Corporate Planning" in first_line(answer)
