"""A recorded vote printed count by count (the announcement, "For (12)", the names, "Against (30)",
the names, "Abstain (2)", the names, "Amendment lost.", each a paragraph of its own) is one chunk,
and a question about the vote on a motion or amendment named by who put it forward is answered with
the vote that followed it: an invented county council's minutes, built as a PDF and read by pypdf."""
from __future__ import annotations

import re

from core import votes
from core.types import Coverage, Passage
from tests.ingest.pages import prepare_page

FOR_A = "Mr Ashdown, Mrs Blake, Ms Carver, Mr Dunmore, Mrs Ellery, Mr Fenwick,"
FOR_B = "Dr Garside, Mr Hollins, Ms Ingram, Mr Jessop, Mrs Keel, Mr Lomax"
AGAINST = ["Mr Abbot, Mrs Bexley, Mr Cranmore, Mrs Dalby, Mr Eastwood, Mrs Fairley,",
           "Mr Gosling, Mrs Hatton, Mr Ibbotson, Mrs Jolley, Mr Kershaw, Mrs Langley,",
           "Mr Marsden, Mrs Newbold, Mr Ormerod, Mrs Pickles, Mr Quarmby, Mrs Royle"]

GAP = " "         # a line of one space, as word processors print an empty paragraph: a blank line in the text
# paragraphs apart, as minutes print them
MOTION = [
    "ELMSHIRE COUNTY COUNCIL", GAP,
    "MINUTES of a meeting of the County Council held on Thursday, 6 February 2025.", GAP,
    "12. Library Service Review (Item 5)", GAP,
    "1) Mr Royle proposed and Mrs Langley seconded the motion that the County Council",
    "approve the library service review and its consultation.", GAP,
    "2) Mr Ashdown proposed and Mrs Blake seconded the following amendment to the",
    "motion set out in paragraph 1: that no library closes before the consultation ends.", GAP,
    "3) Following the debate, the Chairman put the amendment set out in paragraph 2 to",
    "the vote and the voting was as follows:", GAP,
    "For (12)", GAP,
    FOR_A, FOR_B, GAP,
    "Against (18)", GAP,
    *AGAINST, GAP,
    "Abstain (2)", GAP,
    "Mr Sykes, Mrs Tordoff", GAP,
    "Amendment lost.",
]
SECOND = [
    "4) Mr Fenwick proposed and Ms Carver seconded the following amendment to the",
    "motion set out in paragraph 1: that mobile library stops be kept in every village.", GAP,
    "5) Following the debate, the Chairman put the amendment set out in paragraph 4 to",
    "the vote and the voting was as follows:", GAP,
    "For (20)", GAP,
    FOR_A, FOR_B, "Mr Sykes, Mrs Tordoff, Mr Abbot, Mrs Bexley, Mr Cranmore, Mrs Dalby,",
    "Mr Eastwood, Mrs Fairley", GAP,
    "Against (10)", GAP,
    "Mr Gosling, Mrs Hatton, Mr Ibbotson, Mrs Jolley, Mr Kershaw, Mrs Langley,",
    "Mr Marsden, Mrs Newbold, Mr Ormerod, Mrs Pickles", GAP,
    "Abstain (2)", GAP,
    "Mr Quarmby, Mrs Royle", GAP,
    "Amendment carried.",
]


def _minutes(tmp_path):
    return prepare_page(tmp_path, "minutes.pdf", [MOTION, SECOND])


def test_a_recorded_vote_printed_count_by_count_is_one_chunk_with_its_outcome(tmp_path):
    prepared = _minutes(tmp_path)
    counted = [c for c in prepared.chunks if "For (" in c.text]
    assert len(counted) == 2, [c.text[:60] for c in counted]
    for chunk, (f, a) in zip(counted, [(12, 18), (20, 10)]):
        text = " ".join(chunk.text.split())
        assert text.startswith(("3) Following the debate", "5) Following the debate")), text[:80]
        assert f"For ({f})" in text and f"Against ({a})" in text and "Abstain (2)" in text
        assert re.search(r"Amendment (lost|carried)\.$", text), text[-60:]
        assert votes.vote_on(chunk.text) == "amendment"


def test_the_vote_on_an_amendment_named_by_its_proposer_is_the_one_that_followed_it(tmp_path):
    from tests.answering import ask
    prepared = _minutes(tmp_path)
    chunks = prepared.chunks
    proposal = next(c for c in chunks if "Mr Fenwick proposed" in c.text)
    # the proposal's passage first, then the others as a search might rank them
    passages = [Passage(proposal, 1.0)] + [Passage(c, 0.5) for c in chunks if c is not proposal]
    answer = ask("How did the council vote on Mr Fenwick's amendment about mobile library stops?", chunks, passages)
    first = answer.answer.splitlines()[0]
    assert first.startswith("**Vote:** For (20), Against (10), Abstain (2)"), first
    assert votes.proposes("2) Mr Ashdown proposed and Mrs Blake seconded the following amendment") == "amendment"
    assert votes.proposes("1) Mr Royle proposed and Mrs Langley seconded the motion that") == "motion"


def test_the_vote_on_an_amendment_asked_by_its_proposers_name_wins_over_a_better_ranked_vote(tmp_path):
    from tests.answering import ask
    chunks = _minutes(tmp_path).chunks
    other_vote = next(c for c in chunks if "For (20)" in c.text)
    passages = [Passage(other_vote, 1.0)] + [Passage(c, 0.5) for c in chunks if c is not other_vote]
    for question in ("What was the vote on Mr Ashdown's amendment?",
                     "How did members vote on the amendment moved by Mr Ashdown?"):
        first = ask(question, chunks, passages).answer.splitlines()[0]
        assert first.startswith("**Vote:** For (12), Against (18), Abstain (2)"), (question, first)


def test_a_list_of_names_is_quoted_with_the_count_it_belongs_to_never_alone(tmp_path):
    from tests.answering import ask
    chunks = _minutes(tmp_path).chunks
    # the names match the question's words; quoted alone, they would not say which vote or side
    answer = ask("How did Mr Hollins, Ms Ingram and Mr Jessop vote on the library amendments?", chunks)
    supporting = [line.split(":** ", 1)[1] for line in answer.answer.splitlines()[1:] if line.startswith("- ")]
    assert supporting
    for quoted in supporting:
        assert not re.match(r"(?:Mr|Mrs|Ms|Dr) \w+, (?:Mr|Mrs|Ms|Dr) \w+, ", quoted), quoted
    assert "For (12) Mr Ashdown, Mrs Blake" in answer.answer
