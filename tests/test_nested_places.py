"""Places named across two articles: a place the other article names only apart
from its own is another place of the story, not its part or whole (nested_places);
told together, a region, an area word, a place WordNet lists against one it does
not, or one of a set still part such places. A name before its site's noun is a place
(named_sites). Sentences written here, in domains of their own."""

from __future__ import annotations

from conftest import place_pairs

from compare import extract_claims
from compare.align.closest_place_clashes import closest_place_pairs, site_candidate
from compare.align.named_sites import names_a_site
from compare.extract.claims import Place
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"


def paired(a: str, b: str) -> list[tuple[str, str]]:
    return place_pairs(closest_place_pairs, a, b)


def test_a_place_the_other_article_names_apart_from_its_own_still_clashes() -> None:
    a = "The stolen tractor was found abandoned in a ditch in Tullamore."
    b = (
        "Tullamore's mart reopened on Monday after the holiday.\n\n"
        "The stolen tractor turned up abandoned in a ditch near Birr."
    )
    assert paired(a, b) == [("in Tullamore", "near Birr")]


def test_two_places_named_in_one_sentence_may_nest() -> None:
    a = "The stolen tractor was found abandoned in a ditch in Tullamore."
    b = (
        "Birr is a short drive south of Tullamore.\n\n"
        "The stolen tractor turned up abandoned in a ditch near Birr."
    )
    assert paired(a, b) == []


def test_a_place_wordnet_lists_may_hold_a_place_it_does_not() -> None:
    a = "The stolen tractor was found abandoned in a ditch in Cornwall."
    b = (
        "Cornwall's farmers offered a reward on Monday.\n\n"
        "The stolen tractor turned up abandoned in a ditch near Polperro."
    )
    assert paired(a, b) == []


def test_a_place_named_nowhere_else_is_compared_whatever_wordnet_lists() -> None:
    a = "The stolen tractor was found abandoned in a ditch in Cornwall."
    b = "The stolen tractor turned up abandoned in a ditch near Polperro."
    assert paired(a, b) == [("in Cornwall", "near Polperro")]


def test_a_place_with_a_word_for_an_area_may_hold_the_other() -> None:
    a = "The stolen tractor was found abandoned in a ditch in Tullamore."
    b = (
        "Tullamore's mart reopened on Monday after the holiday.\n\n"
        "The stolen tractor turned up abandoned in a ditch in County Kilbrack."
    )
    assert paired(a, b) == []


def test_a_place_of_one_of_a_set_is_no_place_of_the_fact() -> None:
    a = (
        "Birr's mart reopened on Monday after the holiday.\n\n"
        "Police recovered the stolen tractor from a ditch in Tullamore on Sunday."
    )
    b = "Police recovered one of the stolen tractors from a ditch near Birr on Sunday."
    assert paired(a, b) == []


def _place(text: str, name: str) -> Place:
    claims = extract_claims(Source.from_text(PUBLISHED + text, id="a"))
    return next(c for c in claims if isinstance(c, Place) and c.name == name)


def test_a_name_before_the_noun_of_its_site_is_a_place() -> None:
    place = _place("The frog was found in a swamp near the Uwinka ranger station.", "Uwinka")
    assert names_a_site(place)
    assert site_candidate(place)


def test_a_name_used_as_a_modifier_of_another_noun_is_still_no_place() -> None:
    place = _place("The grant was approved in the Lister administration last year.", "Lister")
    assert not names_a_site(place)
    assert not site_candidate(place)


def test_a_word_of_grammar_after_the_name_ends_it() -> None:
    place = _place("The barge struck a sandbank near Dunmore while turning.", "Dunmore")
    assert site_candidate(place)


def test_a_plural_site_noun_without_the_names_a_class_of_sites() -> None:
    assert not names_a_site(_place("Staff gathered near Harlow offices on Monday.", "Harlow"))
    assert names_a_site(_place("Talks went on at the Harlow offices on Monday.", "Harlow"))
