"""evals/bench.py's table says what its figures are: a build resumed from its journal counts the
index's chunks but this run's time, and the table says so."""
from evals import bench


def row(size: int, **ingest) -> dict:
    return {"size": size, "ingest": {"pages": 10, "chunks": 100, "ingest_s": 5.0, **ingest},
            "query": {"search_p50": 12.0}, "cold": {}}


def test_a_resumed_build_is_named_under_the_table():
    table = bench.format_table([row(1), row(100, resumed_files=3, chunks=191_728)])
    assert "10 / 191,728" in table
    assert "100x: a resumed build (3 files committed by an earlier, interrupted run)" in table
    assert "1x: a resumed" not in table


def test_a_whole_build_has_no_such_note():
    assert "resumed" not in bench.format_table([row(1)])
