"""A date asked of something the minutes report as already done by their meeting ("the bus shelter had been
replaced"), declined rather than answered with the minutes' own date; an act the meeting itself did, or a line
that dates the act, is still answered (answer.declines_outcomes.when_before_its_meeting). Pages invented."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

# a parish council's minutes, one chunk an item: a matter reported as done since the last meeting, undated; one
# dated; one the meeting settled
ITEMS = {
    "25.06.4 Matters Arising": "It was noted that the old bus shelter on Church Lane had been removed by the county "
                               "council. Residents asked whether a new one would follow.",
    "25.06.5 Noticeboard": "The new noticeboard outside the village hall was put up on 14 May 2025 by volunteers.",
    "25.06.6 Grass Cutting": "It was resolved to accept the quote from Dale Groundcare for the grass cutting contract.",
}


def _minutes(*items: str):
    return [make_chunk(f"pc{n}", ITEMS[item], meeting_date="2025-06-10", doc_type="minutes", item=item,
                       committee="Fernley Parish Council", council="Fernley Parish Council",
                       title="Minutes of the meeting held on 10 June 2025")
            for n, item in enumerate(items)]


def test_when_something_the_minutes_report_as_already_done_happened_is_declined():
    answer = ask("When was the bus shelter on Church Lane taken away?", _minutes("25.06.4 Matters Arising", "25.06.6 Grass Cutting"))
    assert not answer.answered, answer.answer
    assert "not when it was done" in answer.answer


def test_when_something_the_minutes_report_as_done_in_the_words_asked_happened_is_declined():
    answer = ask("When was the bus shelter on Church Lane removed?", _minutes("25.06.4 Matters Arising"))
    assert not answer.answered, answer.answer
    assert "not when it was done" in answer.answer


def test_when_something_the_minutes_date_happened_is_answered():
    answer = ask("When was the noticeboard outside the village hall put up?", _minutes("25.06.5 Noticeboard"))
    assert answer.answered and "14 May 2025" in first_line(answer), answer.answer


def test_when_the_meeting_settled_something_is_answered_with_its_date():
    answer = ask("When did Fernley Parish Council accept the grass cutting quote?", _minutes("25.06.6 Grass Cutting", "25.06.4 Matters Arising"))
    assert answer.answered, answer.answer


def test_when_the_meeting_spoke_of_a_thing_done_before_it_is_answered():
    answer = ask("When was the removal of the Church Lane bus shelter reported to the parish council?", _minutes("25.06.4 Matters Arising"))
    assert answer.answered, answer.answer
