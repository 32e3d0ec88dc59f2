"""A figure or a date of a neighbouring subject is not the answer (answer/extractive.py,
_of_a_neighbour): the question names something (a supplier, a contractor: a name that is no English
word) that the passages print, but not where the figure is said; unless a sentence said under that
name gives a figure (a date), the answer is declined, naming it."""
from __future__ import annotations

from core.terms import terms
from tests.answering import ask
from tests.retrieval.conftest import make_chunk

def _ask(question: str, chunks, rare: dict[str, float] | None = None):
    idf = {t: 3.0 for c in chunks for t in terms(c.text)}
    idf.update(rare or {})
    return ask(question, chunks, idf=idf)


NOTICEBOARD = ("5.2c) Noticeboard for the Green: two quotations had been received, from Parkside Signs (£980.00) "
               "and Streetline (£1,120.00). Local firm Oakframe could make one to order and Cllr Reeve would ask "
               "them for a price.\n\n"
               "5.2d) Cllr Reeve reported that Oakframe had been asked for a price for the noticeboard.")


def test_a_named_supplier_the_figures_are_not_of_is_a_neighbour():
    # "Oakframe" is no English word: a name, however common in the papers; "5.2d)" numbers the paragraph
    chunk = make_chunk("nb", NOTICEBOARD, meeting_date="2021-03-10", doc_type="minutes", title="Minutes",
                       item="5. Matters Arising")
    answer = _ask("How much did the Oakframe noticeboard cost?", [chunk], {})
    assert not answer.answered, answer.answer
    assert answer.answer.startswith('The passages that mention "Oakframe" give no figure for it.')
    # the supplier's own figure answers
    chunk = make_chunk("nb", NOTICEBOARD + " Oakframe quoted £1,050.00 for the noticeboard.",
                       meeting_date="2021-03-10", doc_type="minutes", title="Minutes", item="5. Matters Arising")
    answer = _ask("How much did the Oakframe noticeboard cost?", [chunk], {})
    assert answer.answered and "£1,050.00" in answer.answer, answer.answer


# (the roadworks lay "fibre" ducts: a shorter word the name opens is not the name)
ROADWORKS = ("Highways update: The A512 closure for new fibre ducts was extended after the contractor met difficulties on site. "
             "They anticipate the works will be finished and the road reopened on 19th July.")
BROADBAND = ("Broadband\n\n"
             "A representative of Fibrelink presented plans to bring full fibre to over 400 premises in the "
             "village, subject to survey.")


def test_a_date_said_without_the_name_the_question_asks_of_is_a_neighbours():
    chunks = [make_chunk("road", ROADWORKS, meeting_date="2019-06-24", doc_type="minutes", title="Minutes",
                         item="8. Updates"),
              make_chunk("bb", BROADBAND, meeting_date="2024-10-28", doc_type="minutes", title="Minutes",
                         item="4. Presentations", source="corpus/y.txt", source_sha256="1" * 64)]
    answer = _ask("When will Fibrelink finish the fibre works?", chunks)
    assert not answer.answered, answer.answer
    assert answer.answer.startswith('The passages that mention "Fibrelink" give no date for it.')
    # a date said under the name answers
    chunks[1] = make_chunk("bb", BROADBAND + " Fibrelink expect the works to be finished by March 2025.",
                           meeting_date="2024-10-28", doc_type="minutes", title="Minutes",
                           item="4. Presentations", source="corpus/y.txt", source_sha256="1" * 64)
    answer = _ask("When will Fibrelink finish the fibre works?", chunks)
    assert answer.answered and "March 2025" in answer.answer, answer.answer


QUOTES = ("Noticeboard for the Green\n\n"
          "Oakframe attended the meeting and presented a design in oak with a lockable glazed door. "
          "Their quotation for the noticeboard was £1,050.00, including fitting.")
LATER = "Cllr Reeve reported that Oakframe would deliver the noticeboard in May."


def test_a_name_said_in_the_sentences_before_the_figure_holds_it():
    chunks = [make_chunk("q", QUOTES, meeting_date="2021-03-10", doc_type="minutes", title="Minutes"),
              make_chunk("l", LATER, meeting_date="2021-04-14", doc_type="minutes", title="Minutes",
                         source="corpus/y.txt", source_sha256="1" * 64)]
    answer = _ask("How much was the Oakframe quotation for the noticeboard?", chunks)
    assert answer.answered and "£1,050.00" in answer.answer, answer.answer


