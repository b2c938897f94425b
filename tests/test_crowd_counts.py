"""Those present at an event, counted or measured: "9,800 spectators", "put the crowd
at 7,300", "Attendance was 22,400", "an audience estimated at 1,200" state one figure
(numbers.unit_key's counting nouns). A figure stated as the size of its noun ("put
the crowd at 7,300") is the whole thing counted, which ties two sole figures
(sole_ties). Sentences written here, in domains of their own."""

from __future__ import annotations

from compare import Source, Verdict, compare_texts
from compare.align.numbers import unit_key
from compare.extract import Number, extract_claims


def _figure_conflicts(a: str, b: str) -> list[tuple[str, str]]:
    comparison = compare_texts({"a": a, "b": b})
    return [
        tuple(m.text for m in al.members)
        for al in comparison.alignments
        if al.kind == "number" and al.verdict == Verdict.DIFFER
    ]


def _figure(text: str, value: float) -> Number:
    (found,) = [
        c
        for c in extract_claims(Source.from_text(text, id="t"))
        if isinstance(c, Number) and c.value == value
    ]
    return found


def test_a_crowd_an_attendance_and_spectators_count_one_thing():
    crowd = _figure("Stewards put the crowd at 7,300.", 7300)
    attendance = _figure("Attendance was 22,400, the league said.", 22400)
    spectators = _figure("The derby was watched by 9,800 spectators.", 9800)
    assert unit_key(crowd) == unit_key(attendance) == unit_key(spectators)


def test_a_crowd_put_at_a_figure_against_an_attendance_given():
    a = "The hurling final in Thurles drew a full house. Attendance was given as 22,400."
    b = "Kilkenny won a tense final in Thurles, where organisers put the crowd at 30,100."
    assert ("22,400", "30,100") in _figure_conflicts(a, b)


def test_spectators_against_a_crowd_put_at_a_figure():
    a = "Holm Rovers won the cup in front of 9,800 spectators at Lindvall Park on Sunday."
    b = "Police put the crowd at 7,300 as Rovers lifted the cup for the first time."
    assert ("9,800", "7,300") in _figure_conflicts(a, b)


def test_another_seasons_crowd_stays_apart():
    a = "Last year's final at Lindvall Park drew 9,800 spectators."
    b = "Police put the crowd at 7,300 as Rovers lifted the cup on Sunday."
    assert _figure_conflicts(a, b) == []


def test_away_fans_are_no_crowd():
    a = "Holm Rovers won the cup in front of 9,800 spectators at Lindvall Park on Sunday."
    b = "Police said 3,100 away fans travelled to Lindvall Park for the final."
    assert _figure_conflicts(a, b) == []
