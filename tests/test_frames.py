"""Fact frames: predicate, polarity, actor, thing and qualifiers of each claim's clause."""

from __future__ import annotations

import time

import pytest

from compare import Source
from compare.extract import Claim, Frame, Number, Place, Quote, Statement, extract_claims
from compare.extract.clauses import analyse
from compare.extract.context import Context
from compare.extract.frames import add_frames
from compare.extract.lemmas import classes


def claims_of(text: str, published: str = "") -> tuple[Claim, ...]:
    header = f"---\npublished: {published}\n---\n" if published else ""
    return extract_claims(Source.from_text(header + text), qualifiers=True)


def number_frame(text: str, figure: str) -> Frame:
    for claim in claims_of(text):
        if isinstance(claim, Number) and figure in claim.text:
            assert claim.frame is not None
            return claim.frame
    raise AssertionError(f"no number {figure!r} in {text!r}")


def statement_frame(text: str) -> Frame:
    statement = next(c for c in claims_of(text) if isinstance(c, Statement))
    assert statement.frame is not None
    return statement.frame


def part(span: object) -> str | None:
    return getattr(span, "text", None)


def test_every_part_is_a_span_of_the_text() -> None:
    text = "Rebel fighters shot down two army helicopters near the town of Kessab on Friday."
    source = Source.from_text(text)
    for claim in extract_claims(source, qualifiers=True):
        frame = claim.frame
        assert frame is not None
        for span in (frame.predicate, frame.actor, frame.thing, frame.date, frame.place):
            if span is not None:
                assert source.text[span.start : span.end] == span.text


def test_number_takes_the_verb_of_its_own_clause() -> None:
    text = "Five miners died in the collapse and 12 were injured by falling rock."
    assert number_frame(text, "Five").lemma == "die"
    injured = number_frame(text, "12")
    assert injured.lemma == "injure"
    assert part(injured.actor) == "falling rock"


def test_counted_thing_keeps_its_modifiers() -> None:
    frame = number_frame("The coastguard rescued 14 Tunisian fishermen overnight.", "14")
    assert frame.lemma == "rescue"
    assert part(frame.thing) == "Tunisian fishermen"
    assert part(frame.actor) == "The coastguard"


def test_of_phrase_names_what_is_counted() -> None:
    frame = number_frame("Dozens of protesters were arrested in the square.", "Dozens")
    assert frame.lemma == "arrest"
    assert part(frame.thing) == "protesters"


def test_participle_clause_after_a_comma() -> None:
    text = "A lorry crashed into a market stall in the afternoon, injuring 23 shoppers."
    frame = number_frame(text, "23")
    assert frame.lemma == "injure"
    assert part(frame.thing) == "shoppers"


def test_passive_voice_agent_is_the_actor_and_subject_the_thing() -> None:
    frame = statement_frame("Three fishermen were killed by a storm off the northern coast.")
    assert frame.lemma == "kill"
    assert part(frame.actor) == "a storm"
    assert part(frame.thing) == "Three fishermen"
    assert not frame.negated


@pytest.mark.parametrize(
    ("sentence", "agent"),
    [
        # "by" past a short phrase of place or time is still the passive's agent
        ("The courier was stopped at the border by customs officers.", "customs officers"),
        ("The wreck was spotted last week by two divers.", "two divers"),
        # past a comma or another verb it belongs to another clause
        ("The plan was approved on Tuesday and signed by the mayor.", None),
        ("The hikers were rescued, helped by a local farmer.", None),
    ],
)
def test_a_passive_agent_after_a_short_phrase(sentence: str, agent: str | None) -> None:
    frame = statement_frame(sentence)
    assert (part(frame.actor) if frame.actor is not None else None) == agent


def test_paraphrases_keep_their_own_lemmas() -> None:
    assert number_frame("The floods killed 12 villagers last spring.", "12").lemma == "kill"
    assert number_frame("Twelve villagers were killed in the floods.", "Twelve").lemma == "kill"
    text = "The river burst its banks in the night, killing 12 villagers."
    assert number_frame(text, "12").lemma == "kill"
    assert number_frame("Twelve villagers died in the floods.", "Twelve").lemma == "die"


