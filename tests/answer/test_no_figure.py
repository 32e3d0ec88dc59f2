"""A how much / how many question whose subject the passages hold without a figure is declined, when
every figure they give is about something else (answer/declines.py no_figure_on_subject)."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

OAK = ("The Jubilee oak was planted on the village green by the Community Council and the school.\n\n"
       "The Treasurer reported that the Project Account balance stands at £1.96 and the Christmas lights "
       "event raised £700.")


def test_a_figure_about_something_else_does_not_answer_how_much_the_subject_cost():
    chunk = make_chunk("oak", OAK, meeting_date="2025-10-07", doc_type="minutes", title="Minutes")
    answer = ask("How much did the Community Council pay for the Jubilee oak?", [chunk])
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject give no figure for it.")


def test_a_figure_with_the_subject_or_in_the_sentence_after_it_answers():
    chunk = make_chunk("oak", OAK.replace("and the school.", "and the school at a cost of £450."),
                       meeting_date="2025-10-07", doc_type="minutes", title="Minutes")
    assert "£450" in first_line(ask("How much did the Community Council pay for the Jubilee oak?", [chunk]))
    chunk = make_chunk("oak", OAK.replace("and the school.", "and the school. The tree cost £450."),
                       meeting_date="2025-10-07", doc_type="minutes", title="Minutes")
    assert "£450" in ask("How much did the Community Council pay for the Jubilee oak?", [chunk]).answer


# an online meeting's attendance line, the count of guests in words, and a figure about something else
ZOOM = ("Fellside Parish Council - 19th January 2021\n"
        "Due to Coronavirus the Parish Council held a zoom meeting\n\n"
        "Present\nCouncillors A Hale (Chair), B Lowe and C Marsh   Clerk Mrs D Shaw  plus eight guests\n\n"
        "21.01.06 Cart Roads\nCouncillor Lowe asked a local firm for a rough estimate and received a quote "
        "of £24k +vat for a tarmac topping only.")

# a grant schedule's row: the club is named, and its members are counted two sentences later
GRANT = ("Riverside Boxers\tRegistered Charity & Community Group\n"
         "Riverside Boxers is seeking funding for its 2024 running costs, which include hall hire "
         "and insurance. This will allow the club to keep offering two evening sessions a week for "
         "young people. There are currently 45 members who each pay £10.00 per month. The club has "
         "been running for about 12 years.\n\n"
         "Total requested: £3,200")


def test_a_count_of_the_thing_asked_written_in_words_answers_how_many():
    chunk = make_chunk("zoom", ZOOM, meeting_date="2021-01-19", doc_type="minutes", title="Minutes")
    answer = ask("How many guests joined the Fellside Parish Council zoom meeting?", [chunk])
    assert answer.answered
    assert "plus eight guests" in first_line(answer) and "£24k" not in first_line(answer)
    assert first_line(answer).startswith("**Figure:**")


def test_a_count_later_in_the_paragraph_naming_the_subject_answers_how_many():
    chunk = make_chunk("grant", GRANT, meeting_date="2024-03-12", doc_type="report", title="Grant applications")
    answer = ask("How many members does Riverside Boxers have?", [chunk])
    assert answer.answered
    assert "45 members" in first_line(answer) and "£3,200" not in first_line(answer)


def test_a_count_of_people_further_down_does_not_outrank_the_figure_naming_the_subject():
    text = ("Consultation had received 1,118 responses, 58 per cent of which disagreed with closing the "
            "Marlowe Road youth centre.\n\n"
            "Councillor Bello and the Corporate Director responded to questions. Members heard that 412 "
            "young people had used the Marlowe Road centre in the last year.")
    chunk = make_chunk("youth", text, meeting_date="2025-11-19", doc_type="minutes", title="Minutes")
    assert "1,118 responses" in first_line(ask("how many people responded to the youth service consultation", [chunk]))


# a quote the councillor received for one job, and the job the question asks about, on the next page without a sum
QUOTE = ("21.01.06 Cart Roads\nBefore the meeting Councillor Lowe asked a local firm for a rough estimate and "
         "received a quote of £24k +vat for a tarmac topping only.")
PLANINGS = ("The Councillors propose filling the pot holes as soon as possible, Councillor Lowe to order "
            "scalpings. Some residents offered to help when a date is set.")


def test_a_figure_holding_only_the_persons_name_is_not_the_cost_of_the_thing_asked():
    chunks = [make_chunk("quote", QUOTE, meeting_date="2021-01-19", doc_type="minutes", title="Minutes",
                         page_start=2, page_end=2),
              make_chunk("planings", PLANINGS, meeting_date="2021-01-19", doc_type="minutes", title="Minutes",
                         page_start=3, page_end=3)]
    answer = ask("How much did the scalpings Councillor Lowe ordered cost Fellside Parish Council?", chunks)
    assert not answer.answered
    chunks[1] = make_chunk("planings", PLANINGS + " The scalpings cost £180.", meeting_date="2021-01-19",
                           doc_type="minutes", title="Minutes", page_start=3, page_end=3)
    assert "£180" in first_line(ask("How much did the scalpings Councillor Lowe ordered cost Fellside Parish "
                                    "Council?", chunks))

