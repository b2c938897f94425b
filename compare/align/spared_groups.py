"""Harm denied of a group and counted in that same group: "No passengers were
injured" / "Three passengers were taken to hospital with minor injuries".

harm.py reads only bare denials ("No one was hurt."), since a denial that names
whom it spares may be true beside a count of others ("No passengers were hurt" /
"The driver was hurt"). It is not true beside a count of the very people it
spares: when the denial's group noun ("passengers", "none of the crew") is the
counted group's noun, or the denial spares anyone ("no one", "nobody"), the two
sentences cannot both be right, though they share no verb (hurt / suffered
injuries / taken to hospital with injuries) for the frame or word readings.

Three harms are read, each told several ways: death (killed, died, dead), injury
(hurt, injured, wounded, harmed; "suffered ... injuries", "taken to hospital with
... injuries", "treated for ... injuries") and a stay in hospital ("needed hospital
treatment", "taken / admitted / rushed to hospital"). A denial meets a count of its
own harm only: "No one was injured" says nothing of a man taken to hospital with
heatstroke.

What keeps two facts apart (precision first: a false negation costs more than a
missed one):
- a denial narrowed by a degree ("No one was seriously injured") against a count
  that does not tell that degree ("suffered minor injuries");
- a denial narrowed by what follows it in its clause ("No one was hurt in the
  second car", "No passengers were injured on the upper deck") when the counted
  sentence does not tell those words;
- a plan, forecast or condition (the denial's verb must follow "was", "were",
  "has been" ... directly: "no one would be hurt" is not read), a question, a
  denial inside a quotation, a counted sentence that denies anything;
- another day, period or instance (sole_predicates.times_apart,
  same_days.days_apart, other_instances.instances_apart, or "similar",
  "another", "earlier" anywhere in either sentence);
- either article telling the same harm of the group the other way too (a story
  of two moments: "No one was hurt at first ... two people were later taken to
  hospital").
It reports only discrepancies, never an agreement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum

import attrs

from compare.align.closest_actor_clashes import first_of_sentences
from compare.align.model import Conflict
from compare.align.other_instances import instances_apart
from compare.align.same_days import days_apart
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.sole_predicates import times_apart
from compare.align.word_contradictions import NEGATORS, Finding, word_root
from compare.align.words import STOPWORDS, TEXTS_REMEMBERED, remembered, words
from compare.extract import Claim
from compare.extract.claims import Statement
from compare.extract.lemmas import classes

SCORE = 0.4  # a later round's pair, under the word model's sure pairs


class Harm(str, Enum):
    DEATH = "death"
    INJURY = "injury"
    HOSPITAL = "hospital"


# Words that narrow a harm to its worst cases: "seriously injured", "serious injuries".
_DEGREE = r"(?:seriously|badly|critically|severely|gravely|fatally)"
_SERIOUS_ROOTS = frozenset(
    word_root(w)
    for w in "serious seriously bad badly critical critically severe severely grave gravely "
    "life-threatening".split()
)
_BE = r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)"
_HAVE = r"(?:(?:has|have|had)\s+)?"
# Whom a denial spares: anyone, or a group named by one noun ("no passengers",
# "none of the crew", "none of the injured children").
_NOBODY = (
    r"(?P<who>no[- ]one|nobody|none(?:\s+of\s+(?:the|its|their)\s+(?:[a-z]+\s+){0,2}?[a-z]+)?"
    r"|no\s+[a-z]+)"
)
_HOSPITAL = r"(?:hospital\s+(?:treatment|care)|treatment\s+in\s+hospital|hospitali[sz]ation)"
_SPARED: tuple[tuple[Harm, re.Pattern[str]], ...] = (
    (Harm.DEATH, re.compile(rf"\b{_NOBODY}\s+(?:{_BE}\s+(?:killed|dead)|died)\b", re.IGNORECASE)),
    (
        Harm.INJURY,
        re.compile(
            rf"\b{_NOBODY}\s+{_BE}\s+(?P<degree>{_DEGREE}\s+)?(?:hurt|injured|harmed|wounded)\b",
            re.IGNORECASE,
        ),
    ),
    (
        Harm.HOSPITAL,
        re.compile(
            rf"\b{_NOBODY}\s+(?:{_HAVE}(?:needed|required|needs|need|requires|require)\s+{_HOSPITAL}"
            rf"|{_BE}\s+(?:taken|admitted|rushed)\s+to\s+hospital)\b",
            re.IGNORECASE,
        ),
    ),
)
_COUNT = (
    r"(?P<count>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|several|dozens\s+of|scores\s+of)"
)
# The counted people: the count, then up to three words before the verb ("three
# passengers", "two young children", "three of the men").
_COUNTED = rf"\b{_COUNT}\s+(?P<group>(?:of\s+(?:the|its|their)\s+)?(?:[a-z]+\s+){{0,2}}?[a-z]+)\s+"
_TO_HOSPITAL = r"(?:taken|rushed|admitted|airlifted|flown)\s+to\s+(?:[A-Za-z]+\s+){0,3}?hospital"
_STATED: tuple[tuple[Harm, re.Pattern[str]], ...] = (
    (Harm.DEATH, re.compile(rf"{_COUNTED}(?:{_BE}\s+killed|died)\b", re.IGNORECASE)),
    (
        Harm.INJURY,
        re.compile(
            rf"{_COUNTED}(?:{_BE}\s+(?:{_DEGREE}\s+)?(?:hurt|injured|wounded)"
            r"|suffered\s+(?:[a-z]+\s+){0,3}?(?:injuries|wounds|burns|fractures|injury)"
            rf"|{_BE}\s+{_TO_HOSPITAL}\s+with\s+(?:[a-z]+\s+){{0,3}}?(?:injuries|wounds|burns)"
            rf"|{_BE}\s+treated\s+for\s+(?:[a-z]+\s+){{0,3}}?(?:injuries|wounds|burns))\b",
            re.IGNORECASE,
        ),
    ),
    (
        Harm.HOSPITAL,
        re.compile(
            rf"{_COUNTED}(?:{_BE}\s+{_TO_HOSPITAL}|{_BE}\s+hospitali[sz]ed"
            rf"|{_BE}\s+treated\s+in\s+hospital)\b",
            re.IGNORECASE,
        ),
    ),
)
# Words of a "who" that say nothing of who: "none of the", "no one"
_EMPTY = frozenset("no one nobody none of the its their".split())
_CLAUSE_END = re.compile(r"[,;:.()\u2014\u2013]|\b(?:and|but|while|although|though|as)\b")
# Words after a denial that narrow nothing: its attribution and time of telling.
_NOT_NARROWING = frozenset(
    "said says say told according police officials official reported report reports "
    "confirmed added".split()
)
_QUOTES = re.compile('["\u201c\u201d]')
# Any deed done to every one of a group, denied, in the passive: "No schools have been
# closed", "None of the flights was cancelled" (the verb read through its lemma).
_PASSIVE = r"(?:(?:has|have|had)\s+been|was|were)\s+"
_DEED_DENIED = re.compile(
    r"\b(?P<who>no\s+[a-z]+|none\s+of\s+(?:the|its|their)\s+(?:[a-z]+\s+){0,2}?[a-z]+)\s+"
    + _PASSIVE
    + r"(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
# ... and done to some of them: "Two schools in the district were closed".
_DEED_COUNTED = re.compile(
    rf"\b{_COUNT}\s+(?P<group>(?:of\s+(?:the|its|their)\s+)?(?:[a-z]+\s+){{0,4}}?[a-z]+)\s+"
    + _PASSIVE
    + r"(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
# A sentence telling of another occasion than the story's: "in a similar crash".
_ANOTHER = re.compile(r"\b(?:similar|separate|earlier|previous|another|unrelated)\b", re.IGNORECASE)


@attrs.frozen
class Reading:
    """One harm a sentence denies of a group, or counts people of a group coming to."""

    deed: str  # a Harm's value, or "deed:" and the verb's lemma
    who: frozenset[str]  # the group's roots (empty: anyone)
    said: str  # the words read
    degree: bool = False  # narrowed to the worst cases ("seriously injured")
    narrowed: frozenset[str] = frozenset()  # roots after the denial in its clause


def _roots(phrase: str) -> frozenset[str]:
    return frozenset(word_root(w) for w in re.findall(r"[a-z]+", phrase.lower()) if w not in _EMPTY)


@remembered(TEXTS_REMEMBERED)
def spared(sentence: str) -> tuple[Reading, ...]:
    """The harms the sentence denies of a group or of anyone."""
    if "?" in sentence:
        return ()
    found = []
    for harm, pattern in _SPARED:
        for match in pattern.finditer(sentence):
            if len(_QUOTES.findall(sentence[: match.start()])) % 2 == 1:
                continue  # a speaker's words
            rest = _CLAUSE_END.split(sentence[match.end() :], maxsplit=1)[0]
            narrowed = frozenset(
                word_root(w)
                for w in words(rest.lower())
                if w not in STOPWORDS and w not in _NOT_NARROWING
            )
            degree = "degree" in pattern.groupindex and bool(match.group("degree"))
            found.append(
                Reading(harm.value, _roots(match.group("who")), match.group(0), degree, narrowed)
            )
    for match in _DEED_DENIED.finditer(sentence):
        verb = _participle(match.group("verb"))
        who = _roots(match.group("who"))
        group = match.group("who").split()[-1].lower()
        if verb is None or not who or "noun" not in classes(group):
            continue  # "no longer", "no one": no group of things or people
        if len(_QUOTES.findall(sentence[: match.start()])) % 2 == 1:
            continue
        rest = _CLAUSE_END.split(sentence[match.end() :], maxsplit=1)[0]
        narrowed = frozenset(
            word_root(w)
            for w in words(rest.lower())
            if w not in STOPWORDS and w not in _NOT_NARROWING
        )
        found.append(Reading(f"deed:{verb}", who, match.group(0), False, narrowed))
    return tuple(found)


@remembered(TEXTS_REMEMBERED)
def counted(sentence: str) -> tuple[Reading, ...]:
    """The harms the sentence counts people of a group coming to."""
    if "?" in sentence or _denies(sentence):
        return ()
    found = []
    for harm, pattern in _STATED:
        for match in pattern.finditer(sentence):
            if len(_QUOTES.findall(sentence[: match.start()])) % 2 == 1:
                continue
            degree = bool(_SERIOUS_ROOTS & {word_root(w) for w in words(match.group(0).lower())})
            found.append(Reading(harm.value, _roots(match.group("group")), match.group(0), degree))
    for match in _DEED_COUNTED.finditer(sentence):
        verb = _participle(match.group("verb"))
        if verb is None or len(_QUOTES.findall(sentence[: match.start()])) % 2 == 1:
            continue
        # the group's noun stands in its first words ("two schools in the district")
        head = " ".join(match.group("group").split()[:3])
        found.append(Reading(f"deed:{verb}", _roots(head), match.group(0)))
    return tuple(found)


def _participle(word: str) -> str | None:
    """The verb's lemma when the word is a past participle ("closed", "shut",
    "taken"), else None."""
    lower = word.lower()
    lemma = classes(lower).get("verb")
    if lemma is None or (lower == lemma and not lower.endswith(("t", "d"))):
        return None  # "was close", "were able": no deed done to them
    return lemma


def _denies(sentence: str) -> bool:
    return any(
        w in NEGATORS or w.endswith("n't") or w.startswith("no-") or w == "without"
        for w in words(sentence.lower())
    )


def _meets(denial: Reading, count: Reading, stated_sentence: str) -> bool:
    """Does the count tell the harm the denial denies, of the people it spares?"""
    if denial.deed != count.deed:
        return False
    if denial.who and not denial.who & count.who:
        return False  # "No passengers were hurt" / "The driver was hurt"
    if denial.degree and not count.degree:
        return False  # "No one was seriously injured" / "two suffered minor injuries"
    told = {word_root(w) for w in words(stated_sentence.lower())}
    return denial.narrowed <= told


def _told_both_ways(
    claim: Claim, denial: Reading, every: Sequence[Claim], *, denying: bool
) -> bool:
    """Does the claim's article tell that harm of that group the other way in
    another sentence (a story of two moments): a count beside the denial's own
    sentence, or a denial beside the count's?"""
    for other in every:
        if other.source != claim.source or other.sentence_start == claim.sentence_start:
            continue
        told = counted(other.sentence) if denying else spared(other.sentence)
        for reading in told:
            if reading.deed == denial.deed and (
                not denial.who or not reading.who or denial.who & reading.who
            ):
                return True
    return False


