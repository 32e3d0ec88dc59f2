"""Answers from the index of the whole sample corpus, as a user would get them.
Every test asks a real question of the real index and checks what a scrutiny officer relies on:
the right meeting and date, verbatim words, the right page."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from core.types import Filters, Turn

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def norm(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=None)
def source_text(source: str) -> str:
    path = ROOT / source
    if path.suffix == ".pdf":
        import pypdf

        return "\n".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def pdf_page(source: str, page: int) -> str:
    import pypdf

    return pypdf.PdfReader(str(ROOT / source)).pages[page - 1].extract_text()


def check_contract(answer) -> None:
    """SPEC section 3: every [n] has its citation, every citation is verbatim from its source."""
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)}
    numbers = [c.n for c in answer.citations]
    assert markers <= set(numbers)
    assert numbers == list(range(1, len(numbers) + 1))
    for c in answer.citations:
        assert norm(c.text) in norm(source_text(c.source)), (c.source, c.text[:80])
        if c.page is not None:
            assert norm(c.text) in norm(pdf_page(c.source, c.page)), (c.source, c.page, c.text[:80])
        if c.meeting_date:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", c.meeting_date)


def test_self_harm_resolution_is_answered_from_the_march_2019_minutes_in_the_june_pack(sample_engine):
    answer = sample_engine.ask("What did the committee resolve on self-harm?")
    check_contract(answer)
    assert answer.answered and answer.mode == "extractive"
    assert "Task and Finish Group" in answer.answer
    holding = [c for c in answer.citations if "Task and Finish Group" in c.text]
    assert holding, answer.citations
    assert all(c.meeting_date == "2019-03-12" and c.pack_date == "2019-06-18" for c in holding)
    assert holding[0].doc_type == "minutes"
    assert holding[0].title == "Minutes of the meeting held on 12 March 2019"
    assert holding[0].item == "3. Children and Young People's Presentation on Participation"
    assert holding[0].source == "corpus/warwickshire/cyp-osc/2019-06-18-agenda-pack.txt"


def test_a_resolution_is_quoted_with_its_meeting(sample_engine):
    answer = sample_engine.ask("What did the committee resolve about mental health and wellbeing in November 2022?")
    check_contract(answer)
    assert answer.answered
    assert "Working Group on Mental Health & Wellbeing" in answer.answer
    cited = [c for c in answer.citations if "Working Group on Mental Health" in c.text]
    assert cited and cited[0].meeting_date == "2022-11-08" and cited[0].pack_date == "2023-02-14"


def test_kent_vote_is_cited_on_the_page_it_is_printed(sample_engine):
    answer = sample_engine.ask("How did the County Council vote on the substantive motion on the English Devolution White Paper?")
    check_contract(answer)
    assert answer.answered
    assert "For (39)" in answer.answer and "Against (19)" in answer.answer
    cited = [c for c in answer.citations if "For (39)" in c.text]
    assert cited and cited[0].page == 10 and cited[0].meeting_date == "2025-01-09"


def test_kent_cabinet_minutes_are_dated_30_january_not_the_march_pack(sample_engine):
    answer = sample_engine.ask("What did Cabinet resolve on the Commissioning Plan for Education Provision in Kent 2025-29?")
    check_contract(answer)
    assert answer.answered
    cited = [c for c in answer.citations if "Commissioning Plan for Education" in c.text]
    assert cited
    assert cited[0].meeting_date == "2025-01-30" and cited[0].pack_date == "2025-03-04"
    assert cited[0].committee == "Cabinet" and cited[0].page == 17


@pytest.mark.parametrize("question", [
    "What is the council's policy on swimming pool closures?",
    "What did the committee resolve at its meeting on 24 September 2019?",
])
def test_questions_the_papers_do_not_answer_are_declined_with_the_nearest_passages(sample_engine, question):
    answer = sample_engine.ask(question)
    check_contract(answer)
    assert not answer.answered
    assert "do not answer" in answer.answer
    assert not re.search(r"\[\d+\]", answer.answer)
    assert answer.citations                      # the nearest passages, for the user to judge


def test_a_meeting_missing_from_the_index_is_named_in_the_answer(sample_engine):
    answer = sample_engine.ask("Who gave apologies at the committee meeting on 26 April 2023?")
    assert not answer.answered
    assert "no papers for a meeting on 26 April 2023" in answer.answer


def test_filters_keep_answers_inside_the_date_range_committee_and_type(sample_engine):
    f = Filters(date_from="2024-01-01", date_to="2024-12-31")
    for p in sample_engine.search("foster carers", f, k=8):
        assert "2024-01-01" <= p.chunk.meeting_date <= "2024-12-31"
    for p in sample_engine.search("budget", Filters(committee="cabinet"), k=8):
        assert p.chunk.committee == "Cabinet"
    for p in sample_engine.search("self-harm", Filters(doc_type="minutes"), k=8):
        assert p.chunk.doc_type == "minutes"
    answer = sample_engine.ask("What did the committee resolve on self-harm?", filters=Filters(date_from="2023-01-01"))
    assert answer.citations and all(c.meeting_date >= "2023-01-01" for c in answer.citations)


def test_a_follow_up_keeps_the_subject_and_meeting_of_the_previous_turn(sample_engine):
    history = [Turn("user", "What did the committee resolve about mental health and wellbeing in November 2022?"),
               Turn("assistant", "A Working Group on Mental Health & Wellbeing was to be established [1]")]
    answer = sample_engine.ask("And who should officers keep working with?", history=history)
    check_contract(answer)
    assert answer.standalone_question != answer.question
    assert "November 2022" in answer.standalone_question
    assert answer.answered and "Borough and District Councils" in answer.answer


def test_hybrid_search_finds_exact_terms_and_paraphrases(sample_engine):
    exact = sample_engine.search("Talenton Academy", k=3)
    assert any("Talenton" in p.chunk.text for p in exact)
    paraphrase = sample_engine.search("children hurting themselves", k=8)
    assert any("self-harm" in p.chunk.text.lower() for p in paraphrase)


def test_decisions_register_lists_resolutions_newest_first_with_votes(sample_engine):
    decisions = sample_engine.decisions()
    dates = [d.meeting_date for d in decisions if d.meeting_date]
    assert dates == sorted(dates, reverse=True)
    devolution = [d for d in decisions if "26) RESOLVED" in d.text]
    assert len(devolution) == 1
    assert devolution[0].vote.startswith("For (39), Against (19), Abstain (1)")
    assert devolution[0].page == 10 and devolution[0].meeting_date == "2025-01-09"
    self_harm = sample_engine.decisions("participation strategy")
    assert self_harm and all("participation" in d.text.lower() for d in self_harm)
    # six "RESOLVED" blocks and item 87's "Members agreed to refer the decision to full Council"
    assert [d.meeting_date for d in sample_engine.decisions(filters=Filters(committee="Cabinet"))] == ["2025-01-30"] * 7


def test_the_highlight_covers_every_sentence_the_answer_quotes_from_a_passage(sample_engine):
    answer = sample_engine.ask("What did the committee resolve on self-harm?")
    cited = next(c for c in answer.citations if "Task and Finish Group" in c.text)
    assert "Task and Finish Group" in cited.highlight
    assert norm(cited.highlight) in norm(cited.text)


# -- the fact first (issue 10): each answer opens with the line that answers the question's kind

def test_who_chairs_is_answered_with_a_name_first(sample_engine):
    answer = sample_engine.ask("Who chairs the Children and Young People Overview and Scrutiny Committee?")
    check_contract(answer)
    first = answer.answer.splitlines()[0]
    assert first.startswith("**Who:**") and re.search(r"Councillor \w+ \w+ \(Chair\) \[1\]", first), first


def test_the_quarter_1_overspend_is_the_first_line_and_other_quarters_are_left_out(sample_engine):
    answer = sample_engine.ask("What was the Children and Families overspend forecast at quarter 1 2024/25?")
    check_contract(answer)
    first = answer.answer.splitlines()[0]
    # the headline (£12.130m), the net forecast (£10.365m), or the same net forecast as the finance
    # table's cell under "Performance at Q1 2024/25" (10.0% overspent)
    assert first.startswith("**Figure:**") and any(f in first for f in ("£12.130m", "£10.365m", "10.0% overspent")), first
    assert "2022/23" not in answer.answer


def test_the_devolution_vote_leads_with_the_recorded_vote_and_quotes_the_abstainer(sample_engine):
    answer = sample_engine.ask("How did the County Council vote on the substantive motion on the English Devolution White Paper?")
    check_contract(answer)
    assert answer.answer.startswith("**Vote:** For (39), Against (19), Abstain (1)")
    quoted = answer.answer.split("\n", 1)[1]
    if "Abstain (1)" in quoted:
        assert "Abstain (1) Ms Constantine" in norm(quoted)


def test_a_meeting_is_summarised_item_by_item_with_its_decisions(sample_engine):
    answer = sample_engine.ask("Summarise the Kent Cabinet meeting of 30 January 2025")
    check_contract(answer)
    lines = answer.answer.splitlines()
    # the council is read from the minutes' masthead, and named when known
    assert re.match(r"\*\*Meeting:\*\* Cabinet, (Kent County Council, )?30 January 2025", lines[0]), lines[0]
    items = [line for line in lines if re.match(r"\d+\. \*\*", line)]
    assert len(items) >= 8 and "Commissioning Plan for Education Provision" in items[-1]
    assert any("RESOLVED" in line for line in items) and any(line.endswith(": noted") for line in items)
    summary = sample_engine.meeting("Cabinet", "2025-01-30")
    assert [i.item for i in summary.items][:2] == ["84. Apologies (Item 1)", "85. Declarations of Interest (Item 2)"]
    assert (None, "Cabinet", "2025-01-30") in sample_engine.meetings() or \
        any(m[1:] == ("Cabinet", "2025-01-30") for m in sample_engine.meetings())


def test_a_typo_is_searched_as_the_papers_spell_it(sample_engine):
    answer = sample_engine.ask("self harm resolutoin")
    assert answer.standalone_question == "self harm resolution"
    assert answer.answered and "Task and Finish Group" in answer.answer


def test_a_question_in_residents_words_is_answered_in_the_papers_words(sample_engine):
    # none of its words is the papers': the thesaurus puts "hurting themselves" as "self-harm"
    answer = sample_engine.ask("what are we doing about kids hurting themselves")
    check_contract(answer)
    assert answer.answered, answer.answer
    assert "self-harm" in answer.answer.splitlines()[0].lower()


def test_who_was_present_reads_the_minutes_attendance_list_though_the_search_did_not_find_it(sample_engine):
    answer = sample_engine.ask("Who was present at the County Council on 9 January 2025?")
    check_contract(answer)
    first = answer.answer.splitlines()[0]
    assert first.startswith("**Who:** PRESENT:") and "Mr M Baldock" in first, first


def test_the_vote_on_an_amendment_named_by_its_proposer_is_the_vote_that_followed_it(sample_engine):
    answer = sample_engine.ask("How did members vote on Mr Passmore's amendment?")
    check_contract(answer)
    assert answer.answer.startswith("**Vote:** For (13), Against (45), Abstain (4)"), answer.answer[:120]
