"""The result each article's lead tells first: one contest's score, two values.

A report of a match, a final or a bout opens on its result and gives the score in
its first sentences ("Kestrel Town beat the Otters 4-2 on Sunday to lift the cup" /
"The Otters' 4-3 defeat ended a ten-year run"). Outlets tell the result with their
own verbs and from either side ("beat" / "the defeat", "won" / "the final was 6-3
to the visitors"), so neither the frames nor the sentences' words tie the two
scores, and a sports story gives many other scores (sets, halves, earlier rounds),
so an article's only score is seldom alone to be paired as sole_vote_tallies pairs
votes. What ties them is where each stands: the inverted pyramid puts the result
first, before any set, half or earlier game.

Here each article's first tally that is not a vote's (lead_vote_tallies pairs
those), standing in the article's lead (its first LEAD_SENTENCES sentences with
claims) and alone in its sentence as a tally, nothing having paired it, meets the
other article's. A tally of a part of the contest (a set, a half, a series, a
lead held: told by the noun the tally counts, the word right before it or the words
right after it), a tally of another
occurrence, and what parts two figures in closest_figure_clashes (another period,
day, place, leading name, an ordinal: "the first set") leave it unpaired; so does a
side named right before one tally that the other article never names (two games:
tally_frames), as do two rounds of a cup named, one in each sentence ("to reach the
final" / "in the semifinal"). A CrossKindSpec with `differs`: it runs on figures nothing paired
and is shown only when the number judge finds the two differ; it never makes an
agreement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from compare.align.closest_figure_clashes import occurrence_apart, two_facts
from compare.align.lead_days import articles_and_leads
from compare.align.lead_vote_tallies import years_apart
from compare.align.model import Verdict
from compare.align.number_judge import judge_pair
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.tally_frames import side_unnamed
from compare.align.vote_tallies import vote_tally
from compare.align.words import words
from compare.extract.claims import Claim, Number

SCORE = 0.37  # under lead_vote_tallies' pairs
LEAD_SENTENCES = 6  # the headline and the first sentences of the body
# Nouns of a part of a contest, or of a standing, that a tally may count or be
# followed by ("won the series 3-1", "took the first set 25-22", "a 2-1 lead",
# "2-0 at half-time"): general sports English, not one sport's.
# The rounds of a cup or a tournament (general sports English): a sentence naming
# one round and another naming another tell two games, or one game told by the
# round it led to ("won 3-1 to reach the final") and by its own, which cannot be told
# apart from two games.
_ROUNDS = re.compile(r"\b(final|semi-?final|semis|quarter-?final)s?\b", re.IGNORECASE)
_PARTS = frozenset(
    "set sets half halves series lead leg legs aggregate quarter quarters period periods "
    "round rounds innings frame frames tie-break tiebreak interval break half-time halftime".split()
)


def lead_score_pairs(
    numbers: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of two articles' first score tallies, both in their
    article's lead, both among `numbers` (those nothing paired)."""
    every, lead = articles_and_leads(numbers, sentences, LEAD_SENTENCES)
    tallies: dict[str, list[Number]] = {}
    for c in sorted(every, key=lambda c: (c.source, c.start)):
        if isinstance(c, Number) and c.pair is not None and not vote_tally(c):
            tallies.setdefault(c.source, []).append(c)
    free = {id(c): i for i, c in enumerate(numbers)}
    leads: list[Number] = []
    for told in tallies.values():
        first = told[0]
        alone = all(n.sentence_start != first.sentence_start for n in told[1:])
        if (
            id(first) in free
            and alone
            and first.sentence_start in lead.get(first.source, frozenset())
            and not _of_a_part(first)
            and not occurrence_apart(first)
        ):
            leads.append(first)
    words_of: dict[str, set[str]] = {}
    for c in every:
        words_of.setdefault(c.source, set()).update(words(c.sentence))
    pairs = []
    for x, a in enumerate(leads):
        for b in leads[x + 1 :]:
            if judge_pair(a, b).verdict != Verdict.DIFFER:
                continue
            if side_unnamed(a, words_of[b.source]) or side_unnamed(b, words_of[a.source]):
                continue
            if two_facts(a, b, sentences, every, tied_by_words=False) or years_apart(a, b):
                continue
            if _rounds_apart(a, b):
                continue  # "beat Orbury 3-1 to reach the final" / "lost 2-0 in the semifinal"
            i, j = sorted((free[id(a)], free[id(b)]))
            pairs.append((SCORE, i, j))
    return pairs


def _of_a_part(n: Number) -> bool:
    """Does the tally count a part of the contest or a standing: its noun, the word
    right before it ("took the first set 25-22", "won the series 4-1") or the words
    right after it ("a 2-1 lead", "2-0 at half-time"), a part's?"""
    if n.unit is not None and any(w in _PARTS for w in words(n.unit)):
        return True
    preceding = re.findall(r"[A-Za-z-]+", n.sentence[: max(0, n.start - n.sentence_start)])
    if preceding and preceding[-1].lower() in _PARTS:
        return True
    after = n.sentence[n.end - n.sentence_start :]
    following = re.findall(r"[A-Za-z-]+", after)[:3]
    return any(w.lower() in _PARTS for w in following)


def _rounds_apart(a: Number, b: Number) -> bool:
    """Do both sentences name a round of a cup, no round alike ("the final" / "the
    semifinal")?"""
    ra = {r.lower().replace("-", "") for r in _ROUNDS.findall(a.sentence)}
    rb = {r.lower().replace("-", "") for r in _ROUNDS.findall(b.sentence)}
    return bool(ra and rb and not ra & rb)
