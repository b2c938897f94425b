"""One figure of people told with the general noun on one side and a kind of person
on the other ("12,000 people" / "12,000 Americans") is paired (compare.align.
people_counts); two kinds of person, or two figures, are not. Sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from compare import Verdict, compare_texts
from compare.align.people_kinds import build
from compare.extract.people_nouns import COUNTS


def _number_pairs(a: str, b: str) -> list[tuple[str, tuple[str, ...]]]:
    comparison = compare_texts({"a": a, "b": b})
    return [
        (al.verdict.value, tuple(m.text for m in al.members))
        for al in comparison.alignments
        if al.kind == "number"
    ]


ONE_COUNT = [
    (
        "The rare disorder affects roughly 12,000 Americans, the agency said.",
        "About 12,000 people in the United States have the disorder.",
    ),
    (
        "Some 4,500 residents of Alder Bay were told to leave their homes.",
        "Officials ordered 4,500 people to leave Alder Bay on Tuesday.",
    ),
    (
        "The trial enrolled 2,300 participants at clinics in Leeds and York.",
        "In all, 2,300 people took part in the trial at clinics in Leeds and York.",
    ),
    (
        "More than 800 passengers were stranded at Corran airport overnight.",
        "Over 800 people were stranded at Corran airport overnight, the airline said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), ONE_COUNT)
def test_people_and_a_kind_of_person_with_one_figure_are_paired(a: str, b: str) -> None:
    pairs = _number_pairs(a, b)
    assert pairs and all(verdict != Verdict.DIFFER.value for verdict, _ in pairs)


APART = [
    # two kinds of person with one figure: two groups as often as one
    (
        "Two gunmen opened fire on a bus outside Kano on Sunday.",
        "Two passengers were killed when gunmen opened fire on a bus outside Kano.",
    ),
    # the general noun and a kind with two figures: most often two counts
    (
        "About 4,500 residents of Alder Bay were told to leave their homes.",
        "Officials said 6,000 people had left Alder Bay by Tuesday.",
    ),
    # deaths and injuries stay apart across the two nouns too
    (
        "Forty passengers were injured when the train left the rails near Orbury.",
        "Forty people died when the train left the rails near Orbury.",
    ),
    # homes are no people
    (
        "The storm left 5,000 homes without power in Orbury.",
        "About 5,000 people lost power in Orbury during the storm.",
    ),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_other_counts_stay_unpaired(a: str, b: str) -> None:
    assert _number_pairs(a, b) == []


def _synset(offset: str, word: str, hypernym: str | None) -> str:
    pointers = f"001 @ {hypernym} n 0000" if hypernym else "000"
    return f"{offset} 18 n 01 {word} 0 {pointers} | a gloss"


def test_the_table_holds_nouns_whose_commonest_sense_is_a_kind_of_person(tmp_path: Path) -> None:
    # person <- traveler <- skier; machine <- fan (the machine), person <- fan (the follower)
    synsets = [
        _synset("00007846", "person", None),
        _synset("00000100", "traveler", "00007846"),
        _synset("00000200", "skier", "00000100"),
        _synset("00000300", "machine", None),
        _synset("00000400", "fan", "00000300"),
        _synset("00000500", "fan", "00007846"),
    ]
    (tmp_path / "data.noun").write_text("  licence header\n" + "\n".join(synsets) + "\n")
    index = [
        "fan n 2 1 @ 2 0 00000400 00000500",
        "machine n 1 0 1 0 00000300",
        "person n 1 0 1 0 00007846",
        "skier n 1 1 @ 1 0 00000200",
        "traveler n 1 1 @ 1 0 00000100",
    ]
    (tmp_path / "index.noun").write_text("  licence header\n" + "\n".join(index) + "\n")
    rows = [line.split(" ") for line in build(tmp_path) if not line.startswith("#")]
    assert [row[0] for row in rows if row[1] == COUNTS] == ["person", "skier", "traveler"]
    # the same rows give each noun's kinds: a fan (its second sense) is a kind of person
    # too, and a skier lies under traveler; "machine" names no people at all
    kinds = {row[0]: row[2:] for row in rows if len(row) > 2}
    assert set(kinds) == {"fan", "skier", "traveler"}
    assert kinds["fan"][0] == kinds["skier"][0] == "p"
    assert kinds["traveler"][1] in kinds["skier"][2:]
