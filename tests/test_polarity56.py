"""Stop 56's polarity readings: a thing moved in the progressive ("is shrinking"), an
object a verb of amount moves ("cut its levy"), and an opposite word named as no deed
that happened ("against any rise", "instead of falling"), which no longer hides an
opposite. Sentences written for these tests."""

from __future__ import annotations

import pytest

from compare import Verdict, compare_texts
from compare.align.both_sides import unasserted
from compare.align.change_directions import moves, turned
from compare.align.model import Conflict
from compare.align.named_turns import _doer_names
from compare.align.stance_sides import stances
from compare.align.words import words
from compare.extract import extract_claims
from compare.ingest import Source


def _statement(text: str, source: str):
    claims = extract_claims(Source.from_text(text, id=source))
    return next(c for c in claims if c.kind == "statement")


def _turned(a: str, b: str) -> bool:
    return turned(_statement(a, "a"), _statement(b, "b")) is not None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The herd of wild ponies is shrinking, rangers say.",
            "The herd of wild ponies has grown.",
        ),
        ("Officials said the lake was rising on Friday.", "The lake was falling on Friday."),
        (
            "The salt marsh on the estuary appears to be growing, wardens said.",
            "The salt marsh on the estuary is shrinking, according to wardens.",
        ),
        (
            "The water board raised its standing charge this spring.",
            "The water board cut its standing charge this spring.",
        ),
    ],
)
def test_one_thing_moved_both_ways(a: str, b: str) -> None:
    assert _turned(a, b)
    assert _turned(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two doers, each moving its own charge
        (
            "The water board raised its standing charge this spring.",
            "The county council cut its standing charge this spring.",
        ),
    ],
)
def test_not_one_thing_moved_both_ways(a: str, b: str) -> None:
    assert not _turned(a, b)


def test_a_passive_is_still_no_move_of_its_subject() -> None:
    assert moves("The striker was dropped from the squad.") == ()


def test_a_name_or_a_pronoun_after_the_verb_is_no_object_moved() -> None:
    assert moves("The club dropped Hallam from the squad.") == ()
    assert moves("The council cut it in March.") == ()


def test_the_progressive_is_read_as_a_move() -> None:
    (move,) = moves("The glacier is shrinking.")
    assert (move.thing, move.way) == ("glacier", -1)


def test_the_object_moves_with_its_doer_as_qualifier() -> None:
    (move,) = moves("The ferry company increased its tolls this summer.")
    assert move.thing == "tolls" and move.way == 1
    assert "ferry" in move.qualifiers


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("they argued against any rise in the levy", "rise", True),
        ("there was no fall in demand", "fall", True),
        ("instead of falling the shares climbed", "falling", True),
        ("the shares fell and then rose", "rose", False),
    ],
)
def test_unasserted(text: str, at: str, expected: bool) -> None:
    told = words(text)
    assert unasserted(told, told.index(at)) is expected


def test_an_opposite_named_as_no_deed_does_not_hide_the_opposite() -> None:
    found = compare_texts(
        {
            "a": "The brewery says its exports rose last year, helped by demand in Spain.",
            "b": "By the brewery's own figures, its exports fell last year, and it "
            "cited them to oppose any rise in the duty.",
        }
    )
    assert any(
        al.verdict == Verdict.DIFFER and al.conflict == Conflict.OPPOSITE for al in found.alignments
    )


@pytest.mark.parametrize(
    ("text", "side", "thing"),
    [
        ("The parish board had recommended the sale of the old school.", "for", "sale"),
        ("The parish board came out against the sale.", "against", "sale"),
        ("Stallholders on the quay lobbied for the levy.", "for", "levy"),
        ("The rowing club voted against extending the curfew.", "against", "curfew"),
    ],
)
def test_stances(text: str, side: str, thing: str) -> None:
    (stance,) = stances(text)
    assert (stance.side, stance.thing) == (side, thing)


@pytest.mark.parametrize(
    "text",
    [
        "The rowing club did not vote against the curfew.",  # denied
        "The case against the rowing club collapsed.",  # no verb before "against"
        '"We backed the curfew," the club said.',  # a quotation
    ],
)
def test_no_stance(text: str) -> None:
    assert stances(text) == ()


