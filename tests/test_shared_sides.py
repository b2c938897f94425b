"""A statement conflict several articles tell is one finding (compare/align/shared_sides.py),
on articles and sentences written for these tests in other domains than the benchmark sets'."""

from __future__ import annotations

import json

from conftest import FILLER_A, FILLER_B, claim_fields

from compare import Conflict, Verdict, compare_texts
from compare.align import Alignment, Difference
from compare.align.shared_sides import merge_shared_sides
from compare.extract.claims import Statement
from compare.report.findings import CONFLICT, every_finding

# Each sentence stands in a group of its own article pairs; the two place conflicts
# with the middle article stand apart from those groups, pair by pair.
CONVOY = {
    "a": FILLER_A + "Gunmen on two motorbikes ambushed the convoy at about 1100 hrs, "
    "40 kilometres west of Marrow, firing rifles to stop the lorries.",
    "b": FILLER_B + "The ordeal on the desert road on Friday began at 11am when the agency's "
    "radio room received a call from the convoy's lead driver that it was being ambushed "
    "by armed men on motorbikes around 40 kilometres east of Marrow.",
    "c": "Aid work paused for a day. The ordeal on the desert road began on Friday when the "
    "agency's radio room received a call from the convoy's lead driver that armed men on "
    "motorbikes were ambushing it. The driver of the lead lorry, travelling 40 kilometres "
    "west of Marrow, sent a message at around 11 am saying that gunmen had opened fire on "
    "his vehicle.",
}


def _place_conflicts(texts: dict[str, str]) -> list[Alignment]:
    comparison = compare_texts(texts)
    return [
        a
        for a in comparison.alignments
        if a.kind == "statement" and a.verdict == Verdict.DIFFER and a.conflict == Conflict.PLACE
    ]


def test_one_place_conflict_told_by_three_articles_is_one_finding() -> None:
    (found,) = _place_conflicts(CONVOY)
    assert [m.source for m in found.members] == ["a", "b", "c"]
    assert found.title == "west of Marrow vs east of Marrow"
    # differences run from the reference to each member on the other side, as a judge's
    assert [(d.reference, d.source, d.a, d.b) for d in found.differences] == [
        ("a", "b", "west of Marrow", "east of Marrow")
    ]


def test_the_report_json_and_check_show_it_once() -> None:
    comparison = compare_texts(CONVOY)
    conflicts = [f for f in every_finding(comparison) if f.section == CONFLICT]
    assert len(conflicts) == 1
    shown = json.loads(json.dumps(comparison.to_dict(), default=str))
    places = [a for a in shown["alignments"] if a["conflict"] == "place"]
    assert len(places) == 1 and len(places[0]["members"]) == 3


def test_two_articles_alone_keep_their_one_pair() -> None:
    texts = {"a": CONVOY["a"], "b": CONVOY["b"]}
    (found,) = _place_conflicts(texts)
    assert [m.source for m in found.members] == ["a", "b"]


def _statement(source: str, sentence: str) -> Statement:
    return Statement(**claim_fields(source, sentence))


def _conflict(
    members: tuple[Statement, Statement], a: str, b: str, conflict: Conflict = Conflict.PLACE
) -> Alignment:
    first, second = members
    return Alignment(
        f"{first.source}{second.source}",
        "statement",
        Verdict.DIFFER,
        0.5,
        members,
        (Difference("text", str(conflict), first.source, second.source, a, b),),
        conflict=conflict,
        title=f"{a} vs {b}",
    )


ORDER = {"x": 0, "y": 1, "z": 2}
X = _statement("x", "The ferry sank north of the reef with nine aboard on Monday.")
Y = _statement("y", "The ferry went down south of the reef with 12 aboard.")
Z = _statement("z", "The ferry sank north of the reef, carrying 12 people.")


def _merged(alignments: list[Alignment]) -> list[tuple[str, ...]]:
    out = merge_shared_sides(alignments, ORDER, lambda ms: "+".join(m.source for m in ms))
    return [tuple(m.source for m in a.members) for a in out]


def test_a_shared_sentence_on_one_side_joins_the_pairs() -> None:
    pairs = [_conflict((X, Y), "north of", "south of"), _conflict((Y, Z), "south of", "north of")]
    assert _merged(pairs) == [("x", "y", "z")]


def test_a_shared_sentence_set_against_two_things_keeps_the_pairs_apart() -> None:
    # what y is at odds about is told with other words in each pair: not shown as one
    pairs = [
        _conflict((X, Y), "north of", "south of"),
        _conflict((Y, Z), "with 12 aboard", "north of the reef"),
    ]
    assert _merged(pairs) == [("x", "y"), ("y", "z")]


def test_conflicts_of_two_types_stay_apart() -> None:
    pairs = [
        _conflict((X, Y), "north of", "south of"),
        _conflict((Y, Z), "south of", "north of", Conflict.FIGURE),
    ]
    assert _merged(pairs) == [("x", "y"), ("y", "z")]


def test_each_articles_side_shows_beside_its_sentence() -> None:
    from compare.report.findings import side
    from compare.report.markdown import comparison_to_markdown

    (found,) = _place_conflicts(CONVOY)
    assert [side(found, m) for m in found.members] == [
        "west of Marrow",
        "east of Marrow",
        "west of Marrow",
    ]
    markdown = comparison_to_markdown(compare_texts(CONVOY))
    assert markdown.count("**west of Marrow**") == 2
    assert markdown.count("**east of Marrow**") == 1


def test_check_gives_the_dispute_one_failure() -> None:
    from compare.check.run import failure_of

    comparison = compare_texts(CONVOY)
    failures = [failure_of("convoy", f) for f in every_finding(comparison) if f.section == CONFLICT]
    assert len(failures) == 1
    assert {m.source for m in failures[0].members} == {"a", "b", "c"}
