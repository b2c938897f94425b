"""A post written before "Dr." with its stop, or set off before it, is the person's
post; a degree title alone ties no two outlets' posts (titles.informative, roles.py);
sentences written here."""

from __future__ import annotations

from compare import Source, compare_texts, extract_claims


def roles(text: str) -> list[tuple[str, str]]:
    return [
        (c.person, c.role) for c in extract_claims(Source.from_text(text, "a")) if c.kind == "role"
    ]


def test_a_post_before_a_stopped_courtesy_title_is_read() -> None:
    text = "The clinic reopened on Friday. Clinic director Dr. Ana Ruiz said the wards were clean."
    assert ("Ana Ruiz", "Clinic director Dr.") in roles(text)


def test_a_post_set_off_before_a_stopped_courtesy_title_is_read() -> None:
    text = "The clinic reopened. The clinic's medical director, Dr. Ana Ruiz, said it was clean."
    assert ("Ana Ruiz", "The clinic's medical director") in roles(text)


def test_a_courtesy_title_alone_makes_no_role() -> None:
    text = "The clinic reopened on Friday. The wing was opened by Dr. Ana Ruiz on Monday."
    assert roles(text) == []


def _titles(a: str, b: str) -> list[tuple[str, str]]:
    comparison = compare_texts({"a": a, "b": b})
    return [(str(x.verdict), str(x.conflict)) for x in comparison.alignments if x.kind == "role"]


def test_two_outlets_both_writing_dr_still_differ_on_the_post() -> None:
    found = _titles(
        "The survey ended on Friday. Dr Ana Ruiz, director of the institute, led it.",
        "The survey ended on Friday. Dr Ana Ruiz, deputy director of the institute, led it.",
    )
    assert ("differ", "title") in found


def test_two_outlets_writing_dr_and_one_post_agree() -> None:
    found = _titles(
        "The survey ended on Friday. It was led by the institute's director, Dr Ana Ruiz.",
        "The survey ended on Friday. Dr Ana Ruiz, director of the institute, led it.",
    )
    assert ("differ", "title") not in found


def test_a_name_after_a_preposition_is_not_the_speaker() -> None:
    # ", a friend of Maria Lopez": the name is another person's, not the aide's
    text = "\u201cThe wards are full,\u201d said the mayor's aide, a friend of Maria Lopez."
    quotes = [c for c in extract_claims(Source.from_text(text, id="x")) if c.kind == "quote"]
    assert quotes and all(q.speaker != "Maria Lopez" for q in quotes)
