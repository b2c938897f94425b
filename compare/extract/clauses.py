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

import attrs

from compare.extract.lemmas import AUX_LEMMAS, can_be_noun, classes, verb_lemma

# A word with inner apostrophes, hyphens or periods stays one token ("al-Assad",
# "U.S."); "don't" splits into "do" + "n't" so the negation is its own token.
_TOKEN = re.compile(r"\w+(?=n['’]t\b)|n['’]t\b|['’](?:s|re|ve|ll|d|m)\b|\w+(?:[-.'’]\w+)*|[^\w\s]")

DETERMINERS = frozenset(
    "the a an this these those his her its their our my your every each any no some another "
    "such what whose both all several many few".split()
)
PREPOSITIONS = frozenset(
    "in on at by for with from to into onto of off over under about after before since until "
    "during through throughout across against among between near around toward towards "
    "without within upon via per than like despite amid behind beyond below above along "
    "outside inside".split()
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
    "further quickly so".split()
)
# Verbs whose clause is about the verb after them: "going to tax" is about taxing,
# "failed to approve" states that approving did not happen.
TRANSPARENT = frozenset("go have fail refuse decline expect use begin continue start seem".split())
FAILING = frozenset("fail refuse decline".split())
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
_NOUNISH = frozenset({DET, NUM, POSS, WORD, PRON})


@attrs.frozen
class Token:
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


@attrs.frozen
class Clause:
    start: int  # token indices, end exclusive
    end: int
    groups: tuple[Group, ...]
    subordinate: bool  # starts with "when", "who", "because"...


@attrs.frozen
class Analysis:
    tokens: tuple[Token, ...]
    clauses: tuple[Clause, ...]

    def token_at(self, offset: int) -> int:
        """Index of the token that contains or follows offset."""
        for i, token in enumerate(self.tokens):
            if token.end > offset:
                return i
        return len(self.tokens)

    def clause_of(self, index: int) -> Clause | None:
        for clause in self.clauses:
            if clause.start <= index < clause.end:
                return clause
        return self.clauses[-1] if self.clauses else None


