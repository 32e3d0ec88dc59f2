"""Question understanding: a table of questions and the plan each must give."""
import pytest

from core.types import Coverage, Turn
from retrieval.plan import understand

COVERAGE = Coverage(frozenset({
    ("Exampleshire County Council", "Children and Young People Overview and Scrutiny Committee", "2022-11-08", "minutes"),
    ("Exampleshire County Council", "Children and Young People Overview and Scrutiny Committee", "2024-09-17", "report"),
    ("Exampleshire County Council", "Children and Young People Overview and Scrutiny Committee", "2024-09-17", "agenda"),
    ("Northmoor County Council", "Cabinet", "2025-01-30", "minutes"),
    ("Northmoor County Council", "Cabinet", "2025-03-04", "report"),
}))


@pytest.mark.parametrize("question, field, value", [
    ("What was agreed on 8th of November 2022?", "period", ("2022-11-08", "2022-11-08")),
    ("What is the overspend forecast for 2024/25?", "period", ("2024-04-01", "2025-03-31")),
    ("What did the Cabinet decide last year?", "period", ("2024-01-01", "2024-12-31")),
    ("What happened at the meeting on 4th-Mar-2025?", "period", ("2025-03-04", "2025-03-04")),
    ("What did Northmoor's Cabinet agree about devolution?", "council", "Northmoor County Council"),
    ("What did the Cabinet agree about devolution?", "committee", "Cabinet"),
    ("What did the children and young people overview & scrutiny committee resolve?", "committee",
     "Children and Young People Overview and Scrutiny Committee"),
    ("Who chaired the meeting?", "intent", "who"),
    ("How much is the overspend?", "intent", "quantity"),
    ("When will the plan be reviewed?", "intent", "when"),
    ("Do you know when the plan will be reviewed?", "intent", "when"),
    ("By when must councils apply?", "intent", "when"),
    ("what do young people get paid when they help the council out", "intent", "quantity"),   # a clause, not a date asked
    ("what happens to the money when a school closes", "intent", "general"),
    # a clause opening the question says in what case; the question word after it says what is asked
    ("when a streetlight goes out on our road how long do they take to fix it", "intent", "quantity"),
    ("when the bins are missed who are we supposed to ring", "intent", "who"),
    ("when the library shuts for the refit what happens to the toddler sessions", "intent", "general"),
    ("when is the library reopening after the refit", "intent", "when"),
    ("What precept did the parish council set for 2020/21?", "intent", "quantity"),   # a sum asked by its name
    ("What weekly allowance do foster carers get?", "intent", "quantity"),
    ("What grants did the committee approve?", "intent", "decision"),
    ("what does it cost a week to put one child in a children's home", "intent", "quantity"),
    ("is the number of kids in care going down", "intent", "quantity"),
    ("does birmingham get more money per person than us", "intent", "quantity"),
    ("what did the show end up costing the council", "intent", "quantity"),
    ("What did the 12 new electric refuse lorries for the northern depot cost?", "intent", "quantity"),
    ("What was the cost of the new footbridge?", "intent", "quantity"),
    ("What did the committee say about the cost of school uniforms?", "intent", "general"),
    ("which school was the pupil who won the art competition from", "intent", "general"),
    ("How many fathers who have been through the course went on to a second one?", "intent", "quantity"),
    ("Who chaired the committee on 18 June 2024?", "intent", "who"),
    ("Can you tell me who proposed the amendment?", "intent", "who"),
    ("Why did the committee turn down the floodlights grant?", "intent", "why"),
    ("What was the reason for the delay?", "intent", "why"),
    ("Which applications did the committee turn down?", "decision", True),
    ("How did members vote on the motion?", "intent", "vote"),
    # voted in as an office, onto a body, or off it: an election asked, not a tally
    ("who got voted in as chair of the parish council in 2015", "intent", "who"),
    ("Who was voted onto the town council at the by-election?", "intent", "who"),
    ("how many voted against the precept", "intent", "vote"),
    ("Summarise the Cabinet meeting of 4 March 2025", "intent", "summary"),
    ("What was agreed at the Cabinet meeting on 30 January 2025?", "intent", "summary"),
    ("What decisions were made at the committee's meeting on 18 June 2024?", "intent", "summary"),
    ("What was agreed about the budget?", "intent", "decision"),
    ("What did the committee resolve on self-harm?", "decision", True),
    ("Who chairs the committee now?", "latest", True),
    ("Who was off sick at the last meeting?", "latest", True),
    ("What was agreed at their last meeting about the play area?", "latest", True),
    ("When did the committee last discuss the play area?", "latest", False),
    ("What did the Cabinet decide last year?", "latest", False),
    ("What do the minutes say about transport?", "doc_type", "minutes"),
])
def test_a_question_gives_its_plan(question, field, value):
    plan = understand(question, COVERAGE)
    got = getattr(plan, field)
    if field == "period":
        got = (got.date_from, got.date_to)
    assert got == value


