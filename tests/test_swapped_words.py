"""One word or two parts swapped between otherwise identical sentences
(compare.align.swapped_words), and what stays an agreement."""

from __future__ import annotations

from compare import Verdict, compare_texts
from compare.align.swapped_words import swapped_parts, swapped_word

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"


def test_a_verb_swapped_for_an_unrelated_one_is_unchecked() -> None:
    assert swapped_word(
        "The county issued the storm warning for the coast on Monday.",
        "The county withdrew the storm warning for the coast on Monday.",
    )


def test_a_named_actor_swapped_is_unchecked() -> None:
    assert swapped_word(
        "Crowds saw Mayor Ellen Voss open the new bridge over the river.",
        "Crowds saw Governor Tom Reyes open the new bridge over the river.",
    )


def test_forms_synonyms_relatives_and_figures_are_no_swap() -> None:
    base = "The storm {} the coastal town and its harbour on Monday night."
    assert not swapped_word(base.format("hit"), base.format("struck"))  # synonyms
    assert not swapped_word(base.format("hits"), base.format("hit"))  # forms
    figures = "Rescuers pulled {} survivors from the collapsed harbour building."
    assert not swapped_word(figures.format("14"), figures.format("fourteen"))


def test_two_parts_swapped_around_a_verb_but_not_around_and() -> None:
    assert swapped_parts(
        "Kestrel Bank beat Harlow Insurance to the deal on Tuesday.",
        "Harlow Insurance beat Kestrel Bank to the deal on Tuesday.",
    )
    assert not swapped_parts(
        "Kestrel Bank and Harlow Insurance agreed to merge on Tuesday.",
        "Harlow Insurance and Kestrel Bank agreed to merge on Tuesday.",
    )


def _statement_verdicts(a: str, b: str) -> list[Verdict]:
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    return [al.verdict for al in comparison.alignments if str(al.kind) == "statement"]


def test_parts_swapped_around_and_still_agree() -> None:
    assert _statement_verdicts(
        "Kestrel Bank and Harlow Insurance agreed to merge in Dunmore on Tuesday, officials said.",
        "Harlow Insurance and Kestrel Bank agreed to merge in Dunmore on Tuesday, officials said.",
    ) == [Verdict.AGREE]


def test_a_synonym_swapped_still_agrees() -> None:
    assert _statement_verdicts(
        "The storm hit the coastal town of Carrow on Monday night, officials said.",
        "The storm struck the coastal town of Carrow on Monday night, officials said.",
    ) == [Verdict.AGREE]


def test_no_longer_denies_the_verb_after_it() -> None:
    assert _statement_verdicts(
        "The appeals court approves the bail request in Ashford, officials said.",
        "The appeals court no longer approves the bail request in Ashford, officials said.",
    ) == [Verdict.DIFFER]


def test_a_title_that_differs_leaves_the_statement_unchecked() -> None:
    a = "Deputy Mayor Ellen Voss approved the new budget in Carrow on Monday, officials said."
    b = "Mayor Ellen Voss approved the new budget in Carrow on Monday, officials said."
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    kinds = {str(al.kind): al.verdict for al in comparison.alignments}
    assert "statement" not in kinds
    assert kinds["role"] == Verdict.DIFFER


def test_an_attribution_closing_one_sentence_is_left_out() -> None:
    assert swapped_word(
        "The county issued the storm warning for the coast on Monday, officials said.",
        "The county withdrew the storm warning for the coast on Monday, according to police.",
    )
    # the attribution alone is no swap: the sentences state one fact
    assert not swapped_word(
        "The county issued the storm warning for the coast on Monday, officials said.",
        "The county issued the storm warning for the coast on Monday, a spokesman told reporters.",
    )


def test_reopening_is_the_opposite_of_closing() -> None:
    assert _statement_verdicts(
        "The highway agency reopened the main line in Dunmore on Monday, officials said.",
        "The agency closed the main line in Dunmore on Monday, officials said.",
    ) == [Verdict.DIFFER]


def test_an_opposite_act_someone_was_seen_doing_is_no_agreement() -> None:
    # the frames read "saw"; the acts seen are opposites by the news table, which
    # the word diff reads too: an opposite (or, were it not read, unchecked)
    assert _statement_verdicts(
        "In Carrow on Tuesday, 14 witnesses saw the district judge approve the plea deal.",
        "In Carrow on Tuesday, 14 witnesses saw the judge deny the plea deal.",
    ) == [Verdict.DIFFER]
