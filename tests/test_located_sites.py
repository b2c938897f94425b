"""One named site set right after it in two towns by two articles is a place
conflict (located_sites): a site stands in one place. Two branches of a chain,
a town the other article knows, a state that may hold the town, a site told by
a bare name part the pair. Sentences written here, in domains of their own."""

from __future__ import annotations

from conftest import place_pairs

from compare import Verdict, compare_texts
from compare.align.located_sites import located_site_pairs
from compare.align.model import Conflict

PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"


def paired(a: str, b: str) -> list[tuple[str, str]]:
    """The texts of the places the matcher pairs across the two articles."""
    return place_pairs(located_site_pairs, a, b)


def test_one_named_site_in_two_towns_pairs() -> None:
    a = "The wheat harvest was stored at the Brennard Grain Terminal in Oxtonby over winter."
    b = "Farmers unloaded their wheat at the Brennard Grain Terminal in Hallowick in October."
    assert paired(a, b) == [("in Oxtonby", "in Hallowick")]


def test_the_pair_is_a_place_difference_in_the_report() -> None:
    a = "The orchestra rehearsed for a week at the Castlebrook Music Pavilion in Oxtonby."
    b = "The orchestra spent a week rehearsing at the Castlebrook Music Pavilion in Hallowick."
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    found = [
        al
        for al in comparison.alignments
        if al.verdict == Verdict.DIFFER and al.conflict == Conflict.PLACE
    ]
    assert found
    assert not any(
        al.verdict == Verdict.AGREE for al in comparison.alignments if al.kind == "place"
    )


def test_one_site_in_one_town_is_no_clash() -> None:
    a = "The wheat harvest was stored at the Brennard Grain Terminal in Oxtonby."
    b = "Farmers unloaded their wheat at the Brennard Grain Terminal in Oxtonby."
    assert paired(a, b) == []


def test_two_sites_of_one_name_in_one_article_are_a_chain() -> None:
    a = (
        "The bakery chain opened the Crumbwell Bread Kitchen in Oxtonby in May.\n\n"
        "A second Crumbwell Bread Kitchen in Farley opened in June."
    )
    b = "Shoppers queued at the Crumbwell Bread Kitchen in Hallowick on Saturday."
    assert paired(a, b) == []


def test_a_town_the_other_article_names_is_no_clash() -> None:
    a = "The wheat harvest was stored at the Brennard Grain Terminal in Oxtonby."
    b = (
        "The terminal's manager lives in Oxtonby.\n\n"
        "Farmers unloaded their wheat at the Brennard Grain Terminal in Hallowick."
    )
    assert paired(a, b) == []


def test_a_state_may_hold_the_town() -> None:
    a = "The wheat harvest was stored at the Brennard Grain Terminal in Oxtonby."
    b = "Farmers unloaded their wheat at the Brennard Grain Terminal in Kansas."
    assert paired(a, b) == []


def test_a_bare_name_is_no_site() -> None:
    a = "Divers surveyed the wreck at Trelowen, in Cornwall, last summer."
    b = "Divers surveyed the wreck at Trelowen, in Brittany, last summer."
    assert paired(a, b) == []


def test_a_site_near_a_town_is_placed_by_its_neighbour() -> None:
    a = "The wheat harvest was stored at the Brennard Grain Terminal near Oxtonby."
    b = "Farmers unloaded their wheat at the Brennard Grain Terminal in Hallowick."
    assert paired(a, b) == []


def test_a_street_after_the_site_is_no_town() -> None:
    # "in Quarry Lane" places the terminal within a town, which may be Oxtonby
    a = "The wheat harvest was stored at the Brennard Grain Terminal in Oxtonby over winter."
    b = "Farmers unloaded their wheat at the Brennard Grain Terminal in Quarry Lane in October."
    assert paired(a, b) == []
