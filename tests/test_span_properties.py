"""Every span a claim carries, its frame's parts included, points at its own text
in the clean source: the invariant that lets a finding show its evidence and its
`file:line`. Checked with hypothesis on sentences built from news words, so that
the frames (actor, predicate, thing, date, time, place) are actually filled."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare import InputError, Source
from compare.extract import extract_claims
from compare.extract.claims import Claim, Span

SUBJECTS = st.sampled_from(
    [
        "Police",
        "The council",
        "Ana Ruiz, 54,",
        "The mayor, Tom Okafor,",
        "Three firefighters",
        "He",
        "Rescue teams from Lyon",
        "The 38-year-old driver",
    ]
)
VERBS = st.sampled_from(
    [
        "arrested",
        "did not approve",
        "approved",
        "rejected",
        "said",
        "reported",
        "killed",
        "injured",
        "closed",
        "reopened",
        "won",
        "lost",
    ]
)
THINGS = st.sampled_from(
    [
        "two men",
        "the plan by 14 votes to 9",
        "about 1,200 homes",
        "more than $3.5 million",
        "the bridge",
        "the final 3-1",
        "12 people",
        "nearly 40% of the budget",
    ]
)
QUALIFIERS = st.lists(
    st.sampled_from(
        [
            "on Tuesday",
            "at 7 p.m.",
            "on 14 March",
            "in the early hours",
            "near the town of Kessab",
            "at the town hall",
            "last week",
            "in Lagos",
        ]
    ),
    max_size=2,
).map(" ".join)
QUOTE = st.sampled_from(
    [
        "",
        ' "We will not stop," she said.',
        " “It was a mess,” the minister told reporters.",
        ' "Nobody was hurt," said Inspector Lee Park.',
    ]
)
SENTENCE = st.builds(
    lambda s, v, t, q, quote: f"{s} {v} {t} {q}".strip() + "." + quote,
    SUBJECTS,
    VERBS,
    THINGS,
    QUALIFIERS,
    QUOTE,
)
ARTICLE = st.lists(
    st.tuples(st.lists(SENTENCE, min_size=1, max_size=3), st.sampled_from(["\n\n", " "])),
    min_size=1,
    max_size=6,
).map(lambda paragraphs: "".join(" ".join(s) + sep for s, sep in paragraphs))


def _spans(record: Any) -> Iterator[tuple[str, Span]]:
    """Every Span among an attrs record's fields, its frame's included."""
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        if isinstance(value, Span):
            yield field.name, value
        elif attrs.has(type(value)):
            for name, span in _spans(value):
                yield f"{field.name}.{name}", span


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE)
def test_every_span_of_every_claim_points_at_its_text(article: str) -> None:
    try:
        source = Source.from_text(article, id="p")
    except InputError:
        return
    for claim in extract_claims(source, qualifiers=True):
        assert isinstance(claim, Claim)
        for name, span in _spans(claim):
            assert 0 <= span.start <= span.end <= len(source.text), (name, span)
            assert source.text[span.start : span.end] == span.text, (name, span)


def test_the_generated_articles_do_fill_frames() -> None:
    """Guard for the property above: on one of its sentences the frame's parts are
    really filled, so the property checks spans and not an empty loop."""
    source = Source.from_text("Police arrested two men on Tuesday near the town of Kessab.", id="p")
    names = {name for claim in extract_claims(source, qualifiers=True) for name, _ in _spans(claim)}
    assert {"frame.predicate", "frame.actor", "frame.thing", "frame.date", "frame.place"} <= names
