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


def test_a_fraction_read_as_an_ordinal_is_a_share_beside_a_percent() -> None:
    found = verdicts(
        "The bakery will cut its delivery rounds by roughly a fifth from October.",
        "The bakery is trimming its delivery rounds by about 20% starting in October.",
    )
    assert any(v == "agree" and "about 20%" in members for v, members in found)
    assert not any(v == "differ" for v, _ in found)
    # an ordinal that is no share ("a third term") is paired with no percent (the
    # statement matcher pairs the two sentences on its own)
    found = verdicts(
        "The governor won a third term in the spring election.",
        "The governor's vote share rose 33% in the spring election.",
    )
    assert not any("33%" in members for _, members in found)


def test_another_percent_beside_the_fraction_does_not_part_the_pair() -> None:
    found = verdicts(
        "The cooperative said Hollin Dairies, the buyer that takes 60% of its milk, had told "
        "farmers it would cut collections by roughly a fifth from June.",
        "The dairy told farmers it would reduce milk collections by about 20% starting in June.",
    )
    assert ("agree", ["fifth", "about 20%"]) in found
