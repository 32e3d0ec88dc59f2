"""The councils table: each body's place, and when a question names a body rather than a place."""
import pytest

from core import gazetteer


@pytest.mark.parametrize("name, place", [
    ("Bristol City Council", "Bristol"),
    ("London Borough of Sutton", "Sutton"),
    ("Royal Borough of Kingston upon Thames", "Kingston upon Thames"),
    ("Barnsley Metropolitan Borough Council", "Barnsley"),
    ("Rhondda Cynon Taf County Borough Council", "Rhondda Cynon Taf"),
    ("St Albans City and District Council", "St Albans"),
    ("West of England Combined Authority", "West of England"),
    ("South Yorkshire Mayoral Combined Authority", "South Yorkshire"),
    ("City of York Council", "York"),
    ("Cornwall Council", "Cornwall"),
])
def test_a_bodys_place_is_its_name_less_its_kind(name, place):
    assert gazetteer.place_of(name) == place


def test_the_table_reads_every_body_with_a_place_of_its_own():
    bodies = gazetteer.bodies()
    assert len(bodies) > 350
    places = [b.place for b in bodies]
    assert len(set(places)) == len(places)
    assert all("Council" not in p and "Authority" not in p for p in places)


@pytest.mark.parametrize("question, named", [
    ("Did Bristol's transport committee approve the levy?", ["Bristol City Council"]),
    ("What did Bristol councillors say about the levy?", ["Bristol City Council"]),
    ("Was the levy agreed by Bristol?", ["Bristol City Council"]),
    ("What has Reading Borough Council agreed about buses?", ["Reading Borough Council"]),
    ("Did North Somerset Council agree the budget?", ["North Somerset Council"]),   # not also Somerset
    ("What did the Kingston upon Thames cabinet decide?", ["Royal Borough of Kingston upon Thames"]),
    # a place inside a council's area, not a body
    ("How many school places were added in Bristol?", []),
    ("What is planned for the Bristol road junction?", []),
    # a capital is a place; a small letter is a word
    ("Reading the report, what was agreed?", []),
    ("what did reading councillors say?", []),
    # a place no word of which is common English names its body however typed, before what of it acts
    ("how much do redbridge cabinet members get paid in allowances", ["London Borough of Redbridge"]),
    ("did hackney council approve the budget", ["London Borough of Hackney"]),
    ("how many hackney families got help", []),
])
def test_a_body_is_named_when_it_acts_or_owns(question, named):
    assert [b.name for b in gazetteer.named_bodies(question)] == named


def test_a_council_is_mentioned_in_full_or_by_its_initials_in_capitals():
    assert gazetteer.initials("Scottish Borders Council") == "SBC"
    assert gazetteer.initials("London Borough of Sutton") == "LBS"
    texts = ["SBC budget consultation was now taking place until February 2020"]
    assert gazetteer.mentioned("Scottish Borders Council", texts)
    assert gazetteer.mentioned("Scottish Borders Council", ["as Scottish Borders\nCouncil said"])
    # not a word that happens to hold the letters, nor lower case, nor another council
    assert not gazetteer.mentioned("Scottish Borders Council", ["sbc", "SBCs", "the Borders"])
    assert not gazetteer.mentioned("Bristol City Council", ["Birmingham City Council"])


def test_councils_named_in_full_lose_the_question_words_a_capital_joins_to_them():
    assert gazetteer.named_councils("Did Lowfield Parish Council agree the precept?") == ["Lowfield Parish Council"]
    assert gazetteer.named_councils("What has the London Borough of Northwick decided?") == ["London Borough of Northwick"]
    assert gazetteer.named_councils("What did the council decide?") == []


def test_a_council_is_mentioned_by_its_place_as_the_one_that_acts_or_owns():
    # another council's report comparing its scheme: "Nottingham’s WPL", not "Nottingham City Council"
    report = ("Possible Outcomes / Comparative Position at Nottingham:\n"
              "1. Nottingham’s WPL has been operational since 2012 and £83 million revenue has been generated.\n"
              "4. Nottingham’s annual levy charge is currently £550.")
    assert gazetteer.mentioned("Nottingham City Council", [report])
    assert gazetteer.mentioned("Exeter City Council", ["The scheme was agreed by Exeter in 2019."])
    # the place named as a place is not the council: a visit, a road, a station
    assert not gazetteer.mentioned("Exeter City Council", ["Members visited Exeter to see the bus station."])
    assert not gazetteer.mentioned("Exeter City Council", ["the Exeter Road junction"])


