"""A table row's column headings and the cell under each, as the loaders print tables (tab-separated)."""
from core.tables import cells_under, column_headings, row_name

# a performance table whose headings line leaves the row-name column blank
BLANK_CORNER = ("Key measures\n\tMar 23\tJun 23\tSep 23\n"
                "Number of households in temporary accommodation\t412\t437\t455\n"
                "Average days in bed and breakfast\t38\t41\t36\n\nCommentary follows.")
# ... and one whose headings line names the row-name column too
NAMED_CORNER = ("Measure\t2022/23\t2023/24\tTarget\n"
                "Missed bin collections per 100,000\t61\t54\t50\n")


def test_the_headings_are_the_first_line_of_the_rows_block():
    assert column_headings(BLANK_CORNER, "Average days in bed and breakfast\t38\t41\t36") == ("", "Mar 23", "Jun 23", "Sep 23")
    assert column_headings(BLANK_CORNER, "Commentary follows.") is None                 # prose has none
    assert column_headings(NAMED_CORNER, "Measure\t2022/23\t2023/24\tTarget") is None   # the headings line itself


def test_each_cell_is_under_its_heading_whether_or_not_the_corner_is_blank():
    row = "Number of households in temporary accommodation\t412\t437\t455"
    assert cells_under(BLANK_CORNER, row) == [("Mar 23", "412"), ("Jun 23", "437"), ("Sep 23", "455")]
    row = "Missed bin collections per 100,000\t61\t54\t50"
    assert cells_under(NAMED_CORNER, row) == [("2022/23", "61"), ("2023/24", "54"), ("Target", "50")]


def test_headings_spanning_several_columns_put_no_cell_under_any():
    # "2022" stands over three columns (combined, NEET, not known): the row's last cell is not "2022"'s figure
    text = ("Annual rates\t2021\t2022\n\tCombined\tNEET\tNot known\tCombined\tNEET\tNot known\n"
            "England\t5.5\t2.8\t2.7\t4.7\t2.6\t2.2\n")
    assert cells_under(text, "England\t5.5\t2.8\t2.7\t4.7\t2.6\t2.2") == []


def test_a_rows_name_is_its_first_cell():
    assert row_name("Average days in bed\n and breakfast\t38\t41") == "Average days in bed and breakfast"


def test_a_block_cut_from_its_headings_has_none():
    # a chunk that starts mid-table: its first row holds figures, not headings
    text = ("% uptake of funded places for 2 year olds\t81%\t85%\tOn Track\n"
            "No. of children open to an Early Help Pathway\t3046\t3200\tOn Track\n")
    row = "No. of children open to an Early Help Pathway\t3046\t3200\tOn Track"
    assert column_headings(text, row) is None and cells_under(text, row) == []
    # years are headings, not figures
    years = "Indicator\t2022\t2023\nPupils excluded\t41\t37\n"
    assert cells_under(years, "Pupils excluded\t41\t37") == [("2022", "41"), ("2023", "37")]
