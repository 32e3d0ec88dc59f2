"""Asked how many abstained, a resolution that counts only its abstentions ("it was RESOLVED, with one
abstention, that ...", "carried with 2 abstentions") answers it: the count of those who sat the vote out
is a count of the vote (core/votes.py abstentions), not a vote "recorded without its numbers". And
"abstained" and "abstention" are one term (core/terms.py stem), so a question in the one word finds a page
printing the other. Pages written for these tests; the embedder is the fixed fake of tests/answering.py."""
from __future__ import annotations

from core import votes
from core.terms import content_words, stem
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

OPENING = ("Minutes of the Annual Meeting of Kelby and Rowston Parish Council held on Wednesday 7 May 2025\n\n"
           "Present: Cllrs Ames, Booth (chair), Carr, Dixon, Ellis and Frost.")
VICE = ("25/014 Election of Vice-Chair\n\nTwo councillors stood for the position of vice-chair. Having been proposed "
        "(Cllr Carr) and seconded (Cllr Ellis), it was RESOLVED, with one abstention, that Cllr Dixon be elected "
        "vice-chair of the council for the year.")
GRANTS = ("25/015 Grants\n\nIt was RESOLVED that a grant of £250 be made to the village hall for its new boiler.")


def _chunks():
    return [make_chunk(n, t, meeting_date="2025-05-07", doc_type="minutes", council="Kelby and Rowston Parish Council",
                       item=i) for n, t, i in (("o", OPENING, None), ("v", VICE, "25/014 Election of Vice-Chair"),
                                                ("g", GRANTS, "25/015 Grants"))]


def test_how_many_abstained_is_answered_by_a_resolution_counting_its_abstentions():
    answer = ask("how many abstained when kelby picked its vice chair in 2025", _chunks())
    assert answer.answered, answer.answer
    assert "with one abstention" in first_line(answer), first_line(answer)


def test_abstentions_counted_alone_or_beside_the_sides():
    assert votes.abstentions("it was RESOLVED, with one abstention, that Cllr Dixon be elected") == 1
    assert votes.abstentions("The motion was carried with 2 abstentions.") == 2
    assert votes.abstentions("6 in favour, none against with 3 abstentions") == 3
    assert votes.abstentions("There were no abstentions.") == 0
    # a member named as abstaining is no count; nor is a vote with no abstentions told
    assert votes.abstentions("Cllr Ames abstained.") is None
    assert votes.abstentions("For 7, Against 2 - carried") is None


def test_abstained_and_abstention_are_one_term():
    assert stem("abstained") == stem("abstention") == stem("abstentions") == stem("abstaining") == "abstain"
    assert stem("retention") == stem("retained") and stem("detention") == stem("detained")
    # "-tention" words of other verbs stay apart
    assert stem("attention") != stem("attain") and stem("intention") == "intention"
    assert "abstain" in content_words("how many abstained?") & content_words("carried with 2 abstentions")
