"""Mutual-best statement pairs (mutual_best.py): each sentence the other's closest
in the other article; a clash of polarity in one is shown (best_clashes.py)."""

from __future__ import annotations

import pytest
from conftest import claim_fields

from compare.align import AGREE, DIFFER, compare_texts
from compare.align.best_clashes import best_clash_pairs
from compare.align.mutual_best import BEST_COSINE, mutual_best, unit_vector
from compare.align.sentence_claims import SentenceClaims
from compare.extract import Claim, extract_claims
from compare.extract.claims import Kind, Statement
from compare.ingest import Source

# Three sentences each article tells alike, around the one under test: they give
# every sentence a choice of partner, so being the closest means something.
AROUND_A = (
    "The storm flooded the harbour district on Monday night.",
    "The mayor said repairs to the sea wall would begin next spring.",
    "Insurers have sent assessors to the worst-hit streets.",
)
AROUND_B = (
    "Floodwater swept through the harbour district late on Monday.",
    "Repairs to the sea wall are due to start next spring, the mayor said.",
    "Assessors from the insurers were seen in the worst-hit streets.",
)


def _articles(a: str, b: str) -> dict[str, str]:
    return {
        "a": " ".join((AROUND_A[0], a, *AROUND_A[1:])),
        "b": " ".join((AROUND_B[0], b, *AROUND_B[1:])),
    }


def _read(texts: dict[str, str]) -> tuple[list[Statement], SentenceClaims]:
    claims: list[Claim] = [
        c for key, text in texts.items() for c in extract_claims(Source.from_text(text, id=key))
    ]
    statements = [c for c in claims if isinstance(c, Statement) and c.kind == Kind.STATEMENT]
    return statements, SentenceClaims.index(claims)


def _pairs(statements: list[Statement], found: object) -> set[tuple[str, str]]:
    assert isinstance(found, (list, tuple))
    return {(statements[i].text, statements[j].text) for _, i, j in found}


def _holding(statements: list[Statement], words: str, source: str | None = None) -> str:
    return next(s.text for s in statements if words in s.text and source in (None, s.source))


def _pair_of(statements: list[Statement], a: str, b: str) -> tuple[str, str]:
    return _holding(statements, a[:20], "a"), _holding(statements, b[:20], "b")


def _shown_as_agreement(texts: dict[str, str], pair: tuple[str, str]) -> bool:
    """Whether the whole comparison shows the two sentences as one agreement."""
    return any(
        al.verdict == AGREE and {m.text for m in al.members} == set(pair)
        for al in compare_texts(texts).alignments
    )


# --- mutual_best ---------------------------------------------------------------


def test_each_sentence_meets_its_closest_and_only_it() -> None:
    statements, _ = _read(
        _articles(
            "The council approved the new budget for the district on Tuesday.",
            "On Tuesday the council approved the district's new budget.",
        )
    )
    found = mutual_best(statements)
    assert found, "four sentences each told alike in both articles"
    used_a = [i for _, i, _ in found]
    used_b = [j for _, _, j in found]
    assert len(set(used_a)) == len(used_a) and len(set(used_b)) == len(used_b)  # one to one
    assert all(c >= BEST_COSINE for c, _, _ in found)
    assert [c for c, _, _ in found] == sorted((c for c, _, _ in found), reverse=True)
    assert all(statements[i].source != statements[j].source for _, i, j in found)
    budget = (
        _holding(statements, "approved the new budget"),
        _holding(statements, "district's new budget"),
    )
    assert budget in _pairs(statements, found)


def test_a_sentence_with_a_closer_rival_is_not_paired() -> None:
    texts = {
        "a": "Flames gutted the creamery warehouse before dawn on Sunday. "
        "Crews from three towns fought the creamery blaze.",
        "b": "Before dawn on Sunday, flames gutted the old creamery warehouse. "
        "The creamery warehouse was empty, its owner said.",
    }
    statements, _ = _read(texts)
    pairs = _pairs(statements, mutual_best(statements))
    gutted_a = _holding(statements, "Flames gutted")
    gutted_b = _holding(statements, "flames gutted")
    assert (gutted_a, gutted_b) in pairs
    # "was empty" is closer to "gutted" than to "Crews ... fought": not mutual
    assert (_holding(statements, "Crews"), _holding(statements, "was empty")) not in pairs


def test_short_lines_and_unshared_words_make_no_vector_and_no_pair() -> None:
    assert unit_vector("Photo: AP") == {}
    vector = unit_vector("The ferry terminal reopened on Friday.")
    assert vector and abs(sum(v * v for v in vector.values()) - 1.0) < 1e-9
    statements, _ = _read(
        {
            "a": "The ferry terminal reopened on Friday after repairs.",
            "b": "Wheat prices climbed sharply in Chicago trading overnight.",
        }
    )
    assert mutual_best(statements) == ()


