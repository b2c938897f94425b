"""Two sentences that quote one passage, credited to speakers not checked to be one:
no ✓ for the sentences either.

The quote matcher judges who said a quotation (quote_speakers): two named people
are a speaker conflict, and a speaker it cannot confirm to be the other's (one
reached through a pronoun, two posts, someone speaking for a body the other's
sentence does not mention) leaves the quote unchecked. The same two sentences
are statements too, and the statement judge, which reads figures, days and
places, would agree with them: a ✓ beside the quote's finding, or over the
speaker the quote matcher could not check. So a statement pair whose sentences
quote one passage is judged by its speakers as well: the claims stay unpaired
(no finding of their own: the quote's is the one shown) when the quote matcher
would find or leave open two speakers.
"""

from __future__ import annotations

from collections.abc import Sequence

from compare.align.fact_clash import FactClash
from compare.align.model import Conflict, Severity
from compare.align.quote_speakers import speakers_clash, unchecked_speakers
from compare.align.words import STOPWORDS, words
from compare.extract.claims import Claim, Quote

# Share of the shorter quotation's content words the other must hold: one passage
ONE_PASSAGE = 0.8


def speakers_apart(claims_a: Sequence[Claim], claims_b: Sequence[Claim]) -> FactClash | None:
    quotes_a = [c for c in claims_a if isinstance(c, Quote)]
    quotes_b = [c for c in claims_b if isinstance(c, Quote)]
    for x in quotes_a:
        for y in quotes_b:
            if not _one_passage(x, y):
                continue
            if speakers_clash(x, y) is False or unchecked_speakers(x, y):
                said_x, said_y = x.speaker or "", y.speaker or ""
                return FactClash(Conflict.SPEAKER, said_x, said_y, Severity.VARIANT, unpaired=True)
    return None


def _one_passage(x: Quote, y: Quote) -> bool:
    wx = {w for w in words(x.text) if w not in STOPWORDS}
    wy = {w for w in words(y.text) if w not in STOPWORDS}
    shorter = min(len(wx), len(wy))
    return shorter > 0 and len(wx & wy) >= ONE_PASSAGE * shorter
