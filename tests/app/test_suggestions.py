"""Example questions come from the indexed decisions, not from a fixed list."""
from core.types import Decision
from ui.suggestions import FALLBACK, suggested_questions, topic_of


def decision(item):
    return Decision("2019-03-12", "C", item, "Resolved", None, None, "minutes", None, "s", "id")


def test_topics_drop_the_item_number_and_skip_routine_items():
    assert topic_of("3. Children and Young People's Presentation on Participation") == \
        "Children and Young People's Presentation on Participation"
    assert topic_of("Item 4 - Budget Update") == "Budget Update"
    assert topic_of("The Budget Update") == "The Budget Update"
    assert topic_of("88. 24/00108 - Revenue and Capital Budget Monitoring") == "Revenue and Capital Budget Monitoring"
    assert topic_of("1. Minutes of the previous meeting") is None
    assert topic_of("2. Declarations of Interest") is None
    assert topic_of(None) is None


def test_one_question_per_distinct_topic_then_general_ones():
    qs = suggested_questions([decision("3. Self-harm"), decision("7. Self-harm"), decision("1. Apologies")], limit=3)
    assert qs == ["What did the committee resolve on Self-harm?", *FALLBACK[:2]]
