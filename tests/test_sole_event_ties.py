"""Two clock times (or days) of one deed told in two words tied by WordNet pair
without a participant in common when neither article dates that deed at another
value (same_event_days); a second dating of the deed leaves the two apart.
Sentences written here, in domains of their own."""

from __future__ import annotations

from conftest import day_pairs

from compare.align.same_event_days import same_event_day_pairs


def paired(a: str, b: str) -> list[tuple[str, str]]:
    return day_pairs(same_event_day_pairs, a, b)


def test_one_deed_in_two_words_and_no_participant_in_common_pairs() -> None:
    a = "The cargo ship ran aground near the harbour mouth at 4.10am."
    b = "The vessel grounded at 6.30am, the coastguard log shows."
    assert paired(a, b) == [("at 4.10am.", "at 6.30am")]


def test_a_deed_the_other_article_dates_twice_does_not_pair() -> None:
    a = "The cargo ship ran aground near the harbour mouth at 4.10am."
    b = "The vessel grounded at 6.30am, the coastguard log shows. A tug grounded at 9.15am."
    assert paired(a, b) == []


def test_two_deeds_without_a_tie_do_not_pair() -> None:
    a = "The cargo ship ran aground near the harbour mouth at 4.10am."
    b = "The vessel was towed clear at 6.30am, the coastguard log shows."
    assert paired(a, b) == []
