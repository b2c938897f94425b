"""Clause rules over word tokens: verb groups, clauses, subjects and objects.

No parser: a sentence is cut into tokens, each token gets a coarse class from
closed word lists and lemminflect's lexicon (with the word before it deciding
between noun and verb readings: "the attack" / "they attack"), runs of
auxiliaries, negations, adverbs and verbs become verb groups, and the sentence is
cut into clauses at punctuation, subordinators and "and"/"but" before a new verb
or subject. Offsets are kept throughout, so every part found is a span.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

import attrs

from compare.extract.lemmas import AUX_LEMMAS, can_be_noun, classes, verb_lemma

# A word with inner apostrophes, hyphens or periods stays one token ("al-Assad",
# "U.S."); "don't" splits into "do" + "n't" so the negation is its own token.
_TOKEN = re.compile(
    r"\w+(?=n['’]t\b)|n['’]t\b|['’](?:s|re|ve|ll|d|m)\b"
    r"|\w+(?:[-.]\w+|['’](?!(?:s|re|ve|ll|d|m)\b)\w+)*|[^\w\s]"
)

DETERMINERS = frozenset(
    "the a an this these those his her its their our my your every each any no some another "
    "such what whose both all several many few".split()
)
PREPOSITIONS = frozenset(
    "in on at by for with from to into onto of off over under about after before since until "
    "during through throughout across against among between near around toward towards "
    "without within upon via per than like despite amid behind beyond below above along "
    "outside inside up down out".split()
)
SUBORDINATORS = frozenset(
    "who whom which that when while where whereas because although though if unless".split()
)
CONJUNCTIONS = frozenset("and or but nor".split())
SUBJECT_PRONOUNS = frozenset("i you he she it we they who which that there".split())
PRONOUNS = SUBJECT_PRONOUNS | frozenset("me him us them one someone anyone nobody".split())
NEGATIONS = frozenset("not n't n’t never".split())
ADVERBS = frozenset(
    "also still already just now then reportedly allegedly later again yet even only ever "
    "previously recently finally immediately subsequently initially reportedly apparently "
    "further quickly so overnight today tonight yesterday tomorrow earlier afterwards ago "
    "meanwhile instead too here".split()
)
# Verbs whose clause is about the verb after them: "going to tax" is about taxing,
# "failed to approve" states that approving did not happen.
TRANSPARENT = frozenset("go have fail refuse decline expect use begin continue start seem".split())
FAILING = frozenset("fail refuse decline".split())
# "started charging", "kept rising": the clause is about the -ing verb.
ASPECTUAL = frozenset("start begin stop continue keep finish resume".split())
# Reporting verbs: a sentence's fact is in what was said, not in the saying.
REPORTING = frozenset(
    "say tell add report state claim note explain write insist announce confirm declare "
    "reply respond according".split()
)
NEGATIVE_SUBJECTS = frozenset("no none nobody nothing neither".split())
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion trillion dozen dozens hundreds thousands millions "
    "billions half".split()
)
_BREAKS = frozenset(',;:()[]—–"“”')

PUNCT, DET, PREP, SUB, CONJ, PRON, AUX, NEG, ADV, VERB, NUM, POSS, WORD = (
    "punct det prep sub conj pron aux neg adv verb num poss word".split()
)
NOUNISH = frozenset({DET, NUM, POSS, WORD, PRON})
_CONTEXTUAL = SUBORDINATORS | PRONOUNS | PREPOSITIONS | {"'s", "’s"}


class Token(NamedTuple):
    """A word or punctuation mark (a tuple: sentences have many, attrs records cost more)."""

    text: str
    lower: str
    start: int  # offset in the source text
    end: int
    tag: str


@attrs.frozen
class Group:
    """A verb group: "had not yet been told"; head is the main verb's token index."""

    start: int  # token indices, end exclusive
    end: int
    head: int
    lemma: str
    negated: bool
    passive: bool
    # A participle without auxiliary right after a noun ("countries surveyed in", "the
    # navy patrolling the gulf"): it describes the noun; the clause's verb comes later.
    reduced: bool = False
    bare_ing: bool = False  # an -ing form without auxiliary: never the finite verb


