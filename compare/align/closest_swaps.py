"""Two statements each other's closest, taken back from a partner the word model preferred.

The statement grouping pairs each statement with one counterpart per article, the
matchers' best-scoring pair first. The model's score sometimes prefers a longer
sentence that shares the topic's words ("The first complaints came in on June 11,
when nurses at Greywell General noticed children arriving short of breath" over "Most
of the children were seen at Greywell" for "The bulk of the children are at Greywell
General"), and the sentence that states the same fact is left with nothing.
Being each other's closest in two whole articles by the information-weighted cosine
(mutual_best.py) is evidence of one fact that the model's score does not weigh.

So after the grouping, a pair some matcher proposed whose two statements are each
other's closest (mutual_best), but which the grouping put apart, is made a group of
its own, the two taken out of the groups holding them, when

- each of those groups is a group of two (a larger group is several outlets' one
  fact, never broken up here);
- two that tell one figure alike (years aside, in digits or words) tell all their
  figures alike: "2,318 to 861" / "2,318 to 816" is the number kind's to judge, and
  the statement judge may miss it (figures none of which meet may be one amount in
  two units or spellings: "3 km" / "almost two miles", the judge's to read);
- the two tell no passive's doers after "by" that share no word ("lifted to
  safety by coastguard winchmen" / "hauled to the shore by a pair of rowers");
- the statement judge finds the closest pair agrees, a clean agreement: a pair it
  cannot check or finds differing is left as the grouping made it;
- and the judge can check neither group given up (each would be dropped, shown
  neither as a ✓ nor as a finding): a conflict or an agreement the grouping found
  stays shown, whatever the closest pair says. (Taking the closest pair from an
  agreeing group too lost as many planted agreements of the read sets as it found.)

A statement left alone by the swap stays unpaired (its group of two is gone); it
is not paired again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from compare.align.best_agreements import figures_of
from compare.align.model import AGREE, Judgement
from compare.align.mutual_best import mutual_best
from compare.align.words import STOPWORDS, stem, words
from compare.extract import Claim
from compare.ingest import HEADLINE

Group = tuple[list[int], float]


def closest_swaps(
    claims: Sequence[Claim],
    groups: Sequence[Group],
    pairs: Sequence[tuple[float, int, int]],
    judge: Callable[[Sequence[Claim]], Judgement],
    loose: Sequence[Group] = (),
) -> list[Group]:
    """The groups with each swapped-in closest pair (see the module); `pairs` are the
    matchers' (score, i, j), `judge` the kind's judge of a group of claims, `loose`
    the pairs standing apart from the groups (their claims are partnered already)."""
    proposed = {(min(i, j), max(i, j)): score for score, i, j in pairs}
    # a headline meeting a body sentence says little (see _past_headlines): only
    # what the body says is swapped in
    closest = [
        (i, j)
        for _, i, j in mutual_best(claims)
        if (i, j) in proposed and claims[i].block != HEADLINE and claims[j].block != HEADLINE
    ]
    if not closest:
        return list(groups)
    kept: list[Group | None] = list(groups)
    group_of = {i: g for g, (idx, _) in enumerate(groups) for i in idx}
    # claims no longer free: in a loose pair, or in a group given up or swapped in
    # (each claim stands in one pair at most)
    used = {i for idx, _ in loose for i in idx}
    added: list[Group] = []
    for i, j in closest:
        if i in used or j in used:
            continue
        gi, gj = group_of.get(i), group_of.get(j)
        if gi is not None and gi == gj:
            continue  # grouped together already
        held = [g for g in (gi, gj) if g is not None]
        if not held:
            continue  # two claims the grouping left alone: no partner to take back
        if any(len(groups[g][0]) != 2 for g in held):
            continue
        told_i, told_j = figures_of(claims[i].text), figures_of(claims[j].text)
        if told_i & told_j and told_i != told_j:
            continue  # one figure told alike, another not: the number kind's to judge
        if _doers_apart(claims[i], claims[j]):
            continue
        verdict = judge([claims[i], claims[j]])
        if verdict.unchecked or verdict.verdict != AGREE:
            continue
        if not all(judge([claims[k] for k in groups[g][0]]).unchecked for g in held):
            continue
        for g in held:
            used.update(groups[g][0])
            kept[g] = None
        used.update((i, j))
        added.append(([i, j], proposed[(i, j)]))
    return [g for g in kept if g is not None] + added


# A passive's doer: "was lifted to safety by coastguard winchmen", "were
# arrested by police on Friday" (the doer ends at a clause mark or a preposition or
# adverb opening what follows).
_BY_DOER = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+\s+){1,5}?by\s+(?P<doer>[^,;:.()\"“”—–]+?)"
    r"(?=[,;:.()\"“”—–]|\s+(?:with|from|in|at|on|after|before|during|when|while|shortly|"
    r"and|but|who|which|that)\b|$)"
)


def _doers_apart(a: Claim, b: Claim) -> bool:
    """Both sentences tell a passive's doer after "by", and the two doers share no
    content word by stem: two doers of one deed are an actor conflict the judge may
    miss ("lifted to safety by coastguard winchmen" / "hauled to the shore by a
    pair of rowers")."""
    doers_a, doers_b = _by_doers(a.sentence), _by_doers(b.sentence)
    if not doers_a or not doers_b:
        return False
    return not doers_a & doers_b


def _by_doers(sentence: str) -> frozenset[str]:
    return frozenset(
        stem(w.lower())
        for found in _BY_DOER.finditer(sentence)
        for w in words(found.group("doer"))
        if w.isalpha() and w.lower() not in STOPWORDS
    )
