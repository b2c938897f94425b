"""Two sentences quoting one passage, credited to two people: the statement judge
does not agree with them (the quote matcher shows who said it); sentences written here."""

from __future__ import annotations

from compare import Source, extract_claims
from compare.align.sentence_claims import SentenceClaims
from compare.align.statement_judge import compare_pair
from compare.extract.claims import Claim

PASSAGE = (
    '"This was a cruel and careless act against families who had done nothing wrong, '
    'and we will find whoever is responsible," said '
)


def judged(a: str, b: str) -> tuple[bool, bool]:
    """(found something, left unpaired) for the two texts' statements."""
    claims: list[Claim] = []
    statements = []
    for source, text in (("a", a), ("b", b)):
        found = extract_claims(Source.from_text(text, source))
        claims += found
        statements.append(next(c for c in found if c.kind == "statement"))
    finding = compare_pair(statements[0], statements[1], SentenceClaims.index(claims))
    return finding is not None, finding is not None and finding.unpaired


def test_one_passage_credited_to_two_people_is_no_agreement() -> None:
    assert judged(
        PASSAGE + "Mayor Ana Ruiz, who visited the flooded street on Tuesday.",
        PASSAGE + "council leader Tom Hale, who toured the flooded street on Tuesday.",
    ) == (True, True)


def test_one_passage_credited_to_one_person_agrees() -> None:
    assert judged(
        PASSAGE + "Mayor Ana Ruiz, who visited the flooded street on Tuesday.",
        PASSAGE + "Ana Ruiz, the mayor, who toured the flooded street on Tuesday.",
    ) == (False, False)