@attrs.frozen
class Clause:
    start: int  # token indices, end exclusive
    end: int
    groups: tuple[Group, ...]
    subordinate: bool  # starts with "when", "who", "because"...
    last_finite: int = -1  # start of the last group that is not a reduced participle
    last_tensed: int = -1  # start of the last group that is not a bare -ing form


@attrs.frozen
class Analysis:
    tokens: tuple[Token, ...]
    clauses: tuple[Clause, ...]

    ends: tuple[int, ...] = attrs.field(init=False)
    clause_starts: tuple[int, ...] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "ends", tuple(t.end for t in self.tokens))
        object.__setattr__(self, "clause_starts", tuple(c.start for c in self.clauses))

    def token_at(self, offset: int) -> int:
        """Index of the token that contains or follows offset."""
        return bisect_right(self.ends, offset)

    def clause_of(self, index: int) -> Clause | None:
        if not self.clauses:
            return None
        return self.clauses[max(0, bisect_right(self.clause_starts, index) - 1)]


def analyse(text: str, offset: int = 0) -> Analysis:
    """Tokens, verb groups and clauses of text (a sentence, or a quote's words)."""
    words = _TOKEN.findall(text)
    tokens: list[Token] = []
    append, make = tokens.append, tuple.__new__  # Token(...) costs a Python-level call
    start = 0
    last = len(words) - 1
    for i, word in enumerate(words):
        start = text.index(word, start)
        tag = _static_tag(word)
        if tag is None:  # the class depends on the neighbours
            following = words[i + 1].lower() if i < last else ""
            tag = _tag(word, i, tokens, following)
        end = start + len(word)
        append(make(Token, (word, word.lower(), start + offset, end + offset, tag)))
        start = end
    groups = _groups(tokens)
    return Analysis(tuple(tokens), tuple(_clauses(tokens, groups)))


@lru_cache(maxsize=50_000)
def _static_tag(word: str) -> str | None:
    """The tag of a word whose class does not depend on its neighbours, else None.
    Same order of tests as _tag; it only saves repeating them for common words."""
    lower = word.lower()
    if lower in _CONTEXTUAL:
        return None
    if not word[0].isalnum() and lower not in AUX_LEMMAS:
        return PUNCT
    for tag, words in ((NEG, NEGATIONS), (AUX, AUX_LEMMAS), (DET, DETERMINERS)):
        if lower in words:
            return tag
    if lower in CONJUNCTIONS:
        return CONJ
    if word[0].isdigit() or lower in _NUMBER_WORDS:
        return NUM
    if lower in ADVERBS or (lower.endswith("ly") and "adv" in classes(lower)):
        return ADV
    found = classes(lower)
    if "verb" in found:
        return None
    oov_past = not found and lower.endswith("ed") and len(lower) > 4 and not word[0].isupper()
    return VERB if oov_past else WORD


def _tag(word: str, index: int, before: list[Token], following: str) -> str:
    static = _static_tag(word)
    if static is not None:
        return static
    lower = word.lower()
    prev = before[-1] if before else None
    if not word[0].isalnum() and lower not in AUX_LEMMAS:
        return PUNCT if lower not in ("'s", "’s") else POSS
    if lower in ("'s", "’s"):
        return AUX if prev is not None and prev.lower in SUBJECT_PRONOUNS else POSS
    if lower in NEGATIONS:
        return NEG
    if lower in AUX_LEMMAS:
        return AUX
    if lower in DETERMINERS:
        return DET
    if lower in SUBORDINATORS and not (index == 0 and following in AUX_LEMMAS):
        return SUB
    if lower in CONJUNCTIONS:
        return CONJ
    if lower in PRONOUNS and (index == 0 or not word[0].isupper() or lower == "i"):
        return PRON
    if lower in PREPOSITIONS and not (
        lower == "like" and prev is not None and prev.lower in SUBJECT_PRONOUNS
    ):
        return PREP
    if word[0].isdigit() or lower in _NUMBER_WORDS:
        return NUM
    if lower in ADVERBS or (lower.endswith("ly") and "adv" in classes(lower)):
        return ADV
    return VERB if _verb_reading(word, lower, index, before, following) else WORD


