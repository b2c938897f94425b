"""A page's stamp printed in capitals ("9:53 AM, MON 22 JUL 2013") is a stamp as
one in title case is (compare/align/when_where.is_stamp): two pages' stamps are no
moments of the story. Pages written here."""

from __future__ import annotations

import pytest

from compare import extract_claims
from compare.align.when_where import is_stamp
from compare.extract.claims import Time
from compare.ingest import Source


@pytest.mark.parametrize(
    "page",
    [
        "9:53 AM, MON 22 JUL 2013\nFerry sails late\nThe ferry left the harbour late.",
        "10:24 AM, TUESDAY 3 SEP 2013\nFerry sails late\nThe ferry left the harbour late.",
    ],
)
def test_a_stamp_in_capitals_is_a_stamp(page: str) -> None:
    times = [c for c in extract_claims(Source.from_text(page, id="a")) if isinstance(c, Time)]
    assert times and all(is_stamp(t) for t in times)


def test_a_time_in_prose_beside_capitals_is_no_stamp() -> None:
    page = "The ferry left the harbour at 9:53 AM, MONDAY crews said, after repairs."
    times = [c for c in extract_claims(Source.from_text(page, id="a")) if isinstance(c, Time)]
    assert times and not any(is_stamp(t) for t in times)
