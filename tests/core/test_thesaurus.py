"""The plain-words thesaurus: what a question's everyday words expand to, and what a text holds."""
from core import thesaurus
from core.terms import terms

LINES = """
# --- children ---
children looked after | looked after children | children in care | cla = kids in care | care kids
self-harm | self harm = hurting themselves | harming themselves
ehcp | education health and care plan
children | young people = kids
household waste recycling centre | hwrc = the tip | rubbish tip
""".splitlines()


def test_plain_phrase_expands_to_the_papers_forms_longest_first():
    th = thesaurus.Thesaurus.parse(LINES)
    got = th.expand("How many kids in care are there?")
    assert [e.phrase for e in got] == ["kids in care"]          # not "kids" alone
    assert "children looked after" in got[0].alternatives and "kids" not in " ".join(got[0].alternatives)


def test_stems_and_hyphens_match():
    th = thesaurus.Thesaurus.parse(LINES)
    assert [e.phrase for e in th.expand("are kids hurting themselves")] == ["kids", "hurting themselves"]
    assert th.expand("Who decides on EHCPs?")[0].alternatives == ("education health and care plan",)
    assert th.expand("an education, health and care plan")[0].alternatives == ("ehcp",)


def test_stop_words_are_part_of_a_phrase():
    th = thesaurus.Thesaurus.parse(LINES)
    assert th.expand("is the tip open") and not th.expand("a tip for officers")


def test_a_text_in_the_papers_words_holds_the_question_words():
    th = thesaurus.Thesaurus.parse(LINES)
    ex = th.expand("what are we doing about kids hurting themselves")
    sentence = set(terms("The task and finish group on self-harm among young people reported."))
    held = thesaurus.held(ex, sentence)
    assert set(terms("kids hurting themselves")) <= held
    assert thesaurus.held(ex, set(terms("Highway maintenance was discussed."))) == set()


def test_search_text_adds_only_official_forms():
    th = thesaurus.Thesaurus.parse(LINES)
    q = "is the tip open on sundays"
    text = thesaurus.search_text(q, th.expand(q))
    assert text.startswith(q) and "household waste recycling centre" in text and "rubbish tip" not in text


def test_the_shipped_thesaurus_parses_and_names_no_place():
    th = thesaurus.default()
    assert th.expand("kids hurting themselves")
    text = thesaurus.DATA.read_text(encoding="utf-8").lower()
    for name in ("warwickshire", "kent", "bristol", "merton", "exampleshire"):
        assert name not in text
    # "who won" asks about a contest of any kind, not only an election
    assert not any("elections" in e.alternatives for e in th.expand("which school was the pupil who won the art prize from"))
    assert any("elections" in e.alternatives for e in th.expand("how many people voted in the council elections"))


def test_a_line_without_an_official_form_is_refused_with_its_number():
    try:
        thesaurus.Thesaurus.parse(["ok | fine", " = only plain"], where="t.txt")
    except ValueError as e:
        assert "t.txt, line 2" in str(e)
    else:
        raise AssertionError("no error")


def test_acronyms_printed_in_capitals_are_spelled_out_for_the_embedder():
    from core.thesaurus import spelled_out
    assert spelled_out("Officers confirmed that 712 new EHC Plans were issued") == ["education health and care plan"]
    assert spelled_out("The share of 16-17 year olds who are NEET fell") == ["not in education employment or training"]
    assert spelled_out("a mat by the door") == [] and spelled_out("no acronym here") == []


def test_a_sentence_is_embedded_with_its_acronyms_spelled_out():
    from core.contexts import sentence_context
    from core.types import Chunk
    chunk = Chunk(chunk_id="c", text="", source="s", header="", committee=None, meeting_date=None, pack_date=None,
                  doc_type="report", title="SEND", item="5. SEND update", section=None, page_start=None, page_end=None,
                  source_sha256="0" * 64, is_resolution=False)
    assert sentence_context(chunk, "712 new EHC Plans were issued.") == \
        "5. SEND update: 712 new EHC Plans were issued. (education health and care plan)"