@pytest.mark.parametrize(
    "sentence",
    [
        "The committee did not approve the budget for the coming year.",
        "The committee didn't approve the budget for the coming year.",
        "The committee never approved the budget for the coming year.",
        "The committee failed to approve the budget for the coming year.",
        "The committee refused to approve the budget for the coming year.",
    ],
)
def test_negation_forms(sentence: str) -> None:
    frame = statement_frame(sentence)
    assert frame.lemma == "approve"
    assert frame.negated


def test_affirmative_is_not_negated() -> None:
    frame = statement_frame("The committee approved the budget for the coming year.")
    assert frame.lemma == "approve"
    assert not frame.negated


def test_negative_subject_negates_the_clause() -> None:
    frame = statement_frame("No one was injured when the roof of the stadium collapsed.")
    assert frame.lemma == "injure"
    assert frame.negated


def test_copula_keeps_polarity() -> None:
    yes = statement_frame("The driver of the second car was drunk at the time, police said.")
    no = statement_frame("The driver of the second car was not drunk at the time, police said.")
    assert yes.lemma == no.lemma
    assert not yes.negated and no.negated


def test_statement_frame_is_past_the_reporting_verb() -> None:
    frame = statement_frame("Officials said the ministry had rejected the proposal on Monday.")
    assert frame.lemma == "reject"
    assert part(frame.actor) == "the ministry"


def test_statement_frame_skips_a_leading_subordinate_clause() -> None:
    frame = statement_frame("When the vote was counted, the council approved the new bridge.")
    assert frame.lemma == "approve"


def test_opposite_predicates_get_their_own_lemmas() -> None:
    assert statement_frame("Fuel prices rose sharply across the region last month.").lemma == "rise"
    assert statement_frame("Fuel prices fell sharply across the region last month.").lemma == "fall"


def test_quote_frame_is_its_own_main_clause() -> None:
    text = '"We will not sign this agreement," the foreign minister told reporters in Oslo.'
    quote = next(c for c in claims_of(text) if isinstance(c, Quote))
    assert quote.frame is not None
    assert quote.frame.lemma == "sign"
    assert quote.frame.negated
    assert part(quote.frame.thing) == "this agreement"


def test_place_fills_the_frame_of_claims_in_its_clause() -> None:
    frame = number_frame("Soldiers detained 40 men in Jabaliya refugee camp on Sunday.", "40")
    assert part(frame.place) == "in Jabaliya refugee camp"
    assert part(frame.date) == "on Sunday"


def test_place_claims_are_named_places_only() -> None:
    text = "The talks in Vienna resumed in the afternoon near the border with the east."
    places = [c for c in claims_of(text) if isinstance(c, Place)]
    assert [p.name for p in places] == ["Vienna"]
    assert places[0].text == "in Vienna"
    assert places[0].frame is not None and places[0].frame.lemma == "resume"


def test_multiword_place_names() -> None:
    text = "The ferry sank off the coast of Lampedusa after leaving Dar es Salaam in the rain."
    names = [c.name for c in claims_of(text) if isinstance(c, Place)]
    assert names == ["Lampedusa"]
    text = "The tanker was seized in the Strait of Hormuz by the navy on Friday."
    assert [c.name for c in claims_of(text) if isinstance(c, Place)] == ["Strait of Hormuz"]


