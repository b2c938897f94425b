"""Two days (or clock times) of one deed, told with another word for the deed and a
participant in common, are one fact with two values (same_event_days); a weekday
against a month's day, or another named doer, parts them. Sentences written here, in
domains of their own."""

from __future__ import annotations

from conftest import day_pairs

from compare import Verdict, compare_texts
from compare.align.participant_kinds import participant_kind_of
from compare.align.same_event_days import event_tie, same_event_day_pairs

PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"  # a Friday


def paired(a: str, b: str) -> list[tuple[str, str]]:
    """The texts of the dates and times the matcher pairs across the two articles."""
    return day_pairs(same_event_day_pairs, a, b)


def test_a_meeting_told_as_a_noun_and_a_verb_pairs() -> None:
    a = "The fee was set at a trustees meeting on Tuesday 4 March."
    b = "Trustees met on Thursday, 6 March, to set the fee."
    assert paired(a, b) == [("on Tuesday 4 March", "on Thursday, 6 March")]


def test_a_deed_whose_doer_the_frames_read_apart_pairs_on_the_sentence() -> None:
    a = "Two men in hoods backed the van into the gates of the Harlow depot at 2.35am."
    b = "Camera footage shows the van backing into the depot gates just after 3.50am."
    assert paired(a, b) == [("at 2.35am.", "just after 3.50am.")]


def test_shown_as_a_time_conflict() -> None:
    a = "Two men in hoods backed the van into the gates of the Harlow depot at 2.35am."
    b = "Camera footage shows the van backing into the depot gates just after 3.50am."
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    times = [al for al in comparison.alignments if al.kind == "time"]
    assert [al.verdict for al in times] == [Verdict.DIFFER]


def test_a_weekday_against_a_month_day_does_not_pair() -> None:
    a = "The replay is on Monday at the Ashgrove ground."
    b = "The replay is tonight, March 17, at the Ashgrove ground."  # a Monday
    assert paired(a, b) == []


def test_two_named_doers_do_not_pair() -> None:
    a = "Harlow Rovers won the county cup at Ashgrove Park on 3 March."
    b = "Denby Athletic won the county cup at Ashgrove Park on 10 March."
    assert paired(a, b) == []


def test_a_beginning_and_an_end_are_no_one_event() -> None:
    assert event_tie(frozenset({"begin"}), frozenset({"end"})) is None
    assert event_tie(frozenset({"meeting"}), frozenset({"meet"})) is not None


def test_a_verb_whose_usual_sense_is_a_rare_sense_of_the_other_pairs() -> None:
    a = "The lease on the Harbour Street depot expired on 30 June."
    b = "The depot lease ran out on 31 May."
    assert paired(a, b) == [("on 30 June", "on 31 May")]


def test_an_event_verb_in_another_form_is_no_participant() -> None:
    a = "The first lorry reached the depot on 9 June."
    b = "The convoy of tankers reached Eastfield on 16 June."
    assert paired(a, b) == []


def test_may_name_one_deed_reads_one_usual_sense() -> None:
    from compare.align.deed_senses import may_name_one_deed

    assert may_name_one_deed("reach", "hit")
    assert may_name_one_deed("expire", "run_out")
    assert not may_name_one_deed("win", "lose")


def test_a_day_whose_event_the_frame_leaves_unread_pairs_on_its_participants() -> None:
    # "will be higher": no event word to tie or to part; the charges tie the two
    a = "The new parking charges in Dunmore take effect on 3 June."
    b = "From 10 June, the Dunmore parking charges will be higher."
    assert paired(a, b) == [("on 3 June", "10 June")]


def test_an_unread_event_pairs_only_with_the_closest_dated_sentence() -> None:
    # another day of the charges ties as well: the unread day is no one's closest
    a = (
        "The new parking charges in Dunmore take effect on 3 June. "
        "The Dunmore parking charges were agreed on 1 May."
    )
    b = "From 10 June, the Dunmore parking charges will be higher."
    assert paired(a, b) == []


def test_a_saying_is_no_unread_event() -> None:
    # "said on 3 June" dates the report, whatever the charges' day
    a = "The Dunmore council said on 3 June that the parking charges would rise."
    b = "From 10 June, the Dunmore parking charges will be higher."
    assert paired(a, b) == []


def test_one_subject_told_with_two_verbs_pairs() -> None:
    # the deed in other words, the doer named alike: one event at two times
    a = "The Kessel Brook rose over the weir at about 4.20am."
    b = "The brook swamped the lower streets shortly after 6.10am."
    assert paired(a, b) == [("at about 4.20am.", "shortly after 6.10am.")]


def test_a_specific_and_a_general_noun_for_one_thing_pair() -> None:
    # a box is a kind of container (participant_kinds.txt)
    a = "The boxes slid off the deck of the barge at about 1.30am."
    b = "The containers tumbled into the canal at around 3:05 a.m."
    assert paired(a, b) == [("at about 1.30am.", "at around 3:05 a.m.")]


def test_a_contract_and_an_agreement_tie_two_deeds_of_one_sense() -> None:
    a = "The depot contract expired on 31 January."
    b = "The depot workers' last agreement ran out on 28 February."
    assert paired(a, b) == [("on 31 January", "on 28 February")]


def test_one_subject_with_two_verbs_against_a_rival_sentence_does_not_pair() -> None:
    # the other article dates the brook twice: which one is meant is not known
    a = "The Kessel Brook rose over the weir at about 4.20am."
    b = (
        "The brook froze over at about 2.15am. "
        "The brook swamped the lower streets shortly after 6.10am."
    )
    assert paired(a, b) == []


def test_participant_kinds_reads_the_table() -> None:
    assert participant_kind_of("box", "container")
    assert participant_kind_of("agreement", "contract")
    assert not participant_kind_of("box", "box")
    assert not participant_kind_of("box", "agreement")


def test_two_stages_of_one_journey_do_not_pair_by_their_participant() -> None:
    # to lift off is a way to depart, to touch down a way to arrive: two moments
    a = "The balloon lifted off at about 5.50am from the meadow."
    b = "The balloon touched down shortly after 7.25am."
    assert paired(a, b) == []


def test_an_entry_and_the_way_out_of_it_do_not_pair_by_their_participant() -> None:
    a = "The Harwick courier was detained on 4 March."
    b = "The courier was freed on 9 March."
    assert paired(a, b) == []


def test_an_opening_and_a_closing_stage_do_not_pair_by_their_participant() -> None:
    # to adjourn is a way to close: the inquiry's first and last days
    a = "The Tollbridge inquiry opened on 2 June."
    b = "The inquiry was adjourned on 19 June."
    assert paired(a, b) == []
