"""The one date reader: dates printed in papers and periods named in questions."""
import pytest

from core import dates


@pytest.mark.parametrize("text, first, last, kind", [
    # the four questions two modules used to read differently
    ("What was agreed on 8th of November 2022?", "2022-11-08", "2022-11-08", "day"),
    ("What is the forecast for 2024/25?", "2024-04-01", "2025-03-31", "financial_year"),
    ("What did we decide last year?", "2024-01-01", "2024-12-31", "relative_year"),
    ("What happened on 4th-Mar-2025?", "2025-03-04", "2025-03-04", "day"),
    # and the other forms a question uses
    ("in November 2022", "2022-11-01", "2022-11-30", "month"),
    ("at quarter 1 2024/25", "2024-04-01", "2024-06-30", "quarter"),
    ("Q3 2023", "2023-07-01", "2023-09-30", "quarter"),
    ("on 2019-03-12", "2019-03-12", "2019-03-12", "day"),
    ("on 12/03/2019", "2019-03-12", "2019-03-12", "day"),
    ("March 12, 2019", "2019-03-12", "2019-03-12", "day"),
    ("in 2021", "2021-01-01", "2021-12-31", "year"),
    ("this year", "2025-01-01", "2025-12-31", "relative_year"),
    ("from November to February 2025", "2024-11-01", "2025-02-28", "part_year"),
    # a financial year printed with its second year in full, as parish minutes print it
    ("the precept for 2013/2014", "2013-04-01", "2014-03-31", "financial_year"),
    # one period named twice is that period, not a range
    ("in Quarter 4 2024/25, January to March 2025", "2025-01-01", "2025-03-31", "quarter"),
])
def test_a_question_names_one_period(text, first, last, kind):
    named = dates.period(text, newest="2025-03-04")
    assert (named.date_from, named.date_to, named.kind) == (first, last, kind)


def test_without_papers_last_year_names_nothing():
    assert dates.period("What did we decide last year?", newest=None) is None


def test_no_date_no_period_and_a_bad_date_is_not_read():
    assert dates.period("Who chairs the committee?") is None
    assert dates.period("on 31 February 2023").kind == "month"      # no such day: the month it names


def test_a_financial_year_must_be_consecutive():
    assert dates.period("the 2024/27 plan").kind != "financial_year"


def test_labels_read_as_people_write_them():
    assert dates.period("in 2024/25").label() == "2024/25"
    assert dates.period("on 8 November 2022").on_or_in() == "on 8 November 2022"
    assert dates.period("in March 2019").on_or_in() == "in March 2019"


@pytest.mark.parametrize("printed, iso", [
    ("12 March 2019", "2019-03-12"),
    ("14<sup>th</sup> February 2023", "2023-02-14"),
    ("Tuesday, 4th March, 2025", "2025-03-04"),
    ("THURSDAY, 9 JANUARY 2025", "2025-01-09"),
    ("04th-Mar-2025", "2025-03-04"),
    ("HELD AT THE MUSEUM ON 19 FEBRUARY2020", "2020-02-19"),     # text extraction ran the year into the month
])
def test_dates_printed_in_papers(printed, iso):
    assert dates.first_date(printed) == iso


def test_dates_print_back_the_same_way_everywhere():
    assert dates.human("2019-03-12") == "12 March 2019"
    assert dates.short("2024-09-17") == "17 Sep 2024"
    assert dates.human(None) is None


def test_date_words():
    from core.dates import is_date_word

    for word in ("january", "autumn", "tuesday", "tues", "26th", "2021", "1st"):
        assert is_date_word(word), word
    for word in ("bridge", "monitor", "council", "marching", "1st-class", "mar", "dec"):
        assert not is_date_word(word), word


def test_clock_words():
    from core.dates import is_clock_word

    for word in ("10.00", "7pm", "19:00", "am", "p.m."):
        assert is_clock_word(word), word
    for word in ("2025", "march", "a", "10.000"):
        assert not is_clock_word(word), word


@pytest.mark.parametrize("text, first, last, label", [
    ("how many children were in care at the end of 2022", "2022-10-01", "2022-12-31", "October to December 2022"),
    ("in early 2023", "2023-01-01", "2023-03-31", "January to March 2023"),
    ("by the end of 2024/25", "2025-01-01", "2025-03-31", "January to March 2025"),
    ("at the close of the financial year 2023/24", "2024-01-01", "2024-03-31", "January to March 2024"),
    ("in mid-2021", "2021-04-01", "2021-09-30", "April to September 2021"),
])
def test_a_part_of_a_year_is_that_part_not_the_whole_year(text, first, last, label):
    # "the end of 2022" is not financial year 2021/22, which a whole 2022 overlaps
    named = dates.period(text)
    assert (named.date_from, named.date_to, named.kind, named.label()) == (first, last, "part_year", label)


def test_a_month_named_after_end_of_is_still_that_month():
    assert dates.period("by the end of March 2023").kind == "month"


@pytest.mark.parametrize("heading, first, last", [
    ("Dec 22", "2022-12-01", "2022-12-31"),
    ("Sept-22", "2022-09-01", "2022-09-30"),
    ("Mar '23", "2023-03-01", "2023-03-31"),
    ("June 2022", "2022-06-01", "2022-06-30"),
    ("22/23", "2022-04-01", "2023-03-31"),
    ("2023-24", "2023-04-01", "2024-03-31"),
    ("Q1 2024/25", "2024-04-01", "2024-06-30"),
])
def test_a_column_heading_names_its_period_shortly(heading, first, last):
    named = dates.heading_period(heading)
    assert (named.date_from, named.date_to) == (first, last)


@pytest.mark.parametrize("heading", ["Target", "Latest data", "RAG", "22/24", "2022 and 2023"])
def test_a_heading_that_is_not_one_period_names_none(heading):
    assert dates.heading_period(heading) is None


def test_a_year_of_the_nineteenth_century_names_a_time():
    from core.dates import NAMES_A_TIME
    assert NAMES_A_TIME.search("the Council had existed since 1889 during which time it had gained powers")
    assert NAMES_A_TIME.search("adopted in July 2016") and not NAMES_A_TIME.search("a fee of £1750 was paid")


def test_a_heading_without_its_year_takes_the_one_its_weekday_fits():
    # 7 April was a Tuesday in 2020; the paper prints 2020 elsewhere (the last minutes it approves)
    assert dates.with_year("held on Tuesday 7th April at 7.00pm", {2020}) == "held on Tuesday 7th April 2020 at 7.00pm"
    # the year after one printed fits too (January's meeting approving December's minutes)
    assert dates.with_year("Monday 6 January", {2024}) == "Monday 6 January 2025"
    assert dates.with_year("held on Friday 7th April", {2020}) == "held on Friday 7th April"    # fits neither year
    assert dates.with_year("Tuesday 7 April 2020", {2020}) == "Tuesday 7 April 2020"             # its year printed
    assert dates.with_year("Tuesday 7th April", set()) == "Tuesday 7th April"
    assert dates.lacks_year("on Tuesday 7th April at 7pm") and not dates.lacks_year("on Tuesday, 7th April, 2020")
    assert dates.years_in("approved on 3rd March 2020; budget 2019/20") == {2019, 2020}
