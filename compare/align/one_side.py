"""Two names for the one body that speaks for a country or an organisation:
"The Kestran defence ministry" / "Kestran officials", "the Ardenian government" /
"Ardenian authorities".

News writing credits a government's word to its ministry, its officials, its
spokesman or the government itself, all under the same proper name. Two such
actors with the same proper words and an official head noun are one side, so a
denial or an opposite between them (the ministry "confirmed the strike",
officials "denied carrying out the strike") is one side's two accounts, not two
facts.
"""

from __future__ import annotations

from compare.align.frames import head
from compare.align.words import STOPWORDS, display_words
from compare.extract.claims import Span

# Head nouns (as frames.head stems them) of those who speak for a government or an
# organisation as a whole.
_OFFICIAL_HEADS = frozenset(
    "ministry government official authority spokesman spokeswoman spokesperson"
    " military army office administration".split()
)


def one_side(a: Span | None, b: Span | None) -> bool:
    """Both actors speak for one body: the same proper words, official heads."""
    if a is None or b is None:
        return False
    proper_a, proper_b = _proper(a.text), _proper(b.text)
    return (
        bool(proper_a)
        and proper_a == proper_b
        and head(a) in _OFFICIAL_HEADS
        and head(b) in _OFFICIAL_HEADS
    )


def _proper(text: str) -> frozenset[str]:
    """The capitalised words but function words ("The")."""
    return frozenset(
        w.lower() for w in display_words(text) if w[:1].isupper() and w.lower() not in STOPWORDS
    )
