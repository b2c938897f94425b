"""Two names that share a word and differ in another are no agreement to show
(names_apart.py), on sentences written for these tests."""

from __future__ import annotations

import pytest

from compare import Verdict, compare_texts
from compare.align.names_apart import names_apart
from compare.extract import extract_claims
from compare.ingest import Source


def _statement(text: str):
    return next(c for c in extract_claims(Source.from_text(text, id="a")) if c.kind == "statement")


def _apart(a: str, b: str) -> bool:
    found = names_apart(_statement(a), _statement(b))
    assert names_apart(_statement(b), _statement(a)) is found  # either order
    return found


@pytest.mark.parametrize(
    ("name_a", "name_b"),
    [
        ("Port Sereno", "Port Halden"),
        ("Mount Harwick", "Mount Solmena"),
        ("Halvik Marine", "Dunmore Marine"),
        ("the Bureau of Brenmoor", "the Bureau of Tarvick"),
        ("Harbor Ostrava", "Harbor Velling"),
    ],
)
@pytest.mark.parametrize(
    "sentence",
    [
        "Officials from {} said on Tuesday that 20 tonnes of supplies had arrived.",
        "The contract was awarded to {} after a review that lasted six months.",
    ],
)
def test_two_names_of_one_kind(name_a, name_b, sentence):
    assert _apart(sentence.format(name_a), sentence.format(name_b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one name, its words in another order or some left out
        (
            "Researchers at the University of Oxford published the study on Monday.",
            "Oxford University researchers published the study on Monday.",
        ),
        (
            "President Joe Biden signed the bill into law on Friday afternoon.",
            "President Biden signed the bill into law on Friday.",
        ),
        (
            "The Harbor Point school board voted on Thursday to close three schools.",
            "The board in Harbor Point has decided to close three schools.",
        ),
        # one name with more words on one side
        (
            "The Red Cross delivered about 20 tonnes of supplies on Sunday.",
            "The International Red Cross said it had sent 20 tonnes of supplies on Sunday.",
        ),
        # a person and where they are from, told two ways
        (
            "Sofia Marchetti of Italy won the women's race in two hours and 24 minutes.",
            "The women's title went to the Italian Sofia Marchetti in two hours and 24 minutes.",
        ),
        # one name under two descriptions, or two of one kind told in words of the language
        (
            "Hurricane Sandy made landfall near Atlantic City on Monday evening.",
            "Superstorm Sandy made landfall near Atlantic City on Monday evening.",
        ),
        (
            "The Red Cross delivered about 20 tonnes of supplies on Sunday.",
            "The Red Crescent delivered about 20 tonnes of supplies on Sunday.",
        ),
        # names of two lengths
        (
            "Deputies from Los Angeles County said on Monday the road would reopen.",
            "The Los Angeles Police Department said on Monday the road would reopen.",
        ),
        # names that share no word
        (
            "Sundara Shipping has appointed Orca Marine to tow the vessel to port.",
            "Salvage firm Orca Marine has been hired by Sundara Shipping to tow the ship.",
        ),
        (
            "Greystone Bank agreed to pay a fine of $40 million on Wednesday.",
            "Regulators said Meridian Capital would pay a fine of $40 million.",
        ),
    ],
)
def test_one_name_or_unrelated_names_left_alone(a, b):
    assert not _apart(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one given name, two surnames that are also words of the language
        (
            "Lena Ortiz and Maria Brandt will lead the expedition to the glacier.",
            "The expedition to the glacier will be led by Lena Ortiz and Maria Vogel.",
        ),
        (
            "The lead roles went to Tomas Bell and Greta Young, the studio said.",
            "The lead roles went to Tomas Stewart and Greta Young, the studio said.",
        ),
    ],
)
def test_one_given_name_with_two_surnames_is_two_people(a, b):
    assert _apart(a, b)
    shown = compare_texts({"a": a, "b": b}).alignments
    assert not any(al.kind == "statement" and al.verdict == Verdict.AGREE for al in shown)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a word of the language first: a kind of place, left to the frequency rule
        (
            "Ferries sail from New Haven each morning.",
            "Ferries sail from New Bedford each morning.",
        ),
        # the same person both times
        (
            "Maria Brandt will lead the expedition to the glacier.",
            "The expedition to the glacier will be led by Maria Brandt.",
        ),
    ],
)
def test_a_shared_word_of_the_language_or_one_person_is_not_two_people(a, b):
    assert not _apart(a, b)
