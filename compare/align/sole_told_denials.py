"""A word one article denies and the other states, each article telling it in that
sentence only: a negation tied by the story, not by the sentences' wording.

"The paintings were not insured, the director said" / "The works were insured";
"The prosecutors said they would not seek a retrial" / "The prosecutors will
ask for a retrial"; "The boat has no operating theatre" / "It also has a small
operating theatre". Outlets that contradict one another on whether a thing was so
tell the rest of the sentence in their own words, so the two sentences are seldom
each other's closest, and the negation itself unpairs a loose pair (unpair.py:
"negated on one side"). What ties them is what sole_denials and sole_figures rely
on: an article that tells a word (or a form of it: "insured" / "insurance", a
noun's verb) in one sentence only tells one fact by it, and when the other article
also tells it once, the two tellings are of that fact.

The denied word is one of the content words a "not", "never" or "no" governs in its
clause (the few words after it, before the clause ends: "did not order a new
impact study"), in lower case (a name is tied by the name readings), and not one
of general English's commonest words (a Zipf frequency under COMMON, from the
package's wordfreq table): "have", "said", "new" are told many times in any story
and say little when told once. The other sentence states a form of it and denies
nothing.

What keeps two facts apart (precision first: a false negation costs more than a
missed one): either article telling a form of the word in another sentence too (a
story of two moments, or two things of one name), a modal or a condition on one
side only ("would not seek" / "has asked for": a plan against a deed), another
day, period or instance (sole_predicates.times_apart, same_days.days_apart,
other_instances), a denial inside a quotation or under someone's claim, "not
only", "not yet" and "no longer" (one moment of a changing state), and a question.
It reports only discrepancies, never an agreement.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence

from compare.align.antonyms import opposite
from compare.align.closest_actor_clashes import first_of_sentences
from compare.align.denied_cores import every_clause
from compare.align.frequencies import zipf
from compare.align.model import Conflict
from compare.align.other_instances import instances_apart
from compare.align.same_days import days_apart
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.sole_predicates import times_apart
from compare.align.word_contradictions import DENIALS, REFUSALS, Finding, word_root
from compare.align.words import (
    AUXILIARIES,
    NEGATORS,
    STOPWORDS,
    TEXTS_REMEMBERED,
    remembered,
    stem,
    words,
)
from compare.extract import Claim
from compare.extract.claims import Statement
from compare.extract.lemmas import classes

SCORE = 0.4  # a later round's pair, under the word model's sure pairs
GOVERNED = 4  # words after a negator it denies: "did not order a new impact study"
COMMON = 5.0  # Zipf frequency from which a word is too common to tie two sentences
LIGHT = 5.5  # Zipf frequency of the commonest words ("make", "take", "have"): no tie at all
_DENYING = frozenset({"not", "never", "no"})
# Words after a negator that make it no plain denial of what follows: "not only",
# "no longer", "not yet", "never before".
_NO_DENIAL = frozenset("only just merely yet longer before".split())
# Words before a negator that leave some: "almost no", "nearly never", "hardly any"
_NEARLY = frozenset("almost nearly virtually practically hardly scarcely".split())
# A relative clause's opening word: the clause tells of a noun, not the story's deed
_RELATIVES = frozenset("who whom whose which".split())
# Verbs of need before "to": "did not have to", "never needed to"
_NEEDING = frozenset("have has had need needs needed".split())
# Modals and conditions: a clause that holds one tells a plan, a forecast or a case
_HEDGES = frozenset(
    "will would shall can could may might must should ought if unless whether until".split()
)
# Verbs that make what follows someone's claim, not the outlet's fact.
_CLAIMS = frozenset("claimed claims alleged alleges insisted insists maintained argued".split())
_REFUSING = REFUSALS | DENIALS
_QUOTES = frozenset('"\u201c\u201d')
# Parts of the day and the like: a time, which the time readings compare
_TIMES = frozenset(
    "morning afternoon evening night tonight overnight midday midnight noon weekend".split()
)
_LOWER = re.compile(r"(?<![\w'\u2019-])[a-z][a-z'\u2019-]*")
_NEGATING = NEGATORS | {"cannot"}


def _is_negator(word: str) -> bool:
    return word in _NEGATING or word.endswith("n't")


def _forms(word: str) -> frozenset[str]:
    """The roots a word is told by: its own and its verb's ("insured" / "insure")."""
    found = classes(word)
    roots = {word_root(word)}
    for lemma in found.values():
        roots.add(word_root(lemma))
    return frozenset(roots)


