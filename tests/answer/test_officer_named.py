"""Asked who a council's officer is ("Who is the community council's treasurer?"), the answer names the person the
papers print beside the role -- in a list of those present ("Paul Ingram — *Treasurer*", the role in emphasis
after a no-break space, as a Markdown page sets it) or labelled ("Clerk: Mrs J Todd") -- not a figure from the
treasurer's report (answer/facts.py ASKS_OFFICER, role_holder). Pages written for these tests."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

PRESENT = ("## Present\n\n- Morag Reid —\u00a0*Secretary*\n- Hamish Doig —\u00a0*Treasurer*\n- Ailsa Brown\n"
           "- Cllr P Grant")
REPORT = ("## Treasurer’s report\n\nThe Treasurer’s Account balance stands at £712.40 and the Project Account at £55.10. "
          "The Treasurer reported a donation of £120 from the gala committee.")


def test_the_treasurer_is_the_person_listed_with_the_role():
    report = make_chunk("rep", REPORT, meeting_date="2024-02-06", title="Minutes", item="Treasurer’s report")
    present = make_chunk("pres", PRESENT, meeting_date="2024-02-06", title="Minutes", item="Present")
    answer = ask("Who is the community council's treasurer?", [report, present])
    assert answer.answered, answer.answer
    assert "Hamish Doig" in first_line(answer), answer.answer


def test_the_secretary_is_not_the_treasurer():
    present = make_chunk("pres", PRESENT, meeting_date="2024-02-06", title="Minutes", item="Present")
    answer = ask("Who is the secretary of the community council?", [present])
    assert "Morag Reid" in first_line(answer) and "Hamish" not in first_line(answer), answer.answer
