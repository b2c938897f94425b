"""One person present at the story's occasion by one article and absent by the
other: "Furlong did not attend the hearing" / "Furlong, who sat stony-faced
through the two-day hearing"; "Voss was not in the room when directors voted" /
"Mr Voss was present for the vote".

Outlets tell whether someone was there in many ways: attended, was present, was
in court, sat in the second row, stood in the dock, was on the pool deck; and
deny it with a negated one ("was not in the courtroom", "did not attend") or
"was absent". The two sentences share the person's name and seldom anything
else, so neither the word model nor the frame readings (one lemma denied) tie
them. What ties them is the person and the story: an article that tells once
whether a named person was there tells of the story's occasion.

What keeps two facts apart (precision first: a false negation costs more than a
missed one):
- the person: the first name the sentence gives before the presence words (its
  subject, or the name a "who" clause follows) has the same surname on both sides;
- the occasion: when both sentences name one (a court, a vote, a race, a show),
  the two must be one kind of occasion (`_OCCASIONS`): "did not attend the
  funeral" / "attended the rally" are two;
- either article telling the person's presence or absence in another sentence too
  (a story of two moments: "was absent on the first day but in court for the
  verdict"), another day or period (same_days.days_apart,
  sole_predicates.times_apart), a question, a plan or condition on the denying
  side ("will not attend", "may not be present": modals are not read).
Whether a named player took part in the game is read the same way ("Petra
Solberg played the whole game" / "did not play", "missed the final", "sat out"),
of a person named in full (a team's name is no player), and is compared only
with another telling of taking part.
It reports only discrepancies, never an agreement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from compare.align.closest_actor_clashes import first_of_sentences
from compare.align.model import Conflict
from compare.align.same_days import days_apart
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.sole_predicates import times_apart
from compare.align.word_contradictions import Finding, word_root
from compare.align.words import STOPWORDS, TEXTS_REMEMBERED, remembered, words
from compare.extract import Claim
from compare.extract.claims import Statement
from compare.extract.names import name_mentions, split_title

SCORE = 0.4  # a later round's pair, under the word model's sure pairs

# Where a person is present at an occasion: the occasion's place or the place of
# its onlookers.
_VENUES = (
    r"(?:court|courtroom|room|audience|dock|arena|chamber|hall|gallery|stands|crowd|stadium"
    r"|building|church|theatre|theater|venue|meeting|hearing|session|ceremony)"
)
_PRESENT = re.compile(
    r"\b(?:was|were)\s+(?P<what>present|there|in\s+(?:the\s+)?" + _VENUES + r")\b"
    r"|\b(?:attended|attends)\b"
    r"|\bsat\s+(?:[a-z-]+\s+){0,2}?(?:in|through|among|at)\b"
    r"|\b(?:stood|standing)\s+in\s+the\s+dock\b"
    r"|\bwatched\s+from\s+the\b"
    r"|\b(?:was|were)\s+on\s+the\s+(?:[a-z]+\s+)?(?:deck|sidelines?|touchline|bench|stage)\b",
    re.IGNORECASE,
)
_ABSENT = re.compile(
    r"\b(?:was|were)\s+(?:not|n't)\s+(?:present|there|in\s+(?:the\s+)?" + _VENUES + r")\b"
    r"|\b(?:wasn't|weren't)\s+(?:present|there|in\s+(?:the\s+)?" + _VENUES + r")\b"
    r"|\b(?:did\s+not|didn't|failed\s+to)\s+attend\b"
    r"|\b(?:was|were)\s+absent\b",
    re.IGNORECASE,
)
# Whether a named player took part in the game: "played all four quarters", "playing
# on a strapped hamstring" / "did not play", "missed the final", "sat out".
_PLAYED = re.compile(r"\b(?:played|playing)\b", re.IGNORECASE)
_DID_NOT_PLAY = re.compile(
    r"\b(?:did\s+not|didn't|could\s+not|couldn't|failed\s+to)\s+(?:play|take\s+the\s+"
    r"(?:court|field|pitch|ice))\b"
    r"|\bmissed\s+the\s+(?:final|match|game|race|semi-?final|tie|fixture)\b"
    r"|\bsat\s+out\b|\b(?:was|were)\s+ruled\s+out\b",
    re.IGNORECASE,
)
# Kinds of occasion, told by the nouns of their places and parts: a sentence naming
# words of two kinds tells of two occasions.
_OCCASIONS: tuple[frozenset[str], ...] = tuple(
    frozenset(word_root(w) for w in group.split())
    for group in (
        "court courtroom dock hearing verdict ruling judgment sentencing trial judge jury",
        "arena stadium pool deck race final match game sideline sidelines touchline bench stands",
        "room vote meeting session chamber board boardroom directors council",
        "audience concert premiere performance show hall theatre theater stage venue",
        "funeral church service memorial",
        "ceremony rally march protest",
    )
)
_MODALS = frozenset("will would shall can could may might must should if unless".split())
_TITLES = frozenset("mr mrs ms miss dr sir dame lord lady".split())


@attrs.frozen
class Told:
    """A sentence's telling of whether a named person was there."""

    surname: str
    absent: bool
    said: str
    played: bool = False  # whether the person took part, not whether they were there


