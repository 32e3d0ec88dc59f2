"""The ground floor's text tools: one sentence splitter, one term set, one vote reader."""
import pytest

from core import votes
from core.sentences import answer_spans, cited_numbers, is_heading, source_spans, strip_markers
from core.terms import content_words, stem, terms, without_filler


def _sentences(text):
    return [text[a:b] for a, b in source_spans(text)]


def test_source_sentences_keep_wrapped_pdf_lines_together_and_split_list_items():
    text = ("The Committee noted the report and asked officers to\nreturn in March. It agreed to:\n"
            "(a) set up a working group;\n(b) review the plan.")
    assert _sentences(text) == ["The Committee noted the report and asked officers to\nreturn in March.",
                                "It agreed to:", "(a) set up a working group;", "(b) review the plan."]


def test_a_table_row_is_one_sentence():
    assert _sentences("Target\t95%\t92.1%. Below target\nNext row") == ["Target\t95%\t92.1%. Below target",
                                                                        "Next row"]


def test_answer_sentences_keep_their_citation_markers_and_abbreviations():
    line = "Cllr. Smith chaired it [1]. The group meets e.g. monthly [2, 3]. Done."
    parts = [line[a:b].strip() for a, b in answer_spans(line)]
    assert parts == ["Cllr. Smith chaired it [1].", "The group meets e.g. monthly [2, 3].", "Done."]
    assert cited_numbers(line) == [1, 2, 3]
    assert strip_markers("It was agreed [1].") == "It was agreed."


def test_one_stemmer_for_every_comparison():
    assert stem("committees") == stem("committee")
    assert {stem(w) for w in ("resolve", "resolved", "resolves", "resolving")} == {"resolv"}
    # a plural "-ing" noun meets the verb and the singular: "£80.3 million in savings" answers "how much are we saving"
    for plural, verb in (("savings", "saving"), ("meetings", "meet"), ("buildings", "building"), ("things", "thing")):
        assert stem(plural) == stem(verb), plural
    assert "selfharm" in terms("self-harm") and "harm" in terms("self-harm")
    assert content_words("The working group") == content_words("working groups")
    # a noun or adjective made with "-al" meets its root: the mayoral authority is about a mayor
    for made, root in (("mayoral", "mayor"), ("approval", "approved"), ("proposals", "proposed"),
                       ("referral", "referred"), ("refusal", "refused"), ("environmental", "environment")):
        assert stem(made) == stem(root), made
    # short words and "-ial" / "-ual" ones keep their ending
    assert stem("total") != stem("tots") and stem("financial") != stem("finance") and stem("annual") == "annual"


def test_the_words_people_talk_round_a_question_with_are_not_its_subject():
    asked = without_filler("is it true we end up with a brand new mayor these days then")
    assert terms(asked) == terms("we with a mayor")
    assert without_filler("how much did the scheme cost") == "how much did the scheme cost"


def test_a_recorded_vote_is_read_with_its_outcome():
    text = "For (39)\nAgainst (19)\nAbstain (1)\nSubstantive Motion carried. RESOLVED that ..."
    assert votes.recorded_vote(text) == "For (39), Against (19), Abstain (1): Substantive Motion carried"
    assert votes.recorded_vote("RESOLVED that the report be noted.") is None
    assert votes.announces_vote("On being put to the vote") and votes.has_vote_count("Against (3)")


def test_a_blank_line_inside_a_sentence_does_not_end_it():
    text = ("Rejected.\n\nDoes not meet the criteria for\n\nthe community grant fund as\nthis is a privately owned club.\n\n"
            "The report was noted.\n\nThe Chair thanked officers")
    got = [text[a:b] for a, b in source_spans(text)]
    assert got == ["Rejected.", "Does not meet the criteria for\n\nthe community grant fund as\nthis is a privately owned club.",
                   "The report was noted.", "The Chair thanked officers"]


@pytest.mark.parametrize("line, heading", [
    ("- 1.3 **Deliver our Child Friendly strategy - Happy, healthy, safe children**", True),
    ("## 4. Budget monitoring report for quarter 3 2024/25", True),
    ("Resolved", True),
    ("(ii) that the report be noted", False),
    ("**The overspend was £3m.**", False),
    ("Percentage of repairs completed within 28 days GREEN", False),   # a label: its figure is on the next line
    ("- The number of children in care rose to 700.", False),
])
def test_a_line_printed_as_a_heading_names_a_subject(line, heading):
    assert is_heading(line) is heading


def test_a_line_break_inside_brackets_does_not_end_the_sentence():
    text = ("On 6th February the Council received the Inspector's Report (see Appendix\n"
            "A) which concludes that the Plan is sound.\n(b) That the Plan be adopted.")
    assert _sentences(text) == ["On 6th February the Council received the Inspector's Report (see Appendix\n"
                                "A) which concludes that the Plan is sound.", "(b) That the Plan be adopted."]


def test_a_closed_html_paragraph_ends_the_sentence():
    # a cell of a paper converted from HTML: two paragraphs, the first ending in a bracket
    text = ("<p>Maintain the new ways of working funded by the £12m Change Fund (DfE).</p>\n"
            "<p>Increase access to Early Help and Targeted Youth Work: open the new Youth Centre.</p>")
    assert _sentences(text) == ["<p>Maintain the new ways of working funded by the £12m Change Fund (DfE).</p>",
                                "<p>Increase access to Early Help and Targeted Youth Work: open the new Youth Centre.</p>"]


def test_a_names_initial_or_a_titles_full_stop_ends_no_sentence():
    from core.sentences import source_spans
    text = ("Present: Councillor L. Fitzpatrick (Chair) and Mr R. W. Gough. Dr. Ames agreed. "
            "The minutes were agreed. Option B. The next item.")
    assert [text[a:b] for a, b in source_spans(text)] == [
        "Present: Councillor L. Fitzpatrick (Chair) and Mr R. W. Gough.", "Dr. Ames agreed.",
        "The minutes were agreed.", "Option B.", "The next item."]
