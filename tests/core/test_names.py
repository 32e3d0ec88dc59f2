"""core/names.py: a list of names and nothing else (the names under a recorded vote's count)."""
from __future__ import annotations

import pytest

from core.names import is_names_list


@pytest.mark.parametrize("text, titled, expected", [
    ("Mr Baldock, Mr Brady, Ms Constantine, Ms Hawkins, Mr Holden", True, True),
    ("Mrs Bruneau, Mr Chittenden, Mrs Dean and Mr Webb", True, True),
    ("Dr Sullivan, Mr R Lehmann,\nMr O'Brien", True, True),
    ("Ashby, Lowfield and Thornbury", False, True),    # names, but of places ...
    ("Ashby, Lowfield and Thornbury", True, False),    # ... not people named by their title
    ("The Committee noted the report, and thanked officers for their work.", False, False),
    ("Councillor A Ashby (Chair), Councillor B Brook", True, False),   # an attendance line with a role
    ("Mr Baldock", True, False),                      # one name is not a list
])
def test_a_list_of_names_and_nothing_else(text, titled, expected):
    assert is_names_list(text, titled=titled) is expected


def test_one_place_of_a_joint_parish_names_the_joint_council():
    from core.names import name_holds
    assert name_holds("Holtby Parish Council", "Holtby and Eastmere Parish Council")
    assert name_holds("Eastmere Parish Council", "Holtby and Eastmere Parish Council")
    assert name_holds("Planning", "Planning Committee")
    assert not name_holds("Thornby Parish Council", "Holtby and Eastmere Parish Council")
    assert not name_holds("Holtby Town Council", "Holtby and Eastmere Parish Council")


@pytest.mark.parametrize("short, name, expected", [
    ("ELCC", "East Lammermuir Community Council", True),
    ("MCC", "Milnathort Community Council", True),
    ("WYFRA", "West Yorkshire Fire and Rescue Authority", True),     # "and" is no initial
    ("ELCC", "East Linton Community Council", True),
    ("PCC", "East Linton Community Council", False),
    ("Elcc", "East Lammermuir Community Council", False),            # printed initials are capitals
    ("Cabinet", "Cabinet", False),
])
def test_a_bodys_initials_abbreviate_its_name(short, name, expected):
    from core.names import abbreviates
    assert abbreviates(short, name) is expected
