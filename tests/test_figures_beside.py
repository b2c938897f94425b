"""A figure given alike beside figures or months given two ways: no ✓ for the pair
(figures_beside.py). Sentences written for these tests, in domains of their own."""

from __future__ import annotations

from conftest import judged_statements

from compare import Comparison, compare_texts
from compare.align.model import Judgement, Verdict

PUBLISHED = "---\npublished: 2025-06-12\n---\n\n"


def compare(a: str, b: str) -> Comparison:
    return compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})


def agreeing(comparison: Comparison, kind: str) -> list[list[str]]:
    return [
        sorted(m.text for m in al.members)
        for al in comparison.alignments
        if al.kind == kind and al.verdict.value == "agree"
    ]


def test_no_tick_on_a_figure_beside_a_sum_given_two_ways() -> None:
    comparison = compare(
        "The city will build 1,200 flats over six years.",
        "The city has promised 1,800 flats over six years.",
    )
    assert not any("six" in ms for ms in agreeing(comparison, "number"))


def test_a_figure_beside_the_same_sum_still_agrees() -> None:
    comparison = compare(
        "The observatory will spend £40 million on the telescope over five years.",
        "The observatory is to spend £40m on its telescope over five years.",
    )
    assert any("five" in ms for ms in agreeing(comparison, "number"))


def test_a_count_set_apart_as_other_is_no_clash() -> None:
    # "three other mills" counts the rest, not all the mills
    comparison = compare(
        "Four mills grind flour in the valley, and Oster Mill produces about a third of it.",
        "Oster Mill grinds roughly a third of the valley's flour, alongside three other mills.",
    )
    assert agreeing(comparison, "number")


def test_no_tick_on_statements_beside_months_given_two_ways() -> None:
    # one sum of damage ties the sentences; the months of the flood differ
    comparison = compare(
        "The ferry terminal, a council venture begun in 1988, was last hit by flooding"
        " in March 2024, when water ruined equipment worth £90,000.",
        "Floods had also struck the terminal in October 2024, wrecking £90,000 of equipment.",
    )
    assert not agreeing(comparison, "statement")
    assert not agreeing(comparison, "number")


def test_statements_beside_one_month_still_agree() -> None:
    comparison = compare(
        "The ferry terminal, a council venture begun in 1988, was last hit by flooding"
        " in March 2024, when water ruined equipment worth £90,000.",
        "Floods had also struck the terminal in March 2024, wrecking £90,000 of equipment.",
    )
    assert agreeing(comparison, "statement")
    assert agreeing(comparison, "number")


def test_an_age_ties_no_event_to_another() -> None:
    # an age describes the violinist; the two days are two events of hers
    comparison = compare(
        "The 31-year-old violinist Ilse Marr will rehearse with the orchestra in July 2025.",
        "Marr, aged 31, first played with the orchestra in May 2023.",
    )
    assert any("31" in " ".join(ms) for ms in agreeing(comparison, "number"))


def test_no_tick_on_statements_beside_a_score_given_two_ways() -> None:
    # one result both give alike ties the sentences; the other result differs
    comparison = compare(
        "In the other ties, Aldwick drew 3-3 with Pembury, and Norland beat Kelsey Vale 2-1.",
        "Elsewhere Norland edged Kelsey Vale 2-1, while Aldwick and Pembury drew 0-0.",
    )
    assert not agreeing(comparison, "statement")


def test_statements_beside_the_same_scores_still_agree() -> None:
    comparison = compare(
        "In the other ties, Aldwick drew 3-3 with Pembury, and Norland beat Kelsey Vale 2-1.",
        "Elsewhere Norland edged Kelsey Vale 2-1, while Aldwick and Pembury drew 3-3.",
    )
    assert agreeing(comparison, "statement")


def _judged(a: str, b: str) -> Judgement:
    """The statement judge on one sentence of each article, with their claims."""
    return judged_statements(a, b, PUBLISHED)


def test_no_tick_on_a_bare_count_beside_a_close_count_told_with_its_noun() -> None:
    # "won 5,102" counts votes as "5,120 votes" does: one count given two ways
    judgement = _judged(
        "Independent Omar Tate won 5,102 and the Green candidate, Lucy Bray, 2,770.",
        "Independent candidate Omar Tate was third with 5,120 votes and Green Lucy Bray"
        " fourth with 2,770.",
    )
    assert judgement.verdict == Verdict.AGREE and judgement.unchecked


def test_a_bare_count_beside_the_same_count_told_with_its_noun_agrees() -> None:
    judgement = _judged(
        "Independent Omar Tate won 5,102 and the Green candidate, Lucy Bray, 2,770.",
        "Independent candidate Omar Tate was third with 5,102 votes and Green Lucy Bray"
        " fourth with 2,770.",
    )
    assert judgement.verdict == Verdict.AGREE and not judgement.unchecked


def test_no_tick_on_a_count_alike_beside_months_given_two_ways_one_count_bare() -> None:
    # "a record 41,500" counts the visitors "41,500 visitors" counts: one tie
    judgement = _judged(
        "The museum welcomed 41,500 visitors in May alone, its busiest month on record.",
        "The museum drew 212,000 visitors over the spring, including a record 41,500 in April.",
    )
    assert judgement.verdict == Verdict.AGREE and judgement.unchecked


def test_a_count_alike_beside_one_month_one_count_bare_agrees() -> None:
    judgement = _judged(
        "The museum welcomed 41,500 visitors in May alone, its busiest month on record.",
        "The museum drew 212,000 visitors over the spring, including a record 41,500 in May.",
    )
    assert judgement.verdict == Verdict.AGREE and not judgement.unchecked


def test_no_tick_on_figures_alike_each_told_of_another_year() -> None:
    # the two years' figures are swapped: each figure alike, of another year
    comparison = compare(
        "Ticket sales at the lido rose 8.5% in 2023 and a further 3.2% in 2024.",
        "Ticket sales at the lido climbed 3.2% in 2023 and 8.5% in 2024.",
    )
    assert not agreeing(comparison, "number")
    assert not agreeing(comparison, "statement")


def test_figures_alike_each_told_of_the_same_year_agree() -> None:
    comparison = compare(
        "Ticket sales at the lido rose 8.5% in 2023 and a further 3.2% in 2024.",
        "Ticket sales at the lido climbed 8.5% in 2023 and 3.2% in 2024.",
    )
    assert agreeing(comparison, "number")