def _candidate(claim: Claim) -> bool:
    return isinstance(claim, Statement)


def spared_group_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """One harm denied of a group by one article and counted in that group by the
    other (see the module's docstring), as a negation."""
    if a.source == b.source or not (_candidate(a) and _candidate(b)):
        return None
    for denied, stated, flip in ((a, b, False), (b, a, True)):
        denials = spared(denied.sentence)
        if not denials:
            continue
        counts = counted(stated.sentence)
        pair = next(
            ((d, c) for d in denials for c in counts if _meets(d, c, stated.sentence)), None
        )
        if pair is None:
            continue
        if (
            times_apart(a.sentence, b.sentence)
            or instances_apart(a, b)
            or days_apart(a, b, sentences)
            or _ANOTHER.search(a.sentence)
            or _ANOTHER.search(b.sentence)
        ):
            return None  # "last year" / "this year"; "a similar crash"; two days
        if sentences.by_sentence:
            every = first_of_sentences(sentences)
            if _told_both_ways(denied, pair[0], every, denying=True) or _told_both_ways(
                stated, pair[0], every, denying=False
            ):
                continue
        found = Finding(Conflict.NEGATION, pair[0].said, pair[1].said)
        return Finding(found.conflict, found.b, found.a) if flip else found
    return None


def spared_group_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of statements that spared_group_apart reads as one harm
    denied of a group and counted in it; only sentences with a denial and
    sentences with a count are compared."""
    denials = [i for i, s in enumerate(statements) if _candidate(s) and spared(s.sentence)]
    if not denials:
        return []
    counts = [j for j, s in enumerate(statements) if _candidate(s) and counted(s.sentence)]
    pairs = []
    for i in denials:
        for j in counts:
            if statements[i].source == statements[j].source:
                continue
            if spared_group_apart(statements[i], statements[j], sentences) is not None:
                pairs.append((SCORE, min(i, j), max(i, j)))
    return sorted(set(pairs))
