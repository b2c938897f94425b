"""One thing told with two unrelated verbs, one of them a verb with an opposite, is
no agreement to show (acts_apart.py). Sentences written for these tests."""

from __future__ import annotations

from conftest import first_statement, verdicts_of

from compare import Verdict
from compare.align.acts_apart import acts_apart


def test_one_suspension_extended_and_lifted_is_no_agreement() -> None:
    a = "The regulator on Friday extended the suspension of the airline's operating licence."
    b = "On Friday, the regulator lifted the suspension of the airline's operating licence."
    assert acts_apart(first_statement(a), first_statement(b))
    assert (Verdict.AGREE, None) not in verdicts_of(a, b)
    assert (Verdict.AGREE, None) not in verdicts_of(b, a)


def test_one_appeal_dismissed_and_allowed_is_no_agreement() -> None:
    a = "The tribunal dismissed the goalkeeper's appeal against his eight-match ban."
    b = "The tribunal allowed the goalkeeper's appeal against his eight-match ban."
    assert acts_apart(first_statement(a), first_statement(b))


def test_jobs_kept_and_lost_by_one_workforce_are_no_agreement() -> None:
    a = "Most of the 340 staff at the bakery will lose their jobs next spring."
    b = "The majority of the bakery's 340 staff would keep their jobs next spring."
    assert acts_apart(first_statement(a), first_statement(b))


def test_synonyms_forms_and_kinds_of_one_act_stay_together() -> None:
    ended = first_statement("The regulator ended the suspension of the airline's licence.")
    terminated = first_statement(
        "The regulator terminated the suspension of the airline's licence."
    )
    ends = first_statement("The regulator ends the suspension of the airline's licence.")
    assert not acts_apart(ended, terminated)  # WordNet synonyms
    assert not acts_apart(ended, ends)
    raised = first_statement("The council raised the fee for residents' parking permits.")
    increased = first_statement("The council increased the fee for residents' parking permits.")
    assert not acts_apart(raised, increased)  # one side of one opposition


def test_two_things_or_a_denial_are_left_to_other_rules() -> None:
    extended = first_statement("The regulator extended the suspension of the airline's licence.")
    fine = first_statement("The regulator lifted the fine imposed on the ferry company.")
    denied = first_statement("The regulator did not lift the suspension of the airline's licence.")
    assert not acts_apart(extended, fine)
    assert not acts_apart(extended, denied)


def test_one_word_thing_needs_the_same_doer_too() -> None:
    # "their jobs" alone ties nothing: two workforces may keep and lose theirs
    a = first_statement("Most of the 340 staff at the bakery will lose their jobs next spring.")
    b = first_statement("Drivers at the depot would keep their jobs, the union said.")
    assert not acts_apart(a, b)


def test_two_verbs_of_one_side_or_a_phrasal_verb_stay_together() -> None:
    # "endorse" and "ratify" both stand against "reject"; "thrown out" is no "throw"
    endorsed = first_statement("The accord must now be endorsed by the regional assemblies.")
    ratified = first_statement("The accord must now be ratified by the regional assemblies.")
    assert not acts_apart(endorsed, ratified)
    overturned = first_statement("The panel overturned the cyclist's doping suspension on appeal.")
    thrown = first_statement("The cyclist's doping suspension was thrown out by the panel.")
    assert not acts_apart(overturned, thrown)
