"""A sentence that states two facts meets a counterpart for each: a named measure
told differently stands apart from the groups (clause_statements.measure_statement_pairs,
registry.MatcherSpec.apart), and the nouns a share sets are measures too
(compare.align.measures). Sentences written here."""

from __future__ import annotations

from compare import Verdict, compare_texts
from compare.align.grouping import apart_groups
from compare.align.measures import measures_of
from compare.align.sentence_days_places import set_apart
from compare.extract import Number, extract_claims
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"


def claims_of(text: str, source_id: str = "a") -> list:
    return list(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))


def numbers_of(text: str) -> list[Number]:
    return [c for c in claims_of(text) if isinstance(c, Number)]


def test_the_noun_a_share_sets_is_its_measure() -> None:
    (share,) = numbers_of("The board described the ministry's 7% grant as generous.")
    assert measures_of(share) == frozenset({"grant"})


def test_a_share_before_an_adverb_or_adjective_names_no_measure() -> None:
    (share,) = numbers_of("Shares of the carmaker closed 7% higher on Tuesday.")
    assert measures_of(share) == frozenset()


def test_a_measure_in_a_sentence_grouped_for_another_fact_is_still_compared() -> None:
    a = (
        "The concert began at 8 p.m. before an audience of 12,000 at Harbour Park, "
        "the biggest of the tour."
    )
    b = (
        "The concert began at 9.15pm. An audience of 21,000 people packed the lawn, "
        "with 400 fans outside the gates."
    )
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    found = {(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "statement"}
    assert (Verdict.DIFFER, "time") in found
    assert (Verdict.DIFFER, "figure") in found


def test_a_measure_agreeing_stands_apart_from_nothing() -> None:
    a = "The concert began at 8 p.m. before an audience of 12,000 at Harbour Park."
    b = "The concert began at 9.15pm. An audience of 12,000 people packed the lawn."
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    found = [al.conflict for al in comparison.alignments if al.kind == "statement"]
    assert "figure" not in found


def test_apart_groups_keep_only_pairs_the_grouping_split() -> None:
    groups = [([0, 1], 0.9)]
    pairs = [(0.5, 0, 1), (0.45, 0, 2), (0.4, 2, 0)]
    assert apart_groups(groups, pairs) == [([0, 2], 0.45)]


def test_two_days_named_differently_set_two_sentences_apart() -> None:
    a = claims_of("A storm with winds of 90 mph hit the coast in January.")
    b = claims_of("A storm with winds of 70 mph hit the coast on Friday.", "b")
    assert set_apart(a, b)
    assert not set_apart(a, claims_of("A storm hit the coast in January.", "b"))


def test_titles_that_clash_do_not_agree_through_a_shared_qualifier() -> None:
    from compare.align.titles import roles_agree, roles_clash

    assert roles_clash("State Sen.", "State Rep.")
    assert not roles_agree("State Sen.", "State Rep.")
    assert roles_agree("State Sen.", "state senator")
