"""The vote an article tells first, against another article's only vote tally, is one
vote (lead_vote_tallies). Sentences written here, in domains of their own."""

from __future__ import annotations

from compare.align.lead_vote_tallies import lead_vote_pairs
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.extract import extract_claims
from compare.extract.claims import Claim, Number
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"


def paired(a: str, b: str) -> list[tuple[str, str]]:
    claims: list[Claim] = []
    for source_id, text in (("a", a), ("b", b)):
        claims.extend(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))
    numbers = [c for c in claims if isinstance(c, Number)]
    found = lead_vote_pairs(numbers, Options(), SentenceClaims.index(claims))
    return sorted((numbers[i].text, numbers[j].text) for _, i, j in found)


FIRST = (
    "The rowing club's members approved the new boathouse by 61 votes to 22. "
    "A motion to delay the works was defeated by 40 votes to 43."
)


def test_the_first_vote_against_the_only_vote_pairs() -> None:
    b = "The plan for a boathouse was carried by 55 votes to 28 at the club's meeting."
    assert paired(FIRST, b) == [("61 votes to 22", "55 votes to 28")]


def test_two_articles_each_telling_two_votes_do_not_pair() -> None:
    b = (
        "The plan for a boathouse was carried by 55 votes to 28. "
        "An amendment on its height failed by 30 votes to 50."
    )
    assert paired(FIRST, b) == []


def test_a_vote_of_another_year_is_no_lead() -> None:
    b = "In 2019 the members approved a new slipway by 55 votes to 28."
    assert paired(FIRST, b) == []


def test_one_tally_told_alike_does_not_pair() -> None:
    b = "The plan for a boathouse was carried by 61 votes to 22 at the club's meeting."
    assert paired(FIRST, b) == []


def test_an_earlier_decision_in_a_clause_after_the_tally_is_not_its_occasion() -> None:
    a = "The appeals panel dismissed the angling club's challenge by a 3-2 majority."
    b = (
        "The five-member panel ruled by four votes to one against the angling club, "
        "upholding an earlier decision of the licensing board."
    )
    assert paired(a, b) == [("3-2", "four votes to one")]


def test_an_earlier_vote_told_before_the_tally_is_another_occasion() -> None:
    a = "The appeals panel dismissed the angling club's challenge by a 3-2 majority."
    b = "In a separate hearing the five-member panel ruled by four votes to one."
    assert paired(a, b) == []
