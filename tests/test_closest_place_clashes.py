"""Two places nothing else paired, told in the two articles' mutually closest
sentences and neither named in the other article, are one fact with two places
(closest_place_clashes); a part and its whole, an origin, a site told by its kind
part them. Sentences written here, in domains of their own."""

from __future__ import annotations

from conftest import place_pairs

from compare import Verdict, compare_texts
from compare.align.closest_place_clashes import closest_place_pairs

PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"


def paired(a: str, b: str) -> list[tuple[str, str]]:
    """The texts of the places the matcher pairs across the two articles."""
    return place_pairs(closest_place_pairs, a, b)


def test_one_event_in_other_words_in_two_towns_pairs() -> None:
    a = "The stolen tractor was found abandoned in a ditch in Tullamore."
    b = "The stolen tractor turned up abandoned in a ditch near Birr."
    assert paired(a, b) == [("in Tullamore", "near Birr")]


def test_words_of_one_sense_tie_the_sentences_as_shared_words_do() -> None:
    # "discovered" / "found": one event told in other words, two places
    a = "The getaway van was discovered in a lane near Carlow."
    b = "The getaway van was found in a field near Athy."
    assert paired(a, b) == [("near Carlow", "near Athy")]


def test_words_of_one_sense_alone_do_not_tie_short_sentences() -> None:
    a = "The marathon began in Limerick."
    b = "The race started in Ennis."
    assert paired(a, b) == []


def test_a_place_set_on_an_island_right_after_it_is_located_by_it() -> None:
    # "at Portmagee on Valentia Island": the island locates the village
    a = "The stolen tractor was found abandoned in a ditch in Tullamore."
    b = "The stolen tractor turned up abandoned in a ditch at Portmagee on Valentia Island."
    assert paired(a, b) == [("in Tullamore", "at Portmagee")]


def test_a_place_within_a_phrase_describing_the_place_locates_it() -> None:
    # "on Inishbofin, a small island reached by ferry from Cleggan": the island's
    # description names another place, which tells where the island lies
    a = "The stolen tractor was found abandoned in a ditch in Tullamore."
    b = (
        "The stolen tractor turned up abandoned in a ditch at Portmagee on Valentia"
        " Island, a small island joined by a bridge to the mainland near Cahersiveen."
    )
    assert paired(a, b) == [("in Tullamore", "at Portmagee")]


def test_a_place_after_a_phrase_describing_another_deed_still_parts() -> None:
    # ", a farmer from Cahersiveen": no place's description, another place of the story
    a = "The stolen tractor was found abandoned in a ditch in Tullamore."
    b = (
        "The stolen tractor turned up abandoned in a ditch at Portmagee, and a farmer"
        " then drove it to a yard near Cahersiveen."
    )
    assert paired(a, b) == []


def test_two_places_of_a_sentence_apart_are_two_places_of_the_story() -> None:
    a = "The stolen tractor was found abandoned in a ditch in Tullamore."
    b = (
        "The stolen tractor, driven from a farm at Portmagee, turned up abandoned"
        " in a ditch on Valentia Island."
    )
    assert paired(a, b) == []


def test_a_place_the_other_article_names_elsewhere_is_no_clash() -> None:
    a = "The stolen tractor was found abandoned in a ditch in Tullamore."
    b = (
        "The farmer lives outside Tullamore.\n\n"
        "The stolen tractor turned up abandoned in a ditch in County Offaly."
    )
    assert paired(a, b) == []


def test_a_place_of_origin_against_a_place_of_the_act_is_no_clash() -> None:
    a = "The winning chess player, a teacher from Sligo, celebrated the title."
    b = "The winning chess player celebrated the title in Galway."
    assert paired(a, b) == []


def test_a_site_told_by_its_kind_on_the_other_side_is_no_clash() -> None:
    a = "The robot arm was designed by engineering students at Carlow University."
    b = "The robot arm was designed by university engineering students in Leinster."
    assert paired(a, b) == []


def test_a_place_after_a_verb_of_saying_is_no_clash() -> None:
    a = "The ferry company announced in Dublin that the crossing was cancelled."
    b = "The ferry company said the crossing was cancelled, speaking in Cork."
    assert paired(a, b) == []


def test_sentences_sharing_little_are_not_paired() -> None:
    a = "The marathon began in Limerick."
    b = "Rain fell all afternoon in Ennis."
    assert paired(a, b) == []


def test_shown_as_a_place_conflict_never_an_agreement() -> None:
    a = "The stolen tractor was found abandoned in a ditch in Tullamore."
    b = "The stolen tractor turned up abandoned in a ditch near Birr."
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    places = [al for al in comparison.alignments if al.kind == "place"]
    assert [al.verdict for al in places] == [Verdict.DIFFER]
    assert places[0].conflict is not None and places[0].conflict.value == "place"


def test_a_way_into_or_to_a_place_is_no_site() -> None:
    a = "The injured jockey was treated at the course's medical tent in Punchestown."
    b = "The injured jockey was treated by medics and taken to Naas."
    assert paired(a, b) == []


def test_a_person_after_at_is_no_place() -> None:
    a = "The angry fan threw a plastic bottle in Thurles during the hurling match."
    b = "The angry fan threw a plastic bottle at Sgt. Brennan during the hurling match."
    assert paired(a, b) == []


def test_a_name_inside_a_longer_noun_phrase_is_no_place() -> None:
    a = "The two sailors capsized their dinghy on Lough Derg's eastern shore at dusk."
    b = "The two sailors capsized their dinghy in Portumna at dusk."
    assert paired(a, b) == []


def test_a_widely_named_place_may_hold_the_other() -> None:
    a = "The stolen tractor was found abandoned in a ditch in Ireland."
    b = "The stolen tractor turned up abandoned in a ditch near Birr."
    assert paired(a, b) == []


def test_two_places_said_of_one_noun_need_one_shared_word_fewer() -> None:
    a = "The winning entries were shown at a flower show in Tralee."
    b = "Visitors saw the prize roses on Sunday at a flower show in Listowel."
    assert paired(a, b) == [("in Tralee", "in Listowel")]


def test_two_places_said_of_two_nouns_still_need_three_shared_words() -> None:
    a = "The winning entries were shown at a flower show in Tralee."
    b = "Visitors saw the prize roses on Sunday at a garden centre in Listowel."
    assert paired(a, b) == []


def test_one_noun_beside_a_venue_of_the_town_is_no_clash() -> None:
    a = "The winning entries were shown at a flower show in Tralee."
    b = "Visitors saw the prize roses on Sunday at a flower show at Ballyseedy Wood."
    assert paired(a, b) == []


def test_a_place_located_by_the_next_one_is_still_the_events_only_place() -> None:
    a = "The lowest river level of the summer was measured at Glenbrook, north of Ennis."
    b = "Engineers said the lowest river level of the summer was measured near Quin."
    assert paired(a, b) == [("at Glenbrook", "near Quin")]


def test_two_places_of_the_event_in_one_sentence_are_no_lone_place() -> None:
    a = "The lowest river level of the summer was measured at Glenbrook and at Clarecastle."
    b = "Engineers said the lowest river level of the summer was measured near Quin."
    assert paired(a, b) == []
