"""Clock times of one act that both frames tell in full (doer, predicate, thing)
are compared even when they differ (when_where._told_of_one_act). Sentences
written here."""

from __future__ import annotations

from compare import Conflict, Verdict, compare_texts


def _time_conflicts(a: str, b: str) -> list[tuple[str, ...]]:
    comparison = compare_texts({"a": a, "b": b})
    return [
        tuple(m.text for m in al.members)
        for al in comparison.alignments
        if al.kind == "time" and al.verdict == Verdict.DIFFER and al.conflict == Conflict.TIME
    ]


def test_one_act_told_in_full_at_two_hours_is_a_time_conflict():
    a = "The rocket cleared the tower at 9:14 a.m., the space agency said."
    b = "Under a cloudless sky, the rocket cleared the tower shortly after 11 a.m."
    assert len(_time_conflicts(a, b)) == 1


def test_another_thing_done_at_another_hour_stays_apart():
    a = "The ferry left the harbour at 6 a.m., the port authority said."
    b = "The ferry reached Dunmore pier at 9 a.m. after a rough crossing."
    assert _time_conflicts(a, b) == []


def test_a_frame_without_its_doer_stays_apart():
    a = "The tower was cleared at 9:14 a.m., the space agency said."
    b = "Under a cloudless sky, the rocket cleared the tower shortly after 11 a.m."
    assert _time_conflicts(a, b) == []
