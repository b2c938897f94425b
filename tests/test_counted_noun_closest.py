"""Two counts of one named thing told in the two articles' mutually closest
sentences differ even when the counted noun is the one word the sentences share
("have recovered 31 fragments" / "So far, 24 fragments have been found").
Sentences written here."""

from __future__ import annotations

from compare import Conflict, Source, Verdict, compare_texts
from compare.align.age_moments import article_dates
from compare.align.closest_figure_clashes import closest_figure_pairs
from compare.align.sentence_claims import SentenceClaims
from compare.extract import Number, extract_claims


def _figure_conflicts(a: str, b: str) -> list[tuple[str, ...]]:
    comparison = compare_texts({"a": a, "b": b})
    return [
        tuple(m.text for m in al.members)
        for al in comparison.alignments
        if al.kind == "number" and al.verdict == Verdict.DIFFER and al.conflict == Conflict.FIGURE
    ]


_LEAD_A = (
    "A Roman wreck off Varna is giving up its cargo. The ship sank in a storm. "
    "Archaeologists from Sofia lead the work. The harbour master closed the bay. "
)
_LEAD_B = (
    "A Roman ship that sank off Varna is being emptied. It went down in a storm. "
    "A team from Sofia runs the dig. The bay is closed to boats. "
)


def test_one_counted_noun_shared_by_closest_sentences_ties_the_counts() -> None:
    a = _LEAD_A + "Divers have brought up 34 amphorae from the wreck."
    b = _LEAD_B + "So far, 21 amphorae have been lifted by the team."
    assert _figure_conflicts(a, b) == [("34", "21")]


def test_a_rival_count_of_the_noun_leaves_it_unpaired() -> None:
    a = _LEAD_A + "Divers have brought up 34 amphorae from the wreck."
    b = (
        _LEAD_B
        + "So far, 21 amphorae have been lifted by the team. "
        + "The town museum has received 16 amphorae from the team."
    )
    assert _figure_conflicts(a, b) == []


def _closest_pairs(a: str, b: str) -> list[tuple[str, str]]:
    sources = [Source.from_text(a, id="a"), Source.from_text(b, id="b")]
    claims = [c for s in sources for c in extract_claims(s)]
    sentences = SentenceClaims.index(claims, article_dates(sources))
    numbers = [c for c in claims if isinstance(c, Number)]
    return [
        (numbers[i].text, numbers[j].text)
        for _, i, j in closest_figure_pairs(numbers, None, sentences)
    ]


def test_the_closest_sentences_sharing_only_the_counted_noun_pair() -> None:
    a = "EU divers have brought up 34 amphorae from the wreck."
    b = "The EU team has lifted 21 amphorae onto its boat."
    assert _closest_pairs(a, b) == [("34", "21")]
    # the counted noun beside a word said alike (the short "EU"), not without one
    assert _closest_pairs("Divers found 34 coins.", "The team lifted 21 amphorae.") == []
