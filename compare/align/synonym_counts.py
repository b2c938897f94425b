"""One figure of things the outlets name with two synonyms: "three diggers" / "three
excavators", "41 families" / "41 households", "64 musicians" / "64 players".

Numbers are compared only within one counted noun (numbers.unit_key), so such
figures were never paired. Two nouns count one kind of thing here when they share
a sense among each one's three commonest in WordNet (the bundled synonym table,
compare.align.synonyms): not when one is a kind of the other ("ambulances" /
"vehicles") nor when both are kinds of one thing ("gunmen" / "passengers"), which
were two groups as often as one (people_counts).

Nor a figure someone is reported to give (inside a quotation, after "said"): the
words of a quote are its speaker's, and another outlet may give them to another
speaker ("the roof has given way in four places," Varga said / Reyes said it had
given way in four spots), which same_figures too leaves unpaired on words alone.

Only one figure, told alike, is paired so: two synonyms with differing figures are
as likely two counts ("two vans were stolen" / "three lorries were stolen" may be
two thefts), and a pair this key proposes can only agree. The pair must still pass
every test numbers.number_pairs puts to one figure of one noun.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from compare.align.synonyms import are_synonyms, table
from compare.align.words import words
from compare.extract import Number

SYNONYM = "synonym:"  # the start of the keys synonym_postings gives its postings


def counted_noun(n: Number) -> str:
    """The head noun of what the figure counts, lower case ("Russian troops": troops)."""
    said = words(n.unit or "")
    return said[-1].lower() if said and said[-1].isalpha() else ""


def synonym_postings(
    numbers: Sequence[Number], value: Callable[[Number], float]
) -> dict[str, list[int]]:
    """The counts of things, by figure (`value`), keyed apart from any unit key, where
    two of one figure count things named by two synonyms."""
    by_value: dict[float, list[int]] = defaultdict(list)
    for i, n in enumerate(numbers):
        if n.pair is None and n.form == "cardinal" and not n.reported_by and counted_noun(n):
            by_value[value(n)].append(i)
    postings = {}
    for figure, members in by_value.items():
        nouns = {counted_noun(numbers[i]) for i in members}
        if len(nouns) >= 2 and any(two_synonyms(x, y) for x in nouns for y in nouns if x < y):
            postings[f"{SYNONYM}{figure}"] = members
    return postings


def two_synonyms(x: str, y: str) -> bool:
    """Two nouns, not one noun in two forms ("judge" / "judges"), sharing a common sense."""
    return x != y and not _noun_lemmas(x) & _noun_lemmas(y) and are_synonyms(x, y)


def _noun_lemmas(noun: str) -> frozenset[str]:
    """The noun's lemmas the synonym table knows ("judges": judge), or the noun itself."""
    found = frozenset(lemma for part, lemma in table().lemmas(noun) if part == "n")
    return found or frozenset({noun})


def synonym_nouns(a: Number, b: Number) -> bool:
    """Do the two figures count things named by two synonyms?"""
    return two_synonyms(counted_noun(a), counted_noun(b))
