"""One act told in the two articles' mutually closest sentences, credited to two named
doers (closest_actor_clashes); one doer told two ways, a common word opening a
sentence, or a doer the other article credits too, parts them. Sentences written
here, in domains of their own."""

from __future__ import annotations

from conftest import actor_pairs

from compare import Verdict, compare_texts

PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"


def paired(a: str, b: str) -> list[tuple[str, str]]:
    return actor_pairs(a, b, "2025-03-14")


def test_one_act_by_two_named_doers_pairs() -> None:
    a = "The restored altar painting was unveiled by the curator Miriam Osei at the abbey."
    b = "Tobias Lindgren unveiled the restored altar painting at the abbey."
    assert len(paired(a, b)) == 1


def test_phrasal_synonym_pairs() -> None:
    a = "The new tariff plan was proposed by the Valdoran delegation during the night session."
    b = "It was Ostmark's envoys who put forward the new tariff plan in the night session."
    assert len(paired(a, b)) == 1


def test_shown_as_an_actor_conflict() -> None:
    a = "The restored altar painting was unveiled by the curator Miriam Osei at the abbey."
    b = "Tobias Lindgren unveiled the restored altar painting at the abbey."
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    actors = [
        al
        for al in comparison.alignments
        if al.conflict is not None and al.conflict.value == "actor"
    ]
    assert actors and all(al.verdict == Verdict.DIFFER for al in actors)


def test_one_doer_named_in_both_does_not_pair() -> None:
    a = "Tobias Lindgren unveiled the restored altar painting at the abbey."
    b = "Curator Tobias Lindgren and Miriam Osei unveiled the restored altar painting."
    assert paired(a, b) == []


def test_common_word_opening_a_sentence_names_nobody() -> None:
    a = "Engineers repaired the cracked viaduct pier near the quarry."
    b = "Railway engineers repaired the cracked viaduct pier by the quarry."
    assert paired(a, b) == []


def test_two_things_do_not_pair() -> None:
    a = "Miriam Osei unveiled the restored altar painting at the abbey."
    b = "Tobias Lindgren unveiled a bronze plaque at the abbey gate."
    assert paired(a, b) == []


def test_doer_credited_elsewhere_in_other_article_does_not_pair() -> None:
    a = "Miriam Osei unveiled the restored altar painting at the abbey."
    b = (
        "Tobias Lindgren unveiled the restored altar painting at the abbey.\n\n"
        "Miriam Osei also unveiled a panel of the painting."
    )
    assert paired(a, b) == []


def test_a_closer_sentence_elsewhere_does_not_pair() -> None:
    a = "Miriam Osei unveiled the restored altar painting at the abbey."
    b = (
        "Tobias Lindgren unveiled the altar painting.\n\n"
        "The restored altar painting hangs at the abbey near the old choir."
    )
    assert paired(a, b) == []


def test_main_clause_after_a_participle_in_the_subject_pairs() -> None:
    a = "A survey crew hired by the council, Tarrow Geotech, mapped the old canal tunnel on Monday."
    b = "The Harwell Trust mapped the old canal tunnel on Monday."
    assert len(paired(a, b)) == 1


def test_a_place_as_doer_does_not_pair() -> None:
    a = "Brisbane won the rowing cup on the river in Brisbane."
    b = "The Lions won the rowing cup on the river."
    assert paired(a, b) == []


def test_one_request_told_by_two_nouns_pairs() -> None:
    # the thing's complement ("for a rematch") ties two heads no table links
    a = (
        "Earlier in the season, league commissioner Harriet Vance rejected Ostfield's "
        "appeal for a rematch after a complaint by a Harwick steward about the lights."
    )
    b = (
        "It was referee chief Tomas Lindqvist who rejected Ostfield's request for a "
        "rematch last week, after a steward mentioned the lights in front of the press."
    )
    assert len(paired(a, b)) == 1


def test_two_people_for_one_party_stay_apart() -> None:
    # "a lawyer for the family" / "an accountant for the family": two people, whatever
    # the complement shares
    a = "Councillor Ana Ruiz hired a lawyer for the Brandt family after the flood in March."
    b = "Councillor Carl Moen hired an accountant for the Brandt family after the flood in March."
    assert paired(a, b) == []


def test_two_things_told_by_opposite_modifiers_do_not_pair() -> None:
    # "the old depot" and "the new depot", "the northern stand" and "the southern
    # stand": one noun, two things, each with its own doer
    a = "The old depot next door was inaugurated by Mayor Karl Benn in 1962."
    b = "The new tram depot was inaugurated by council leader Tomas Hale."
    assert paired(a, b) == []
    a = "The northern stand was rebuilt by Harlow Construction after the fire."
    b = "Velden Builders rebuilt the southern stand at the stadium after the fire."
    assert paired(a, b) == []


def test_one_thing_told_with_one_modifier_on_one_side_still_pairs() -> None:
    a = "The old depot was inaugurated by Mayor Karl Benn on Monday."
    b = "Council leader Tomas Hale inaugurated the depot on Monday."
    assert len(paired(a, b)) == 1
