"""The lead fact is of the kind asked: "how many" is answered by a count, not by a sum of money in a
sentence beside it; "who proposed" by the sentence recording the proposer, not by another person's part
in the item. Found by the end-to-end check on an unseen council (tests/e2e); invented passages, the
fixed fake embedder of tests/answering.py."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

REPORT = make_chunk("dfg", (
    "The top-up of £150,000 to the grant for home adaptations would leave £410,000 in the reserve. "
    "At 31 December 2025 there were 64 households on the waiting list for home adaptations, of which "
    "19 had been waiting more than a year."), doc_type="report", meeting_date="2026-02-03")

MINUTES = make_chunk("budget", (
    "The Clerk presented the budget and precept proposals of the Finance and General Purposes Committee. "
    "The precept for the year is £96,400, an increase of 3 per cent. "
    "Proposed by Cllr Ferris, seconded by Cllr Begum, all in favour. "
    "RESOLVED to adopt the budget and to set the precept at £96,400."),
    item="7. Budget and precept", meeting_date="2026-02-09")


def test_how_many_is_answered_by_a_count_not_a_sum():
    lead = first_line(ask("How many households were on the waiting list for home adaptations?", [REPORT]))
    assert "64 households" in lead and "£" not in lead


def test_how_much_is_still_answered_by_a_sum():
    lead = first_line(ask("How much would the top-up to the grant for home adaptations leave in the reserve?", [REPORT]))
    assert "£" in lead


def test_who_proposed_is_answered_by_the_proposer():
    lead = first_line(ask("Who proposed the budget and precept?", [MINUTES]))
    assert "Proposed by Cllr Ferris" in lead


CONSULTATION = make_chunk("place-plan", (
    "A Place Plan questionnaire was now in place and had been approved by members of the Community Council. "
    "It was launched at the village show with a leaflet giving a QR code for people to complete. "
    "It was agreed a printed version would be distributed to every house in the village with a deadline "
    "of 31st October."), item="6. Community Council Consultation", meeting_date="2025-10-07", doc_type="minutes")


def test_what_is_the_deadline_is_answered_by_the_date():
    # "what's the deadline" asks a date as "when" does: the sentence that gives one answers, not the
    # sentence naming the subject best
    for question in ("What's the deadline for the Place Plan questionnaire?",
                     "What was the deadline for returning the Place Plan questionnaire?"):
        lead = first_line(ask(question, [CONSULTATION]))
        assert "31st October" in lead and lead.startswith("**When:**"), (question, lead)


DASHBOARD = make_chunk("dashboard", (
    "Priority Families Dashboard\n\nPhase 2 Year 4 up to 31 March 2019\n\nYear 4 Headlines\n\n"
    "4,041 Families currently attached\n1,752 Families claimed to date\n\n"
    "Conversion rate\n\n(of claims to target)\n\n62.8%\n\nWest Midlands - 35%\nNationally - 39%\n\n"
    "£529,800 claimed to support families during this financial year (2018-2019)\n\n"
    "Priority Families have earned £4.9m in Phase 2"), doc_type="appendix", meeting_date="2019-06-18",
    title="Priority Families Dashboard")


def test_a_tiles_figure_printed_below_its_label_is_read_with_it():
    # an infographic prints "Conversion rate" and, lines below, "62.8%": too short to be sentences,
    # read together they are the answer; a rate asked is a figure in per cent, not the £4.9m beside it
    lead = first_line(ask("What conversion rate did the Priority Families dashboard report for Phase 2 Year 4?",
                          [DASHBOARD]))
    assert lead.startswith("**Figure:**") and "62.8%" in lead and "£" not in lead, lead
    lead = first_line(ask("How much have Priority Families earned in Phase 2?", [DASHBOARD]))
    assert "£4.9m" in lead, lead


GRANTS = make_chunk("grants", (
    "56 Community Grant Applications\n\n"
    "Riverside Youth Trust\n\n(Northfield)\nThe Trust is seeking funding to continue their mentoring project\n"
    "which works with young people aged 11-18 years old on the Northfield estate. The Trust received\n"
    "£6,000 from the Town Council last year and are requesting a further £6,000.\n"
    "Central Ward\n£6,000\n\nRejected.\n\nCommittee noted that this\n\napplication should be\n"
    "considered alongside the\nemerging priorities in the\ncommunity plan.\n\n"
    "Amount Requested\tRecommendation\n\n"
    "Oakfield Bowls Club is requesting funding to resurface the green.\nCentral Ward\n£2,500\n\nApproved."),
    item="56 Community Grant Applications", meeting_date="2018-03-13", doc_type="minutes")


def test_why_a_grant_was_turned_down_is_the_reason_printed_after_its_verdict():
    # a decisions table flattened to text: the verdict alone on its line, the reason wrapped below it
    lead = first_line(ask("Why was the Riverside Youth Trust mentoring project grant turned down?", [GRANTS]))
    assert lead.startswith("**Reason:**") and "community plan" in lead, lead
    # a verdict of approval gives no reason for a refusal
    lead = first_line(ask("Why was the Oakfield Bowls Club grant rejected?", [GRANTS]))
    assert "community plan" not in lead, lead
