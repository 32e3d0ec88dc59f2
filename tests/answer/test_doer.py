"""Who proposed, seconded or moved a motion, or wrote a report, is the sentence of the best passages
naming them so ("Proposed by Councillor X (seconded by ...)", "Report author: X"), not the best-scored
sentence about the subject (answer/facts.py _doer). A council named by its place as the body that acts
("Harlow's Cabinet") is the question's scope, not a subject the passages must print. Pages invented."""
from __future__ import annotations

from core.settings import Settings
from core.types import Coverage, Passage
from answer import facts
from answer.extractive import ExtractiveAnswerer
from retrieval.plan import understand
from tests.answering import HashedWords, ask, first_line
from tests.retrieval.conftest import make_chunk

REFERRAL = ("Minutes:\n\nCabinet received a report following a review of the Council's arrangements for public "
            "questions at meetings. Councillor Nia Price, Cabinet Member for Democracy, introduced the review of "
            "public questions at Cabinet meetings. Councillor Owen Hale asked whether the review of public "
            "questions would shorten Cabinet meetings. Councillor Lia Moss said the review of public questions "
            "had been welcomed by residents. Councillor Sam Reid asked how public questions would be published. "
            "The Democratic Services Manager, Kate Lowe, said the review of public questions had drawn 40 "
            "responses. Councillor Tom Pike thanked officers for the review of public questions.\n\nProposed by Councillor Ama Boateng (seconded by Councillor Rhys Lloyd) it was:\n\n"
            "RESOLVED that the revised Public Question Time Procedure be recommended to Full Council for adoption.")
DECISION_PAGE = ("Decision details\n\nPUBLIC QUESTION TIME REVIEW\n\nDecision Maker: Cabinet\n\nDecision:\n\nRESOLVED "
                 "that the revised procedure for public questions be recommended to Full Council.\n\n"
                 "Report author: Dana Whitlock\n\nPublication date: 12/03/2024\n\nDate of decision: 11/03/2024")


def _ask(question: str, text: str):
    chunk = make_chunk("c", text, meeting_date="2024-03-11", committee="Cabinet", council=None)
    return ask(question, [chunk], settings=Settings())


def test_who_proposed_is_the_sentence_naming_the_proposer():
    answer = _ask("Who proposed the review of public questions at Harlow's Cabinet?", REFERRAL)
    assert answer.answered and "Proposed by Councillor Ama Boateng" in first_line(answer), answer.answer


def test_the_proposer_is_found_below_better_scored_sentences_naming_others():
    # as the model may rank it: the sentences about the review first, the one naming the proposer last
    question = "Who proposed the review of public questions at Harlow's Cabinet?"
    chunk = make_chunk("c", REFERRAL, meeting_date="2024-03-11", committee="Cabinet")
    plan = understand(question, Coverage.of([chunk]))
    ranked = ExtractiveAnswerer(HashedWords(), Settings()).score(plan, [Passage(chunk, 1.0)])
    for s in ranked:
        if "Proposed by" in s.text:
            s.score = -1.0
    ranked.sort(key=lambda s: -s.score)
    fact = facts.lead("who", question, ranked)
    assert fact is not None and "Proposed by Councillor Ama Boateng" in fact.text, fact and fact.text


def test_who_wrote_the_report_is_its_labelled_author():
    answer = _ask("Who wrote the report on the public question time review?", DECISION_PAGE)
    assert answer.answered and "Dana Whitlock" in first_line(answer), answer.answer


COVER = ("From: Derek Hale – Cabinet Member for Economic Development\n\nSimon Ode, Corporate Director for Growth\n\n"
         "To: Cabinet – 4 March 2025\n\nSubject: Adoption of the Minerals and Waste Local Plan 2024-2039\n\n"
         "Recommendation: Cabinet is asked to ENDORSE the Cabinet Member's proposal to recommend the Plan to "
         "County Council for adoption, in consultation with the Cabinet Member for Economic Development.")


def test_which_member_put_a_paper_forward_is_its_cover_sheets_from_line():
    # asked by the role, not "who"; the cover sheet's "From:" names the member, the recommendation only the role
    answer = _ask("Which Cabinet Member put forward the adoption of the Minerals and Waste Local Plan?", COVER)
    assert answer.answered and "Derek Hale" in first_line(answer), answer.answer


def test_a_council_named_by_its_place_is_scope_not_subject():
    plan = understand("Who proposed the review of public questions at Harlow's Cabinet?", Coverage())
    assert "harlow" in plan.scope_words
