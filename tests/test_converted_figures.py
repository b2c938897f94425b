"""One amount told in two units of one measure ("ten days" / "240 hours", "£750,000" /
"three-quarters of a million pounds"): found as an agreement, and a differing one
("for nine months" / "for a year") no longer hidden behind a ✓; sentences written here."""

from __future__ import annotations

from compare import Source
from compare.align import compare_texts
from compare.align.measure_units import amount, in_one_unit, measured
from compare.extract import Number, extract_claims


def statement_verdicts(a: str, b: str) -> list[tuple[str, str | None]]:
    comparison = compare_texts({"a": a, "b": b})
    return [
        (str(x.verdict), x.conflict and str(x.conflict))
        for x in comparison.alignments
        if x.kind == "statement"
    ]


def figures(text: str) -> list[Number]:
    return [c for c in extract_claims(Source.from_text(text, "a")) if isinstance(c, Number)]


def test_a_figures_unit_and_measure() -> None:
    (weeks,) = figures("The ferry service was halted for three weeks.")
    told = measured(weeks)
    assert told is not None and (told.measure, told.unit) == ("time", "week")
    assert amount(weeks, told) == 21
    (money,) = figures("The painting fetched £1.4 million at the sale.")
    told = measured(money)
    assert told is not None and told.measure == "money:£" and amount(money, told) == 1_400_000
    (people,) = figures("Some 40 volunteers searched the woods.")
    assert measured(people) is None  # a count, not an amount of a measure


def test_two_units_are_told_in_the_larger() -> None:
    (hours,) = figures("The talks went on for 36 hours.")
    (days,) = figures("The talks went on for a day and a half, or 1.5 days.")[-1:]
    (x,), (y,) = in_one_unit([hours], [days])
    assert (x.value, x.unit, y.value, y.unit) == (1.5, "day", 1.5, "days")
    # a unit both sides use is left alone: its figures meet already
    (same,) = figures("The talks went on for 36 hours again.")
    assert in_one_unit([hours], [same]) == ([hours], [same])


def test_one_span_in_two_units_agrees() -> None:
    assert statement_verdicts(
        "The ferry operator has ten days to answer the complaint.",
        "The ferry operator has 240 hours to answer, the regulator said.",
    ) == [("agree", None)]
    assert statement_verdicts(
        "Fog had closed the harbour for two days before the collision.",
        "The collision came after 48 hours of thick fog over the harbour.",
    ) == [("agree", None)]


def test_one_sum_told_with_a_scale_word_agrees() -> None:
    # "three-quarters of a million pounds" is read as £750,000 when extracted, so the
    # two figures meet as numbers; no statement or number may say they differ
    comparison = compare_texts(
        {
            "a": "The lottery win brings a £750,000 jackpot for the syndicate.",
            "b": "The syndicate shares three-quarters of a million pounds in jackpot money.",
        }
    )
    verdicts = {(str(x.kind), str(x.verdict)) for x in comparison.alignments}
    assert ("number", "agree") in verdicts
    assert not any(verdict == "differ" for _, verdict in verdicts)


def test_a_rhythm_and_a_span_stay_apart() -> None:
    # "every four weeks" is how often, "within 28 days" how soon: not one amount
    assert (
        statement_verdicts(
            "Residents will be billed every four weeks under the new scheme.",
            "Residents must pay the first bill within 28 days, the council said.",
        )
        == []
    )


def test_two_spans_of_one_ban_in_two_units_are_no_agreement() -> None:
    verdicts = statement_verdicts(
        "The jockey has been suspended from riding for nine months.",
        "The jockey has been suspended from riding for a year, or 12 months.",
    )
    assert ("agree", None) not in verdicts
    verdicts = statement_verdicts(
        "The jockey was suspended from riding for 18 months on Friday.",
        "The jockey was suspended from riding for two years on Friday.",
    )
    assert verdicts == [("differ", "figure")]


def test_a_share_of_an_amount_is_that_amount() -> None:
    # the extractor reads "a quarter of a million" as one amount, 250,000, not a share
    # of a million; its unit "pounds" is told in sterling like "£"
    (share,) = figures("The syndicate shares a quarter of a million pounds.")
    told = measured(share)
    assert told is not None and told.measure == "money:£" and amount(share, told) == 250_000
    (sign,) = figures("The syndicate shares £250,000.")
    (x,), (y,) = in_one_unit([sign], [share])
    assert (x.value, y.value, y.form, y.unit) == (250_000, 250_000, "money", "£")
    (quarters,) = figures("The drivers waited three-quarters of an hour.")
    (minutes,) = figures("The drivers waited 45 minutes.")
    (x,), (y,) = in_one_unit([quarters], [minutes])
    assert (x.value, x.form, y.value) == (0.75, "cardinal", 0.75)


def test_days_against_months_are_rough() -> None:
    (days,) = figures("The permit lasts 30 days.")
    (months,) = figures("The permit lasts 1 month.")
    (x,), (y,) = in_one_unit([days], [months])
    # "30 days" is a month told roughly: a tenth either way, never exactly
    assert x.low is not None and x.high is not None and x.low < y.value < x.high


def test_a_window_of_time_is_no_amount() -> None:
    # "the past 20 years" is the stretch another fact is told over
    assert (
        statement_verdicts(
            "Little is known of the painter's life over the last two decades.",
            "It was her only interview in the past 20 years, her agent said.",
        )
        == []
    )
