"""A sentence is embedded and scored with its item's name; under a general item ("5. Matters arising") a
parish's minutes print each matter as a lettered part with its own heading ("A) Telephone Box Discussion"),
and that heading is what the sentence is about. Text written for these tests."""
from __future__ import annotations

from core.contexts import sentence_context
from tests.retrieval.conftest import make_chunk

MATTERS = """5. Matters arising

A) Telephone Kiosk
Cllr Dean will replace the bulb.
The council decided to leave the kiosk as it is and not to use it as a book exchange.

B) Drainage
The blocked drain in Mill Lane has been reported to the county council."""


def test_a_sentence_under_a_lettered_parts_heading_is_read_with_it():
    chunk = make_chunk("m", MATTERS, item="5. Matters arising")
    assert sentence_context(chunk, "The council decided to leave the kiosk as it is and not to use it as a book exchange.") \
        == "5. Matters arising, A) Telephone Kiosk: The council decided to leave the kiosk as it is and not to use it " \
           "as a book exchange."
    assert sentence_context(chunk, "The blocked drain in Mill Lane has been reported to the county council.") \
        .startswith("5. Matters arising, B) Drainage: ")


def test_a_resolutions_lettered_parts_are_sentences_not_headings():
    text = ("RESOLVED:\na) To approve the minutes of the meeting held on 3 March 2022;\n"
            "b) To note the report.\nThe Chair signed the minutes.")
    chunk = make_chunk("r", text, item="12/22 Minutes")
    assert sentence_context(chunk, "The Chair signed the minutes.") == "12/22 Minutes: The Chair signed the minutes."
