"""Asked the Band D council tax, the answer leads with the sum charged for Band D ("The Band D charge for 2025/26 will
be £1,874.52", "Band D: £245.10 (2025/26)"), not the percentage rise or the count of Band D equivalent properties
beside it; of the year the question names, else, asked in the present, the newest year's. Pages written for these
tests; the embedder is the fixed fake of tests/answering.py."""
from __future__ import annotations

from core.types import Coverage
from retrieval.plan import understand
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

# a district's budget-setting minutes of two years: the rise in per cent and the tax base each name Band D too
SETTING_2025 = ("5. Council Tax Setting 2025/26\n\nMembers noted that the Band D council tax will increase by 4.99% in "
                "2025/26, the most allowed without a referendum. The council tax base is 42,310 Band D equivalent "
                "properties. The Band D charge for 2025/26 will be £1,874.52.")
SETTING_2024 = ("5. Council Tax Setting\n\nMembers noted that the Band D council tax would increase by 2.99% in 2024/25. "
                "The Band D charge for 2024/25 is £1,785.42.")
# a sentence giving the charge and its rise on the year before; a parish's precept paper labelling its lines
EQUIVALENT = ("4. Council Tax 2025/26\n\nCabinet recommended a council tax increase of 4.99% for 2025/26. This gives a "
              "Band D equivalent of £1,874.52, an increase of £89.10 on 2024/25.")
LABELLED = ("Precept and Band D\n\nBand D: £245.10 (2025/26)\nBand D: £233.60 (2024/25)\nIncrease: 4.9%\n\n"
            "The precept for 2025/26 was set at £48,500.")


def _two_years():
    return [make_chunk("a", SETTING_2025, meeting_date="2025-02-20", doc_type="minutes", item="5. Council Tax Setting 2025/26"),
            make_chunk("b", SETTING_2024, meeting_date="2024-02-22", doc_type="minutes", item="5. Council Tax Setting")]


def test_band_d_asks_a_sum():
    chunks = _two_years()
    assert understand("what is the band D council tax?", Coverage.of(chunks)).intent == "quantity"


def test_the_band_d_charge_leads_not_the_rise_or_the_tax_base():
    for q in ("what is the band D council tax?", "how much is band D going to be?"):
        for chunks in (_two_years(), _two_years()[::-1]):
            answer = ask(q, chunks)
            assert answer.answered, (q, answer.answer)
            line = first_line(answer)
            assert line.startswith("**Figure:**") and "£1,874.52" in line, (q, line)


def test_the_year_the_question_names_is_respected():
    for q, sum_ in (("what is the band D council tax for 2024/25?", "£1,785.42"),
                    ("how much is the band d council tax for 2025/26?", "£1,874.52")):
        assert sum_ in first_line(ask(q, _two_years())), q
    # the year a rise is measured from is not the year of the charge
    chunk = make_chunk("e", EQUIVALENT, meeting_date="2025-02-20", doc_type="minutes", item="4. Council Tax 2025/26")
    answer = ask("what is band D for 2025/26?", [chunk])
    assert answer.answered and "£1,874.52" in first_line(answer), answer.answer


def test_a_labelled_band_d_line_is_the_sum():
    chunk = make_chunk("p", LABELLED, meeting_date="2025-01-15", doc_type="minutes", council="Ashby Parva Parish Council")
    for q in ("what is the band D council tax?", "how much is band D going to be?"):
        assert first_line(ask(q, [chunk])).startswith("**Figure:** Band D: £245.10 (2025/26)"), q
    assert first_line(ask("what was band D in 2024/25?", [chunk])).startswith("**Figure:** Band D: £233.60")