def analyse(text: str, offset: int = 0) -> Analysis:
    """Tokens, verb groups and clauses of text (a sentence, or a quote's words)."""
    raw = [(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]
    tokens: list[Token] = []
    for i, (word, start, end) in enumerate(raw):
        following = raw[i + 1][0].lower() if i + 1 < len(raw) else ""
        tokens.append(Token(word, word.lower(), start, end, _tag(word, i, tokens, following)))
    groups = _groups(tokens)
    return Analysis(tuple(tokens), tuple(_clauses(tokens, groups)))


def _tag(word: str, index: int, before: list[Token], following: str) -> str:
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
    if lower in SUBORDINATORS:
        return SUB
    if lower in CONJUNCTIONS:
        return CONJ
    if lower in PRONOUNS and (index == 0 or not word[0].isupper() or lower == "i"):
        return PRON
    if lower in PREPOSITIONS:
        return PREP
    if word[0].isdigit() or lower in _NUMBER_WORDS:
        return NUM
    if lower in ADVERBS or (lower.endswith("ly") and "adv" in classes(lower)):
        return ADV
    return VERB if _verb_reading(word, lower, index, prev, following) else WORD


def _verb_reading(word: str, lower: str, index: int, prev: Token | None, following: str) -> bool:
    found = classes(lower)
    if "verb" not in found:
        # Out of the lexicon: "-ed" after a lower-case word reads as a past verb.
        return not found and lower.endswith("ed") and len(lower) > 4 and not word[0].isupper()
    if word[0].isupper() and index > 0:
        return False  # a name
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
    # An irregular past form after a noun ("prices rose", "he left").
    return found["verb"] != lower and not lower.endswith("s") and prev is not None


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
    word = tokens[head].lower
    lemma = verb_lemma(word)
    negated = any(tokens[k].tag == NEG for k in range(start, end)) or (
        start > 0 and tokens[start - 1].tag == NEG
    )
    be_before = any(AUX_LEMMAS.get(tokens[k].lower) == "be" for k in auxes if k < head)
    participle = bool(verbs) and word != lemma and not word.endswith(("ing", "s"))
    return Group(start, end, head, lemma, negated, be_before and participle)


def _starts_clause(tokens: list[Token], index: int, starts: set[int]) -> bool:
    """After "and": a verb ("and wounded two men") or a subject and its verb."""
    for k in range(index, min(index + 6, len(tokens))):
        if k in starts:
            return True
        if tokens[k].tag not in _NOUNISH:
            return False
    return False


def _clauses(tokens: list[Token], groups: list[Group]) -> list[Clause]:
    starts = {g.start for g in groups}
    cuts = {0}
    for i, token in enumerate(tokens):
        punctuation = token.tag == PUNCT and token.text in _BREAKS
        subordinator = token.tag == SUB and i > 0
        conjunction = token.tag == CONJ and _starts_clause(tokens, i + 1, starts)
        if punctuation or subordinator or conjunction:
            cuts.add(i)
    pieces = [(a, b) for a, b in itertools.pairwise([*sorted(cuts), len(tokens)]) if b > a]
    # A piece without a verb ("38", "north of the office") belongs to the clause before it.
    merged: list[tuple[int, int, list[Group]]] = []
    for a, b in pieces:
        inside = [g for g in groups if a <= g.head < b]
        if not inside and merged:
            merged[-1] = (merged[-1][0], b, merged[-1][2])
        elif inside and merged and not merged[-1][2]:
            merged[-1] = (merged[-1][0], b, inside)
        else:
            merged.append((a, b, inside))
    clauses = []
    for a, b, inside in merged:
        first = next((t for t in tokens[a:b] if t.tag != PUNCT), None)
        subordinate = first is not None and first.tag == SUB
        clauses.append(Clause(a, b, tuple(inside), subordinate))
    return clauses


def main_group(analysis: Analysis) -> tuple[Clause, Group] | None:
    """The main clause's verb: not in a subordinate clause, not a reporting verb."""
    ranked = [
        (clause.subordinate, g.lemma in REPORTING, n, clause, g)
        for n, (clause, g) in enumerate((c, g) for c in analysis.clauses for g in c.groups)
    ]
    if not ranked:
        return None
    best = min(ranked, key=lambda r: (r[1], r[0], r[2]))
    return best[3], best[4]


def group_near(analysis: Analysis, index: int) -> tuple[Clause, Group] | None:
    """The verb of the clause that token index sits in, nearest to it."""
    clause = analysis.clause_of(index)
    if clause is None or not clause.groups:
        return main_group(analysis)
    content = [g for g in clause.groups if g.lemma not in REPORTING] or list(clause.groups)

    def distance(g: Group) -> float:
        if g.start <= index:
            return max(0, index - g.end + 1)
        between = analysis.tokens[index + 1 : g.start]
        # A figure in the verb's subject ("40 people died") is closest to that verb.
        return g.start - index - (0.5 if all(t.tag in _NOUNISH for t in between) else 0)

    return clause, min(content, key=distance)


def noun_phrase_before(analysis: Analysis, clause: Clause, index: int) -> tuple[int, int] | None:
    """The noun phrase that ends right before token index (a subject), as token bounds."""
    tokens = analysis.tokens
    k = index - 1
    while k >= clause.start and tokens[k].tag == ADV:
        k -= 1
    end = k + 1
    start = end
    while k >= clause.start:
        tag = tokens[k].tag
        if tag in _NOUNISH or (tokens[k].lower == "of" and start < end):
            start = k
            if tag == DET and not (k > clause.start and tokens[k - 1].lower == "of"):
                break
            k -= 1
            continue
        if tag == CONJ and start < end and k > clause.start and tokens[k - 1].tag == WORD:
            start = k  # "Paul Riva and Alan Steinberg"
            k -= 1
            continue
        break
    while start < end and tokens[start].lower in ("of", "and"):
        start += 1
    return (start, end) if start < end else None


def noun_phrase_after(analysis: Analysis, index: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase that starts at token index (an object), as token bounds."""
    tokens = analysis.tokens
    k = index
    while k < limit and tokens[k].tag == ADV:
        k += 1
    start = k
    while k < limit:
        tag = tokens[k].tag
        nounish = tag in _NOUNISH and not (tag == DET and k > start and tokens[k - 1].lower != "of")
        if not (nounish or (tokens[k].lower == "of" and k > start and k + 1 < limit)):
            break
        k += 1
    while k > start and tokens[k - 1].lower == "of":
        k -= 1
    return (start, k) if k > start else None


def subject_negated(analysis: Analysis, bounds: tuple[int, int] | None) -> bool:
    """'No one was killed', 'none of the ships were hit'."""
    if bounds is None:
        return False
    return analysis.tokens[bounds[0]].lower in NEGATIVE_SUBJECTS
