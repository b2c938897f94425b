"""A quotation and a statement each the other's closest (quote_best_agreements.py):
a quote told again in indirect speech with other words agrees; a denial on one side,
or another speaker, is no agreement."""

from __future__ import annotations

import pytest

from compare.align import AGREE, compare_texts
from tests.test_mutual_best import _articles

QUOTE = (
    '"The sea wall has cracked in three places and will have to be rebuilt before winter,"'
    " Dunmore said."
)
TOLD = (
    "Harbour engineer Tess Dunmore warned that the sea wall, split in three spots, "
    "must be rebuilt ahead of the winter."
)


def _agreeing(texts: dict[str, str], a_words: str, b_words: str) -> bool:
    comparison = compare_texts(texts)
    return any(
        al.verdict == AGREE
        and any(m.source == "a" and a_words in m.sentence for m in al.members)
        and any(m.source == "b" and b_words in m.sentence for m in al.members)
        for al in comparison.alignments
    )


def test_a_quote_told_again_in_other_words_agrees() -> None:
    assert _agreeing(_articles(QUOTE, TOLD), "has cracked", "split in three")


@pytest.mark.parametrize(
    "told",
    [
        # the saying itself denied
        "Harbour engineer Tess Dunmore did not warn that the sea wall, split in three "
        "spots, must be rebuilt ahead of the winter.",
        # the same, the denial too far from the wall for unpair's governed words
        "Harbour engineer Tess Dunmore did not caution that with the sea wall split in "
        "three spots, it must be rebuilt ahead of the winter.",
        # another person named, the quote's speaker not
        "Harbour engineer Ivo Brandt warned that the sea wall, split in three spots, "
        "must be rebuilt ahead of the winter.",
    ],
)
def test_a_denial_or_another_speaker_is_no_agreement(told: str) -> None:
    assert not _agreeing(_articles(QUOTE, told), "has cracked", "split in three")
