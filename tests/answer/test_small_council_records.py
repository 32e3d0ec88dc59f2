"""Small councils' records the answerer read as saying nothing (wild8): a contested election minuted under
its heading ("Election of Chairman:" over "On a vote, Cllr Dale was elected by 4 votes to 3"), a parish's
planning response given after the application on its line ("– Object to the application due to ..."), and
a payments table printed one cell a line (the payee's line over its amount). Pages written for these tests,
modelled on the layouts."""
from __future__ import annotations

from answer import period
from core.settings import Settings
from core.types import Coverage
from retrieval.plan import understand
from tests.answering import ask
from tests.ingest.pages import prepare_page
from tests.retrieval.conftest import make_chunk

# (read by the real ingest path: the minute references "03/2019:" are the item rows' numbers, each item its own chunk)
ELECTION = """Ashby Parva Parish Council

Minutes of the Annual Meeting of Ashby Parva Parish Council held on Wednesday 15 May 2019 at 7.30pm in the Village Hall

Present: Councillors Ann Amos (Chair), Bob Fry, Cal Ince, Dee Jory, Ruth Dale, Eve Hope, Tom Keen (Clerk).

03/2019: Election of Chairman:
Councillor Ruth Dale was proposed by Cllr. Amos, seconded by Cllr. Fry. Councillor Hope was proposed by Cllr. Ince, and
seconded by Cllr. Jory. On a vote, Cllr Dale was elected by 4 votes to 3.
She took the chair and signed the declaration of acceptance of office.

04/2019: Apologies:
Cllr. Keen.
"""

PLANNING = ("7. Planning Items: Planning Application 21/01822/OUT – Outline application for four holiday lodges – "
            "Brook Farm Mill Lane – Object to the application due to the concerns of the Highways Officer about "
            "access from the lane. Planning Application 21/02011/FUL – Change of use of land to site for 4 camping "
            "pods – Orchard View – The Parish Council will")

PAYMENTS = ("Outstanding Accounts\n\nDATE\n\nDETAILS\n\nAMOUNT\n\n14.02.18\n\n"
            "Clerks pay – January\n\n£ 286.50\n\n14.02.18\n\n"
            "R Penney – Hedge cutting at the playing field\n\n£ 415.00\n\n14.02.18")


def test_a_choice_minuted_under_its_heading_is_recorded(tmp_path):
    chunks = prepare_page(tmp_path, "2019-05-15-minutes.txt", ELECTION).chunks
    assert any(c.item == "03/2019: Election of Chairman:" and "elected by 4 votes to 3" in c.text for c in chunks)
    answer = ask("Who was elected chairman of Ashby Parva Parish Council in May 2019?", chunks)
    assert answer.answered, answer.answer
    assert "Dale" in answer.answer


def test_a_planning_response_after_its_application_is_the_councils_decision():
    chunk = make_chunk("pl", PLANNING, meeting_date="2021-06-09", doc_type="minutes", committee="Kelby Parish Council")
    answer = ask("What did Kelby Parish Council decide on the application for holiday lodges at Brook Farm?", [chunk])
    assert answer.answered, answer.answer
    assert "Object to the application" in answer.answer


def test_a_payment_printed_one_cell_a_line_gives_its_sum():
    chunk = make_chunk("pay", PAYMENTS, meeting_date="2018-02-14", doc_type="minutes", committee="Kelby Parish Council")
    answer = ask("How much did Kelby Parish Council pay R Penney for hedge cutting in February 2018?", [chunk])
    assert answer.answered, answer.answer
    assert "415.00" in answer.answer



def test_a_term_of_office_printed_as_another_year_is_off_the_year_asked():
    # "who was elected Chair for 2022/23": "be elected Chair ... for 2019/20" is another year's holder, and so is
    # its passage's sentence naming no year ("was duly elected Chair"); a passage printing the year asked is on it
    old = make_chunk("fa19", ELECTED_2019, meeting_date=None, doc_type="minutes", committee="Fire Authority")
    new = make_chunk("fa22", ELECTED_2022, meeting_date=None, doc_type="minutes", committee="Fire Authority")
    plan = understand("Who was elected Chair of the Fire Authority for 2022/23?", Coverage.of([old, new]))
    assert period.off_period(plan, "That Councillor Marsh be elected Chair of the Fire Authority for 2019/20.", old,
                             Settings()) == "2019/20"
    assert period.off_period(plan, "Councillor Marsh was duly elected Chair of the Fire Authority.", old, Settings())
    assert period.off_period(plan, "That Councillor Quayle be elected Chair for 2022/23.", new, Settings()) is None


ELECTED_2019 = ("19-20/FA/3 Election of Chair of the Fire Authority\n\nCouncillor Marsh was nominated for Chair of the Fire "
                "Authority by Councillor Toms and seconded by Councillor Vale, and was duly elected Chair of the Fire "
                "Authority.\n\nRESOLVED:\n\nThat Councillor Marsh be elected Chair of the Fire Authority for 2019/20.")
ELECTED_2022 = ("22-23/FA/1 Election of Chair\n\nRESOLVED:\n\nThat Councillor Quayle be elected Chair for 2022/23.")


def test_the_choice_is_read_under_the_item_heading_ingest_found(tmp_path):
    # the heading is the chunk's item as the layout table read it ("03/2019:" a minute reference), and the item's
    # text (its chunk) records who took the chair though no sentence of it names the role: not "not reported"
    from answer.declines_people import choice_not_reported
    from answer.sentences import Sentence, sentence_spans
    from core.types import Coverage, Passage
    chunks = prepare_page(tmp_path, "2019-05-15-minutes.txt", ELECTION).chunks
    plan = understand("Who was elected chairman of Ashby Parva Parish Council in May 2019?", Coverage.of(chunks))
    ranked = [Sentence(k, Passage(c, 1.0), a, b, c.text[a:b]) for k, c in enumerate(chunks) for a, b in sentence_spans(c.text)]
    assert any(s.text == "03/2019: Election of Chairman:" for s in ranked)
    assert not choice_not_reported(plan, ranked)
