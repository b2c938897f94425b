"""The comparison's shortcuts give what the long way gives: the actor matcher's
blocking by shared thing words, the cover floor read one side first, the figure
readings remembered per figure, the clause matcher's cheap tests first. Sentences
written here, in domains of their own."""

from __future__ import annotations

import itertools

from compare.align import closest_actor_clashes as actors
from compare.align.clause_statements import Clause, _near_days, _telling, clauses_of, one_fact
from compare.align.number_clues import Clues
from compare.align.numbers import unit_key
from compare.align.pair_features import Sentence, cover_bound, covers
from compare.align.sentence_claims import SentenceClaims
from compare.align.sentence_facts import figure_keys
from compare.align.settings import Options
from compare.extract import extract_claims
from compare.extract.claims import Claim, Number, Statement
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"

FIRST = (
    "The salvaged lighthouse lamp was restored by the glazier Halima Brandt at the museum. "
    "About 1,200 walkers crossed it in the first three hours, at 9:30 a.m. the gates opened. "
    "The harbour board approved the mooring fees for 2026 at its meeting on Tuesday. "
    "Residents said the ramp was too steep for prams."
)
SECOND = (
    "Petra Vogel restored the salvaged lighthouse lamp at the museum. "
    "Some 1,500 walkers crossed the bridge in its first three hours, from 9:45 a.m. "
    "The mooring fees for 2026 were approved by the harbour board on Wednesday. "
    "A cyclist, 34, said the ramp was fine."
)


def _claims() -> list[Claim]:
    claims: list[Claim] = []
    for source_id, text in (("a", FIRST), ("b", SECOND)):
        claims.extend(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))
    return claims


def test_actor_blocking_gives_every_pair_the_long_way_gives() -> None:
    claims = _claims()
    sentences = SentenceClaims.index(claims)
    told = [c for c in claims if isinstance(c, Statement)]
    every = [
        (actors.SCORE, i, j)
        for i, j in itertools.combinations(range(len(told)), 2)
        if told[i].source != told[j].source
        and actors.closest_actors_apart(told[i], told[j], sentences) is not None
    ]
    assert actors.closest_actor_pairs(told, Options(), sentences) == every
    assert every  # the lamp restored by two named people


def test_cover_floor_one_side_first() -> None:
    texts = [FIRST, SECOND, "The gates opened at 9:30 a.m.", "Walkers crossed the canal."]
    sentences = [Sentence(t) for t in texts]

    def weight(term: str) -> float:
        return 1.0 + len(term) / 10

    for a, b in itertools.permutations(sentences, 2):
        both = min(cover_bound(a, b, weight), cover_bound(b, a, weight))
        for floor in (0.0, 0.2, 0.45, 0.7, 1.0):
            assert covers(a, b, weight, floor) == (both >= floor)


def test_figure_readings_remembered_are_the_readings() -> None:
    numbers = [c for c in _claims() if isinstance(c, Number)]
    assert numbers
    for n in numbers:
        assert Clues.of(n) == Clues._read(n)
        assert Clues.of(n) is Clues.of(n)
        assert unit_key(n) == unit_key.__wrapped__(n)
        assert figure_keys(n) == figure_keys.__wrapped__(n)


def _telling_the_long_way(a: Clause, b: Clause) -> bool:
    if not one_fact(a, b):
        return False
    if a.measures & b.measures or a.told_alike(b):
        return True
    shared = a.slots & b.slots
    if "time" in shared:
        return True
    return "date" in shared and any(
        _near_days(x.date_value, y.date_value) for x in a.frames for y in b.frames
    )


def test_clause_tests_in_cheap_order() -> None:
    claims = _claims()
    sentences = SentenceClaims.index(claims)
    clauses = [c for s in claims if isinstance(s, Statement) for c in clauses_of(s, sentences)]
    assert clauses
    for a, b in itertools.product(clauses, repeat=2):
        assert _telling(a, b) == _telling_the_long_way(a, b)
