"""Sure statement pairs the grouping left apart, and statements bridged through a
third article's claim they both agree with (repeated_facts.py). Sentences written here."""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import pytest
from conftest import claim_fields

from compare.align import AGREE, compare_texts, registry
from compare.align.repeated_facts import Shown, in_common, repeat_candidates
from compare.extract import Statement
from compare.extract.claims import Kind


def statement(source: str, sentence: str) -> Statement:
    return Statement(**claim_fields(source, sentence))


@pytest.fixture
def without_repeats() -> Iterator[None]:
    spec = registry.kinds()[Kind.STATEMENT]
    registry.register_kind(attrs.evolve(spec, repeats_facts=False), replace=True)
    yield
    registry.register_kind(spec, replace=True)


def statement_pairs(texts: dict[str, str]) -> set[tuple[str, ...]]:
    comparison = compare_texts(texts)
    return {
        tuple(sorted(f"{m.source}:{m.text}" for m in al.members))
        for al in comparison.alignments
        if al.kind == "statement" and al.verdict == AGREE
    }


def test_candidates_are_the_sure_pairs_best_first_each_once() -> None:
    pairs = [(0.6, 0, 1), (0.9, 2, 1), (0.3, 0, 3), (0.7, 1, 0)]
    assert repeat_candidates(pairs, 0.55) == [([1, 2], 0.9), ([0, 1], 0.7)]


def test_a_pair_is_wanted_when_one_side_has_no_counterpart_there() -> None:
    a1 = statement("a", "The ferry left the quay at noon.")
    a2 = statement("a", "At noon the ferry left the quay for the island.")
    b = statement("b", "The island ferry left its quay at noon.")
    shown = Shown()
    assert shown.wanted(a1, b)
    shown.add([a1, b])
    assert not shown.wanted(a1, b)  # together already
    assert shown.wanted(a2, b)  # a2 has no counterpart in b yet
    shown.add([a2, b])
    assert not shown.wanted(a2, b)
    assert not shown.wanted(a1, a2)  # one article


def test_a_bridge_joins_two_claims_agreeing_with_one_of_a_third_article() -> None:
    a = statement("a", "The ferry left the quay at noon.")
    b = statement("b", "The island ferry left its quay at noon.")
    c = statement("c", "At noon the ferry sailed from the quay.")
    d = statement("d", "The quay will be rebuilt next year.")
    shown = Shown()
    shown.add([a, b], True, 0.9)
    shown.add([a, c], True, 0.7)
    shown.add([a, d], False, 0.8)  # a difference bridges nothing
    bridges = shown.bridges()
    assert [(x.source, y.source, s) for x, y, s in bridges] == [("b", "c", 0.7)]
    assert shown.bridges(hubs=2) == []  # told alike in one more article only


def test_two_hubs_of_two_articles_make_a_bridge() -> None:
    b = statement("b", "The island ferry left its quay at noon.")
    c = statement("c", "At noon the ferry sailed from the quay.")
    hub_a = statement("a", "The ferry left the quay at noon.")
    hub_a2 = statement("a", "The ferry left at noon, an hour late.")
    hub_d = statement("d", "The ferry pulled away from the quay at noon.")
    shown = Shown()
    for hub in (hub_a, hub_a2):  # two hubs of one article are one witness
        shown.add([hub, b], True, 0.9)
        shown.add([hub, c], True, 0.8)
    assert shown.bridges(hubs=2) == []
    shown.add([hub_d, b], True, 0.9)
    shown.add([hub_d, c], True, 0.6)
    found = {(x.text, y.text) for x, y, _ in shown.bridges(hubs=2)}
    assert (b.text, c.text) in found
    assert (hub_a.text, hub_d.text) in found  # b and c witness the hubs alike
    assert (hub_a2.text, hub_d.text) in found


def test_two_claims_of_one_article_are_no_bridge() -> None:
    a = statement("a", "The ferry left the quay at noon.")
    b1 = statement("b", "The island ferry left its quay at noon.")
    b2 = statement("b", "The ferry sailed from the quay at noon.")
    shown = Shown()
    shown.add([a, b1], True, 0.9)
    shown.add([a, b2], True, 0.8)
    assert shown.bridges() == []


def test_a_bridge_needs_the_models_cover_floor() -> None:
    claims = [
        statement("a", "Four climbers were pulled from a crevasse on the Morrow glacier."),
        statement("b", "Rescuers lifted four climbers out of a crevasse on the Morrow glacier."),
        statement("c", "The valley hospital said the weather would turn on Tuesday."),
    ]
    shares = in_common(claims)
    assert shares(claims[0], claims[1], 0.146)
    assert not shares(claims[0], claims[2], 0.146)
    assert not shares(claims[0], claims[1], 0.95)


REPEATING = {
    "a": "The Harwick council approved a new budget for the Lessing harbour on Monday evening."
    "\n\nResidents queued outside the town hall for two hours before the meeting began."
    "\n\nOn Monday evening the Harwick council approved the Lessing harbour budget.",
    "b": "Harwick councillors approved the Lessing harbour budget on Monday evening."
    "\n\nFishermen had asked for a new breakwater for years.",
}


def test_an_article_telling_one_fact_twice_pairs_both_tellings() -> None:
    told = "b:Harwick councillors approved the Lessing harbour budget on Monday evening."
    pairs = statement_pairs(REPEATING)
    partners = [p for p in pairs if told in p]
    assert len(partners) == 2


@pytest.mark.usefixtures("without_repeats")
def test_without_repeats_the_one_to_one_grouping_pairs_one_telling() -> None:
    told = "b:Harwick councillors approved the Lessing harbour budget on Monday evening."
    assert len([p for p in statement_pairs(REPEATING) if told in p]) == 1


def test_one_word_scorer_per_set_of_texts_in_a_comparison() -> None:
    from compare.align.statements import scorer_of
    from compare.align.words import forget_texts

    texts = ["The mill shut on Friday.", "The mill closed on Friday."]
    first = scorer_of(texts)
    assert scorer_of(list(texts)) is first
    assert scorer_of(texts[:1]) is not first
    forget_texts()  # after each comparison: no scorer outlives it
    assert scorer_of(texts) is not first
