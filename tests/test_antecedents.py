"""The noun a relative or participle clause is about, read as its verb's subject
(compare.extract.antecedents), and a day set between a subject and its verb.
Sentences written here."""

from __future__ import annotations

import pytest

from compare import extract_claims
from compare.ingest import Source


def _parts(text: str, kind: str = "date") -> list[tuple[str | None, str | None, str | None]]:
    """(lemma, actor, thing) of each claim of a kind."""
    found = []
    for claim in extract_claims(Source.from_text(text, id="x")):
        if claim.kind == kind and claim.frame is not None:
            frame = claim.frame
            found.append(
                (
                    frame.lemma,
                    frame.actor.text if frame.actor else None,
                    frame.thing.text if frame.thing else None,
                )
            )
    return found


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "The regatta, which draws crews from six countries, got under way at 9.15am.",
            "time",
            ("get", "The regatta", None),
        ),
        (
            "Residents fled the flood, which swept through the valley on Sunday.",
            "date",
            ("sweep", "the flood", None),
        ),
        (
            "The hearing, which was due to open on Monday, was adjourned.",
            "date",
            ("open", "The hearing", None),
        ),
        (
            "The ruling, handed down on Friday at the appeals court, surprised lawyers.",
            "date",
            ("hand", None, "The ruling"),
        ),
        (
            "The concert, which had been planned for months, was cancelled on Sunday.",
            "date",
            ("cancel", None, "The concert"),
        ),
    ],
)
def test_a_clause_about_a_noun_has_it_as_subject(
    text: str, kind: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert expected in _parts(text, kind)


def test_which_after_a_day_tells_of_the_clause_not_of_the_day() -> None:
    parts = _parts("The mill closed in March, which cost 200 jobs on Friday.")
    assert ("cost", "March", "200 jobs") not in parts
    assert all(actor != "March" for _, actor, _ in parts)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A jury on Thursday acquitted the driver of all charges.", "A jury"),
        ("Firefighters on Sunday night rescued two hikers.", "Firefighters"),
    ],
)
def test_a_day_between_subject_and_verb_is_no_doer(text: str, actor: str) -> None:
    assert [a for _, a, _ in _parts(text)] == [actor]


def test_not_only_denies_nothing() -> None:
    text = "The crew not only put out the fire on Monday but also rescued the driver."
    frames = [c.frame for c in extract_claims(Source.from_text(text, id="x")) if c.kind == "date"]
    assert frames and frames[0] is not None and not frames[0].negated


@pytest.mark.parametrize(
    ("text", "lemma", "actor"),
    [
        (
            "It was the skipper of a trawler from Wick who first spotted the flares on Friday.",
            "spot",
            "the skipper of a trawler",
        ),
        (
            "It was officers of the coastguard, acting on a tip from a fisherman, who boarded "
            "the boat on Friday.",
            "board",
            "officers of the coastguard",
        ),
        (
            "It was Dana Whitlow, watching from the bridge, who first noticed the smoke on Friday.",
            "notice",
            "Dana Whitlow",
        ),
    ],
)
def test_a_cleft_singles_out_the_doer_of_its_who_clause(text: str, lemma: str, actor: str) -> None:
    """ "It was X who did it": X did it, whatever phrases X carries or sit between."""
    assert [(lemma_, a) for lemma_, a, _ in _parts(text)] == [(lemma, actor)]


@pytest.mark.parametrize(
    "text",
    [
        "Having lost the vote, the mayor resigned on Friday.",
        "The mayor, having lost the vote, resigned on Friday.",
    ],
)
def test_a_perfect_participle_is_no_main_verb_and_keeps_the_subject(text: str) -> None:
    """ "having lost" is non-finite: the sentence tells that the mayor resigned."""
    assert _parts(text, "statement") == [
        ("resign", "the mayor" if text[0] == "H" else "The mayor", None)
    ]
