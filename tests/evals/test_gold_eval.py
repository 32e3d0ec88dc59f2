"""The gold set against the sample index: a regression in answers, evidence, dates, pages,
abstention or retrieval fails here. Thresholds sit just under the figures measured when they
were set (see the README's eval table); raise them when the system improves."""
from __future__ import annotations

import pytest

from evals.runner import format_misses, format_table, run_eval
from evals.gold import load_gold

pytestmark = pytest.mark.slow

GOLD = "evals/gold.jsonl"

# Measured on the sample index (254 questions, 227 answerable: 178 development, of them 58 in
# plain words, 52 held out and 24 held out in plain words; table in the README), then set a
# little under; one answerable question is about half a point, one unanswerable question four.
SCRUTINEER_AT_LEAST = {
    "answer_recall": 0.79,          # measured 0.811
    "evidence_recall": 0.845,       # measured 0.855
    "date_accuracy": 0.95,          # measured 1.000 (195 judged)
    "page_accuracy": 0.95,          # measured 1.000 (268 paged citations)
    "fact_page_accuracy": 0.85,     # measured 1.000 (44 judged)
    "abstention": 0.66,             # measured 0.704 (27 unanswerable)
    "recall@5": 0.84,               # measured 0.850
    "recall@10": 0.88,              # measured 0.890 (0.896 before 5 questions whose evidence is a meeting's date or list)
    "mrr": 0.69,                    # measured 0.704
}
SCRUTINEER_AT_MOST = {
    "false_abstention": 0.05,       # measured 0.013
    "p95_seconds": 30.0,            # measured 2.0 on a 2-core machine; only catches a runaway
}


@pytest.fixture(scope="module")
def report(sample_engine):
    # The naive baseline is left out here (its index costs a minute or two of CI time); it has its
    # own test on a tiny corpus, and `scrutineer eval` runs it beside Scrutineer.
    result = run_eval(sample_engine, GOLD, baselines=("bm25", "dense"), verbose=True)
    print(format_table(result))
    print(format_misses(result, load_gold(GOLD)))
    return result


@pytest.mark.parametrize("metric, floor", sorted(SCRUTINEER_AT_LEAST.items()))
def test_scrutineer_stays_at_or_above_its_measured_figure(report, metric, floor):
    value = report.pipeline("scrutineer").metrics[metric]
    assert value is not None and value >= floor, f"{metric} fell to {value} (threshold {floor})"


@pytest.mark.parametrize("metric, ceiling", sorted(SCRUTINEER_AT_MOST.items()))
def test_scrutineer_stays_at_or_below_its_measured_ceiling(report, metric, ceiling):
    value = report.pipeline("scrutineer").metrics[metric]
    assert value is not None and value <= ceiling, f"{metric} rose to {value} (threshold {ceiling})"


# Questions in residents' words (development slice, the one tuned on): issue 10's measure.
PLAIN_AT_LEAST = {"answer_recall": 0.73}          # measured 0.754 (43 of 57)


@pytest.mark.parametrize("metric, floor", sorted(PLAIN_AT_LEAST.items()))
def test_plain_words_stay_at_or_above_their_measured_figure(report, metric, floor):
    value = report.pipeline("scrutineer").slices["plain words, development"][metric]
    assert value is not None and value >= floor, f"plain words {metric} fell to {value} (threshold {floor})"
