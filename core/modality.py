"""Tense and modality: the words that put what a sentence speaks of in the future, in doubt, among
choices or in a forecast ("intends to conduct a referendum", "there would need to be 3,000 tickets
sold", "It is envisaged that ticket pricing would be ...", "Option 2: could raise £6m"), and the words
by which a question asks what happened or what is to come ("what did the council decide" against
"what will the council charge"). A paper that says a thing is to come, possible or expected does not
record it as done. Pure patterns over text; no council's wording.
"""
from __future__ import annotations

import re

# the word groups the patterns below share
_FUTURE = r"will|would|shall"
_DOUBT = r"could|should|may|might"
_CONDITION = r"if|whether"

# words that put what follows them in the future or in doubt: "intends to conduct a referendum",
# "if and when an application is submitted", "a request to be included"
FUTURE_OR_DOUBT = re.compile(rf"\b(?:{_FUTURE}|intends?|intended|intention|plan(?:s|ned|ning)?|propos(?:e|es|ed|al)|"
                             rf"{_CONDITION}|hopes?|hoped|expects?|expected|aims?|seeks?|sought|requests?|requesting|"
                             rf"due|future|{_DOUBT})\b", re.I)
# ... and before a count of what was done, the words that make it a count needed or hoped for, not one got
# ("there would need to be 3,000 tickets sold"); not the nouns of FUTURE_OR_DOUBT ("Care Plans issued",
# "requests received")
COUNT_HOPED_FOR = re.compile(rf"\b(?:{_FUTURE}|{_DOUBT}|needs?\s+to|{_CONDITION}|expect\w*|forecast\w*|"
                             r"target\w*|aim\w*|hope\w*|intend\w*|planned|propose[ds]?)\b", re.I)
# the words that make a figure a projection, not a result: "It is envisaged that ticket pricing would be ...",
# "income ... is expected to contribute at least £25,000", "indicative only"
PROJECTION = re.compile(r"\b(?:envisag\w*|estimat\w*|anticipat\w*|indicative|projected|projection|forecast\w*|expected|"
                        rf"expects?|would|{_DOUBT}|budgeted|assum\w*|if)\b", re.I)
# a figure put as one of a report's choices or as a possibility: "Option 2:", "option A", "is an option", "the
# alternative of", "could raise", "a possible charge"
POSSIBILITY = re.compile(r"\b(?:options?|alternatives?|could|might|possible|possibly|potential(?:ly)?)\b", re.I)

# a question about what happened (past tense), not a plan, forecast or budget for the period
ASKED_DONE = re.compile(r"\b(?:did|was|were|had|has been|have been)\b", re.I)
# a question about what is to come: "what will ...", "what is planned for ...", "the budget for next year"
# ("planning" names a committee, an application or permission as often as a plan: "the planning committee")
ASKED_AHEAD = re.compile(r"\b(?:will|would|going to|plans?|planned|planning\s+(?:to|for|on)|expect\w*|forecast\w*|budget\w*|"
                         r"target\w*|due|scheduled)\b", re.I)

AHEAD_WORDS = 8            # how near before the thing a word must be to put it in the future


def put_ahead(sentence: str, spots: list[int], words: re.Pattern = FUTURE_OR_DOUBT) -> bool:
    """The sentence names the thing (at `spots`) only a few words (AHEAD_WORDS) after one of `words`,
    putting it in the future or in doubt ("intends to conduct a referendum"); False when it does not
    name it."""
    return bool(spots) and all(words.search(" ".join(sentence[:at].split()[-AHEAD_WORDS:])) for at in spots)
