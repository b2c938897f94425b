"""A figure reckoned ahead (estimated, budgeted, forecast, or told with "would") against
one told as what was (align.estimates) is no conflict, nor an agreement. Sentences
written here, in domains of their own."""

from __future__ import annotations

from compare import Verdict, compare_texts
from compare.align.number_judge import judge_pair
from compare.extract import extract_claims
from compare.extract.claims import Number
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"


def _first(text: str, source: str = "a") -> Number:
    claims = extract_claims(Source.from_text(PUBLISHED + text, id=source))
    return next(c for c in claims if isinstance(c, Number))


def test_a_budget_against_a_cost_is_not_judged() -> None:
    spent = _first("Repairing the bridge cost 3.4 million dollars, the county said.")
    budget = _first("The county had budgeted 2.1 million dollars for the bridge repairs.", "b")
    judgement = judge_pair(spent, budget)
    assert judgement.verdict == Verdict.AGREE and judgement.unchecked


def test_an_earlier_estimate_against_a_cost_is_not_judged() -> None:
    spent = _first("Repairing the bridge cost 3.4 million dollars, the county said.")
    guess = _first("Engineers had estimated the repairs at 2.1 million dollars.", "b")
    assert judge_pair(spent, guess).unchecked


def test_two_costs_told_plainly_differ() -> None:
    one = _first("Repairing the bridge cost 3.4 million dollars, the county said.")
    other = _first("The bridge repairs cost 2.1 million dollars in all.", "b")
    assert judge_pair(one, other).verdict == Verdict.DIFFER


def test_an_estimated_hedge_is_no_estimate() -> None:
    one = _first("The stolen paintings were worth an estimated 3.4 million dollars.")
    other = _first("The stolen paintings were worth 2.1 million dollars.", "b")
    assert judge_pair(one, other).verdict == Verdict.DIFFER


def test_a_possible_cost_against_a_spent_sum_is_not_judged() -> None:
    possible = _first("Dredging the harbour would cost the port 9 million dollars a year.")
    spent = _first("The port spent about 4 million dollars on dredging last year.", "b")
    assert judge_pair(possible, spent).unchecked


def test_an_estimate_against_a_cost_shows_no_agreement() -> None:
    # the group's judge keeps the pair's "unchecked": no ✓ over 8 million / 12 million
    spent = "The draining of the quarry lake cost 12 million kroner, the agency said."
    guess = "The agency had first estimated the draining of the quarry lake at 8 million kroner."
    comparison = compare_texts({"a": PUBLISHED + spent, "b": PUBLISHED + guess})
    assert not [al for al in comparison.alignments if al.kind == "number"]


def test_two_currencies_show_no_agreement() -> None:
    comparison = compare_texts(
        {
            "a": PUBLISHED + "The orchestra received US$4.4 million in grants, its board said.",
            "b": PUBLISHED + "The orchestra received NZ$7.3 million in grants, its board said.",
        }
    )
    assert not [
        al for al in comparison.alignments if al.kind == "number" and al.verdict == Verdict.AGREE
    ]


def test_a_figure_carried_by_a_verb_of_reckoning_is_an_estimate() -> None:
    spent = _first("Repairing the bridge cost 3.4 million dollars, the county said.")
    guess = _first("Repairing the bridge was expected to cost 2.1 million dollars.", "b")
    assert judge_pair(spent, guess).unchecked
    comparison = compare_texts(
        {
            "a": PUBLISHED
            + "The new ferry ramp was expected to cost 8 million pounds, officials said.",
            "b": PUBLISHED + "The new ferry ramp cost 12 million pounds, officials said.",
        }
    )
    assert not [al for al in comparison.alignments if al.verdict == Verdict.DIFFER]


def test_a_penaltys_limit_against_the_penalty_given_is_not_judged() -> None:
    limit = _first("The operator faces a maximum fine of 7,500 euros for each breach.")
    given = _first("Inspectors fined the operator 5,000 euros on Monday.", "b")
    assert judge_pair(limit, given).unchecked
    floor = _first("Carjacking carries a minimum jail term of 4 years in the state.")
    term = _first("The driver was jailed for 6 years on Monday.", "b")
    assert judge_pair(floor, term).unchecked


def test_a_minimum_wage_is_a_value_not_a_limit() -> None:
    one = _first("The minimum wage of $15 an hour takes effect in January.")
    other = _first("The $12 minimum wage takes effect in January.", "b")
    assert judge_pair(one, other).verdict == Verdict.DIFFER


def test_a_penaltys_limit_pairs_no_conflict_in_a_comparison() -> None:
    result = compare_texts(
        {
            "a": "The operator faces a maximum fine of 7,500 euros for each breach, it said.",
            "b": "The regulator fined the operator 5,000 euros for the breach on Monday.",
        }
    )
    assert not [
        a for a in result.alignments if a.verdict == Verdict.DIFFER and a.kind.value == "number"
    ]


def test_a_goal_against_the_same_figure_done_shows_no_agreement() -> None:
    # "aimed to" and "a target of" tell what was wanted, not what was done
    goal = _first("The co-operative said it aimed to plant 80,000 trees this season.")
    done = _first("Volunteers from the co-operative planted 80,000 trees this season.", "b")
    judgement = judge_pair(goal, done)
    assert judgement.verdict == Verdict.AGREE and judgement.unchecked
    claims = extract_claims(
        Source.from_text(
            PUBLISHED + "The clinic vaccinated 5,000 children against a target of 7,000.", id="a"
        )
    )
    target = next(c for c in claims if isinstance(c, Number) and c.value == 7000)
    assert judge_pair(target, _first("The clinic vaccinated 7,000 children.", "b")).unchecked


def test_two_goals_told_alike_still_agree() -> None:
    one = _first("The co-operative said it aimed to plant 80,000 trees this season.")
    other = _first("The co-operative hopes to plant 80,000 trees this season.", "b")
    judgement = judge_pair(one, other)
    assert judgement.verdict == Verdict.AGREE and not judgement.unchecked


def test_no_tick_on_statements_tied_by_a_goal_and_a_deed() -> None:
    # the figure both give is the goal on one side and what was done on the other
    comparison = compare_texts(
        {
            "a": PUBLISHED
            + "The clinic said it had vaccinated 5,000 children in the district, against a"
            " target of 7,000.",
            "b": PUBLISHED + "The clinic vaccinated 7,000 children in the district.",
        }
    )
    assert not [
        al
        for al in comparison.alignments
        if al.verdict == Verdict.AGREE and al.kind in ("statement", "number")
    ]


def test_a_goal_beside_the_same_figure_told_ahead_still_agrees() -> None:
    # "will be planted" may be the goal itself, told another way
    goal = _first("The co-operative repeated its target of 80,000 trees for next season.")
    ahead = _first("The co-operative says 80,000 trees will be planted next season.", "b")
    judgement = judge_pair(goal, ahead)
    assert judgement.verdict == Verdict.AGREE and not judgement.unchecked
