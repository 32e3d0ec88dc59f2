"""Who proposed and seconded a decision, however a clerk prints it (core/votes.py PROPOSED_SECONDED: full names,
initials, "Cllr", "Councillor", "Mr", "Mrs"; "Proposed ... seconded ...", "Prop: ... Sec: ...", "2nd"), and the
tally beside it ("5 in favour, 2 against", "carried 5 votes to 2") are kept with the RESOLVED they moved,
printed before it or after it (ingest/decisions.py vote_start, _vote_after); "who proposed X" and "how did
they vote on X" are then answered from that item's line."""
from __future__ import annotations

import pytest

from core import votes
from tests.ingest.pages import decision_under, prepare_page
from tests.answering import ask, first_line

MINUTES = [
    "Ashcombe Parish Council",
    "Minutes of the Ordinary Meeting of Ashcombe Parish Council held on Tuesday 14 May 2024 at 7.30 pm in the Village Hall",
    "Present: Cllr P Jones (Chair), Cllr R Brown, Cllr S Patel, Cllr T Green, Cllr L Walsh, Cllr M Ford, Cllr K Hale", "",
    "24/31 Playground Equipment", "",
    "The Clerk reported three quotations for replacing the swings at the recreation ground.", "",
    "Proposed Cllr Jones, seconded Cllr Brown. 5 in favour, 2 against.", "",
    "RESOLVED: to accept the quotation from Playsafe Ltd of £8,450 plus VAT.", "",
    "24/32 Grass Cutting Contract", "",
    "Members considered the renewal of the grass cutting contract for 2024 to 2026.", "",
    "RESOLVED: to renew the contract with Greenway Grounds at £3,200 a year.", "",
    "Prop: Cllr S Patel Sec: Cllr T Green. 6 in favour, 1 abstention.", "",
    "24/33 Bus Shelter", "",
    "Proposed by Cllr A Jones and seconded by Cllr B Brown; carried 5 votes to 2.", "",
    "RESOLVED: that the bus shelter on Church Road be repainted by the handyman.", "",
    "24/34 Noticeboard", "",
    "Proposed Cllr Hale, seconded Cllr Ford.", "",
    "RESOLVED: to replace the noticeboard outside the village shop.", "",
    "24/35 Litter Pick", "",
    "RESOLVED: to hold a spring litter pick on 8 June 2024.", "",
    "Proposed Cllr L Walsh, seconded Cllr M Ford.", "",
    "24/36 Date of next meeting", "",
    "The next meeting will be held on 11 June 2024.",
]


def _prepared(tmp_path, name: str):
    content = "\n".join(MINUTES) + "\n" if name.endswith(".txt") else [MINUTES]
    return prepare_page(tmp_path, name, content)


@pytest.mark.parametrize("name", ["pc-minutes.txt", "pc-minutes.pdf"])
def test_the_proposer_seconder_and_tally_stay_with_their_decision(tmp_path, name):
    [doc] = _prepared(tmp_path, name).documents
    playground = decision_under(doc, "24/31")
    assert playground.startswith("Proposed Cllr Jones, seconded Cllr Brown. 5 in favour, 2 against.") and \
        "Playsafe" in playground, playground
    assert votes.recorded_vote(playground) == "For (5), Against (2)"
    grass = decision_under(doc, "24/32")
    assert "Greenway Grounds" in grass and grass.endswith("6 in favour, 1 abstention."), grass
    shelter = decision_under(doc, "24/33")
    assert shelter.startswith("Proposed by Cllr A Jones") and "Church Road" in shelter, shelter
    assert votes.recorded_vote(shelter) == "For (5), Against (2): carried"
    # no tally: the movers alone, above or below the decision
    assert decision_under(doc, "24/34").startswith("Proposed Cllr Hale, seconded Cllr Ford."), decision_under(doc, "24/34")
    assert decision_under(doc, "24/35").endswith("Proposed Cllr L Walsh, seconded Cllr M Ford."), decision_under(doc, "24/35")


@pytest.mark.parametrize("question, said", [
    ("Who proposed accepting the Playsafe quotation for the playground?", "Proposed Cllr Jones, seconded Cllr Brown."),
    ("Who seconded the grass cutting contract renewal?", "Prop: Cllr S Patel Sec: Cllr T Green."),
    ("Who proposed replacing the noticeboard?", "Proposed Cllr Hale, seconded Cllr Ford."),
    ("How did they vote on the playground equipment?", "5 in favour, 2 against."),
    ("How did the parish council vote on the bus shelter?", "carried 5 votes to 2"),
])
def test_who_proposed_and_how_they_voted_are_answered_from_the_items_line(tmp_path, question, said):
    answer = ask(question, _prepared(tmp_path, "pc-minutes.txt").chunks)
    assert answer.answered and said in first_line(answer), answer.answer


@pytest.mark.parametrize("text, proposer, seconder", [
    ("Proposed Cllr Jones, seconded Cllr Brown. 5 in favour, 2 against.", "Cllr Jones", "Cllr Brown"),
    ("Prop: Cllr S Patel Sec: Cllr T Green.", "Cllr S Patel", "Cllr T Green"),
    ("Proposed by Cllr A Jones and seconded by Cllr B Brown; carried 5 votes to 2.", "Cllr A Jones", "Cllr B Brown"),
    ("Proposed: Councillor S. Patel\nSeconded: Mrs J Okoro\nCarried.", "Councillor S. Patel", "Mrs J Okoro"),
    ("Proposed Jane Smith, seconded Tom Lee. All agreed.", "Jane Smith", "Tom Lee"),
    ("Prop. RS, 2nd CP, All agreed", "RS", "CP"),
    ("Proposed AB; Seconded CD. Carried.", "AB", "CD"),
])
def test_a_proposer_and_seconder_in_any_house_style(text, proposer, seconder):
    m = votes.PROPOSED_SECONDED.search(text)
    assert m and (m.group("proposer"), m.group("seconder")) == (proposer, seconder)
    assert votes.announces_vote(text) and votes.records_movers(text)


def test_a_motion_worded_after_its_movers_is_no_record_of_movers_alone():
    assert not votes.records_movers("It was moved by Cllr Amos and seconded by Cllr Byrne that the hall be let to "
                                    "the Scouts at £10 an hour.")
    assert not votes.announces_vote("The proposed budget was discussed. Second homes were mentioned.")
    assert votes.show_of_hands("The motion was lost by 4 votes to 6 with 1 abstention.") == \
        {"For": 4, "Against": 6, "Abstain": 1}
