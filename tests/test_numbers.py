"""Numbers: values, intervals, hedges and counted units, on sentences written here."""

from __future__ import annotations

import pytest

from compare import Source, compare_texts
from compare.extract import Number, extract_claims
from compare.extract.claims import figure_text


def numbers(text: str) -> list[Number]:
    source = Source.from_text("The council met.\n\n" + text, id="t")
    return [c for c in extract_claims(source) if isinstance(c, Number)]


def one(text: str) -> Number:
    found = numbers(text)
    assert len(found) == 1, [(n.text, n.value) for n in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Officials counted 12,500 ballots by noon on Monday.", 12500, "ballots"),
        ("Turnout reached 61.4% across the city on Monday.", 61.4, "%"),
        ("Turnout reached 61.4 per cent across the city on Monday.", 61.4, "%"),
        ("Milk prices rose 7pc in the year to March.", 7, "%"),
        ("The school bought 30 PCs for its library.", 30, "PCs"),
        ("The city will borrow $200 million for the new bridge.", 200e6, "$"),
        ("The repairs will cost £1.5bn over the next decade.", 1.5e9, "£"),
        ("The region has eight hospitals and no airport at all.", 8, "hospitals"),
        ("Police said one hundred and six thousand people marched.", 106000, "people"),
        ("The 27-member council voted on the plan on Monday.", 27, "member"),
        ("Police arrested twenty-five protesters near the bridge.", 25, "protesters"),
        ("The last of four planned hearings took place on Monday.", 4, "planned hearings"),
    ],
)
def test_values_and_units(text, value, unit):
    n = one(text)
    assert n.value == pytest.approx(value)
    assert n.unit == unit


def test_ordinal():
    n = one("The council met for the fourth and final session on Monday.")
    assert (n.value, n.form, n.unit) == (4, "ordinal", "session")


def test_range_shares_its_scale_word():
    n = one(
        "The plan will cost 10 to 20 billion dollars over ten years.".replace(
            "ten years", "a decade"
        )
    )
    assert (n.low, n.high) == (10e9, 20e9)


def test_between_range():
    n = one("Between 300 and 400 residents attended the meeting on Monday.")
    # A range's value is its first end as written: no article states the midpoint.
    assert (n.low, n.high, n.value) == (300, 400, 300)


@pytest.mark.parametrize(
    ("text", "hedge", "low", "high"),
    [
        ("Roughly 1,000 residents attended the meeting.", "roughly", 900, 1100),
        ("More than 1,000 residents attended the meeting.", "more than", 1000, None),
        ("At least 1,000 residents attended the meeting.", "at least", 1000, None),
        ("Nearly 1,000 residents attended the meeting.", "nearly", 900, 1000),
        ("Up to 1,000 residents attended the meeting.", "up to", 0, 1000),
        ("Some 1,000 residents attended the meeting.", "some", 900, 1100),
        ("Fewer than 1,000 residents attended the meeting.", "fewer than", 0, 1000),
    ],
)
def test_hedges_are_intervals(text, hedge, low, high):
    n = one(text)
    assert n.hedge == hedge
    assert n.low == pytest.approx(low)
    assert (n.high is None and high is None) or n.high == pytest.approx(high)


@pytest.mark.parametrize(
    "text",
    [
        "The bridge was built in 1997 and repaired in 2014 after a flood.",
        "The vote was held on January 13, 2022 at the town hall.",
        "The meeting starts at 5:30 p.m. in the council chamber.",
        # abbreviations spaced out, as some sources write them: still a clock time
        "The ferry left the harbour shortly after 4 p. m. on Sunday.",
        "The G7 and COVID-19 were not on the agenda of the council.",
        "The council sits in Room 214 of the town hall on Mondays.",
        # a number made a noun by "-ers": a team's name, no count of "ers"
        "Fans of the Harbour 76ers lined the street after the parade.",
    ],
)
def test_years_dates_times_and_identifiers_are_not_quantities(text):
    assert numbers(text) == []


def test_over_a_duration_is_not_a_hedge():
    n = one("Over three days of hearings, the council heard from residents.")
    assert n.hedge is None and n.unit == "days"


def test_reporter_is_kept():
    n = one("The police said it had counted 4,000 marchers near the bridge.")
    assert n.reported_by == "The police"


def test_number_in_a_quote_is_reported_by_the_speaker():
    found = numbers("“We counted 4,000 marchers,” said Ana Ruiz, the police chief.")
    assert found[0].reported_by == "Ana Ruiz"


