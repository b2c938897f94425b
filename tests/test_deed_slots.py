"""One deed done to one thing, placed apart (compare/align/deed_slots.py and
compare/align/happening_slots.py), on sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import statement_findings

from compare import Conflict, Verdict, compare_texts
from compare.align.deed_slots import _bare_plural, _pronoun, one_deed_told, undergoer
from compare.align.happening_slots import agreed_sites_apart
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims, inside
from compare.extract import Statement, extract_claims
from compare.ingest import Source


def _statement(text: str, source: str = "a") -> Statement:
    claims = extract_claims(Source.from_text(text, id=source))
    return next(c for c in claims if isinstance(c, Statement))


def _place_verdicts(a: str, b: str) -> list[Verdict]:
    return [al.verdict for al in statement_findings(a, b, Conflict.PLACE)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one verb, one thing, two places the other article never names
        (
            "The stolen violin was recovered in Grellham on Tuesday.",
            "The violin was recovered near Dunmere, police said.",
        ),
        # one event held and taking place at two sites
        (
            "The council's budget vote was held at Tennant Hall.",
            "The vote on the budget took place at the Orrin Centre.",
        ),
    ],
)
def test_one_deed_of_one_thing_placed_apart_is_a_place_difference(a, b):
    assert _place_verdicts(a, b) == [Verdict.DIFFER]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a place and the place inside it: the other article names the town
        (
            "The stolen violin was recovered at a pawnshop in Grellham.",
            "The violin was recovered in Grellham town centre, near the Marlow pawnshop.",
        ),
        # two plants of one company, told as another of its kind
        (
            "The firm shut its larger mill near Tessbury.",
            "Its twin mill at Hollin Cross shut as well.",
        ),
        # a state may hold the other's town
        (
            "The violin was recovered in California.",
            "The violin was recovered in Grellham.",
        ),
    ],
)
def test_nested_widely_named_or_other_instances_are_no_place_difference(a, b):
    assert _place_verdicts(a, b) == []


def test_the_undergoer_is_the_object_or_the_subject_without_one_never_a_pronoun():
    assert undergoer(_statement("Police recovered the violin in Grellham.")) == "violin"
    assert undergoer(_statement("The violin was recovered in Grellham.")) == "violin"
    assert undergoer(_statement("It was recovered in Grellham by two detectives.")) is None
    assert undergoer(_statement("The auction took place in Grellham.")) == "auction"


def test_a_deed_turned_by_its_particle_is_no_one_deed():
    a = _statement("The singer checked into a clinic in Grellham.", "a")
    b = _statement("The singer checked out of a clinic in Dunmere.", "b")
    assert not one_deed_told(a, b, NO_SENTENCES)


def test_two_days_none_shared_are_two_deeds():
    comparison = compare_texts(
        {
            "a": "Local news. The ferry docked at Pellow harbour on Monday.",
            "b": "Local news. The ferry docked at Strand quay on Thursday.",
        }
    )
    assert not [al for al in comparison.alignments if al.conflict == Conflict.PLACE]


def _sites_apart(a: str, b: str) -> bool:
    sources = [Source.from_text(a, id="a"), Source.from_text(b, id="b")]
    claims = [c for s in sources for c in extract_claims(s)]
    sentences = SentenceClaims.index(claims, texts={s.id: s.text for s in sources})
    x, y = (next(c for c in claims if isinstance(c, Statement) and c.source == s) for s in "ab")
    return agreed_sites_apart(x, inside(x, sentences), y, inside(y, sentences))


def test_an_agreeing_pair_at_two_named_sites_keeps_no_check_mark():
    assert _sites_apart(
        "The prize was presented to Ana Velt at the Kessel Theatre.",
        "The prize was presented to Ana Velt at the Marrow Arts Centre.",
    )


@pytest.mark.parametrize(
    "b",
    [
        # one site told longer
        "The prize was presented to Ana Velt at the Kessel Theatre's main hall.",
        # the other sentence names the first site too
        "The prize was presented to Ana Velt at the Marrow Arts Centre, not the Kessel Theatre.",
        # a town, not a site: a venue stands in a town
        "The prize was presented to Ana Velt in Marrowby.",
    ],
)
def test_one_site_a_site_named_by_both_or_a_town_keep_the_check_mark(b):
    assert not _sites_apart("The prize was presented to Ana Velt at the Kessel Theatre.", b)


def test_a_bare_plural_is_a_set_of_things_not_one_thing() -> None:
    assert _bare_plural(_statement("Ferries were halted at Grellham pier on Monday."))
    assert not _bare_plural(_statement("The ferries were halted at Grellham pier on Monday."))
    assert not _bare_plural(_statement("The ferry was halted at Grellham pier on Monday."))


def test_a_word_in_capitals_is_no_pronoun_and_an_owner_keeps_the_thing() -> None:
    assert not _pronoun("US") and _pronoun("us") and _pronoun("They,")
    assert undergoer(_statement("Her violin was recovered in Grellham.")) == "violin"


def test_an_irregular_plural_is_a_set_of_things_too() -> None:
    assert _bare_plural(_statement("Children were rescued near the river at Grellham."))
