"""Two faults of one kind of page, an authority's minutes saved short: a resident asks whether the authority has
"ever" used a power, and the minutes say both that none was used "since the last meeting" and, in the officer's
explanation beside it, that the authority "had never had recourse" to the power. "Ever" asks about all time: the
sentence saying it never was answers, though it names the power only as "these powers". And the page's last
line, cut off mid-word by the saved page ("... since t"), is never quoted: a quote must be whole (text written
for these tests)."""
from __future__ import annotations

import re

import pytest

from core.sentences import is_cut_off, whole_words_end
from tests.retrieval.conftest import make_chunk
from tests.answering import ask, first_line

MINUTES = ("Use of investigatory powers\n\n"
           "To note that no directed surveillance had been carried out by officers since the previous meeting.\n\n"
           "The Monitoring Officer explained that as a regulator of trading standards the Council had powers to carry "
           "out directed surveillance of traders. The Committee received a report on their use at each meeting. The "
           "Council had never used these powers since they were granted.\n\n"
           "To note that no directed surveillance had been carried out by officers since the previous mee")


def test_asked_whether_it_was_ever_done_the_sentence_saying_it_never_was_answers():
    chunk = make_chunk("ripa", MINUTES, meeting_date="2021-07-14", doc_type="minutes", title="Minutes",
                       council="Exampleshire County Council", committee="Audit Committee")
    answer = ask("has exampleshire council ever done directed surveillance on traders", [chunk])
    line = first_line(answer)
    assert "never used these powers" in line, line
    assert not re.search(r"since the previous mee(?!ting)", answer.answer), answer.answer


@pytest.mark.parametrize("text, cut", [
    ("To note that there had been no surveillance conducted by officers since t", True),
    ("He joined the service in 1990 before transfe", True),
    ("The minutes are attached as a pdf", False),
    ("Payment to be made by bacs", False),
    ("Members chose option b", False),
    ("Item deferred to the next meeting", False),
])
def test_a_sentence_cut_off_mid_word(text, cut):
    assert is_cut_off(text) is cut


SAVED_SHORT = ("Use of investigatory powers\n\n"
               "The Monitoring Officer explained that the Council had powers to carry out directed surveillance of "
               "traders, and that each use was reported to the Committee.\n\n"
               "To note that no directed surveillance had been carried out by officers since the previous mee")


def test_a_line_cut_off_mid_word_is_not_quoted():
    chunk = make_chunk("short", SAVED_SHORT, meeting_date="2021-07-14", doc_type="minutes", title="Minutes",
                       council="Exampleshire County Council", committee="Audit Committee")
    answer = ask("What did the Audit Committee note about directed surveillance carried out by officers?", [chunk])
    assert not re.search(r"since the previous mee(?!ting)", answer.answer), answer.answer


SITE_VISIT = ("Planning Committee\n\n"
              "SITE INSPECTIONS\n\n"
              "PL/112/23\n\n"
              "The Chairman advised that a site visit had been made that morning to the land at Mill Lane, application "
              "23/04411, so that two new Members who had not seen the site could view it before the deba")


@pytest.mark.parametrize("text, kept", [
    ("so that two new Members who had not seen the site could view it before the deba",
     "so that two new Members who had not seen the site could view it"),
    ("To note that no surveillance had been carried out since t", "To note that no surveillance had been carried out"),
    ("Members chose option b", "Members chose option b"),
])
def test_a_cut_off_line_keeps_its_whole_words(text, kept):
    assert text[:whole_words_end(text)] == kept


def test_a_line_cut_off_mid_word_still_answers_from_its_whole_words():
    chunk = make_chunk("visit", SITE_VISIT, meeting_date="2023-11-08", doc_type="minutes", title="Minutes",
                       council="Exampleshire District Council", committee="Planning Committee")
    answer = ask("did the planning committee go on a site visit in november 2023", [chunk])
    line = first_line(answer)
    assert "a site visit had been made that morning" in line, line
    assert "deba" not in answer.answer and "before the" not in line, answer.answer
