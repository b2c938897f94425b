"""Statements that give the same figure of the same counted thing, told in other words.

"At least 23 homes have been destroyed" / "Crews reported that 23 homes had
burned to the ground": the word model finds too few words in common, yet a
figure of one counted thing that both give alike, hedges aside ("at least 23" /
"23"), says they state one fact. This matcher
pairs them only when the statement judge then finds nothing differing, so it
adds agreements and never a discrepancy. A small count ("two people") is too
common to tell one fact from another by itself: below MIN_VALUE the figures'
clauses must also name the same predicate. Two counts told with two nouns pair when
the figure is large and precise ("about 180 passengers" / "180 people on board"). Two
estimates of one round figure ("nearly 300 operations" / "about 300 surgeries") do
not: one event holds many counts near a round figure ("about 300 evacuated" /
"nearly 300 homes damaged"), and a wrong ✓ there would hide what differs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from compare.align.figure_intervals import comparable_value, compare_figures
from compare.align.frames import compare_frames, same_event_predicate
from compare.align.model import Verdict
from compare.align.numbers import unit_key
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims, inside
from compare.align.sentence_facts import BARE, figure_keys
from compare.align.settings import Options
from compare.align.statement_judge import compare_pair
from compare.extract.claims import Number, Statement

SCORE = 0.4  # below every other statement matcher: a differing pair groups first
MIN_VALUE = 10
_UNKNOWN = ("percent", "age")


def figure_statement_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    by_unit: dict[str, list[tuple[int, Number]]] = defaultdict(list)
    for i, statement in enumerate(statements):
        for n in inside(statement, sentences):
            if isinstance(n, Number) and n.form not in ("ordinal", "single"):
                for key in figure_keys(n):
                    if not key.startswith(BARE) and key not in _UNKNOWN:
                        by_unit[key].append((i, n))
                if _telling_count(n):
                    # "about 180 passengers" / "180 people on board": one large count
                    # told with two nouns for what it counts
                    by_unit[f"{COUNT}{comparable_value(n)}"].append((i, n))
    pairs: set[tuple[int, int]] = set()
    for key, postings in by_unit.items():
        for x, (i, a) in enumerate(postings):
            for j, b in postings[x + 1 :]:
                pair = (min(i, j), max(i, j))
                if statements[i].source == statements[j].source or pair in pairs:
                    continue
                if (
                    _one_figure(a, b, counted_apart=key.startswith(COUNT))
                    and compare_pair(statements[i], statements[j], sentences) is None
                ):
                    pairs.add(pair)
    return [(SCORE, i, j) for i, j in sorted(pairs)]


def _telling_count(n: Number) -> bool:
    """A count large and precise enough that two tellings of it are seldom a
    coincidence: 180 or 2,350, not a round 100, 1,000 or 300,000 (read on ECB+: "100
    attacks" / "100 people injured", "a poll of 1,000" / "a crowd of 1,000"); no
    year ("in 2009"), sum or share, whose unit says more than the noun."""
    value = comparable_value(n)
    return (
        n.form == "cardinal"
        and n.pair is None
        and value >= TELLING_VALUE
        and value == int(value)
        and len(str(int(value)).rstrip("0")) >= 2
        and not YEARS[0] <= value <= YEARS[1]
        and unit_key(n) not in _UNKNOWN
    )


TELLING_VALUE = 100
COUNT = "count:"  # the key of a telling count, whatever noun it counts
YEARS = (1800, 2100)


def _one_figure(a: Number, b: Number, *, counted_apart: bool = False) -> bool:
    """Figures alike whose clauses clash in nothing they both state (another actor,
    thing, day, time or place, the other polarity or an opposite verb), and either
    large enough to be telling or of one predicate."""
    if comparable_value(a) != comparable_value(b) or compare_figures(a, b) == Verdict.DIFFER:
        # "106,000" / "roughly 100,000" is approximate: the number alignment shows
        # it, and a statement agreement would hide it behind a ✓. One value with
        # other hedges ("at least 23" / "23") is one figure.
        return False
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return False
    frames = compare_frames(fa, fb)
    parts = ("predicate", "thing") if counted_apart else ("predicate",)
    if frames.conflict is not None or not (frames.aligned or frames.part in parts):
        return False
    if fa.negated != fb.negated:
        return False
    return min(a.value, b.value) >= MIN_VALUE or same_event_predicate(fa.lemma, fb.lemma)
