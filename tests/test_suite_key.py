"""The contradiction suite's answer keys point at real, unambiguous text.

Every key substring must occur exactly once in its file's clean text and sit
inside one sentence, or the scorer (bench/contradictions.py) could never credit
it, or could credit the wrong sentence.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from conftest import claim_fields

from bench.contradictions import (
    CONFLICT_TYPES,
    DEFAULT_ROOT,
    Item,
    Outcome,
    Pair,
    load_key,
    load_pairs,
    main,
    pair_interval,
)
from bench.findings import finding_key
from bench.precision import main as precision_main
from compare import Alignment, Source, Statement, Verdict, load_source

PAIRS = load_pairs(DEFAULT_ROOT)
# The held-out sets nobody writing rules reads (fresh7 is the newest): their keys
# must hold too, though only the scorer, never a test, looks at what claimdiff
# makes of them.
FRESH = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh")
FRESH2 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh2")
FRESH3 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh3")
FRESH4 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh4")
FRESH5 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh5")
FRESH6 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh6")
# fresh7 (pairs 77-86) and fresh8 (87-96) were test sets; read sets from 2026-12-02.
FRESH7 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh7")
FRESH8 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh8")
# fresh9 (pairs 97-106) and fresh10 (107-116), written on 2026-12-01, read sets from stop 29.
FRESH9 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh9")
FRESH10 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh10")
# fresh11 (pairs 117-126) and fresh12 (127-136), written 2026-12-02: validation in stop 29,
# read sets from stop 30.
FRESH11 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh11")
FRESH12 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh12")
# fresh13 (pairs 137-146) and fresh14 (147-156), written on 2026-12-02: test sets in stop 29,
# validation sets from stop 30.
FRESH13 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh13")
FRESH14 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh14")
# fresh15 (pairs 157-166) and fresh16 (167-176), written on 2026-12-02: test sets in stop 30,
# validation sets from stop 31.
FRESH15 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh15")
FRESH16 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh16")
# fresh17 (pairs 177-186) and fresh18 (187-196), written on 2026-12-03: test sets in stop 31,
# validation sets from stop 32; longer articles (500-900 words asked) than the sets before
# (250-500), as are the test sets of stop 32, fresh19 (197-206) and fresh20 (207-216), and those
# of stop 33, fresh21 (217-226) and fresh22 (227-236), of stop 34, fresh23 (237-246) and
# fresh24 (247-256), of stop 35, fresh25 (257-266) and fresh26 (267-276), of stop 36,
# fresh27 (277-286) and fresh28 (287-296), of stop 38, fresh29 (297-306) and fresh30
# (307-316), of stop 39, fresh31 (317-326) and fresh32 (327-336), of stop 40, fresh33
# (337-346) and fresh34 (347-356), of stop 41, fresh35 (357-366) and fresh36 (367-376), and of
# stop 42, fresh37 (377-386) and fresh38 (387-396), of stop 44, fresh39 (397-406) and
# fresh40 (407-416), of stop 45, fresh41 (417-426) and fresh42 (427-436), and of stop 46,
# fresh43 (437-446) and fresh44 (447-456), of stop 47, fresh45 (457-466) and fresh46
# (467-476), of stop 48, fresh47 (477-486) and fresh48 (487-496), and of stop 49,
# fresh49 (497-506) and fresh50 (507-516), of stop 50, fresh51 (517-526) and fresh52
# (527-536), of stop 51, fresh53 (537-546) and fresh54 (547-556), of stop 52, fresh55
# (557-566) and fresh56 (567-576), of stop 53, fresh57 (577-586) and fresh58 (587-596), and
# of stop 54, fresh59 (597-606) and fresh60 (607-616), of stop 55, fresh61 (617-626)
# and fresh62 (627-636), of stop 56, fresh63 (637-646) and fresh64 (647-656), and of
# stop 57, fresh65 (657-666) and fresh66 (667-676).
FRESH17 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh17")
FRESH18 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh18")
FRESH19 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh19")
FRESH20 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh20")
FRESH21 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh21")
FRESH22 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh22")
FRESH23 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh23")
FRESH24 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh24")
FRESH25 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh25")
FRESH26 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh26")
FRESH27 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh27")
FRESH28 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh28")
FRESH29 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh29")
FRESH30 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh30")
FRESH31 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh31")
FRESH32 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh32")
FRESH33 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh33")
FRESH34 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh34")
FRESH35 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh35")
FRESH36 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh36")
FRESH37 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh37")
FRESH38 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh38")
FRESH39 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh39")
FRESH40 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh40")
FRESH41 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh41")
FRESH42 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh42")
FRESH43 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh43")
FRESH44 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh44")
FRESH45 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh45")
FRESH46 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh46")
FRESH47 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh47")
FRESH48 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh48")
FRESH49 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh49")
FRESH50 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh50")
FRESH51 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh51")
FRESH52 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh52")
FRESH53 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh53")
FRESH54 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh54")
FRESH55 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh55")
FRESH56 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh56")
FRESH57 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh57")
FRESH58 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh58")
FRESH59 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh59")
FRESH60 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh60")
FRESH61 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh61")
FRESH62 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh62")
FRESH63 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh63")
FRESH64 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh64")
FRESH65 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh65")
FRESH66 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh66")
FRESH67 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh67")
FRESH68 = load_pairs(DEFAULT_ROOT.parent / "contradictions_fresh68")
# the sets written longer (500-900 words asked), stop 31 on
LONG_SETS = (
    FRESH17
    + FRESH18
    + FRESH19
    + FRESH20
    + FRESH21
    + FRESH22
    + FRESH23
    + FRESH24
    + FRESH25
    + FRESH26
    + FRESH27
    + FRESH28
    + FRESH29
    + FRESH30
    + FRESH31
    + FRESH32
    + FRESH33
    + FRESH34
    + FRESH35
    + FRESH36
    + FRESH37
    + FRESH38
    + FRESH39
    + FRESH40
    + FRESH41
    + FRESH42
    + FRESH43
    + FRESH44
    + FRESH45
    + FRESH46
    + FRESH47
    + FRESH48
    + FRESH49
    + FRESH50
    + FRESH51
    + FRESH52
    + FRESH53
    + FRESH54
    + FRESH55
    + FRESH56
    + FRESH57
    + FRESH58
    + FRESH59
    + FRESH60
    + FRESH61
    + FRESH62
    + FRESH63
    + FRESH64
    + FRESH65
    + FRESH66
    + FRESH67
    + FRESH68
)
LONGER = frozenset(p.name for p in LONG_SETS)
CHECKED = (
    PAIRS
    + FRESH
    + FRESH2
    + FRESH3
    + FRESH4
    + FRESH5
    + FRESH6
    + FRESH7
    + FRESH8
    + FRESH9
    + FRESH10
    + FRESH11
    + FRESH12
    + FRESH13
    + FRESH14
    + FRESH15
    + FRESH16
    + LONG_SETS
)


def test_suite_has_enough_varied_pairs() -> None:
    assert len(PAIRS) >= 14
    for pair in PAIRS:
        sections = Counter(item.section for item in pair.items)
        assert sections["conflicts"] >= 2, pair.name
        assert sections["agreements"] >= 2, pair.name
        assert sections["traps"] >= 1, pair.name
        types = {item.type for item in pair.items if item.section == "conflicts"}
        assert len(types) >= 2, f"{pair.name}: conflicts of one type only"


def test_every_conflict_type_is_planted() -> None:
    planted = Counter(item.type for pair in PAIRS for item in pair.items if item.type)
    assert set(planted) == set(CONFLICT_TYPES)


def test_newest_held_out_set_is_complete_and_plants_every_type() -> None:
    """fresh2 was written as ten pairs with 4-6 conflicts, 5-7 agreements and
    3-4 traps each; a pair lost or a key emptied would quietly shrink its totals."""
    assert [p.name[:2] for p in FRESH2] == [str(n) for n in range(27, 37)]
    for pair in FRESH2:
        sections = Counter(item.section for item in pair.items)
        assert 4 <= sections["conflicts"] <= 6, pair.name
        assert 5 <= sections["agreements"] <= 7, pair.name
        assert 3 <= sections["traps"] <= 4, pair.name
    planted = Counter(item.type for pair in FRESH2 for item in pair.items if item.type)
    assert set(planted) == set(CONFLICT_TYPES)


def test_fresh3_is_complete_and_plants_every_type() -> None:
    """fresh3 (pairs 37-46) was written with 4-6 conflicts, 6 agreements and 4
    traps per pair: about 5 conflicts of each type (4 of tally, wording, title)."""
    assert [p.name[:2] for p in FRESH3] == [str(n) for n in range(37, 47)]
    for pair in FRESH3:
        sections = Counter(item.section for item in pair.items)
        assert 4 <= sections["conflicts"] <= 6, pair.name
        assert sections["agreements"] == 6, pair.name
        assert sections["traps"] == 4, pair.name
    planted = Counter(item.type for pair in FRESH3 for item in pair.items if item.type)
    assert set(planted) == set(CONFLICT_TYPES)
    assert all(n >= 4 for n in planted.values())


def test_fresh4_is_complete_and_plants_every_type() -> None:
    """fresh4 (pairs 47-56) was written with 5-6 conflicts, 6 agreements and 4
    traps per pair: about 5 conflicts of each type (4 of tally, wording, title)."""
    assert [p.name[:2] for p in FRESH4] == [str(n) for n in range(47, 57)]
    for pair in FRESH4:
        sections = Counter(item.section for item in pair.items)
        assert 5 <= sections["conflicts"] <= 6, pair.name
        assert sections["agreements"] == 6, pair.name
        assert sections["traps"] == 4, pair.name
    planted = Counter(item.type for pair in FRESH4 for item in pair.items if item.type)
    assert set(planted) == set(CONFLICT_TYPES)
    assert all(n >= 4 for n in planted.values())


@pytest.mark.parametrize(
    ("pairs", "first"),
    [
        (FRESH5, 57),
        (FRESH6, 67),
        (FRESH7, 77),
        (FRESH8, 87),
        (FRESH9, 97),
        (FRESH10, 107),
        (FRESH11, 117),
        (FRESH12, 127),
        (FRESH13, 137),
        (FRESH14, 147),
        (FRESH15, 157),
        (FRESH16, 167),
        (FRESH17, 177),
        (FRESH18, 187),
        (FRESH19, 197),
        (FRESH20, 207),
        (FRESH21, 217),
        (FRESH22, 227),
        (FRESH23, 237),
        (FRESH24, 247),
        (FRESH25, 257),
        (FRESH26, 267),
        (FRESH27, 277),
        (FRESH28, 287),
        (FRESH29, 297),
        (FRESH30, 307),
        (FRESH31, 317),
        (FRESH32, 327),
        (FRESH33, 337),
        (FRESH34, 347),
        (FRESH35, 357),
        (FRESH36, 367),
        (FRESH37, 377),
        (FRESH38, 387),
        (FRESH39, 397),
        (FRESH40, 407),
        (FRESH41, 417),
        (FRESH42, 427),
        (FRESH43, 437),
        (FRESH44, 447),
        (FRESH45, 457),
        (FRESH46, 467),
        (FRESH47, 477),
        (FRESH48, 487),
        (FRESH49, 497),
        (FRESH50, 507),
        (FRESH51, 517),
        (FRESH52, 527),
        (FRESH53, 537),
        (FRESH54, 547),
        (FRESH55, 557),
        (FRESH56, 567),
        (FRESH57, 577),
        (FRESH58, 587),
        (FRESH59, 597),
        (FRESH60, 607),
        (FRESH61, 617),
        (FRESH62, 627),
        (FRESH63, 637),
        (FRESH64, 647),
        (FRESH65, 657),
        (FRESH66, 667),
        (FRESH67, 677),
        (FRESH68, 687),
    ],
    ids=[
        "fresh5",
        "fresh6",
        "fresh7",
        "fresh8",
        "fresh9",
        "fresh10",
        "fresh11",
        "fresh12",
        "fresh13",
        "fresh14",
        "fresh15",
        "fresh16",
        "fresh17",
        "fresh18",
        "fresh19",
        "fresh20",
        "fresh21",
        "fresh22",
        "fresh23",
        "fresh24",
        "fresh25",
        "fresh26",
        "fresh27",
        "fresh28",
        "fresh29",
        "fresh30",
        "fresh31",
        "fresh32",
        "fresh33",
        "fresh34",
        "fresh35",
        "fresh36",
        "fresh37",
        "fresh38",
        "fresh39",
        "fresh40",
        "fresh41",
        "fresh42",
        "fresh43",
        "fresh44",
        "fresh45",
        "fresh46",
        "fresh47",
        "fresh48",
        "fresh49",
        "fresh50",
        "fresh51",
        "fresh52",
        "fresh53",
        "fresh54",
        "fresh55",
        "fresh56",
        "fresh57",
        "fresh58",
        "fresh59",
        "fresh60",
        "fresh61",
        "fresh62",
        "fresh63",
        "fresh64",
        "fresh65",
        "fresh66",
        "fresh67",
        "fresh68",
    ],
)
def test_newest_sets_are_complete_and_plant_every_type(pairs: list[Pair], first: int) -> None:
    """fresh5 (pairs 57-66) to fresh66 (667-676) were each written with 5-6 conflicts,
    6 agreements and 4 traps per pair: 52 conflicts, 5 of each type and 4 of tally,
    wording and title."""
    # Pair numbers pass 99 from fresh9 on, and folders sort as text: read the number
    # before the first dash.
    numbers = sorted(int(p.name.split("-", 1)[0]) for p in pairs)
    assert numbers == list(range(first, first + 10))
    for pair in pairs:
        sections = Counter(item.section for item in pair.items)
        assert 5 <= sections["conflicts"] <= 6, pair.name
        assert sections["agreements"] == 6, pair.name
        assert sections["traps"] == 4, pair.name
    planted = Counter(item.type for pair in pairs for item in pair.items if item.type)
    assert set(planted) == set(CONFLICT_TYPES)
    assert sum(planted.values()) == 52
    assert all(planted[t] == 4 for t in ("tally", "wording", "title"))


def _in_one_sentence(source: Source, start: int, end: int) -> bool:
    return any(s.start <= start and end <= s.end for s in source.sentences)


@pytest.mark.parametrize("pair", CHECKED, ids=[p.name for p in CHECKED])
def test_key_substrings_occur_once_inside_one_sentence(pair: Pair) -> None:
    sources = {"a": load_source(pair.a), "b": load_source(pair.b)}
    for item in pair.items:
        for side, words in (("a", item.a), ("b", item.b)):
            text = sources[side].text
            assert text.count(words) == 1, f"{pair.name} {side}.md: {words!r} x{text.count(words)}"
            start = text.index(words)
            assert _in_one_sentence(sources[side], start, start + len(words)), (
                f"{pair.name} {side}.md: {words!r} crosses a sentence boundary"
            )


def _sentence_index(source: Source, words: str) -> int:
    start = source.text.index(words)
    return next(i for i, s in enumerate(source.sentences) if s.start <= start < s.end)


@pytest.mark.parametrize("pair", CHECKED, ids=[p.name for p in CHECKED])
def test_each_conflict_has_its_own_sentence_pair(pair: Pair) -> None:
    """The scorer credits an alignment by the sentences its members sit in: a
    conflict sharing both sentences with another key item could be credited for
    that item's alignment (a differ on the wrong fact) or blame an agreement."""
    a, b = load_source(pair.a), load_source(pair.b)
    places = [(_sentence_index(a, i.a), _sentence_index(b, i.b)) for i in pair.items]
    for item, place in zip(pair.items, places, strict=True):
        if item.section == "conflicts":
            assert places.count(place) == 1, f"{pair.name}: {item.a!r} shares its sentences"