def test_a_table_row_is_embedded_as_its_name_and_its_tables_column_headings():
    from core.contexts import chunk_contexts
    from core.types import Chunk
    text = ("Performance summary\n\tMarch 22\tJune 22\tDec 22\n"
            "Children entering care\t21.00\t19.33\t18.67\n"
            "No. of children in care\t730\t730\t693\n\nFurther achievements follow.")
    chunk = Chunk(chunk_id="c", text=text, source="s", header="", committee=None, meeting_date=None, pack_date=None,
                  doc_type="report", title="T", item="3. Plan", section=None, page_start=None, page_end=None,
                  source_sha256="0" * 64, is_resolution=False)
    contexts = chunk_contexts(chunk)
    assert "3. Plan: No. of children in care (March 22, June 22, Dec 22): 730 730 693" in contexts
    assert "3. Plan: Further achievements follow." in contexts          # prose is as it was


def test_a_phrase_the_papers_print_is_not_rewritten_as_a_residents_word():
    t = thesaurus.Thesaurus.parse([
        "off-street parking | council car parks = car park | car parks",      # residents say it ...
        "car park | car parks | parking places",                             # ... and papers print it
    ])
    # of two phrases the same length, the papers' own wins: nothing to rewrite
    assert [e.plain for e in t.expand("what did they decide about the car park")] == []


def test_a_single_generic_word_is_never_a_plain_word():
    t = thesaurus.Thesaurus.parse(["planning applications | planning permission = planning | getting planning"])
    assert t.expand("what does the plan say about the park") == []        # "plan" is where to look
    assert [e.phrase for e in t.expand("is getting planning hard")] == ["getting planning"]


def test_a_plain_word_whose_stem_is_a_stop_word_is_never_matched():
    # "outing" stems to "out": as a plain word it would expand "take out the one-off savings" to trips
    th = thesaurus.Thesaurus.parse(["trip | visit = day out | outing | outings"])
    assert not th.expand("how far in the red once you take out the one-off savings")
    assert [e.phrase for e in th.expand("where did they go on their day out")] == ["day out"]


def test_a_day_out_is_searched_as_the_papers_trip():
    # everyday English: residents say "day out", minutes record "a trip to ..."
    ex = thesaurus.default().expand("where did the kids from the children in care council go on their day out")
    assert any(e.phrase == "day out" and "trip" in e.alternatives for e in ex)


def test_the_rest_of_the_country_is_the_papers_england():
    # residents compare with "the rest of the country"; papers print "England" and "national average"
    ex = thesaurus.default().expand("are more of our 16 and 17 year olds out of work than in the rest of the country")
    assert any(e.phrase == "the rest of the country" and "england" in e.alternatives for e in ex)
    q = "is our rate worse than the rest of the country"
    assert "england" in thesaurus.search_text(q, thesaurus.default().expand(q))


def test_a_plain_phrase_is_matched_with_a_small_word_said_inside_it():
    # people ask "how many kids were in care", the table lists "kids in care"
    th = thesaurus.Thesaurus.parse(LINES)
    q = "roughly how many kids were in care at the end of 2022"
    got = th.expand(q)
    assert [e.phrase for e in got] == ["kids were in care"]
    assert got[0].alternatives[0] == "children looked after"
    assert thesaurus.rewritten(q, got) == "roughly how many children looked after at the end of 2022"


def test_a_negation_inside_a_plain_phrase_is_not_the_phrase():
    th = thesaurus.Thesaurus.parse(LINES)
    assert [e.phrase for e in th.expand("how many kids not in care")] != ["kids not in care"]


def test_an_official_phrase_is_matched_only_as_printed():
    # the papers' own forms are exact: "children were looked after" is not the term "children looked after"
    th = thesaurus.Thesaurus.parse(LINES)
    assert all(e.phrase != "children were looked after" for e in th.expand("children were looked after"))


