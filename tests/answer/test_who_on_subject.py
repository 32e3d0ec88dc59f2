"""A "who" question is answered by a sentence that names someone (a person, a role holder, an organisation;
"Mill Lane" is a place) AND is on the subject asked: "who is responsible for the footpath repairs?" is not
answered by a councillor named about the play area. When no sentence naming someone is on the subject, the
best sentence on it is given without claiming a name (answer/facts.py lead, core.names.names_someone).
A parish's minutes written here; the embedder is the fixed fake of test_facts."""
from __future__ import annotations

import pytest

from answer import facts
from answer.extractive import ExtractiveAnswerer
from core.names import names_someone
from core.settings import Settings
from core.types import Coverage, Passage
from retrieval.plan import understand
from tests.answering import HashedWords, ask, first_line
from tests.retrieval.conftest import make_chunk

PLAY = ("24/052 Play area\n\nCouncillor Ann Cole reported that repairs to the swings in the play area had been "
        "completed and that she is responsible for the annual safety inspection.")
FOOTPATH = ("24/051 Footpath repairs\n\nThe footpath between Mill Lane and the church is still flooded after heavy "
            "rain. Councillor Tom Berry reported that residents had complained about the surface. The county council's "
            "rights of way team is responsible for repairs to the footpath and has been asked to inspect it.")
# the same item, naming no one who deals with it
UNNAMED = ("24/051 Footpath repairs\n\nThe footpath between Mill Lane and the church is still flooded after heavy "
           "rain. Repairs to the footpath will be carried out once the ground dries.")
QUESTION = "Who is responsible for the footpath repairs?"


def _ranked(footpath_text: str):
    """The sentences as the model may rank them: the councillor named about the play area first."""
    chunks = [make_chunk("play", PLAY, meeting_date="2024-05-14", committee="Ashwell Parish Council",
                         item="24/052 Play area"),
              make_chunk("foot", footpath_text, meeting_date="2024-05-14", committee="Ashwell Parish Council",
                         item="24/051 Footpath repairs")]
    plan = understand(QUESTION, Coverage.of(chunks))
    ranked = ExtractiveAnswerer(HashedWords(), Settings()).score(plan, [Passage(c, 1.0) for c in chunks])
    for s in ranked:
        if s.text.startswith("Councillor Ann Cole"):
            s.score = 2.0
    ranked.sort(key=lambda s: -s.score)
    assert ranked[0].text.startswith("Councillor Ann Cole")
    return plan, chunks, ranked


def test_who_is_the_one_named_on_the_subject_not_a_councillor_named_about_another():
    plan, _, ranked = _ranked(FOOTPATH)
    fact = facts.lead("who", QUESTION, ranked)
    assert fact is not None and fact.label == "Who" and fact.text.startswith("The county council's rights of way team"), \
        fact and fact.text


def test_no_one_named_on_the_subject_gives_the_passage_without_claiming_a_name():
    plan, _, ranked = _ranked(UNNAMED)
    fact = facts.lead("who", QUESTION, ranked)
    assert fact is not None and fact.label != "Who", (fact.label, fact.text)
    assert "footpath" in fact.text.lower() and "Ann Cole" not in fact.text


def test_a_place_is_not_who():
    # the only capitals of the best sentence are a street's: no name is claimed
    chunk = make_chunk("foot", UNNAMED, meeting_date="2024-05-14", committee="Ashwell Parish Council",
                       item="24/051 Footpath repairs")
    answer = ask(QUESTION, [chunk])
    assert not first_line(answer).startswith("**Who:**"), answer.answer


@pytest.mark.parametrize("text, someone", [
    ("Councillor Ann Cole reported on the swings.", True), ("Ann Cole reported on the swings.", True),
    ("The Clerk will write to the contractor.", True), ("The county council's rights of way team will inspect it.", True),
    ("Ashwell Playgrounds Ltd completed the work.", True),
    ("The footpath between Mill Lane and the church is flooded.", False),
    ("Repairs will be carried out once the ground dries.", False),
])
def test_who_a_sentence_names(text, someone):
    assert names_someone(text) is someone


def test_a_sentence_saying_the_act_asked_was_done_is_on_the_subject():
    # "extraordinary" is printed only by the agenda; the minutes say who was elected
    agenda = make_chunk("agenda", "An extraordinary meeting of the Town Council will be held in the Guildhall on "
                        "Thursday 9 January 2025 at 7pm to deal with the following business.",
                        meeting_date="2025-01-09", committee="Hatherby Town Council", doc_type="agenda")
    minutes = make_chunk("minutes", "1. Councillor Reeve proposed, and Councillor Odell seconded, that Councillor Mary "
                         "Quinn be elected to chair the meeting. No other nominations were received.",
                         meeting_date="2025-01-09", committee="Hatherby Town Council", doc_type="minutes")
    question = "Who was elected to chair the extraordinary town council meeting on 9 January 2025?"
    plan = understand(question, Coverage.of([agenda, minutes]))
    ranked = ExtractiveAnswerer(HashedWords(), Settings()).score(plan, [Passage(agenda, 1.0), Passage(minutes, 0.5)])
    fact = facts.lead("who", question, ranked)
    assert fact is not None and "Mary Quinn be elected" in fact.text, fact and fact.text