@pytest.mark.parametrize("pair", CHECKED, ids=[p.name for p in CHECKED])
def test_articles_have_front_matter_and_realistic_length(pair: Pair) -> None:
    for path in (pair.a, pair.b):
        source = load_source(path)
        assert source.metadata.outlet, path
        assert source.metadata.title, path
        assert source.metadata.published, path
        words = len(source.text.split())
        longest = 900 if pair.name in LONGER else 500
        assert 250 <= words <= longest, f"{path}: {words} words"
    assert load_source(pair.a).metadata.outlet != load_source(pair.b).metadata.outlet


def test_bad_key_is_rejected_with_its_file_name(tmp_path: Path) -> None:
    key = tmp_path / "key.json"
    key.write_text(json.dumps({"conflicts": [{"type": "colour", "a": "x", "b": "y"}]}))
    with pytest.raises(ValueError, match=r"key\.json"):
        load_key(key)


def test_scorer_exits_2_without_pairs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path)]) == 2
    assert main([str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "Traceback" not in err


# The judging tools (bench/findings.py, bench/precision.py): keys must survive
# engine changes that do not change what was found, and the join must count right.


def _alignment(members: list[tuple[str, str]], kind: str = "number") -> Alignment:
    claims = tuple(Statement(**claim_fields(source, text)) for source, text in members)
    return Alignment(id="x", kind=kind, verdict=Verdict.DIFFER, score=0.5, members=claims)


def test_finding_key_ignores_member_order_case_and_tokenisation() -> None:
    one = _alignment([("a", "about 40 people"), ("b", "50 people")])
    other = _alignment([("b", "50  People"), ("a", "about 40 people .")])
    assert finding_key(one) == finding_key(other)
    assert finding_key(one) != finding_key(
        _alignment([("a", "about 40 people"), ("c", "50 people")])
    )
    assert finding_key(one).startswith("number-")


def test_precision_joins_judgements_and_lists_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "findings.jsonl"
    rows: list[dict[str, object]] = [
        {
            "key": k,
            "folder": "9_x",
            "kind": kind,
            "verdict": "differ",
            "conflict": None,
            "title": "",
            "members": [],
        }
        for k, kind in (("q-1", "quote"), ("q-2", "quote"), ("n-1", "number"), ("n-2", "number"))
    ]
    dump.write_text("".join(json.dumps(r) + "\n" for r in rows))
    judged = tmp_path / "judgements"
    judged.mkdir()
    lines = [("q-1", "true"), ("q-2", "false"), ("n-1", "true"), ("gone", "true")]
    (judged / "9_x.jsonl").write_text(
        "".join(json.dumps({"key": k, "judgement": j, "reason": "r"}) + "\n" for k, j in lines)
    )
    assert precision_main([str(dump), "--judgements", str(judged)]) == 0
    out = capsys.readouterr().out
    assert "precision overall    0.67" in out
    assert "kind quote           0.50" in out
    assert "still found: 2/3" in out
    assert "1 findings without a judgement" in out and "n-2" in out


def test_totals_name_no_pair(capsys: pytest.CaptureFixture[str]) -> None:
    """`--totals` is how a held-out set is run: totals and types, never a pair's name."""
    root = DEFAULT_ROOT.parent / "contradictions"
    assert main([str(root), "--totals", "--pair", PAIRS[0].name]) == 2
    assert "--totals" in capsys.readouterr().err
    assert main([str(root), "--totals"]) == 0
    out = capsys.readouterr().out
    assert "conflicts caught, right type:" in out and "per conflict type:" in out
    # a third column per type: the planted conflicts of that type shown as agreement (✓)
    assert "shown as ✓" in out.split("per conflict type:")[1].splitlines()[0]
    rows = [line.split() for line in out.split("per conflict type:")[1].splitlines()[1:] if line]
    assert rows and all(len(row) == 4 and row[3].count("/") == 1 for row in rows)
    assert not any(pair.name in out for pair in PAIRS)


def _agreements(found: int, of: int) -> list[Outcome]:
    item = Item(section="agreements", a="a", b="b", why="")
    return [Outcome(item, hit=i < found) for i in range(of)]


def test_pair_interval_draws_pairs_and_holds_the_share() -> None:
    """The held-out interval draws whole pairs: pairs all alike give no spread,
    pairs far apart a wide one around their share, the same each run."""
    alike = [_agreements(3, 6) for _ in range(10)]
    assert pair_interval(alike, "agreements") == (0.5, 0.5)
    apart = [_agreements(6, 6) for _ in range(5)] + [_agreements(0, 6) for _ in range(5)]
    low, high = pair_interval(apart, "agreements")
    assert low < 0.5 < high and high - low > 0.4
    assert pair_interval(apart, "agreements") == (low, high)
