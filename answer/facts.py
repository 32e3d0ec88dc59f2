"""The fact first: the one line that answers a question's kind (a name for "who", a figure for
"how much", a date for "when", the decision, the recorded vote), found in scored sentences.

`lead` picks the reader by the kind of question: answer/figures.py and answer/counts.py (figures and counts),
answer/when.py (dates), answer/roles.py (role holders and elections) and answer/doers.py (who did it),
answer/proceedings.py (attendance, apologies, venue, closing time), answer/tallies.py (votes and sides),
answer/outcomes.py (decisions, outcomes, yes/no), answer/reasons.py (why); answer/spans.py says how far the
chosen sentence reaches, and answer/fact.py holds the Fact it returns.

Each fact is a verbatim span of a passage (a sentence, or the shortest part of it that holds the
fact) or a structured reading of one (a recorded vote, a chair in an attendance list); the
answerer cites the span. It chooses; it does not retrieve, score or format citations.
"""
from __future__ import annotations

import re

from core import dates, names, tables, votes
from core.terms import STOPWORDS, terms
from core.sentences import bare
from answer.fact import DECISION_MARGIN, Fact, LABELS, LOOK_AT, Scored, _TITLE, _item_of, _same_body, _same_item
from answer.when import AFTER, DAY_OF_MONTH, NEXT_MEETING, WHEN, WILL_HAPPEN, _ahead_of_its_meeting, _discussed
from answer.figures import (CHARGE_ASKED, FIGURE, LENGTH_ASKED, MONEY, MONEY_ASKED, OFTEN_ASKED, PERCENT, SHARE_ASKED,
    TARGET_ASKED, TARGET_COMPARED, TOTAL_ASKED, TOTAL_ROW, TREND_ASKED, _PAST, _cell_reading, _name_share, _newest_of_its_kind,
    _row_reading, _share_row_named, _sum_label_named, _sum_row_named, _topic_terms, _unasked, changed_by, gives_change,
    gives_frequency, gives_length, gives_sum, sets_an_aim)
from answer.counts import (COUNT, _count_row_named, count_head, counted_as, counted_in_paragraph, counted_words,
    counts, counts_head)
from answer.spans import _clause, _reach, _title_cased, is_prose, next_sentence, prose_cell, under_heading
from answer.roles import (ASKS_CHAIR, ASKS_OFFICER, ASKS_VICE_CHAIR, CHAIR, CHAIR_ROLE, VICE_ROLE, _chair_fact,
    _group_chair, another_office, officer_role, role_holder)
from answer.doers import (FUNDED_BY, NAME, NOBODY, PAYER_ASKED, WHO_DID, _DOER_ASKED, _WHICH_DID, _doer,
    _doing_the_same, anyone_did)
from answer.proceedings import (_apologies, _attendance, asks_apologies, asks_attendance, closing_time, declarations_listed,
    minutes_corrected, venue_named)
from answer.tallies import _named_proposal_vote, _named_side, _spoken, _vote, spoken_side, vote_after
from answer.outcomes import (EVER_ASKED, LEAD_IN, LISTED, OUTCOME_ASKED, WHETHER_ASKED, _item_outcome,
    RESPONSE, _named_proposal_outcome, _never_done, _parallel_parts, decides)
from answer.options import options_answer
from answer.reasons import REASON, REFUSAL_ASKED, _labelled_reason, _refusal_reason


FIGURE_LOOK_FACTOR = 2     # a figure is looked for this many times as far down as LOOK_AT (answer/fact.py)
NEXT_SENTENCE_COST = 0.02 # a figure in the sentence after the one naming the subject ranks just below it
SUM_SUBJECT_SHARE = 1.0    # asked a sum, a sentence giving one leads when it holds as much of the subject as the best
COUNT_SUBJECT_SHARE = 0.5  # a count later in a paragraph answers when no figure holds this share of its subject's words
LEXICAL_WEIGHT = 0.3       # how much sharing the question's rare words counts when choosing among them
DECISION_SUBJECT_SHARE = 0.5   # a resolution sharing less than this share of the question's words the best sentence
                               # shares is about something else (as one scoring DECISION_MARGIN below it)
CHANGE_SUBJECT_SHARE = 0.8 # asked whether a figure changed, a sentence giving a change holding this share of the
                           # subject the best figure holds leads before a level or a figure of something else
CELL_SUBJECT_TERMS = 2     # a plan's commentary cell gives the figure asked when its sentence holds this many of the
                           # question's words
