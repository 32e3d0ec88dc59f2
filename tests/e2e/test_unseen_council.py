"""End to end on papers no one tuned on: each invented body's papers are built, ingested into a
real index through the service facade, and asked the questions of its gold file (SPEC 5).

Harrowdene (tests/e2e/harrowdene.py): PDF minutes, a PDF Cabinet report, Word minutes and an HTML
minutes page. Cwmderwen and its neighbours (tests/e2e/cwmderwen.py): a Welsh county borough's
agenda pack carrying the previous meeting's minutes and a cover-sheet report (PDF), a fire
authority's record of decisions in Word tables, a parish's two meetings on one HTML page.
Kilbrannoch and the bodies beside it (tests/e2e/kilbrannoch.py): a Scottish community council's
minutes in Markdown, a mayoral combined authority's record of decisions (HTML) and report (PDF), a
London borough's Cabinet and call-in minutes (PDF), a town council's minutes (Word) and its
planning committee's (PDF). Ashcombe and the bodies beside it (tests/e2e/ashcombe.py): a parish
council's PDF minutes ("P/24/071", "It was RESOLVED to", a payments table), a Scottish community
council's Word minutes (sederunt, police and treasurer's reports, "Action:" lines), a mayoral
combined authority's PDF minutes (a recorded vote by constituent council) and its investment report
(a table in £000), a London borough scrutiny panel's minutes and its report's cover sheet (PDF).

Each answerable question must put its fact in the answer and cite the right meeting date; each
unanswerable one must be declined. A failure whose only fix would be a special case is marked
xfail below, with the reason.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest

from evals.gold import GoldQuestion as Gold, load_gold
from evals.metrics import fact_holders, matches_all
from tests.e2e import ashcombe, cwmderwen, harrowdene, kilbrannoch

pytestmark = pytest.mark.slow

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Council:
    name: str
    build: Callable[[Path], list[Path]]
    at_least: dict[str, int]                     # figures measured after fixing what the check found
    known_misses: dict[str, str] = field(default_factory=dict)   # id -> why it is expected to fail

    @property
    def questions(self) -> list[Gold]:
        return load_gold(HERE / f"{self.name}.jsonl")


COUNCILS = {c.name: c for c in [
    # before the first round's fixes: facts 21/26, dates 21/21, declines 1/4. The lead (the answer's
    # first line, what a reader sees first; not judged for a meeting's summary, a list) is stricter
    # than the fact anywhere in the answer.
    # with PDF table rows rebuilt from their cells (ingest/rows.py): facts 26, dates 26, leads 23.
    # Then 10 questions in residents' own words (o_*, tag "ownwords": "the nine houses behind mill lane", "has
    # shoplifting gone up", "scrambler bikes") and 1 near-miss in the same voice, written before their first run.
    # First run: facts 6/10, dates 6, leads 2, 1 answerable declined, near-misses declined 1/1. After the own-words
    # fixes: facts 9/10, dates 9, leads 5, none declined, near-misses declined 1/1
    # With paragraph spacing read as blank lines (ingest/leading.py), the report's "34 weeks" leads for "how long
    # are people waiting" (it led with the 2026/27 forecast's "27 weeks" before).
    Council("harrowdene", harrowdene.build, {"facts": 36, "dates": 36, "leads": 28, "declines": 5}),
    # first run, before its fixes: facts 24/28, dates 17/24, leads 17, declines 0/5. Then 10 own-words questions
    # (o_*: "dipping into reserves", "the fire chief", "the farm shed") and 1 near-miss, first run: facts 7/10,
    # dates 7, leads 2, 2 answerable declined ("dipping", "shed" read as subjects no paper mentions), near-misses
    # declined 0/1. After the own-words fixes: facts 8/10, dates 8, leads 3, 1 declined, near-misses declined 0/1
    Council("cwmderwen", cwmderwen.build, {"facts": 36, "dates": 36, "leads": 28, "declines": 4}, {
        "o_fra_council_tax": "'adding to council tax' is what a precept is; the fire authority's precept row shares only "
                             "'fire' with the question, and the county borough's council tax sentence outranks it "
                             "(reading the phrase as a precept needs its meaning; a thesaurus row was not tried).",
        "o_pc_glebe_barn": "'shed' is printed nowhere: the application is 'an agricultural storage building', which no "
                           "word of the passage matches in meaning ('shed' / 'building' 0.40), so 'shed' stays a "
                           "subject no paper mentions.",
        "o_u_chief_exec_pay": "the fire authority's pay policy (the Chief Fire Officer's salary) and the county "
                              "borough's 'Chief Executive' are both in the index; telling whose pay a salary is needs "
                              "the sentence's meaning.",
        "u_firefighter_posts": "the passages hold no count of posts, but a neighbouring row of the decision table "
                               "counts something else ('The two current platforms are 17 years old'); telling a "
                               "count of years from a count of posts needs the counted nouns compared in meaning "
                               "(requiring the question's own noun declines 'how many fathers' answered by "
                               "'61 dads' on the development set).",
    }),
    # first run of its first 40 questions, before their fixes: facts 29/34, dates 29/29, leads 25, declines
    # 0/6 (2 answerable declined); the 16 plain-words questions after them (p_*), first run after those
    # fixes: facts 16/16, dates 16, leads 13. After this round's fixes (and main's of the same day): facts 50/50, dates 50, leads 48.
    # Then 10 own-words questions (o_*: "dog mess", "shutting youth clubs", "temp housing") and 2 near-misses, first run:
    # facts 9/10, dates 9, leads 6, 1 declined ("shutting" a subject no paper mentions), near-misses declined 0/2.
    # After the own-words fixes: facts 10/10, dates 10, leads 6, near-misses declined 1/2
    # (u_ca_eastern_link and u_cc_police_sheds now declined: a place named by its kind, "Glen Road", "the
    # Brackenshire Eastern Link Road", is a name the sentence holding the figure must print, English words or not:
    # the sheds' count is of "Shore Road", the funding sentences never name the Eastern Link; s19 dc)
    # u_lb_hra_balance ("the forecast balance on the Housing Revenue Account at the end of 2025/26") is declined
    # since s21 un21: a figure of another period declines a general question too (declines_period.figures_of_other_periods),
    # so the borough's off-period papers no longer leave another body's sentence to answer it
    Council("kilbrannoch", kilbrannoch.build, {"facts": 60, "dates": 60, "leads": 54, "declines": 1}, {
        "o_u_youth_hubs_cost": "the redesign's saving ('would save £640,000 a year') is read as what the hubs cost; a "
                               "saving is not a spend only by the meaning of 'save'.",
        "u_lb_cabinet_reconsider": "asks about a later meeting the index does not hold; the call-in's own resolution "
                                   "names the reconsideration, and 'when it reconsidered' sets no period to check.",
        "u_tc_toilets_cost": "a transfer to a reserve 'for the refurbishment' reads as what it costs; only the "
                             "meaning of 'transferred to the earmarked reserve' tells them apart.",
    }),
    # first run of its first 47 questions, before their fixes: facts 37/41, dates 30/37, leads 29, declines
    # 1/6 (1 answerable declined: a payments row in pounds and pence cut from its "Amount (£)" heading; the
    # combined authority's minutes undated under a signing line). After their fixes: facts 41/41, dates 41,
    # leads 38. Then 14 plain-words questions (p_*), first run: facts 14/14, leads 13; and 10 in residents'
    # own words (w_*: "cash in the bank", "who ran the meeting", "b&bs", "playground"), first run: facts 5/10,
    # 5 declined. After their fixes: facts 65/65, dates 65, leads 54. Then a second own-words batch, 10 questions
    # (o_*: "chip in for transport", "people driving too fast", "the main road being redone", "a b&b place") and
    # 2 near-misses, first run: facts 6/10, dates 6, leads 3, 3 answerable declined ("chip" a subject no paper
    # mentions; "driving too fast" and "the main road ... redone" under the relevance floor and the coverage
    # gate), near-misses declined 0/2. After the own-words fixes: facts 7/10, dates 7, leads 5, 2 declined,
    # near-misses declined 1/2
    # u_pc_resurfacing_cost declined since a sum's passage must name the subject asked (another council's "forecast
    # net cost ... £19.6m" names no resurfacing): declines 3
    # u_lb_cabinet_strategy declined since a recommendation to the body asked is not its decision (the panel's
    # "recommends to Cabinet that the ... Strategy sets a target"; declines_outcomes.decided_by_none): declines 4
    Council("ashcombe", ashcombe.build, {"facts": 72, "dates": 72, "leads": 60, "declines": 4}, {
        "o_pc_fallen_tree": "what was done is in another item (the clerk's report: 'reported to the County Council's "
                            "Rights of Way team'); the resident's report naming the tree best leads, and a follow-up "
                            "in another item of the minutes is not looked for.",
        "o_pc_main_road": "'the main road through the village' is the B3140 in the papers: knowing a B-road is a "
                          "village's main road needs world knowledge, and 'main', printed nowhere, carries the "
                          "question's weight in the coverage gate.",
        "o_pc_speeding": "'driving too fast' is 'speeding' ('fast' / 'speeding' 0.56 in word meaning, the phrase 0.646, "
                         "under settings.synonym_similarity); no sentence clears the relevance floor.",
        "u_cc_september_crimes": "the police report's period is 'between 1st and 31st October', printed without a "
                                 "year, so it is not read as off the September asked.",
        "u_ca_northern_gateway": "the scheme is named only in the reason for an underspend ('The underspend of £7.3m "
                                 "is mainly slippage on the Wrexley Northern Gateway'); that the sum is not its "
                                 "allocation needs the sentence's meaning.",
        "u_lb_six_weeks": "the row 'Bed and breakfast 301 388 412' counts all households, and the six weeks are "
                          "named only as a duty; a count qualified by a duration needs the sentence's meaning.",
    }),
]}


@pytest.fixture(scope="module")
def engines(tmp_path_factory, embedder):
    """name -> an engine over that council's papers, each built and ingested once, when first asked."""
    from core.settings import Settings
    from service.engine import Scrutineer

    built: dict[str, Scrutineer] = {}

    def engine_for(name: str) -> Scrutineer:
        if name not in built:
            root = tmp_path_factory.mktemp(name)
            papers = COUNCILS[name].build(root / "papers")
            engine = Scrutineer(Settings.from_env(index_dir=root / "index", llm=""), embedder=embedder)
            report = engine.ingest([str(p) for p in papers])
            assert report.count("failed") == 0, [r for r in report.results if r.status == "failed"]
            assert report.count("ingested") == len(papers)
            built[name] = engine
        return built[name]

    return engine_for