def test_a_named_council_is_a_hard_edge_and_a_named_committee_a_boost():
    plan = understand("What did Northmoor's Cabinet agree about devolution?", COVERAGE)
    assert plan.hard.council == "Northmoor County Council" and plan.committee == "Cabinet"
    assert any(f.committee == "Cabinet" for f in plan.soft)
    assert "northmoor" not in plan.topic_terms() and "devolution" in plan.topic_terms()


@pytest.mark.parametrize("question, reason", [
    ("How many school places did Exampleshire add in 2019?",
     "The index holds no Exampleshire County Council papers from 2019."),
    ("What did we agree about school transport in 2019?", "The index holds no papers from 2019."),
    ("What did the Cabinet decide on 12 March 2024?", "The index holds no Cabinet papers for a meeting on 12 March 2024."),
    ("What has Southmoor Borough Council agreed about parking?", "The index holds no papers from Southmoor Borough Council."),
    # a council of the UK named by its place alone, as the body that acts (core/uk_councils.txt)
    ("Did Bristol's transport committee approve the workplace parking levy?",
     "The index holds no papers from Bristol City Council."),
    ("What has Maidstone agreed about the bus station?", "The index holds no papers from Maidstone Borough Council."),
    ("What did the committee resolve on 17 September 2024?",
     "The index holds no minutes of a meeting on 17 September 2024, so it cannot say what was decided."),
    ("Who sent apologies to the committee meeting on 17 September 2024?",       # only minutes record who came
     "The index holds no minutes of a meeting on 17 September 2024, so it cannot say who attended."),
    # the newest Northmoor paper (4 March 2025) was written before the quarter it is asked about ended
    ("What share of potholes did Northmoor repair in 28 days in Quarter 4 2024/25, January to March 2025?",
     "The index holds no Northmoor County Council papers written after the quarter January to March 2025 ended, "
     "so none can report that quarter's figures."),
])
def test_a_scope_the_index_does_not_hold_is_declined_in_one_line(question, reason):
    assert understand(question, COVERAGE).out_of_scope == reason


@pytest.mark.parametrize("question", [
    "How many school places did Exampleshire add in 2022?",
    "What was the overspend forecast at quarter 2 2024/25?",       # reported after the quarter ends
    "What did the Cabinet agree in January 2025?",
    "How many school places did Exampleshire add in 2021?",        # figures are reported after their year
    "What was the teenage conception rate in 2020?",
    "How many school places were added in Maidstone in 2022?",      # a place inside a council, not a body
    "Reading the report, what did the Cabinet agree in January 2025?",
    # a meeting decides on a quarter's figures once the quarter has ended (the January 2025 Cabinet)
    "What did Northmoor's Cabinet decide about the budget variations at quarter 3 2024/25?",
])
def test_a_scope_the_index_holds_is_answered(question):
    assert understand(question, COVERAGE).out_of_scope is None


# a parish council that is its own meeting body; one of its papers names neither council nor body
PARISH = Coverage(COVERAGE.papers | {
    ("Lowfield Parish Council", "Lowfield Parish Council", "2019-10-01", "minutes"),
    ("Lowfield Parish Council", "Lowfield Parish Council", "2012-03-06", "minutes"),
    (None, None, "2025-10-07", "minutes"),
})


@pytest.mark.parametrize("question", [
    "What did Lowfield Parish Council agree about the flag in 2025?",        # a paper with no body named may be its
    "When is Lowfield Parish Council's next meeting after the one on 7 October 2025?",
    "Who proposed and seconded approval of the September 2019 minutes at Lowfield Parish Council?",  # approved in October
])
def test_papers_whose_body_is_unknown_and_minutes_approved_later_are_in_scope(question):
    assert understand(question, PARISH).out_of_scope is None