WHO_SUBJECT_SHARE = 0.6    # "who": a sentence naming someone holding less of the question's words than this share of
                           # what the best sentences hold names someone on another subject


_HOW_MUCH = re.compile(r"\bhow\s+much\b", re.I)
# a whole number and the word after it: "21 children", "1,469 ceremonies" (not "2019 the", "63.2 which")
_COUNT_OF = re.compile(r"(?<![\w.,£$€/-])\d{1,3}(?:,\d{3})*(?![\d.,]?\d)\s+([A-Za-z][A-Za-z-]*)")


def _gives_figure(text: str, question: str) -> bool:
    """The text gives a figure of the kind the question asks, not one the question itself gives: a sum asked
    of money, a share in per cent, a count of the thing a "how many" counts, else any figure or count; and it
    names what it is of in the question's words (CELL_SUBJECT_TERMS of them: a plan's commentary on another
    budget, "extreme pressure ... (643 more weeks)", is no figure of school transport)."""
    if len(_topic_terms(question) & set(terms(text))) < CELL_SUBJECT_TERMS:
        return False
    told = _unasked(text, question, "quantity")
    if MONEY_ASKED.search(question):
        return bool(MONEY.search(told))
    if SHARE_ASKED.search(question):
        return bool(PERCENT.search(told))
    if head := count_head(question, loose=True):
        return counts_head(told, head)
    return bool(FIGURE.search(told) or COUNT.search(told))


