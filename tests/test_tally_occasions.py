"""Tallies and sole figures: a tally of another year stays apart
from this one's; a vote told by its body on one side and by its members on the
other is one vote; a vague magnitude does not stop a figure being its article's
only one. Sentences written here."""

from __future__ import annotations

from compare import Source, Verdict, compare_texts
from compare.align.number_clues import Clues
from compare.align.numbers import unit_key
from compare.align.sole_figures import sole_figures
from compare.extract import Number, extract_claims


def _differing(a: str, b: str) -> list[tuple[str, ...]]:
    comparison = compare_texts({"a": a, "b": b})
    return [
        tuple(m.text for m in al.members)
        for al in comparison.alignments
        if al.kind == "number" and al.verdict != Verdict.AGREE
    ]


def _sole_texts(text: str) -> set[str]:
    numbers = [c for c in extract_claims(Source.from_text(text, id="t")) if isinstance(c, Number)]
    clues = [Clues.of(n) for n in numbers]
    found = sole_figures(numbers, unit_key, [c.outcome for c in clues])
    return {numbers[i].text for i in found}


def test_last_years_tally_stays_apart_from_this_years():
    a = (
        "The parish board approved the spending plan 6-3 in a crowded hall.\n\n"
        "Last year's levy passed 8-1 with little opposition."
    )
    b = "The levy passed on a 5-4 vote late Tuesday, after a long debate."
    found = _differing(a, b)
    assert ("6-3", "5-4") in found
    assert ("8-1", "5-4") not in found


def test_a_vote_told_by_its_body_and_by_its_members_is_one_vote():
    a = "Tarrow Mining's board approved the sale of the smelter 7-2 on Friday."
    b = "Directors voted 8-1 to accept the offer for the smelter."
    assert ("7-2", "8-1") in _differing(a, b)


def test_two_named_bodies_voting_stay_two_votes():
    a = "The Selby council voted 7-2 to close the depot."
    b = "The Harwick council voted 8-1 to keep its own depot open."
    assert _differing(a, b) == []


def test_a_vague_magnitude_does_not_stop_a_figure_being_sole():
    text = (
        "Storm knocks out thousands of street lamps.\n\n"
        "The gale broke about 4,000 street lamps across the borough on Sunday."
    )
    assert "about 4,000" in _sole_texts(text)


def test_two_figures_of_this_event_are_still_not_sole():
    text = (
        "The gale broke about 4,000 street lamps across the borough on Sunday.\n\n"
        "Crews said 2,500 street lamps were broken in the north ward."
    )
    assert "about 4,000" not in _sole_texts(text)
