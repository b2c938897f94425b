"""More false-alarm classes read on real events (issue 13, third round), each with
sentences of our own: the engine must not report them, and must still report the
real discrepancy beside."""

from __future__ import annotations

from typing import Any

from conftest import role_claim

from compare import Source, Verdict, compare_texts
from compare.align.number_facts import actor_names, compared, spans_in
from compare.align.quotes import is_narration, plain
from compare.align.roles import judge_roles
from compare.align.spelling import one_spelling
from compare.align.titles import is_clause, is_organisation, roles_agree
from compare.extract import Number, extract_claims


def reported(a: str, b: str, kind: str) -> list[Any]:
    found = compare_texts({"a": a, "b": b}).alignments
    return [x for x in found if x.kind == kind and x.verdict != Verdict.AGREE]


def figures(text: str) -> list[float]:
    source = Source.from_text("The council met.\n\n" + text, id="t")
    return [c.value for c in extract_claims(source) if isinstance(c, Number)]


# -- numbers ----------------------------------------------------------------------------------


def test_a_street_block_is_an_address_not_a_quantity() -> None:
    assert figures("A guard was shot outside a shop in the 4800 block of West Elm Road.") == []
    assert figures("Police searched the 1200 block of 5th Avenue on Monday.") == []
    # Blocks that are counted stay counts.
    assert figures("Masons laid 300 blocks of granite for the new steps.") == [300]
    assert figures("The storm flattened a block of 40 flats.") == [40]


def test_an_address_and_a_search_area_are_not_compared() -> None:
    assert not reported(
        "Deputies found the car in the 12000 block of Harlan Road on Monday.",
        "Deputies searched a 12,200-acre area around Harlan Road on Monday.",
        "number",
    )


def test_an_elapsed_time_is_no_predicate_conflict() -> None:
    # "released after 33 years" and "arrested 33 years after": successive events of one
    # stretch of time, not opposite claims about one.
    assert not reported(
        "A retired miner accused of setting a mill fire 33 years ago was released without "
        "bail on Tuesday, officials said.",
        "Harlow police on Tuesday arrested a retired miner, 33 years after the mill fire, and "
        "charged him with arson.",
        "number",
    )


def test_what_someone_seeks_is_not_what_is_offered() -> None:
    assert not reported(
        "The striker Ruiz is seeking a new five-year deal for at least $12 million per season.",
        "The striker Ruiz still has a five-year offer from the Rangers, worth roughly $14 million "
        "per season.",
        "number",
    )


def test_two_named_actors_figures_are_two_facts() -> None:
    assert not reported(
        "Rangers offer Ruiz $72 million",
        "The Falcons have offered Ruiz a four-year, $60 million contract, a TV channel reported.",
        "number",
    )


def test_a_statistic_over_another_number_of_games_is_another_fact() -> None:
    found = reported(
        "After the trade, Ruiz hit 14 homers in 50 games with the Rangers.",
        "Playing in 150 games for two clubs, Ruiz hit 31 homers.",
        "number",
    )
    assert not [x for x in found if {m.text for m in x.members} == {"14", "31"}]


def test_a_time_counted_from_the_day_of_writing_is_no_conflict() -> None:
    assert not reported(
        "Official results of the county vote will be announced within 10 days.",
        "With just four days to go before the county vote, Ana Ruiz was still undecided.",
        "number",
    )


def test_two_records_with_nothing_in_common_are_two_records() -> None:
    assert not reported(
        "Last year, the Hawks reached the final after starting the season with a 12-20 record.",
        "The Hawks lifted their record to 5-4 as March started.",
        "number",
    )
    # One record told two ways is still a conflict.
    [found] = reported(
        "The champion Ivan Roos (41-3, 30 KOs) won on Saturday.",
        "The champion Ivan Roos, 42-3, won on Saturday.",
        "number",
    )
    assert found.verdict == Verdict.DIFFER


def number_in(text: str, said: str) -> Number:
    source = Source.from_text(text, id="t")
    return next(c for c in extract_claims(source) if isinstance(c, Number) and c.text == said)


def test_a_figure_given_for_comparison_is_anothers() -> None:
    text = "Ruiz will earn more than any goalkeeper, surpassing the $90 million that Vance got."
    assert compared(number_in(text, "$90 million"))
    assert not compared(number_in("The jury deliberated for more than 30 hours.", "more than 30"))


def test_whose_figure_it_is_after_the_counted_noun() -> None:
    text = "Both $40 million bids by the Falcons and the Jets were turned down."
    assert actor_names(number_in(text, "$40 million")) == {"falcons", "jets"}
    assert actor_names(number_in("He was fined $500 by a court in Lyon.", "$500")) == set()


def test_span_figures_are_read_from_the_words() -> None:
    assert spans_in("Ruiz hit 14 homers in 50 games.") == {"game": frozenset({50.0})}
    assert spans_in("They offered a seven - year deal.") == {"year": frozenset({7.0})}
    assert spans_in("They offered a big deal.") == {}


