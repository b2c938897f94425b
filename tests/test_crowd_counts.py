"""Those present at an event, counted or measured: "9,800 spectators", "put the crowd
at 7,300", "Attendance was 22,400", "an audience estimated at 1,200" state one figure
(numbers.unit_key's counting nouns). A figure stated as the size of its noun ("put
the crowd at 7,300") is the whole thing counted, which ties two sole figures
(sole_ties). Sentences written here, in domains of their own."""

from __future__ import annotations

from conftest import figure_conflicts, figure_valued

from compare.align.numbers import unit_key


def test_a_crowd_an_attendance_and_spectators_count_one_thing():
    crowd = figure_valued("Stewards put the crowd at 7,300.", 7300)
    attendance = figure_valued("Attendance was 22,400, the league said.", 22400)
    spectators = figure_valued("The derby was watched by 9,800 spectators.", 9800)
    assert unit_key(crowd) == unit_key(attendance) == unit_key(spectators)


def test_a_crowd_put_at_a_figure_against_an_attendance_given():
    a = "The hurling final in Thurles drew a full house. Attendance was given as 22,400."
    b = "Kilkenny won a tense final in Thurles, where organisers put the crowd at 30,100."
    assert ("22,400", "30,100") in figure_conflicts(a, b)


def test_spectators_against_a_crowd_put_at_a_figure():
    a = "Holm Rovers won the cup in front of 9,800 spectators at Lindvall Park on Sunday."
    b = "Police put the crowd at 7,300 as Rovers lifted the cup for the first time."
    assert ("9,800", "7,300") in figure_conflicts(a, b)


def test_another_seasons_crowd_stays_apart():
    a = "Last year's final at Lindvall Park drew 9,800 spectators."
    b = "Police put the crowd at 7,300 as Rovers lifted the cup on Sunday."
    assert figure_conflicts(a, b) == []


def test_away_fans_are_no_crowd():
    a = "Holm Rovers won the cup in front of 9,800 spectators at Lindvall Park on Sunday."
    b = "Police said 3,100 away fans travelled to Lindvall Park for the final."
    assert figure_conflicts(a, b) == []
