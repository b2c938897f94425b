"""Two month-days that differ, with no publication date to resolve them, are two
days: a statement pair stating them is never shown as an agreement, and one day
told two ways ("Sept. 29" / "29 September") still agrees. Sentences written here."""

from __future__ import annotations

import itertools

import pytest

from compare import Verdict, compare_texts
from compare.align.month_days import month_day

DAY_FORMS = {
    (9, 29): ("Sept. 29", "September 29", "29 September", "Sep 29th", "the 29th of September"),
    (10, 1): ("Oct. 1", "October 1", "1 October", "Oct 1st", "the 1st of October"),
    (3, 3): ("March 3", "3 March", "Mar. 3rd"),
}

EVENTS = (
    ("The film premiered on {} in Venice.", "The film had its premiere in Venice on {}."),
    ("The plant reopened on {} after repairs.", "The plant reopened after repairs on {}."),
    ("Police arrested the suspect on {} at home.", "The suspect was arrested on {} at home."),
    ("The union voted to strike on {}.", "On {}, the union voted to strike."),
    ("The treaty was signed on {} in Geneva.", "The treaty was signed in Geneva on {}."),
)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("on Sept. 29", (9, 29)),
        ("29 September 2026", (9, 29)),
        ("on the 4th of March", (3, 4)),
        ("Oct 1st", (10, 1)),
        ("in May", (5, None)),
        ("in June 2027", (6, None)),
        ("on Tuesday", None),
    ],
)
def test_month_day_reads_the_words(text: str, told: tuple[int, int | None] | None) -> None:
    assert month_day(text) == told


def _verdicts(a: str, b: str) -> list[tuple[str, Verdict]]:
    comparison = compare_texts({"a.txt": a, "b.txt": b})
    return [(al.kind, al.verdict) for al in comparison.alignments if al.kind == "statement"]


@pytest.mark.parametrize(
    ("template", "day_a", "day_b"),
    [
        (t, fa, fb)
        for (t, (fa, fb)) in zip(
            itertools.cycle(EVENTS),
            itertools.product(DAY_FORMS[(9, 29)], DAY_FORMS[(10, 1)]),
        )
    ]
    + [(EVENTS[1], "March 3", "March 5"), (EVENTS[2], "3 March", "the 13th of March")],
)
def test_two_month_days_are_never_an_agreement(
    template: tuple[str, str], day_a: str, day_b: str
) -> None:
    for a, b in ((template[0], template[0]), (template[0], template[1])):
        verdicts = _verdicts(a.format(day_a), b.format(day_b))
        assert ("statement", Verdict.AGREE) not in verdicts


@pytest.mark.parametrize(
    ("template", "day_a", "day_b"),
    [
        (t, fa, fb)
        for t, (fa, fb) in zip(
            itertools.cycle(EVENTS), itertools.permutations(DAY_FORMS[(9, 29)], 2)
        )
    ],
)
def test_one_day_told_two_ways_is_no_clash(
    template: tuple[str, str], day_a: str, day_b: str
) -> None:
    verdicts = _verdicts(template[0].format(day_a), template[0].format(day_b))
    assert ("statement", Verdict.DIFFER) not in verdicts
    assert ("statement", Verdict.AGREE) in verdicts


def test_a_month_holds_its_days() -> None:
    verdicts = _verdicts(
        "The plant reopened in March after repairs.", "The plant reopened on March 5 after repairs."
    )
    assert ("statement", Verdict.DIFFER) not in verdicts
