"""Two names alike but for one word, a word of the language on one side ("North",
"Point") and on the other a name's own word the other article never mentions: no ✓
(names_apart.renamed_unmentioned). Articles written for these tests."""

from __future__ import annotations

from compare import Comparison, compare_texts

PUBLISHED = "---\npublished: 2025-09-03\n---\n\n"


def compare(a: str, b: str) -> Comparison:
    return compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})


def cranes_told_alike(comparison: Comparison) -> bool:
    """Is the statement of the cranes shown ✓?"""
    return any(
        al.kind == "statement"
        and al.verdict.value == "agree"
        and all("cranes" in m.text for m in al.members)
        for al in comparison.alignments
    )


DOCKS_A = (
    "Dock workers at Fenmouth walked out on Monday over pay. "
    "The union says no jobs will be lost when the new automated cranes planned for the North"
    " Quay terminal arrive next year. "
    "Talks are due to resume on Thursday."
)


def docks_b(quay: str, more: str = "") -> str:
    return (
        "Fenmouth's dockers stopped work on Monday in a row over wages. "
        f"No jobs will be lost when the new automated cranes arrive at the {quay} terminal"
        " next year, the union says. "
        f"{more}Talks resume on Thursday."
    )


def test_a_common_word_against_an_unknown_name_of_its_own_shows_no_tick() -> None:
    assert not cranes_told_alike(compare(DOCKS_A, docks_b("Tallowmere Quay")))


def test_one_name_told_alike_still_agrees() -> None:
    assert cranes_told_alike(compare(DOCKS_A, docks_b("North Quay")))


def test_a_name_the_other_article_gives_elsewhere_still_agrees() -> None:
    # the other outlet knows the name: the quay may well go by both
    comparison = compare(
        DOCKS_A + " The North Quay, once called Tallowmere Quay, opened in 1990.",
        docks_b("Tallowmere Quay"),
    )
    assert cranes_told_alike(comparison)


def _statement_and_index(a: str, b: str):
    from compare.align.sentence_claims import SentenceClaims
    from compare.extract import extract_claims
    from compare.ingest import Source

    claims_a = extract_claims(Source.from_text(a, id="a"))
    claims_b = extract_claims(Source.from_text(b, id="b"))
    first = next(c for c in claims_a if c.kind == "statement")
    second = next(c for c in claims_b if c.kind == "statement")
    return first, second, SentenceClaims.index([*claims_a, *claims_b])


def test_two_given_names_of_one_family_are_left_to_the_person_rules() -> None:
    # the word shared is a name's own ("Veltman"), not the kind a name of the
    # language tells ("Quay", "Bureau"): two people, whom persons_apart judges
    from compare.align.names_apart import renamed_unmentioned

    first, second, index = _statement_and_index(
        "Mark Veltman, 43, went missing on the ridge on Thursday.",
        "Rurik Veltman saw his brother fall from the ridge on Thursday.",
    )
    assert not renamed_unmentioned(first, second, index)
    assert not renamed_unmentioned(second, first, index)


def test_a_kind_shared_and_an_unknown_name_of_its_own_are_apart() -> None:
    from compare.align.names_apart import renamed_unmentioned

    first, second, index = _statement_and_index(
        "Cranes will arrive at the North Quay terminal next year.",
        "Cranes will arrive at the Tallowmere Quay terminal next year.",
    )
    assert renamed_unmentioned(first, second, index)
    assert renamed_unmentioned(second, first, index)
