"""The fitted pair proposer (fitted_pairs.py): each sentence meets its likeliest
partner by the fitted model, and what it proposes is shown only as the judge's
agreement or polarity clash, never as a ✓ over two figures, days, places or times."""

from __future__ import annotations

import pytest

from compare.align import fitted_pair_model, fitted_pairs
from compare.align.fitted_pairs import ScoredPair, SentenceRow, mutual_fitted
from tests.test_mutual_best import SLOTS_APART, _articles, _pair_of, _read, _shown_as_agreement


def _rows(sources: str) -> list[SentenceRow]:
    return [SentenceRow(k, s, f"sentence {k}", 0.0, frozenset()) for k, s in enumerate(sources)]


def test_each_row_meets_its_likeliest_partner_only(monkeypatch: pytest.MonkeyPatch) -> None:
    # the model reads one feature, as is: the probability rises with it
    monkeypatch.setattr(fitted_pair_model, "BIAS", 0.0)
    monkeypatch.setattr(fitted_pair_model, "WEIGHTS", {"cosine": 10.0})
    monkeypatch.setattr(fitted_pair_model, "SCALING", {"cosine": (0.5, 1.0)})
    rows = _rows("aabb")
    table = [
        ScoredPair(0, 2, {"cosine": 0.9}),  # 0 and 2: each the other's likeliest
        ScoredPair(0, 3, {"cosine": 0.7}),
        ScoredPair(1, 3, {"cosine": 0.6}),  # 1 and 3: 3's likeliest is 0, not 1
        ScoredPair(1, 2, {"cosine": 0.1}),
    ]
    assert [(x, y) for _, x, y in mutual_fitted(rows, table, 0.5)] == [(0, 2)]
    # under the floor nothing is proposed, however mutual
    assert mutual_fitted(rows, table, 0.999999) == []


def test_a_tie_proposes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fitted_pair_model, "BIAS", 0.0)
    monkeypatch.setattr(fitted_pair_model, "WEIGHTS", {"cosine": 10.0})
    monkeypatch.setattr(fitted_pair_model, "SCALING", {"cosine": (0.5, 1.0)})
    rows = _rows("abb")
    table = [ScoredPair(0, 1, {"cosine": 0.8}), ScoredPair(0, 2, {"cosine": 0.8})]
    assert mutual_fitted(rows, table, 0.5) == []


def test_parallel_sentences_of_two_articles_are_proposed() -> None:
    a = "The ferry operator said all crossings to the island were called off for the day."
    b = "No boats sailed to the island on Tuesday, the ferry company confirmed."
    texts = _articles(a, b)
    statements, sentences = _read(texts)
    pair = _pair_of(statements, a, b)
    proposed = {
        (statements[i].text, statements[j].text)
        for _, i, j in fitted_pairs.fitted_statement_pairs(statements, sentences)
    }
    assert pair in proposed


@pytest.mark.parametrize(("a", "b"), SLOTS_APART)
def test_two_figures_days_places_or_times_never_agree(a: str, b: str) -> None:
    texts = _articles(a, b)
    statements, sentences = _read(texts)
    pair = _pair_of(statements, a, b)
    assert pair not in {
        (statements[i].text, statements[j].text)
        for _, i, j in fitted_pairs.fitted_agreement_pairs(statements, None, sentences)
    }
    assert not _shown_as_agreement(texts, pair)


def test_two_sources_pairs_score_as_in_the_whole_table() -> None:
    # fitted_tie scores only the two sources it is asked about: their pairs must
    # carry the same features as in the table of every source
    rows = [
        SentenceRow(0, "a", "The ferry left the harbour at noon on Tuesday.", 0.0, frozenset()),
        SentenceRow(1, "a", "Crossings to the island were called off.", 1.0, frozenset()),
        SentenceRow(2, "b", "The ferry sailed from the harbour at midday.", 0.0, frozenset()),
        SentenceRow(3, "b", "No boats went to the island on Tuesday.", 1.0, frozenset()),
        SentenceRow(4, "c", "The harbour master closed the island route.", 0.0, frozenset()),
    ]
    whole = {(p.a, p.b): dict(p.features) for p in fitted_pairs.pair_table(rows)}
    two = {(p.a, p.b): dict(p.features) for p in fitted_pairs.pair_table(rows, frozenset("ab"))}
    assert two
    assert two == {
        k: v for k, v in whole.items() if {rows[k[0]].source, rows[k[1]].source} == {"a", "b"}
    }