@pytest.mark.parametrize("question, reason", [
    ("Who chaired Lowfield Parish Council's meeting on 4 November 2026?",
     "The index holds no Lowfield Parish Council papers for a meeting on 4 November 2026."),   # named once
    ("What did Lowfield Parish Council decide in September 2019?",
     "The index holds no Lowfield Parish Council papers for a meeting in September 2019."),    # not its minutes
])
def test_a_parish_councils_missing_meeting_is_declined_naming_it_once(question, reason):
    assert understand(question, PARISH).out_of_scope == reason


# a council's page saved from its committee site with no meeting date on it (an item's minutes page):
# the council's paper, date unknown, may be of any period asked about
UNDATED = Coverage(COVERAGE.papers | {
    ("Hollybank Borough Council", None, None, "report"),
    ("Hollybank Borough Council", "Planning Committee", "2015-03-25", "minutes"),
    (None, "Licensing Sub-Committee", None, "minutes"),
})


@pytest.mark.parametrize("question", [
    "Who seconded the 2018/19 budget at Hollybank Borough Council?",
    "What did Hollybank Borough Council decide in February 2018?",
    "What did the Licensing Sub-Committee decide in June 2021?",
])
def test_an_undated_paper_of_the_council_or_committee_asked_keeps_any_period_in_scope(question):
    assert understand(question, UNDATED).out_of_scope is None


@pytest.mark.parametrize("question, reason", [
    # an undated paper of another council, or of no known committee, says nothing of this one's meetings
    ("What did Northmoor County Council decide in June 2021?",
     "The index holds no Northmoor County Council papers for a meeting in June 2021."),
    ("What did the Cabinet decide in June 2021?", "The index holds no Cabinet papers for a meeting in June 2021."),
])
def test_an_undated_paper_elsewhere_leaves_a_missing_period_declined(question, reason):
    assert understand(question, UNDATED).out_of_scope == reason


def test_a_council_no_known_paper_is_from_is_left_to_the_answer_when_some_councils_are_unknown():
    # some papers' council is not known (UNDATED holds one of no council): one may be Maidstone's
    plan = understand("What did Maidstone Borough Council agree about the bus station?", UNDATED)
    assert plan.out_of_scope is None and plan.unheld_council == "Maidstone Borough Council"
    # every paper's council known: declined at once, as before
    assert understand("What did Maidstone Borough Council agree about the bus station?", COVERAGE).out_of_scope == \
        "The index holds no papers from Maidstone Borough Council."
    assert understand("What did Hollybank Borough Council agree about the bus station?", UNDATED).unheld_council is None


# -- follow-ups: what stands alone is never rewritten -----------------------------------------
A46 = [Turn("user", "How much will the A46 crossing cost?"),
       Turn("assistant", "The Highways Committee was told the crossing will cost £4.2m [1].")]
HEALTH = [Turn("user", "What did the committee resolve about mental health in November 2022?"),
          Turn("assistant", "It set up a Working Group on Mental Health [1].")]


@pytest.mark.parametrize("history, question, standalone_has, rule", [
    (A46, "Who chaired the Highways Committee on 3 May 2023?", "Who chaired the Highways Committee on 3 May 2023?",
     "as asked"),                                                  # new date, new committee: stands alone
    (A46, "And when will it open?", "A46", "rewritten"),             # pronoun + ellipsis
    (HEALTH, "And in 2023?", "2023", "rewritten"),                   # new date only
    (HEALTH, "What about the SEND update?", "SEND update", "rewritten"),   # new subject, leaning
    (HEALTH, "Who proposed it?", "mental health", "rewritten"),       # pronoun
    (HEALTH, "What did the Cabinet decide about school transport funding?",
     "What did the Cabinet decide about school transport funding?", "as asked"),   # new subject, new committee
])
def test_follow_ups_are_resolved_and_new_questions_left_alone(history, question, standalone_has, rule):
    plan = understand(question, COVERAGE, history)
    assert standalone_has in plan.standalone
    assert plan.rule == rule


def test_plain_words_are_searched_in_the_papers_words_too():
    from core.settings import Settings

    plan = understand("roughly how many kids in care were there at the end of 2022", COVERAGE)
    assert [e.phrase for e in plan.expansions] == ["kids in care"]
    assert plan.papers_words.startswith("roughly how many children looked after were there")
    # searched without the filler ("roughly"), with the papers' words after
    assert plan.search_text == "how many kids in care were there at the end of 2022 (children looked)"
    assert plan.text == plan.standalone          # what the answer is judged against stays as asked
    off = understand("roughly how many kids in care were there", COVERAGE, settings=Settings(thesaurus=False))
    assert off.expansions == [] and off.papers_words == off.standalone and off.search_text == "how many kids in care were there"
    # a question in the papers' own words is searched as it is
    same = understand("How many children looked after were there?", COVERAGE)
    assert same.papers_words == same.standalone


