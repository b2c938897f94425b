"""Each sentence names, beside a word both use, what the other article never
mentions: no ✓ (unmentioned_names.py). Sentences written for these tests."""

from __future__ import annotations

from compare import Comparison, compare_texts

PUBLISHED = "---\npublished: 2025-09-03\n---\n\n"


def compare(a: str, b: str) -> Comparison:
    return compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})


def statements_agree(comparison: Comparison) -> bool:
    return any(
        al.kind == "statement" and al.verdict.value == "agree" for al in comparison.alignments
    )


def test_two_sites_each_unknown_to_the_other_article_show_no_tick() -> None:
    comparison = compare(
        "Brackhurst Ales will close its bottling hall in Kendrigg next spring.",
        "Brackhurst Ales will shut its Mallowby bottling hall next spring.",
    )
    assert not statements_agree(comparison)


def test_a_site_only_one_side_names_still_agrees() -> None:
    comparison = compare(
        "Brackhurst Ales will close its bottling hall in Kendrigg next spring.",
        "Brackhurst Ales will shut its bottling hall next spring.",
    )
    assert statements_agree(comparison)


def test_a_site_the_other_article_names_elsewhere_is_no_clash() -> None:
    comparison = compare(
        "Brackhurst Ales will close its bottling hall in Kendrigg next spring.",
        "Brackhurst Ales will shut its Kendrigg bottling hall next spring. "
        "The Mallowby hall will stay open.",
    )
    assert statements_agree(comparison)
