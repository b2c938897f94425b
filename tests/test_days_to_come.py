"""A weekday told of what is to come resolves to the coming day, not the last one.

13 January 2022 was a Thursday: the coming Monday is the 17th, the last one the 10th.
"""

from __future__ import annotations

import pytest

from compare import Source
from compare.extract import Date, extract_claims

PUBLISHED = "2022-01-13"


def day_of(text: str) -> str | None:
    header = f"---\npublished: {PUBLISHED}\n---\n"
    claims = extract_claims(Source.from_text(header + text), qualifiers=True)
    [date] = [c for c in claims if isinstance(c, Date)]
    return date.value


@pytest.mark.parametrize(
    "text",
    [
        "The two brothers are due in court in Marbury on Monday.",
        "About 300 walkers are expected at Monday's charity march.",
        "Heavy snow is forecast for the hills late Monday.",
        "The ferry company hoped to restart crossings on Monday morning.",
        "The library reopens to readers this Monday after repairs.",
        "Her next race, the 400 metres final, is on Monday.",
        "Crossings on the eastern route are suspended until Monday.",
        "The campsite remains shut until Monday.",
        "All lessons have been called off until Monday at the earliest.",
        # "would" after a verb of saying is the future told from the saying
        "The club said it would parade the cup through the old town on Monday.",
        "Organisers announced that the race would restart on Monday.",
        "The ministry told unions it would publish the offer on Monday morning.",
        "A spokeswoman said the line would reopen to freight trains on Monday.",
        "Engineers expected that the pumps would be switched back on on Monday.",
    ],
)
def test_a_day_to_come(text: str) -> None:
    assert day_of(text) == "2022-01-17"


@pytest.mark.parametrize(
    "text",
    [
        "The two brothers appeared in court in Marbury on Monday.",
        "The campsite remained shut until Monday.",
        "The ferry was held in port until Monday.",
        "Walkers gathered at Monday's charity march.",
        # "would" of a past told as past: what came to pass, a habit, a counterfactual
        "The mayor, who would later resign, spoke to the crowd on Monday.",
        "The ferry would have sailed on Monday had the wind dropped.",
        "As a boy he would often walk to the harbour on Monday.",
    ],
)
def test_a_day_gone_by(text: str) -> None:
    assert day_of(text) == "2022-01-10"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The barn burned down on March 3 last year.", "2021-03-03"),
        ("The barn burned down on 3 March last year.", "2021-03-03"),
        ("The new bridge was meant to open in June this year.", "2022-06"),
        ("The new bridge will open on 3 March next year.", "2023-03-03"),
    ],
)
def test_a_month_told_with_a_year_from_the_publication(text: str, value: str) -> None:
    assert day_of(text) == value


def test_last_year_alone_is_no_date() -> None:
    # "last year" against "this year" was two periods' figures, not one date told twice
    header = f"---\npublished: {PUBLISHED}\n---\n"
    claims = extract_claims(
        Source.from_text(header + "The barn was sold last year."), qualifiers=True
    )
    assert [c for c in claims if isinstance(c, Date)] == []
