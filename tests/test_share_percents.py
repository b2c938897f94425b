"""A share told as a simple fraction on one side and as a percent on the other, the
fraction near the percent: an agreement; a fraction far from the percent, or told of
another thing, no pair; sentences written here (farming, schools, elections, shops)."""

from __future__ import annotations

from compare import Source
from compare.align import compare_texts
from compare.align.share_percents import tells
from compare.extract import Number, extract_claims


def figure(text: str) -> Number:
    (n,) = [c for c in extract_claims(Source.from_text(text, "a")) if isinstance(c, Number)]
    return n


def verdicts(a: str, b: str) -> list[tuple[str, list[str]]]:
    comparison = compare_texts({"a": a, "b": b})
    return [(str(x.verdict), [m.text for m in x.members]) for x in comparison.alignments]


def test_a_fraction_tells_a_percent_within_its_hedge() -> None:
    more = figure("More than a quarter of the harvest was lost.")
    assert tells(more, 27)
    assert not tells(more, 24)  # below "more than a quarter"
    assert not tells(more, 33)  # eight points above: another figure
    under = figure("Just under half of the pupils passed.")
    assert tells(under, 48.5) and not tells(under, 51)
    bare = figure("A third of the stalls stayed shut.")
    assert tells(bare, 34) and not tells(bare, 37)


def test_a_fraction_and_a_percent_of_one_thing_agree() -> None:
    found = verdicts(
        "The cooperative's wheat harvest fell 27% after the spring floods.",
        "Floods cost the cooperative more than a quarter of its wheat harvest.",
    )
    assert ("agree", ["27%", "more than a quarter"]) in found


def test_a_fraction_far_from_the_percent_is_no_pair() -> None:
    found = verdicts(
        "Rules say at least half of the parents must vote for the change.",
        "Some 61% of the parents voted in the ballot.",
    )
    assert not any(v == "agree" for v, _ in found)


def test_a_fraction_of_something_else_is_no_pair() -> None:
    found = verdicts(
        "Nearly a third of the shop's shelves were empty on Monday.",
        "Bread prices rose 31% over the year.",
    )
    assert found == []
