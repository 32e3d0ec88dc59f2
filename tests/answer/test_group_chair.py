"""Asked who chairs a named group ("who chairs the budget task and finish group"), the member a paper names as
that group's chair beside their role ("Councillor Ann Hale, Chairman of the Budget Task and Finish Group") answers,
not the chair of the meeting that heard its report (answer/facts.py _group_chair)."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

ELECTION = "RESOLVED: That Councillor Tom Reid be elected as Chairman of the Panel for the ensuing year."
REPORT = ("Members were informed that, as in previous years, the Panel formed a Budget Task and Finish Group to "
          "scrutinise the Commissioner's draft budget. Councillor Ann Hale, the Chairman of the Budget Task and Finish "
          "Group, presented the report. She thanked the Treasurer for attending the Group.")


def test_who_chairs_a_named_group():
    election = make_chunk("e", ELECTION, meeting_date="2020-06-19", doc_type="minutes", title="Minutes",
                          committee="Wessex Police and Crime Panel", is_resolution=True)
    report = make_chunk("r", REPORT, meeting_date="2021-01-29", doc_type="minutes", title="Minutes",
                        committee="Wessex Police and Crime Panel", item="7. Report of the Budget Task and Finish Group")
    answer = ask("who chairs the budget task and finish group for the wessex police panel", [election, report])
    lead = first_line(answer)
    assert lead.startswith("**Who:**") and "Ann Hale" in lead and "Reid" not in lead, lead


def test_who_chairs_the_panel_is_still_its_chair():
    election = make_chunk("e", ELECTION, meeting_date="2020-06-19", doc_type="minutes", title="Minutes",
                          committee="Wessex Police and Crime Panel", is_resolution=True)
    report = make_chunk("r", REPORT, meeting_date="2021-01-29", doc_type="minutes", title="Minutes",
                        committee="Wessex Police and Crime Panel", item="7. Report of the Budget Task and Finish Group")
    answer = ask("who was elected chairman of the wessex police and crime panel", [election, report])
    assert "Tom Reid" in first_line(answer), first_line(answer)
