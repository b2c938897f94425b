"""Counts of one thing the outlets name differently, or not at all, tied by the
event verb their clauses share, each its article's only count told with it
(compare.align.event_counts). Sentences written here, in domains of their own."""

from __future__ import annotations

from compare import Source, Verdict, compare_texts
from compare.align.event_counts import event_postings
from compare.align.number_clues import Clues
from compare.align.numbers import _counted, unit_key
from compare.extract import Number, extract_claims


def _figure_verdicts(a: str, b: str) -> list[tuple[tuple[str, ...], Verdict]]:
    comparison = compare_texts({"a": a, "b": b})
    return [
        (tuple(m.text for m in al.members), al.verdict)
        for al in comparison.alignments
        if al.kind == "number"
    ]


def _postings(a: str, b: str) -> list[tuple[str, str]]:
    numbers = [
        c
        for side, text in (("a", a), ("b", b))
        for c in extract_claims(Source.from_text(text, id=side))
        if isinstance(c, Number)
    ]
    clues = [Clues.of(n) for n in numbers]
    found = event_postings(
        numbers,
        unit_key,
        _counted,
        [c.outcome for c in clues],
        [(c.part, c.total) for c in clues],
    )
    return [(numbers[i].text, numbers[j].text) for i, j in found.values()]


_HALL_A = "A capacity crowd of 4,100 filled the Granary Hall for the final night of the tour."
_HALL_B = "The Granary Hall was filled with 3,500 concertgoers for the last show."


def test_a_bare_count_and_a_named_one_told_with_one_verb_are_paired():
    assert _postings(_HALL_A, _HALL_B) == [("4,100", "3,500")]


def test_they_are_reported_as_a_differing_figure():
    assert (("4,100", "3,500"), Verdict.DIFFER) in _figure_verdicts(_HALL_A, _HALL_B)


def test_two_named_things_stay_apart():
    # one verb, but sheep and walkers are two counts
    a = "Floodwater trapped 40 sheep on the lower fields near Carnby on Sunday."
    b = "The rising river trapped 12 walkers on the towpath near Carnby on Sunday."
    assert _postings(a, b) == []
    assert not [v for _, v in _figure_verdicts(a, b) if v == Verdict.DIFFER]


def test_a_second_count_told_with_the_verb_leaves_the_pair_alone():
    a = (
        "A capacity crowd of 4,100 filled the Granary Hall on Friday.\n\n"
        "On Saturday 2,000 filled the smaller Corn Exchange next door."
    )
    assert _postings(a, _HALL_B) == []


def test_two_verbs_of_nothing_in_common_stay_apart():
    a = "A capacity crowd of 4,100 filled the Granary Hall for the final night."
    b = "Some 3,500 concertgoers queued outside the Granary Hall for the last show."
    assert _postings(a, b) == []


def test_a_measure_is_no_count():
    # "filled ... to 30 metres": an amount, not a count of the crowd
    a = "A capacity crowd of 4,100 filled the Granary Hall for the final night."
    b = "Floodwater filled the quarry to a depth of 30 metres last winter."
    assert _postings(a, b) == []


def test_one_thing_done_to_people_ties_two_verbs():
    # "detained" / "arrested": both tell people held, each article's only such count
    a = "Officers detained nine protesters outside the Marlow depot on Tuesday."
    b = "Police arrested 14 people at the Marlow depot on Tuesday, a spokesman said."
    assert _postings(a, b) == [("nine", "14")]


def test_deaths_against_injuries_stay_apart():
    a = "A capacity crowd of 4,100 filled the Granary Hall; a crush killed 3 people."
    b = "The Granary Hall was filled with 3,500 concertgoers; 11 people were injured."
    assert ("3", "11") not in _postings(a, b)
