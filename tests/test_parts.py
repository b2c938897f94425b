"""A figure of one part against the whole's, and a share of a group one side
narrows by an owner, are two facts (compare/align/parts.py). Sentences invented
here: hospitals, floods, unions."""

from __future__ import annotations

from typing import Any

from compare import Source, Verdict, compare_texts
from compare.align.parts import groups_apart, one_part, part_and_whole
from compare.extract import Number, extract_claims


def shown(a: str, b: str) -> list[Any]:
    found = compare_texts({"a": a, "b": b}).alignments
    return [x for x in found if len(x.sources) == 2 and x.verdict != Verdict.AGREE]


def figure(text: str) -> Number:
    claims = extract_claims(Source.from_text("The town met.\n\n" + text, id="t"))
    return next(c for c in claims if isinstance(c, Number))


def test_one_part_is_read_from_its_scope() -> None:
    assert one_part(figure("At one hospital, 450 patients had operations cancelled."))
    assert one_part(figure("In Harlow alone, 35 homes were flooded on Sunday."))
    assert one_part(figure("Inspectors found 12 breaches at a single farm."))
    # a stretch of time is no part
    assert not one_part(figure("Police made 40 arrests in one day."))
    assert not one_part(figure("Some 80 homes were flooded across the county."))


def test_the_part_may_not_exceed_the_whole() -> None:
    whole = figure("Some 80 homes were flooded across the county on Sunday.")
    assert part_and_whole(whole, figure("In Harlow alone, 35 homes were flooded on Sunday."))
    # a part larger than the whole cannot both hold: still compared
    assert not part_and_whole(whole, figure("In Harlow alone, 95 homes were flooded on Sunday."))


def test_a_share_of_an_owned_group_is_another_group() -> None:
    members = figure("A survey found 40% of members backed the strike.")
    owned = figure("A survey found 58 per cent of the union's own members backed the strike.")
    assert groups_apart(members, owned)
    assert not groups_apart(members, figure("A survey found 58% of members backed the strike."))


def test_parts_and_other_groups_are_not_reported() -> None:
    assert not shown(
        "About 2,000 patients have had their operations cancelled so far.",
        "At one hospital, 450 patients had their operations cancelled this week.",
    )
    assert not shown(
        "Some 80 homes were flooded across the county on Sunday.",
        "In Harlow alone, 35 homes were flooded on Sunday.",
    )
    assert not shown(
        "A survey found 40% of members backed the strike.",
        "A survey found 58 per cent of the union's own members backed the strike.",
    )


def test_one_part_or_one_group_told_two_ways_is_still_reported() -> None:
    assert shown(
        "At one hospital, 450 patients had their operations cancelled this week.",
        "At one hospital, 380 patients had their operations cancelled this week.",
    )
    assert shown(
        "A survey found 40% of members backed the strike.",
        "A survey found 58% of members backed the strike.",
    )


def test_a_bare_owner_or_a_player_alone_is_no_part() -> None:
    members = figure("A ballot found 60% of members backed the offer.")
    assert not groups_apart(
        members, figure("A ballot found 64% of the union's members backed the offer.")
    )
    assert not one_part(figure("Smith alone scored 30 points in the win."))
