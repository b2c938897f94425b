"""Descriptions that fit together shown as one: the head of a body against a top
post of it ("the head of the Port Authority" / "the director general of the Port
Authority"), "Justice" against a judge, and a source tied by a title written into
the name ("Cllr"). Sentences invented here."""

from __future__ import annotations

from compare import Verdict, compare_texts
from compare.align.titles import name_title, roles_agree

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"


def role_verdicts(a: str, b: str) -> list[Verdict]:
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    return [al.verdict for al in comparison.alignments if str(al.kind) == "role"]


def test_the_head_of_a_body_and_a_top_post_of_it() -> None:
    assert roles_agree("the head of the Port Authority", "director general of the Port Authority")
    assert roles_agree("KPA director general", "the head of the ports authority")
    # a post that is no top of the body, a rank, or another body stays apart
    assert not roles_agree("the head of the Port Authority", "spokesman for the Port Authority")
    assert not roles_agree(
        "the head of the Port Authority", "deputy director of the Port Authority"
    )
    assert not roles_agree("the head of the Port Authority", "director of the Rail Agency")


def test_justice_is_a_judge_s_title() -> None:
    assert roles_agree("Justice", "Supreme Court judge")
    assert not roles_agree("Justice Minister", "judge")


def test_a_title_written_into_the_name() -> None:
    assert name_title("Cllr Mara Venn") == "councillor"
    assert name_title("Dr Mara Venn") == ""
    assert name_title("Mara Venn") == ""


def test_a_councillor_titled_in_the_name_is_linked() -> None:
    a = "Cllr Mara Venn, cabinet member for parks, said the gates would reopen."
    b = "Councillor Mara Venn said the gates would reopen on Friday."
    assert Verdict.DIFFER not in role_verdicts(a, b)
    # the title in the name ties no post the other source gives against this one
    c = "Cllr Mara Venn, the deputy leader of the council, said the gates would reopen."
    d = "Councillor Mara Venn, the council leader, said the gates would reopen."
    assert Verdict.DIFFER in role_verdicts(c, d)
