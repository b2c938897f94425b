"""One deed of one party told by one article and denied by the other (one_polarity.py)."""

from __future__ import annotations

from compare import Conflict
from compare.align.one_polarity import one_polarity_pairs, one_thing_turned
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.extract import Claim, extract_claims
from compare.extract.claims import Statement
from compare.ingest import Source
from tests.conftest import FILLER_A, FILLER_B, statement_findings


def _paired(a: str, b: str) -> list[tuple[str, str]]:
    """The sentences of every pair the matcher proposes for two short articles."""
    claims: list[Claim] = []
    for source_id, text in (("a", FILLER_A + a), ("b", FILLER_B + b)):
        claims.extend(extract_claims(Source.from_text(text, id=source_id)))
    told = [c for c in claims if isinstance(c, Statement)]
    found = one_polarity_pairs(told, Options(), SentenceClaims.index(claims))
    return [(told[i].sentence, told[j].sentence) for _, i, j in found]


DENIED = "The harbour master, Tomas Brekke, did not sign the permit for the new pier."
SIGNED = "The harbour master, Tomas Brekke, signed the permit for the new pier on Friday."


def test_a_deed_denied_of_one_party_is_paired_and_shown_as_a_negation() -> None:
    assert _paired(DENIED, SIGNED) == [(DENIED, SIGNED)]
    assert statement_findings(DENIED, SIGNED, Conflict.NEGATION)


def test_an_article_telling_the_deed_both_ways_is_not_paired() -> None:
    also = "Tomas Brekke, the harbour master, did not sign the permit for the old pier."
    both = SIGNED + " " + also
    assert _paired(DENIED, both) == []


def test_a_condition_against_a_fact_is_not_paired() -> None:
    would = "The harbour master, Tomas Brekke, would not sign the permit for the new pier."
    assert _paired(would, SIGNED) == []


def test_a_deed_told_as_what_others_allege_is_not_paired() -> None:
    alleged = "Fishermen contest claims that the harbour master, Tomas Brekke, signed the permit."
    assert _paired(DENIED, alleged) == []


def test_two_parties_are_not_paired() -> None:
    other = "The port's lawyer, Anneli Vik, signed the contract for the new crane on Friday."
    assert _paired(DENIED, other) == []


def _statement(text: str, source_id: str) -> Statement:
    claims = extract_claims(Source.from_text(text, id=source_id))
    return next(c for c in claims if isinstance(c, Statement))


def test_one_thing_moved_both_ways_by_doers_in_other_words() -> None:
    a = _statement("The merger enlarges the board of the rowing club.", "a")
    b = _statement("The tie-up shrinks the board of the rowing club.", "b")
    assert one_thing_turned(a, b)


def test_one_thing_moved_both_ways_by_a_named_party_is_left_to_the_frames() -> None:
    a = _statement("Halvard Mills enlarges the board of the rowing club.", "a")
    b = _statement("The tie-up shrinks the board of the rowing club.", "b")
    assert not one_thing_turned(a, b)


def test_an_opposite_in_another_clause_with_its_own_subject_keeps_the_conflict() -> None:
    rose = "Export sales at Norvik Tools rose last year, the company said."
    fell = "Export sales at Norvik Tools fell last year, as two buyers left and freight costs rose."
    assert statement_findings(rose, fell, Conflict.OPPOSITE)


def test_a_denial_of_everyone_is_not_paired_with_one_party() -> None:
    won = (
        '"The Quiet Harbour," a debut novel by Mira Castell, won the Lantern Prize on'
        " Saturday, making her the first debut author to win it."
    )
    nobody = "No debut author had won the Lantern Prize before in its 40-year history."
    assert _paired(won, nobody) == []
