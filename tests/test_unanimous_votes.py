"""A vote told unanimous against the same vote told with a split (unanimous_votes.py).
Sentences written for these tests."""

from __future__ import annotations

from compare.align.model import Judgement, Verdict
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.align.statement_judge import judge_statements_in_context
from compare.extract import Statement, extract_claims
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-05-08\n---\n\n"


def judge(a: str, b: str) -> Judgement:
    claims = []
    statements = []
    for source_id, text in (("a", a), ("b", b)):
        found = extract_claims(Source.from_text(PUBLISHED + text, id=source_id))
        claims.extend(found)
        statements.append(next(c for c in found if isinstance(c, Statement)))
    return judge_statements_in_context(statements, Options(), SentenceClaims.index(claims))


def test_a_unanimous_vote_against_a_split_vote_is_no_tick() -> None:
    judgement = judge(
        "The planning board voted unanimously to refuse the quarry extension on Tuesday.",
        "The planning board voted 6-3 to refuse the quarry extension on Tuesday.",
    )
    assert judgement.verdict != Verdict.AGREE or judgement.unchecked


def test_a_unanimous_vote_against_a_vote_with_none_against_agrees() -> None:
    judgement = judge(
        "The planning board voted unanimously to refuse the quarry extension on Tuesday.",
        "The planning board voted 9-0 to refuse the quarry extension on Tuesday.",
    )
    assert judgement.verdict == Verdict.AGREE and not judgement.unchecked
