"""Which row was highest or lowest: the sentence saying so, else the table's rows compared as numbers.
Tables are invented in the layout the loaders print (cells tab-separated, a row a line); the
embedder is the fixed fake of test_facts."""
from __future__ import annotations

import re

from core import superlatives
from core.types import Turn
from retrieval.conversation import condense_offline
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

# an infographic's ward lists, each under its caption (no headings line): the second list's figures are bigger
WARD_LISTS = ("Attached Families by District/Borough\n\nWard Headlines\n\nMost attached families (inc. claimed)\n\n"
              "Camp Hill\t177\nNewbold and Brownsover\t134\nAdmirals and Cawston\t110\nKingswood\t106\nBede\t101\n"
              "Most claimed families\nNewbold and Brownsover\t269\nCamp Hill\t79\nArley and Whitacre\t45\n")

# a district table with headings by year, the county it splits and the comparators under it
NEET_TABLE = ("Table 4: proportion of young people who were NEET by district in Exampleshire\n\n"
              "District\t2021\t2022\n"
              "North Vale\t2.9%\t2.4%\n"
              "Riverside\t1.7%\t2.6%\n"
              "Hillborough\t3.1%\tN/A\n"
              "Kingsmead\t2.5%\t2.2%\n"
              "Exampleshire\t2.6%\t2.4%\n"
              "Statistical neighbours\t2.4%\t2.0%\n"
              "England\t2.8%\t1.9%\n")


def cited(answer, line: str):
    return answer.citations[int(re.search(r"\[(\d+)\]", line).group(1)) - 1]


def test_which_ward_had_the_most_reads_the_captioned_list_of_that_measure():
    chunk = make_chunk("pf", WARD_LISTS, meeting_date="2019-06-18", doc_type="appendix",
                       title="Priority Families Dashboard")
    answer = ask("Which ward had the most families attached to the Priority Families programme?", [chunk])
    line = first_line(answer)
    # the attached list's top row, not the claimed list's bigger figure
    assert line.startswith("**Highest:** Camp Hill, Most attached families (inc. claimed): 177 [")
    assert "Camp Hill 177" in " ".join(cited(answer, line).text.split())      # the row, verbatim
    # the list under it, of the same headline's wards, for the measure it names
    line = first_line(ask("Which ward had the most claimed families in the Priority Families programme?", [chunk]))
    assert line.startswith("**Highest:** Newbold and Brownsover, Most claimed families: 269 ["), line
    # a list of the most is the top few: its last row is not the ward with the fewest
    line = first_line(ask("Which ward had the fewest families attached to the Priority Families programme?", [chunk]))
    assert not line.startswith(("**Highest:**", "**Lowest:**")), line


def test_which_district_had_the_lowest_in_a_year_compares_that_years_column_of_member_rows():
    chunk = make_chunk("neet", NEET_TABLE, meeting_date="2023-02-14", doc_type="report",
                       title="Post 16 participation performance report 2022")
    answer = ask("Which district had the lowest proportion of young people who were NEET in 2022?", [chunk])
    line = first_line(answer)
    # 2022's column; not England, the neighbours nor the county the table splits; a blank skipped
    assert line.startswith("**Lowest:** Kingsmead, 2022: 2.2% ["), line
    assert "Kingsmead" in cited(answer, line).text
    # ... and the highest of it
    line = first_line(ask("Which district had the highest proportion of young people who were NEET in 2022?", [chunk]))
    assert line.startswith("**Highest:** Riverside, 2022: 2.6% ["), line


def test_a_sentence_saying_which_is_lowest_is_preferred_to_the_table():
    table = make_chunk("neet", NEET_TABLE, meeting_date="2023-02-14", doc_type="report",
                       title="Post 16 participation performance report 2022")
    said = make_chunk("neet-said", "2.18 Riverside has the lowest proportion of young people that are NEET and "
                      "North Vale has the highest proportion of young people that are NEET.",
                      meeting_date="2023-02-14", doc_type="report", title="Post 16 participation performance report 2022")
    answer = ask("Which district had the lowest proportion of young people who were NEET?", [table, said])
    line = first_line(answer)
    assert line.startswith("**Lowest:** 2.18 Riverside has the lowest proportion"), line
    # the sentence's other claim answers the other extreme
    line = first_line(ask("Which district had the highest proportion of young people who were NEET?", [table, said]))
    assert line.startswith("**Highest:** 2.18 Riverside has the lowest proportion"), line


def test_a_table_of_other_rows_or_another_measure_does_not_answer():
    chunk = make_chunk("pf", WARD_LISTS, meeting_date="2019-06-18", doc_type="appendix",
                       title="Priority Families Dashboard")
    # schools are not what its rows are
    line = first_line(ask("Which school had the most families attached to the Priority Families programme?", [chunk]))
    assert not line.startswith(("**Highest:**", "**Lowest:**"))


def test_asking_the_other_extreme_turns_the_last_questions_superlative():
    history = [Turn("user", "Which district in Exampleshire had the highest proportion of young people who were NEET in 2022?"),
               Turn("assistant", "North Vale had the highest proportion of young people who were NEET [1].")]
    standalone, _ = condense_offline("And which district had the lowest?", history)
    assert standalone == "Which district in Exampleshire had the lowest proportion of young people who were NEET in 2022?"
    # a follow-up naming a measure of its own is not a turned superlative
    standalone, _ = condense_offline("And which district had the lowest attendance?", history)
    assert "NEET" not in standalone or "attendance" in standalone
    # ... nor one asking of another kind of row
    standalone, _ = condense_offline("And which ward had the lowest?", history)
    assert "ward" in standalone


def test_the_row_kind_and_direction_asked():
    assert superlatives.asked("Which ward had the most families attached?") == ("ward", "high")
    assert superlatives.asked("What district has the fewest looked after children?") == ("district", "low")
    # less is better: the best absence rate is the lowest
    assert superlatives.asked("Which school had the best absence rate?") == ("school", "low")
    assert superlatives.asked("How many families were attached in Camp Hill?") is None
    assert superlatives.is_comparator("Statistical neighbours") and superlatives.is_comparator("England average")
    assert not superlatives.is_comparator("Camp Hill")


# a scorecard's measure: its caption, the years over it, and its one nameless row of figures
SCORECARD = ("This demonstrates that multi-agency participation in the Early Help process is still strong.\n\n"
             "No. of Child Protection Plans\n\n"
             "15/16\t16/17\t17/18\t18/19\tTrend\tDoT\n"
             "473\t439\t564\t346\t↓\t↓\n\n"
             "The council should have approximately 394 children subject to child protection plans to be in line "
             "with statistical neighbours\n\n"
             "The year began with 584 plans, the Children and Families Service completed two audits.")


def test_a_captions_row_of_figures_gives_the_cell_of_the_period_asked():
    chunk = make_chunk("kbm", SCORECARD, meeting_date="2019-06-18", doc_type="appendix",
                       title="Key Business Measures Scorecard")
    answer = ask("How many child protection plans were there at the end of 2018/19, and how many would put us "
                 "in line with statistical neighbours?", [chunk])
    line = first_line(answer)
    assert line.startswith("**Figure:** No. of Child Protection Plans, 18/19: 346 ["), line
    quoted = " ".join(cited(answer, line).text.split())
    assert "No. of Child Protection Plans" in quoted and "473 439 564 346" in quoted       # caption and row, verbatim
    assert "394" in answer.answer                    # the second figure asked is quoted below