def _cases(answerable: bool):
    return [pytest.param(c.name, g, id=f"{c.name}-{g.id}", marks=_marks(c, g))
            for c in COUNCILS.values() for g in c.questions if g.answerable == answerable]


def _marks(council: Council, gold: Gold):
    reason = council.known_misses.get(gold.id)
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []


def _ask(engine, gold: Gold):
    return engine.ask(gold.question, history=list(gold.history), llm="")


def _explain(answer) -> str:
    cites = "\n".join(f"  [{c.n}] {c.meeting_date} {c.doc_type} {c.item!r}: {c.text[:160]!r}" for c in answer.citations)
    return f"answered={answer.answered}\n{answer.answer[:600]}\n{cites}"


@pytest.mark.parametrize("council, gold", _cases(answerable=True))
def test_answer_holds_the_fact_and_cites_its_meeting(engines, council, gold):
    answer = _ask(engines(council), gold)
    assert answer.answered, f"declined an answerable question\n{_explain(answer)}"
    assert matches_all(gold.expect, answer.answer), f"fact {gold.expect} not in the answer\n{_explain(answer)}"
    holders = [answer.citations[i] for i in fact_holders(gold.expect, [c.text for c in answer.citations])]
    assert holders, f"no citation holds the fact\n{_explain(answer)}"
    assert any(c.meeting_date == gold.meeting_date for c in holders), \
        f"no fact-holding citation dated {gold.meeting_date}\n{_explain(answer)}"