def _occasions(sentence: str) -> frozenset[int]:
    roots = {word_root(w) for w in words(sentence.lower())}
    return frozenset(k for k, group in enumerate(_OCCASIONS) if group & roots)


def _subject(sentence: str, before: int) -> str | None:
    """The surname of the first name the sentence gives before the presence words."""
    for mention in name_mentions(sentence, 0, before):
        rest = split_title(mention.text)[1].split()
        rest = [w for w in rest if w.lower().rstrip(".") not in _TITLES]
        if not rest:
            continue
        surname = rest[-1].lower().rstrip(".")
        if surname in STOPWORDS:
            continue
        return surname
    return None


@remembered(TEXTS_REMEMBERED)
def told(sentence: str) -> tuple[Told, ...]:
    """Each telling, in the sentence, of whether a named person was there."""
    if "?" in sentence:
        return ()
    found = []
    for absent, pattern in ((True, _ABSENT), (False, _PRESENT)):
        for match in pattern.finditer(sentence):
            before = words(sentence[: match.start()].lower())
            if absent and _MODALS & set(before[-3:]):
                continue  # "will not attend": a plan
            if not absent and _ABSENT.search(sentence):
                continue  # one sentence telling both is read as the absence only
            surname = _subject(sentence, match.start())
            if surname is not None:
                found.append(Told(surname, absent, match.group(0)))
    for absent, pattern in ((True, _DID_NOT_PLAY), (False, _PLAYED)):
        for match in pattern.finditer(sentence):
            if not absent and _DID_NOT_PLAY.search(sentence):
                continue  # "missed the final ... had played in the semi": the absence only
            if absent and _MODALS & set(words(sentence[: match.start()].lower())[-3:]):
                continue
            found.extend(
                Told(surname, absent, match.group(0), played=True)
                for surname in _players(sentence, match.start())
            )
    return tuple(found)


def _players(sentence: str, before: int) -> frozenset[str]:
    """The surnames of the people the sentence names in full before the words
    ("American forward Marcus Lyle, played"): a team's or a club's name is no
    player, and a possessive names the owner ("Baskent's top scorer")."""
    found = set()
    for mention in name_mentions(sentence, 0, before):
        rest = [w for w in split_title(mention.text)[1].split() if w.lower() not in _TITLES]
        if len(rest) >= 2 and not mention.possessive:
            found.add(rest[-1].lower().rstrip("."))
    return frozenset(found)


def _told_elsewhere(claim: Claim, surname: str, every: Sequence[Claim], *, played: bool) -> bool:
    """Does the claim's article tell that person's presence or absence in another
    sentence?"""
    for other in every:
        if other.source != claim.source or other.sentence_start == claim.sentence_start:
            continue
        if any(t.surname == surname and t.played == played for t in told(other.sentence)):
            return True
    return False


def _candidate(claim: Claim) -> bool:
    return isinstance(claim, Statement)


def attendance_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """One person present by one article and absent by the other (see the module's
    docstring), as a negation."""
    if a.source == b.source or not (_candidate(a) and _candidate(b)):
        return None
    told_a, told_b = told(a.sentence), told(b.sentence)
    pair = next(
        ((x, y) for x in told_a for y in told_b if x.surname == y.surname and x.absent != y.absent),
        None,
    )
    if pair is None:
        return None
    kinds_a, kinds_b = _occasions(a.sentence), _occasions(b.sentence)
    if kinds_a and kinds_b and not kinds_a & kinds_b:
        return None  # "did not attend the funeral" / "attended the rally"
    if times_apart(a.sentence, b.sentence) or days_apart(a, b, sentences):
        return None
    if sentences.by_sentence:
        every = first_of_sentences(sentences)
        surname, played = pair[0].surname, pair[0].played
        if _told_elsewhere(a, surname, every, played=played) or _told_elsewhere(
            b, surname, every, played=played
        ):
            return None
    return Finding(Conflict.NEGATION, pair[0].said, pair[1].said)


def attendance_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of statements that attendance_apart reads as one person
    present and absent; only sentences telling someone's presence are compared."""
    by_name: dict[str, list[int]] = {}
    for i, statement in enumerate(statements):
        if _candidate(statement):
            for t in told(statement.sentence):
                by_name.setdefault(t.surname, []).append(i)
    pairs = set()
    for found in by_name.values():
        for i in found:
            for j in found:
                if (
                    i < j
                    and statements[i].source != statements[j].source
                    and attendance_apart(statements[i], statements[j], sentences) is not None
                ):
                    pairs.add((SCORE, i, j))
    return sorted(pairs)
