"""Posts the title lists lack, told by WordNet's nouns for people: "Deputy Registrar
Mara Quill" / "Registrar Mara Quill" is one post at two ranks. Sentences written for
these tests."""

from __future__ import annotations

from compare import Alignment, Conflict, Severity, Verdict, compare_texts
from compare.align.titles import roles_agree, roles_clash
from compare.extract.names import split_title


def _roles(a: str, b: str) -> list[Alignment]:
    comparison = compare_texts({"a": a, "b": b})
    return [al for al in comparison.alignments if al.kind == "role"]


def test_a_noun_for_a_person_before_a_whole_name_is_its_title():
    assert split_title("Registrar Mara Quill") == ("Registrar", "Mara Quill")
    assert split_title("Senior Registrar Mara Quill") == ("Senior Registrar", "Mara Quill")
    assert split_title("Vice-captain Mara Quill") == ("Vice-captain", "Mara Quill")


def test_a_given_name_that_is_also_a_noun_stays_the_name():
    # "Hunter" has one word after it; "Tom" leaves only a surname and a suffix
    assert split_title("Hunter Quill") == ("", "Hunter Quill")
    assert split_title("Tom Baker Jr") == ("", "Tom Baker Jr")
    # a nationality is an adjective too: where she is from, no post
    assert split_title("Italian Mara Quill") == ("", "Italian Mara Quill")


def test_one_post_at_two_ranks_clashes():
    assert roles_clash("Deputy Registrar", "Registrar") == "rank"
    assert roles_clash("Vice-captain", "Captain") == "rank"
    assert roles_clash("Assistant Registrar", "Senior Registrar") == "rank"
    assert not roles_agree("Deputy Registrar", "Registrar")


def test_a_senior_post_and_the_bare_post_are_no_clash():
    # "senior" tells standing, not another office: no conflict with the bare post
    assert roles_clash("Senior Registrar", "Registrar") == ""
    assert roles_agree("Senior Registrar", "Registrar")


def test_an_unlisted_post_agrees_with_a_listed_one_of_its_sense():
    assert roles_agree("Skipper", "club captain")
    # two listed posts stay apart though WordNet gives "manager" a sense of "director"
    assert not roles_agree("tour manager", "festival director")


def test_two_ranks_of_one_post_are_a_title_conflict_across_articles():
    a = "Deputy Registrar Mara Quill told staff the canteen would close in June."
    b = "Registrar Mara Quill said the canteen would shut at the end of the spring term."
    found = _roles(a, b)
    assert [(al.verdict, al.conflict, al.severity) for al in found] == [
        (Verdict.DIFFER, Conflict.TITLE, Severity.CONFLICT)
    ]


def test_the_same_unlisted_post_on_both_sides_agrees():
    a = "Registrar Mara Quill told staff the canteen would close in June."
    b = "Registrar Mara Quill said the canteen would shut in June."
    assert [al.verdict for al in _roles(a, b)] == [Verdict.AGREE]


def _role_texts(text: str) -> list[tuple[str, str]]:
    from compare import extract_claims
    from compare.extract import Role
    from compare.ingest import Source

    claims = extract_claims(Source.from_text(text, id="a"))
    return [(c.person, c.role) for c in claims if isinstance(c, Role)]


def test_a_post_of_something_before_a_name_is_its_title():
    text = "The plan was drawn up by head of procurement Mara Quill over the summer."
    assert ("Mara Quill", "head of procurement") in _role_texts(text)
    text = "It was signed by Keeper of the Royal Archives Mara Quill on Friday."
    assert ("Mara Quill", "Keeper of the Royal Archives") in _role_texts(text)


def test_a_clause_between_a_post_and_a_name_makes_no_title():
    text = "She spoke to the head of the school where Mara Quill taught."
    assert all(role != "head of the school where" for _, role in _role_texts(text))


def test_a_title_before_a_possessive_name_is_the_persons_but_not_what_follows():
    text = "Head coach Mara Quill's team, the best in the league, won again on Sunday."
    roles = _role_texts(text)
    assert ("Mara Quill", "Head coach") in roles
    assert all("league" not in role for _, role in roles)


def test_a_title_with_an_article_inside_is_still_a_title():
    assert roles_clash("Keeper of the Royal Archives", "Deputy Keeper") == "rank"
    # a description opening with an article is no title: no clash
    assert roles_clash("the keeper of the archives", "Deputy Keeper") == ""


def test_a_post_only_wordnet_knows_beside_another_word_is_not_shown():
    # "Pastor" / "Reverend": WordNet says both are people, not whether one post;
    # no variant and no agreement
    a = "Pastor Mara Quill led the service at the chapel on Sunday."
    b = "Rev. Mara Quill of the hill chapel led the Sunday service."
    found = _roles(a, b)
    assert all(al.verdict != Verdict.DIFFER for al in found)


def test_a_lowercase_label_before_a_possessive_name_is_no_role():
    text = "The film adapts the first book in author Mara Quill's trilogy."
    assert _role_texts(text) == []
