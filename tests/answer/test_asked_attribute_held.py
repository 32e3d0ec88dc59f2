"""What a question asks of its subject must be in what the answer quotes: the kind of time it asks (a time of
day, a day, a length of time), the period (a balance of a month is of its paper's month), the person in the role
asked (of the body asked), the part of a whole it counts, and the matter it asks what was said about. Minutes
that speak of the subject without it are declined, and their near-twins that print it are answered."""
from __future__ import annotations

from core.terms import terms
from retrieval.plan import JUDGEMENT_ASKED, understand
from core.types import Coverage
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

BONFIRE = ("9. Bonfire Night\n\nThe bonfire on the recreation ground was well attended, with around 150 people from "
           "the village. The council thanked the scouts who built it. £210 was collected for the air ambulance.")
BONFIRE_LIT = BONFIRE.replace("well attended,", "lit at 7.15pm and well attended,")


def _minutes(text: str, date: str = "2023-11-07", item: str | None = None, cid: str = "m"):
    return make_chunk(cid, text, meeting_date=date, doc_type="minutes", title="Minutes", item=item,
                      council="Hallbrook Parish Council")


def _idf(*texts: str) -> dict[str, float]:
    return {t: 2.0 for text in texts for t in terms(text)}


def test_a_time_of_day_asked_is_declined_when_the_minute_gives_none():
    answer = ask("What time was the Hallbrook bonfire lit?", [_minutes(BONFIRE, item="9. Bonfire Night")])
    assert not answer.answered, answer.answer
    assert "time of day" in answer.answer


def test_a_time_of_day_printed_answers():
    answer = ask("What time was the Hallbrook bonfire lit?", [_minutes(BONFIRE_LIT, item="9. Bonfire Night")])
    assert answer.answered, answer.answer
    assert "7.15pm" in answer.answer


LIBRARY = ("4. Library\n\nMembers were concerned that the library's opening hours would be cut from 30 to 12 a week "
           "once it moves into the community centre. The Clerk to write to the county council.")


def test_the_days_asked_are_declined_when_only_the_hours_are_given():
    answer = ask("On which days will the Hallbrook library open once it moves into the community centre?",
                 [_minutes(LIBRARY, item="4. Library")])
    assert not answer.answered, answer.answer
    assert "no day" in answer.answer


def test_the_days_printed_answer():
    text = LIBRARY.replace("The Clerk", "It will open on Tuesdays and Thursdays. The Clerk")
    answer = ask("On which days will the Hallbrook library open once it moves into the community centre?",
                 [_minutes(text, item="4. Library")])
    assert answer.answered, answer.answer
    assert "Tuesdays" in answer.answer


MAST = ("6. Planning Applications\n\n- Erection of temporary 50m high anemometer mast on land north of Moorside "
        "Farm. No objection.")
QUARRY = ("At the current rate of extraction of 40,000 tonnes a year the quarry has a remaining permitted life of "
          "some 30 years.")


def test_a_length_of_time_of_another_matter_is_no_length_of_the_one_asked():
    mast = _minutes(MAST, item="6. Planning Applications")
    quarry = make_chunk("q", QUARRY, meeting_date="2024-03-04", doc_type="report", title="Minerals Plan",
                        council="Northshire County Council", committee="Cabinet")
    answer = ask("How long will the temporary anemometer mast at Moorside Farm stay up?", [mast, quarry])
    assert not answer.answered, answer.answer
    assert "length of time" in answer.answer


def test_a_length_of_time_of_the_matter_answers():
    mast = _minutes(MAST.replace("Farm.", "Farm, for a period of 3 years."), item="6. Planning Applications")
    answer = ask("How long will the temporary anemometer mast at Moorside Farm stay up?", [mast])
    assert answer.answered, answer.answer
    assert "3 years" in answer.answer


BALANCE = "11. Treasurer's Report\n\nThe Treasurer reported that the Reserve Account stood at £1,204.50."


def test_a_balance_printed_without_its_month_is_of_its_papers_month():
    # asked a month a year before the paper: its balance "stood at" when the paper was written, not then
    answer = ask("What was Hallbrook Parish Council's Reserve Account balance in November 2022?",
                 [_minutes(BALANCE, item="11. Treasurer's Report")])
    assert not answer.answered, answer.answer


def test_a_balance_of_the_month_asked_answers():
    answer = ask("What was Hallbrook Parish Council's Reserve Account balance in November 2023?",
                 [_minutes(BALANCE, item="11. Treasurer's Report")])
    assert answer.answered, answer.answer
    assert "1,204.50" in answer.answer


RESURFACING = ("7. Car Park\n\nPrior to the meeting Councillor Patel spoke to a surveyor from a local firm, who "
               "quoted £12,000 for resurfacing the car park. No drainage work was included.")


