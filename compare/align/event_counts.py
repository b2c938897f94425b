"""Counts that are each article's only figure told with one event verb.

Figures are paired by their counted noun (numbers.unit_key), but two outlets often
name one counted thing differently, or not at all: "A capacity crowd of 4,100 filled
the hall" / "The hall was filled with 3,500 concertgoers"; "Officers detained nine
protesters" / "Police arrested 14 people". The nouns differ ("filled" read as the unit,
"concertgoers"; "protesters", "people"), so the two counts were never compared.

What ties such counts is the event their clauses tell: when each article gives one
count, and only one, in a clause of one event (the same event verb,
frames.same_event_predicate: "pack", "admit", not "be", "have", "make"; one verb a
WordNet kind of the other, verb_kinds.kind_of; or one thing done to what is counted,
the outcome class of number_clues: "held", "hurt"), both answer the same question, as
an article's only figure of a counted noun does (sole_figures). The counted things must
still be one: a bare count (no noun of its own, or the verb itself read as one)
beside a counted noun, or two nouns that both count people ("suspects" / "people");
"killed 5 people" / "killed 300 cattle" stay apart. Measures (metres, tonnes,
money, spans of time, percentages) are no counts and are left out. The clues that
tell two facts apart (deaths and injuries, a part and a total, another period,
another named person, another day or hour) are asked by the caller as for sole
figures.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from compare.align.frames import confident, same_event_predicate
from compare.align.occasions import another_occurrence
from compare.align.people_counts import counts_people, general
from compare.align.sole_kinds import tells_one
from compare.align.verb_kinds import kind_of
from compare.align.words import words
from compare.extract import Number
from compare.extract.lemmas import verb_lemma

EVENT = "event:"  # the start of the keys event_postings gives its postings
_FORMS = frozenset({"cardinal"})  # ordinals rank, "single" is an article, shares are parts


@lru_cache(maxsize=65536)
def one_event(a: str | None, b: str | None) -> bool:
    """Do two verbs tell one event: the same one ("packed" / "was packed"), or one a kind
    of the other in WordNet ("shutter" / "close")?"""
    if not (a and b and confident(a) and confident(b)):
        return False
    return same_event_predicate(a, b) or kind_of(a, b) or kind_of(b, a)


def _bare(n: Number, key: str) -> bool:
    """Does the figure count no noun of its own: none read, or its clause's verb read
    as one ("a crowd of 4,100 filled the hall")?"""
    if not key:
        return True
    said = words(n.unit or "")
    lemma = n.frame_lemma
    return len(said) == 1 and lemma is not None and verb_lemma(said[0].lower()) == lemma


def _people(n: Number) -> bool:
    return counts_people(n) or general(n)


def event_postings(
    numbers: Sequence[Number],
    unit_key: Callable[[Number], str],
    countable: Callable[[Number, str], bool],
    outcomes: Sequence[frozenset[str]],
    parts: Sequence[tuple[bool, bool]],
) -> dict[str, list[int]]:
    """Pairs of counts (one of each article) told with one event verb, each its
    article's only value told with that verb, whose counted things may be one, keyed
    apart from any unit key. `countable` says which figures are counts of a thing,
    `outcomes` (number_clues.Clues.outcome) what happened to what they count,
    `parts` whether each is a part or a total (Clues.part, Clues.total)."""
    keys = [unit_key(n) for n in numbers]
    # every figure told with an event verb, measure or not: "9 metres" told with the
    # verb is another value of it as much as "9 homes" is
    told = [
        i
        for i, n in enumerate(numbers)
        if n.pair is None
        and n.form in _FORMS
        and keys[i] != "age"  # an age describes a person, told with any verb
        and one_event(n.frame_lemma, n.frame_lemma)
        and not another_occurrence(n)
    ]
    counts = [i for i in told if _bare(numbers[i], keys[i]) or countable(numbers[i], keys[i])]
    # only_value reads one article's figures: kept per article, so that a many-article
    # compare does not walk every article's figures for each pair (in `told` order)
    told_in: defaultdict[str, list[int]] = defaultdict(list)
    for k in told:
        told_in[numbers[k].source].append(k)

    def one_question(i: int, j: int) -> bool:
        # "closing 120 of its 310 stores": a part and its total answer two questions
        if parts[i] != parts[j]:
            return False
        return bool(outcomes[i] & outcomes[j] or not (outcomes[i] or outcomes[j]))

    def one_telling(i: int, k: int) -> bool:
        # one event verb, or one thing done to what is counted ("detained nine
        # protesters" / "arrested 14 people": both held)
        same_verb = one_event(numbers[i].frame_lemma, numbers[k].frame_lemma)
        return same_verb or bool(outcomes[i] & outcomes[k])

    def only_value(i: int, pair: tuple[int, int]) -> bool:
        of_event = [
            numbers[k].value
            for k in told_in[numbers[i].source]
            if any(one_telling(p, k) for p in pair) and one_question(i, k)
        ]
        return tells_one(of_event)

    postings: dict[str, list[int]] = {}
    for i, j in _telling_candidates(numbers, counts, outcomes):
        a, b = numbers[i], numbers[j]
        if a.source == b.source or keys[i] == keys[j]:
            continue  # one noun: the unit key's postings compare them
        if not one_telling(i, j):
            continue
        bare = _bare(a, keys[i]) or _bare(b, keys[j])
        if not (bare or (_people(a) and _people(b))):
            continue  # two named things ("5 people" / "300 cattle")
        if only_value(i, (i, j)) and only_value(j, (i, j)):
            postings[f"{EVENT}{i}:{j}"] = [i, j]
    return postings


def _telling_candidates(
    numbers: Sequence[Number], counts: Sequence[int], outcomes: Sequence[frozenset[str]]
) -> list[tuple[int, int]]:
    """The pairs (i, j), i < j, of `counts` from two sources that may be told alike:
    their verbs tell one event (one_event, asked once per pair of distinct lemmas),
    or they share an outcome. The caller still asks each one_telling; no other pair
    passes it, so the counts of a many-article compare are not walked all against all
    (509 ECB+ articles: event_postings 1.6-2.1 s -> 0.8-0.9 s of CPU, with verb_kinds'
    union of senses). In ascending (i, j) order, the order in which a walk of every
    pair meets them, so that the postings, and the pairs made from them, come out in
    the same order as before."""
    by_lemma: dict[str | None, list[int]] = defaultdict(list)
    by_outcome: dict[str, list[int]] = defaultdict(list)
    for i in counts:
        by_lemma[numbers[i].frame_lemma].append(i)
        for outcome in outcomes[i]:
            by_outcome[outcome].append(i)
    found: set[tuple[int, int]] = set()
    lemmas = list(by_lemma)
    for x, a in enumerate(lemmas):
        for b in lemmas[x:]:
            if one_event(a, b):  # symmetric: every test it makes is
                found.update(_crossed(by_lemma[a], by_lemma[b]))
    for postings in by_outcome.values():
        found.update(_crossed(postings, postings))
    return sorted((i, j) for i, j in found if numbers[i].source != numbers[j].source)


def _crossed(first: Sequence[int], second: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Every pair of two distinct indices, one of each list, smaller first."""
    for i in first:
        for j in second:
            if i != j:
                yield (i, j) if i < j else (j, i)
