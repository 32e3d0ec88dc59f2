"""A numbered line worded as an agenda item ("3. To approve the Minutes of the meeting held on 12 May 2024
(previously circulated)", "To receive ...", "To consider ...", "To note ...", or naming the minutes, apologies
or declarations first) heads an item whatever its length (ingest/lines.py title_fits); any other numbered line
over ITEM_TITLE_WORDS words is prose that opens with a number, and a decision's numbered parts stay its parts."""
from __future__ import annotations

import pytest

from ingest.lines import agenda_item_words
from tests.ingest.pages import decisions_of, items_of, prepare_page

AGENDA = [
    "Hollinbrook Parish Council",
    "Notice is hereby given that a meeting of Hollinbrook Parish Council will be held on Tuesday 11 June 2024 at "
    "7.30 pm in the Memorial Hall.",
    "AGENDA", "",
    "1. To receive and accept apologies for absence from councillors who are unable to attend the meeting", "",
    "2. To receive declarations of interest from councillors on any item on the agenda and to consider any "
    "requests for dispensations", "",
    "3. To approve the Minutes of the meeting held on 12 May 2024 (previously circulated) as a correct record", "",
    "4. Public Participation", "",
    "5. To consider the quotations received for the resurfacing of the footpath between Mill Lane and the school", "",
    "6. To note the report of the County Councillor and the District Councillor on matters affecting the parish", "",
    "7. Finance", "",
    "8. Date of next meeting", "",
]

MINUTES = [
    "Hollinbrook Parish Council",
    "Minutes of the meeting of Hollinbrook Parish Council held on Tuesday 11 June 2024 at 7.30 pm in the Memorial Hall",
    "Present: Cllr J Carr (Chair), Cllr P Lowe, Cllr S Ahmed, Cllr D Fry", "",
    "1. To receive and accept apologies for absence from councillors who are unable to attend the meeting",
    "Apologies were received and accepted from Cllr Moss.", "",
    "2. To approve the Minutes of the meeting held on 12 May 2024 (previously circulated)",
    "The minutes were approved and signed by the Chair as a correct record.", "",
    "3. Three residents attended and raised concerns about speeding on Mill Lane, which they said had got worse",
    "over the last year.", "",
    "4. Playing Field", "",
    "RESOLVED:",
    "1. To note the report of the Clerk on the condition of the play equipment and the results of the annual inspection",
    "2. To approve the spending of up to £2,000 on repairs to the swings and the roundabout before the summer holidays",
    "",
    "5. Finance", "",
    "The Clerk reported a balance of £12,400.",
]


def _doc(tmp_path, name, page):
    content = "\n".join(page) + "\n" if name.endswith(".txt") else [page]
    [doc] = prepare_page(tmp_path, name, content).documents
    return doc


@pytest.mark.parametrize("name", ["agenda.txt", "agenda.pdf"])
def test_an_agendas_long_items_worded_as_items_are_items(tmp_path, name):
    doc = _doc(tmp_path, name, AGENDA)
    assert [item.split(" ", 1)[0] for item in items_of(doc)] == [f"{n}." for n in range(1, 9)], items_of(doc)
    assert "3. To approve the Minutes of the meeting held on 12 May 2024 (previously circulated) as a correct record" \
        in items_of(doc)


@pytest.mark.parametrize("name", ["minutes.txt", "minutes.pdf"])
def test_minutes_headed_in_the_agendas_words_keep_their_items_and_prose_stays_prose(tmp_path, name):
    doc = _doc(tmp_path, name, MINUTES)
    assert items_of(doc) == [
        "1. To receive and accept apologies for absence from councillors who are unable to attend the meeting",
        "2. To approve the Minutes of the meeting held on 12 May 2024 (previously circulated)",
        "4. Playing Field", "5. Finance"], items_of(doc)
    [(item, decided)] = decisions_of(doc)
    assert item == "4. Playing Field" and "2. To approve the spending of up to £2,000" in decided, decided


def test_agenda_item_words():
    assert agenda_item_words("To approve the Minutes of the meeting held on 12 May 2024 (previously circulated)")
    assert agenda_item_words("Declarations of interest from members on any item on this evening's agenda")
    assert agenda_item_words("Apologies for absence")
    assert not agenda_item_words("Three residents attended and raised concerns about speeding on Mill Lane")
    assert not agenda_item_words("Today the Council noted the minutes")
