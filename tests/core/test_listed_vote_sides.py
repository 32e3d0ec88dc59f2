"""A recorded vote printed as lists of names, each side under its own heading, its total after dotted leaders at
the list's end (or none printed: the names are counted), is read as a count of each side; a list the page cuts off
with no total is not counted. Page written for this test."""
from __future__ import annotations

from core import votes

RECORDED = ("B) Bus Franchising\n\nIt was moved by Councillor Okafor,\n\nSeconded by Councillor Brandt,\n\n"
            "“This Council asks the Combined Authority to franchise the borough's bus services.”\n\n"
            "A prior request having been made for the record of the voting:\n\n"
            "There voted for the motion:\n\n"
            "Councillors Achebe, Brandt, C Das, Ellery, Finch, Gill, Okafor, Patel, and Quinn……………………………… 9\n\n"
            "There voted against the motion:\n\n"
            "Councillors Hart, J Ives and Lomax………………………………...………… 3\n\n"
            "There abstained from voting:\n\n"
            "Councillor Moss\n\n"
            "The motion was carried.")


def test_each_sides_total_is_read_from_the_end_of_its_list():
    sides = [(side, n) for _, _, side, n in votes.listed_votes(RECORDED)]
    assert sides == [("For", 9), ("Against", 3), ("Abstain", 1)]     # (the one abstaining counted by name)
    assert votes.recorded_vote(RECORDED[RECORDED.index("A prior"):]) == "For (9), Against (3), Abstain (1): carried"


def test_names_without_a_total_are_counted_unless_the_list_runs_off_the_page():
    text = "Voting for:\n\nCouncillors Achebe, Brandt and Finch\n\nVoting against:\n\nCouncillors Hart and"
    assert [(side, n) for _, _, side, n in votes.listed_votes(text)] == [("For", 3), ("Against", None)]
    assert votes.recorded_vote(text) == "For (3)"
    text = "Voting for:\n\nCouncillors Achebe, Brandt and Finch\n\nVoting against:\n\nNone\n\nThe motion was carried."
    assert votes.recorded_vote(text) == "For (3), Against (0): carried"
