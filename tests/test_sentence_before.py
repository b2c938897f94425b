"""SentenceClaims.sentence_before: the sentence of an article that ends last before
a point, as a walk of every claim would find it."""

from __future__ import annotations

from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.extract import Claim, extract_claims
from compare.ingest import Source

ONE = (
    "The council met on Tuesday. Mayor Ana Ruiz said the plan would cost $4 million. "
    "She said the work would start in May. Critics said the pier was too long."
)
TWO = "The harbour plan was approved. Work starts in June, officials said."


def _walked(claims: list[Claim], source: str, start: int) -> str:
    before = [c for c in claims if c.source == source and c.sentence_end <= start]
    return max(before, key=lambda c: c.sentence_end).sentence if before else ""


def test_the_sentence_before_is_the_one_a_walk_of_every_claim_finds() -> None:
    claims = [
        *extract_claims(Source.from_text(ONE, id="one")),
        *extract_claims(Source.from_text(TWO, id="two")),
    ]
    sentences = SentenceClaims.index(claims)
    points = {c.sentence_start for c in claims} | {0, 1, 30, 80, 500}
    for source in ("one", "two", "three"):
        for start in sorted(points):
            assert sentences.sentence_before(source, start) == _walked(
                sentences.claims(), source, start
            )
    assert any(sentences.sentence_before("one", c.sentence_start) for c in claims)


def test_no_sentences_have_none_before() -> None:
    assert NO_SENTENCES.sentence_before("one", 100) == ""
