"""Figures of one fact paired although told apart, and figures of two facts kept
apart: a figure complete linkage kept out of a group, one person's two ages, a span
counted from another event, a figure counted in another capacity; and a state
written short. Sentences written here."""

from __future__ import annotations

from compare import Comparison, compare_texts
from compare.align.grouping import outsider_pairs
from compare.extract import Claim

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"


def compare(**texts: str) -> Comparison:
    return compare_texts({name: PUBLISHED + text for name, text in texts.items()})


def differing(comparison: Comparison, kind: str) -> list[list[str]]:
    return [
        sorted(m.text for m in a.members)
        for a in comparison.alignments
        if a.kind == kind and a.verdict.value == "differ"
    ]


def test_one_persons_two_ages_differ() -> None:
    comparison = compare(
        a="Robert Holm, 32, fell about 600 metres while climbing near the hut on Saturday.",
        b="The 31-year-old Robert Holm slipped on ice and fell 600 metres to his death.",
    )
    assert ["31-year-old", "32"] in differing(comparison, "number")


def test_one_persons_two_ages_both_written_year_old_differ() -> None:
    # "a 27-year-old" is the age itself, not a stretch of 27 years beside the figure
    comparison = compare(
        a="On Monday, 27-year-old Dutchman Pieter Vos, a keen diver, drowned off the pier.",
        b="The drowned diver, 26-year-old Pieter Vos of Utrecht, had been swimming alone.",
    )
    assert ["26-year-old", "27-year-old"] in differing(comparison, "number")


def test_two_unnamed_peoples_ages_do_not_differ() -> None:
    # two divers of one description may be two people; so may their distances
    comparison = compare(
        a="A 27-year-old diver drowned after swimming 300 metres from the pier.",
        b="A 45-year-old diver drowned after swimming 800 metres from the pier.",
    )
    assert not differing(comparison, "number")


def test_two_relatives_ages_do_not_differ() -> None:
    comparison = compare(
        a="The boy's older sister, Amara Lind, 19, told reporters he was unarmed.",
        b="Police shot 16-year-old Jonah Lind near the corner, his sister told reporters.",
    )
    assert not differing(comparison, "number")


def test_a_span_before_another_event_is_another_fact() -> None:
    comparison = compare(
        a="The new fishing rule takes effect nine days before the governor's inauguration.",
        b="The new fishing rule will take effect in about 30 days, the agency said.",
    )
    assert not differing(comparison, "number")


def test_seasons_in_another_capacity_are_another_fact() -> None:
    comparison = compare(
        a="A club fixture who spent his first 11 seasons as a player with the Hawks, Dale "
        "is the coach.",
        b="He spent four seasons as the team's director of scouting before his promotion.",
    )
    assert not differing(comparison, "number")


def test_the_same_seasons_in_one_capacity_still_differ() -> None:
    comparison = compare(
        a="Dale spent 11 seasons as a player with the Hawks before he retired.",
        b="Dale spent 12 seasons as a player with the Hawks before he retired.",
    )
    assert ["11", "12"] in differing(comparison, "number")


def test_a_state_written_short_names_the_place() -> None:
    comparison = compare(
        a="The singer checked into the Bayview Clinic in Palm Springs, Calif., on Thursday "
        "night for a three-month stay.",
        b="Lawyer: the singer checks into California rehab for a three-month stay.",
    )
    assert not any(a.conflict and a.conflict.value == "place" for a in comparison.alignments)


class _Claim:
    def __init__(self, source: str) -> None:
        self.source = source


def _claims(*sources: str) -> list[Claim]:
    return [_Claim(s) for s in sources]  # type: ignore[misc]


def test_an_outsider_stands_beside_the_one_group_it_pairs_with() -> None:
    claims = _claims("a", "b", "c", "d")
    groups = [([0, 1, 2], 0.9)]
    pairs = [(0.9, 0, 1), (0.9, 1, 2), (0.9, 0, 2), (0.6, 2, 3)]
    assert outsider_pairs(claims, groups, pairs, lambda i, j: True) == [([2, 3], 0.6)]
    assert outsider_pairs(claims, groups, pairs, lambda i, j: False) == []


def test_no_outsider_beside_a_group_holding_its_own_source_or_two_groups() -> None:
    claims = _claims("a", "b", "b", "c", "d", "e")
    own_source = [([0, 1], 0.9)]
    assert outsider_pairs(claims, own_source, [(0.9, 0, 1), (0.6, 0, 2)], lambda i, j: True) == []
    two_groups = [([0, 1], 0.9), ([3, 4], 0.9)]
    pairs = [(0.9, 0, 1), (0.9, 3, 4), (0.6, 1, 5), (0.5, 4, 5)]
    assert outsider_pairs(claims, two_groups, pairs, lambda i, j: True) == []


def test_a_unit_abbreviated_and_spelt_out_is_one_unit() -> None:
    comparison = compare(
        a="The climber fell about 600m near the Sefton hut on Saturday, police said.",
        b="The climber fell 700 metres near the Sefton hut on Saturday, police said.",
    )
    assert ["700", "about 600"] in differing(comparison, "number")


def test_two_groups_that_meet_only_each_other_stand_as_a_pair() -> None:
    claims = _claims("a", "b", "c", "d")
    groups = [([0, 1], 0.9), ([2, 3], 0.9)]
    pairs = [(0.9, 0, 1), (0.9, 2, 3), (0.6, 1, 2)]
    assert outsider_pairs(claims, groups, pairs, lambda i, j: False) == [([1, 2], 0.6)]
    third = [*groups, ([4, 5], 0.9)]
    more = [*pairs, (0.9, 4, 5), (0.5, 3, 4)]
    six = _claims("a", "b", "c", "d", "e", "f")
    assert outsider_pairs(six, third, more, lambda i, j: False) == []


def test_a_population_is_no_count_of_the_dead() -> None:
    comparison = compare(
        a="The last major quake hit Valdor, a town of about 15,000 people in the hills.",
        b="The last major quake hit Valdor in the hills, killing hundreds of people.",
    )
    assert not differing(comparison, "number")


def test_outsider_pairs_are_asked_for_and_listed_in_the_options() -> None:
    from compare.align import Options

    assert Options().outsiders is False  # held-out precision of their findings was 0.62
    assert ("outsiders", True) in Options(outsiders=True).to_pairs()
    assert all(name != "outsiders" for name, _ in Options().to_pairs())
