"""Two aligned sentences that each give two days, one told alike and the other not
("signed on 1 October and made public on Friday" / "dated 30 September and released
on Friday"), are no agreement: the day they share does not vouch for the other
(compare/align/sentence_days_places.dates_clash). Articles written here."""

from __future__ import annotations

from conftest import verdicts_of

from compare import Verdict

HEAD = "---\npublished: 2026-10-03\n---\n\n"


def test_one_day_alike_and_one_apart_is_no_agreement() -> None:
    a = "The tribunal's order was signed on 1 October and made public by its clerk on Friday."
    b = "The order, signed on 29 September, was handed to reporters by the clerk on Friday."
    found = verdicts_of(a, b, HEAD + "The clerk spoke briefly. ", HEAD + "Reporters waited. ")
    assert (Verdict.AGREE, None) not in found


def test_two_days_alike_agree() -> None:
    a = "The tribunal's order was signed on 1 October and made public by its clerk on Friday."
    b = "The order, signed on 1 October, was handed to reporters by the clerk on Friday."
    found = verdicts_of(a, b, HEAD + "The clerk spoke briefly. ", HEAD + "Reporters waited. ")
    assert (Verdict.AGREE, None) in found


def test_one_weekday_named_on_both_sides_fits_however_resolved() -> None:
    # published on a Friday: "will" reads Saturday ahead, "would" reads it back, while
    # Friday is that day in both; the Friday they share leaves Saturday no rival
    friday = "---\npublished: 2026-10-02\n---\n\n"
    a = "We will refund tickets bought on Friday or Saturday for the ferry, the operator said."
    b = "The operator said it would refund ferry tickets bought on Friday or Saturday."
    found = verdicts_of(a, b, friday + "The clerk spoke briefly. ", friday + "Reporters waited. ")
    assert all(verdict != Verdict.DIFFER for verdict, _ in found)