def test_number_offsets_point_at_the_text():
    source = Source.from_text("Officials counted 12,500 ballots by noon.", id="t")
    n = next(c for c in extract_claims(source) if isinstance(c, Number))
    assert source.text[n.start : n.end] == n.text == "12,500"


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Dozens of residents attended the meeting on Monday.", 12, 120),
        ("Tens of thousands of residents attended the rally on Monday.", 1e4, 1e5),
        ("The project will cost hundreds of billions of dollars in the end.", 1e11, 1e12),
        ("Millions  of   people watched the debate on Monday night.", 1e6, 1e7),
    ],
)
def test_vague_amounts_are_ranges(text, low, high):
    n = one(text)
    assert (n.low, n.high) == (low, high)


def _number_verdicts(a: str, b: str) -> list[str]:
    base = "The council met on Monday in the town hall.\n\n"
    comparison = compare_texts({"a": base + a, "b": base + b})
    return [x.verdict for x in comparison.alignments if x.kind == "number"]


def test_tallies_with_different_results_never_agree():
    a = "The council approved the budget by a vote of 7 to 2 on Monday night."
    b = "The council approved the budget by a vote of 7 to 3 on Monday night."
    assert _number_verdicts(a, b) == ["differ"]


def test_same_tally_agrees():
    a = "The council approved the budget by a vote of 7 to 2 on Monday night."
    b = "The council approved the budget by a vote of 7-2 on Monday night."
    assert _number_verdicts(a, b) == ["agree"]


def test_tally_figure_shows_both_sides():
    (n,) = numbers("The council approved the budget by a vote of 7 to 2.")
    assert figure_text(n) == "7–2"


def test_extract_listing_shows_a_tally_as_both_sides():
    from compare.report.claims import describe

    (n,) = numbers("The council approved the budget by a vote of 7 to 2.")
    assert describe(n).startswith("7–2 ")


def test_a_count_of_one_never_differs_from_another_figure():
    # "one firefighter" is read (form "single") but is an article as much as a count:
    # alignment compares it only with an equal figure, never as a discrepancy.
    a = "One firefighter was injured in the blaze at the warehouse on Monday, officials said."
    b = "Two firefighters were injured in the blaze at the warehouse on Monday, officials said."
    assert [n.form for n in numbers(a)] == ["single"]
    assert "differ" not in _number_verdicts(a, b)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("The new roof should last three decades or more.", 3, None, "decades"),
        ("The ferry crossing takes 40 minutes or longer in winter.", 40, None, "minutes"),
        ("The choir will need 20 singers or fewer for the tour.", 0, 20, "singers"),
        ("The lighthouse keeper stayed 30 years or so.", 27, 33, "years"),
        ("The orchard has 60-odd apple trees.", 60, None, "apple trees"),
    ],
)
def test_a_hedge_after_the_counted_noun(text, low, high, unit):
    n = one(text)
    assert (n.low, n.high, n.unit) == (low, high, unit)


def test_a_bound_after_the_noun_agrees_with_one_before_the_figure():
    from compare.align import compare_texts

    comparison = compare_texts(
        {
            "a": "The engineers said the new dam would hold back the river for at least 80 years.",
            "b": "Engineers expect the new dam to hold back the river for eight decades or more.",
        }
    )
    found = [(str(x.verdict), [m.text for m in x.members]) for x in comparison.alignments]
    assert ("agree", ["at least 80", "eight"]) in found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Nearly 400 volunteers joined the harbour clean-up on Saturday.",
            "The organisers said 392 volunteers turned up at the harbour.",
        ),
        (
            "The storm left almost 600 homes without power overnight.",
            "Engineers restored electricity to the 588 homes cut off by the storm.",
        ),
    ],
)
def test_a_hedged_figure_pairs_with_the_exact_one_it_holds(a, b):
    # "nearly 400" rounds what the other outlet counted (392): one figure told twice,
    # though the verbs differ; shown as approximate, never as a discrepancy.
    assert _number_verdicts(a, b) == ["approximate"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Kenyan runner won the city race in 2:09:14 on a cold morning.", 7754),
        ("The swimmer touched the wall in 2:01.38 to take the gold medal.", 121.38),
        ("The winner crossed the line in 2 hours, 9 minutes and 14 seconds.", 7754),
        ("The Belgian rider conceded 3min 20sec on the final climb.", 200),
    ],
)
def test_race_times_are_spans_in_seconds(text, value):
    n = one(text)
    assert (n.value, n.unit) == (pytest.approx(value), "seconds")


def test_a_clock_time_of_day_is_no_race_time():
    assert numbers("The ferry left the harbour at 14:05 on Saturday.") == []


def test_a_race_time_in_words_agrees_with_its_clock_notation():
    a = "Amos Rotich won the city marathon in 2 hours, 9 minutes and 14 seconds."
    b = "Amos Rotich clocked 2:09:14 to win the city marathon."
    assert _number_verdicts(a, b) == ["agree"]
