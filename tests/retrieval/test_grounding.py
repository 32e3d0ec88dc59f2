"""The output check: what of a model's reply may reach the user, and how its citations read."""
from __future__ import annotations

import random
import re

import pytest

from answer.grounding import Grounder, best_quote, cited_numbers, ground, parse_markers

RESOLUTION = (
    "The Committee resolved that:\n\n"
    "- 3) a Working Group on Mental Health & Wellbeing be established so members of the Youth Council, "
    "Forum for C&YP with SEND, Children in Care Council and Care Leaver Forum can meet on a quarterly basis "
    "with 2-3 members of the C&YP OSC Subcommittee;\n"
    "- 4) a rota is agreed where elected members attend bimonthly the Youth Council, Forum for C&YP with SEND, "
    "Children in Care Council and Care Leaver Forum; and\n"
    "- 6) officers continue to work with the Borough and District Councils, especially in relation to exploring "
    "opportunities for young people through their sports and recreational departments."
)

REPLIES = [
    "On 8 November 2022 the committee resolved to set up a Working Group on Mental Health & Wellbeing [2]. "
    "It also agreed a rota for members to attend the Youth Council [2][3]. The Council built a stadium [7].\n\n"
    "- Officers continue to work with the Borough and District Councils [1].\n"
    "- e.g. through sports departments [1, 2].\n\nSources:\n[1] Minutes of 8 November 2022\n[2] Report",
    "<think>The user wants [5] the resolution.</think>Members noted the report. [1] Nothing else [9]. "
    "The SEND update was verbal [3-4].\n1. First point [4]\n2. Second point, uncited.",
    "No citation here at all. Neither here.",
]


def test_citations_to_passages_not_given_are_removed_and_a_sentence_left_without_one_is_dropped():
    result = ground("The Working Group was set up [1][7]. The Council approved a stadium [9].", passage_count=3)
    assert result.text == "The Working Group was set up [1]."
    assert result.invalid == [7, 9]
    assert result.dropped == 1 and result.kept == 1


def test_a_sentence_without_a_citation_is_dropped():
    result = ground("The papers say a lot. The committee resolved to set up a working group [2].", passage_count=2)
    assert result.text == "The committee resolved to set up a working group [1]."
    assert result.order == [2]


def test_citations_are_renumbered_in_order_of_first_use():
    result = ground("A rota was agreed [3]. A working group was set up [1][3]. Officers work with districts [2].",
                    passage_count=3)
    assert result.text == "A rota was agreed [1]. A working group was set up [2][1]. Officers work with districts [3]."
    assert result.order == [3, 1, 2]


def test_every_marker_in_a_checked_reply_has_a_citation_number_in_range():
    for reply in REPLIES:
        result = ground(reply, passage_count=3)
        numbers = [int(n) for n in re.findall(r"\[(\d+)\]", result.text)]
        assert set(numbers) == set(range(1, len(result.order) + 1))
        assert all(1 <= n <= 3 for n in result.order)


def test_grouped_and_ranged_markers_are_read_as_their_numbers():
    assert parse_markers("1, 3") == [1, 3]
    assert parse_markers("2-4") == [2, 3, 4]
    assert cited_numbers("as shown [Passage 2] and [1 and 3]") == [2, 1, 3]
    assert ground("It was agreed [2, 3].", passage_count=3).text == "It was agreed [1][2]."


def test_a_marker_after_the_full_stop_stays_with_its_sentence():
    result = ground("Members noted the report. [1] The SEND update was verbal [2].", passage_count=2)
    assert result.text == "Members noted the report. [1] The SEND update was verbal [2]."
    assert [c.text for c in result.claims] == ["Members noted the report.", "The SEND update was verbal."]


def test_lists_keep_their_bullets_and_uncited_headings_and_reference_lists_go():
    reply = ("## What was resolved\n\nThe committee resolved that:\n"
             "- a working group be established [1];\n- officers continue to work with the districts [1].\n\n"
             "Sources:\n[1] Minutes of the meeting held on 8 November 2022")
    assert ground(reply, passage_count=1).text == (
        "- a working group be established [1];\n- officers continue to work with the districts [1].")


def test_abbreviations_do_not_end_a_sentence():
    result = ground("Members wanted support, e.g. daily check-ins, for young people [1]. Uncited.", passage_count=1)
    assert result.text == "Members wanted support, e.g. daily check-ins, for young people [1]."


def test_a_models_thinking_is_never_shown():
    result = ground("<think>I should cite [1] and say the budget is £5m.</think>A rota was agreed [1].", passage_count=1)
    assert result.text == "A rota was agreed [1]."


@pytest.mark.parametrize("reply", REPLIES)
def test_a_reply_streamed_in_any_pieces_is_checked_exactly_as_the_whole_reply(reply):
    whole = ground(reply, passage_count=3)
    rng = random.Random(7)
    cuts = [[1] * len(reply), [2] * len(reply), [5] * len(reply)] + [
        [rng.randint(1, 9) for _ in range(len(reply))] for _ in range(20)]
    for sizes in cuts:
        grounder, released, at = Grounder(3), [], 0
        for size in sizes:
            if at >= len(reply):
                break
            released.append(grounder.feed(reply[at:at + size]))
            at += size
        released.append(grounder.finish())
        assert "".join(released) == whole.text
        assert grounder.result.order == whole.order


def test_nothing_is_released_before_the_sentence_is_known_to_be_cited():
    grounder = Grounder(2)
    assert grounder.feed("The Council approved a stadium") == ""
    assert grounder.feed(" [7]. A working group was set up [1]") == ""   # first sentence judged: dropped
    assert grounder.feed(". Officers") == "A working group was set up [1]."
    assert grounder.finish() == ""


def test_the_quote_is_the_source_sentence_that_supports_the_claim():
    quote = best_quote(RESOLUTION, ["Officers should keep working with the Borough and District Councils."])
    text = RESOLUTION[quote.start:quote.end]
    assert text.startswith("- 6) officers continue to work with the Borough and District Councils")
    assert text in RESOLUTION


def test_claims_on_neighbouring_sentences_quote_the_run_between_them():
    quote = best_quote(RESOLUTION, ["A working group on mental health and wellbeing was established.",
                                    "Members will attend the Youth Council bimonthly on a rota."])
    text = RESOLUTION[quote.start:quote.end]
    assert text.startswith("- 3) a Working Group on Mental Health & Wellbeing") and text.endswith("Care Leaver Forum; and")
    best = RESOLUTION[quote.best_start:quote.best_end]
    assert best.startswith(("- 3) a Working Group", "- 4) a rota")) and best in text


def test_a_claim_sharing_no_word_with_the_source_quotes_the_whole_source():
    quote = best_quote(RESOLUTION, ["Zebra crossings."])
    assert RESOLUTION[quote.start:quote.end] == RESOLUTION.strip()
