"""Two leads' first happenings told as one deed in two words (compare.align.one_deeds)."""

from __future__ import annotations

from compare import compare_texts
from compare.align.model import Verdict
from compare.align.one_deeds import deed_words, verbs_of

HEAD = "---\noutlet: {}\ntitle: {}\npublished: 2026-03-18\n---\n"


def _article(outlet: str, lead: str, rest: str = "") -> str:
    return HEAD.format(outlet, "Morning crash on the coast line") + lead + " " + rest + "\n"


def _findings(a: str, b: str, kind: str = "time") -> list[str]:
    comparison = compare_texts({"a": a, "b": b})
    return [
        f"{al.members[0].text} / {al.members[-1].text}"
        for al in comparison.alignments
        if al.kind == kind and al.verdict == Verdict.DIFFER
    ]


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
