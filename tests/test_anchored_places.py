"""Two places of one thing (the subject or object of their clauses, or the noun
before the preposition), each its article's only place of that level for it, told
with other verbs (anchored_places). Sentences written here, in domains of their own."""

from __future__ import annotations

from conftest import place_pairs

from compare.align.anchored_places import anchored_place_pairs


def paired(a: str, b: str) -> list[tuple[str, str]]:
    """The texts of the places the matcher pairs across the two articles."""
    return place_pairs(anchored_place_pairs, a, b)


def test_one_thing_found_in_two_towns_by_other_verbs_pairs() -> None:
    a = "The missing canoe was spotted near Drumsna by a walker."
    b = "Volunteers recovered the canoe outside Jamestown on the same evening."
    assert paired(a, b) == [("near Drumsna", "outside Jamestown")]


def test_two_venues_of_one_occasion_pair_and_their_towns_too() -> None:
    a = "The recital was held at the Corran Hall near Ballinode."
    b = "The recital was staged at the Kilgarvan Theatre in Drumlish."
    assert paired(a, b) == [
        ("at the Corran Hall", "at the Kilgarvan Theatre"),
        ("near Ballinode", "in Drumlish"),
    ]


def test_a_venue_is_never_set_against_a_town() -> None:
    # the hall may stand in that town: no gazetteer says it does not
    a = "The recital was held at the Corran Hall."
    b = "The recital was staged in Drumlish."
    assert paired(a, b) == []


def test_plural_things_may_stand_in_many_places() -> None:
    a = "In Ardnagar, where the stream burst its banks, 40 cottages were damaged."
    b = "In Moyvane, beyond the hill, about 25 cottages were flooded."
    assert paired(a, b) == []


def test_a_thing_placed_twice_by_one_article_pairs_nothing() -> None:
    a = "The barge was first seen near Lisduff. The barge was later towed near Cloonee."
    b = "The barge ran aground outside Tarmon."
    assert paired(a, b) == []


def test_another_article_naming_the_place_knows_both() -> None:
    a = "The trophy was stolen near Rathmore."
    b = "The trophy was taken outside Kilcool, a few miles from Rathmore."
    assert paired(a, b) == []


def test_a_denied_deed_is_another_fact() -> None:
    a = "The ferry did not dock near Inishturk."
    b = "The ferry docked near Clare Island."
    assert paired(a, b) == []


def test_a_thing_brought_in_by_a_and_an_is_no_known_thing() -> None:
    # two articles' "a clinic" need not be one clinic (two stays, a month apart)
    a = "The singer is moving to a private clinic in Rosslare."
    b = "The singer was settling in at Harbourview, a private clinic in Kilmore."
    assert paired(a, b) == []


def test_the_known_thing_told_with_its_article_pairs() -> None:
    a = "The singer is staying at the clinic in Rosslare."
    b = "The singer is recovering at the clinic in Kilmore."
    assert paired(a, b) == [("in Rosslare", "in Kilmore")]
