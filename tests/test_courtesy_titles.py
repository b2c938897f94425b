"""A post written before a courtesy title ("Deputy harbour master Dr Ana Ruiz") is the
person's post: the courtesy title is no organisation's name that ends the post;
sentences written here."""

from __future__ import annotations

from compare import Source, compare_texts, extract_claims


def roles(text: str) -> list[tuple[str, str]]:
    return [
        (c.text, c.role) for c in extract_claims(Source.from_text(text, "a")) if c.kind == "role"
    ]


def test_a_post_before_a_courtesy_title_is_read() -> None:
    text = (
        "The port reopened on Friday. Deputy harbour master Dr Ana Ruiz said the channel was clear."
    )
    assert ("Deputy harbour master Dr Ana Ruiz", "Deputy harbour master Dr") in roles(text)
    text = "The port reopened on Friday. Trust chairman Sir Tom Hale said the channel was clear."
    assert ("Trust chairman Sir Tom Hale", "Trust chairman Sir") in roles(text)


def test_a_deputy_against_the_post_is_a_title_conflict() -> None:
    comparison = compare_texts(
        {
            "a": "Dr Ana Ruiz, the port's harbour master, said the channel was clear.",
            "b": "Deputy harbour master Dr Ana Ruiz said the channel was clear.",
        }
    )
    found = [x for x in comparison.alignments if x.kind == "role"]
    assert [(str(x.verdict), str(x.conflict)) for x in found] == [("differ", "title")]
    # one post told two ways still agrees
    comparison = compare_texts(
        {
            "a": "Dr Ana Ruiz, head of the harbour board, said the channel was clear.",
            "b": "Harbour board head Dr Ana Ruiz said the channel was clear.",
        }
    )
    found = [x for x in comparison.alignments if x.kind == "role"]
    assert [str(x.verdict) for x in found] == ["agree"]
