"""Property tests (hypothesis): one act befalling two named people ("Lopez was knocked
down in the eighth" / "Ward was knocked down in the eighth by a hook from Lopez") is
never shown as agreeing, even when the other sentence names the first as the doer.
Control: the same person undergoing it on both sides still agrees.

The sentences are written for these tests; none comes from a benchmark or corpus.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare import Comparison, Verdict, compare_texts

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
OPENING = "The fight drew a sell-out crowd to the arena. "
CLOSING = " Both camps said they wanted a rematch next year."

FIGHTERS = ["Delgado", "Okafor", "Brennan", "Castillo"]
ACTS = ["knocked down", "sent to the canvas", "floored"]
ROUNDS = ["third", "eighth", "tenth"]


def compare_pair(a: str, b: str) -> Comparison:
    return compare_texts(
        {"a": PUBLISHED + OPENING + a + CLOSING, "b": PUBLISHED + OPENING + b + CLOSING}
    )


def act_verdicts(comparison: Comparison, act: str) -> list[Verdict]:
    return [
        al.verdict
        for al in comparison.alignments
        if len({m.source for m in al.members}) == 2 and all(act in m.text for m in al.members)
    ]


@SETTINGS
@given(
    st.sampled_from(FIGHTERS),
    st.sampled_from(FIGHTERS),
    st.sampled_from(ACTS),
    st.sampled_from(ROUNDS),
)
def test_one_act_befalling_two_named_people_never_agrees(
    first: str, second: str, act: str, round_: str
) -> None:
    a = f"{first} was {act} in the {round_} round by a left hook."
    b = f"{second} was {act} in the {round_} round by a left hook from {first}."
    found = act_verdicts(compare_pair(a, b), act)
    if first == second:
        return  # "Delgado ... from Delgado" is no sentence; the control is below
    assert Verdict.AGREE not in found


@SETTINGS
@given(st.sampled_from(FIGHTERS), st.sampled_from(ACTS), st.sampled_from(ROUNDS))
def test_one_person_undergoing_it_still_agrees(fighter: str, act: str, round_: str) -> None:
    a = f"{fighter} was {act} in the {round_} round by a left hook."
    b = f"{fighter} was {act} in the {round_} round by a fierce left hook."
    assert Verdict.AGREE in act_verdicts(compare_pair(a, b), act)