def _statement(source: str, text: str) -> Statement:
    return Statement(**claim_fields(source, text))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The council approved the new harbour budget.",
            "The council rejected the harbour budget.",
        ),
        (
            "Flames gutted the old creamery warehouse.",
            "The creamery warehouse burned down overnight.",
        ),
    ],
)
def test_two_one_sentence_texts_are_no_mutual_best_pair(a: str, b: str) -> None:
    # each is the other's closest whatever they say: there was no choice
    assert mutual_best([_statement("a", a), _statement("b", b)]) == ()
    other = _statement("a", "Wheat prices climbed sharply in Chicago trading.")
    assert mutual_best([_statement("a", a), other, _statement("b", b)])


# --- best_clashes: a clash of polarity in a mutual-best pair -------------------

POLARITY = [
    (
        "About 1,200 residents of the low streets were evacuated before midnight.",
        "Residents of the low streets were not evacuated, but were told to move upstairs.",
        "negation",
    ),
    (
        "The ferry operator suspended crossings to the island on Tuesday.",
        "The ferry operator did not suspend crossings to the island, a spokesman said.",
        "negation",
    ),
    (
        "The fishermen's union backed the new quota rules in a statement.",
        "The fishermen's union opposed the new quota rules, calling them unworkable.",
        "opposite",
    ),
    (
        "Shop owners on the quay welcomed the council's relief fund.",
        "Shop owners on the quay condemned the council's relief fund as too small.",
        "opposite",
    ),
]


@pytest.mark.parametrize(("a", "b", "conflict"), POLARITY)
def test_a_denied_or_opposite_predicate_is_shown(a: str, b: str, conflict: str) -> None:
    texts = _articles(a, b)
    statements, sentences = _read(texts)
    pair = _pair_of(statements, a, b)
    assert pair in _pairs(statements, best_clash_pairs(statements, None, sentences))
    comparison = compare_texts(texts)
    shown = [
        al
        for al in comparison.alignments
        if al.verdict == DIFFER and {m.text for m in al.members} == set(pair)
    ]
    assert shown and shown[0].conflict == conflict


SLOTS_APART = [
    # two figures, two days, two places, two clock times: as often two facts as one
    (
        "Cleanup crews removed 4,200 gallons of oily water from the harbour on Saturday.",
        "Skimmers pulled 6,800 gallons of oily water from the harbour on Sunday.",
    ),
    (
        "The district last closed a school on the quay in 2011.",
        "The district will close the school on the quay in June 2028.",
    ),
    (
        "Most evacuees were taken to a sports stadium in Port Lusi overnight.",
        "Most evacuees were sheltering in a church hall in Meralo overnight.",
    ),
    (
        "The harbour master closed the inner basin to boats at 4 p.m.",
        "The harbour master shut the inner basin to boats at 9 a.m.",
    ),
]


@pytest.mark.parametrize(("a", "b"), SLOTS_APART)
def test_a_slot_that_differs_is_left_to_the_other_matchers(a: str, b: str) -> None:
    statements, sentences = _read(_articles(a, b))
    pair = _pair_of(statements, a, b)
    assert pair not in _pairs(statements, best_clash_pairs(statements, None, sentences))


def test_alike_sentences_are_no_clash() -> None:
    statements, sentences = _read(
        _articles(
            "The ferry operator suspended crossings to the island on Tuesday.",
            "Crossings to the island were suspended by the ferry operator on Tuesday.",
        )
    )
    assert best_clash_pairs(statements, None, sentences) == []


# A slot one side names by a noun and the other by a pronoun, or denies of every one
# by its subject: still one thing, so still one denied predicate (denial_tied).
TIED_BY_PRONOUN_OR_DENIAL = [
    (
        "Surveyors have inspected it along its whole length since the storm.",
        "The sea wall has not been inspected along its length since the storm.",
    ),
    (
        "No oil leaked from the grounded trawler into the harbour overnight.",
        "Diesel leaked from the grounded trawler's tank into the harbour overnight.",
    ),
]


@pytest.mark.parametrize(("a", "b"), TIED_BY_PRONOUN_OR_DENIAL)
def test_a_pronoun_or_a_denying_subject_ties_a_denied_predicate(a: str, b: str) -> None:
    texts = _articles(a, b)
    statements, sentences = _read(texts)
    pair = _pair_of(statements, a, b)
    assert pair in _pairs(statements, best_clash_pairs(statements, None, sentences))
    shown = [
        al
        for al in compare_texts(texts).alignments
        if al.verdict == DIFFER and {m.text for m in al.members} == set(pair)
    ]
    assert shown and shown[0].conflict == "negation"


NOT_TIED = [
    # an extraposed "it" holds the place of a clause, not of the other's noun
    (
        "The cause of the flooding in the harbour district has not been determined.",
        "It was determined that a sluice gate of the harbour district had failed.",
    ),
    # "one" is what the frame kept of "one boat": nothing says it is one of the boats
    (
        "No boats were sunk in the harbour when the storm surge arrived, he added.",
        "The surge sank just one in the harbour near the quay.",
    ),
]


@pytest.mark.parametrize(("a", "b"), NOT_TIED)
def test_an_extraposed_it_or_a_numeral_ties_nothing(a: str, b: str) -> None:
    statements, sentences = _read(_articles(a, b))
    pair = _pair_of(statements, a, b)
    assert pair not in _pairs(statements, best_clash_pairs(statements, None, sentences))
