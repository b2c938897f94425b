"""A word of one sentence whose opposite stands in the other: no ✓ on the pair.

"Passengers were allowed to leave the carriages" / "Passengers were ordered to stay
inside the carriages", "The court acquitted Zoran Pešić" / "Zoran Pešić was found
guilty": two matched statements the frame and clause readings could not tie to one
act (another main verb, a clause the frame did not read, a doer told apart), yet a
word of one is the opposite of a word of the other in the project's table of
opposites (opposites.py: the news pairs and WordNet's antonyms). Two sentences held
for one fact that turn on opposite words are as often a contradiction as two facts,
so such a pair is shown neither as a finding nor with a ✓ (it is left unchecked).

Not read so: converses ("won" / "lost", "bought" / "sold": one fact from either
side), a word the other sentence says too (either side), a word a negator governs
("did not leave" / "stayed"), and a word both sentences' opposites share.
"""

from __future__ import annotations

from compare.align.opposites import are_opposites, is_converse, is_opposite_word, lemmas
from compare.align.word_contradictions import near_negator
from compare.align.words import STOPWORDS, TEXTS_REMEMBERED, remembered, words


@remembered(TEXTS_REMEMBERED)  # asked once per judged pair
def opposite_words_apart(text_a: str, text_b: str) -> bool:
    """Does a word of one sentence stand against its opposite in the other, neither
    said by the other sentence nor governed by a negator?"""
    ws_a, ws_b = words(text_a), words(text_b)
    told_a = _told(ws_a)
    told_b = _told(ws_b)
    side_a = [x for x in _candidates(ws_a) if not lemmas(x) & told_b]
    side_b = [y for y in _candidates(ws_b) if not lemmas(y) & told_a]
    return any(
        are_opposites(x, y) and not is_converse(x, y) for x in side_a for y in side_b
    )


def _told(ws: list[str]) -> frozenset[str]:
    return frozenset().union(*(lemmas(w) for w in ws)) if ws else frozenset()


def _candidates(ws: list[str]) -> list[str]:
    return list(
        dict.fromkeys(
            w
            for w in ws
            if w not in STOPWORDS and is_opposite_word(w) and not near_negator(ws, w)
        )
    )
