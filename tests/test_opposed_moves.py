"""Property tests (hypothesis): a figure that one report says went up and the other
says went down is never shown as agreeing, whichever verbs of motion carry it
("jumped" / "sank", "soared" / "plummeted") and even when the thing that moved is
worded apart ("the company's shares" / "the group's stock"); a pair of names that
each moved one way ("the Dow rose" / "the Nasdaq fell") is left unchecked, not
agreed. Controls: two verbs of one direction still agree.

The sentences are written for these tests; none comes from a benchmark or corpus.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare import Comparison, Verdict, compare_texts
from compare.align.opposed_moves import OpposedMove, opposed_move
from compare.align.opposites import are_opposites
from compare.extract.claims import Frame, Span

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
OPENING = "Trading opened under a cloud of uncertainty on Monday. "
CLOSING = " Analysts said the outlook would depend on the court's ruling."

RISE = ["jumped", "soared", "surged", "climbed", "rose", "rallied", "leapt"]
FALL = ["sank", "plunged", "plummeted", "tumbled", "fell", "dropped", "slumped"]
HOLDERS = [
    ("The company's shares", "The group's stock"),
    ("Shares in the airline", "The airline's stock"),
    ("The carmaker's shares", "Stock in the carmaker"),
]
WHEN = ["in premarket trading", "in early trading", "after the announcement"]


def compare_pair(a: str, b: str) -> Comparison:
    return compare_texts(
        {"a": PUBLISHED + OPENING + a + CLOSING, "b": PUBLISHED + OPENING + b + CLOSING}
    )


def figure_verdicts(comparison: Comparison, figure: str) -> list[Verdict]:
    """Verdicts of alignments with a member of each article over the figure."""
    found = []
    for al in comparison.alignments:
        if {m.source for m in al.members} != {"a", "b"}:
            continue
        over = set()
        for m in al.members:
            text = comparison.source(m.source).text
            at = text.find(figure)
            if m.start <= at < m.end:
                over.add(m.source)
        if over == {"a", "b"}:
            found.append(al.verdict)
    return found


@SETTINGS
@given(
    st.sampled_from(RISE),
    st.sampled_from(FALL),
    st.sampled_from(HOLDERS),
    st.sampled_from(WHEN),
    st.integers(3, 40),
    st.booleans(),
)
def test_up_and_down_never_agree(
    up: str, down: str, holders: tuple[str, str], when: str, size: int, flip: bool
) -> None:
    first, second = f"{holders[0]} {up} {size}% {when}.", f"{holders[1]} {down} {size}% {when}."
    if flip:
        first, second = second, first
    found = figure_verdicts(compare_pair(first, second), f"{size}%")
    assert Verdict.AGREE not in found


@SETTINGS
@given(
    st.sampled_from(RISE),
    st.sampled_from(RISE),
    st.sampled_from(HOLDERS),
    st.sampled_from(WHEN),
    st.integers(3, 40),
)
def test_two_verbs_of_one_direction_still_agree(
    up: str, other: str, holders: tuple[str, str], when: str, size: int
) -> None:
    first, second = f"{holders[0]} {up} {size}% {when}.", f"{holders[0]} {other} {size}% {when}."
    found = figure_verdicts(compare_pair(first, second), f"{size}%")
    assert Verdict.AGREE in found
    assert Verdict.DIFFER not in found


def test_any_rise_verb_is_the_opposite_of_any_fall_verb() -> None:
    for up in RISE:
        for down in FALL:
            assert are_opposites(up, down), (up, down)
    assert not are_opposites("jumped", "soared")
    assert not are_opposites("sank", "plunged")


def _frame(text: str, lemma: str, actor: str) -> Frame:
    return Frame(predicate=Span(0, len(text), text), lemma=lemma, actor=Span(0, len(actor), actor))


def test_two_named_movers_are_unchecked_one_thing_conflicts() -> None:
    dow, nasdaq = _frame("rose", "rise", "the Dow"), _frame("fell", "fall", "the Nasdaq")
    assert opposed_move(dow, nasdaq) == OpposedMove.UNCHECKED
    shares = _frame("jumped", "jump", "the company's shares")
    stock = _frame("sank", "sink", "the group's stock")
    assert opposed_move(shares, stock) == OpposedMove.CONFLICT
    assert opposed_move(shares, _frame("soared", "soar", "stock")) == OpposedMove.NONE
    won, lost = _frame("won", "win", "Leeds"), _frame("lost", "lose", "Hull")
    assert opposed_move(won, lost) == OpposedMove.NONE  # converses: one fact, two sides
