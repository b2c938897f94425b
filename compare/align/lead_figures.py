"""The first figure of a counted thing each article's lead gives: one fact, two values.

A news article opens on its story and the figures that make it news: how many
homes a landslide buried, what a fine came to, how far a rocket climbed, how many
people were evacuated (the inverted pyramid). Two outlets that count one thing
differently seldom tell it in the same words ("It buried 36 houses under a wall of
earth" / "The slide swallowed 52 houses"; "tipped some 12,000 tonnes of rubble" /
"around 8,000 tonnes of waste were left on the site"), and the figure of the
other article is seldom its article's only one of that counted thing, so neither
the frames, nor the sentences' words, nor sole_figures tie the two. What ties
them is where each stands: the first time an article counts a thing, in its lead,
it gives the story's figure of that thing; a later figure of the same thing is a
part, an earlier year's, another place's.

Here, for each counted thing (numbers.unit_key: one noun's stem, one currency,
percentages, one unit of measure), each article's first figure of it, when it stands
in the article's lead (the first LEAD_SENTENCES sentences with claims, the headline
among them), alone of its kind in its sentence, its verb not told of another figure
of the thing in the lead (two fines: which one the other article counts is open),
and nothing paired it, meets the other article's first. Left out: ages and spans of
time (one clause may tell any moment of a stretch), ordinals, vague amounts
("hundreds of"), figures of no counted thing, tallies (lead_score_tallies,
lead_vote_tallies), counts of the places where it happened ("in five villages"),
figures more than MAX_RATIO apart, a running total ("since the riots began", "so
far") against one that is not, counts of two opposite deeds ("bought" / "sold"), a
count of all those aboard ("a coach carrying 48 pupils") against a count of what
befell some ("39 pupils had cuts"), and whatever parts two figures for the number
matcher (number_facts.two_facts: "in all, 12 shots" against "he fired 9 times"); and
what parts two figures in closest_figure_clashes (two_facts: deaths against
injuries, a part against its whole, another period, day, place or leading name, a
forecast against an outcome, a sum asked for against one paid) parts these, as does
a year one sentence names and the other does not. A CrossKindSpec with `differs`:
it runs on figures nothing paired and is shown only when the number judge finds the
two differ; it never makes an agreement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from compare.align.closest_figure_clashes import (
    MAX_RATIO,
    occurrence_apart,
    one_kind,
    two_facts,
    usable_figure,
)
from compare.align.lead_days import articles_and_leads
from compare.align.lead_vote_tallies import years_apart
from compare.align.model import Verdict
from compare.align.number_clues import Clues
from compare.align.number_facts import two_facts as why_two_facts
from compare.align.number_judge import judge_pair
from compare.align.numbers import SPANS_OF_TIME, unit_key
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.sole_ties import aboard
from compare.align.tally_frames import turned_round
from compare.align.words import stem
from compare.extract.claims import Claim, Number

SCORE = 0.34  # under the closest sentences' figure clashes: a pair their words tie comes first
LEAD_SENTENCES = 6  # the headline and the first sentences of the body
_FORMS = frozenset({"cardinal", "money", "percent"})
_SPANS = frozenset(stem(w) for w in SPANS_OF_TIME) | SPANS_OF_TIME
# hedges of no figure: "hundreds of", "dozens of", "thousands of"
_VAGUE = frozenset(
    {"hundreds of", "dozens of", "thousands of", "tens of thousands of", "scores of"}
)


# A count naming where something happened, not what happened: "damaged homes in five
# villages", "protests across 12 cities" (the word before the figure or its hedge)
_SETTING = re.compile(r"\b(?:in|across|throughout)\s+$", re.IGNORECASE)
# A running total, counted over a stretch up to now: "since the shooting", "so far",
# "to date", "over four nights", "in the past week"
_RUNNING = re.compile(
    r"\b(?:since|so far|to date|thus far|(?:over|in|during) the (?:past|last)|"
    r"over (?:\w+ )?(?:days|nights|weeks|months|years))\b",
    re.IGNORECASE,
)


def lead_figure_pairs(
    numbers: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of two articles' first figures of one counted thing, both
    in their article's lead, both among `numbers` (those nothing paired)."""
    every, lead = articles_and_leads(numbers, sentences, LEAD_SENTENCES)
    told: dict[tuple[str, str], list[Number]] = {}
    for c in sorted(every, key=lambda c: (c.source, c.start)):
        if isinstance(c, Number) and c.pair is None:
            key = unit_key(c)
            if key and key not in _SPANS:
                told.setdefault((c.source, key), []).append(c)
    free = {id(c): i for i, c in enumerate(numbers)}
    firsts: dict[str, list[Number]] = {}
    for (_source, key), found in told.items():
        first = found[0]
        alone = all(n.sentence_start != first.sentence_start for n in found[1:])
        in_lead = lead.get(first.source, frozenset())
        again = any(n.sentence_start in in_lead and _one_deed(n, first) for n in found[1:])
        if (
            id(first) in free
            and alone
            and not again
            and first.form in _FORMS
            and (first.hedge or "").lower() not in _VAGUE
            and first.sentence_start in lead.get(first.source, frozenset())
            and not occurrence_apart(first)
            and usable_figure(first, sentences)
            and not (first.form == "cardinal" and _in_a_setting(first))
        ):
            firsts.setdefault(key, []).append(first)
    # and the firsts of two counted nouns of one kind of thing ("homes" / "houses",
    # people and a crowd, one event noun a kind of the other:
    # closest_figure_clashes.one_kind)
    kin = [
        (key, [a, b])
        for x, (key_a, found_a) in enumerate(sorted(firsts.items()))
        for key_b, found_b in sorted(firsts.items())[x + 1 :]
        for a in found_a
        for b in found_b
        if a.source != b.source and key_a.isalpha() and key_b.isalpha() and one_kind(a, b)
        for key in (key_a,)
    ]
    pairs = []
    for key, found in [*firsts.items(), *kin]:
        for x, a in enumerate(found):
            for b in found[x + 1 :]:
                if a.source == b.source or judge_pair(a, b).verdict != Verdict.DIFFER:
                    continue
                if not _of_one_size(a, b) or _running(a) != _running(b):
                    continue  # a part and a whole, two measures; a running total and one night's
                if two_facts(a, b, sentences, every, tied_by_words=False):
                    continue
                if why_two_facts(a, b, Clues.of(a), Clues.of(b), differ=True, unit=key):
                    continue  # the number matcher's reasons: "in all, 12 shots" / "fired 9 times"
                if aboard(a) != aboard(b):
                    continue  # "carrying 48 pupils" / "39 pupils had cuts": all aboard, some
                if _opposite_deeds(a, b):
                    continue  # "bought 12 rifles" / "sold seven rifles": two deeds
                if years_apart(a, b):
                    continue  # "In 2019 the mill made 120,000 tonnes": another year's
                i, j = sorted((free[id(a)], free[id(b)]))
                pairs.append((SCORE, i, j))
    return pairs


