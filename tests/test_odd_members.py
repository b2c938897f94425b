"""A group that agrees but for one member keeps its agreeing rest (odd_members.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from compare import Verdict, compare_texts
from compare.align.model import Conflict, Judgement
from compare.align.odd_members import split_odd, word_likeness

AGREE = Judgement(verdict=Verdict.AGREE)
UNCHECKED = Judgement(verdict=Verdict.AGREE, unchecked=True)
CLASH = Judgement(verdict=Verdict.DIFFER, conflict=Conflict.FIGURE)


def judge_with(
    apart: set[frozenset[str]], clashing: frozenset[frozenset[str]] = frozenset()
) -> Callable[[Sequence[str]], Judgement]:
    """A judge that leaves unchecked a group holding a pair of `apart`, differs on a
    pair of `clashing` and agrees otherwise."""

    def judge(members: Sequence[str]) -> Judgement:
        pairs = {frozenset((a, b)) for a in members for b in members if a != b}
        if len(members) == 2 and pairs & clashing:
            return CLASH
        return UNCHECKED if pairs & (apart | clashing) else AGREE

    return judge


def source(member: str) -> str:
    return member.split(":")[0]


def test_the_member_apart_from_two_others_leaves_the_group() -> None:
    members = ["a:x", "b:y", "c:z", "d:w"]
    judge = judge_with({frozenset(("a:x", "c:z")), frozenset(("b:y", "c:z"))})
    split = split_odd(members, judge, source, word_likeness)
    assert split is not None
    assert split.rest == ("a:x", "b:y", "d:w")
    assert split.judgement.verdict == Verdict.AGREE
    assert split.clash is None


def test_the_odd_member_shows_the_conflict_it_has_with_every_other() -> None:
    members = ["a:x", "b:y", "c:z"]
    clashing = frozenset({frozenset(("a:x", "c:z")), frozenset(("b:y", "c:z"))})
    split = split_odd(members, judge_with(set(), clashing), source, word_likeness)
    assert split is not None
    assert split.rest == ("a:x", "b:y")
    assert split.clash is not None
    assert split.clash[0] == ("a:x", "c:z")
    assert split.clash[1].conflict == Conflict.FIGURE


def test_an_odd_member_unchecked_against_one_other_shows_no_conflict() -> None:
    members = ["a:x", "b:y", "c:z"]
    judge = judge_with({frozenset(("a:x", "c:z"))}, frozenset({frozenset(("b:y", "c:z"))}))
    split = split_odd(members, judge, source, word_likeness)
    assert split is not None
    assert split.rest == ("a:x", "b:y")
    assert split.clash is None


def test_two_members_apart_from_the_rest_keep_the_group_unchecked() -> None:
    members = ["a:x", "b:y", "c:z", "d:w"]
    judge = judge_with({frozenset(("a:x", "c:z")), frozenset(("b:y", "d:w"))})
    assert split_odd(members, judge, source, word_likeness) is None


def test_a_pair_of_two_is_not_split() -> None:
    judge = judge_with({frozenset(("a:x", "b:y"))})
    assert split_odd(["a:x", "b:y"], judge, source, word_likeness) is None


def test_of_three_with_one_pair_apart_the_two_most_alike_stay() -> None:
    a = "a:the night train from the coast reached the city two hours late"
    b = "b:the night train from the coast was two hours late reaching the city"
    c = "c:a train arrived late"
    judge = judge_with({frozenset((b, c))})
    split = split_odd([a, b, c], judge, source, word_likeness)
    assert split is not None
    assert split.rest == (a, b)


def test_of_three_equally_alike_none_is_chosen() -> None:
    judge = judge_with({frozenset(("a:p q", "c:p q"))})
    assert split_odd(["a:p q", "b:p q", "c:p q"], judge, source, word_likeness) is None


FILLERS = (
    "The weather was mild for the time of year. Local shops reported a busy afternoon. ",
    "Traffic was light in the centre through the morning. The council thanked residents. ",
    "Schools opened late because of the fog. Bus services ran to a reduced timetable. ",
)


def test_two_articles_telling_one_figure_alike_keep_their_agreement_beside_a_range() -> None:
    said = (
        "Forty-five fishing boats were sunk by the storm in the northern harbour on Monday night.",
        "The storm sank 45 fishing boats in the northern harbour on Monday night.",
        "Between 40 and 50 fishing boats were sunk by the storm in the northern harbour on"
        " Monday night.",
    )
    comparison = compare_texts({k: FILLERS[i] + said[i] for i, k in enumerate("abc")})
    agreed = [
        sorted(m.source for m in a.members)
        for a in comparison.alignments
        if a.kind == "statement" and a.verdict == Verdict.AGREE
    ]
    assert agreed == [["a", "b"]]