def _verb_reading(word: str, lower: str, index: int, before: list[Token], following: str) -> bool:
    prev = before[-1] if before else None
    found = classes(lower)
    if "verb" not in found:
        # Out of the lexicon: "-ed" after a lower-case word reads as a past verb.
        return not found and lower.endswith("ed") and len(lower) > 4 and not word[0].isupper()
    if word[0].isupper() and index > 0:
        return False  # a name
    if prev is not None and prev.tag == ADV and len(before) > 1:
        prev = before[-2]  # "will also boost": the word before the adverb decides
    if (
        prev is not None
        and AUX_LEMMAS.get(prev.lower) == "be"
        and "adj" in found
        and not lower.endswith(("ed", "en", "ing"))
        and found.get("verb") == lower
    ):
        # "was full", "is clear": an adjective after a copula; a participle that
        # differs from its verb ("was shot", "was drunk") stays a (passive) verb.
        return False
    if prev is not None and prev.tag in (DET, NUM, POSS):
        return False  # "the attack", "five boats", "517 rushing yards"
    if prev is not None and (prev.tag in (AUX, NEG) or prev.lower == "to"):
        return True
    if prev is not None and prev.tag == PRON and prev.lower in SUBJECT_PRONOUNS:
        return True
    if lower.endswith(("ing", "ed")):
        # "injured people were...", "with wounded soldiers": an adjective before a noun
        # where no subject can precede it.
        adjectival = prev is None or prev.tag in (PREP, CONJ, PUNCT)
        return not (
            adjectival and following and can_be_noun(following) and "verb" not in classes(following)
        )
    if not can_be_noun(lower):
        return True
    if prev is None or prev.tag not in (WORD, PRON):
        return False
    if lower.endswith("s"):
        if len(before) > 1 and before[-2].tag in (NUM, WORD):
            return False  # "517 rushing yards", "heart transplants": a compound noun
        # "The campaign goes on", "the company plans to": a noun, then a verb form
        # followed by what a verb takes.
        return following in PREPOSITIONS or following in DETERMINERS or following == "to"
    # An irregular past form after a noun ("prices rose", "he left").
    return found["verb"] != lower


def _groups(tokens: list[Token]) -> list[Group]:
    groups: list[Group] = []
    i = 0
    while i < len(tokens):
        if tokens[i].tag not in (AUX, VERB, NEG, ADV):
            i += 1
            continue
        j = i
        while j < len(tokens) and tokens[j].tag in (AUX, VERB, NEG, ADV):
            j += 1
        group = _group(tokens, i, j)
        if group is not None:
            # "going to tax", "failed to approve": the clause is about the later verb.
            if (
                j + 1 < len(tokens)
                and tokens[j].lower == "to"
                and tokens[j + 1].tag in (VERB, AUX)
                and group.lemma in TRANSPARENT
                and not (group.lemma == "go" and tokens[group.head].lower != "going")
            ):
                k = j + 1
                while k < len(tokens) and tokens[k].tag in (AUX, VERB, NEG, ADV):
                    k += 1
                later = _group(tokens, j + 1, k)
                if later is not None:
                    failing = group.lemma in FAILING
                    group = attrs.evolve(
                        later, start=group.start, negated=group.negated != failing or later.negated
                    )
                    j = k
            groups.append(group)
        i = j
    return groups


