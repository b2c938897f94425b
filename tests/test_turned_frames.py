"""A statement and its denial, or its opposite, told by two outlets, stand apart
from the groups (compare/align/frame_statements.turned_frame_pairs): a sentence
grouped with an agreeing sentence of many shared words still meets the one that
contradicts it. Sentences written for these tests, in no benchmark set's story."""

from __future__ import annotations

import pytest
from conftest import FILLER_A, FILLER_B

from compare import Conflict, Verdict, compare_texts
from compare.align.frame_statements import turned_frame_pairs
from compare.extract.claims import Statement
from compare.ingest import Source
from compare.pipeline import extract


def _verdicts_with_denial(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    """The verdicts of the statement alignments holding the denying sentence of `a`
    and a sentence of `b`."""
    comparison = compare_texts({"a": FILLER_A + a, "b": FILLER_B + b})
    return [
        (al.verdict, al.conflict)
        for al in comparison.alignments
        if al.kind == "statement"
        and any(m.source == "a" and " not " in m.sentence for m in al.members)
        and any(m.source == "b" for m in al.members)
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Crews worked through the night to restore power to the clinic after its "
            "generator failed in the storm. The clinic did not lose power, a spokesperson said.",
            "The clinic lost power for several hours after its generator failed in the storm.",
        ),
        (
            "Engineers inspected the ferry's engines in Dover after the crossing was delayed "
            "by two hours. The ferry did not lose an engine, the operator said.",
            "The ferry lost an engine during the crossing, which was delayed by two hours, "
            "and engineers inspected it in Dover.",
        ),
        (
            "Inspectors checked the spillway gates of the dam for damage after the earthquake "
            "on Tuesday. The dam did not crack, the water board said.",
            "The dam cracked near its spillway gates after the earthquake on Tuesday, and "
            "inspectors checked it for damage.",
        ),
        (
            "Firefighters fought the blaze at the timber yard for six hours before the roof "
            "of the warehouse fell in. The warehouse did not collapse, the fire service said.",
            "The warehouse collapsed after firefighters fought the blaze at the timber yard "
            "for six hours and its roof fell in.",
        ),
        (
            "The pilot reported smoke in the cabin of the plane shortly after take-off from "
            "Oslo and circled over the sea. The plane did not return to Oslo, the airline said.",
            "The plane returned to Oslo shortly after take-off when the pilot reported smoke "
            "in the cabin and circled over the sea.",
        ),
    ],
)
def test_a_denial_beside_an_agreeing_sentence_is_still_a_negation(a: str, b: str) -> None:
    assert (Verdict.DIFFER, Conflict.NEGATION) in _verdicts_with_denial(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The jury met in the old town hall on Saturday night. "
            "No painter from the island had won the prize before, the jury said.",
            "The jury made Ana Vidal the first painter from the island to win the prize "
            "on Saturday night in the old town hall.",
        ),
        (
            "The ice on the lake was measured every week this winter by the rangers. "
            "The ice had never been this thick before, the rangers said.",
            "The ice on the lake was the thickest ever measured, the rangers said this winter.",
        ),
    ],
)
def test_a_denial_of_every_time_before_stands_no_negation(a: str, b: str) -> None:
    # "had not won before" tells what "the first to win" tells
    assert (Verdict.DIFFER, Conflict.NEGATION) not in _verdicts_with_denial(a, b)


def _turned_pairs(a: str, b: str) -> list[tuple[str, str]]:
    """The sentences turned_frame_pairs pairs across article `a` and article `b`."""
    sources = [Source.from_text(a, id="a"), Source.from_text(b, id="b")]
    statements = [c for told in extract(sources) for c in told if isinstance(c, Statement)]
    return [
        (statements[i].sentence, statements[j].sentence)
        for _, i, j in turned_frame_pairs(statements)
    ]


def test_a_denial_and_its_statement_are_turned_pairs() -> None:
    assert _turned_pairs(
        "The ferry did not lose an engine, the operator said.",
        "The ferry lost an engine during the crossing.",
    ) == [
        (
            "The ferry did not lose an engine, the operator said.",
            "The ferry lost an engine during the crossing.",
        )
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two named doers
        (
            "The Harlan government issued the fishing rule, officials said.",
            "The Ostrow government revoked the fishing rule, officials said.",
        ),
        # "other" doers
        ("The dockers left the union, they said.", "Other dockers joined the union, they said."),
        # converse verbs: one trade
        (
            "The Kelso mill sells its flour to bakeries in the north.",
            "The Kelso mill buys its flour from bakeries in the north.",
        ),
        # two years: two decisions
        (
            "The valley council did not raise bus fares in 2024, the council said.",
            "The valley council raised bus fares in 2019, the council said.",
        ),
    ],
)
def test_opposite_verbs_of_two_doers_or_times_are_no_turned_pair(a: str, b: str) -> None:
    assert _turned_pairs(a, b) == []