def _frames_seconds(size: int) -> tuple[float, int]:
    # Sentence ends 1,500 characters apart: "sentences" cut at the bound, full of places,
    # figures, dates and times. (Longer stretches without an end are run-on text, which
    # is never framed: tests/test_hostile_runon.py.)
    chunk = "in the Gulf of Aden 12 boats were seen near Port Said and at 10 a.m on Monday "
    stretch = "I" + (chunk * 20)[1:1500].rstrip() + ". "  # "... Monday. In the Gulf"
    text = (stretch * (size // len(stretch) + 1))[:size]
    ctx = Context(Source.from_text(text))
    started = time.perf_counter()
    found = add_frames(ctx, [])
    return time.perf_counter() - started, len(found)


def test_no_pathological_backtracking_on_a_long_unbroken_text() -> None:
    classes("warm")  # the lexicon loads once per process; not part of the rate
    small, _ = _frames_seconds(10_000)
    large, found = _frames_seconds(100_000)
    assert found > 3000
    # About 1 s per 100 KB on an idle core. A loaded machine slows both runs alike,
    # so the ratio tells linear (about 10) from quadratic (about 100).
    assert large < 10.0
    assert large < 30 * max(small, 0.01)


# Number predicates by clause grammar (issue 12): each case is a rule of English, with
# sentences written for the test.
@pytest.mark.parametrize(
    ("sentence", "figure", "lemma"),
    [
        # a figure after a preposition belongs to the verb before it
        ("The river rose by about 3 metres overnight.", "3", "rise"),
        ("The harbour wall was hit 14 times by the storm.", "14", "hit"),
        # ... and cannot be the subject of a verb after it
        ("A bridge built by 40 volunteers collapsed in March.", "40", "build"),
        ("A shed set by two boys on fire burned for hours.", "two", "set"),
        # a reporting verb counts when it governs the figure
        ("The firm is adding 300 engineers to its Leeds office.", "300", "add"),
        ("Officials said 12 climbers were rescued from the ridge.", "12", "rescue"),
        # a participle after the figure's noun describes it
        ("Rangers counted four wolves carrying radio collars.", "four", "count"),
        # a past form after a figure is a verb when an object follows
        ("The FTSE 100 fell 1.2% on Monday.", "1.2%", "fall"),
        ("In 2019 voters approved a 2% levy on hotel rooms.", "2%", "approve"),
        # a plural noun, then a base form with what a verb takes
        ("The new panels measure 40 centimetres across.", "40", "measure"),
        # an age between commas closes an apposition; the verb follows
        ("Tom Reed, 58, fell 30 metres from a ladder.", "30", "fall"),
        # "which"/"who" is followed by its clause's verb
        ("The rules, which take effect in 90 days, cap fees.", "90", "take"),
        # a degree word between an auxiliary and a participle is an adverb
        ("The coach is most remembered for three titles.", "three", "remember"),
        # after "to" a verb is a base form: "lay off" is not "lie"
        ("The bank plans to lay off 200 staff.", "200", "lay"),
        # "and" before the piece's own verb joins two parts of one subject
        ("Between 300 and 400 homes will be built next year.", "300", "build"),
        # "including" is a preposition, not the clause's verb
        ("The club has 500 members including 40 coaches.", "40", "have"),
        # a change noun is the fact a percentage states
        ("Sales showed a 12 percent increase in May.", "12", "increase"),
        ("Shares closed lower, a sharp 5 percent drop.", "5", "drop"),
        # an event noun before "of" and the figure; "a ... of" measures or collects
        ("Officials confirmed the deaths of 17 miners.", "17", "death"),
        ("The army began the evacuation of 300 villagers.", "300", "evacuation"),
        ("Rescuers found a group of 12 hikers near the summit.", "12", "find"),
        # "as" opens a clause when a subject and verb follow
        ("The vote came as 40 senators left the chamber.", "40", "leave"),
        # participles describing the figure's noun come before its verb
        ("Hundreds of fans waving flags gathered outside the stadium.", "Hundreds", "gather"),
        # a relative clause between commas: the subject's verb comes after it
        ("The two pilots, who asked not to be named, said the runway was wet.", "two", "say"),
        # "helped" + a bare verb: the fact is the second verb
        ("The striker helped win 3 titles for the club.", "3", "win"),
        # a subject may carry phrases before its verb; an infinitive takes no subject
        ("Officials said the two ferries on the night route were not cancelled.", "two", "cancel"),
        ("They need to hire 30 nurses in May to keep the ward open.", "30", "hire"),
        # an irregular plural before a base form: "people set off"
        ("More than 200 people set off from the square at dusk on Friday.", "200", "set"),
        # a past form after a preposition describes; "or" joins a list of figures
        ("He was jailed for theft and three counts of aggravated burglary.", "three", "jail"),
        ("They hope to sign another striker or two in the winter.", "two", "sign"),
        # a passive reporting verb before "to" reports the later verb's fact
        ("Four divers were said to have been rescued at dawn.", "Four", "rescue"),
        # a measure before "after ..." belongs to the main clause
        ("Two days after the storm ended, the port reopened its gates.", "Two", "reopen"),
        # an -en participle after the figure's noun describes it
        ("The boxer landed 30 of his 90 punches thrown in the round.", "30", "land"),
        # "two of which": the figure is the subject of the relative clause
        ("Four ferries crossed the strait, two of which were delayed by fog.", "two", "delay"),
        # an -en participle after a comma opens a clause of its own
        ("He went back to jail in May, given a new 10 year sentence.", "10", "give"),
        # "as many as" is a hedge, not a clause opener
        ("Police said as many as 30 to 40 fans gathered at the gate.", "30", "gather"),
        # after a scale word a past form describes the amount
        ("He still has $3 million left on his contract.", "$3", "have"),
    ],
)
def test_number_predicate_by_grammar(sentence: str, figure: str, lemma: str) -> None:
    assert number_frame(sentence, figure).lemma == lemma


@pytest.mark.parametrize(
    ("sentence", "figure", "thing"),
    [
        ("The lake is 12 miles long.", "12", "miles"),
        ("The yacht sank 40 miles southwest of the island.", "40", "miles"),
        ("Coastguards rescued 23 Danish and Dutch sailors.", "23", "Danish and Dutch sailors"),
        ("The hall still has 40 seats available.", "40", "seats"),
        ("He put the size of the hall at 12, 000 square feet.", "12, 000", "square feet"),
        ("Customs seized 30 AK - 47 rifles at the port.", "30", "AK - 47 rifles"),
        ("Engineers surveyed 35 sections of the old canal.", "35", "sections"),
        ("The index lost 85 points on Friday.", "85", "points"),
        ("Mortgage rates rose 2 percentage points.", "2", None),
        ("The republic has 27 consulates abroad.", "27", "consulates"),
        ("The coach won four trophies as manager of the club.", "four", "trophies"),
    ],
)
def test_counted_thing_by_grammar(sentence: str, figure: str, thing: str | None) -> None:
    assert part(number_frame(sentence, figure).thing) == thing


@pytest.mark.parametrize(
    ("sentence", "lemma", "negated"),
    [
        ("It's time the council rebuilt the pier.", "be", False),  # copula + noun
        ("There are pimps and thieves with better manners.", "be", False),
        ("Nobody believes the forecast for the harbour.", "believe", True),  # indefinite subject
        ("We all know the bridge is unsafe.", "know", False),  # floating quantifier
        ("A so-called reform added 20 pages to the code.", "add", False),  # not a verb
        ("The leak will get fixed by Friday.", "fix", False),  # a get-passive
        ("The striker, who joined in May, scores again.", "score", False),
        ("Three years later, the town opened a museum to honour him.", "open", False),
        ("To rebuild the harbour will cost millions.", "cost", False),  # infinitive subject
        ("The driver charged with injuring a cyclist has been released.", "release", False),
        ("The guard said that he closed the gate and called a colleague.", "close", False),
        ("The latest figures show a modest approval rating.", "show", False),
        ("Anna Berg, who runs a bakery, opened a second shop in town.", "open", False),
        ("The union – founded in 1990 – will be seeking new members this year.", "seek", False),
        ("The mayor described how rescuers reached the stranded family.", "describe", False),
        ("He will always defend the harbour against the developers.", "defend", False),
        ("In the end, Ortiz landed the decisive blow in the last round.", "land", False),
        # what a reporting verb reported outranks a relative clause
        (
            "One guard, who asked not to be named, told us that the prisoner escaped.",
            "escape",
            False,
        ),
        # a reporting verb that acts on something is the fact
        (
            "The club must respond to the complaints, and a panel will meet in May.",
            "respond",
            False,
        ),
        # after a verb, a noun and an -s form are its object ("parking fines")
        ("Last month several drivers received parking fines for the festival.", "receive", False),
        # an -s form after a compound noun, before its object's determiner, is the verb
        ("The regional water board outlines three options in the report.", "outline", False),
        # "This"/"That" alone as the subject
        ("This marks the end of the season for the club.", "mark", False),
        # irregular participles after "been" are passive verbs
        ("The fire at the barn may have been set by vandals.", "set", False),
        # the verb after a relative clause without commas is the sentence's own
        ("The farmer who sold the land to the council was questioned.", "question", False),
        (
            "A teenager who was missing for a week after leaving a party was found safe.",
            "find",
            False,
        ),
        ("When the boat that carried the supplies was sighted, the crowd cheered.", "cheer", False),
        # an -ed form opening a sentence before a noun describes it
        ("Projected costs are far above the first estimate.", "be", False),
        # an aside between commas is not the main clause
        ("The new bridge, I think, is the best in the county.", "be", False),
        # a question's modal: the verb after the subject
        ("Could the new stadium open before the summer?", "open", False),
        # a sentence opened by "after" and a subject and verb is subordinate
        ("After the storm passed, the villagers returned home.", "return", False),
        # after "had" a base form that is also a noun is the object
        ("Both clubs had trouble in the second half.", "have", False),
        ("This also pushed up the price of fuel.", "push", False),
        # a reporting verb with a plain object states the claiming
        ("The league has claimed another victim, with the coach leaving.", "claim", False),
        ("The Denver 49ers signed a new coach on Monday.", "sign", False),
        ("The council no longer owns the pier.", "own", True),
        # a relative clause after a reported subject; then the subject's own verb
        ("The paper said Ortiz, who also won a medal in May, opened a gym.", "open", False),
        ("Farmers who live near the river know the risk.", "know", False),
        # a passive reporting verb with its time is the fact; "cannot" negates
        ("The leak was reported at dawn and is being repaired.", "report", False),
        ("We cannot accept the offer from the council.", "accept", True),
        # after ", sailing ...," or a relative clause with its own adverbial clause
        ("The captain, sailing north of the cape, radioed the port.", "radio", False),
        ("Ortiz, who stunned the crowd when he won in May, lost in June.", "lose", False),
        ("Praised by many as a reformer, the mayor has resigned.", "resign", False),
        # "according to" always reports; a verb may take a date directly
        ("The festival starts Monday, according to the organisers.", "start", False),
        # an object pronoun may end a relative clause before the main verb
        ("The driver who argued with her was fined.", "fine", False),
        # a title between commas after a name, then the name's verb
        ("Anna Berg, head of the harbour board, blames the storm.", "blame", False),
        # an infinitive is no finite verb a participle-like past form yields to
        (
            "The mayor argued with the board to keep the pier, and the council agreed.",
            "argue",
            False,
        ),
        # a two-word name before an -s form: the name's verb
        ("Maria Lopez checks into a clinic near the coast.", "check", False),
        # "in fact" inside a verb group
        ("The guard said the door was in fact locking itself.", "lock", False),
        # a past form with an object after a relative clause is the main verb
        ("A driver who was banned from the roads stole a van on Monday.", "steal", False),
        ("The club went on to win the league.", "win", False),
        # "suspected to be" after a noun is a passive of belief
        ("Two men suspected to be smugglers were stopped at the border.", "stop", False),
        # an -ly word out of the lexicon is an adverb
        ("The mayor was unapologetically photographed at the rally.", "photograph", False),
        # a past form with a figure as object is the verb, not a participle
        ("The coastguard cutter stationed in the bay towed two yachts to safety.", "tow", False),
    ],
)
def test_statement_predicate_by_grammar(sentence: str, lemma: str, negated: bool) -> None:
    frame = statement_frame(sentence)
    assert (frame.lemma, frame.negated) == (lemma, negated)


def test_places_after_an_adjective_or_a_compass_modifier() -> None:
    text = "The tanker sank in the busy Strait of Hormuz and a crew landed in southwest Leeds."
    names = [c.name for c in claims_of(text) if isinstance(c, Place)]
    assert names == ["Strait of Hormuz", "Leeds"]
    text = "She spoke in the latest BBC debate."
    assert [c.name for c in claims_of(text) if isinstance(c, Place)] == []


def test_places_after_to_and_from_only_when_the_name_says_place() -> None:
    text = "The frigate was sent to the Strait of Hormuz after patrols from the Gaza Strip."
    names = [c.name for c in claims_of(text) if isinstance(c, Place)]
    assert names == ["Strait of Hormuz", "Gaza Strip"]
    text = "The minister wrote to the Senate and spoke to the Bank of England on Monday."
    assert [c.name for c in claims_of(text) if isinstance(c, Place)] == []


def test_deaths_injuries_and_rescues_get_their_own_predicates() -> None:
    """Issue 12: counting "people" is not enough to tell the facts apart."""
    text = "More than 30 people died and 45 people with burns were taken to hospital."
    assert number_frame(text, "30").lemma == "die"
    assert number_frame(text, "45").lemma == "take"
    text = "Firefighters pulled three people from a van after it overturned on the bridge."
    assert number_frame(text, "three").lemma == "pull"


@pytest.mark.parametrize(
    "sentence",
    [
        "The team kept helping.",
        "Officials began getting.",
        "Volunteers kept helping as 40 people came.",
    ],
)
def test_an_aspectual_verb_before_a_last_help_or_get_does_not_crash(sentence: str) -> None:
    # "kept helping": the head moves to the last verb, and "help"/"get" look for a later one.
    analysis = analyse(sentence)
    assert analysis.tokens
    assert analysis.tokens[-1].text == "."


def test_a_plural_noun_after_other_is_no_verb() -> None:
    # "Other clubs" / "the other clubs": a noun, so no predicate "clubs" that
    # "None of the other clubs" could seem to negate
    for text in (
        "Other clubs in the race for the striker are Lyon and Porto.",
        "None of the other clubs in the race has been reported to have bid more.",
    ):
        frame = statement_frame(text)
        assert frame.lemma != "club"
        assert frame.predicate is None or frame.predicate.text != "clubs"


def test_a_degree_word_between_the_auxiliary_and_the_participle() -> None:
    assert statement_frame("The singer has been better known for her films.").lemma == "know"


def test_a_relative_clause_with_an_ing_form_and_an_infinitive_ends_at_the_main_verb() -> None:
    text = "Lawyers who spent the week urging the court to free one of the men were not satisfied."
    frame = statement_frame(text)
    assert (frame.lemma, frame.negated) == ("satisfy", True)


def test_a_quotation_mark_between_subject_and_verb_opens_no_clause() -> None:
    text = (
        "The storm that was so strong that it “flattened houses and toppled trees” "
        "did not reach the capital."
    )
    frame = statement_frame(text)
    assert (frame.lemma, frame.negated) == ("reach", True)


def test_a_plural_noun_after_a_preposition_and_a_noun_is_no_verb() -> None:
    text = "Costs climbed, including freight rates in the 15 percent range."
    assert number_frame(text, "15").lemma == "climb"


def test_a_measure_written_with_a_spaced_hyphen() -> None:
    # Tokenised news text writes "60-day" as "60 - day".
    text = "She began a 60 - day court - ordered treatment on Monday."
    assert part(number_frame(text, "60").thing) == "day"
    assert statement_frame(text).lemma == "begin"
    terms = number_frame("He received two 15 - year terms for fraud.", "two")
    assert (part(terms.thing) or "").endswith("terms")


def test_a_dash_after_a_name_is_no_compound() -> None:
    text = "Three groups - the Farmers Union and the Grain Society - sent letters to the ministry."
    assert statement_frame(text).lemma == "send"


def test_so_far_inside_a_verb_group() -> None:
    frame = statement_frame("The mayor has so far declined to publish the letters.")
    assert (frame.lemma, frame.negated) == ("publish", True)


def test_an_irregular_past_form_after_and() -> None:
    text = "The challenger tired quickly and fell from two right hands in the ninth."
    assert number_frame(text, "two").lemma == "fall"


def test_two_figures_share_the_noun_after_the_second() -> None:
    text = "The coastguard detained 14 Greek and 9 Turkish fishermen."
    assert part(number_frame(text, "14").thing) == "fishermen"


def test_there_is_no_negates_the_existential() -> None:
    frame = statement_frame("There are no tickets left for the final.")
    assert (frame.lemma, frame.negated) == ("be", True)


def test_kept_on_doing_is_about_the_doing() -> None:
    assert statement_frame("She kept on asking the same questions.").lemma == "ask"


def test_an_adjective_after_be_not_and_an_adverb_is_no_verb() -> None:
    frame = statement_frame("The road is not entirely clear of snow.")
    assert (frame.lemma, frame.negated) == ("be", True)


def test_a_negated_participle_after_a_determiner_is_an_adjective() -> None:
    frame = statement_frame("One of the not yet finished bridges is in the north.")
    assert frame.lemma == "be"


def test_a_plural_after_a_preposition_and_a_capitalised_adjective_is_no_verb() -> None:
    text = "The admiral expressed doubt about raids against Somali pirates on land."
    assert statement_frame(text).lemma == "express"


def test_a_subordinate_subject_with_an_aside_keeps_its_verb() -> None:
    text = "Nobody was hurt, although a dozen workers, including three cooks, were inside."
    assert number_frame(text, "three").lemma == "be"
    assert statement_frame(text).lemma == "hurt"


def test_the_verb_after_a_long_relative_clause_and_an_adverb() -> None:
    text = (
        "Smith, who once ran the club that won the cup in front of a record crowd, "
        "now hopes to return."
    )
    assert statement_frame(text).lemma == "hope"


def test_declining_to_say_whether_is_the_fact() -> None:
    frame = statement_frame("The minister declined to say whether the talks had failed.")
    assert (frame.lemma, frame.negated) == ("say", True)


def test_a_counted_distance_stops_before_its_direction() -> None:
    frame = number_frame("The ferry sank 40 nautical miles south of Crete.", "40")
    assert part(frame.thing) == "nautical miles"


def test_an_s_form_after_have_is_a_noun() -> None:
    frame = statement_frame("The mayor had doubts about the plan.")
    assert (frame.lemma, part(frame.thing)) == ("have", "doubts")


def test_did_well_is_do() -> None:
    assert statement_frame("The striker did well in the second half.").lemma == "do"


def test_confirmed_to_a_listener_that_reports() -> None:
    text = "A spokesman confirmed to reporters that the minister has resigned."
    assert statement_frame(text).lemma == "resign"


def test_an_opening_clause_without_comma_ends_at_the_subject_pronoun() -> None:
    text = "When the guards saw the knife they responded by closing the gate."
    assert statement_frame(text).lemma == "respond"
    # not after a verb of saying: the pronoun is that verb's subject
    text = "If you think it is cheap, you are wrong."
    assert statement_frame(text).lemma == "be"


def test_the_verb_after_a_participle_apposition() -> None:
    text = "The plan, backed by two unions, calls for a shorter week."
    assert statement_frame(text).lemma == "call"


def test_a_denied_report_is_the_fact() -> None:
    frame = statement_frame("The coach never said the club would sell him.")
    assert (frame.lemma, frame.negated) == ("say", True)


def test_a_noun_after_a_figure_and_a_nationality() -> None:
    # "crew" is also a past form of "crow"
    frame = number_frame("The trawler had 14 Spanish crew aboard.", "14")
    assert (frame.lemma, part(frame.thing)) == ("have", "Spanish crew")


def test_announcing_a_plain_noun_phrase_is_the_fact() -> None:
    text = "Farmers announced new protests on Monday over the police beating of a herder."
    assert statement_frame(text).lemma == "announce"


def test_an_ing_form_before_of_is_a_noun() -> None:
    frame = statement_frame("Riots followed the police shooting of a student.")
    assert frame.lemma == "follow"
    assert part(frame.thing) == "the police shooting of a student"


def test_a_figure_before_a_relative_clause_takes_the_verb_after_it() -> None:
    text = "The two who walked out of the meeting would not speak to reporters."
    assert number_frame(text, "two").lemma == "speak"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the verb resumes its clause after a "who" clause: its subject is the noun
        # phrase the relative clause describes
        ("A cyclist who had heard the shouts on the towpath pulled the boy out.", "A cyclist"),
        ("The neighbour who saw the smoke called the fire brigade.", "The neighbour"),
    ],
)
def test_a_subject_before_a_relative_clause_is_the_verbs_actor(text: str, actor: str) -> None:
    frame = statement_frame(text)
    assert part(frame.actor) == actor


def test_no_subject_is_carried_over_a_relative_clause_after_a_verb() -> None:
    # the noun phrase before "who" is the object of another verb, not a subject
    frame = statement_frame("They thanked a cyclist who had heard the shouts, pulled him out.")
    assert part(frame.actor) != "a cyclist"


def test_a_noun_phrase_is_headed_by_its_noun_not_by_a_phrase_after_it() -> None:
    from compare.align.frames import head_of

    # a phrase after any preposition describes the noun before it
    assert head_of("attendance across the league") == head_of("attendance")
    assert head_of("a man from Leeds") == head_of("man")
    assert head_of("rainfall over the hills") == head_of("rainfall")
    # a noun of quantity names how much of the thing after "of", or before it
    assert head_of("The number of snakebites") == head_of("snakebites")
    assert head_of("weekly case numbers") == head_of("case")
    # a past participle after the noun describes it (a reduced relative clause)
    assert head_of("the snakebites reported in the region") == head_of("snakebites")
    assert head_of("Shares in Cambrian") == head_of("shares")
