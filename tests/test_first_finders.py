"""One find credited to two finders (compare/align/first_finders.py), on articles
written for these tests in other domains than the benchmark sets'."""

from __future__ import annotations

import pytest
from conftest import statement_findings

from compare import Conflict, Severity, Verdict
from compare.align.first_finders import finders_apart, finds
from compare.extract import extract_claims
from compare.extract.claims import Statement
from compare.ingest import Source


def _actor_differences(a: str, b: str) -> list[tuple[Verdict, Severity | None]]:
    return [(al.verdict, al.severity) for al in statement_findings(a, b, Conflict.ACTOR)]


@pytest.mark.parametrize(
    ("a", "b", "severity"),
    [
        # "it" on both sides, finders named apart
        (
            "It was discovered by a night watchman, Pablo Serrat, on his rounds.",
            "It was spotted by a tram driver, Ines Okoro, who called the operator.",
            Severity.VARIANT,
        ),
        # a cleft with "first reported" against a passive of another verb
        (
            "It was first noticed on the radar screen by an air traffic controller, "
            "Mark Dillane, during the night shift.",
            "It was a ferry captain who first reported the wreck to the harbour office.",
            Severity.VARIANT,
        ),
        # the same thing in synonyms, finders of two kinds of person
        (
            "The manuscript was found by a librarian while sorting a donated archive.",
            "A plumber found the manuscript under the floor of the vestry.",
            Severity.CONFLICT,
        ),
    ],
)
def test_one_find_credited_to_two_finders_is_an_actor_difference(a, b, severity):
    assert _actor_differences(a, b) == [(Verdict.DIFFER, severity)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two finds in one article: a story of several finds tells them apart
        (
            "It was discovered by a night watchman, Pablo Serrat, on his rounds. "
            "The stolen ledger was later found by a cleaner, Ada Whitlow.",
            "It was spotted by a tram driver, Ines Okoro, who called the operator.",
        ),
        # two different things found, both told with "the"
        (
            "The manuscript was found by a librarian while sorting a donated archive.",
            "A plumber found the skeleton under the floor of the vestry.",
        ),
        # one finder told two ways: a man and a watchman are one kind
        (
            "It was discovered by a night watchman on his rounds.",
            "It was spotted by a local man who called the operator.",
        ),
        # a group takes in people of any kind
        (
            "It was discovered by a night watchman on his rounds.",
            "It was spotted by a maintenance crew who called the operator.",
        ),
        # the other sentence names the finder too
        (
            "It was discovered by a night watchman, Pablo Serrat, on his rounds.",
            "It was spotted by a tram driver, Ines Okoro, after Pablo Serrat raised the alarm.",
        ),
        # a find denied or told without a finder
        (
            "It was not discovered until the morning, by a night watchman.",
            "It was spotted by a tram driver, Ines Okoro, who called the operator.",
        ),
    ],
)
def test_several_finds_other_things_one_finder_or_a_group_are_no_actor_difference(a, b):
    assert _actor_differences(a, b) == []


def _finds(text: str) -> list[tuple[tuple[str, ...], str, bool]]:
    claims = extract_claims(Source.from_text(text, id="x"))
    return [
        (f.thing, f.finder, f.pronoun) for c in claims if isinstance(c, Statement) for f in finds(c)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was first detected in a blood sample by a technician, Lena Ruiz, in May.",
            [((), "a technician, Lena Ruiz", True)],
        ),
        (
            "A gardener, Tom Vale, unearthed the statue while digging a pond.",
            [(("statue",), "gardener, Tom Vale", False)],
        ),
        # a find in another's relative clause, a modal, a report without "first"
        ("The mayor thanked a cyclist who found the wallet in the park.", []),
        ("Visitors can find the plaque beside the gate.", []),
        ("A neighbour reported the smoke to the fire brigade.", []),
    ],
)
def test_finds_are_read_from_passives_clefts_and_opening_subjects(text, expected):
    assert _finds(text) == expected


@pytest.mark.parametrize(
    ("x", "y", "apart"),
    [
        ("a night watchman, Pablo Serrat", "a tram driver, Ines Okoro", True),
        ("a night watchman", "a tram driver", True),
        ("a night watchman, Pablo Serrat", "a tram driver", True),
        ("a night watchman", "a local man", False),
        ("a night watchman", "a maintenance crew", False),
        ("a night watchman", "the operator's staff", False),
    ],
)
def test_finders_apart(x, y, apart):
    assert finders_apart(x, y, x, y) is apart


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle phrase between the subject and its verb: the subject finds
        (
            "Beekeepers tending hives on the ridge first reported the blight to the district.",
            [(("blight",), "Beekeepers", False)],
        ),
        # "was the first to": one finder singled out
        (
            "Archivist Marta Kessel was the first to notice the forgery during a routine audit.",
            [(("forgery",), "Archivist Marta Kessel", False)],
        ),
        # "among the first" tells many
        ("Marta Kessel was among the first to notice the forgery.", []),
        # "first raised the alarm" tells of the story's thing, as "it" does
        (
            "It was a lock keeper, Ida Marr, who first raised the alarm after dusk.",
            [((), "a lock keeper, Ida Marr", True)],
        ),
        ("Walkers raised the alarm when they saw the smoke.", []),
        # "first flagged", as "first reported"
        (
            "The fault was first flagged by signal engineer Olu Adeyemi on Tuesday.",
            [(("fault",), "signal engineer Olu Adeyemi", False)],
        ),
    ],
)
def test_finds_of_participle_subjects_and_the_first_to(text, expected):
    assert _finds(text) == expected


def test_the_first_to_find_against_a_cleft_is_an_actor_difference():
    a = "Archivist Marta Kessel was the first to notice the forgery during a routine audit."
    b = "It was the museum's night porter, Ivo Brandt, who first noticed the forgery."
    assert _actor_differences(a, b) == [(Verdict.DIFFER, Severity.CONFLICT)]
