"""Two places of one kind of happening told with words of their own, each its
article's only place of that happening and level (happening_places). Sentences
written here, in places of their own."""

from __future__ import annotations

from conftest import place_pairs

from compare.align.happening_places import happening_place_pairs


def paired(a: str, b: str) -> list[tuple[str, str]]:
    """The texts of the places the matcher pairs across the two articles."""
    return place_pairs(happening_place_pairs, a, b)


def test_the_displaced_taken_and_housed_in_two_towns_pair() -> None:
    a = "Most of the families were taken to a school in Dunmara."
    b = "Most are being housed in a sports hall in Kelvory."
    assert paired(a, b) == [("in Dunmara", "in Kelvory")]


def test_a_storm_reaching_land_told_three_ways_pairs() -> None:
    a = "The storm came ashore near Port Ellery early on Tuesday."
    b = "Its eye crossed the coast near Saltmarch early on Tuesday."
    assert paired(a, b) == [("near Port Ellery", "near Saltmarch")]


def test_two_courts_of_one_ruling_pair() -> None:
    a = "The verdict was read out at the Tarnby District Court."
    b = "Judges at the Olvey District Court ordered the firm to pay damages."
    assert paired(a, b) == [("at the Tarnby District Court", "at the Olvey District Court")]


def test_a_town_told_with_at_is_set_against_a_town_told_with_in() -> None:
    a = "Judgment was delivered in the High Court at Kirrow."
    b = "The ruling, handed down in the High Court in Annesby, was read to a quiet room."
    assert paired(a, b) == [("at Kirrow", "in Annesby")]


def test_a_venue_is_never_set_against_a_town() -> None:
    # the hall may stand in that town: no gazetteer says it does not
    a = "Members held a rally at the Brennock depot."
    b = "Dozens of workers gathered in Lisvane to protest."
    assert paired(a, b) == []


def test_an_article_with_two_places_of_the_happening_pairs_nothing() -> None:
    a = "Some evacuees were taken to a school in Dunmara. Others are sheltering in Arlow."
    b = "Most are being housed in a sports hall in Kelvory."
    assert paired(a, b) == []


def test_the_hurt_taken_to_hospital_are_no_shelter() -> None:
    a = "The injured were taken to a hospital in Dunmara."
    b = "Most are being housed in a sports hall in Kelvory."
    assert paired(a, b) == []


def test_places_one_sentence_names_together_are_a_part_and_its_whole() -> None:
    a = "Most of the families were taken to a school in Dunmara."
    b = "Most are being housed in Kelvory, a district of Dunmara."
    assert paired(a, b) == []


def test_the_other_place_named_apart_is_another_place_of_the_story() -> None:
    a = "Most of the families were taken to a school in Dunmara."
    b = "Most are being housed in a sports hall in Kelvory. Roads in Dunmara are shut."
    assert paired(a, b) == [("in Dunmara", "in Kelvory")]


def test_a_region_may_hold_the_other_town() -> None:
    a = "Most of the families were taken to a school in Poland."
    b = "Most are being housed in a sports hall in Kelvory."
    assert paired(a, b) == []


def test_photographs_taken_in_a_place_are_nobody_put_up() -> None:
    a = "The photographs were taken in the Morrow Hills."
    b = "Most are being housed in a sports hall in Kelvory."
    assert paired(a, b) == []


def test_two_days_tell_two_happenings() -> None:
    a = "The storm came ashore near Port Ellery on Tuesday."
    b = "The storm came ashore near Saltmarch on Thursday."
    assert paired(a, b) == []


def test_a_place_inside_another_clause_is_not_the_verbs() -> None:
    # "caught" is the arrest; the avenue is where he hit a car, in a clause of its own
    a = "Police detained the driver at a petrol station in Corrib."
    b = "Police caught up with him after he hit a parked car on Lusk Avenue in Fenwick."
    assert paired(a, b) == []


def test_one_person_taken_to_hospital_may_be_any_of_the_story() -> None:
    a = "The suspect was taken to a hospital in Dunmara to treat a cut."
    b = "The victim was taken to a hospital in Kelvory, where she died."
    assert paired(a, b) == []


def test_many_taken_to_hospital_in_two_towns_pair() -> None:
    a = "The sickest children were moved to a hospital in Dunmara."
    b = "The most serious cases are being treated at a hospital in Kelvory."
    assert paired(a, b) == [("in Dunmara", "in Kelvory")]


def test_two_named_people_arrested_are_two_arrests() -> None:
    a = "Tomas Reyl was arrested in Dunmara on Friday."
    b = "Anja Vost was arrested in Kelvory on Friday."
    assert paired(a, b) == []


def test_one_person_arrested_in_two_towns_pairs() -> None:
    a = "Tomas Reyl was arrested in Dunmara on Friday."
    b = "Reyl was detained in Kelvory on Friday."
    assert paired(a, b) == [("in Dunmara", "in Kelvory")]


def test_two_sites_of_common_words_are_still_two_sites() -> None:
    # a site's name of frequent words ("Lincoln Middle School") holds no town
    a = "Members held a rally at Lincoln Middle School."
    b = "Dozens of workers rallied at the Brennock depot."
    assert paired(a, b) == [("at Lincoln Middle School", "at the Brennock")]