def _before(n: Number) -> str:
    """The sentence before the figure, its hedge included."""
    return n.sentence[: max(0, n.start - n.sentence_start)]


def _in_a_setting(n: Number) -> bool:
    """Is the figure a count of where it happened ("in five villages")?"""
    before = _before(n)
    hedge = (n.hedge or "").lower()
    if hedge and before.lower().rstrip().endswith(hedge):
        before = before.rstrip()[: -len(hedge)]
    return bool(_SETTING.search(before))


def _of_one_size(a: Number, b: Number) -> bool:
    """Is the larger figure at most MAX_RATIO times the smaller?"""
    low, high = sorted((abs(a.value), abs(b.value)))
    return low > 0 and high <= MAX_RATIO * low


def _running(n: Number) -> bool:
    """Does the figure's sentence count a running total ("since", "so far")?"""
    return bool(_RUNNING.search(n.sentence))


def _opposite_deeds(a: Number, b: Number) -> bool:
    """Are the figures told of two verbs that turn each other round ("bought" /
    "sold", "rose" / "fell")? A count of one deed and a count of
    its opposite are two facts (their clash, if any, is an opposite's, not a figure's)."""
    fa, fb = a.frame, b.frame
    return bool(fa and fb and fa.lemma and fb.lemma and turned_round(fa.lemma, fb.lemma))


def _one_deed(a: Number, b: Number) -> bool:
    """Are the two figures told of one verb ("was fined $2.4 million" / "its partner
    was fined $300,000")? A lead that tells the deed twice, with two figures, tells
    two of its occurrences, and which one the other article's figure counts is open."""
    return bool(a.frame_lemma) and a.frame_lemma == b.frame_lemma
