"""End to end through a real index: asked about "the meeting that signed off the minutes of <day>", the day is the
earlier meeting's, and the meeting asked about is the one whose record approves those minutes. Its page may print
no date of its own (a committee system's web page of one meeting), so the index knows no paper dated to it; the
best passage approving that day's minutes is its record all the same, and the answer reads it rather than saying
the index holds no papers of the day (answer/declines_period.py meeting_in_passages). Asked what that earlier
meeting itself did, the index still holds no record of it."""
from __future__ import annotations

import pytest

from core.settings import Settings
from service.engine import Scrutineer

pytestmark = pytest.mark.slow

# one meeting's web page: no date of its own, and the only dates printed are other meetings'
MEETING_PAGE = """Venue: Council Chamber, Shire Hall. View directions
No. | Item |
APOLOGIES FOR ABSENCE Minutes: Apologies for absence were received from Councillor Ann Vaughan, Councillor Huw Jenkins and Councillor Rhys Lloyd.
As the Chair and Vice-Chair had both sent apologies, Councillor Megan Price was elected to chair the meeting. |
DECLARATIONS OF INTEREST Minutes: There were no declarations of interest. |
MINUTES OF THE MEETING HELD ON 14 MARCH 2024 Minutes: Resolved that the minutes of the Westvale Waste Joint Committee held on 14 March 2024 be signed as a correct record. |
FOOD WASTE COLLECTION CONTRACT Minutes: The Joint Committee received a letter from the chair of the Westvale scrutiny panel following the panel's meeting held on the 6th March 2024.
UNANIMOUSLY RESOLVED that the letter be noted and that the contract be extended to March 2027. |
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory, embedder) -> Scrutineer:
    root = tmp_path_factory.mktemp("westvale")
    papers = root / "papers" / "westvale-waste-jc"
    papers.mkdir(parents=True)
    (papers / "joint-committee-meeting-5121.txt").write_text(MEETING_PAGE, encoding="utf-8")
    engine = Scrutineer(Settings.from_env(index_dir=root / "index"), embedder=embedder)
    report = engine.ingest([papers])
    assert report.count("failed") == 0, report.results
    return engine


def test_the_meeting_that_signed_off_a_days_minutes_is_read_from_the_record_approving_them(engine):
    answer = engine.ask("Who chaired the Westvale Waste Joint Committee meeting that signed off the minutes of "
                        "14 March 2024, and why?")
    # read from the meeting's own page, not declined for want of a paper dated 14 March
    assert answer.answered, answer.answer
    assert answer.citations and answer.citations[0].source.endswith("joint-committee-meeting-5121.txt")
    assert "holds no" not in answer.answer


def test_what_the_earlier_meeting_itself_decided_is_still_not_held(engine):
    answer = engine.ask("What did the Westvale Waste Joint Committee decide at its meeting on 14 March 2024?")
    assert not answer.answered, answer.answer
