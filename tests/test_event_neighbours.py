"""bench/event_neighbours.py: the mutual-neighbour table of event words, on hand-made
vectors (no model), and how it classes two sides' event words."""

from __future__ import annotations

import math

import pytest

from bench import event_neighbours

np = pytest.importorskip("numpy")


def _unit(*xs: float) -> list[float]:
    norm = math.sqrt(sum(x * x for x in xs))
    return [x / norm for x in xs]


def test_mutual_neighbours_need_both_ranks_and_the_cosine() -> None:
    words = ["detain", "arrest", "apprehend", "bake"]
    vectors = np.array(
        [
            _unit(1.0, 0.1, 0.0),  # detain
            _unit(1.0, 0.0, 0.0),  # arrest: detain's and apprehend's closest
            _unit(1.0, -0.4, 0.0),  # apprehend: its closest is arrest, not the reverse
            _unit(0.0, 0.0, 1.0),  # bake: far from all
        ],
        dtype="float32",
    )
    tied = event_neighbours.mutual_neighbours(words, vectors, rank=1, threshold=0.5)
    assert set(tied) == {("arrest", "detain")}
    # two ranks: apprehend and arrest are each other's two closest
    wider = event_neighbours.mutual_neighbours(words, vectors, rank=2, threshold=0.5)
    assert ("apprehend", "arrest") in wider
    assert not any("bake" in pair for pair in wider)
    # a cosine floor above what detain and arrest share ties nothing
    assert not event_neighbours.mutual_neighbours(words, vectors, rank=2, threshold=0.9999)


def test_a_tie_counts_only_beyond_same_lemma_and_wordnet() -> None:
    table = {("arrest", "detain"): 0.8, ("close", "open"): 0.7}
    # one lemma both sides share, or none in the table: no new tie
    assert event_neighbours.classify(table, {"arrest"}, {"detain"})["new"]
    assert not event_neighbours.classify(table, {"arrest"}, {"arrest"})["new"]
    assert not event_neighbours.classify(table, {"arrest", "hold"}, {"hold"})["new"]
    opposite = event_neighbours.classify(table, {"open"}, {"close"})
    assert opposite["new"] and opposite["new opposite"]
    assert not event_neighbours.classify(table, {"bake"}, {"detain"})["new"]
