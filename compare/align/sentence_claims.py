"""Every claim of every sentence, so that a judge can read what else a sentence states.

Two statements aligned as one fact agree only if the figures, tallies, dates, times
and places both sentences state agree too; those are claims of other kinds, found
here by the sentence they sit in.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping

import attrs

from compare.extract.claims import Claim, Statement


@attrs.frozen(eq=False)  # one comparison's index, told apart by identity (hashable)
class SentenceClaims:
    """(source id, sentence start) -> the claims in that sentence, in text order."""

    by_sentence: Mapping[tuple[str, int], tuple[Claim, ...]] = attrs.field(factory=dict)
    # Each article's publication day, where known (age_moments.article_dates): what a
    # span counted back from "now" ("seven years ago") is reckoned from.
    published: Mapping[str, dt.date] = attrs.field(factory=dict)
    # Each article's clean text by source id, where known: what a judge reads to tell
    # whether an article names someone or speaks of a doer at all (speakers_apart,
    # agreed_doers).
    texts: Mapping[str, str] = attrs.field(factory=dict)
    # Each article's sentence ends, ascending, and the sentence ending at each: built
    # on first use by `sentence_before`, which walked every claim of every article per
    # statement asked (7,572 walks at 509 ECB+ articles, ~3% of the compare).
    _ends: dict[str, tuple[list[int], list[str]]] = attrs.field(
        init=False, factory=dict, repr=False
    )

    @classmethod
    def index(
        cls,
        claims: Iterable[Claim],
        published: Mapping[str, dt.date] | None = None,
        texts: Mapping[str, str] | None = None,
    ) -> SentenceClaims:
        found: dict[tuple[str, int], list[Claim]] = defaultdict(list)
        for claim in claims:
            found[(claim.source, claim.sentence_start)].append(claim)
        return cls(
            {key: tuple(sorted(v, key=lambda c: c.start)) for key, v in found.items()},
            dict(published or {}),
            dict(texts or {}),
        )

    def of(self, claim: Claim) -> tuple[Claim, ...]:
        """The claims in the claim's sentence (itself included)."""
        return self.by_sentence.get((claim.source, claim.sentence_start), ())

    def claims(self) -> list[Claim]:
        """Every claim of every sentence, sentence by sentence."""
        return [c for told in self.by_sentence.values() for c in told]

    def sentence_before(self, source: str, start: int) -> str:
        """The sentence of `source` that ends last at or before `start`, or ''. Of
        two sentences ending there, the first of `claims()`'s order."""
        if not self._ends:
            self._index_ends()
        ends, texts = self._ends.get(source, ((), ()))
        at = bisect_right(ends, start)
        return texts[at - 1] if at else ""

    def _index_ends(self) -> None:
        first: dict[str, dict[int, str]] = defaultdict(dict)
        for claim in self.claims():
            first[claim.source].setdefault(claim.sentence_end, claim.sentence)
        for source, by_end in first.items():
            ends = sorted(by_end)
            self._ends[source] = (ends, [by_end[end] for end in ends])

    def statements(self) -> list[Claim]:
        """Every statement of every sentence: what a reading of each article's only
        statement of a kind (compass_sides, storeys, standard_sides) looks through."""
        return [c for c in self.claims() if isinstance(c, Statement)]


NO_SENTENCES = SentenceClaims()


def inside(statement: Claim, sentences: SentenceClaims) -> list[Claim]:
    """The other claims within the statement's words."""
    return [
        c
        for c in sentences.of(statement)
        if c is not statement and statement.start <= c.start and c.end <= statement.end
    ]
