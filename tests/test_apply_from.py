"""A rule that "applies from" a day comes into force on it, as one that "takes
effect" does (compare/align/event_phrases._IN_FORCE): each article's only such day
is the story's rule's. "applies to" names whom it covers, not when. Articles
written here."""

from __future__ import annotations

from test_event_phrases import _found

from compare import Conflict, Verdict


def test_applying_from_a_day_is_coming_into_force() -> None:
    a = "The licence freeze takes effect on 1 June, the council said."
    b = "The new rules will apply from 1 July."
    assert (Verdict.DIFFER, Conflict.DATE) in _found(a, b, "date")


def test_a_rule_applying_in_the_present_from_a_day() -> None:
    a = "The visitor levy comes into force on 1 March 2027."
    b = "The new levy applies from 1 September 2027, officials confirmed."
    assert (Verdict.DIFFER, Conflict.DATE) in _found(a, b, "date")


def test_applying_to_people_after_a_day_is_no_coming_into_force() -> None:
    a = "The new parking charges take effect on 1 June, the council said."
    b = "The charges apply to drivers who registered after 1 July."
    assert (Verdict.DIFFER, Conflict.DATE) not in _found(a, b, "date")
