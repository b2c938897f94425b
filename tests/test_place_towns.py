"""Two bare place names given by a landmark ("near X", "outside X", "off X") or as a
building's town ("a motel in X") for one act, each article's only one for it, are a
place variant; other "in" names, two acts, a
name the other article also gives, or a name before a noun are not paired
(compare.align.place_towns)."""

from __future__ import annotations

import pytest
from conftest import place_differences

from compare.align import Severity


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "It broke out near the town of Geyserville and spread overnight.",
            "The fire, which broke out on Saturday near Cloverdale, spread quickly.",
        ),
        (
            "The train derailed outside Lyon late on Friday.",
            "The train derailed outside Dijon late on Friday.",
        ),
        (
            "The boat capsized off Lampedusa with 60 people aboard.",
            "The boat capsized off Malta with 60 people aboard.",
        ),
        (
            "The plane came down near Bremen, officials said.",
            "The plane came down near Hamburg, police said.",
        ),
        ("The quake struck near Antabamba at dawn.", "The quake struck near Chalhuanca at dawn."),
        # the town a building stands in, against another's town or landmark
        ("The bomb exploded in a market in Kabul.", "The bomb exploded in a market in Kandahar."),
        (
            "The boy was found asleep at a motel in Ardmore.",
            "The boy was found at a truck stop near Durant.",
        ),
        (
            "The winning ticket was sold at a corner shop in Dunmore.",
            "The winning ticket was sold at the company's store in Archbald.",
        ),
    ],
)
def test_two_landmarks_of_one_act_are_a_place_variant(a: str, b: str) -> None:
    places = place_differences(a, b)
    assert places, "the two places were never paired"
    assert all(severity == Severity.VARIANT for _, severity in places)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # "in": one may lie inside the other
        (
            "The shooting happened in Queens on Saturday.",
            "The shooting happened in Richmond Hill on Saturday.",
        ),
        # a region after a building: it may hold the other town
        (
            "The patient was treated at a clinic in Texas.",
            "The patient was treated at a clinic in Austin.",
        ),
        # a building told by its name: its town or the widely named city round it
        # (two towns of one named site are located_sites' variant)
        (
            "She checked into the Harbor View Clinic in Westport.",
            "She checked into the Harbor View Clinic in Boston.",
        ),
        # "in" after a person or an act, no building: a region as often as a town
        (
            "A climber died after a fall from a mountain in Norway.",
            "A climber died after a fall from a mountain in Tromso.",
        ),
        # two acts
        ("The suspect lives near Bremen.", "The plane came down near Hamburg."),
        # the same thing near two landmarks may be near both
        (
            "He fell from a ridge near the Tasman Glacier.",
            "The group had just arrived at a ridge near the Tasman Saddle.",
        ),
        # the other article names both places
        (
            "The train derailed outside Lyon.",
            "The train, bound for Lyon, derailed outside Dijon.",
        ),
        # a name before a noun is no place ("near Harlow offices")
        (
            "Staff gathered near Harlow offices on Monday.",
            "Staff gathered near Dover offices on Monday.",
        ),
        # another event, two days
        (
            "The train derailed outside Lyon on Monday.",
            "The train derailed outside Dijon on Thursday.",
        ),
        # another instance
        ("Another boat capsized off Lampedusa.", "The boat capsized off Malta."),
    ],
)
def test_places_that_may_both_be_right_are_not_paired(a: str, b: str) -> None:
    assert place_differences(a, b) == []


def test_a_buildings_town_beside_a_landmark_leaves_the_landmarks_paired() -> None:
    # the town of a building joins only where the landmarks paired nothing: an
    # article's landmark for the act stays paired with the other's as before
    a = "The boy was found near Ardmore. He was found at a motel in Lone Grove."
    b = "The boy was found near Durant, police said."
    assert [p for p, _ in place_differences(a, b)] == ["near Ardmore / near Durant"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # each article's only landmark, told of one subject with other verbs
        (
            "A new footbridge will be built across the canal near Ashby.",
            "The council has approved a footbridge over the canal near Wexcombe.",
        ),
        (
            "The rover touched down on a plain near Halden Crater.",
            "The rover was parked near Oswin Ridge, engineers said.",
        ),
    ],
)
def test_each_articles_only_landmark_for_one_subject_is_a_place_variant(a: str, b: str) -> None:
    places = place_differences(a, b)
    assert places, "the two places were never paired"
    assert all(severity == Severity.VARIANT for _, severity in places)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two subjects
        (
            "A new footbridge will be built near Ashby.",
            "Residents protested near Wexcombe on Monday.",
        ),
        # another instance
        (
            "Another footbridge will be built near Ashby.",
            "The council has approved a footbridge near Wexcombe.",
        ),
        # one article gives two landmarks
        (
            "A footbridge will be built near Ashby. The footbridge will be opened near Dunlow.",
            "The council has approved a footbridge near Wexcombe.",
        ),
        # two days
        (
            "The rover touched down near Halden Crater on Monday.",
            "The rover came to rest near Oswin Ridge on Friday.",
        ),
    ],
)
def test_sole_landmarks_of_two_subjects_or_instances_are_not_paired(a: str, b: str) -> None:
    assert place_differences(a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one building said to stand in two towns, told with verbs WordNet does not join
        (
            "Officers searched a warehouse in Ashdale.",
            "The stolen parts were found at a warehouse in Brentmoor.",
        ),
        # a building's noun not on the short list, after a capitalised article
        (
            "A scrapyard in Ashdale was searched on Monday.",
            "Officers found the stolen parts at a scrapyard in Brentmoor.",
        ),
        # the building named by its owner, a possessive before a common noun
        (
            "Part of the order book will be transferred to Harlan's mill in Kestov.",
            "Some customers will be supplied from the group's mill in Dorrin.",
        ),
    ],
)
def test_one_building_in_two_towns_is_a_place_variant(a: str, b: str) -> None:
    places = place_differences(a, b)
    assert places, "the two towns were never paired"
    assert all(severity == Severity.VARIANT for _, severity in places)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two buildings, two acts: where the men were held and where they were questioned
        (
            "The men were held at a farm in Ashdale.",
            "The men were questioned at a police station in Brentmoor.",
        ),
        # one article gives the building two towns (an old mill and a new one)
        (
            "The mill in Kestov will close. Staff will be moved to the mill in Varnby.",
            "The mill in Dorrin will close, the company said.",
        ),
    ],
)
def test_buildings_of_two_acts_or_two_towns_are_not_paired(a: str, b: str) -> None:
    assert place_differences(a, b) == []