def _stance_finding(a: str, b: str) -> bool:
    found = compare_texts({"a": a, "b": b})
    return any(
        al.verdict == Verdict.DIFFER and al.conflict == Conflict.OPPOSITE for al in found.alignments
    )


def test_one_party_for_and_against_one_thing_is_an_opposite() -> None:
    assert _stance_finding(
        "The harbour trust met on Tuesday. The parish board had recommended the sale "
        "of the old school, the trust said.",
        "The harbour trust met on Tuesday. The parish board had advised against the "
        "sale of the old school, according to minutes.",
    )


def test_two_parties_on_two_sides_are_no_opposite() -> None:
    assert not _stance_finding(
        "The harbour trust met on Tuesday. The parish board had recommended the sale "
        "of the old school, the trust said.",
        "The harbour trust met on Tuesday. The teachers' union had advised against the "
        "sale of the old school, according to minutes.",
    )


def _doers(sentence: str) -> frozenset[str]:
    claims = [c for c in extract_claims(Source.from_text(sentence, id="p")) if c.frame]
    return _doer_names(claims[0]) if claims else frozenset()


def test_the_doer_is_the_full_name_nearest_before_the_predicate() -> None:
    assert _doers("The ferry's skipper, Aldo Brunetti, 52, was charged.") == {"Aldo Brunetti"}
    # a name opening the sentence is read too
    assert _doers("Mira Solberg was arrested on Friday.") == {"Mira Solberg"}
    assert _doers("Solberg was arrested on Friday.") == frozenset()  # a surname alone
    # a name owning the subject names someone else
    assert _doers("Mira Solberg's lawyer was arrested on Friday.") == frozenset()
    # a post written before the name is not part of it
    assert _doers("Owner Mira Solberg was not among those detained.") == {"Mira Solberg"}


def _polarity_shown(a: str, b: str) -> set[str]:
    found = compare_texts({"a": a, "b": b})
    return {
        str(al.conflict)
        for al in found.alignments
        if al.verdict == Verdict.DIFFER and al.kind == "statement"
    }


def test_one_named_doer_acquitted_and_convicted_is_an_opposite() -> None:
    shown = _polarity_shown(
        "The ferry's skipper, Aldo Brunetti, was acquitted of all charges after the "
        "court heard he had reported the fault twice.",
        "To the surprise of the families, skipper Aldo Brunetti was convicted together "
        "with the operator and given a suspended term.",
    )
    assert "opposite" in shown


def test_two_named_doers_are_not_paired_by_their_names() -> None:
    shown = _polarity_shown(
        "The ferry's skipper, Aldo Brunetti, was acquitted of all charges after the "
        "court heard he had reported the fault twice.",
        "To the surprise of the families, engineer Marta Kessel was convicted together "
        "with the operator and given a suspended term.",
    )
    assert "opposite" not in shown


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("The council paid for the repairs.", []),  # "for" after a verb of no stance
        ("The union urged the government to scrap the levy.", []),  # the one urged
        ("The union voted for the offer.", [("for", "offer", ["union"])]),
        ("The board backed the merger.", [("for", "merger", ["board"])]),  # noun and verb
        ("The council voted against the funding.", [("against", "funding", ["council"])]),
        # the party of the reported clause, not the reporter
        (
            "The mayor said the council had voted against the plan.",
            [("against", "plan", ["council"])],
        ),
    ],
)
def test_stances_read_only_stance_verbs_and_their_own_party(
    sentence: str, read: list[tuple[str, str, list[str]]]
) -> None:
    assert [(x.side, x.thing, sorted(x.party)) for x in stances(sentence)] == read


def test_a_thing_done_on_one_side_only_is_no_named_turn() -> None:
    shown = _polarity_shown(
        "Harbin Grain, founded in 1990, buys wheat from 800 farms in the north.",
        "Harbin Grain sells to thirty countries, most of them in Asia.",
    )
    assert shown == set()


def test_a_moved_objects_doer_is_the_reported_clauses_subject() -> None:
    (move,) = moves("Officials said the bank raised its fees.")
    assert move.doer == {"bank"}  # not "officials", not "said"
