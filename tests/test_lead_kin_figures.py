"""The first figure each article's lead gives of one kind of thing counted with two
nouns ("36 houses" / "52 homes") is one fact, two values.
Sentences written here."""

from __future__ import annotations

from compare import Source
from compare.align.age_moments import article_dates
from compare.align.lead_figures import lead_figure_pairs
from compare.align.sentence_claims import SentenceClaims
from compare.extract import Number, extract_claims


def _lead_pairs(a: str, b: str) -> list[tuple[str, str]]:
    sources = [Source.from_text(a, id="a"), Source.from_text(b, id="b")]
    claims = [c for s in sources for c in extract_claims(s)]
    sentences = SentenceClaims.index(claims, article_dates(sources))
    numbers = [c for c in claims if isinstance(c, Number)]
    return [
        (numbers[i].text, numbers[j].text)
        for _, i, j in lead_figure_pairs(numbers, None, sentences)
    ]


def test_first_counts_of_kin_nouns_in_the_leads_pair() -> None:
    a = "A mudslide hit Orvel on Friday. It buried 36 houses under a wall of earth."
    b = "Orvel was struck by a mudslide. The slide swallowed 52 homes near the river."
    assert _lead_pairs(a, b) == [("36", "52")]


def test_first_counts_of_unrelated_nouns_do_not_pair() -> None:
    a = "A mudslide hit Orvel on Friday. It buried 36 houses under a wall of earth."
    b = "Orvel was struck by a mudslide. The slide swallowed 52 sheep near the river."
    assert _lead_pairs(a, b) == []
