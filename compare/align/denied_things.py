"""A thing one outlet says there was none of and the other says there was: "Neighbours
said there had been no smell of gas before the explosion" / "Residents had reported a
smell of gas the previous evening".

English denies a thing's existence with "no" before its noun phrase ("there was no
sign of forced entry", "reported no smell of gas"), and states it with an article
("a sign of forced entry", "the smell of gas"). Two sentences of two outlets, one
denying a phrase of at least two content words ("smell of gas") and the other
stating the same phrase, are a negation; so is a compound of two nouns ("no blood
bank" / "has its own blood bank", stated with any word before it). A bare noun ("no
injuries" / "an injury") is too common to tie the two sentences to one fact, and two
days named apart are two facts. A compound denied under a modal or a condition
("there would be no dairy industry"), inside a quotation, or stated by a sentence
that denies in a word of its own ("the specific reason is unknown") is no negation.
A matcher pairs such sentences, which the word model often leaves apart (the
negation itself unpairs a loose pair), and keeps a pair only when it differs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from compare.align.blocking import cross_source_pairs
from compare.align.model import Conflict, Severity
from compare.align.polarity_apart import implies_not
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.synonyms import table
from compare.align.word_contradictions import Finding
from compare.align.words import STOPWORDS, TEXTS_REMEMBERED, remembered, stem, words
from compare.extract import Claim
from compare.extract.claims import Statement
from compare.extract.lemmas import classes
from compare.extract.number_filters import MONTHS
from compare.extract.temporal import WEEKDAYS

SCORE = 0.45  # as the clause matchers: below the word model's sure pairs
MIN_WORDS = 2  # content words of the phrase: "smell of gas", "sign of forced entry"
_WORD = r"[a-z][\w'’-]*"
# "no smell of gas", "no sign of forced entry", "no warning"
_DENIED = re.compile(
    r"\bno\s+(?P<phrase>" + _WORD + r"(?:\s+of\s+(?:" + _WORD + r"\s+)?" + _WORD + r")?)"
)
# "no blood bank", "no price floor": a compound noun after "no"
_DENIED_COMPOUND = re.compile(r"\bno\s+([a-z][a-z-]+)\s+([a-z][a-z-]+)\b")
_MODAL = re.compile(r"\b(?:would|could|might|if)\b[^.;]*$")
_QUOTES = re.compile('["\u201c\u201d]')
_STATED = r"\b(?:a|an|the|some)\s+(?:(?:strong|faint|clear|distinct)\s+)?"
_NEGATORS = frozenset("no not never nor without none n't".split())
_DAYS = frozenset(WEEKDAYS) | frozenset(m.lower() for m in MONTHS)


@remembered(TEXTS_REMEMBERED)
def denied(sentence: str) -> tuple[str, ...]:
    """The phrases of at least MIN_WORDS content words the sentence says there was no."""
    if "no " not in sentence.lower():
        return ()
    found = []
    for match in _DENIED.finditer(sentence.lower()):
        phrase = match.group("phrase").split()
        # "no smell of gas before": the phrase, and the phrase one word shorter
        for told in (phrase, phrase[:-1]):
            if len([w for w in told if w not in STOPWORDS]) >= MIN_WORDS and told[-1] != "of":
                found.append(" ".join(told))
    for match in _DENIED_COMPOUND.finditer(sentence.lower()):
        # "no blood bank", "no price floor": a noun that another noun describes names
        # one thing as closely as a phrase of "of" does
        first, second = match.group(1), match.group(2)
        if first in STOPWORDS or second in STOPWORDS or f"{first} {second}" in found:
            continue
        before = sentence.lower()[: match.start()]
        if _MODAL.search(before) or _quoted(sentence.lower(), match.start()):
            continue
        if "noun" in classes(second) or any(part == "n" for part, _ in table().lemmas(second)):
            found.append(f"{first} {second}")
    return tuple(found)


def _quoted(sentence: str, at: int) -> bool:
    """Is the position inside a quotation: an odd number of quotation marks before
    it, or none before and an odd number in the sentence (a quotation opened in an
    earlier sentence and closed in this one)?"""
    before = len(_QUOTES.findall(sentence[:at]))
    return before % 2 == 1 or (before == 0 and len(_QUOTES.findall(sentence)) % 2 == 1)


def _unsaid(phrase: str, stating: str) -> bool:
    """A compound whose stating sentence denies in a word of its own ("the specific
    reason is unknown", "failed to name the supply contract"): no thing stated."""
    return _compound(phrase) and implies_not(stating)


def _compound(phrase: str) -> bool:
    """A phrase _DENIED_COMPOUND reads: two words, no "of"."""
    return len(phrase.split()) == 2 and " of " not in f" {phrase} "


def _stated(phrase: str, sentence: str) -> bool:
    """Does the sentence state the phrase with an article, undenied? A compound
    ("blood bank") may stand with any word before it ("has its own blood bank",
    "includes back pay")."""
    lead = r"\b" if _compound(phrase) else _STATED
    found = re.search(lead + re.escape(phrase) + r"\b", sentence.lower())
    if found is None:
        return False
    before = words(sentence.lower()[: found.start()])[-4:]
    return not any(w in _NEGATORS or w.endswith("n't") for w in before)


def _days(sentence: str) -> frozenset[str]:
    return frozenset(w for w in words(sentence.lower()) if w in _DAYS)


def denied_and_stated(a: str, b: str) -> Finding | None:
    """One sentence denies a phrase the other states (either way round)."""
    if not denied(a) and not denied(b):
        return None
    days_a, days_b = _days(a), _days(b)
    if days_a and days_b and not days_a & days_b:
        return None  # "no smell of gas on Monday" / "a smell of gas on Friday"
    for phrase in denied(a):
        if _stated(phrase, b) and not denied(b) and not _unsaid(phrase, b):
            return Finding(Conflict.NEGATION, f"no {phrase}", phrase, Severity.CONFLICT)
    for phrase in denied(b):
        if _stated(phrase, a) and not denied(a) and not _unsaid(phrase, a):
            return Finding(Conflict.NEGATION, phrase, f"no {phrase}", Severity.CONFLICT)
    return None


def judged_denied(a: Claim, b: Claim) -> Finding | None:
    return denied_and_stated(a.text, b.text)


def denied_statement_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of statements from different sources where one denies what the other states."""
    buckets: dict[tuple[str, ...], list[int]] = defaultdict(list)
    denials = [denied(s.text) for s in statements]
    keys = {tuple(stem(w) for w in words(p)) for found in denials for p in found}
    if not keys:
        return []
    for i, statement in enumerate(statements):
        stems = tuple(stem(w) for w in words(statement.text))
        for key in keys:
            if _contains(stems, key):
                buckets[key].append(i)
    return [
        (SCORE, i, j)
        for i, j in sorted(
            set(cross_source_pairs(buckets.values(), lambda k: statements[k].source))
        )
        if denied_and_stated(statements[i].text, statements[j].text)
    ]


def _contains(stems: tuple[str, ...], key: tuple[str, ...]) -> bool:
    n = len(key)
    return any(stems[k : k + n] == key for k in range(len(stems) - n + 1))
