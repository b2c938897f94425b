"""Days and times of one event told with a fixed phrase of happening ("went off",
"took place", "got under way") or of coming into force ("takes effect", "comes
into force") (compare.align.event_phrases), and an occurrence word that belongs to
another stretch of the sentence. Articles written here."""

from __future__ import annotations

import pytest

from compare import Conflict, Verdict, compare_texts, extract_claims
from compare.align.noun_kinds import noun_kind_of
from compare.align.when_where import is_stamp
from compare.ingest import Source

PUBLISHED = "---\npublished: 2026-10-08\n---\n\n"
FILLER = " Officials gave few other details."


def _found(a: str, b: str, kind: str) -> list[tuple[Verdict, Conflict | None]]:
    comparison = compare_texts({"a.md": PUBLISHED + a + FILLER, "b.md": PUBLISHED + b + FILLER})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == kind]


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        (
            "The parade, which draws bands from six countries, got under way at 9.15am.",
            "The parade got under way at 10.30am in a stiff breeze.",
            "time",
        ),
        (
            "The relay, which is the oldest in the county, went off at 2.20pm.",
            "The relay went off at 2.55pm after a false start, with 30,000 people watching "
            "since the first relay at 12.30pm.",
            "time",
        ),
        (
            "The new parking charges take effect on May 4.",
            "The city's parking scheme comes into force on June 1.",
            "date",
        ),
        (
            "The festival's opening ceremony took place on Friday, June 12.",
            "The opening ceremony took place on Saturday, June 13, before a crowd of 5,000.",
            "date",
        ),
    ],
)
def test_a_phrase_of_happening_or_of_coming_into_force_dates_one_event(
    a: str, b: str, kind: str
) -> None:
    kind_conflict = Conflict.TIME if kind == "time" else Conflict.DATE
    assert (Verdict.DIFFER, kind_conflict) in _found(a, b, kind)


def test_two_things_taking_effect_in_one_article_pair_neither() -> None:
    a = "The first fare rise takes effect on March 1. A second takes effect on July 1."
    b = "The new fares take effect on April 1."
    assert _found(a, b, "date") == []


def test_an_earlier_occurrence_in_its_own_stretch_stays_apart() -> None:
    a = "The second race went off at 3.10pm."
    b = "The race went off at 3.45pm, an hour after the first."
    assert (Verdict.DIFFER, Conflict.TIME) not in _found(a, b, "time")


def test_a_hedged_time_before_its_day_is_no_page_stamp() -> None:
    text = "The boy was found safe at a farm shortly after 4 a.m. Sunday."
    times = [c for c in extract_claims(Source.from_text(text, id="x")) if c.kind == "time"]
    assert times and not any(is_stamp(t) for t in times)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The alarm was raised at 6.10pm when a walker saw smoke on the hill.",
            "The walkers dialled 999 at around 7.30pm, the fire service said.",
        ),
        (
            "The landslip was reported at 9:20 a.m. by a bus driver.",
            "The alarm was first raised at 11:05 a.m., according to the council.",
        ),
        (
            "The captain sent a mayday at 1.40am as the hold flooded.",
            "The distress call came in at 3.05am, the coastguard said.",
        ),
    ],
)
def test_the_call_for_help_is_one_event(a: str, b: str) -> None:
    assert (Verdict.DIFFER, Conflict.TIME) in _found(a, b, "time")


def test_the_alarm_and_the_outbreak_are_two_moments() -> None:
    a = "Crews were called when the alarm was raised shortly after 1.15am."
    b = "The fire started at about 2.40am, and flames soon reached the roof."
    assert (Verdict.DIFFER, Conflict.TIME) not in _found(a, b, "time")


def test_an_adverb_of_sequence_anywhere_in_the_sentence_parts_two_deeds() -> None:
    a = "He initially ignored a warning Monday, but then heard the news on Wednesday."
    b = "At a hearing on Thursday, the court heard evidence from two witnesses."
    assert (Verdict.DIFFER, Conflict.DATE) not in _found(a, b, "date")


def test_a_noun_and_a_kind_of_it_name_one_event() -> None:
    a = "The blaze broke out at about 3.10am in a storage hall."
    b = "The fire began shortly before 5 a.m., according to the operator."
    assert (Verdict.DIFFER, Conflict.TIME) in _found(a, b, "time")


def test_two_kinds_of_one_more_general_noun_stay_two_events() -> None:
    assert noun_kind_of("blaze", "fire") and noun_kind_of("heist", "robbery")
    assert not noun_kind_of("crash", "collision")  # both accidents: siblings