def test_everyday_words_reach_the_papers_words():
    th = thesaurus.default()
    q = "did the inspector say the quarry and rubbish plan was ok"
    assert any(e.phrase == "rubbish" and "waste" in e.alternatives for e in th.expand(q))
    q = "are care leavers getting somewhere decent to live"
    assert any("suitable accommodation" in e.alternatives for e in th.expand(q))
    q = "is the council getting send plans out on time"
    assert any("issued within 20 weeks" in e.alternatives for e in th.expand(q))
    # openness is what papers call transparency ("Expects there to be as much transparency as possible")
    q = "why is there so much secrecy, what did they say about openness in the process"
    assert [e.alternatives[0] for e in th.expand(q)] == ["transparency", "transparency"]


def test_a_phrase_its_group_lists_on_both_sides_is_expanded_but_kept():
    # "playground" is printed in papers and said by residents: it still brings "play areas" to the search
    t = thesaurus.Thesaurus.parse(["play areas | playgrounds | muga | multi use games area = swings | playground"])
    got = t.expand("When will the playground be fixed?")
    assert [(e.phrase, e.alternatives[0]) for e in got] == [("playground", "play areas")]
    q = "When will the playground be fixed?"
    assert "play areas" in thesaurus.search_text(q, got) and thesaurus.rewritten(q, got) == q
    # an acronym keeps its full form, with nothing from the plain side
    assert t.expand("the MUGA")[0].alternatives == ("multi use games area",)


def test_social_care_alone_is_not_read_as_adults_care():
    # "social care" is children's as often as adults': papers print both "children's social care" and
    # "adult social care", so the shipped thesaurus does not narrow it to either
    th = thesaurus.default()
    got = th.expand("how much is the government giving to change how families get help from social care")
    assert not any("adult social care" in e.alternatives for e in got)
    assert any("adult social care" in e.alternatives for e in th.expand("is there enough care for old people"))


def test_a_negative_contraction_is_said_as_not():
    # "aren't in work or school" is the plain phrase "not in work or school"
    th = thesaurus.Thesaurus.parse(["not in education employment or training | neet = not in work or school"])
    got = th.expand("how many teenagers aren't in work or school")
    assert [e.alternatives[0] for e in got] == ["not in education employment or training"]
    assert th.expand("how many teenagers are not in work or school")[0].phrase == "not in work or school"


def test_young_people_out_of_school_college_or_work_are_the_papers_neet():
    th = thesaurus.default()
    for q in ("how many teenagers aren't in school, college or a job?", "how many young people are not in education or work"):
        assert any("not in education employment or training" in e.alternatives for e in th.expand(q)), q


def test_walking_and_cycling_is_searched_as_the_papers_active_travel():
    th = thesaurus.default()
    q = "how much is the council getting for walking and cycling schemes this year?"
    got = th.expand(q)
    assert any("active travel" in e.alternatives for e in got)
    assert "active travel" in thesaurus.search_text(q, got)


def test_a_word_only_residents_say_is_held_by_its_groups_official_form():
    # "which tips ..." matches no phrase of the tip's group, but a sentence printing "HWRCs" still says it
    th = thesaurus.Thesaurus.parse(LINES)
    sentence = set(terms("three HWRCs were currently unable to accept soft furnishings"))
    assert th.said_under("tip", sentence)
    assert not th.said_under("tip", set(terms("Highway maintenance was discussed.")))
    # a word an official form prints is the papers' own: it is held only as printed
    assert not th.said_under("care", set(terms("children looked after")))


def test_a_word_that_only_qualifies_a_residents_phrase_is_not_held_by_its_group():
    # "church hall" is a village hall; "the path to the church" is not about one
    th = thesaurus.default()
    assert th.said_under("tip", set(terms("three HWRCs were open")))
    assert not th.said_under("church", set(terms("held on Monday 12 May 2025 in the Village Hall")))


def test_a_resident_asking_which_schools_expel_most_is_searched_as_exclusions():
    ex = thesaurus.default().expand("which area expels the most pupils")
    assert any("exclusions" in e.alternatives for e in ex)
    ex = thesaurus.default().expand("how many were kicked out for good last year")
    assert any("permanent exclusion" in e.alternatives for e in ex)


