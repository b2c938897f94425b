"""Two sentences that each name a person, neither named in the other: no agreement
is shown over them. Sentences written for these tests, in several domains and
phrasings; the agreements that must survive are in the same tables."""

from __future__ import annotations

import pytest

from compare import Verdict, compare_texts
from compare.align.persons_apart import persons_apart, surnames
from compare.extract import extract_claims
from compare.ingest import Source


def _statement(text: str):
    return next(c for c in extract_claims(Source.from_text(text, id="a")) if c.kind == "statement")


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Education Secretary Simon Aldous said the offer was fair.", {"aldous"}),
        ("Simon Aldous, the education secretary, called the offer fair.", {"aldous"}),
        ("Finance chief Anders Berg struck a cautious note on costs.", {"berg"}),
        ('"We are ready," said coach Marta Lindqvist.', {"lindqvist"}),
        ("Marta Lindqvist told reporters the team was ready.", {"lindqvist"}),
        ("The bureau's Aaron Blake, a senior forecaster, warned of a surge.", {"blake"}),
        ("According to court records, Ortega, 38, bought the rifle.", {"ortega"}),
        ("The surge could reach three metres, said Tully, the minister.", {"tully"}),
        ("Aaron Bell's dismissal in the 80th minute changed the game.", {"bell"}),
        ("The injury to Maria Lopez's knee ended her season.", {"lopez"}),
        ("Leeds's win lifted them to third.", set()),  # one word owning: a club as often
        # places and bodies are no people, nor a common word opening the sentence
        ("Officials shut the beach between Port Sereno and Las Piedras.", set()),
        ("In Leeds, the council said the road would reopen.", set()),
        ("Brackwood Zoo closed its gates on Monday.", set()),
        ("Police, who arrived within minutes, sealed the street.", set()),
        ("The company said profits rose.", set()),
    ],
)
def test_people_named(sentence, people):
    assert surnames(sentence) == people


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        # another person under the same first name, title or post
        (
            "Education Secretary Simon Aldous said the offer was fair.",
            "Simon Okonkwo, the education secretary, described the offer as fair.",
            True,
        ),
        (
            "Chief executive Ingrid Solheim said the launch had gone well.",
            "Chief executive Ingrid Dahl said the launch had gone well.",
            True,
        ),
        (
            "Coach Marta Lindqvist praised the defence after the match.",
            "Marta Kovacs, the coach, praised the defence after the match.",
            True,
        ),
        (
            "Raymond Ortega, 38, pleaded guilty to the charge.",
            "According to court records, Mendes, 38, pleaded guilty.",
            True,
        ),
        (
            "Aaron Bell's dismissal in the 80th minute changed the game.",
            "Aaron Kerr's dismissal in the 80th minute changed the game.",
            True,
        ),
        (
            "Aaron Bell's dismissal in the 80th minute changed the game.",
            "Bell was sent off in the 80th minute.",
            False,
        ),
        # one person: full name and surname, either order, title or not
        (
            "Education Secretary Simon Aldous said the offer was fair.",
            "Aldous, the education secretary, described the offer as fair.",
            False,
        ),
        (
            "Simon Aldous, the education secretary, said the offer was fair.",
            "Mr Aldous called the offer fair.",
            False,
        ),
        # a person on one side only: the group and title rules' business
        (
            "Sgt Dana Klee arrested the two men on Friday.",
            "Police arrested the two men on Friday.",
            False,
        ),
        (
            "Harlow Foods said profits rose 4%.",
            "The company said profits rose 4%.",
            False,
        ),
        (
            "Coach Marta Lindqvist said the team was ready.",
            "She said the team was ready.",
            False,
        ),
    ],
)
def test_persons_apart(a, b, apart):
    assert persons_apart(_statement(a), _statement(b)) is apart
    assert persons_apart(_statement(b), _statement(a)) is apart


@pytest.mark.parametrize(
    ("b", "shown_agree"),
    [
        (
            "Simon Okonkwo, the education secretary, described the offer as fair and affordable.",
            False,
        ),
        (
            "Simon Aldous, the education secretary, described the offer as fair and affordable.",
            True,
        ),
    ],
)
def test_compared(b, shown_agree):
    a = "Education Secretary Simon Aldous said the offer was fair and affordable."
    comparison = compare_texts({"a": a, "b": b})
    agree = [
        al for al in comparison.alignments if al.kind == "statement" and al.verdict is Verdict.AGREE
    ]
    assert bool(agree) is shown_agree
