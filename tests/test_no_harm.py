"""A casualty report of nothing is a statement however short, and two tellings of
it agree when they spare one group; sentences written here."""

from __future__ import annotations

from compare.align import compare_texts
from compare.extract.casualty_reports import Harm, spared


def statement_verdicts(a: str, b: str) -> list[str]:
    comparison = compare_texts({"a": a, "b": b})
    return [str(x.verdict) for x in comparison.alignments if x.kind == "statement"]


def test_what_a_sentence_says_no_one_suffered() -> None:
    nobody = spared("No one was killed.")
    assert nobody is not None and nobody.harm is Harm.DEATH and not nobody.who
    miners = spared("Every one of the 14 divers came out alive.")
    assert miners is not None and miners.harm is Harm.DEATH and miners.who == {"divers"}
    crew = spared("The crew were unharmed.")
    assert crew is not None and crew.harm is Harm.INJURY and crew.who == {"crew"}
    assert spared("Two climbers died on the ridge.") is None
    assert spared("It is not true that no one died.") is None


def test_two_tellings_of_no_deaths_agree() -> None:
    assert statement_verdicts("Nobody was killed.", "There were no fatalities.") == ["agree"]
    # one count of those spared ties two nouns for them
    assert statement_verdicts(
        "Every one of the 14 divers came out alive.", "None of the fourteen crew members died."
    ) == ["agree"]


def test_two_groups_or_two_harms_stay_apart() -> None:
    assert statement_verdicts("No pilots were hurt.", "The cabin crew were unharmed.") == []
    assert statement_verdicts("No one was killed.", "Nobody was injured.") == []