def test_a_periods_figures_are_looked_for_in_later_papers_but_its_meetings_in_it():
    figures = understand("How many new plans were issued in 2023?", COVERAGE)
    meeting = understand("What did the committee resolve in 2023?", COVERAGE)
    assert figures.soft[0].date_from == meeting.soft[0].date_from == "2023-01-01"
    assert meeting.soft[0].date_to == "2023-12-31"
    assert figures.soft[0].date_to == "2024-12-30"      # a year on: the papers that report 2023's figures


def test_an_agm_is_a_meeting_looked_for_in_its_month():
    # "when did the AGM finish in May": the AGM's own minutes, not another meeting's closing time
    # reported later (an AGM is a meeting, though the question never says "meeting")
    agm = understand("What time did the AGM finish in May 2018?", COVERAGE)
    assert agm.soft[0].date_from == "2018-05-01" and agm.soft[0].date_to == "2018-05-31"


def test_words_naming_the_committee_asked_about_are_not_plain_words():
    coverage = Coverage(frozenset({("Lowfield Town Council", "Amenities, Leisure and Community Services", "2018-03-13",
                                    "minutes")}))
    plan = understand("Why did the Amenities committee turn down the floodlights grant?", coverage)
    assert [e.phrase for e in plan.expansions] == ["turn down"]
    assert plan.papers_words == "Why did the Amenities committee rejected the floodlights grant?"
    # the same word asked as a resident's word is expanded
    plan = understand("Are the amenities in the park being improved?", coverage)
    assert "amenities" in [e.phrase for e in plan.expansions]


def test_filler_is_not_searched_or_weighed():
    plan = understand("is it true the county will end up with a brand new mayor then", COVERAGE)
    assert "brand" not in plan.topic_terms() and "end" not in plan.topic_terms() and "mayor" in plan.topic_terms()
    assert "brand" not in plan.search_text


@pytest.mark.parametrize("question, people", [
    ("what did cllr hargreaves say about closing the family hub", [("cllr hargreaves", {"hargreav"})]),
    ("What did Councillor Ruth Adeyemi ask?", [("Councillor Ruth Adeyemi", {"ruth", "adeyemi"})]),
    ("Did Mr Okafor and Mrs Dale vote for it?", [("Mr Okafor", {"okafor"}), ("Mrs Dale", {"dale"})]),
    ("Who is the chair?", []),
    # what the person did, in the past tense after the title, is not their name; a name ending "-ed" still is
    ("which ashby parish councillor resigned by email in 2010", []),
    ("Which councillor stepped down in May?", []),
    ("What did Councillor Ahmed say about the library?", [("Councillor Ahmed", {"ahm"})]),
])
def test_persons_named_by_a_title_are_read_without_the_everyday_words_after_them(question, people):
    assert understand(question, COVERAGE).people == people


def test_a_plain_word_the_papers_print_is_kept_in_the_papers_words():
    # the thesaurus files "visitors" under tourism; a council whose papers print "Visitor Permits" means them
    q = "will my visitors have to pay to park outside my house now?"
    assert "tourism" in understand(q, Coverage()).papers_words
    plan = understand(q, Coverage(), vocabulary={"visitors": 12, "visitor": 30})
    assert "visitors" in plan.papers_words and "tourism" not in plan.papers_words
    assert "tourism" in plan.search_text          # still searched with the thesaurus's forms
    rare = understand(q, Coverage(), vocabulary={"visitors": 1})
    assert "tourism" in rare.papers_words         # printed once is not the papers' word
    common = understand(q, Coverage(), vocabulary={"visitors": 12, "tourism": 40})
    assert "tourism" in common.papers_words       # the papers print the official word more: theirs


def test_the_word_running_a_period_on_is_scope_not_subject():
    # "from November 2012 onwards": the papers of that meeting need not print "onwards" to answer
    plan = understand("How often did the council resolve to meet from November 2012 onwards?", COVERAGE)
    assert plan.period is not None
    assert "onward" not in plan.topic_terms() and "onwards" not in plan.topic_terms()
