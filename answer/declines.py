"""The reasons' wording of the declines with a reason ("The passages on this subject record no vote.", "The papers
do not say that the council closed the school; they record: ..."). The checks that decline live by the reason they
give: answer.declines_period (another period asked), declines_figures (figures and sums not given),
declines_people (people and roles not named), declines_outcomes (outcomes and acts not done or not recorded),
declines_asked (the kind of thing asked not given), declines_neighbour (a fact of something else), reading the
ranked sentences with answer.declines_reading. Each check takes the question's plan, the ranked sentences and the
fact the answer would open with; the answerer (answer.extractive) runs them in its order and declines on the first
that holds."""

from __future__ import annotations

# the reasons a decline gives, before "The papers in the index do not answer this."
NO_VOTE = "The passages on this subject record no vote."
NO_VOTE_COUNT = "The passages on this subject record the vote but not how many voted each way."
NO_VOTE_BY = "The passages on this subject record no vote by {person}."
NO_SPEAKER = "The passages on this subject name no one who spoke {side} it."
NO_SUM = "The passages on this subject give no sum of money."
NO_FIGURE = "The passages on this subject give no figure for it."
NO_COST = "The passages on this subject give sums set aside or raised for it, not what it cost."
NO_EXTRA = "The passages on this subject give no sum added to it, only its whole."
NO_DECISION = "The passages on this subject are an agenda's, which records no decision."
NO_DECISION_ON = "The passages on this subject speak of it but record no decision on it."
NO_COUNT = "The passages on this subject give no number of what was asked about."
NOT_MENTIONED = "The papers do not mention \"{word}\"."
NO_ATTENDANCE = "The passages on this meeting record no list of who attended."
NO_CLOSING = "The minutes found do not say when the meeting closed."
PREDATES = "The passages on this subject were written before {period}, so they cannot say what happened in it."
NO_FIGURE_YET = "The passages on this subject were written before {period} and give no figure for it."
NO_OUTCOME = "The passages on this subject speak of it only as something to come; they record no outcome."
NO_DATE = "The passages on this subject give no date for it."
NO_DATE_DONE = "The passages on this subject give no date for it and do not record it as done."
NO_DATE_BEFORE = "The passages on this subject report it as done by the time of their meeting, not when it was done."
NO_NAME = "The passages on this subject do not name the person asked about."
NO_MOVER = "The minutes on this subject do not record who proposed or seconded it."
NO_DATE_THEN = "The passages on this subject give no date for it in {period}."
FALSE_PREMISE = "The papers do not say that {doer} {done} {thing}; they record: \"{said}\" [{n}]."
NOT_DONE = "The papers record that it did not take place: \"{said}\" [{n}]."
NOT_DECIDED = "The papers record it {done}, not decided: \"{said}\" [{n}]."
NO_OPTION_ADOPTED = "The passages on this subject give figures only as options or possibilities, not as decided."
NO_ACTUAL = "The passages on this subject give only what it was expected to come to, not what it came to."
NO_FIGURE_THEN = "The passages on this subject give no figure for {period}."
NO_OFFICE_THEN = "The passages that name a {office} are of other years than {period}."
# the answer's figure or date is of a neighbouring subject: the passages naming what the question
# names ("Paxoboard", a supplier other passages print) give none
NO_FIGURE_ON = "The passages that mention \"{word}\" give no figure for it."
NO_DATE_ON = "The passages that mention \"{word}\" give no date for it."
