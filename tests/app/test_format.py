"""How an answer is shown: dates, mode labels, source links and the highlighted sentence."""
from urllib.parse import parse_qs, urlsplit

from core.types import Citation
from answer.render import citation_facts, citation_heading, mode_label
from core.dates import human as human_date
from ui.format import highlight_spans, passage_html, sentences_citing, source_link

PASSAGE = ("Councillor Roodhouse noted the comments around self-harm and bullying. Councillor Roodhouse "
           "proposed that the Committee form a Task and\nFinish Group to scrutinise the reasons behind the "
           "relatively high levels of self-harm reported in Warwickshire. Members agreed.")


def cite(**kw) -> Citation:
    base = dict(n=1, text=PASSAGE, council=None, committee="Children and Young People Overview and Scrutiny Committee",
                meeting_date="2019-03-12", pack_date="2019-06-18", doc_type="minutes",
                title="Minutes of the meeting held on 12 March 2019",
                item="3. Children and Young People's Presentation on Participation", page=None,
                source="corpus/warwickshire/cyp-osc/2019-06-18-agenda-pack.txt")
    base.update(kw)
    return Citation(**base)


def test_dates_read_as_a_person_writes_them():
    assert human_date("2019-03-12") == "12 March 2019"
    assert human_date(None) is None
    assert human_date("sometime") == "sometime"


def test_mode_label_names_the_model_of_an_llm_answer():
    assert mode_label("extractive") == "Extractive"
    assert mode_label("llm:gpt-4o-mini") == "LLM · gpt-4o-mini"


def test_pdf_link_opens_the_file_at_the_cited_page():
    link = source_link("corpus/kent/cabinet/Cabinet Report 4 March 2025.pdf", page=3)
    url = urlsplit(link)
    assert url.path == "/source/file"
    assert parse_qs(url.query)["path"] == ["corpus/kent/cabinet/Cabinet Report 4 March 2025.pdf"]
    assert url.fragment == "page=3"


def test_a_word_document_link_is_the_file_itself_never_the_text_view():
    link = source_link("corpus/ashcombe/Minutes 4 March 2025.docx", None, PASSAGE)
    url = urlsplit(link)
    assert url.path == "/source/file" and not url.fragment
    assert parse_qs(url.query) == {"path": ["corpus/ashcombe/Minutes 4 March 2025.docx"]}


def test_text_link_opens_the_view_at_the_passage_with_its_first_and_last_words():
    link = source_link("corpus/a.txt", None, PASSAGE)
    url = urlsplit(link)
    q = parse_qs(url.query)
    assert url.path == "/source/view" and url.fragment == "passage"
    assert q["a"] == ["Councillor Roodhouse noted the comments around self-harm and"]
    assert q["b"][0].endswith("reported in Warwickshire. Members agreed.")


def test_a_source_that_is_already_a_url_is_linked_as_it_is():
    assert source_link("https://example.org/pack.pdf", page=7) == "https://example.org/pack.pdf#page=7"


def test_each_marker_picks_the_sentences_that_carry_it():
    answer = ("- **Minutes of 12 March 2019:** The Committee noted the report. [1]\n"
              "It asked for an update in March. [1][2] A third claim. [2]")
    assert sentences_citing(answer, 1) == ["Minutes of 12 March 2019: The Committee noted the report.",
                                           "It asked for an update in March."]
    assert sentences_citing(answer, 2) == ["It asked for an update in March.", "A third claim."]
    assert sentences_citing(answer, 3) == []


def test_a_quoted_sentence_is_highlighted_across_line_breaks():
    claim = ("Councillor Roodhouse proposed that the Committee form a Task and Finish Group to scrutinise "
             "the reasons behind the relatively high levels of self-harm reported in Warwickshire.")
    [(start, end)] = highlight_spans(PASSAGE, [claim])
    assert PASSAGE[start:end].startswith("Councillor Roodhouse proposed")
    assert PASSAGE[start:end].endswith("reported in Warwickshire.")
    html = passage_html(PASSAGE, [(start, end)])
    assert html.count("<mark>") == 1 and "Task and<br>Finish" in html


def test_a_paraphrase_highlights_the_passage_sentence_closest_to_it():
    spans = highlight_spans(PASSAGE, ["A task and finish group was proposed to look at high self-harm levels."])
    [(start, end)] = spans
    assert "proposed that the Committee form a Task" in PASSAGE[start:end]
    assert "Members agreed" not in PASSAGE[start:end]


def test_nothing_is_highlighted_when_no_sentence_answers():
    assert highlight_spans(PASSAGE, ["The budget for highways maintenance rose."]) == []
    assert highlight_spans(PASSAGE, []) == []


def test_passage_text_is_escaped_not_rendered_as_html():
    assert "&lt;script&gt;" in passage_html("<script>alert(1)</script>", [])


def test_a_citation_names_its_meeting_and_the_pack_that_carried_it():
    c = cite()
    assert citation_heading(c) == "[1] 12 March 2019 · Minutes of the meeting held on 12 March 2019"
    facts = citation_facts(c)
    assert "meeting of 12 March 2019 (in the papers for 18 June 2019)" in facts
    assert "item 3. Children and Young People's Presentation on Participation" in facts


def test_unknown_facts_are_left_out_not_guessed():
    c = cite(meeting_date=None, pack_date=None, item=None, committee=None, title=None, page=4,
             source="corpus/x/Report.pdf")
    assert citation_heading(c) == "[1] Report.pdf · p. 4"
    assert citation_facts(c) == ["Minutes", "page 4"]


def test_a_meeting_of_the_council_itself_names_the_council_once():
    c = cite(council="Ashcombe Parish Council", committee="Ashcombe Parish Council")
    assert citation_facts(c)[:2] == ["Ashcombe Parish Council", "meeting of 12 March 2019 (in the papers for 18 June 2019)"]
    c = cite(council="Ashcombe Parish Council", committee="Planning Committee")
    assert citation_facts(c)[:2] == ["Ashcombe Parish Council", "Planning Committee"]


def test_a_markdown_pages_escapes_are_read_in_the_shown_passage_and_the_cli():
    # a parish website's minutes saved as Markdown number their items "1\." so the page shows "1."
    passage = "Present: Cllr D Hale - Chairman\n\n1\\. Apologies for Absence accepted from Cllr L Peake\n\n2\\. Cost \\*excl. VAT\\*"
    start = passage.index("Apologies")
    shown = passage_html(passage, [(start, start + len("Apologies for Absence"))])
    assert "1. <mark>Apologies for Absence</mark>" in shown
    assert "\\" not in shown and "*excl. VAT*" in shown
    from answer.render import strip_markup
    assert strip_markup(passage).splitlines()[2] == "1. Apologies for Absence accepted from Cllr L Peake"
    assert strip_markup("C:\\Users\\clerk") == "C:\\Users\\clerk"      # a backslash that escapes nothing stays