def test_charging_firms_for_staff_car_parks_is_searched_as_the_workplace_parking_levy():
    ex = thesaurus.default().expand("how much will it cost to look at charging firms for their staff car parks")
    assert any("workplace parking levy" in e.alternatives for e in ex)


def test_being_off_sick_or_not_making_it_to_a_meeting_is_searched_as_its_apologies():
    th = thesaurus.default()
    for q in ("who couldn't make it to the March meeting?", "who was off sick at the last meeting?",
              "who wasn't there at the parish council?"):
        assert any("apologies" in e.alternatives for e in th.expand(q)), q


def test_a_councillor_who_quit_is_searched_as_the_papers_resignation():
    # residents say a councillor "quit"; minutes record that they "resigned" (not the word "councillors")
    for q in ("which councillor quit last year", "has any town councillor quit"):
        ex = thesaurus.default().expand(q)
        assert any("resigned" in e.alternatives for e in ex), ex


def test_spraying_weedkiller_is_held_by_the_papers_weed_killing():
    # residents ask about "spraying weedkiller"; a parish's minutes say it "remains against weed-killing"
    q = "does the council still spray weedkiller, is it ok with spraying weedkiller in the churchyard"
    ex = thesaurus.default().expand(q)
    said = set(terms("The Council remains opposed to weed-killing on its land."))
    assert set(terms("spraying weedkiller")) <= thesaurus.held(ex, said)


def test_weddings_a_backlog_and_roads_dug_up_reach_the_papers_words():
    th = thesaurus.default()
    # registrars report "marriage and civil partnership ceremonies", not weddings
    q = "are more people getting married at the register office than last year"
    assert any(e.alternatives[0] == "marriage and civil partnership ceremonies" for e in th.expand(q))
    # a pile of work not yet done is the papers' backlog, work in progress or open enquiries
    q = "is the pile of unfixed road problems smaller than last year"
    assert any("backlog" in e.alternatives for e in th.expand(q))
    # "digging up the same roads": the phrase said with a small word inside it is street works
    q = "cant the council stop the gas companies digging up the same roads over and over"
    assert any("street works" in e.alternatives for e in th.expand(q))


def test_a_plain_phrase_is_matched_with_a_name_said_inside_it():
    # "buy the pub" asked naming which pub: the name is no word of the phrase, and the question keeps it
    th = thesaurus.Thesaurus.parse(["community ownership | community right to bid = buy the pub | save the pub"])
    q = "is the village trying to buy the Red Lion pub"
    got = th.expand(q)
    assert [e.phrase for e in got] == ["buy the red lion pub"] and got[0].name == "red lion"
    assert got[0].terms == frozenset(terms("buy pub"))
    assert thesaurus.rewritten(q, got) == q
    # a text in the papers' words holds the name only when its passage prints it
    words = set(terms("investigating legal structures for community ownership of the pub"))
    assert thesaurus.held(got, words) == set(terms("buy pub"))
    around = words | set(terms("The Red Lion Community Group"))
    assert thesaurus.held(got, words, around) == set(terms("buy pub Red Lion"))
    # a name runs to three words at most, and a small word is none of them
    assert th.expand("buy the Old Red Lion Inn pub") == [] and th.expand("buy the pub or the shop") != []
    assert th.expand("buy the one that is a pub") == []


def test_plain_words_for_the_police_share_of_council_tax():
    th = thesaurus.default()
    for q in ("how much more do i pay for the police on my council tax", "what is the police bit of council tax this year"):
        assert any(e.alternatives[0] == "police precept" for e in th.expand(q)), q
    q = "are people trying to buy the Plough pub"
    assert any("community ownership" in e.alternatives for e in th.expand(q))


def test_years_worth_left_is_the_papers_landbank():
    # a minerals or housing plan counts what is left as a landbank or years of supply, never "years worth"
    got = thesaurus.default().expand("how many years worth of hard rock has the county got left in its quarries")
    assert any("landbank" in e.alternatives for e in got if e.phrase.startswith("years worth"))
