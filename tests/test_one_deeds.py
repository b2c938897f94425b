"""Two leads' first happenings told as one deed in two words (compare.align.one_deeds)."""

from __future__ import annotations

from conftest import differing_texts

from compare import Source
from compare.align.deed_moments import deed_moment_pairs
from compare.align.one_deeds import deed_words, verbs_of
from compare.align.sentence_claims import SentenceClaims
from compare.extract import Time, extract_claims

HEAD = "---\noutlet: {}\ntitle: {}\npublished: 2026-03-18\n---\n"


def _article(outlet: str, lead: str, rest: str = "") -> str:
    return HEAD.format(outlet, "Morning crash on the coast line") + lead + " " + rest + "\n"


def _findings(a: str, b: str, kind: str = "time") -> list[str]:
    return differing_texts(a, b, kind)


def test_a_noun_of_the_act_reads_through_its_verb() -> None:
    assert verbs_of("collision") >= {"collide"}
    assert verbs_of("derailment") >= {"derail"}
    # a collision is a kind of striking (WordNet: collide -> strike)
    assert deed_words(frozenset({"collision"}), frozenset({"strike"})) is not None


def test_two_acts_and_two_ends_are_no_one_deed() -> None:
    assert deed_words(frozenset({"blast"}), frozenset({"close"})) is None
    assert deed_words(frozenset({"begin"}), frozenset({"end"})) is None
    # a generic verb above many ties nothing
    assert deed_words(frozenset({"change"}), frozenset({"land"})) is None


STRUCK = _article(
    "Coast Gazette",
    "A commuter train struck a tractor near Pellworth at about 7.50am on Tuesday.",
    "Nine passengers were treated for cuts. The line reopened in the afternoon.",
)
COLLISION = _article(
    "Shore Herald",
    "The collision happened at 8.35am on Tuesday, according to the rail operator.",
    "Nine people were hurt, none of them badly.",
)


def test_one_deed_in_two_words_is_a_time_conflict() -> None:
    assert _findings(STRUCK, COLLISION) == ["at about 7.50am / at 8.35am"]


def test_two_acts_told_in_two_leads_stay_apart() -> None:
    closed = COLLISION.replace(
        "The collision happened at 8.35am", "Police closed the road at 8.35am"
    )
    assert _findings(STRUCK, closed) == []


def test_an_article_dating_the_deed_twice_gives_no_one_time() -> None:
    twice = COLLISION.replace(
        "Nine people were hurt, none of them badly.",
        "A second collision happened at 11.20am further down the line.",
    )
    assert _findings(STRUCK, twice) == []


def test_two_named_doers_of_one_deed_are_two_deeds() -> None:
    smith = _article("Coast Gazette", "Officers arrested Tom Ashdown at 6.15am on Tuesday.")
    jones = _article("Shore Herald", "Officers arrested Carla Venn at 9.40am on Tuesday.")
    assert _findings(smith, jones) == []


FERRY_A = HEAD.format("Island Echo", "Ferry damaged off the skerries") + (
    "Passengers were shaken but unhurt on Friday after a ferry was damaged off the skerries. "
    "It had sailed from Hallby at 5.45am with 140 people aboard. "
    "Engineers inspected the car deck later in the day. "
    "The harbour master praised the crew. "
    "The ferry Morvoren, on its first run of the season, struck a sandbank at 6.20am.\n"
)
FERRY_B = HEAD.format("Skerry Times", "Ferry runs aground") + (
    "A ferry carrying 140 passengers was damaged on Friday. "
    "The boat sailed from Hallby at 5.45am. "
    "Divers examined the hull in the afternoon. "
    "The operator thanked the coastguard. "
    "The Morvoren hit a sandbank shortly after 8am.\n"
)


def test_the_deed_told_again_at_its_one_time_still_dates_it() -> None:
    # the same moment told twice is no other value: the lead's time still meets the other's
    again = COLLISION.replace(
        "Nine people were hurt, none of them badly.",
        "Nine people were hurt in the collision at 8.35am, none of them badly.",
    )
    assert _findings(STRUCK, again) == ["at about 7.50am / at 8.35am"]


def _deed_moments(a: str, b: str) -> list[tuple[str, str]]:
    claims = [
        c
        for key, text in (("a", a), ("b", b))
        for c in extract_claims(Source.from_text(text, id=key))
        if isinstance(c, Time)
    ]
    found = deed_moment_pairs(claims, None, SentenceClaims.index(claims))
    return [(claims[i].text, claims[j].text) for _, i, j in found]


def test_one_deed_further_down_is_a_time_conflict() -> None:
    # struck / hit: one deed; "first run" on one side only is no other occurrence
    assert _deed_moments(FERRY_A, FERRY_B) == [("at 6.20am.", "shortly after 8am.")]
    assert _findings(FERRY_A, FERRY_B) == ["at 6.20am. / shortly after 8am."]


def test_a_second_occurrence_parts_one_deed() -> None:
    second = FERRY_B.replace("The Morvoren hit a sandbank", "The Morvoren hit a second sandbank")
    assert _deed_moments(FERRY_A, second) == []


def test_two_named_doers_further_down_are_two_deeds() -> None:
    other = FERRY_B.replace("The Morvoren hit", "The Kestrel hit")
    assert _deed_moments(FERRY_A, other) == []


def test_a_time_the_article_gives_the_deed_twice_is_no_one_moment() -> None:
    twice = FERRY_B.replace(
        "The operator thanked the coastguard.", "It hit the sandbank again at 9.40am."
    )
    assert _deed_moments(FERRY_A, twice) == []


def test_a_thing_both_clauses_name_is_no_deed() -> None:
    # both verbs named, neither ties: the ferry they share is the thing, not the deed
    boarded = _article("Coast Gazette", "The first passengers boarded the night ferry at 7am.")
    loading = _article("Shore Herald", "Crews began loading vans onto the night ferry at 5am.")
    assert _findings(boarded, loading) == []