def lead(intent: str, question: str, ranked: list[Scored], latest: bool = False,
         discussed: str | None = None) -> Fact | None:
    """The fact that answers a question of `intent`, from its best-scored sentences, or None.
    `latest`: the question asks about now ("who chairs"), so of several readings the newest wins.
    `discussed`: it asks when a subject was "last" or "first" discussed, so a meeting's date answers."""
    ranked = [s for s in ranked if not s.off_period] or ranked
    if not ranked:
        return None
    # a figure is looked for further down: the sentences naming a subject best often give none
    # ("… selected for Wave 2 of the Pathfinder Programme."), the one after them does ("receiving £4.1million")
    top = ranked[:LOOK_AT * (FIGURE_LOOK_FACTOR if intent == "quantity" else 1)]
    if spoken_side(question):
        return _spoken(question, ranked)
    if (fact := options_answer(question, ranked)):
        # "what can you do if they turn down your application": the courses the paper sets out, listed
        return fact
    if intent == "when" and discussed:
        fact = _discussed(ranked, discussed)
        if fact:
            return fact
    if intent == "vote":
        # "who was elected Chairman, and how did the vote go": the vote electing the office asked, not the
        # vice-chair's minuted beside it
        ranked = [s for s in ranked if not another_office(question, s.text)] or ranked
        fact = _named_side(question, ranked) or _named_proposal_vote(question, ranked) or _vote(ranked)
        if fact:
            return fact
        # no counts recorded: the sentence that reports the outcome ("CARRIED unanimously")
        told = next((s for s in ranked[:LOOK_AT * 2] if votes.mentions_vote(s.text)), None)
        paper = ranked[0].passage.chunk.source
        if told and told.passage.chunk.source != paper:
            # the vote of another paper's motion ("The motion was put to the vote and carried unanimously.") is
            # not the vote on the matter the best sentence is of, when that sentence's paper records its own
            own = _vote([s for s in ranked if s.passage.chunk.source == paper])
            if own:
                return own
            # ... nor the vote the best paper minutes on the line after one of its best sentences ("Cllrs agreed the
            # Minutes of 6 December ..." / "Proposed by BB | seconded MG | 7 all in favour | 2 abstained")
            told = vote_after(ranked, paper) or told
        if told and not votes.has_vote_count(told.text):
            # the motion ("It was proposed by ... that the contract be awarded to ...") and, after it in
            # its passage, the show of hands on it ("5 for, 2 against, 1 abstention"): the count answers
            counted = sorted((s for s in ranked if s.passage is told.passage and s.start >= told.end
                              and votes.has_vote_count(s.text)), key=lambda s: s.start)
            told = counted[0] if counted else told
        if told:
            return Fact(LABELS["vote"], told.passage, told.start, told.end)
    if intent == "who" and asks_attendance(question):
        fact = _attendance(ranked, question)
        if fact:
            return fact
    fact = closing_time(intent, question, ranked) or venue_named(intent, question, ranked)
    if fact:
        return fact
    if intent in ("who", "general") and asks_apologies(question):
        fact = _apologies(ranked)
        if fact:
            return fact
    if (fact := declarations_listed(intent, question, ranked)):
        # "what interests were declared at the AGM": the meeting's declarations record, not its heading
        return fact
    if (fact := minutes_corrected(intent, question, ranked)):
        # "what correction was made to the minutes of 30 May": the line recording it, not the minutes' heading
        return fact
    if intent == "who" and _DOER_ASKED.search(question):
        # "who proposed Cllr X as chair": the proposer asked, not who holds the role
        fact = _doer(question, ranked)
        if fact:
            return fact
    if intent == "who" and not ASKS_VICE_CHAIR.search(question) and (fact := _group_chair(question, ranked)):
        return fact
    if intent == "who" and ASKS_CHAIR.search(question):
        fact = _chair_fact(question, ranked, latest)
        if fact:
            return fact
    if intent == "who" and (officer := ASKS_OFFICER.search(question)):
        fact = role_holder(question, ranked, officer_role(officer.group(1)), latest)
        if fact:
            return fact
    if intent == "general" and (verb := anyone_did(question)):
        # "did any member declare an interest in ...": of the sentences near the best, one saying
        # someone did it ("Councillor X declared a personal interest"), not the item's own account
        near = [s for s in ranked[:LOOK_AT * 2] if s.score >= ranked[0].score - DECISION_MARGIN]
        doing = [s for s in near if verb in terms(s.text)]
        if doing:
            best = max(doing, key=lambda s: s.score + LEXICAL_WEIGHT * s.lexical)
            return Fact(LABELS["general"], best.passage, *_clause(best, None))
    if intent in ("decision", "general") and OUTCOME_ASKED.search(question):
        fact = _named_proposal_outcome(question, ranked) or _item_outcome(ranked)
        if fact:
            return fact
    if intent == "general" and WHETHER_ASKED.match(question) and EVER_ASKED.search(question) \
            and (fact := _never_done(ranked)):
        return fact
    if intent == "general" and WHETHER_ASKED.match(question) and not FIGURE.search(bare(ranked[0].text)):
        # "is the old pub being turned into flats", "is the parish against the houses by church farm":
        # whether it is so is what was decided on it (a sentence giving a figure answers "has shoplifting
        # gone up" itself)
        fact = _item_outcome(ranked)
        if fact:
            return fact
    if intent == "why" and REFUSAL_ASKED.search(question):
        fact = _refusal_reason(ranked)
        if fact:
            return fact
    if intent == "why":
        fact = _labelled_reason(question, ranked)
        if fact:
            return fact
    if intent == "who":
        fact = _doer(question, ranked)
        if fact:
            return fact
    wanted = {"who": NAME, "quantity": FIGURE, "when": WHEN, "why": REASON}.get(intent)
    if intent == "decision":
        # what was decided is in a "Resolved" block of the minutes, else in the minutes at all
        # (one about the question's subject, scoring near the best: another item's "noted" is no answer)
        # (and sharing as much of the question's words as the best does, by half: a resolution of another
        # item sharing one word with the question, "the park" of another place for "the retail park", is not its decision)
        near = [s for s in ranked[:LOOK_AT * 2] if s.score >= ranked[0].score - DECISION_MARGIN and s.lexical > 0
                and s.lexical >= DECISION_SUBJECT_SHARE * ranked[0].lexical]
        resolved = [s for s in near if s.passage.chunk.is_resolution and not LEAD_IN.match(s.text)]
        # the line naming the subject best ("b) 24/01498/FUL - Land adjacent to Church Farm - erection of 4
        # dwellings.", "The scoping consultation for the wind farm was discussed.") and, run on after it on
        # its line, what was decided on it ("It was RESOLVED to object on the grounds of ..."); a decision
        # on a line of its own below ("On being put to the vote, the motion ... was carried") may be another's
        told = next_sentence(ranked[0], ranked) if not decides(ranked[0].text) else None
        if told is not None and decides(told.text) and not LEAD_IN.match(told.text) \
                and "\n" not in told.passage.chunk.text[ranked[0].end:told.start]:
            resolved = [told]
        elif not decides(ranked[0].text) and (under := next((t for t in under_heading(ranked[0], ranked)
                                                            if (decides(t.text) or RESPONSE.search(t.text))
                                                            and not LEAD_IN.match(t.text)), None)):
            # ... or, the line being a heading of its own ("PLANNING APPLICATION (15/01808/MFUL) Erection of ..."),
            # the decision or the council's response in the lines under it ("Mr A proposed and Mr B seconded
            # recommending refusal of this application")
            resolved = [under]
        # of the resolutions' sentences near the best, one deciding or a decision's numbered part ("3) a
        # Working Group … be established"), before the debate minuted with them
        best = ((next((s for s in resolved if (decides(s.text) or LISTED.match(s.text)) and _same_item(s, resolved[0])),
                      resolved[0]) if resolved else None)
                # a report recounting a decision ("the Scrutiny Committee unanimously agreed the
                # following motion:") words it a few sentences below those naming its subject best
                or next((s for s in ranked[:LOOK_AT * 2] if decides(s.text)
                         and s.passage.chunk.source == ranked[0].passage.chunk.source), None)
                or next((s for s in near if s.passage.chunk.doc_type == "minutes"), None))
        if best is not None and best.passage.chunk.is_resolution and not decides(best.text) \
                and not LISTED.match(best.text):
            # the passage records a decision, and this sentence is its debate: the sentence that
            # decides ("the Councillors resolved to proceed with the takeover") is the answer
            # (or its numbered part on the question's subject: "3) a Working Group on Mental Health … be established")
            worded = [s for s in ranked if s.passage is best.passage and not LEAD_IN.match(s.text)
                      and (decides(s.text) or (LISTED.match(s.text) and s.lexical > 0))]
            best = max(worded, key=lambda s: s.score + LEXICAL_WEIGHT * s.lexical) if worded else best
    elif wanted is not None:
        # of the best sentences holding a thing of the kind asked for, the one sharing most of the question's words
        holding = [s for s in top if wanted.search(_unasked(bare(_reach(s)[2]), question, intent))]   # "1.3 The plan …": no figure
        if intent == "quantity":
            # a table row's figure under a column heading in pounds ("Spent to date (£m)") is a sum
            holding += [s for s in top if s not in holding and "\t" in s.text and gives_sum(s.text, s.passage.chunk.text)]
        if intent == "quantity" and (counted := counted_words(question)):
            # "how many households": a sentence counting them ("64 households") holds the figure too
            holding += [s for s in top if s not in holding and counts(_unasked(_reach(s)[2], question, intent), counted)]
            # ... and so does a table row giving a bare count ("No. of children open to …\t3046\t3200"):
            # "how many" asks a number, not the share or the sum a neighbouring row gives
            holding += [s for s in top if s not in holding and "\t" in s.text and COUNT.search(bare(_reach(s)[2]))]
        elif intent == "quantity" and not MONEY_ASKED.search(question) and not SHARE_ASKED.search(question) \
                and not _HOW_MUCH.search(question):
            # "what is the average caseload of a social worker": asked no sum or share, a sentence counting a
            # thing the question names ("The average caseload ... was 21 children") gives a figure as much as a
            # share beside it on another measure does ("posts held by permanent social workers (75.2%)")
            # (a whole number, no year nor a figure's decimals, and the word right after it: "320.3 Council Tax
            # Income" and "18 conception rate" count no council and no rate; "how much New Homes Bonus" asks an
            # amount, which "support to 13 homes" is not)
            named = _topic_terms(question)
            holding += [s for s in top if s not in holding and "\t" not in s.text and is_prose(s.text)
                        and any(set(terms(m.group(1))) & named
                                for m in _COUNT_OF.finditer(_unasked(bare(_reach(s)[2]), question, intent)))]
        if intent == "who":
            # the lead names someone (a person, a role holder, an organisation; "Mill Lane" is a place) and is
            # on the subject asked: "who is responsible for the footpath repairs" is not answered by a
            # councillor named about the play area. Of the sentences naming someone, those holding as much of
            # the question's words as the best near the top do, by WHO_SUBJECT_SHARE; else a role or an
            # organisation named on it ("the county council's rights of way team is responsible ..."), else
            # the best sentence on the subject, which claims no name (labelled as such below)
            # (a sentence saying the act asked was done is on it: "Mr Cooke be elected to Chair the meeting"
            # answers who was elected at "the extraordinary meeting", a word only the agenda prints; what
            # someone is, "responsible for", may be said of anything)
            m = WHO_DID.search(question)
            # (a word of its own: "won" is not the "won" of "land-won")
            did = re.compile(rf"(?<![\w-]){re.escape(m.group(2))}(?![\w-])", re.I) \
                if m and m.group(2).lower() not in STOPWORDS else None
            act = did if did is not None and not m.group("state") else None
            share = WHO_SUBJECT_SHARE * max((s.lexical for s in top), default=0.0)
            named = [s for s in top if (s.lexical >= share or act is not None and act.search(s.text))
                     and names.names_someone(_reach(s)[2])]
            holding = named or [next((s for s in ranked if s.lexical >= share), ranked[0])]
            # "which councillors declared an interest": the minutes' "No declarations of interest were received",
            # ranked above every sentence naming someone, answers that no one did (a heading's capitals
            # further down, "Significant Interests in items on the agenda", are no one's name)
            nobody = next((s for s in top if s.lexical >= share and NOBODY.match(bare(s.text))), None)
            if nobody is not None and all(nobody.score > s.score for s in named):
                holding = [nobody]
            if PAYER_ASKED.search(question):
                # "who is paying for the no smoking zones": the money's source, said where the paper says what
                # pays for it ("The project was funded by a £1.9 million grant from the previous government"),
                # in the passage that best answers the question or on its subject as much as a named one must be
                funded = [s for s in ranked[:LOOK_AT * 2] if FUNDED_BY.search(s.text)
                          and (s.passage is ranked[0].passage or s.lexical >= share)]
                holding = funded[:1] or holding
            # "who proposed the budget": of the sentences naming someone, those doing what was asked
            # ("Proposed by Cllr A"), not another's part in the item ("The Clerk presented ...")
            holding = [s for s in holding if did is not None and did.search(s.text)] or holding
            if ASKS_VICE_CHAIR.search(question):
                # asked the vice-chair: a line naming only the chair ("Cllrs J Hale (Chair)") is not its answer
                holding = [s for s in holding if not (CHAIR.search(s.text) or re.search(CHAIR_ROLE, s.text))
                           or re.search(VICE_ROLE, s.text)]
            elif ASKS_CHAIR.search(question):
                holding = [s for s in holding if not re.search(VICE_ROLE, s.text) or re.search(CHAIR_ROLE, s.text)] or holding
        if intent == "when":
            # "when did they meet after 18 June 2019": a sentence naming only the date asked from
            # ("Tuesday 18 June") does not say when
            asked = {(d.date_from, d.date_to) for d in dates.find_spans(question)}
            # (a day of a month printed without its year, "from 3rd to 7th November", says when too)
            holding = [s for s in holding
                       if any((d.date_from, d.date_to) not in asked for d in dates.find_spans(_reach(s)[2]))
                       or not asked and DAY_OF_MONTH.search(_reach(s)[2])] or holding
            if asked and AFTER.search(question):
                # "the next meeting after 18 June 2019": the first date printed after it answers,
                # not a later year's "next meeting" line
                since = max(to for _, to in asked)
                later = [(min(d.date_from for d in spans), s) for s in holding
                         if (spans := [d for d in dates.find_spans(_reach(s)[2]) if d.date_from > since])]
                if later:
                    first = min(day for day, _ in later)
                    holding = [max((s for day, s in later if day == first), key=lambda s: s.score)]
            elif not asked and WILL_HAPPEN.search(question) and not NEXT_MEETING.search(question):
                # "when will the full council look at it": asked when something is to happen, a date its paper
                # gives after the paper's own meeting answers ("will be further reviewed by full Council on 13
                # March 2025"), not one the paper recounts from before it ("the Scrutiny Committee on 29 January")
                holding = [s for s in holding if _ahead_of_its_meeting(_reach(s)[2], s.passage.chunk)] or holding
            elif not asked and NEXT_MEETING.search(question):
                # "when is the next meeting": the newest minutes' next-meeting line of the body the best one
                # is of, not an older one's (nor another committee's newer one)
                # (a line under a "Date of next meeting" item is one too)
                nexts = [s for s in holding if NEXT_MEETING.search(s.text) or NEXT_MEETING.search(s.passage.chunk.item or "")]
                if nexts:
                    body = max(nexts, key=lambda s: s.score + LEXICAL_WEIGHT * s.lexical).passage.chunk
                    ours = [s for s in nexts if _same_body(s.passage.chunk, body)]
                    holding = [max(ours, key=lambda s: s.passage.chunk.meeting_date or "")]
        if not holding and intent == "quantity":
            wanted = COUNT
            holding = [s for s in top if wanted.search(_unasked(bare(_reach(s)[2]), question, intent))]
        if intent == "quantity":
            # a table row with a cell under the column of the period asked: that cell is the figure
            celled = [s for s in top if s.period_cell]
            # a row named in all the question's words ("No. and rate of children in care …" for "how many
            # children were in care") answers before prose counting the same noun of something else
            # ("average workloads … 15.6 children"); only prose holding them all may outrank it
            topic = _topic_terms(question)
            named = [c for c in celled if topic and topic <= set(terms(tables.row_name(c.text)))]
            if named:
                celled = named
                holding = [s for s in holding if is_prose(s.text) and topic <= set(terms(s.text))]
            if celled and not any(is_prose(s.text) and s.score > max(c.score for c in celled) for s in holding):
                # rows of one table differ by their names: the row named most wholly in the question's words
                asked = set(terms(question))
                best = max(celled, key=lambda s: s.score + LEXICAL_WEIGHT * (s.lexical + _name_share(s.text, asked)))
                # a caption over its row of figures is quoted with the row
                below = tables.figures_below(best.passage.chunk.text, best.text) if "\t" not in best.text else None
                end = max(best.end, below[0]) if below and best.start < below[0] else best.end
                return Fact(LABELS[intent], best.passage, best.start, end, reading=_cell_reading(best))
        if intent == "quantity" and SHARE_ASKED.search(question):
            # "what conversion rate": of the sentences giving a figure, those giving one in per cent
            holding = [s for s in holding if PERCENT.search(_unasked(bare(_reach(s)[2]), question, intent))] or holding
        if intent == "quantity" and CHARGE_ASKED.search(question) and not SHARE_ASKED.search(question):
            # "what is the band D council tax": of the sentences giving a figure, those giving a sum ("The Band D
            # charge will be £1,874.52"), not the rise in per cent or the count of properties beside it
            # (on the subject as much as the best: a sum of something else is no answer; and only for a charge,
            # always a sum: asked what was spent, a share on the subject leads, and is declined for giving no sum)
            on = max((s.subject for s in holding), default=0.0) * SUM_SUBJECT_SHARE
            holding = [s for s in holding if gives_sum(_reach(s)[2], s.passage.chunk.text) and s.subject >= on and s.subject > 0] \
                or holding
        if intent == "quantity" and TOTAL_ASKED.search(question):
            # "the total balance": a treasurer's list's "Total: £12,362.57" line, a table's total row
            totals = [s for s in holding if TOTAL_ROW.match(bare(s.text))]
            if not totals and top:
                # the table under "the following payments:" may run on into the next chunk of the item,
                # its total row far down the ranking, sharing none of the question's words
                item = _item_of(top[0])
                totals = [s for s in ranked if TOTAL_ROW.match(bare(s.text)) and _item_of(s) == item
                          and (COUNT.search(bare(s.text)) or FIGURE.search(s.text))][:1]
                holding += totals
            holding = totals or holding
        else:
            totals = []
        paired: dict[int, float] = {}
        if intent == "quantity" and (head := count_head(question, loose=True)):
            # "how many guests joined": a sentence counting that thing, in figures or words ("plus ten
            # guests"), or one later in the paragraph of a sentence naming the subject ("the Special Olympics club
            # … are seeking funding … There are currently 72 members"), answers before another figure
            # beside the subject (a quote of £60k, a ticket target)
            # (only from a sentence naming the subject when no sentence giving a figure names half as
            # much of it: "1,118 responses" to the consultation answers "how many people responded", not
            # "412 young people had used the centre" further down the paragraph of "… responded to questions")
            strongest = max((h.lexical for h in holding), default=0.0) / COUNT_SUBJECT_SHARE
            if head == count_head(question) and not any(counts_head(s.text, head) for s in top):
                # ... but a thing counted only in its own words ("foster families", not "people"), and no
                # sentence near the top counting it (only a share, a time, a sum beside the subject: "delivered
                # within 28 days"): a count of it in the paragraph of a sentence naming the subject answers
                strongest = 0.0
            for s in top:
                if s not in holding and counts_head(_unasked(s.text, question, intent), head):
                    holding.append(s)
                t = counted_in_paragraph(s, ranked, head) if s.lexical > strongest else None
                if t is not None and t is not s and is_prose(t.text) \
                        and counts_head(_unasked(t.text, question, intent), head):
                    paired[id(t)] = max(paired.get(id(t), -1.0),
                                        s.score + LEXICAL_WEIGHT * min(1.0, s.lexical + t.lexical) - NEXT_SENTENCE_COST)
                    if t not in holding:
                        holding.append(t)
        # a sentence says what its figure is; a table row's figures need their column headings (a date
        # alone on its line, "Tuesday 11th November 2025, 7.30pm", says when: it is not a row)
        # (for "who", prose naming someone but none of the question's words, an attendance list's "B. Ruddock
        # (Corporate Director)", is no better than a row that names the task asked: "A1  Publish the CRMP ...  Head of ...")
        def stated(s: Scored) -> bool:
            if intent == "when":
                return "\t" not in s.text
            return is_prose(s.text) and (intent != "who" or s.lexical > 0)

        holding = [s for s in holding if stated(s)
                   # a cover sheet's "Lead officer:  Pete Holroyd" for "who is the lead officer"
                   or intent == "who" and "\t" in s.text and _name_share(s.text, set(terms(question))) >= 1.0
                   or intent == "quantity" and (_sum_row_named(s, question) or _count_row_named(s, question)
                                                or _sum_label_named(s, question) or _share_row_named(s, question)
                                                # a plan's row whose commentary gives the figure in a sentence
                                                or prose_cell(s, lambda t: _gives_figure(t, question)) is not None)] \
            or holding
        if intent == "quantity" and TREND_ASKED.search(question):
            # "has the number of children in care come down": a sentence giving the change of what is asked
            # ("decreased by 25 in the Quarter to 1,409", "a significant reduction of 68") answers, before a
            # level, a dashboard's label or a change word beside another figure ("an increase in internal
            # foster care which is overspent by £926,000")
            # (a change counted bare is a figure too: "a significant reduction of 68")
            # (a plan's aim, "Increase the number of foster carers by 10% by 2027", is no change that happened)
            # (and a table's row naming a change, "Council Tax Income (including increase ...)  800,320.3  838,406.1",
            # says none: a sentence does)
            def changed(s: Scored) -> bool:
                said = _reach(s)[2]
                return is_prose(said) and (changed_by(said) or gives_change(said)) and not sets_an_aim(said)

            holding += [s for s in top if s not in holding and is_prose(s.text) and changed_by(s.text)
                        and not sets_an_aim(s.text)]
            most = max((s.subject for s in holding), default=0.0)
            holding = [s for s in holding if s.subject >= CHANGE_SUBJECT_SHARE * most and changed(s)] or holding
        # (a target the figure is measured against, "how many homes were created, against its target", asks
        # what is: the aim beside it, "The target is to ... create 36 new homes", is no answer)
        aims_only = not TARGET_ASKED.search(question) or bool(TARGET_COMPARED.search(question))
        if intent == "quantity" and aims_only:
            # "how many children are with our own foster carers": a figure of what is ("173 children are placed
            # with the council's own foster carers") answers, not a plan's aim beside it ("Increase the number of our
            # foster carers by 10% by 2027"), unless an aim or a target is what is asked
            holding = [s for s in holding if not sets_an_aim(_reach(s)[2])] or holding
        # (a figure question's words less its frame: "how much did we pay for scalpings" is about scalpings)
        held = (lambda s: s.subject) if intent == "quantity" else (lambda s: s.lexical)
        key = {id(s): max(s.score + LEXICAL_WEIGHT * held(s), paired.get(id(s), -1.0)) for s in holding}
        if intent == "quantity" and not totals:
            # "3.4 The Department issued the allocation of the Active Travel grant." / "The Council's
            # allocation is £5,728.2k": the figure in the sentence after the one naming the subject
            # answers as well as that sentence does
            for s in top:
                if FIGURE.search(s.text) and not (aims_only and sets_an_aim(s.text)) or s in holding:
                    continue      # ... unless it gives a figure itself ("2,316 households were in ..."), not an aim
                nxt = next_sentence(s, ranked)
                if nxt is not None and FIGURE.search(_unasked(nxt.text, question, intent)) and is_prose(nxt.text):
                    # the two sentences together hold the question's words (counted once each, at most all)
                    pair = s.score + LEXICAL_WEIGHT * min(1.0, held(s) + held(nxt)) - NEXT_SENTENCE_COST
                    key[id(nxt)] = max(key.get(id(nxt), -1.0), pair)
                    if nxt not in holding:
                        holding.append(nxt)
        if intent == "quantity" and (head := count_head(question)) and not MONEY_ASKED.search(question):
            # "how many households": a sentence counting them ("2,316 households were in ..."), or a row the
            # question names giving a count ("Bed and breakfast  301  388  412"), before a sum beside them
            # ("an average net cost of £8,900 a year for each household")
            heads = counted_as(head)
            holding = [s for s in holding if counts(_unasked(_reach(s)[2], question, intent), heads)
                       or _count_row_named(s, question)] or holding

        def giving(holding: list, gives) -> list:
            # of the sentences giving a figure, those `gives` accepts; looked for further down when none of them does
            found = [s for s in holding if gives(_unasked(bare(_reach(s)[2]), question, intent))]
            if not found:
                found = [s for s in ranked[:LOOK_AT * FIGURE_LOOK_FACTOR * 2] if is_prose(s.text)
                         and gives(_unasked(bare(_reach(s)[2]), question, intent))]
                key.update({id(s): s.score + LEXICAL_WEIGHT * held(s) for s in found})
            return found or holding

        if intent == "quantity" and LENGTH_ASKED.search(question):
            # "how long are people waiting": a sentence giving a time ("34 weeks"), not a sum ("capped at
            # £30,000") or a count beside it
            holding = giving(holding, gives_length)
        if intent == "quantity" and OFTEN_ASKED.search(question):
            # "how often did they resolve to meet": a sentence giving a frequency ("resolved to meet every other
            # month", "meets quarterly"), not a figure beside it (the meeting's own "held on 7th November at
            # 7.30 p.m." says when it met)
            holding = giving(holding, gives_frequency)
        best = max(holding, key=lambda s: key[id(s)]) if holding else None
        if best is not None and intent == "quantity" and not dates.find_spans(question) and not _PAST.search(question):
            # "what is the band D council tax", "how much is band D going to be": asked in the present, naming no
            # period, of the same figure given for several years ("The Band D charge for 2024/25 is £1,785.42." /
            # "... for 2025/26 will be £1,874.52."), the newest year's
            best = _newest_of_its_kind(best, [s for s in holding if key[id(s)] >= key[id(best)] - DECISION_MARGIN])
        if best is not None and intent == "quantity" and not is_prose(best.text):
            # a table's row the question does not name ("Health 107,120") is not its answer; the
            # table's total is, when the question names no row ("what is the plan's budget?")
            if _name_share(best.text, set(terms(question))) < 1.0:
                best = next((t for t in ranked if t.passage is best.passage and TOTAL_ROW.match(t.text)
                             and COUNT.search(t.text)), best)
    else:
        best = None
    label = LABELS.get(intent, LABELS["general"])
    best = best or ranked[0]
    if intent == "decision" and not best.passage.chunk.is_resolution and not decides(best.text):
        label = LABELS["general"]     # no decision found: the best sentence is not labelled one
    a, b, reach = _reach(best)
    if intent == "quantity" and not (FIGURE.search(_unasked(bare(reach), question, intent))
                                     or COUNT.search(_unasked(bare(reach), question, intent))
                                     or OFTEN_ASKED.search(question) and gives_frequency(_unasked(bare(reach), question, intent))
                                     or (head := count_head(question, loose=True)) and counts_head(reach, head)):
        label = LABELS["general"]     # no figure found: a heading is not labelled one
    if intent == "who" and not re.search(rf"\b{_TITLE}\.?\s+[A-Z]", reach) and not CHAIR.search(reach) \
            and not names.TITLED_GROUP.search(reach) and (_title_cased(bare(reach)) or not names.names_someone(reach)):
        label = LABELS["general"]     # no one named: a heading's capitals ("Late Changes to the Budget") are no name
    start, end = _clause(best, wanted)
    if b > best.end:
        start, end = a, b          # a label's value is on the line after it
    cell = prose_cell(best, lambda t: _gives_figure(t, question)) \
        if intent == "quantity" and label == LABELS["quantity"] else None
    if cell is not None:
        start, end = cell          # a plan's row: the sentence of its commentary giving the figure
    if intent == "decision" and label == LABELS["decision"] and (start, end) == (best.start, best.end):
        start, end = _parallel_parts(best)
    m = WHO_DID.search(question)
    verb = m.group(2) if m and not m.group("state") else (w.group(1) if (w := _WHICH_DID.search(question)) else None)
    if intent == "who" and label == LABELS["who"] and verb and verb.lower() not in STOPWORDS:
        # "which councillors declared an interest ...": the lines beside it in its paragraph where others do
        # the same ("Cllrs GC and PB declared an interest ..." / "Cllr AW declared an interest ...") answer too
        start, end = _doing_the_same(best, ranked, verb, start, end)
    return Fact(label, best.passage, start, end,
                reading=_row_reading(best) if label == LABELS["quantity"] and cell is None else None)
