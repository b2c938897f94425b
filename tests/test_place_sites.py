"""Two places of one kind (two streets, two stadiums, two hospitals) given for one
event are a place conflict; a street and a town, two facts' places, or an article
naming two places of the kind are not paired (compare.align.place_sites)."""

from __future__ import annotations

import pytest

from compare import compare_texts
from compare.align import DIFFER, Severity
from compare.align.place_sites import site_kind


def _place_conflicts(a: str, b: str) -> list[tuple[str, ...]]:
    comparison = compare_texts({"a": a, "b": b})
    return [
        tuple(sorted(m.text for m in al.members))
        for al in comparison.alignments
        if al.kind == "place" and al.verdict == DIFFER
    ]


def _ticks(a: str, b: str) -> list[str]:
    comparison = compare_texts({"a": a, "b": b})
    return [str(al.kind) for al in comparison.alignments if al.verdict == "agree"]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Ashworth Road", "street"),
        ("Fifth Avenue", "street"),
        ("Lakeshore Drive", "street"),
        ("Sunset Boulevard", "street"),
        ("Wembley Stadium", "stadium"),
        ("the O2 Arena", "stadium"),
        ("St Mary's Hospital", "hospital"),
        ("Southwark Crown Court", "court"),
        ("Heathrow Airport", "airport"),
        ("Road", ""),  # no name before the kind
        ("Leeds", ""),  # a town: it may lie inside another name
        ("Hyde Park", ""),  # a park may be a region as often as a site
        ("Riverside Centre", ""),
        ("St. Luke's Medical Center", "hospital"),  # a medical centre is a hospital
        ("Valley Medical Centre", "hospital"),
        ("Medical Center", ""),
    ],
)
def test_site_kind_is_told_by_the_last_word(name: str, kind: str) -> None:
    assert site_kind(name) == kind


# One event, two places of one kind, told in many ways: the same verb, a kind of
# it, the same doer, the same thing standing there.
ONE_EVENT_TWO_SITES = [
    (
        "The explosion destroyed a three-storey block on Ashworth Road.",
        "The blast tore through a block of flats on Milnrow Road.",
    ),
    (
        "A police officer shot and killed a man outside a shop on Elm Street on Saturday.",
        "A man was shot dead by police in the car park of a laundromat on Fifth Avenue.",
    ),
    (
        "The fire broke out at a warehouse on Kingsway Road late on Monday.",
        "The fire broke out at a warehouse on Carlton Street late on Monday.",
    ),
    (
        "The final was played at Riverside Stadium in front of 40,000 fans.",
        "The final was played at Northgate Stadium before a crowd of 40,000.",
    ),
    (
        "The trial opened at Southwark Crown Court on Monday.",
        "The trial opened at Snaresbrook Crown Court on Monday.",
    ),
    (
        "The runner collapsed on Lakeshore Drive near the finish.",
        "The runner collapsed on Grand Avenue, yards from the finish.",
    ),
    (
        "The wounded were taken to Harbour General Hospital after the crash.",
        "Paramedics took the wounded to Eastgate Medical Center after the crash.",
    ),
    (
        "Protesters marched through the city and the rally ended on Castle Street.",
        "Protesters marched through the city and the rally ended on Victoria Road.",
    ),
]


@pytest.mark.parametrize(("a", "b"), ONE_EVENT_TWO_SITES)
def test_two_sites_of_one_event_are_a_place_conflict(a: str, b: str) -> None:
    comparison = compare_texts({"a": a, "b": b})
    places = [al for al in comparison.alignments if al.kind == "place" and al.verdict == DIFFER]
    assert places, "the two places were never paired"
    assert places[0].severity == Severity.CONFLICT
    assert str(places[0].conflict) == "place"


# What parts two facts: where someone lives and where it happened, two people, an
# earlier or another incident, two places of the kind in one article, a town and a
# street, two days.
TWO_FACTS = [
    (
        "The victim lived on Elm Street with his mother.",
        "The victim was shot on Oak Street shortly after midnight.",
    ),
    (
        "Chohan was pronounced dead at Jamaica Hospital.",
        "The woman was pronounced dead at Mount Sinai Hospital.",
    ),
    (
        "The driver hit another car on American Boulevard.",
        "The driver hit a parked car on Lyndale Avenue.",
    ),
    (
        "A similar explosion destroyed a house on Park Road in 2019.",
        "The explosion destroyed a house on Ashworth Road.",
    ),
    (
        "The march set off from Elm Street and ended on Castle Street.",
        "The march ended on Victoria Road.",
    ),
    (
        "The explosion destroyed a block of flats on Ashworth Road.",
        "The explosion destroyed a block of flats in Rochdale.",
    ),
    (
        "The fire broke out at a warehouse on Kingsway Road on Monday.",
        "The fire broke out at a warehouse on Carlton Street on Thursday.",
    ),
    (
        "The final was played at Riverside Stadium.",
        "The final was not played at Northgate Stadium.",
    ),
]


@pytest.mark.parametrize(("a", "b"), TWO_FACTS)
def test_places_of_two_facts_are_not_paired_by_kind(a: str, b: str) -> None:
    assert _place_conflicts(a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The explosion happened on Ashworth Road.", "The explosion happened on Ashworth Rd."),
        ("The match was played at Wembley Stadium.", "The match was played at Wembley."),
    ],
)
def test_one_site_told_two_ways_is_no_conflict(a: str, b: str) -> None:
    assert _place_conflicts(a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The fire began on the ground floor.", "The fire began on the third floor."),
        (
            "The blaze started on the second floor of the building.",
            "The blaze started on the fifth floor of the building.",
        ),
        (
            "Firefighters found two bodies on the fourth floor.",
            "Firefighters found two bodies on the 6th floor.",
        ),
        ("The gunman opened fire on the top floor.", "The gunman opened fire on the first floor."),
    ],
)
def test_two_storeys_of_one_event_are_no_agreement(a: str, b: str) -> None:
    comparison = compare_texts({"a": a, "b": b})
    assert not any(al.verdict == "agree" and al.kind == "statement" for al in comparison.alignments)
    assert _place_conflicts(a, b), "the two storeys were never paired"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # an article naming two storeys tells where it started and where it spread
        (
            "The fire started on the ground floor and spread to the third floor.",
            "The fire spread to the fourth floor.",
        ),
        (
            "Three workers died on the third floor.",
            "Three workers died on the third floor, police said.",
        ),
    ],
)
def test_storeys_that_may_both_be_right_are_no_conflict(a: str, b: str) -> None:
    assert _place_conflicts(a, b) == []