@remembered(TEXTS_REMEMBERED)
def denied_words(
    sentence: str,
) -> tuple[tuple[str, frozenset[str], bool, frozenset[str], tuple[str, ...]], ...]:
    """(word, its forms, hedged, the roots narrowing it, every content word the
    negator governs) for each uncommon lower-case content word a negator of the
    sentence governs within its clause."""
    if "?" in sentence:
        return ()
    found = []
    lower = set(_lower_words(sentence))
    for clause in every_clause(sentence):
        ws = clause.words
        hedged = bool(_HEDGES & set(ws))
        for k, w in enumerate(ws):
            if not (w in _DENYING or w.endswith("n't")):
                continue
            after = ws[k + 1 : k + 1 + GOVERNED]
            if (after and after[0] in _NO_DENIAL) or "yet" in after[:2]:
                continue
            if k and ws[k - 1] in _NEARLY:
                continue  # "almost no emotion": a little, not none
            if after and after[0].endswith("ing") and not AUXILIARIES & set(ws[:k]):
                continue  # "despite never posing in ...": a gerund, no predicate
            if _RELATIVES & set(ws[max(0, k - 3) : k]):
                continue  # "the jurors, who did not give their names": a side remark
            if len(after) > 1 and after[0] in _NEEDING and after[1] == "to":
                continue  # "never had to testify": no need, not no deed
            governed = []
            for x in after:
                if _is_negator(x):
                    break
                if x not in STOPWORDS:
                    governed.append(x)
            for at, x in enumerate(after):
                if _is_negator(x):
                    break
                if x in STOPWORDS or x not in lower or zipf(stem(x)) >= COMMON:
                    continue
                if x in _TIMES or set(classes(x)) <= {"adv"}:
                    continue  # "not answered this afternoon", "not apparently": no deed
                found.append((x, _forms(x), hedged, _narrowing(ws, k + 1 + at, k), tuple(governed)))
    return tuple(found)


def _narrowing(ws: Sequence[str], at: int, negator: int) -> frozenset[str]:
    """The words that narrow a denied word: an adjective before it ("no serious
    injuries" denies only the serious ones), and the noun after it when it is an
    adjective ("not publish the exact coordinates": the coordinates, not all that
    is exact). The other side must tell them for the denial to cover its word."""
    found = set()
    if at - 1 > negator and ws[at - 1] not in STOPWORDS and "adj" in classes(ws[at - 1]):
        found.add(word_root(ws[at - 1]))
    if "adj" in classes(ws[at]) and at + 1 < len(ws) and ws[at + 1] not in STOPWORDS:
        found.add(word_root(ws[at + 1]))
    return frozenset(found)


def _quoted_at(sentence: str, word: str) -> bool:
    """Is the word inside a quotation (an odd number of quotation marks before it)?"""
    at = sentence.lower().find(word)
    return at >= 0 and sum(ch in _QUOTES for ch in sentence[:at]) % 2 == 1


@remembered(TEXTS_REMEMBERED)
def _lower_words(sentence: str) -> tuple[str, ...]:
    """The sentence's words written in lower case (names are left out)."""
    return tuple(w.replace("\u2019", "'") for w in _LOWER.findall(sentence))


def _stated_word(stated: str, forms: frozenset[str]) -> str | None:
    """The word of the stated sentence that tells one of the forms, if it denies nothing."""
    ws = words(stated.lower())
    if any(_is_negator(w) or w.startswith("no-") for w in ws) or (_CLAIMS | _REFUSING) & set(ws):
        return None  # "No-one was hurt"; "witnesses claimed that"; "refused to disclose"
    for w in _lower_words(stated):
        if _forms(w) & forms:
            return w
    return None


def _uncommon_roots(sentence: str) -> frozenset[str]:
    return frozenset(
        word_root(w)
        for w in _lower_words(sentence)
        if w not in STOPWORDS and zipf(stem(w)) < COMMON
    )


def _other_anchor(denied: str, stated: str, forms: frozenset[str]) -> bool:
    """Do the sentences share an uncommon lower-case word besides the denied one?
    One shared word, told once in each article, was as often two facts that use
    it ("no emotion" / "an outpouring of emotion"); a second ties the deed to
    what, whom or where it is told of ("golf courses", "the faculty")."""
    return bool((_uncommon_roots(denied) & _uncommon_roots(stated)) - forms)


def _head_turned(word: str, governed: Sequence[str], stated: str) -> bool:
    """Does the other side state the opposite of the head the negator denies, when
    the denied word is not that head? "have not closed it to walkers" / "remains
    open to walkers" tell one fact: the denial is of "closed", and "open" says it."""
    heads = [w for w in governed if zipf(stem(w)) < LIGHT]
    if not heads or heads[0] == word:
        return False
    return any(opposite(heads[0], w) for w in words(stated.lower()))