def test_a_role_said_of_no_one_in_particular_names_no_one():
    answer = ask("Who was the surveyor who quoted for resurfacing the Hallbrook car park?",
                 [_minutes(RESURFACING, item="7. Car Park")])
    assert not answer.answered, answer.answer
    assert "no one as its surveyor" in answer.answer


def test_a_person_named_in_the_role_answers():
    text = RESURFACING.replace("a surveyor from a local firm, who", "Tom Hughes, surveyor at Brightwell Associates, who")
    answer = ask("Who was the surveyor who quoted for resurfacing the Hallbrook car park?",
                 [_minutes(text, item="7. Car Park")])
    assert answer.answered, answer.answer
    assert "Tom Hughes" in first_line(answer)


APOLOGIES = "## Apologies for Absence\n\n- Jane Moss — _Chair_\n- Peter Lowe"
YOUTH = ("## Youth Club\n\nTwo members attended on behalf of the youth club. They asked whether the council could "
         "help with the hire of the hall.")


def test_the_councils_own_chair_is_not_the_chair_of_a_group_it_speaks_of():
    chunks = [_minutes(YOUTH, item="Youth Club", cid="y"), _minutes(APOLOGIES, item="Apologies for Absence", cid="a")]
    answer = ask("Who chairs the Hallbrook Youth Club?", chunks)
    assert not answer.answered, answer.answer
    assert "no one as its chair" in answer.answer


def test_the_chair_of_the_group_named_answers():
    text = YOUTH.replace("They asked", "Sam Reid, chair of the youth club, asked")
    answer = ask("Who chairs the Hallbrook Youth Club?", [_minutes(text, item="Youth Club")])
    assert answer.answered, answer.answer
    assert "Sam Reid" in answer.answer


def test_a_part_of_a_whole_is_not_counted_by_the_whole():
    idf = _idf(BONFIRE, "children")
    answer = ask("How many of the people at the Hallbrook bonfire were children?",
                 [_minutes(BONFIRE, item="9. Bonfire Night")], idf=idf)
    assert not answer.answered, answer.answer
    assert "children" in answer.answer


def test_the_whole_counted_answers_how_many_came():
    answer = ask("How many people came to the Hallbrook bonfire?", [_minutes(BONFIRE, item="9. Bonfire Night")],
                 idf=_idf(BONFIRE))
    assert answer.answered, answer.answer
    assert "150" in answer.answer


POLICE = ("4. Police Report\n\nPC Ardley reported that officers had dealt with 112 incidents in the parish in "
          "March, 17 were crime related. Of those 17 crimes there had been 2 burglaries and 5 thefts.")


def test_a_word_stressing_the_part_does_not_narrow_it():
    # "actual" crimes are the crimes: the count of them answers, as "how many were crimes" is answered
    idf = _idf(POLICE, "actual")
    for q in ("How many of the Hallbrook police incidents were actual crimes?",
              "How many of the Hallbrook police incidents were crimes?"):
        answer = ask(q, [_minutes(POLICE, date="2024-04-09", item="4. Police Report")], idf=idf)
        assert answer.answered, (q, answer.answer)
        assert "17" in first_line(answer), (q, answer.answer)
    # a part the minute does not count is still declined
    answer = ask("How many of the Hallbrook police incidents were actual assaults?",
                 [_minutes(POLICE, date="2024-04-09", item="4. Police Report")], idf=_idf(POLICE, "actual assaults"))
    assert not answer.answered, answer.answer


POLICY = ("5. Social Media Policy\n\nThe Clerk reported that a Social Media Policy is to be drafted, following "
          "advice from the county association, and placed on the website once approved.")


def test_what_a_paper_says_about_a_matter_is_declined_when_no_line_speaks_of_it():
    idf = _idf(POLICY, "complaints replying")
    answer = ask("What does Hallbrook Parish Council's Social Media Policy say about replying to complaints?",
                 [_minutes(POLICY, item="5. Social Media Policy")], idf=idf)
    assert not answer.answered, answer.answer
    assert "replying to complaints" in answer.answer


def test_what_was_said_about_a_matter_the_minute_speaks_of_answers():
    idf = _idf(POLICY)
    answer = ask("What did Hallbrook Parish Council say about its Social Media Policy?",
                 [_minutes(POLICY, item="5. Social Media Policy")], idf=idf)
    assert answer.answered, answer.answer
    assert "drafted" in answer.answer


def test_advice_and_a_verdict_on_worth_are_no_papers_to_give():
    coverage = Coverage.of([_minutes(RESURFACING)])
    for question in ("Should Hallbrook Parish Council resurface the car park?",
                     "Was the Hallbrook summer fete good value for money?"):
        assert understand(question, coverage).out_of_scope == JUDGEMENT_ASKED, question
    for question in ("Should the council tax be paid monthly?", "Should residents report potholes to the council?"):
        assert understand(question, coverage).out_of_scope != JUDGEMENT_ASKED, question
