"""The default plain-words thesaurus knows the civic offices: minutes extend "the terms of office of the civic
office holders" where a resident asks how long "the mayor and sheriff" get to "stay on" (general UK
local-government words; the question and page are written for these tests)."""
from __future__ import annotations

from core import thesaurus
from tests.retrieval.conftest import make_chunk
from tests.answering import ask, first_line


def test_the_mayor_and_sheriff_staying_on_are_the_civic_office_holders_terms_of_office():
    alternatives = {a for e in thesaurus.default().expand("how long can the mayor and sheriff stay on")
                    for a in e.alternatives}
    assert "civic office holders" in alternatives and "terms of office" in alternatives, alternatives


def test_how_long_the_mayor_stays_on_is_the_term_the_civic_office_holders_serve():
    chunks = [make_chunk("terms", "Council resolved to extend the terms of office of the civic office holders, and "
                         "to appoint them again from 1 October 2020, with the intention that they serve a 12 month "
                         "term.", meeting_date="2020-06-10", doc_type="minutes", title="Minutes", is_resolution=True,
                         item="4. Extension of the terms of office of the civic office holders",
                         council="Exampleton City Council"),
              make_chunk("tribute", "He had held each civic post, Sheriff and Lord Mayor, and was Leader of the Council "
                         "from 1990 to 1994.", meeting_date="2014-02-03", doc_type="minutes", title="Minutes",
                         council="Exampleton City Council")]
    line = first_line(ask("how long do the mayor and sheriff of exampleton get to stay on after the change", chunks))
    assert "12 month term" in line, line
