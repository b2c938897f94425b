"""A day after "published" told as a thing's participle ("a report published on
Tuesday") dates the publication; a page's label ("Posted in Local News on Friday")
stays a stamp. Sentences written here, in domains of their own."""

from __future__ import annotations

from conftest import differing_texts

PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"  # a Friday


def test_a_publication_told_by_a_participle_is_dated() -> None:
    a = (
        PUBLISHED
        + "The survey of eel numbers, published on Tuesday in the Fenland Review, was grim.\n"
    )
    b = (
        PUBLISHED
        + "The survey of eel numbers, published on 13 March in the Fenland Review, was grim.\n"
    )
    assert differing_texts(a, b, "date") == ["on Tuesday / on 13 March"]


def test_a_page_label_is_no_date_of_the_story() -> None:
    a = PUBLISHED + "Eel numbers fall. Posted in Local News on Tuesday, March 11, 2025.\n"
    b = PUBLISHED + "Eel numbers fall. Posted in Local News on Thursday, March 13, 2025.\n"
    assert differing_texts(a, b, "date") == []


def test_a_label_after_a_name_is_still_a_stamp() -> None:
    a = (
        PUBLISHED
        + "Eel numbers fall. For Mara Quist, Esq. posted in Fens on Tuesday, March 11, 2025.\n"
    )
    b = (
        PUBLISHED
        + "Eel numbers fall. For Tobin & Rae, LLP. posted in Fens on Thursday, March 13, 2025.\n"
    )
    assert differing_texts(a, b, "date") == []