def _group(tokens: list[Token], start: int, end: int) -> Group | None:
    while end > start and tokens[end - 1].tag == ADV:
        end -= 1
    while start < end and tokens[start].tag == ADV:
        start += 1
    verbs = [k for k in range(start, end) if tokens[k].tag == VERB]
    auxes = [k for k in range(start, end) if tokens[k].tag == AUX]
    if not verbs and not auxes:
        return None
    head = verbs[0] if verbs else auxes[-1]
    if len(verbs) > 1 and verb_lemma(tokens[head].lower) in ASPECTUAL:
        head = next((k for k in verbs[1:] if tokens[k].lower.endswith("ing")), head)
    word = tokens[head].lower
    lemma = verb_lemma(word)
    negated = any(tokens[k].tag == NEG for k in range(start, end)) or (
        start > 0 and tokens[start - 1].tag == NEG
    )
    be_before = any(AUX_LEMMAS.get(tokens[k].lower) == "be" for k in auxes if k < head)
    participle = bool(verbs) and word != lemma and not word.endswith(("ing", "s"))
    before = start - 1
    while before > 0 and tokens[before].tag == ADV:
        before -= 1  # "boats speedily approaching"
    reduced = (
        not auxes and word.endswith(("ed", "ing")) and before >= 0 and tokens[before].tag == WORD
    )
    bare_ing = not auxes and word.endswith("ing")
    return Group(start, end, head, lemma, negated, be_before and participle, reduced, bare_ing)


def _starts_clause(tokens: list[Token], index: int, starts: set[int]) -> bool:
    """After "and": a verb ("and wounded two men") or a subject and its verb."""
    for k in range(index, min(index + 6, len(tokens))):
        if k in starts:
            return True
        if tokens[k].tag not in NOUNISH:
            return False
    return False


def _clauses(tokens: list[Token], groups: list[Group]) -> list[Clause]:
    starts = {g.start for g in groups}
    cuts = {0}
    for i, token in enumerate(tokens):
        listed = token.text == "," and i + 1 < len(tokens) and tokens[i + 1].tag == NUM
        punctuation = token.tag == PUNCT and token.text in _BREAKS and not listed
        subordinator = token.tag == SUB and i > 0
        conjunction = token.tag == CONJ and _starts_clause(tokens, i + 1, starts)
        if punctuation or subordinator or conjunction:
            cuts.add(i)
    pieces = [(a, b) for a, b in itertools.pairwise([*sorted(cuts), len(tokens)]) if b > a]
    # A piece without a verb ("38", "north of the office") belongs to the clause before it.
    merged: list[tuple[int, int, list[Group], bool]] = []
    heads = [g.head for g in groups]  # increasing: groups are disjoint, left to right
    for a, b in pieces:
        inside = groups[bisect_left(heads, a) : bisect_left(heads, b)]
        first = next((t for t in tokens[a:b] if t.tag != PUNCT), None)
        # ", injuring 50", ", currently deployed on patrol": a participle clause.
        participle = (
            bool(inside)
            and tokens[a].text == ","
            and inside[0].start <= a + 2
            and not any(tokens[k].tag == AUX for k in range(inside[0].start, inside[0].end))
        )
        subordinate = (first is not None and first.tag == SUB) or participle
        if not inside and merged:
            merged[-1] = (merged[-1][0], b, merged[-1][2], merged[-1][3])
        elif inside and merged and not merged[-1][2]:
            merged[-1] = (merged[-1][0], b, inside, subordinate)
        else:
            merged.append((a, b, inside, subordinate))
    clauses = []
    for a, b, inside, subordinate in merged:
        finite = max((g.start for g in inside if not g.reduced), default=-1)
        tensed = max((g.start for g in inside if not g.bare_ing), default=-1)
        clauses.append(Clause(a, b, tuple(inside), subordinate, finite, tensed))
    return clauses
