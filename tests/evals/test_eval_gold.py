"""The gold file: the loader's errors, and the shipped gold set checked against the sample corpus."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.check_gold import check
from evals.gold import GoldError, load_gold

GOLD = Path("evals/gold.jsonl")
GOOD = {"id": "mh_group", "question": "What did the committee resolve about mental health?",
        "history": [], "expect": [["Working Group on Mental Health"]], "meeting_date": "2022-11-08",
        "answerable": True}


def write_lines(path: Path, *rows) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def test_a_valid_line_loads_with_its_history_as_turns(tmp_path):
    row = GOOD | {"id": "follow", "history": [{"role": "user", "content": "And then?"}], "page": 3,
                  "source": "Printed minutes", "tags": ["kent"]}
    [question] = load_gold(write_lines(tmp_path / "g.jsonl", row))
    assert question.history[0].role == "user" and question.history[0].content == "And then?"
    assert (question.page, question.source, question.tags, question.line) == (3, "Printed minutes", ["kent"], 1)


@pytest.mark.parametrize("bad, why", [
    ("{not json", "not valid JSON"),
    ({k: v for k, v in GOOD.items() if k != "expect"}, "missing field(s): expect"),
    (GOOD | {"expect": "Working Group"}, "`expect` must be a list"),
    (GOOD | {"expect": [["re:(unclosed"]]}, "bad regex"),
    (GOOD | {"meeting_date": "8 November 2022"}, "not a YYYY-MM-DD date"),
    (GOOD | {"answerable": "yes"}, "`answerable` must be true or false"),
    (GOOD | {"answerable": False}, "unanswerable question must have `expect`: []"),
    (GOOD | {"expect": []}, "needs at least one `expect` group"),
    (GOOD | {"history": [{"role": "bot", "content": "hi"}]}, "each `history` turn"),
    (GOOD | {"page": 0}, "`page` must be a 1-based page number"),
    (GOOD | {"meetingdate": "2022-11-08"}, "unknown field(s): meetingdate"),
])
def test_a_bad_line_is_one_error_naming_the_file_and_line(tmp_path, bad, why):
    path = write_lines(tmp_path / "gold.jsonl", GOOD, bad)
    with pytest.raises(GoldError) as raised:
        load_gold(path)
    message = str(raised.value)
    assert message.startswith(f"{path}:2: ")
    assert why in message


def test_duplicate_ids_are_rejected_with_both_lines(tmp_path):
    with pytest.raises(GoldError, match=r":2: duplicate id 'mh_group' \(first on line 1\)"):
        load_gold(write_lines(tmp_path / "g.jsonl", GOOD, GOOD))


def test_a_missing_gold_file_says_so(tmp_path):
    with pytest.raises(GoldError, match="no such gold file"):
        load_gold(tmp_path / "absent.jsonl")


def test_the_shipped_gold_set_covers_what_the_issue_asks_for():
    golds = load_gold(GOLD)
    tags = lambda tag: [g for g in golds if tag in g.tags]  # noqa: E731
    assert len(golds) >= 60
    assert sum(bool(g.history) for g in golds) >= 6
    assert sum(not g.answerable for g in golds) >= 8
    assert len(tags("kent")) >= 15
    assert len(tags("carried_minutes")) >= 10
    assert len(tags("resolution")) >= 8
    assert len(tags("table")) >= 8
    # carried minutes are dated to their own meeting, not to the pack that carries them
    carried_dates = {g.meeting_date for g in tags("carried_minutes")}
    assert {"2019-03-12", "2022-11-08", "2024-06-18", "2025-01-30"} <= carried_dates
    assert any(g.page for g in tags("kent"))


@pytest.mark.slow     # reads every PDF of the corpus
def test_every_expected_string_and_gold_page_is_really_in_the_sample_corpus():
    problems = check(load_gold(GOLD), "corpus")
    assert problems == [], "\n".join(map(str, problems))


def test_the_checker_reports_strings_absent_from_the_corpus_and_facts_off_their_page(tmp_path, two_page_pdf):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    two_page_pdf.rename(corpus / "pack.pdf")
    (corpus / "minutes.txt").write_text("Resolved that a Working Group on Mental Health be established.")
    base = GOOD | {"meeting_date": None}
    golds = load_gold(write_lines(
        tmp_path / "g.jsonl",
        base | {"id": "ok_text"},
        base | {"id": "ok_page", "expect": [["1,377,000"]], "page": 2, "source": "pack.pdf"},
        base | {"id": "invented", "expect": [["Working Group on Mental Health", "Working Party on Wellbeing"]]},
        base | {"id": "wrong_page", "expect": [["1,377,000"]], "page": 1, "source": "pack.pdf"},
        base | {"id": "two_pages", "expect": [["the Committee"]], "page": 1, "source": "pack.pdf"},
    ))
    problems = check(golds, corpus)
    assert [p.question.id for p in problems] == ["invented", "wrong_page", "two_pages"]
    assert "'Working Party on Wellbeing' is not in any file" in str(problems[0])
    assert "page 1 of pack.pdf does not hold the fact" in str(problems[1])
    assert "printed on several pages (pack.pdf p.1, pack.pdf p.2)" in str(problems[2])
