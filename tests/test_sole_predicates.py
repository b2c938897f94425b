"""A denial or an opposite tied by one subject and a predicate each article tells
once (sole_predicates), when the sentences are not each other's closest; another
telling of the head, two times and two subjects part them. Sentences written here,
in domains of their own."""

from __future__ import annotations

from compare import Conflict
from compare.align.closest_actor_clashes import first_of_sentences
from compare.align.closest_polarity import (
    closest_polarity_apart,
    closest_polarity_pairs,
    polarity_cores,
)
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.align.sole_predicates import told_once
from compare.extract import extract_claims
from compare.extract.claims import Claim, Statement
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-09-20\n---\n\n"
BODY_A = (
    "A spring tide flooded the lower town of Kerrow on Friday night. "
    "Sandbags were stacked along the promenade by volunteers from the rowing club. "
)
BODY_B = (
    "The harbour wall at Kerrow was overtopped shortly before midnight. "
    "Council workers spent Saturday pumping water out of cellars on the quay. "
)


def _paired(a: str, b: str) -> list[tuple[str, str]]:
    claims: list[Claim] = []
    for source_id, text in (("a", BODY_A + a), ("b", BODY_B + b)):
        claims.extend(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))
    told = [c for c in claims if isinstance(c, Statement)]
    sentences = SentenceClaims.index(claims)
    found = closest_polarity_pairs(told, Options(), sentences)
    out = []
    for _, i, j in found:
        finding = closest_polarity_apart(told[i], told[j], sentences)
        assert finding is not None and finding.conflict in (Conflict.OPPOSITE, Conflict.NEGATION)
        out.append((told[i].sentence, told[j].sentence))
    return sorted(out)


def _told_once(a: str, b: str) -> bool:
    claims: list[Claim] = []
    for source_id, text in (("a", BODY_A + a), ("b", BODY_B + b)):
        claims.extend(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))
    told = [c for c in claims if isinstance(c, Statement)]
    x = next(c for c in told if c.source == "a" and a.startswith(c.sentence[:20]))
    y = next(c for c in told if c.source == "b" and b.startswith(c.sentence[:20]))
    read = polarity_cores(x.text, y.text)
    assert read is not None
    every = first_of_sentences(SentenceClaims.index(claims))
    return told_once(x, y, read[1], read[2], every)


def test_one_subject_opposite_heads_each_told_once_pair() -> None:
    a = "Ferry fares rose sharply on Saturday, the operator announced."
    b = "Fares fell sharply after the council stepped in with a subsidy for islanders."
    assert len(_paired(a, b)) == 1
    assert _told_once(a, b)


def test_heads_followed_by_two_things_are_not_tied() -> None:
    a = "Ferry fares rose on Saturday, the operator announced."
    b = "Fares fell after the council stepped in with a subsidy for islanders."
    assert not _told_once(a, b)


def test_a_head_told_in_another_sentence_parts_them() -> None:
    a = "Ferry fares rose on Saturday, the operator announced. Parking charges fell in May."
    b = "Fares fell after the council stepped in with a subsidy for islanders."
    assert _paired(a, b) == []


def test_two_times_part_them() -> None:
    a = "Ferry fares rose last year, the operator announced."
    b = "Fares fell this year after the council stepped in with a subsidy for islanders."
    assert _paired(a, b) == []


def test_two_subjects_part_them() -> None:
    a = "Ferry fares rose on Saturday, the operator announced."
    b = "Parking charges fell after the council stepped in with a subsidy for islanders."
    assert _paired(a, b) == []
