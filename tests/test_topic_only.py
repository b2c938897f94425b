"""Two statements sharing only their story's own words, telling two deeds (topic_only.py)."""

from __future__ import annotations

from collections.abc import Mapping

from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.align.statement_judge import judge_statements_in_context
from compare.align.topic_only import recurrence, terms, topic_only
from compare.extract import Claim, extract_claims
from compare.ingest import Source

FERRY = {
    "a": (
        "Northline ferry crews walked out on Monday. "
        "The Northline ferry strike stranded travellers at the harbour. "
        "Northline said the harbour ferry would sail again on Friday."
    ),
    "b": (
        "Northline ferry staff began a strike on Monday. "
        "Travellers at the harbour were stranded by the Northline ferry strike. "
        "The harbour ferry operator Northline paid compensation to the travellers."
    ),
    "c": (
        "The Northline ferry strike started on Monday. "
        "Northline ferry travellers waited at the harbour all day. "
        "The harbour cafe stayed open for them."
    ),
}


def read(texts: Mapping[str, str]) -> tuple[list[Claim], SentenceClaims]:
    claims = [
        c for key, text in texts.items() for c in extract_claims(Source.from_text(text, id=key))
    ]
    return claims, SentenceClaims.index(claims)


def statement(claims: list[Claim], source: str, start: str) -> Claim:
    return next(
        c
        for c in claims
        if c.kind == "statement" and c.source == source and c.text.startswith(start)
    )


def test_two_deeds_told_with_the_story_words_only_are_apart() -> None:
    claims, sentences = read(FERRY)
    said = statement(claims, "a", "Northline said")
    paid = statement(claims, "b", "The harbour ferry operator")
    assert topic_only(said, paid, sentences)


def test_one_deed_told_alike_is_not_apart() -> None:
    claims, sentences = read(FERRY)
    stranded_a = statement(claims, "a", "The Northline ferry strike stranded")
    stranded_b = statement(claims, "b", "Travellers at the harbour")
    assert not topic_only(stranded_a, stranded_b, sentences)


def test_a_word_one_fact_brings_ties_the_pair() -> None:
    texts = dict(
        FERRY, a=FERRY["a"].replace("would sail again on Friday", "would offer compensation")
    )
    claims, sentences = read(texts)
    said = statement(claims, "a", "Northline said")
    paid = statement(claims, "b", "The harbour ferry operator")
    assert not topic_only(said, paid, sentences)


def test_two_articles_are_too_few_to_tell_the_topic() -> None:
    claims, sentences = read({k: FERRY[k] for k in "ab"})
    said = statement(claims, "a", "Northline said")
    paid = statement(claims, "b", "The harbour ferry operator")
    assert not recurrence(sentences)
    assert not topic_only(said, paid, sentences)


def test_figures_count_however_written() -> None:
    assert "41" in terms("Forty-one families left") & terms("41 families left")


def test_the_statement_judge_shows_no_agreement_for_them() -> None:
    claims, sentences = read(FERRY)
    said = statement(claims, "a", "Northline said")
    paid = statement(claims, "b", "The harbour ferry operator")
    assert judge_statements_in_context([said, paid], Options(), sentences).unchecked
