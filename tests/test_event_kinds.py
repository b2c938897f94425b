"""Times and days of one event told with a verb and a kind of it
(compare.align.event_kinds): "touched down" / "landed", "lifted off" / "departed",
an idiom WordNet lists whole ("gave way" / "collapsed").
Two verbs that only share a more general one ("stabbed" / "shot": ways to wound)
stay two events. Articles written here."""

from __future__ import annotations

import pytest
from conftest import time_verdicts

from compare import Conflict, Verdict, compare_texts
from compare.align.verb_kinds import kind_of, predicate_lemma
from compare.extract import extract_claims
from compare.ingest import Source

PUBLISHED = "---\npublished: 2026-10-08\n---\n\n"
FILLER = " Officials gave few other details."


def _times(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    return time_verdicts(a, b, PUBLISHED, FILLER, FILLER)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The jet touched down at 3:42 p.m. in heavy rain.", "The jet landed at 4:25 p.m."),
        (
            "The rocket lifted off at 10:42 a.m. from the coast.",
            "The rocket departed at 11:58 a.m.",
        ),
        ("The old pier gave way at 2:15 a.m. in the storm.", "The old pier collapsed at 3:40 a.m."),
    ],
)
def test_a_verb_and_a_kind_of_it_tell_one_event(a: str, b: str) -> None:
    assert (Verdict.DIFFER, Conflict.TIME) in _times(a, b)


def test_two_kinds_of_one_more_general_verb_stay_two_events() -> None:
    a = "The guard was stabbed at 3 p.m. near the gate."
    b = "The guard was shot at 5 p.m., police said."
    assert _times(a, b) == []


def test_a_day_told_in_another_zone_is_not_the_event_day() -> None:
    a = (
        "The singer passed away at 6:41 p.m. PST (0241 GMT Friday) in a Los Angeles "
        "hospital, her agent said."
    )
    b = "The singer died in a Los Angeles hospital on Thursday, her agent said."
    comparison = compare_texts({"a.md": PUBLISHED + a, "b.md": PUBLISHED + b})
    assert [al for al in comparison.alignments if al.kind == "date"] == []
    assert all(al.conflict != Conflict.DATE for al in comparison.alignments)


def test_an_idiom_is_read_whole_with_the_verb() -> None:
    text = PUBLISHED + "The council pulled the plug on the fair on Monday."
    claims = extract_claims(Source.from_text(text, id="a"))
    (day,) = [c for c in claims if c.kind == "date"]
    assert predicate_lemma(day) == "pull_the_plug"
    assert kind_of("pull_the_plug", "stop") and kind_of("give_way", "collapse")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The ferry set off at 9:10 a.m. from the harbour.", "The ferry arrived at 11:30 a.m."),
        ("The glider took off at 6:05 a.m. from the field.", "The glider landed at 8:20 a.m."),
    ],
)
def test_a_light_verbs_phrasal_verb_is_its_own_event(a: str, b: str) -> None:
    # "set off" and "took off" name an event of their own, not one with the arrival
    assert _times(a, b) == []
