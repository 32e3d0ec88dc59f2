"""The metrics on hand-made answers: what counts as a hit, a right date and a right page."""
from __future__ import annotations

import pytest

from evals.gold import GoldQuestion
from evals.metrics import (fact_holders, first_fact_rank, matches_all, on_page, percentile, score_answer,
                           summarise_answers, summarise_ranks)
from evals.pages import PdfPages
from core.types import Answer, Citation


def gold(expect, meeting_date="2019-03-12", answerable=True, page=None, source=None) -> GoldQuestion:
    return GoldQuestion(id="q", question="What was resolved?", expect=expect, meeting_date=meeting_date,
                        answerable=answerable, page=page, source=source)


def citation(text, n=1, meeting_date="2019-03-12", page=None, source="corpus/pack.txt") -> Citation:
    return Citation(n=n, text=text, council=None, committee=None, meeting_date=meeting_date, pack_date=None, doc_type="minutes",
                    title=None, item=None, page=page, source=source)


def answer(text, citations=(), answered=True) -> Answer:
    return Answer(question="q", standalone_question="q", answer=text, answered=answered, mode="extractive",
                  citations=list(citations))


# ---- matching

def test_an_answer_quoting_the_fact_matches_every_group():
    expect = [["Working Group on Mental Health"], ["quarterly basis"]]
    text = "A Working Group on Mental Health & Wellbeing be established ... meet on a quarterly basis [1]."
    assert matches_all(expect, text)


def test_an_answer_missing_one_group_does_not_match():
    expect = [["Working Group on Mental Health"], ["quarterly basis"]]
    assert not matches_all(expect, "A Working Group on Mental Health & Wellbeing be established [1].")


def test_any_alternative_in_a_group_is_enough():
    expect = [["up 70%", "70% uplift"]]
    assert matches_all(expect, "the figures indicating a 70% uplift in autism figures")
    assert not matches_all(expect, "referrals were up 17% on forecast")


def test_regex_alternatives_match_and_respect_word_boundaries():
    expect = [[r"re:\b17 (are rated green|achieved target)"]]
    assert matches_all(expect, "Of the 38 KPIs, 17 achieved target (Green).")
    assert not matches_all(expect, "Of the 38 KPIs, 117 achieved target (Green).")
    assert matches_all([[r"re:3,?046"]], "No. of children open to an Early Help Pathway 3046 3200")


def test_matching_ignores_case_line_breaks_curly_quotes_and_bold():
    expect = [["Warwickshire's rate (25.0)"], ["84 Nuneaton year 10 students"]]
    text = "WARWICKSHIRE\u2019S rate\n(25.0) is lower; **84** Nuneaton year 10\n students attended"
    assert matches_all(expect, text)


def test_no_groups_never_matches():
    assert not matches_all([], "anything at all")


def test_fact_holders_prefer_passages_with_every_group_then_fall_back_to_the_first_group():
    expect = [["£10.365m"], ["10.0%"]]
    texts = ["forecast overspend £10.365m", "an overspend of £10.365m (10.0%)", "10.0% overspent"]
    assert fact_holders(expect, texts) == [1]
    assert fact_holders(expect, [texts[0], texts[2]]) == [0]
    assert first_fact_rank(expect, ["nothing here", texts[2]]) is None
    assert first_fact_rank(expect, ["nothing here", "nothing", texts[1]]) == 3


# ---- scoring one answer

def test_a_matching_answer_with_matching_evidence_counts():
    g = gold([["£30/day"]])
    a = answer("Young people were paid at a standard rate of £30/day [1].",
               [citation("young people were remunerated ... at a standard rate of £30/day.")])
    s = score_answer(g, a, seconds=0.5)
    assert (s.answer_hit, s.evidence_hit, s.date_hit) == (True, True, True)


def test_an_answer_whose_citations_lack_the_fact_fails_evidence_and_is_not_judged_on_date():
    g = gold([["£30/day"]])
    a = answer("Young people were paid £30/day [1].", [citation("Young people spoke to a presentation.")])
    s = score_answer(g, a, seconds=0.5)
    assert s.answer_hit is True
    assert s.evidence_hit is False
    assert s.date_hit is None


def test_a_citation_carrying_the_pack_date_instead_of_the_meeting_date_fails_date_accuracy():
    g = gold([["£30/day"]], meeting_date="2019-03-12")
    a = answer("£30/day [1]", [citation("a standard rate of £30/day", meeting_date="2019-06-18")])
    assert score_answer(g, a, seconds=0.1).date_hit is False


def test_date_accuracy_uses_only_the_citations_that_hold_the_fact():
    g = gold([["£30/day"]], meeting_date="2019-03-12")
    a = answer("£30/day [2]", [citation("the agenda", n=1, meeting_date="2019-03-12"),
                               citation("a standard rate of £30/day", n=2, meeting_date="2019-06-18")])
    assert score_answer(g, a, seconds=0.1).date_hit is False


