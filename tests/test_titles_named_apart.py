"""A title or post given differently for one named person (issue 13), on
sentences written for these tests."""

from __future__ import annotations

from compare import Alignment, Conflict, Verdict, compare_texts
from compare.extract.names import split_title


def _roles(a: str, b: str) -> list[Alignment]:
    comparison = compare_texts({"a": a, "b": b})
    return [al for al in comparison.alignments if al.kind == "role"]


def test_a_capitalised_post_before_a_name_is_its_title():
    assert split_title("Administrator Joan Okoro") == ("Administrator", "Joan Okoro")
    assert split_title("Commissioner Joan Okoro") == ("Commissioner", "Joan Okoro")
    # inside a longer run a post noun ends the title when a whole name follows it;
    # the seat then agrees with "Councilwoman" (test_posts_in_title_runs)
    assert split_title("City Council Member Joan Okoro") == ("City Council Member", "Joan Okoro")
    # the last word is the name's, whatever it means
    assert split_title("Joan Singer") == ("", "Joan Singer")


def test_two_titles_written_before_one_name_are_a_title_conflict():
    a = "Administrator Joan Okoro of the port authority said the harbour would reopen on Monday."
    b = (
        "Inspector Joan Okoro, who runs the port authority, told shippers the harbour"
        " would reopen soon."
    )
    found = _roles(a, b)
    assert [(al.verdict, al.conflict) for al in found] == [(Verdict.DIFFER, Conflict.TITLE)]


def test_the_same_post_as_a_title_and_in_an_appositive_agrees():
    a = "Administrator Joan Okoro of the port authority said the harbour would reopen on Monday."
    b = "Joan Okoro, the port administrator, told shippers the harbour would reopen soon."
    assert [al.verdict for al in _roles(a, b)] == [Verdict.AGREE]


def test_a_post_given_to_a_surname_alone_is_compared_with_the_full_name():
    a = '"The gauges failed," said Harbour Superintendent Lena Dahl of the port authority.'
    b = "Dahl, a deputy superintendent with the port authority, said crews were checking."
    assert [al.verdict for al in _roles(a, b)] == [Verdict.DIFFER]
    same = "Dahl, the harbour superintendent, said crews were checking every gauge."
    assert [al.verdict for al in _roles(a, same)] == [Verdict.AGREE]


def test_a_title_before_a_surname_alone_is_not_compared_across_articles():
    # an article from another year may rightly give the person another title
    a = "Governor Maria Lenz signed the water bill on Friday."
    b = "Senator Lenz voted for the water bill in committee."
    assert not [al for al in _roles(a, b) if al.verdict == Verdict.DIFFER]
