"""Property tests (hypothesis): one quotation credited to two people, each named in
full in the quote's own sentence with a title before the name ("said County Clerk
Rosa Delgado" / "said Tom Becker, chairman of the board"), is a speaker conflict,
never a ✓: the title leaves the whole speaker unsure to be one person, but the names
are not. Control: the same person, titled on one side only, still agrees.

The sentences are written for these tests; none comes from a benchmark or corpus.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare import Comparison, Conflict, Verdict, compare_texts

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
OPENING = "The count ended late on Thursday night. "
CLOSING = " The result will be certified next week."

TITLES = ["County Clerk", "Police Chief", "Fire Commissioner", "Deputy Mayor"]
PEOPLE = [("Rosa", "Delgado"), ("Tom", "Becker"), ("Priya", "Nair"), ("Owen", "Hargreaves")]
QUOTES = [
    "Every vote was checked, and then every vote was checked again",
    "We did everything we could to keep people safe tonight",
]


def compare_pair(a: str, b: str) -> Comparison:
    return compare_texts(
        {"a": PUBLISHED + OPENING + a + CLOSING, "b": PUBLISHED + OPENING + b + CLOSING}
    )


def quote_alignments(comparison: Comparison) -> list[tuple[Verdict, Conflict | None]]:
    return [(al.verdict, al.conflict) for al in comparison.alignments if str(al.kind) == "quote"]


@SETTINGS
@given(
    st.sampled_from(TITLES),
    st.sampled_from(PEOPLE),
    st.sampled_from(PEOPLE),
    st.sampled_from(QUOTES),
)
def test_one_quote_from_two_titled_people_is_a_speaker_conflict(
    title: str, first: tuple[str, str], second: tuple[str, str], quote: str
) -> None:
    a = f'"{quote}," said {title} {first[0]} {first[1]}.'
    b = f'"{quote}," said {second[0]} {second[1]}, chairman of the county board.'
    found = quote_alignments(compare_pair(a, b))
    if first == second:  # control: one person, titled on one side only
        assert (Verdict.AGREE, None) in found
    else:
        assert (Verdict.AGREE, None) not in found
        assert (Verdict.DIFFER, Conflict.SPEAKER) in found