def test_unanswerable_questions_are_scored_on_abstention_only():
    g = gold([], meeting_date=None, answerable=False)
    s = score_answer(g, answer("The papers do not say.", answered=False), seconds=0.1)
    assert (s.answered, s.answer_hit, s.evidence_hit, s.date_hit) == (False, None, None, None)


# ---- pages, on a real two-page PDF

def test_a_citation_on_its_page_passes_and_one_on_the_wrong_page_fails(two_page_pdf):
    pages = PdfPages()
    quote = "The overspend on external foster care was 1,377,000 pounds."
    right = citation(quote, page=2, source=str(two_page_pdf))
    wrong = citation(quote, n=2, page=1, source=str(two_page_pdf))
    g = gold([["1,377,000"]], page=2, source="pack.pdf")
    s = score_answer(g, answer("1,377,000 [1] [2]", [right, wrong]), seconds=0.1, page_text=pages)
    assert (s.paged_citations, s.paged_on_page) == (2, 1)
    assert s.fact_page_hit is True


def test_the_gold_page_is_missed_when_the_fact_is_cited_from_another_page(two_page_pdf):
    pages = PdfPages()
    wrong = citation("The overspend on external foster care was 1,377,000 pounds.", page=1, source=str(two_page_pdf))
    s = score_answer(gold([["1,377,000"]], page=2), answer("1,377,000 [1]", [wrong]), seconds=0.1, page_text=pages)
    assert s.fact_page_hit is False
    assert s.paged_on_page == 0


def test_citations_without_pages_or_from_text_files_are_not_page_checked(tmp_path, two_page_pdf):
    text_file = tmp_path / "pack.txt"
    text_file.write_text("The overspend on external foster care was 1,377,000 pounds.")
    pages = PdfPages()
    cites = [citation("1,377,000 pounds", page=None, source=str(two_page_pdf)),
             citation("1,377,000 pounds", n=2, page=1, source=str(text_file))]
    s = score_answer(gold([["1,377,000"]]), answer("1,377,000", cites), seconds=0.1, page_text=pages)
    assert s.paged_citations == 0


def test_a_quote_that_opens_on_its_page_may_run_over_the_page_break():
    page_one = "intro text. The committee agreed that the new"
    page_two = "structure would start in April. Other business followed."
    quote = "The committee agreed that the new structure would start in April."
    assert on_page(quote, page_one, page_two)
    assert not on_page(quote, page_two, None)


def test_a_quote_missing_a_dropped_running_header_still_counts_as_on_its_page():
    page = ("Members agreed to refer the decision to full Council for review and asked officers "
            "Kent County Council Cabinet 4 March 2025 "
            "to report back with the usage figures of both family hubs")
    quote = ("Members agreed to refer the decision to full Council for review and asked officers "
             "to report back with the usage figures of both family hubs")
    assert on_page(quote, page)
    assert not on_page("officers will report on highways maintenance budgets next year", page)


# ---- summaries

def test_summary_counts_abstention_false_abstention_and_conditional_date_accuracy():
    golds = [gold([["a"]]), gold([["b"]]), gold([], meeting_date=None, answerable=False),
             gold([], meeting_date=None, answerable=False)]
    answers = [answer("a [1]", [citation("a", meeting_date="2019-03-12")]),
               answer("I cannot find that.", answered=False),
               answer("The papers do not say.", answered=False),
               answer("something [1]", [citation("something")])]
    scores = [score_answer(g, a, seconds=s) for g, a, s in zip(golds, answers, (1.0, 2.0, 3.0, 4.0))]
    summary = summarise_answers(golds, scores)
    assert summary["answer_recall"] == 0.5
    assert summary["evidence_recall"] == 0.5
    assert (summary["date_accuracy"], summary["n_date"]) == (1.0, 1)
    assert summary["abstention"] == 0.5
    assert summary["false_abstention"] == 0.5
    assert summary["median_seconds"] == 2.5
    assert summary["median_answer_chars"] == 16
    assert summary["p95_seconds"] == 4.0


def test_recall_at_k_and_mrr_from_first_fact_ranks():
    summary = summarise_ranks([1, 3, None, 7])
    assert summary["recall@1"] == 0.25
    assert summary["recall@5"] == 0.5
    assert summary["recall@10"] == 0.75
    assert summary["mrr"] == pytest.approx((1 + 1 / 3 + 1 / 7) / 4)


def test_percentile_is_nearest_rank():
    values = list(range(1, 21))
    assert percentile(values, 95) == 19
    assert percentile(values, 50) == 10
    assert percentile([], 95) is None