def test_a_folder_named_for_a_council():
    assert gazetteer.council_of_folder("exeter-cc") == "Exeter City Council"
    assert gazetteer.council_of_folder("tunbridge-wells-bc") == "Tunbridge Wells Borough Council"
    assert gazetteer.council_of_folder("lb_hackney") == "London Borough of Hackney"
    assert gazetteer.council_of_folder("hackney-lb") == "London Borough of Hackney"   # the kind after the place
    assert gazetteer.council_of_folder("Medway") == "Medway Council"
    assert gazetteer.council_of_folder("worcester-city") == "Worcester City Council"
    # the kind must be the council's: no "Exeter District Council"
    assert gazetteer.council_of_folder("exeter-dc") is None
    # anything more than a place and its kind names no council
    for name in ("wiltshire-pcp", "cheshire-fire", "minutes-2024", "cyp-osc", "2025-03-04", "cc", "papers"):
        assert gazetteer.council_of_folder(name) is None, name


@pytest.mark.parametrize("folder, body", [
    ("hereford-worcester-fra", "Hereford Worcester Fire and Rescue Authority"),
    ("northmoor-fire-authority", "Northmoor Fire Authority"),
    ("peak-district-national-park", "Peak District National Park Authority"),
    ("ashby-parva-pc", "Ashby Parva Parish Council"),
    ("stratford-upon-avon-tc", "Stratford upon Avon Town Council"),
    ("wiltshire-pcp", "Wiltshire Police and Crime Panel"),
    # a kind that could be a principal council's ("cc": city, county or community) or no kind at all: none
    ("cwm-cc", None), ("cheshire-fire", None), ("pc", None), ("minutes-2024", None), ("exeter-cc", None),
])
def test_a_folder_named_for_a_body_of_another_kind(folder, body):
    assert gazetteer.body_of_folder(folder) == body


@pytest.mark.parametrize("question, named", [
    ("What did Kent's Standards Committee decide in January 2025?", [("Standards Committee", "Standards")]),
    ("what did the planning committee say about the school?", [("planning committee", "planning")]),
    ("Who sits on the Licensing Sub-Committee?", [("Licensing Sub-Committee", "Licensing")]),
    # no name: the committee of the question's council, or one it does not say
    ("What did the committee decide about the allotments?", []),
    ("Which panel heard the appeal?", []),
    ("What did Exeter's committee agree?", []),
])
def test_a_committee_a_question_names_is_read_by_the_word_before_its_kind(question, named):
    assert gazetteer.named_committees(question) == named


def test_a_committee_is_mentioned_by_its_word_anywhere_in_its_name():
    papers = ["The Planning and Highways Committee will consider the application.",
              "Minutes of the Children and Young People Overview and Scrutiny Committee"]
    assert gazetteer.committee_mentioned("planning", papers)
    assert gazetteer.committee_mentioned("scrutiny", papers)
    assert gazetteer.committee_mentioned("Highway", papers)
    # a word of the papers that names no committee, or a committee they do not have
    assert not gazetteer.committee_mentioned("Standards", papers + ["Trading Standards officers visited 40 shops."])
    assert not gazetteer.committee_mentioned("Licensing", papers)


def test_a_group_named_by_its_remit_is_mentioned_by_a_word_of_that_remit():
    # asked as "the rural bus services task and finish group"; minuted by what it is set up to do
    papers = ["AGREED: (1) That a task and finish group be set up to review rural bus services and community "
              "transport in the district, with Councillors Margaret Ellery and Simon Baptiste.",
              "The Standards Committee met on 3 March."]
    assert gazetteer.committee_mentioned("services", papers)
    assert gazetteer.committee_mentioned("transport", papers)
    # a committee's fixed name is not its remit
    assert not gazetteer.committee_mentioned("housing", papers + ["The Committee on 3 March reviewed housing."])
    assert not gazetteer.committee_mentioned("allotments", papers)


@pytest.mark.parametrize("question", ["What was agreed at the next committee meeting?",
                                      "What did the September committee decide?",
                                      "Who chaired the special committee?"])
def test_a_word_saying_which_meeting_is_no_committees_name(question):
    assert gazetteer.named_committees(question) == []
