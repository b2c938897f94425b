"""Opposite predicates: "approved" / "rejected", "rose" / "fell".

Two sources: WordNet 3.0's antonym pointers between verbs and between
adjectives (data/antonyms.txt, built by `python bench/build_synonyms.py
/usr/share/wordnet` beside the synonym table), kept only where both words are
in one of their commonest senses (a rare sense makes "close" the opposite of
"open" a door and of "far" alike); and NEWS_OPPOSITES, verbs that news reports
use as each other's opposite but WordNet does not pair ("acquit" / "convict").

A verb whose commonest sense is one of the senses of a verb with an opposite
stands for it ("back" the plan: "support" it, so the opposite of "oppose"): the
table's "= v back support" lines, built from WordNet's sense order. Only the
commonest sense of the verb that stands in is taken, and one of the three
commonest of the verb it stands for. Some still join through a sense the opposite
is not about ("veer" is "cut" a corner, not the opposite of "raise"); the judge
asks for one actor and one thing besides, which such pairs do not share.

Words are reduced to lemmas with WordNet's own morphology (synonyms.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from compare.align.synonyms import SUFFIX_RULES, strips_suffix, verb_synsets
from compare.align.wordnet_files import exceptions, index_entries, sense_ranks, synsets
from compare.extract.lemmas import verb_lemma

SENSES_KEPT = 2
_PARTS = {"verb": "v", "adj": "a"}

NEWS_OPPOSITES = (
    ("approve", "reject"), ("accept", "reject"), ("win", "lose"), ("acquit", "convict"),
    ("rise", "fall"), ("increase", "decrease"), ("increase", "fall"), ("rise", "decrease"),
    ("gain", "lose"), ("confirm", "deny"), ("admit", "deny"), ("support", "oppose"),
    ("allow", "ban"), ("allow", "forbid"), ("permit", "ban"), ("pass", "reject"),
    ("guilty", "innocent"), ("alive", "dead"), ("survive", "die"), ("open", "close"),
    ("hire", "fire"), ("arrest", "release"), ("extend", "cut"), ("raise", "cut"),
    ("raise", "lower"), ("uphold", "overturn"), ("win", "defeat"), ("legal", "illegal"),
)  # fmt: skip


@cache
def _text() -> str:
    return resources.files("compare.align").joinpath("data/antonyms.txt").read_text("utf-8")


@cache
def _irregular() -> dict[str, str]:
    """'lost' -> 'lose': WordNet's irregular forms of the words that have an opposite."""
    forms = {}
    for line in _text().splitlines():
        fields = line.split()
        if len(fields) == 3 and line.startswith("~"):
            forms[fields[1]] = fields[2]
    return forms


@cache
def wordnet_antonyms() -> tuple[tuple[str, str], ...]:
    """The table's WordNet antonyms: verbs or adjectives opposite in a sense among
    the SENSES_KEPT commonest of both ("v win lose" lines: a pair once for each
    part of speech it is opposed in)."""
    pairs = []
    for line in _text().splitlines():
        fields = line.split()
        if len(fields) == 3 and not line.startswith(("#", "~")):
            pairs.append((fields[1], fields[2]))
    return tuple(pairs)


@cache
def opposite_pairs() -> frozenset[tuple[str, str]]:
    pairs = set(wordnet_antonyms())
    for a, b in NEWS_OPPOSITES:
        pairs.add((a, b))
    return frozenset(pairs | {(b, a) for a, b in pairs})


@cache
def _stands_for() -> dict[str, frozenset[str]]:
    """'back' -> {'support'}: verbs whose commonest sense is a sense of a verb that
    has an opposite (the table's '= v' lines)."""
    found: dict[str, set[str]] = defaultdict(set)
    for line in _text().splitlines():
        fields = line.split()
        if len(fields) == 4 and fields[0] == "=":
            found[fields[2]].add(fields[3])
    return {word: frozenset(lemmas) for word, lemmas in found.items()}


@cache
def _lemmas_known() -> frozenset[str]:
    return frozenset(w for pair in opposite_pairs() for w in pair) | frozenset(_stands_for())


@lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """The lemmas a lower-case word may be a form of, among the words that have an opposite."""
    known = _lemmas_known()
    found = {word, _irregular().get(word, "")} & known
    for part in ("v", "a"):
        for end, new in SUFFIX_RULES[part]:
            if strips_suffix(word, end) and word[: -len(end)] + new in known:
                found.add(word[: -len(end)] + new)
    if not found:
        # the forms the suffix rules and the table's irregular lines miss: a doubled
        # consonant ("banned", "shutting", "barred"), an irregular form of a verb
        # that stands for one with an opposite ("grew", "shrank": increase, decrease)
        lemma = verb_lemma(word)
        if lemma != word and lemma in known:
            found.add(lemma)
    return frozenset(found)


def opposite(a: str, b: str) -> bool:
    """Whether two lower-case words are forms of opposite predicates."""
    meant_a = meant_lemmas(a)
    if not meant_a:
        return False  # most words have no opposite: asked of every word pair of two texts
    pairs = opposite_pairs()
    return any((x, y) in pairs for x in meant_a for y in meant_lemmas(b))


def meanings(word: str) -> frozenset[str]:
    """What `opposite` reads a lower-case word as: its lemmas among the words with
    an opposite, and the verbs with an opposite its commonest sense is."""
    return meant_lemmas(word)


def opposite_meanings(word: str) -> frozenset[str]:
    """The meanings opposite to the word's: `opposite(word, b)` is true exactly
    when `meanings(b)` holds one of them, so the words opposite to one of many can
    be looked up instead of asked pair by pair."""
    partners = _partners()
    return frozenset().union(*(partners.get(m, ()) for m in meant_lemmas(word)))


@cache
def _partners() -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for a, b in opposite_pairs():  # both ways round already
        found[a].add(b)
    return found


def has_opposite(word: str) -> bool:
    """Whether the lower-case word may be a form of a predicate with an opposite:
    most words are not, and a pair of them need not be looked up."""
    return bool(meant_lemmas(word))


@lru_cache(maxsize=65536)  # read for every word pair of two clauses
def meant_lemmas(word: str) -> frozenset[str]:
    """The word's lemmas, and the verbs with an opposite its commonest sense is."""
    found = lemmas(word)
    stands = _stands_for()
    return found.union(*(stands.get(lemma, ()) for lemma in found))


def build(wordnet_dir: Path) -> Iterator[str]:
    """Lines of data/antonyms.txt from WordNet's index.* and data.* files."""
    yield "# Antonyms from Princeton WordNet 3.0 (see WORDNET-LICENSE beside this file)."
    yield "# Built by: python bench/build_synonyms.py WORDNET_DICT_DIR"
    yield "# '<part> <lemma> <lemma>': verbs or adjectives opposite in a sense that is among"
    yield f"# the {SENSES_KEPT} commonest of both."
    found: set[str] = set()
    for name, part in _PARTS.items():
        rank = sense_ranks(index_entries(wordnet_dir / f"index.{name}"))
        words: dict[str, list[str]] = {}
        pointers: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
        for synset in synsets(wordnet_dir / f"data.{name}"):
            # adjectives carry a syntactic marker: "big(a)"
            words[synset.offset] = [w.split("(")[0] for w in synset.words]
            pointers[synset.offset].extend(
                (p.target, p.source, p.goal) for p in synset.pointers if p.symbol == "!"
            )
        for offset, targets in pointers.items():
            for target, source_no, target_no in targets:
                if not source_no or not target_no or target not in words:
                    continue
                a, b = words[offset][source_no - 1], words[target][target_no - 1]
                if "_" in a or "_" in b or "-" in a or "-" in b:
                    continue
                if rank.get((a, offset), 99) < SENSES_KEPT > rank.get((b, target), 99):
                    found.add(f"{part} {min(a, b)} {max(a, b)}")
    yield from sorted(found)
    known = {(line[0], w) for line in found for w in line.split()[1:]}
    irregular = set()
    for name, part in _PARTS.items():
        for form, lemma in exceptions(wordnet_dir / f"{name}.exc"):
            if (part, lemma) in known:
                irregular.add(f"~{part} {form} {lemma}")
    yield from sorted(irregular)
    yield from _first_senses(wordnet_dir)
    yield from _amount_changes(wordnet_dir)
    wordnet_verbs = {w for line in found if line[0] == "v" for w in line.split()[1:]}
    yield from _kinds_of(wordnet_dir, wordnet_verbs & {w for pair in NEWS_OPPOSITES for w in pair})


