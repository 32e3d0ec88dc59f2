"""Parser fixes found by the end-to-end check on an unseen council (tests/e2e): a planning application's
item heading ("PC/64 Application 25/01234/FUL - Land at ...,") wrapped at its address's comma, and a
motion's record ("It was proposed by ... seconded ...") run on after the debate with no blank line."""
from __future__ import annotations

from ingest.items import address_runs_on
from ingest.lines import item_number
from tests.ingest.pages import decisions_of, items_of, prepare_page

MINUTES = [[
    "MOORSIDE BOROUGH COUNCIL",
    "Minutes of the Development Control Committee",
    "Held on Tuesday 3 March 2026 at 6.00 pm in the Council Chamber, Town Hall, Moorside",
    "Present: Councillors A Brennan (Chair), C Duffy, E Faulkner, G Hirst and J Kowalski",
    "DC/11 Apologies for absence",
    "Apologies were received from Councillor L Mortimer.",
    "DC/12 Application 26/00412/FUL - Land adjacent to 3 Quarry Road,",
    "Netherby",
    "Erection of two detached dwellings with garages. The officer recommended approval. A neighbour",
    "spoke against the scheme, raising overlooking of the garden at 5 Quarry Road and the loss of a hedge.",
    "It was proposed by Councillor Duffy and seconded by Councillor Hirst that the application be",
    "approved. The vote was 4 in favour and 1 against.",
    "DECISION: Approved subject to conditions.",
    "DC/13 Application 26/00419/HOU - 27 Beck Lane, Netherby",
    "Two-storey side extension. Officers recommended refusal because of its scale.",
    "It was moved by Councillor Faulkner and seconded by Councillor Kowalski that the application be refused.",
    "Carried: 5 votes for, none against.",
    "DECISION: REFUSED.",
    "DC/14 Date of next meeting",
    "The next meeting will be held on Tuesday 7 April 2026.",
]]


def test_application_heading_wrapped_at_its_address_comma_is_one_item(tmp_path):
    [doc] = prepare_page(tmp_path, "dc.pdf", MINUTES).documents
    assert items_of(doc) == [
        "DC/11 Apologies for absence",
        "DC/12 Application 26/00412/FUL - Land adjacent to 3 Quarry Road, Netherby",
        "DC/13 Application 26/00419/HOU - 27 Beck Lane, Netherby",
        "DC/14 Date of next meeting",
    ]


def test_decision_opens_at_the_motion_not_at_the_debate_run_on_above_it(tmp_path):
    [doc] = prepare_page(tmp_path, "dc.pdf", MINUTES).documents
    decided = {item: text for item, text in decisions_of(doc)}
    first = decided["DC/12 Application 26/00412/FUL - Land adjacent to 3 Quarry Road, Netherby"]
    assert first.startswith("It was proposed by Councillor Duffy")
    assert "neighbour" not in first and "Approved subject to conditions" in first


def test_address_runs_on_only_for_an_application_and_a_short_capitalised_line():
    heading = "PC/64 Application 25/01234/FUL - Land to the rear of 12-16 Mill Lane,"
    found = item_number(heading, True)
    assert address_runs_on(found, heading, "Kelbrook")
    assert not address_runs_on(found, heading, "Erection of nine dwellings with new access, parking and landscaping.")
    assert not address_runs_on(found, heading, None)
    other = "PC/66 Planning enforcement, quarterly update,"
    assert not address_runs_on(item_number(other, True), other, "Kelbrook")