def _governed_anchor(governed: Sequence[str], stated: str, tied: frozenset[str]) -> bool:
    """Does the negator govern a second word the other side tells, one of general
    English's commoner words too ("No passengers needed hospital treatment" /
    "Three passengers were taken to hospital"), with the head it denies (its first
    content word) told on the other side as well, or a light verb? A word of the
    denied phrase narrows the denial to it; a word elsewhere in the sentence may
    be of another fact ("was not in the office suite, police said" / "told the
    police he had walked into the suite"; "hasn't caused the price tag to drop" /
    "the price tag is too high": the head "caused" is not told)."""
    if not governed:
        return False
    told = frozenset(form for w in _lower_words(stated) for form in _forms(w))
    head = governed[0]
    if not (_forms(head) & told or zipf(stem(head)) >= LIGHT):
        return False
    return any(
        not _forms(w) & tied and _forms(w) & told and zipf(stem(w)) < LIGHT for w in governed
    )


# form -> the sentences (source id, sentence start) telling it, one table per
# comparison: asking every sentence of the comparison for each candidate pair made
# this rule a fifth of the compare at 250 ECB+ articles. Weak keys, so a table goes
# with its comparison.
_TELLERS: weakref.WeakKeyDictionary[SentenceClaims, dict[str, set[tuple[str, int]]]] = (
    weakref.WeakKeyDictionary()
)


def _tellers(sentences: SentenceClaims) -> dict[str, set[tuple[str, int]]]:
    found = _TELLERS.get(sentences)
    if found is None:
        found = {}
        for claim in first_of_sentences(sentences):
            key = (claim.source, claim.sentence_start)
            for w in words(claim.sentence.lower()):
                for form in _forms(w):
                    found.setdefault(form, set()).add(key)
        _TELLERS[sentences] = found
    return found


def _told_elsewhere(
    denied: Claim, stated: Claim, forms: frozenset[str], sentences: SentenceClaims
) -> bool:
    """Does any sentence but the two tell any of the forms, in their articles or in
    any other article compared with them? A word many sentences tell is the story's
    own word, and a denial among many tellings is as often of another fact."""
    own = {(denied.source, denied.sentence_start), (stated.source, stated.sentence_start)}
    tellers = _tellers(sentences)
    return any(key not in own for form in forms for key in tellers.get(form, ()))


def _denied_against(denied: Claim, stated: Claim, sentences: SentenceClaims) -> Finding | None:
    denied_ws = set(words(denied.sentence.lower()))
    if _CLAIMS & denied_ws:
        return None
    stated_hedged = bool(_HEDGES & set(words(stated.sentence.lower())))
    for word, forms, hedged, narrowing, governed in denied_words(denied.sentence):
        if hedged != stated_hedged or _quoted_at(denied.sentence, word):
            continue
        if narrowing - frozenset(word_root(w) for w in words(stated.sentence.lower())):
            continue
        told = _stated_word(stated.sentence, forms)
        if told is None or _quoted_at(stated.sentence, told):
            continue
        tied = forms | _forms(told)
        if _head_turned(word, governed, stated.sentence):
            continue
        if not (
            _other_anchor(denied.sentence, stated.sentence, tied)
            or _governed_anchor(governed, stated.sentence, tied)
        ):
            continue
        if _told_elsewhere(denied, stated, forms, sentences):
            continue
        return Finding(Conflict.NEGATION, f"not {word}", told)
    return None


def sole_told_denial_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """The judge's reading: a word denied by one article and stated by the other,
    each article's only telling of it (see the module's docstring)."""
    if a.source == b.source or not sentences.by_sentence:
        return None
    if not (isinstance(a, Statement) and isinstance(b, Statement)):
        return None
    if "?" in a.sentence or "?" in b.sentence:
        return None
    if not (denied_words(a.sentence) or denied_words(b.sentence)):
        return None
    if times_apart(a.sentence, b.sentence) or instances_apart(a, b) or days_apart(a, b, sentences):
        return None
    found = _denied_against(a, b, sentences)
    if found is not None:
        return found
    flipped = _denied_against(b, a, sentences)
    if flipped is not None:
        return Finding(flipped.conflict, flipped.b, flipped.a)
    return None


def sole_told_denial_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of statements that sole_told_denial_apart reads as one
    word denied and stated. Candidates come from an index of the forms each
    statement's words tell, never from all pairs."""
    index: dict[str, set[int]] = {}
    for i, statement in enumerate(statements):
        for w in _lower_words(statement.sentence):
            for form in _forms(w):
                index.setdefault(form, set()).add(i)
    candidates: set[tuple[int, int]] = set()
    for i, statement in enumerate(statements):
        for _, forms, _, _, _ in denied_words(statement.sentence):
            for form in forms:
                for j in index.get(form, ()):
                    if statements[j].source != statement.source:
                        candidates.add((min(i, j), max(i, j)))
    return [
        (SCORE, i, j)
        for i, j in sorted(candidates)
        if sole_told_denial_apart(statements[i], statements[j], sentences) is not None
    ]
