"""Two predicates of one event where one verb names a kind of the other's event.

event_times ties a date or time to its event's words and pairs two articles' when
their words share a stem, a sense group or a derivation. Outlets also tell one
event with a general verb and a specific one, or with a phrasal verb and a plain
one: "the jet touched down at 3:42 p.m." / "the jet landed at 4:25 p.m.", "was
slain on Monday" / "was killed on Tuesday". WordNet's direct hypernyms join those
(data/verb_kinds.txt, already shipped for verb_kinds.kind_of), so no new table is
needed; two verbs that merely share a hypernym stay two events, and opposites
(the news verbs' table) never pair.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from compare.align.opposites import are_opposites
from compare.align.verb_kinds import kind_of, predicate_lemma
from compare.extract.claims import Claim


def kin_pairs(
    claims: Sequence[Claim], datable: Sequence[bool], empty: frozenset[str]
) -> set[tuple[int, int]]:
    """(i, j), i < j, claims of two articles whose predicates are a verb and a kind
    of it. Compared once per pair of lemmas, not per pair of claims."""
    by_lemma: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        lemma = kin_lemma(claim, empty) if datable[i] else None
        if lemma is not None:
            by_lemma[lemma].append(i)
    lemmas = sorted(by_lemma)
    found = set()
    for x, first in enumerate(lemmas):
        for second in lemmas[x + 1 :]:
            if not kind_of(first, second) or are_opposites(first, second):
                continue
            for i in by_lemma[first]:
                for j in by_lemma[second]:
                    if claims[i].source != claims[j].source:
                        found.add((min(i, j), max(i, j)))
    return found


def kin_lemma(claim: Claim, empty: frozenset[str]) -> str | None:
    """The predicate's lemma, with its particle ("touch_down") or idiom's words
    ("give_way"), when it names an event: not a light, reporting or otherwise empty
    verb. A light verb's phrasal verb or idiom names its own event ("set off",
    "gave way")."""
    lemma = (predicate_lemma(claim) or "").lower()
    if not lemma.replace("_", "").isalpha() or lemma in empty:
        return None
    return lemma
