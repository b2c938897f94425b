"""A day told in several sentences of an article pairs with the other article's
when only one of its tellings is tied to it by a word (tied_days). Sentences
written here."""

from __future__ import annotations

from compare import Verdict, compare_texts
from compare.extract import Date

PUBLISHED = "---\npublished: 2025-03-12\n---\n\n"


def day_agreements(a: str, b: str) -> list[tuple[str, str]]:
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    return sorted(
        (al.members[0].sentence, al.members[1].sentence)
        for al in comparison.alignments
        if al.verdict == Verdict.AGREE
        and len(al.members) == 2
        and all(isinstance(m, Date) for m in al.members)
    )


def test_the_one_tied_telling_of_a_repeated_day_pairs() -> None:
    a = (
        "The ferry Solent Star ran aground on Monday near the harbour mouth. "
        "Divers inspected the hull on Monday and found no leak."
    )
    b = "The hull was checked on 10 March."
    assert day_agreements(a, b) == [
        (
            "Divers inspected the hull on Monday and found no leak.",
            "The hull was checked on 10 March.",
        )
    ]


def test_two_tied_tellings_leave_the_day_unpaired() -> None:
    # both of the first article's Mondays share a word with the other's sentence
    a = (
        "Divers inspected the hull on Monday. "
        "The divers returned to the harbour on Monday evening with their gear."
    )
    b = "Divers from the navy worked on 10 March."
    assert day_agreements(a, b) == []


def test_a_day_of_a_saying_and_a_deed_stay_apart() -> None:
    a = "The ferry ran aground on Monday. The operator said on Monday that the hull was sound."
    b = "The hull was damaged when the ferry struck rocks on 10 March."
    found = day_agreements(a, b)
    assert ("The operator said on Monday that the hull was sound.", b) not in found
