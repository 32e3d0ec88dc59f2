"""A member "stood down" in a question is one who resigned, stepped down or left in the papers: the shipped
thesaurus (core/plain_words.txt) files the plain phrase under the papers' words, so a passage saying a
councillor "left the Authority" holds what the question asks and is not declined for missing it."""
from __future__ import annotations

from answer.coverage import coverage
from core import thesaurus
from core.settings import Settings
from core.terms import terms
from core.types import Coverage
from retrieval.plan import understand
from tests.answering import ask
from tests.retrieval.conftest import make_chunk

# a fire authority's agenda: the chair's announcements, as its committee site prints them
NOTICE = ("3. Chair's Announcements\n\nThere will be a vote of thanks for Councillor Ruth Okafor who left the "
          "Authority in February. The Authority will also welcome Councillor Dev Patel from Northmoor Council.")
OTHER = ("5. Minutes\n\nMembers are asked to agree the minutes of the meeting held on 12 January 2022. "
         "6. Budget\n\nThe Treasurer presented the revenue budget for 2022/23.")


def test_a_member_who_left_is_one_who_stood_down():
    chunks = [make_chunk("notice", NOTICE, meeting_date="2022-03-09", doc_type="agenda", item="3. Chair's Announcements"),
              make_chunk("other", OTHER, meeting_date="2022-03-09", doc_type="agenda")]
    idf = {t: 2.0 for t in terms(NOTICE + " " + OTHER + " housing planning waste libraries")}
    plan = understand("Which councillor stood down from the Authority in February 2022?", Coverage.of(chunks))
    words = set(terms(NOTICE))
    near = thesaurus.held(plan.expansions, words)
    assert "stood" in near
    assert coverage(plan, [NOTICE], idf, 2.0, near) >= Settings().min_coverage
    answer = ask("Which councillor stood down from the Authority in February 2022?", chunks, idf=idf)
    assert answer.answered and "Ruth Okafor" in answer.answer, answer.answer
