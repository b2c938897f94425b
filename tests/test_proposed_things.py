"""A stance towards a proposal is a stance towards what it proposes
(compare.align.proposed_things), on sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import first_statement

from compare import Conflict, Verdict, compare_texts
from compare.align.best_clashes import proposal_turned
from compare.align.proposed_things import proposed_act
from compare.align.statement_judge import judge_statements


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The mayor supported the decision to demolish the old pier.", "demolish"),
        ("Residents opposed a plan for a new incinerator near the school.", "incinerator"),
        ("Members backed a motion on a weekend ferry service.", "service"),
        ("The mayor supported the old pier.", None),
    ],
)
def test_the_act_a_noun_of_proposing_proposes(text: str, act: str | None) -> None:
    statement = first_statement(text)
    assert statement.frame is not None
    found = proposed_act(statement, statement.frame.thing)
    assert found == act


def test_a_stance_on_a_proposal_turned_round_is_an_opposite() -> None:
    a = first_statement("Landowner Petra Vance supported the decision to demolish the pier.")
    b = first_statement("Landowner Petra Vance opposed the demolition of the pier.")
    assert proposal_turned(b, a)  # one act: the verb and its noun (WordNet's family)
    judgement = judge_statements(
        [
            first_statement("Fishermen's leader Ida Holm backed the plan to dredge."),
            first_statement("Fishermen's leader Ida Holm opposed the dredge."),
        ]
    )
    assert judgement.verdict == Verdict.DIFFER and judgement.conflict == Conflict.OPPOSITE


def test_a_motion_backed_and_a_proposal_rejected_for_one_boycott_are_never_agreement() -> None:
    a = (
        "The ballot closed on Friday. "
        "A second question on an overtime boycott was also backed, the union said."
    )
    b = (
        "Turnout in the ballot was 61 percent. "
        "The union's members rejected a second proposal for an overtime boycott, however."
    )
    comparison = compare_texts({"a": a, "b": b})
    boycott = [
        al
        for al in comparison.alignments
        if al.kind == "statement" and all("boycott" in m.text for m in al.members)
    ]
    assert [al.conflict for al in boycott] == [Conflict.OPPOSITE]


def test_two_proposals_of_two_acts_are_two_things() -> None:
    a = first_statement("The council backed the plan to widen the bridge.")
    b = first_statement("The council rejected the plan to close the bridge.")
    assert not proposal_turned(a, b)
    judgement = judge_statements([a, b])
    assert judgement.unchecked and judgement.verdict == Verdict.AGREE  # no finding, no ✓
