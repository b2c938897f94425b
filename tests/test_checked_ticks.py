"""A ✓ means the judge checked what both sides state (issue 13): a pair whose
polarity, opposite predicate, quoted words or speaker differ in a way the judge
cannot tie to one fact is left unpaired, never shown as agreeing.

Sentences written for these tests; none comes from a benchmark or corpus."""

from __future__ import annotations

from compare import Comparison, Verdict, compare_texts

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"


def compare_pair(a: str, b: str) -> Comparison:
    return compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})


def across(comparison: Comparison, kind: str) -> list:
    return [
        al
        for al in comparison.alignments
        if str(al.kind) == kind and {m.source for m in al.members} == {"a", "b"}
    ]


def agrees(comparison: Comparison, kind: str) -> bool:
    return any(al.verdict == Verdict.AGREE for al in across(comparison, kind))


def test_one_predicate_denied_of_a_thing_named_otherwise_is_no_tick() -> None:
    # "sculptures" / "statues": the frames cannot tie the two subjects to one thing,
    # but one side denies what the other asserts, so no ✓
    comparison = compare_pair(
        "The sculptures were not insured, the gallery owner said.",
        "The statues were insured, the gallery owner said.",
    )
    assert not agrees(comparison, "statement")


def test_one_predicate_asserted_of_a_thing_named_otherwise_still_agrees() -> None:
    comparison = compare_pair(
        "The sculptures were insured, the gallery owner said.",
        "The statues were insured, the gallery owner said.",
    )
    assert agrees(comparison, "statement")


def test_opposites_from_the_news_verb_list_are_typed_by_the_frames() -> None:
    # welcome / condemn is in the list the number and frame matchers read; the
    # statement judge reads it too now
    comparison = compare_pair(
        "Local farmers welcomed the new water rules.",
        "Local farmers condemned the new water rules.",
    )
    found = across(comparison, "statement")
    assert found and all(al.verdict == Verdict.DIFFER for al in found)
    assert str(found[0].conflict) == "opposite"


def test_a_sentence_stating_both_opposite_acts_opposes_neither() -> None:
    # "fell while climbing": the fall happened during the climb, which the other
    # outlet tells alone
    comparison = compare_pair(
        "Karl Weiss, 27, fell about 400 feet while climbing to a mountain shelter on Mount"
        " Harlan in the state forest on Sunday, police said.",
        "Karl Weiss, 27, was climbing to a mountain shelter on Mount Harlan in the state forest"
        " on Sunday.",
    )
    assert not any(al.verdict == Verdict.DIFFER for al in across(comparison, "statement"))


def test_a_modifier_one_quotation_lacks_is_no_tick() -> None:
    comparison = compare_pair(
        '"The owners who cut these corners will be found and punished," the minister said.',
        '"The owners who cut these corners will be found and severely punished," the minister'
        " said.",
    )
    assert not agrees(comparison, "quote")


def test_a_little_word_one_quotation_lacks_still_agrees() -> None:
    comparison = compare_pair(
        '"We have made real progress in the talks this week," the envoy said.',
        '"We made real progress in the talks this week," the envoy said.',
    )
    assert agrees(comparison, "quote")


def test_one_quote_from_a_full_name_and_another_lone_surname_is_no_tick() -> None:
    comparison = compare_pair(
        'Chief executive Mara Lind will lead the group. "This gives our customers a stronger'
        ' network across the region," Lind said.',
        'Orsted will chair the board. "This gives our customers a stronger network across the'
        ' region," Orsted said.',
    )
    assert not agrees(comparison, "quote")
    # the full name's own surname still agrees
    same = compare_pair(
        'Chief executive Mara Lind will lead the group. "This gives our customers a stronger'
        ' network across the region," Lind said.',
        '"This gives our customers a stronger network across the region," Lind said.',
    )
    assert agrees(same, "quote")


def test_kinds_of_increase_and_decrease_are_opposites() -> None:
    from compare.align.antonyms import opposite

    # WordNet has no antonym for either pair; their senses are kinds of
    # increase and decrease, which it opposes
    assert opposite("added", "cut")
    assert opposite("boosted", "reduced")
    assert not opposite("added", "said")
    assert not opposite("carved", "added")  # cut with a knife is no decrease


def test_one_count_added_and_cut_is_no_tick() -> None:
    comparison = compare_pair(
        "The airline plans to cut about 900 pilots over two years, its chief executive said.",
        "The airline will add about 900 pilots over two years as it opens new routes, its"
        " chief executive said.",
    )
    for kind in ("statement", "number"):
        covering = [al for al in across(comparison, kind) if "900" in al.members[0].text]
        assert covering and all(al.verdict == Verdict.DIFFER for al in covering), kind


def test_a_short_opposite_verb_in_one_clause_is_an_opposite() -> None:
    # "cut" is three letters: a length rule meant for "on" / "off" had let it pass
    from compare.align.clause_contradictions import by_clauses

    found = by_clauses(
        "The ferry board raised the winter fares by a vote of 7 to 2 on Monday, members said.",
        "The ferry board cut the winter fares by a vote of 7 to 2 on Monday, members said.",
    )
    assert found is not None and str(found.conflict) == "opposite"


def test_one_shared_figure_is_no_tick_for_another_that_differs() -> None:
    comparison = compare_pair(
        "The port authority leased nine cranes in Dunmore on Friday, and 230 dockers"
        " attended the morning session.",
        "The port authority leased nine cranes in Dunmore on Friday, and 320 dockers"
        " attended the morning session.",
    )
    assert not agrees(comparison, "statement")
    figures = [al for al in across(comparison, "number") if "230" in al.members[0].text]
    assert figures and all(al.verdict == Verdict.DIFFER for al in figures)


def test_a_figure_that_describes_a_noun_and_differs_is_no_tick() -> None:
    comparison = compare_pair(
        "On Friday the hospital board approved the wage deal in Carrow after a 95-minute"
        " meeting that began at 9 a.m.",
        "On Friday the hospital board approved the wage deal in Carrow after a 59-minute"
        " meeting that began at 9 a.m.",
    )
    assert not agrees(comparison, "statement")
