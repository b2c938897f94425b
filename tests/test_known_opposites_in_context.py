"""Opposites the tables already know, read in the articles' closest sentences: a
phrasal verb read by the verb it stands for ("turned down": reject, against
"granted"), and one thing turned opposite in the same words while the article uses
the other's verb elsewhere of something else."""

from __future__ import annotations

from compare import Conflict, Verdict, compare_texts
from compare.align.closest_polarity import closest_polarity_pairs, polarity_told
from compare.align.opposed_cores import opposed_words
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.extract import extract_claims
from compare.extract.claims import Claim, Statement
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"
OTHER_A = "The harbour board meets again in the spring to review the fishing quotas. "
OTHER_B = "Ferry timetables for the summer go on sale at the terminal next week. "


def _statement_verdicts(a: str, b: str, word: str) -> list[Verdict]:
    comparison = compare_texts({"a": PUBLISHED + OTHER_A + a, "b": PUBLISHED + OTHER_B + b})
    return [
        al.verdict
        for al in comparison.alignments
        if al.kind == "statement" and all(word in m.sentence for m in al.members)
    ]


def test_a_phrasal_verb_meets_the_news_table_by_what_it_stands_for() -> None:
    assert opposed_words("granted", "turn_down")
    assert not opposed_words("lowered", "cut")
    a = "The county council last week granted the marina's request to dredge the channel."
    b = "The county council last week turned down the marina's request to dredge the channel."
    found = polarity_told(a, b)
    assert found is not None and found.conflict == Conflict.OPPOSITE
    assert _statement_verdicts(a, b, "dredge") == [Verdict.DIFFER]


def _closest_pairs(a: str, b: str) -> list[tuple[str, str]]:
    """The statements the closest-sentence matcher pairs as one fact told both ways."""
    claims: list[Claim] = []
    for source_id, text in (("a", OTHER_A + a), ("b", OTHER_B + b)):
        claims.extend(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))
    told = [c for c in claims if isinstance(c, Statement)]
    found = closest_polarity_pairs(told, Options(), SentenceClaims.index(claims))
    return sorted((told[i].text, told[j].text) for _, i, j in found)


_SUPPORTS = (
    "According to the survey, published in the Estuary Review, the count supports the"
    " view that the seal colony moved north last year, following the herring."
)
_UNDERMINES = (
    "In their report in the Estuary Review, the team argues that the count undermines the"
    " view that the seal colony moved north last year, suggesting instead that the pups"
    " were missed."
)
_SUPPORT_ELSEWHERE = (
    " The trust stressed that the role of its wardens was to support local volunteers."
)


def test_one_thing_turned_opposite_pairs_when_the_word_recurs_of_another_thing() -> None:
    assert _closest_pairs(_SUPPORTS, _UNDERMINES + _SUPPORT_ELSEWHERE) == [(_SUPPORTS, _UNDERMINES)]


def test_heads_governing_other_words_still_yield_to_the_recurring_word() -> None:
    undermines_other = (
        "In their report in the Estuary Review, the team argues that the count undermines"
        " the plan to fence the dunes against visitors, suggesting the pups were missed."
    )
    assert _closest_pairs(_SUPPORTS, undermines_other + _SUPPORT_ELSEWHERE) == []


def test_two_stages_told_of_other_things_still_do_not_pair() -> None:
    a = "The port authority suspended the night ferry after the storm on Friday."
    b = (
        "The night ferry resumed sailing after the storm on Friday, the operator said."
        " The authority suspended two cargo berths for repairs."
    )
    assert Verdict.DIFFER not in _statement_verdicts(a, b, "night ferry")


def test_cutting_and_lowering_a_forecast_still_agree() -> None:
    a = "The central bank cut its growth forecast for next year to 1.2 percent."
    b = "The central bank lowered its growth forecast for next year to 1.2 percent."
    comparison = compare_texts({"a": PUBLISHED + OTHER_A + a, "b": PUBLISHED + OTHER_B + b})
    told = [al for al in comparison.alignments if "forecast" in al.members[0].sentence]
    assert told and all(al.verdict != Verdict.DIFFER for al in told)


def test_a_relative_clause_tells_its_deed_of_the_opening_noun_phrase() -> None:
    a = "The fishermen's union, which backed the levy at the hearing, said it would meet in May."
    b = "The fishermen's union, which had opposed the levy in court, asked for a delay."
    found = polarity_told(a, b)
    assert found is not None and found.conflict == Conflict.OPPOSITE


def test_a_relative_clause_with_its_own_subject_keeps_it() -> None:
    a = "The fishermen's union, which the council backed at the hearing, said it would meet."
    b = "The fishermen's union, which had opposed the levy in court, asked for a delay."
    assert polarity_told(a, b) is None