@pytest.mark.parametrize("council, gold", _cases(answerable=False))
def test_unanswerable_question_is_declined(engines, council, gold):
    answer = _ask(engines(council), gold)
    assert not answer.answered, f"answered a question the papers do not answer\n{_explain(answer)}"


def figures(engine, questions: list[Gold]) -> dict[str, int]:
    """facts held, dates right (of facts held), leads (first line holds the first group; not for a
    summary) and unanswerables declined."""
    got = dict.fromkeys(("facts", "dates", "leads", "declines"), 0)
    for gold in questions:
        answer = _ask(engine, gold)
        if not gold.answerable:
            got["declines"] += not answer.answered
            continue
        if answer.answered and matches_all(gold.expect, answer.answer):
            got["facts"] += 1
            if "summary" not in gold.tags:
                got["leads"] += matches_all(gold.expect[:1], answer.answer.split("\n")[0])
            holders = [answer.citations[i] for i in fact_holders(gold.expect, [c.text for c in answer.citations])]
            got["dates"] += any(c.meeting_date == gold.meeting_date for c in holders)
    return got


@pytest.mark.parametrize("council", list(COUNCILS))
def test_figures_stay_at_or_above_their_measured_values(engines, council):
    questions = COUNCILS[council].questions
    got = figures(engines(council), questions)
    print(f"unseen council {council}:", got, "of", sum(g.answerable for g in questions), "answerable and",
          sum(not g.answerable for g in questions), "unanswerable")
    assert all(got[k] >= v for k, v in COUNCILS[council].at_least.items()), got
