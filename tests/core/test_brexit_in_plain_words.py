"""The default plain-words thesaurus knows Brexit: papers say "exiting the EU", "withdrawal from the European
Union", "a People's Vote" where a resident asks about "brexit" or "a second referendum" (general UK words; the
question is written for this test)."""
from __future__ import annotations

from core import thesaurus


def test_brexit_is_the_papers_exit_from_the_european_union():
    alternatives = {a for e in thesaurus.default().expand("did the town council ask for a second brexit referendum")
                    for a in e.alternatives}
    assert "exiting the eu" in alternatives, alternatives
    alternatives = {a for e in thesaurus.default().expand("what did councillors say about brexit") for a in e.alternatives}
    assert alternatives & {"exiting the eu", "leaving the eu", "eu exit"}, alternatives
