"""False-alarm classes read on real events, each with sentences of our own: the
engine must not report them, and must still report the real discrepancy beside."""

from __future__ import annotations

from typing import Any

from conftest import role_claim

from compare import Severity, Verdict, compare_texts
from compare.align.roles import judge_roles


def reported(a: str, b: str, kind: str) -> list[Any]:
    found = compare_texts({"a": a, "b": b}).alignments
    return [x for x in found if x.kind == kind and x.verdict != Verdict.AGREE]


# -- numbers -----------------------------------------------------------------------------------


def test_a_part_and_the_whole_it_is_taken_from_are_two_figures() -> None:
    assert not reported(
        "Okafor landed 140 punches over the fight.",
        "Okafor landed 140 of 310 punches, while Lindqvist landed just 50 of 260 punches.",
        "number",
    )


def test_a_count_since_a_month_and_a_count_over_a_career_are_two_figures() -> None:
    assert not reported(
        "The driver had been arrested four times for speeding.",
        "The driver had been arrested twice since March for speeding.",
        "number",
    )


def test_the_other_cities_are_not_the_cities() -> None:
    assert not reported(
        "Protests spread to a dozen cities across the country by Friday night.",
        "From the capital, protests spread to more than a dozen other cities by Friday night.",
        "number",
    )


def test_two_peoples_ages_are_two_figures() -> None:
    assert not reported(
        "The 17-year-old Marco Ruiz was taken to hospital after the crash.",
        "Police said her 15-year-old son was taken to hospital after the crash.",
        "number",
    )


def test_a_sentence_stating_both_figures_counts_two_things() -> None:
    assert not reported(
        "The striker has now scored 41 goals for the club.",
        "The striker has now scored 41 goals, 12 of them goals from penalties, for the club.",
        "number",
    )


def test_two_figures_tied_only_by_their_unit_are_not_reported() -> None:
    assert not reported(
        "Officers made 40 arrests after the match on Saturday.",
        "Dozens of arrests have been made across the region since the strike began.",
        "number",
    )


def test_one_players_figure_told_two_ways_is_still_a_conflict() -> None:
    [found] = reported(
        "Dana Price finished with 31 points as the Hawks won.",
        "Dana Price poured in 28 points as the Hawks won.",
        "number",
    )
    assert found.verdict == Verdict.DIFFER and found.title == "31 vs 28"


def test_every_two_members_are_compared_not_only_the_first() -> None:
    found = compare_texts(
        {
            "a": "The storm caused about $3 million in damage to the harbour.",
            "b": "The storm caused $3 million in damage to the harbour.",
            "c": "The storm caused more than $3 million in damage to the harbour.",
        }
    ).alignments
    [figure] = [x for x in found if x.kind == "number"]
    assert figure.verdict == Verdict.APPROXIMATE


# -- quotes -----------------------------------------------------------------------------------


def test_contractions_ordinals_and_words_left_out_are_no_wording_change() -> None:
    assert not reported(
        '"I\'m sorry for the pain that I caused on the 11th hour," Tom Reed said.',
        '"I am sorry for the pain I caused on the eleventh-hour," Tom Reed said.',
        "quote",
    )


def test_a_reordered_quote_is_a_wording_conflict() -> None:
    [found] = reported(
        '"If there was any more I could give the families, I would," Judge Anna Berg said.',
        '"If I could give the families more, I would," Judge Anna Berg said.',
        "quote",
    )
    assert found.severity == Severity.CONFLICT


def test_a_short_phrase_inside_another_persons_long_quote_is_no_match() -> None:
    assert not reported(
        '"The voters have spoken," said Mayor Anna Berg.',
        '"I will not comment on the result tonight. The council has spoken and I respect the '
        'council. I think everyone did what they could," said Tom Reed.',
        "quote",
    )


def test_a_speaker_named_in_the_other_sentence_is_no_speaker_conflict() -> None:
    quote = "Cutting the science budget undermines every effort to protect the coast"
    assert not reported(
        f'Maria Lopez, director of the Society for Coastal Studies, said: "{quote}."',
        f'"{quote}," said Maria Lopez.',
        "quote",
    )


# -- roles ------------------------------------------------------------------------------------


def test_descriptions_one_source_gives_together_are_no_variant() -> None:
    members = [
        role_claim("a", "Deputy"),
        role_claim("b", "Sgt."),
        role_claim("b", "sheriff's deputy"),
        role_claim("c", "Sgt."),
    ]
    assert judge_roles(members).verdict == Verdict.AGREE


def test_a_relation_or_a_courtesy_title_is_no_role_to_compare() -> None:
    assert judge_roles(
        [role_claim("a", "fashion designer"), role_claim("b", "business partner")]
    ).verdict == (Verdict.AGREE)
    assert (
        judge_roles([role_claim("a", "Mr"), role_claim("b", "harbour master")]).verdict
        == Verdict.AGREE
    )


def test_a_description_of_a_past_post_or_a_quality_is_no_discrepancy() -> None:
    # A career ("a former player") or a quality ("A legendary striker") is right
    # beside the post held now: nothing for a journalist to check.
    for career in ("a former player", "A legendary striker", "one of the best players"):
        assert (
            judge_roles([role_claim("a", "head coach"), role_claim("b", career)]).verdict
            == Verdict.AGREE
        )
    assert (
        judge_roles([role_claim("a", "head coach"), role_claim("b", "player")]).severity
        == Severity.CONFLICT
    )


def test_a_description_of_two_posts_agrees_with_either() -> None:
    members = [
        role_claim("a", "assistant general manager"),
        role_claim("b", "the team's assistant general manager and senior vice president"),
    ]
    assert judge_roles(members).verdict == Verdict.AGREE


def test_one_event_verb_and_one_counted_noun_tie_two_differing_figures() -> None:
    # "bought 12 rifles" / "bought seven rifles": the same purchase counted two ways,
    # with nothing else in common but the pronoun.
    found = reported("He bought 12 rifles.", "He bought seven rifles.", "number")
    assert len(found) == 1
    assert found[0].verdict == Verdict.DIFFER
    # Another verb over the same noun is another fact.
    assert not reported("He bought 12 rifles.", "He sold seven rifles.", "number")
