"""Each article's only sum of one kind of payment is one fact, whatever the verbs
around it (compare.align.sole_sums, payment_kinds); "from A to B" after a verb of
change is an old value and a new one (compare.extract.number_changes). Sentences
written here; the guards (a fine and a reward, another year's fine, the total and
a part, an old value and a new one) beside them."""

from __future__ import annotations

from itertools import pairwise

import pytest

from compare import Verdict, compare_texts
from compare.align.payment_kinds import one_payment, payment_kinds
from compare.align.wordnet_files import table_lines
from compare.extract.number_changes import change_before, old_value


def _money_alignments(a: str, b: str) -> list[tuple[Verdict, tuple[str, ...]]]:
    comparison = compare_texts({"a": a, "b": b})
    return [
        (al.verdict, tuple(m.text for m in al.members))
        for al in comparison.alignments
        if al.kind == "number"
    ]


ONE_PAYMENT = [
    (
        "The harbour board fined Calder Shipping $2.4 million on Friday over the oil spill.",
        "Calder Shipping must pay a penalty of $4.2 million, regulators said.",
        ("$2.4 million", "$4.2 million"),
    ),
    (
        "Foot passengers paying cash will be charged $9.50 to cross, the operator said.",
        "The council will raise the ferry fare to $11 next spring.",
        ("$9.50", "$11"),
    ),
    (
        "The Ostrava police offered a reward of €20,000 for the missing painting.",
        "Detectives have put up a €15,000 reward for information.",
        ("€20,000", "€15,000"),
    ),
]


@pytest.mark.parametrize(("a", "b", "sums"), ONE_PAYMENT)
def test_each_articles_only_sum_of_a_payment_is_one_fact(
    a: str, b: str, sums: tuple[str, str]
) -> None:
    assert (Verdict.DIFFER, sums) in _money_alignments(a, b)


TWO_FACTS = [
    # a fine and a reward are two payments
    (
        "The harbour board fined Calder Shipping $2.4 million on Friday.",
        "Calder Shipping offered a reward of $4.2 million for the culprits.",
    ),
    # two fines of the story in one article leave neither sole (when the other
    # article's sentence names the firm, its sentence and the firm's fine are each
    # other's closest, which closest_figure_clashes compares)
    (
        "The harbour board fined Calder Shipping $2.4 million on Friday. "
        "Its charter partner was fined $300,000 on Friday as well.",
        "The operator must pay a penalty of $4.2 million, regulators said.",
    ),
    # the old toll against the new one
    (
        "Drivers will be charged $6 to cross, up from $4.",
        "The board will lift the toll to $6.",
    ),
]


@pytest.mark.parametrize(("a", "b"), TWO_FACTS)
def test_two_payments_are_not_compared(a: str, b: str) -> None:
    assert not [m for v, m in _money_alignments(a, b) if v != Verdict.AGREE]


def test_another_years_sum_is_not_counted_against() -> None:
    found = _money_alignments(
        "The harbour board fined Calder Shipping $2.4 million on Friday. "
        "Calder was fined $900,000 in 2019 for a smaller spill.",
        "Calder Shipping must pay a penalty of $4.2 million, regulators said.",
    )
    assert (Verdict.DIFFER, ("$2.4 million", "$4.2 million")) in found
    assert not [m for _, m in found if "$900,000" in m]


def test_from_a_to_b_after_a_change_is_two_figures() -> None:
    found = _money_alignments(
        "The board will raise the toll from $4 to $6 in May.",
        "From May, drivers will pay a toll of $6 to cross.",
    )
    assert found == [(Verdict.AGREE, ("$6", "$6"))]


def test_a_range_stays_a_range() -> None:
    assert not change_before("Estimates ranged ", 0, len("Estimates ranged "))
    assert change_before("The fund will raise the fee ", 0, len("The fund will raise the fee "))
    sentence = "Fares went up from $3 to $4."
    assert old_value(sentence, sentence.index("$3"))
    assert not old_value(sentence, sentence.index("$4"))


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ("toll", "charge", True),
        ("fine", "penalty", True),
        ("fee", "fee", True),
        ("fine", "reward", False),
        ("toll", "prize", False),
        ("cost", "cost", False),  # too general to tell a payment by
    ],
)
def test_payment_kinds(a: str, b: str, one: bool) -> None:
    assert one_payment(a, b) is one


def test_payment_table_sorted_by_word() -> None:
    keys = [line.split()[0] for line in table_lines("payment_kinds.txt")]
    assert len(keys) > 300
    assert all(a < b for a, b in pairwise(keys))
    assert payment_kinds("charge") == frozenset()  # a payment noun with no kind above it
    assert payment_kinds("replacement") is None
