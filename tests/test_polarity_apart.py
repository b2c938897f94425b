"""A main predicate denied, or opposed, on one side only: never a ✓ (polarity_apart.py)."""

from __future__ import annotations

import pytest
from conftest import first_statement

from compare.align.polarity_apart import polarity_apart
from compare.align.statement_judge import judge_statements

APART = [
    # a denial against another verb of the same deed
    (
        "About 2,000 protesters gathered outside the building.",
        "Some 2,000 demonstrators did not wait outside.",
    ),
    ("The council approved the budget on Monday.", "The council has not passed the budget."),
    ("Lenders agreed to provide $250 million.", "Lenders will not put up the $250 million."),
    ("The union has accepted the pay offer.", "The union did not take up the pay offer."),
    # a denial carried by "no" before the thing
    (
        "The operators would bring in replacement workers.",
        "The operators had no plans to hire replacement workers.",
    ),
    (
        "Fire crews found evidence of arson at the warehouse.",
        "Fire crews uncovered no evidence of arson at the warehouse.",
    ),
    # opposite words where the judge could not tie one actor and thing
    (
        "The zoo will stay closed for the rest of the day.",
        "Brackwood Zoo opened its gates for the rest of the day.",
    ),
    (
        "Shares in the bank rose 3% in early trading.",
        "The lender's stock fell 3% in early trading.",
    ),
    ("The estimate was revised up to 210,000.", "The hospital revised its figure down to 210,000."),
    # opposite predicates of a clause the frame does not read as the main one,
    # each read through what it stands for ("barred": ban)
    (
        "The port office said it had checked the barge and allowed it to leave the harbour.",
        "The port office has barred the barge from leaving the harbour, a spokesman said.",
    ),
    # a predicate against an adjective that describes the other side's noun
    (
        "The convoy was eastbound, travelling from the border toward the capital.",
        "The westbound convoy was moving from the capital side to the border.",
    ),
    # a denial whose subject each side words its own way
    (
        "The transit authority expects the fare rise to bring in $180 million a year.",
        "The increase will not raise $180 million each year, the authority says.",
    ),
    (
        "Free vaccination clinics will be held this weekend at the fairgrounds.",
        "Free shots will not be offered at the fairgrounds on Saturday and Sunday.",
    ),
    (
        "The board of trustees will meet on October 20 to discuss the vote.",
        "Trustees will not gather on October 20 to discuss the vote.",
    ),
    (
        "About 10,000 teachers marched through the city centre on Saturday.",
        "As many as 10,000 people did not fill the streets of the city centre on Saturday.",
    ),
    # a verb of reckoning whose clause is denied
    (
        "The ministry says the new levy will raise about 2% of tax revenue by 2030.",
        "Finance officials estimate the levy will not bring in 2% of revenue by 2030.",
    ),
    # a denial of everyone against the denied deed told of someone
    (
        "No arrests have been made in connection with the burglary at the depot.",
        "A 41-year-old woman was arrested on Saturday in connection with the burglary.",
    ),
    (
        "No one was injured in the blaze at the depot.",
        "Two firefighters were injured in the blaze.",
    ),
    # a stopping denied against a stopping told
    (
        "Services on the northern branch were not suspended, a spokeswoman said.",
        "Northern branch services were halted for two hours after the flooding.",
    ),
    # the other side denies too, but something else
    (
        "Booster clinics will open at the library this weekend, with no booking required.",
        "Free flu shots will not be given at the library on Saturday or Sunday.",
    ),
    # the other side's denial answers a second denial of the denied sentence, not the
    # denial of its predicate
    (
        "Walk-in flu clinics will be held at the town hall on Friday, with no booking needed.",
        "Flu vaccinations will not be offered at the town hall on Friday, though two pharmacies"
        " are giving them without a booking.",
    ),
    (
        "The ferry will sail at noon, with no change to the timetable.",
        "The ferry will not leave at noon, and the operator made the switch without any change"
        " to the timetable.",
    ),
    (
        "The driver did not testify at the inquest, and his lawyer called only one witness.",
        "The driver, who gave evidence for an hour, told the inquest he had relied on his mirrors"
        " and had not been speeding.",
    ),
]

TOGETHER = [
    # both sides deny
    (
        "Police said no arrests were made.",
        "Officers reported that nobody was arrested and no one was hurt.",
    ),
    ("The minister did not respond to calls.", "The minister could not be reached."),
    # the other side denies the same thing in a clause of its own
    (
        "The match passed off quietly and no arrests were made, police said.",
        "Police reported no arrests after the match.",
    ),
    # a verb of reckoning on both sides, neither clause denied
    (
        "Analysts expect the merger to close by March, without a fight from regulators.",
        "Bankers predict the merger will close by March.",
    ),
    # a denial of everyone in another clause
    ("Six crews attended the blaze, and no one was hurt.", "There were no injuries."),
    # a denial of everyone against what each did
    ("None of the eleven miners died.", "All 11 miners came out alive."),
    # a verb or adjective that itself denies
    (
        "The spokesman did not comment on the report.",
        "The spokesman declined to comment on the report.",
    ),
    ("The other 18 people were not injured.", "The other 18 people escaped unharmed."),
    ("The company did not pay the fine.", "The company refused to pay the fine."),
    ("The council did not cancel the order.", "The council refused to cancel the order."),
    # opposite words with one side denied say one thing
    ("A keeper left a service gate unlocked.", "The service gate had not been locked by a keeper."),
    # a denied verb that is the other's opposite, subjects worded apart
    ("The singer died in hospital on Sunday night.", "The star did not survive the night."),
    (
        "All 30 passengers survived the crash on the ridge.",
        "None of the 30 passengers was killed in the crash.",
    ),
    # the same polarity, no opposite
    ("The council approved the budget on Monday.", "Councillors backed the budget on Monday."),
    # a noun or a plural noun that a verb's opposite is spelt like is no predicate
    (
        "The trustees accepted the verdict and will not seek a further hearing.",
        "Their lawyer said they accepted the ruling and would not mount any further challenge.",
    ),
    (
        "The council has approved a ban on new holiday lets in the old town.",
        "Councillors voted to stop new licences being issued in the old town.",
    ),
    (
        "The deal raises the lowest daily wage to 90 dinars from the start of May.",
        "The lowest wage rises to 90 dinars a day once the strike has ended.",
    ),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_denied_or_opposed_is_no_agreement(a: str, b: str) -> None:
    first, second = first_statement(a), first_statement(b)
    assert polarity_apart(first, second)
    assert polarity_apart(second, first)
    judged = judge_statements([first, second])
    assert judged.unchecked or judged.verdict != "agree"


@pytest.mark.parametrize(("a", "b"), TOGETHER)
def test_one_fact_told_both_ways_still_agrees(a: str, b: str) -> None:
    first, second = first_statement(a), first_statement(b)
    assert not polarity_apart(first, second)
    assert not polarity_apart(second, first)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Witnesses saw the court accept the ruling.",
            "Witnesses saw the court refuse to accept the ruling.",
        ),
        (
            "The board approved the merger on Monday.",
            "The board declined to approve the merger on Monday.",
        ),
        ("The company paid the fine in full.", "The company failed to pay the fine in full."),
    ],
)
def test_refusing_what_the_other_side_does_is_no_agreement(a: str, b: str) -> None:
    first, second = first_statement(a), first_statement(b)
    assert polarity_apart(first, second)
    assert polarity_apart(second, first)