def test_a_figure_whose_paragraph_runs_on_from_a_chunk_not_retrieved_is_not_judged():
    # the chunk opens mid-paragraph ("Their quotation ..."): what it is said under is in the chunk before
    chunks = [make_chunk("q", "Their quotation for the noticeboard was £1,050.00, including fitting.", meeting_date="2021-03-10",
                         doc_type="minutes", title="Minutes", position=3),
              make_chunk("l", LATER, meeting_date="2021-04-14", doc_type="minutes", title="Minutes",
                         source="corpus/y.txt", source_sha256="1" * 64)]
    answer = _ask("How much was the Oakframe quotation for the noticeboard?", chunks)
    assert answer.answered and "£1,050.00" in answer.answer, answer.answer
    # ... and read on into that chunk when it is a passage
    chunks.append(make_chunk("p", "Noticeboard for the Green\n\nParkside Signs sent a brochure of their boards.",
                             meeting_date="2021-03-10", doc_type="minutes", title="Minutes", position=2))
    answer = _ask("How much was the Oakframe quotation for the noticeboard?", chunks)
    assert not answer.answered, answer.answer


# a borough's register of decisions: the land's record gives a date and a reference, no sum; a county's budget
# report, a paragraph run on from a page no passage holds, gives a sum
REGISTER = ("14/05/2024 - ASSET DISPOSAL - LAND AT HOLLINSWOOD FARM ref: 2207    Recommendations Approved\n\n"
            "(i) That the disposal of the land at Hollinswood Farm, Mill Road, for industrial use, be approved.")
BUDGET = ("rate compensation grant results in a small net increase in the available base funding for the "
          "coming year of £42.7k, which is held in the land and property reserve.")


def test_a_date_or_a_reference_under_the_name_is_no_figure_of_it():
    chunks = [make_chunk("reg", REGISTER, meeting_date="2024-05-14", doc_type="report", title="Register of decisions",
                         council="Telford Vale Borough Council"),
              make_chunk("bud", BUDGET, meeting_date="2025-03-04", doc_type="report", title="Budget report",
                         position=3, source="corpus/y.pdf", source_sha256="1" * 64, council="Wrekinshire County Council")]
    answer = _ask("How much will the council get for selling the land at Hollinswood Farm?", chunks)
    assert not answer.answered, answer.answer
    assert answer.answer.startswith('The passages that mention "Hollinswood" give no figure for it.'), answer.answer


# a web page's minutes, one paragraph a line and no item known, cut into two chunks: the quarry is named where
# the item opens, the count three paragraphs on
ODOURS_1 = ("The Mayor made two announcements about the summer fete.\n\n"
            "To receive a presentation on odours from Brackenhurst Quarry.\n\n"
            "The Leader introduced an update on the odours from Brackenhurst Quarry. This had been one of the "
            "biggest issues the Council had faced over the past two years.")
ODOURS_2 = ("Actions had been taken to hold the operator to account, including abatement notices.\n\n"
            "The Chief Executive gave a presentation on the work the Council was doing to remedy the situation. "
            "In 2021 the Council received over 22,000 complaints and the Environment Agency over 43,000.\n\n"
            "Four air quality monitoring stations had been placed around the site.")


def test_a_count_paragraphs_below_the_name_in_minutes_without_items_is_said_under_it():
    chunks = [make_chunk("o1", ODOURS_1, meeting_date="2022-07-06", doc_type="minutes", title="Minutes", position=2),
              make_chunk("o2", ODOURS_2, meeting_date="2022-07-06", doc_type="minutes", title="Minutes", position=3)]
    answer = _ask("How many complaints did the council receive about Brackenhurst Quarry in 2021?", chunks)
    assert answer.answered and "22,000" in answer.answer.splitlines()[0], answer.answer


# a community council's police report: the count is of sheds on one road; another road is named in a letter
POLICE = ("4. Police report\n\n"
          "The sergeant reported 9 crimes for the month. These included 2 break-ins at garden sheds on Shore Road "
          "and a stolen quad bike. Residents were asked to lock sheds and outbuildings.\n\n"
          "7. Correspondence\n\n"
          "- A letter from the Roads Service about resurfacing of Glen Road, which will be closed from 3rd to 7th "
          "November.")


def test_a_place_named_by_its_kind_is_a_name_the_count_must_be_said_of():
    # "Glen" and "Shore" are English words: as the words of a road's name they say which road is asked
    chunk = make_chunk("cc", POLICE, meeting_date="2025-10-14", doc_type="minutes", title="Minutes")
    answer = _ask("How many sheds were broken into on Glen Road?", [chunk])
    assert not answer.answered, answer.answer
    assert answer.answer.startswith('The passages that mention "Glen" give no figure for it.'), answer.answer
    # the road the count is said of answers
    answer = _ask("How many sheds were broken into on Shore Road?", [chunk])
    assert answer.answered and "2 break-ins" in answer.answer, answer.answer