def test_parts_of_a_slashed_date_are_no_figures() -> None:
    a = "Mill Fire: Owner Charged 09 / 10 / 10 08:23 PM ET A worker set the mill on fire."
    b = "11 / 09 / 2010 Mill Fire: Owner Charged A worker set the mill on fire."
    assert not reported(a, b, "number")
    assert not reported(a, b, "statement")


# -- statements -------------------------------------------------------------------------------


def test_a_pages_time_stamp_is_no_date_of_the_event() -> None:
    assert not reported(
        "Two Dead In Lyon Mill Fire 8:30pm UK, Friday 12 March 2021 Two people died after a "
        "fire broke out at a mill in Lyon.",
        "2 dead in Lyon mill blaze Updated Sat 13 March 2021, 7:30am AEDT Two people died after "
        "a fire broke out at a mill in Lyon.",
        "statement",
    )


# -- quotes -----------------------------------------------------------------------------------


def test_house_spelling_and_clock_style_are_no_misquote() -> None:
    assert plain("the neighbourhood centre, realised at 6:41pm") == plain(
        "the neighborhood center, realized at 18:41"
    )
    assert plain("just after 6 p.m.") == plain("just after 6:00 p.m.")
    assert plain("the town's anger") == plain("the towns' anger")
    assert not reported(
        '"Officers sealed off the neighbourhood and the man gave himself up just after 6 p.m.," '
        "Sgt. Ray Holm said.",
        '"Officers sealed off the neighborhood and the man gave himself up just after 6:00 p.m.," '
        "Sgt. Ray Holm said.",
        "quote",
    )


def test_british_spelling_keeps_other_words_apart() -> None:
    # Short stems are left alone, so "hour", "rise" and "filled" stay what they are.
    assert one_spelling("hour rise filled colour travelled") == "hour rise filled color traveled"
    assert one_spelling("Defence") == "Defense"


def test_a_real_word_change_is_still_a_misquote() -> None:
    [found] = reported(
        '"This is a sad time for the mill workers," Nora Vance said.',
        '"This is a sad day for the mill workers," Nora Vance said.',
        "quote",
    )
    assert found.verdict == Verdict.DIFFER


def test_a_reporters_paragraph_is_no_quotation() -> None:
    paragraph = (
        "A driver fled the scene, police said. He was found an hour later, Sgt. Holm said. "
        "'He probably knew he was caught,' Lt. Park said."
    )
    assert is_narration(paragraph)
    assert not is_narration("I said no. I meant it, and I still do.")


# -- roles ------------------------------------------------------------------------------------


def test_pieces_of_clauses_are_no_descriptions() -> None:
    for fragment in (
        "general manager Tom Hale said Friday night",
        "with several agents predicting he may sign there",
        "before the choice was announced)",
        "will be the host of the gala",
    ):
        assert is_clause(fragment), fragment
        members = [role_claim("a", "free agent"), role_claim("b", fragment)]
        assert judge_roles(members).verdict == Verdict.AGREE, fragment
    for description in ("Australian actor", "the head of the Seismic Research Center"):
        assert not is_clause(description)


def test_an_organisation_is_no_description() -> None:
    assert is_organisation("Denver Hawks")
    assert is_organisation("Playboy's")
    assert not is_organisation("Republican")
    assert not is_organisation("Labour MP")
    assert not is_organisation("Academy President")
    assert judge_roles(
        [role_claim("a", "free agent"), role_claim("b", "Denver Hawks")]
    ).verdict == (Verdict.AGREE)


def test_chief_and_head_are_one_title() -> None:
    assert roles_agree("IMF chief", "IMF head")
    assert (
        judge_roles([role_claim("a", "IMF chief"), role_claim("b", "IMF head")]).verdict
        == Verdict.AGREE
    )
    # A compatible but different description is still shown.
    members = [role_claim("a", "police spokesman"), role_claim("b", "local police inspector")]
    assert judge_roles(members).verdict == Verdict.DIFFER


def test_prepositions_of_when_and_where_are_no_opposites() -> None:
    from compare.align.word_contradictions import by_words

    a = "The coast guard seized 14 smugglers in the strait on Sunday, officials said."
    b = "The coast guard seized 14 smugglers in the strait off Malta, officials said."
    found = by_words(a, b)
    assert found is None or found.conflict != "opposite"
    # an opposite that is the fact itself is still found
    up = by_words(
        "The share price went up sharply after the report.",
        "The share price went down sharply after the report.",
    )
    assert up is not None and up.conflict == "opposite"


def test_not_a_trace_of_a_thing_is_no_thing() -> None:
    # "not a trace of fatigue" denies the fatigue as "no fatigue" does
    from compare.align.word_contradictions import by_words

    assert (
        by_words(
            "The physio said the sprinter had shown not a trace of fatigue.",
            "The physio said the sprinter had shown no fatigue.",
        )
        is None
    )
    # the thing told plainly against its denial stays a negation
    found = by_words(
        "The physio said the sprinter had shown signs of fatigue.",
        "The physio said the sprinter had shown no fatigue.",
    )
    assert found is not None
