"""The start of a contest told in the sport's own words is one moment (play_starts):
"kicked off" / "the game started", "face-off" / "the puck dropped". Two contests,
two starts in one article, a plan against a deed and a bare "start" stay apart.
Sentences written here."""

from __future__ import annotations

from conftest import compare_on_a_friday, day_pairs

from compare import Verdict
from compare.align.play_starts import play_start_pairs


def paired(a: str, b: str) -> list[tuple[str, str]]:
    """The texts of the times (or dates) the matcher pairs across the two articles."""
    return day_pairs(play_start_pairs, a, b)


def test_a_kick_off_and_a_game_that_started_pair() -> None:
    a = "The match kicked off at 3pm in driving rain at Millbrook Lane."
    b = "The game started at 5:15 p.m. in front of 9,000 supporters."
    assert paired(a, b) == [("at 3pm", "at 5:15 p.m.")]


def test_a_face_off_and_a_puck_that_dropped_pair() -> None:
    a = "Face-off was at 7pm. The Wardens scored twice in the first period."
    b = "The puck dropped at 8:30 p.m. as the arena filled."
    assert paired(a, b) == [("at 7pm.", "at 8:30 p.m.")]


def test_shown_as_a_time_conflict() -> None:
    a = "The first pitch was thrown at 6:10 p.m. at Harbor Field."
    b = "The game got under way at 7:40 in the evening at Harbor Field."
    comparison = compare_on_a_friday(a, b)
    times = [al for al in comparison.alignments if al.kind == "time"]
    assert [(al.verdict, al.conflict) for al in times] == [(Verdict.DIFFER, "time")]


def test_one_start_told_in_two_zones_is_one_moment() -> None:
    a = "The first ball was bowled at 10:30 local time, 0500 GMT, under clear skies."
    b = "The match began at 11:30 in the morning."
    assert paired(a, b) == [("at 10:30 local time", "at 11:30 in the morning")]


def test_two_starts_in_one_article_do_not_pair() -> None:
    a = "The first bout began at 6pm. The last bout began at 9pm after a long delay."
    b = "The bout started at 8pm."
    assert paired(a, b) == []


def test_two_kinds_of_contest_do_not_pair() -> None:
    a = "The semifinal started at 2pm on the centre court."
    b = "The final started at 6pm on the centre court."
    assert paired(a, b) == []


def test_two_numbered_games_do_not_pair() -> None:
    a = "Game 6 started at 7pm at the Dome."
    b = "Game 7 started at 8pm at the Dome."
    assert paired(a, b) == []


def test_a_tip_off_from_an_informant_is_no_start_of_play() -> None:
    a = "Acting on a tip-off, officers raided the flat at 5am."
    b = "The match started at 7pm."
    assert paired(a, b) == []


def test_a_planned_start_and_the_start_do_not_pair() -> None:
    a = "The match was due to start at 7pm at Kestrel Park."
    b = "The match kicked off at 7.40pm at Kestrel Park."
    assert paired(a, b) == []


def test_two_bare_starts_may_be_of_anything() -> None:
    a = "Cleaners arrived for the 6am start at the depot."
    b = "Drivers turned up for the 8am start at the depot."
    assert paired(a, b) == []
