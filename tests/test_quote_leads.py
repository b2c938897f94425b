"""Quotations of one speaker that open with one clause and go on differently are judged
on that clause (quote_leads). Sentences written for these tests."""

from __future__ import annotations

from conftest import quote_verdicts

from compare import Conflict, Verdict, compare_texts
from compare.align.quote_leads import opening_clause

WORDING = [(Verdict.DIFFER, Conflict.WORDING)]


def test_the_opening_clause_ends_at_the_first_break_after_five_words():
    assert opening_clause("No bus will run late on the new line, and every stop is lit") == (
        "No bus will run late on the new line"
    )
    assert opening_clause("Honestly, no bus will run late on the new line") == (
        "Honestly, no bus will run late on the new line"
    )


def test_one_opening_clause_turned_from_none_to_some_is_a_wording_conflict():
    a = (
        '"No patient will have to travel to Marlow for a scan, and every ward will keep its'
        ' nurses," said health board chair Odile Brennan.'
    )
    b = (
        '"Some patients will have to travel to Marlow for a scan, and we will pay for their'
        ' taxis," said health board chair Odile Brennan.'
    )
    assert quote_verdicts(a, b) == WORDING


def test_a_negation_put_into_the_opening_clause_is_a_wording_conflict():
    a = '"The bridge was almost certainly a toll crossing, used by drovers," said Kemal Aydin.'
    b = (
        '"The bridge was almost certainly not a toll crossing, and it may have been private,"'
        " said Kemal Aydin."
    )
    assert quote_verdicts(a, b) == WORDING


def test_one_opening_clause_from_two_speakers_is_not_paired():
    a = '"The harbour will reopen to ferries next spring, and the cafes with it," said Ivo Marsh.'
    b = '"The harbour will reopen to ferries next spring, but not to yachts," said Petra Lindqvist.'
    assert quote_verdicts(a, b) == []


def test_one_opening_clause_told_alike_is_neither_a_tick_nor_a_finding():
    a = '"The harbour will reopen to ferries next spring, and the cafes with it," said Ivo Marsh.'
    b = '"The harbour will reopen to ferries next spring, but not to yachts," said Ivo Marsh.'
    assert quote_verdicts(a, b) == []


def test_a_short_phrase_inside_a_longer_clause_is_not_paired():
    a = '"Within one hour or two, the whole barn was burning," said farmer Lena Voss.'
    b = (
        '"The volunteer crews from three villages arrived within an hour or two, too late,"'
        " said farmer Lena Voss."
    )
    assert quote_verdicts(a, b) == []


def test_one_remark_of_one_speaker_told_looser_is_a_wording_conflict():
    a = '"This is not the last bell we will bring home," said abbot Tenzin Dorje.'
    b = '"This may be the last bell we can bring home," said abbot Tenzin Dorje.'
    assert quote_verdicts(a, b) == WORDING


def test_the_same_loose_remark_from_two_speakers_is_not_paired():
    a = '"This is not the last bell we will bring home," said abbot Tenzin Dorje.'
    b = '"This may be the last bell we can bring home," said curator Ama Lhamo.'
    assert quote_verdicts(a, b) == []


def test_a_quotation_told_whole_alike_keeps_its_agreement_beside_a_third_version():
    # Two outlets print one remark word for word; a third cuts it after its opening
    # clause and goes on with other words. The third version's opening clause must not
    # pull the two whole ones into a group the judge can only leave unchecked.
    whole = (
        '"The ferry turned back towards the harbour and waited for the storm to pass. When'
        ' the wind dropped, the crew checked every car deck before sailing again," said'
        " harbour master Ines Kowalczyk."
    )
    cut = (
        '"The ferry turned back towards the harbour and waited for the storm to pass. Nobody'
        ' on board was hurt and the timetable resumes on Friday," said harbour master Ines'
        " Kowalczyk."
    )
    comparison = compare_texts({"a": whole, "b": whole, "c": cut})
    agreed = [
        {m.source for m in al.members}
        for al in comparison.alignments
        if al.kind == "quote" and al.verdict == Verdict.AGREE
    ]
    assert {"a", "b"} in agreed or any({"a", "b"} <= group for group in agreed)
