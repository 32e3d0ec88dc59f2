"""An upload's ingest and the chat share one engine: readers are not blocked while it writes."""
import threading

import pytest

pytestmark = pytest.mark.slow


def test_questions_are_answered_while_an_ingest_holds_the_writer_lock(app_env, tmp_path):
    engine = app_env["engine"]
    new = app_env["corpus"] / "concurrency" / "library-opening-hours.txt"
    new.parent.mkdir(exist_ok=True)
    new.write_text("Communities Committee\n\nMinutes of the meeting held on 5 May 2025\n\n"
                   "2. Library opening hours\n\nResolved\n\nThat the library open on Sundays from June.\n")
    answered_during_ingest = []

    def ask_now(done: int, total: int, path: str) -> None:
        if done == 0:                            # inside the ingest, before it writes the file
            result = {}
            reader = threading.Thread(target=lambda: result.update(
                answer=engine.ask("What did the committee resolve on self-harm?")))
            reader.start()
            reader.join(timeout=120)
            assert not reader.is_alive(), "a question waited for the ingest to finish"
            answered_during_ingest.append(result["answer"])

    report = engine.ingest([str(new)], progress=ask_now)
    assert report.count("ingested") == 1, report.results
    [answer] = answered_during_ingest
    assert answer.answered and any(c.meeting_date == "2019-03-12" for c in answer.citations)
    assert any(d.source.endswith("library-opening-hours.txt") for d in engine.documents())
    after = engine.ask("When will the library open on Sundays?")
    assert any("Sundays" in c.text for c in after.citations)
