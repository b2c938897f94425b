"""A figure given as the size of a group ("a crowd of 21,000 attended") counts the
group's members, whatever verb follows it. Sentences written here."""

from __future__ import annotations

from compare import Source, Verdict, compare_texts
from compare.align.numbers import unit_key
from compare.extract import Number, extract_claims


def _keys(text: str) -> list[str]:
    return [
        unit_key(c) for c in extract_claims(Source.from_text(text, id="t")) if isinstance(c, Number)
    ]


def test_a_group_before_a_figure_and_a_verb_after_it_is_what_is_counted() -> None:
    assert _keys("A crowd of 9,300 packed the velodrome.") == _keys("There were 9,300 spectators.")
    assert _keys("A crowd of 4,100 saw the replay.") == _keys("An attendance of 4,100 was given.")
    assert _keys("A herd of 240 roamed the valley.") == ["herd"]


def test_a_noun_after_the_figure_still_says_what_is_counted() -> None:
    assert _keys("A crowd of 9,300 fans packed the velodrome.") == ["fan"]
    assert _keys("A total of 60 attended the hearing.") == ["attended"]  # no group


def test_two_sizes_of_one_crowd_differ() -> None:
    comparison = compare_texts(
        {
            "a": "Molvik won the regatta final. A crowd of 9,300 packed the harbour front.",
            "b": "Molvik won the regatta final. Organisers put the attendance at 7,100.",
        }
    )
    assert any(al.kind == "number" and al.verdict == Verdict.DIFFER for al in comparison.alignments)