FIRST_SENSE_RANKS = 3  # how common the opposed verb's sense must be among its own


def _verb_or_phrasal(lemma: str) -> bool:
    """A one-word verb, or a verb and its particle ("turn_down": reject)."""
    from compare.align.verb_kinds import PARTICLES

    verb, _, particle = lemma.partition("_")
    return verb.isalpha() and (not particle or particle in PARTICLES)


def _verb_ranks(wordnet_dir: Path) -> tuple[dict[tuple[str, str], int], dict[str, str]]:
    """Each verb's rank among its senses for every sense (0: the commonest), and the
    commonest sense of each single or phrasal verb, from index.verb."""
    entries = list(index_entries(wordnet_dir / "index.verb"))
    first = {lemma: offsets[0] for lemma, offsets in entries if offsets and _verb_or_phrasal(lemma)}
    return sense_ranks(entries), first


def _first_senses(wordnet_dir: Path) -> Iterator[str]:
    """'= v back support': a verb whose commonest sense is among the commonest
    senses of a verb NEWS_OPPOSITES opposes ("back": "support, back up")."""
    opposed = {w for pair in NEWS_OPPOSITES for w in pair}
    rank, first = _verb_ranks(wordnet_dir)
    members, _ = verb_synsets(wordnet_dir)
    found = set()
    for word, offset in first.items():
        for lemma in members.get(offset, ()):
            if lemma != word and lemma in opposed and rank[(lemma, offset)] < FIRST_SENSE_RANKS:
                found.add(f"= v {word} {lemma}")
    yield from sorted(found)


# The two directions of a change in amount, opposite in WordNet and in the news.
AMOUNT_CHANGES = ("increase", "decrease")
AMOUNT_SENSES = 2  # how many of a verb's commonest senses may be a change in amount


def _amount_changes(wordnet_dir: Path) -> Iterator[str]:
    """'= v add increase', '= v cut decrease': a verb one of whose AMOUNT_SENSES
    commonest senses is a way of increasing or of decreasing (its synset, or the
    synset it is a kind of, has "increase" or "decrease" among its commonest words),
    and never of both. "add 2,000 jobs" / "cut 2,000 jobs": neither pair is in
    WordNet's antonyms, but their senses are kinds of increase and decrease, which
    are. A verb's physical senses (cut with a knife) are not kinds of either."""
    entries = list(index_entries(wordnet_dir / "index.verb"))
    rank = sense_ranks(entries)
    senses = {
        lemma: offsets[:AMOUNT_SENSES] for lemma, offsets in entries if _verb_or_phrasal(lemma)
    }
    members, kinds_of = verb_synsets(wordnet_dir)  # kinds_of: the synsets it is a kind of
    found = set()
    for word, offsets in senses.items():
        directions = {
            change
            for offset in offsets
            for synset in (offset, *kinds_of.get(offset, ()))
            for change in AMOUNT_CHANGES
            if change in members.get(synset, ()) and rank.get((change, synset), 99) < 3
        }
        if len(directions) == 1 and word not in AMOUNT_CHANGES:
            found.add(f"= v {word} {directions.pop()}")
    yield from sorted(found)


def _kinds_of(wordnet_dir: Path, opposed: set[str]) -> Iterator[str]:
    """'= v soar rise': a verb whose commonest sense is a kind of (WordNet's
    hypernym) one of the commonest senses of a news verb (NEWS_OPPOSITES) that
    WordNet itself gives an opposite ("soar" is to rise, so "fall" opposes it;
    "shrink" is to decrease). A news verb WordNet opposes nothing to is left out:
    the table does not know its sense ("cut" a rope is no opposite of "raise")."""
    rank, first = _verb_ranks(wordnet_dir)
    members, hypernyms = verb_synsets(wordnet_dir)
    found = set()
    for word, offset in first.items():
        for general in hypernyms.get(offset, ()):
            for lemma in members.get(general, ()):
                if (
                    lemma != word
                    and lemma in opposed
                    and rank.get((lemma, general), FIRST_SENSE_RANKS) < FIRST_SENSE_RANKS
                ):
                    found.add(f"= v {word} {lemma}")
    yield "# '= v <verb> <lemma>' below: the verb's commonest sense is a kind of the lemma's."
    yield from sorted(found)
