"""Number forms, one class of reading per group, on sentences written for these tests.

Each case names the figure as written and what it must read as; fields left out
of a case are not checked. Value/low/high follow the documented representation:
a range's value is its first end, a share is a value in [0, 1], a tally keeps
both sides in `pair`.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from compare import Source
from compare.extract import Number, extract_claims
from compare.extract.numbers import find_quantities


def numbers(text: str) -> list[Number]:
    source = Source.from_text("The council met.\n\n" + text, id="t")
    return [c for c in extract_claims(source) if isinstance(c, Number)]


def figure(text: str, written: str) -> Number:
    found = [n for n in numbers(text) if n.text == written]
    assert found, [(n.text, n.value) for n in numbers(text)]
    return found[0]


def check(n: Number, expected: dict[str, Any]) -> None:
    for field, want in expected.items():
        got = getattr(n, field)
        if isinstance(want, float | int) and got is not None and not isinstance(got, str):
            assert got == pytest.approx(want), (field, got, want)
        else:
            assert got == want, (field, got, want)


# Each end of a range keeps its own scale and currency; a scale word at the end serves
# both ends only when the first end is incomplete without it.
RANGES = [
    (
        "The flat sold for $800,000 to $1.3 million in March.",
        "$800,000 to $1.3 million",
        {"value": 800_000, "low": 800_000, "high": 1_300_000, "form": "money", "unit": "$"},
    ),
    (
        "Repairs will cost €450,000 to €2 million, the engineer said.",
        "€450,000 to €2 million",
        {"low": 450_000, "high": 2e6, "form": "money"},
    ),
    (
        "Organisers expected four to five thousand runners on Sunday.",
        "four to five thousand",
        {"value": 4000, "low": 4000, "high": 5000, "unit": "runners"},
    ),
    (
        "The scheme could cost 10 to 20 billion dollars over a decade.",
        "10 to 20 billion",
        {"low": 10e9, "high": 20e9},
    ),
    (
        "Between two and three hundred families lost their homes.",
        "Between two and three hundred",
        {"low": 200, "high": 300, "unit": "families"},
    ),
    (
        "As many as 35 to 40 passengers were treated for smoke.",
        "As many as 35 to 40",
        {"value": 35, "low": 35, "high": 40, "hedge": "as many as", "unit": "passengers"},
    ),
    (
        "Up to 12 to 15 lorries a day will use the new road.",
        "Up to 12 to 15",
        {"value": 12, "low": 12, "high": 15, "hedge": "up to"},
    ),
    (
        "About 20 to 30 volunteers cleaned the beach.",
        "About 20 to 30",
        {"value": 20, "low": 18, "high": 33, "hedge": "about"},
    ),
    (
        "Exports grew by $2.5 billion to $40.1 billion last year.",
        "$2.5 billion",
        {"value": 2.5e9, "low": 2.5e9, "high": 2.5e9},
    ),
]

# m / bn / k / tn after a number are scales, with or without a currency.
SCALES = [
    ("The port shipped 1.2m tons of grain in May.", "1.2m", {"value": 1.2e6, "unit": "tons"}),
    ("The firm sold 35m devices last year.", "35m", {"value": 35e6, "unit": "devices"}),
    ("The account has 40k followers now.", "40k", {"value": 40e3, "unit": "followers"}),
    ("The deal is worth £3.2bn to the city.", "£3.2bn", {"value": 3.2e9, "form": "money"}),
    ("The budget rose to $1.1tn this year.", "$1.1tn", {"value": 1.1e12, "form": "money"}),
    ("Some 2.4 mln people voted early.", "Some 2.4 mln", {"value": 2.4e6, "hedge": "some"}),
    ("The new tower is 5m tall.", "5", {"value": 5, "unit": "m"}),
]

# Number words and scale words in any combination, digits among them.
WORDS = [
    ("The fund lost 4 hundred million dollars.", "4 hundred million", {"value": 4e8}),
    ("Police counted two hundred thousand marchers.", "two hundred thousand", {"value": 2e5}),
    ("The city has a million trees.", "a million", {"value": 1e6, "unit": "trees"}),
    ("Half a million people signed it.", "Half a million", {"value": 5e5, "unit": "people"}),
    ("The trip took two and a half years.", "two and a half", {"value": 2.5, "unit": "years"}),
    ("They released a million and a half wasps.", "a million and a half", {"value": 1.5e6}),
    ("She raised 1.5 million pounds for the hospice.", "1.5 million", {"value": 1.5e6}),
    ("They planted a dozen oaks.", "a dozen", {"value": 12, "unit": "oaks"}),
    ("The hall seats one hundred and six thousand fans.", None, {"value": 106_000}),
]

# Fractions and "N in/out of M" are shares of the counted thing, in [0, 1].
SHARES = [
    ("Two-thirds of voters backed the plan.", "Two-thirds", {"value": 2 / 3, "unit": "voters"}),
    ("One in three adults skips breakfast.", "One in three", {"value": 1 / 3, "unit": "adults"}),
    ("Three-quarters of the staff work remotely.", "Three-quarters", {"value": 0.75}),
    ("A third of the patients were over 80.", "A third", {"value": 1 / 3, "unit": "patients"}),
    ("Nine out of ten dentists agree.", "Nine out of ten", {"value": 0.9, "unit": "dentists"}),
    ("Nearly half of the residents left.", "Nearly half", {"value": 0.5, "hedge": "nearly"}),
    ("A quarter of the budget is spent on schools.", "A quarter", {"value": 0.25}),
    ("One in every five homes floods.", "One in every five", {"value": 0.2, "unit": "homes"}),
    ("It passed, and two-thirds of voters agreed.", "two-thirds", {"value": 2 / 3}),
]

# Mixed fractions.
MIXED = [
    ("The trial lasted 4½ months.", "4½", {"value": 4.5, "unit": "months"}),
    ("The trial lasted 4 1/2 months.", "4 1/2", {"value": 4.5, "unit": "months"}),
    ("The rope is 2¼ metres long.", "2¼", {"value": 2.25}),
    ("Add ½ cup of sugar.", "½", {"value": 0.5, "unit": "cup"}),
]

# Thousands separators of every common style.
SEPARATORS = [
    ("The town has 12 000 residents.", "12 000", {"value": 12000, "unit": "residents"}),
    ("The town has 12\u2009000 residents.", "12\u2009000", {"value": 12000}),
    ("The town has 12\u202f000 residents.", "12\u202f000", {"value": 12000}),
    ("The town has 1,250,000 residents.", "1,250,000", {"value": 1_250_000}),
    ("The region counts 1.250.000 residents.", "1.250.000", {"value": 1_250_000}),
]

# Tallies and scores keep both sides, never averaged.
TALLIES = [
    ("The board approved it by a vote of 7 to 2.", "7 to 2", {"pair": (7, 2), "value": 7}),
    ("The Hawks won 65-53 on Sunday.", "65-53", {"pair": (65, 53), "form": "tally"}),
    ("The court ruled 5-4 in the case.", "5-4", {"pair": (5, 4), "form": "tally"}),
    ("It passed by 310 votes to 205.", "310 votes to 205", {"pair": (310, 205), "unit": "votes"}),
    ("The teams drew 2-2 in the final.", "2-2", {"pair": (2, 2), "form": "tally"}),
    # a score after the beaten side's name, told with an -ing form or "held off"
    ("Rosario won the darts final, beating Ilse Marten 7-4.", "7-4", {"pair": (7, 4)}),
    ("The Otters held off the Lakeside Herons 31-29.", "31-29", {"pair": (31, 29)}),
    ("She took the title, defeating Tomasz Wierzba 6-3.", "6-3", {"pair": (6, 3)}),
    # a vote's tally after the name of what was voted on
    ("Trustees voted to sell Ferncliff Lodge 6-3.", "6-3", {"pair": (6, 3)}),
    ("The assembly passed the motion to rename Harbour Park 11-4.", "11-4", {"pair": (11, 4)}),
    ("The bill passed 51 to 49 in the Senate.", "51 to 49", {"pair": (51, 49)}),
    # counts of thousands, written with their separators: no year
    ("Members voted 2,416 to 387 to strike.", "2,416 to 387", {"pair": (2416, 387)}),
    ("It passed by 1,305 votes to 912.", "1,305 votes to 912", {"pair": (1305, 912)}),
    ("Yes won by 1,204,330 to 998,120.", "1,204,330 to 998,120", {"pair": (1_204_330, 998_120)}),
    # shares of a vote set against each other, beside a word of scores
    ("She won the runoff 54% to 46%.", "54% to 46%", {"pair": (54, 46), "form": "tally"}),
    (
        "It passed by a 51 per cent to 49 per cent margin.",
        "51 per cent to 49 per cent",
        {"pair": (51, 49), "unit": "%"},
    ),
    # a vote told by its sides
    (
        "It was carried by 1,804,220 votes in favour to 1,511,040 against.",
        "1,804,220 votes in favour to 1,511,040 against",
        {"pair": (1_804_220, 1_511_040), "unit": "votes"},
    ),
    (
        "The motion passed with 212 for and 198 against.",
        "212 for and 198 against",
        {"pair": (212, 198)},
    ),
    (
        "Okafor finished with 9,310 votes to Lindqvist's 9,288.",
        "9,310 votes to Lindqvist's 9,288",
        {"pair": (9310, 9288)},
    ),
]

# What a number counts.
COUNTED = [
    ("A mother of two died in the fire.", "two", {"value": 2, "unit": "children"}),
    ("The father-of-three was released.", "three", {"unit": "children"}),
    ("A grandmother of five spoke first.", "five", {"unit": "grandchildren"}),
    ("He was a father of two boys.", "two", {"unit": "boys"}),
    ("Two of the victims were children.", "Two", {"unit": "victims"}),
]

# "one" counting a thing is read (form "single"); one of a measure stays a cardinal.
SINGLES = [
    ("The storm felled one oak in the park.", "one", {"value": 1, "form": "single", "unit": "oak"}),
    ("One of the nurses won the prize.", "One", {"form": "single", "unit": "nurses"}),
    ("It is one of our busiest stations.", "one", {"form": "single"}),
    ("One Welsh farmer lost his flock.", "One", {"form": "single"}),
    ("Turnout rose by one percent.", "one percent", {"value": 1, "form": "percent"}),
    ("The ban lasted one year.", "one", {"value": 1, "form": "cardinal", "unit": "year"}),
]

# Hedges: before the figure, after it, and carried into a conversion in brackets.
HEDGES = [
    ("The wall runs more than 100 kilometres (62 miles).", "62", {"hedge": "more than"}),
    ("The crowd was 500 or so people.", "500 or so", {"hedge": "or so", "low": 450}),
    ("He has been jobless for over two years.", "over two", {"hedge": "over", "high": None}),
    ("Over three days of talks, little changed.", "three", {"hedge": None}),
]


@pytest.mark.parametrize(
    ("text", "written", "expected"),
    RANGES + SCALES + WORDS + SHARES + MIXED + SEPARATORS + TALLIES + COUNTED + SINGLES + HEDGES,
)
def test_number_form(text: str, written: str | None, expected: dict[str, Any]) -> None:
    if written is None:
        found = numbers(text)
        assert len(found) == 1, [(n.text, n.value) for n in found]
        check(found[0], expected)
    else:
        check(figure(text, written), expected)


@pytest.mark.parametrize(
    "text",
    [
        "Two-thirds of voters backed the plan.",
        "Nine out of ten dentists agree.",
        "Half of the residents left.",
    ],
)
def test_shares_have_the_share_form(text: str) -> None:
    (n,) = numbers(text)
    assert n.form == "share" and 0 < n.value <= 1


def test_percent_keeps_its_figure() -> None:
    n = figure("Turnout was 25% in the north.", "25%")
    assert (n.value, n.form) == (25, "percent")


@pytest.mark.parametrize(
    "text",
    [
        "The bakery on 97th Avenue reopened.",
        "The shop moved to Fifth Avenue last spring.",
        "Call 555-0142 for tickets.",
        "Call (617) 555-0199 or 1-800-555-0123 for help.",
        "The hotline is +44 20 7946 0958 from abroad.",
        "The quote is on page 12 of the report.",
        "Flight 370 left at night.",
        "He wore shirt No. 9 and the #10 cap.",
        "The 22nd Amendment limits terms.",
        "The bridge opened in 1997 and was repaired in 2014.",
        "In 2019 residents voted on the plan.",
        "The 2019-20 season ended early.",
        "Sales rose from 2010 to 2015.",
        "The code 007 opened the safe.",
        "The iPhone 15 went on sale.",
        "The embassy is at 1600 Pennsylvania Avenue.",
        "The board approved a 2-for-1 split.",
        "No one answered the door.",
        "One could argue the plan came late.",
        "The neighbours help one another.",
        "One day the river rose.",
        "She picked the red one and left.",
        "One of them waved from the boat.",
        "At one point the lights failed.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert [(n.text, n.value) for n in numbers(text)] == []


def test_a_fall_from_one_figure_to_another_is_no_tally() -> None:
    found = numbers("The rate fell from 51 to 49 last year.")
    read = [(n.value, n.form, n.pair) for n in found]
    assert read == [(51, "cardinal", None), (49, "cardinal", None)]


def test_an_ascending_dash_pair_is_a_range() -> None:
    n = figure("Children aged 5-11 can apply.", "5-11")
    assert (n.low, n.high, n.form, n.pair) == (5, 11, "cardinal", None)


def test_ordinal_in_a_plain_phrase_still_counts() -> None:
    n = figure("It was the fourth meeting this year.", "fourth")
    assert (n.value, n.form) == (4, "ordinal")


def test_second_half_is_not_a_share() -> None:
    found = numbers("Prices rose in the second half of the year.")
    assert all(n.form != "share" for n in found)


def test_a_third_term_is_not_a_share() -> None:
    found = numbers("She won a third term in office.")
    assert [(n.value, n.form) for n in found] == [(3, "ordinal")]


def test_a_number_too_large_is_skipped_not_infinite() -> None:
    huge = "9" * 400
    found = numbers(f"The counter showed {huge} clicks and 12 errors.")
    assert [n.value for n in found] == [12]


def test_european_decimal_comma() -> None:
    text = "Die Inflation lag bei 3,5 % und die Stadt hat 1.250.000 Einwohner und 2.500 Hunde."
    found = {n.text: n.value for n in numbers(text)}
    assert found["3,5 %"] == pytest.approx(3.5)
    assert found["2.500"] == 2500


def test_a_stray_list_does_not_make_english_text_european() -> None:
    found = {n.text: n.value for n in numbers("Items 1,2,3 were sold to 1,250 buyers.")}
    assert found["1,250"] == 1250


def test_english_decimal_point_stays() -> None:
    found = {n.text: n.value for n in numbers("Prices rose 2.5% and 1.250 tonnes were sold.")}
    assert found["2.5%"] == pytest.approx(2.5)
    assert found["1.250"] == pytest.approx(1.25)


PATHOLOGICAL = {
    "digits": "0123456789" * 10_000,
    "comma groups": ",".join(["123"] * 25_000),
    "space groups": " ".join(["123"] * 25_000),
    "dot groups": ".".join(["123"] * 25_000),
    "number words": " ".join(["one hundred and twenty-five thousand to"] * 2_500),
    "mixed": " ".join(["1,2", "3 000", "to", "½", "4/5", "million", "a", "half", "-"] * 3_000),
}


def _machine_speed() -> float:
    """Seconds for a fixed amount of plain Python work: about 0.05 on an idle machine.
    Time bounds are scaled by it, so that a loaded machine does not fail the test."""
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        total = 0
        for i in range(500_000):
            total += i
        best = min(best, 2 * (time.perf_counter() - started))
    return max(best, 0.05)


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        list(find_quantities(text, 0, len(text)))
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize("kind", sorted(PATHOLOGICAL))
def test_no_pathological_backtracking(kind: str) -> None:
    # 100 KB without a sentence end must be read in linear time: doubling the input must
    # not much more than double the time (backtracking would square it). The absolute
    # bound, 40 units of plain Python work (about 2 s idle), only catches a blow-up: the
    # densest input here holds some 11,000 amounts; the machine's load is measured before
    # and after, so that a busy machine does not fail the test.
    text = PATHOLOGICAL[kind][:100_000]
    before = _machine_speed()
    half = _seconds(text[:50_000])
    whole = _seconds(text)
    unit = max(before, _machine_speed())
    assert whole < 40 * unit, (whole, unit)
    assert whole < 3.5 * half + 5 * unit, (whole, half, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Sales are expected to grow 5% to 7% this year.",  # rising: a range
        "The shares lost 5% to 3% in a day.",  # too small a part of a whole for a vote
        "Turnout was 62% to 38% lower than last time.",  # no word of scores
    ],
)
def test_percents_that_are_no_vote_tally(text: str) -> None:
    assert all(n.form != "tally" for n in numbers(text))


def test_the_last_digits_of_a_grouped_figure_start_no_share() -> None:
    # "$4,750 in 2019" is a sum and a year, not "750 in 2019" (a share of 0.37)
    found = numbers("The council paid a contractor $4,750 in 2019 for the survey.")
    assert [(n.text, n.form) for n in found] == [("$4,750", "money")]
    assert [n.text for n in numbers("About 2 in 300 patients react badly.")] == ["About 2 in 300"]


def test_a_scale_after_a_spaced_hyphen_is_the_figures_scale() -> None:
    # tokenised news text spaces every hyphen: "a 90 - day stay", "$143 - billion"
    found = numbers("The lenders agreed a $143 - billion rescue and a 20 - million loan.")
    assert [(n.text, n.value) for n in found] == [("$143 - billion", 143e9), ("20 - million", 20e6)]
    # a range written with a spaced dash keeps its ends
    (between,) = numbers("Between 10 - 12 people were hurt.")
    assert (between.low, between.high) == (10, 12)


def test_a_verb_after_a_share_is_not_what_it_counts() -> None:
    (share,) = numbers("In the poll, one in three disagreed with the plan.")
    assert (share.form, share.unit) == ("share", None)
    (counted,) = numbers("One in three adults disagreed with the plan.")
    assert counted.unit == "adults"
