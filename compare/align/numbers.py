"""Matching numbers that count the same thing, and judging them as intervals.

Matching is about facts, not words: two numbers align only when their frames
are compatible (compare.align.frames). Without frames, the sentences stand in
for them, conservatively: a pair whose figures differ must sit in sentences
about the very same thing (the same outcome class, part or total, the same
names and day), since a false discrepancy costs a reader more than a missed one.

Verdicts, reference against each other member:
- agree: the same value, whatever the hedges ("about 10,000" / "as many as 10,000");
- approximate: a hedge's interval covers the other figure ("roughly 100,000"
  covers 106,000), or the two are within the relative tolerance;
- differ: anything else (a figure conflict), a tally reversed or changed, or the
  same count stated with opposite or negated predicates.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import attrs

from compare.align.frames import (
    FrameMatch,
    compare_frames,
    head,
    same_head,
    two_names,
    when_part,
)
from compare.align.model import Conflict, Difference, Judgement, Severity, Verdict
from compare.align.opposites import are_opposites, is_converse, is_opposite_word
from compare.align.settings import DEFAULT_TOLERANCE, Options
from compare.align.synonyms import are_synonyms, table
from compare.align.words import STOPWORDS, stem, words
from compare.extract import Number
from compare.extract.claims import figure_text, format_number

__all__ = ["DEFAULT_TOLERANCE", "judge_numbers", "number_pairs", "unit_key"]

# Counting nouns that news outlets use for one another.
_SYNONYMS = [
    {"troop", "soldier", "servicemember", "forces"},
    {"session", "round", "meeting", "talk"},
    {"person", "people", "resident", "civilian"},
    {"death", "dead", "fatality", "killed"},
    {"injury", "injured", "wounded"},
    {"tank", "armored vehicle"},
    {"country", "nation", "state", "member"},
    {"percent", "%"},
]
_CANON = {word: min(group) for group in _SYNONYMS for word in group}
_MEASURES = frozenset(
    "second minute hour day week month year decade century mile kilometre kilometer metre meter "
    "foot feet inch yard acre hectare ton tonne pound kilogram kg gram litre liter gallon barrel "
    "percent point dollar euro cent".split()
)
# What happened to the people or things counted: "3 killed" and "5 injured" are two
# counts, not one count told two ways. Stems of words near the number.
_OUTCOMES = {
    "dead": "kill killed die died dead death fatality fatalities toll".split(),
    "hurt": "injure injured injury injuries wound wounded hurt hospitalised hospitalized".split(),
    "held": "arrest arrested detain detained held custody charged".split(),
    "missing": "missing unaccounted".split(),
    "saved": "rescue rescued evacuate evacuated survive survived survivor".split(),
}
_OUTCOME = {w: cls for cls, ws in _OUTCOMES.items() for w in ws}
# A part of a larger count ("12 of the 40"), or the whole ("40 in all").
_PART = re.compile(r"^\s*(?:of|out of|among)\b", re.IGNORECASE)
_TOTAL = frozenset("total totalled totaled overall altogether combined whole".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_NOT_NAMES = frozenset(
    "The A An In On At It He She They We But And If When After Before This That "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mr Mrs Ms Dr".split()
)
_NAME = re.compile(r"\b([A-Z][a-z]+)(?:['’]s)?\b")
_AFTER_NAME = re.compile(r"[A-Z][a-z]+[,(]\s*$")
_AGE = re.compile(r"year[s]?[- ]old|\baged?\b", re.IGNORECASE)
_PERIOD = re.compile(
    r"\b(?:(?:last|this|next|previous|past|current)\s+(?:year|season|month|week|quarter)"
    r"|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
WINDOW = 6  # words either side of a number that say what it counts
CLOSE_GAP = 0.25  # relative gap under which two figures may be one told loosely
TELLING_VALUE = 100  # an equal figure this large, of one unit, aligns on its own


def unit_key(number: Number) -> str:
    if number.pair is not None:
        return "tally"  # a score or a vote: compared only with another
    if number.form in ("percent", "share"):
        return "percent"  # "a quarter" (share 0.25) and "25%" state one figure
    if number.form == "money":
        return f"money:{number.unit or ''}"
    if _is_age(number):
        return "age"
    if not number.unit:
        return ""
    unit_words = [stem(w) for w in words(number.unit)]
    if not unit_words:
        return ""
    # "three-month stay" counts months, not stays.
    measure = next((w for w in unit_words if w in _MEASURES), None)
    head = measure or unit_words[-1]
    return _CANON.get(head, head)


def _is_age(number: Number) -> bool:
    """'a 45-year-old teacher', 'aged 45', or a bare figure set off after a name
    ('John Smith, 54, was ...')."""
    before = number.sentence[: number.start - number.sentence_start]
    after = number.sentence[number.end - number.sentence_start :]
    if _AGE.match(after[:12].lstrip(" -")) or (number.unit and _AGE.search(number.unit)):
        return True
    if before.rstrip().endswith(("aged", "age")):
        return True
    appositive = _AFTER_NAME.search(before) and after.lstrip().startswith((",", ")"))
    return bool(appositive) and number.form == "cardinal" and 0 < number.value < 125


def context(number: Number) -> set[str]:
    """Content words of the sentence around the number, for telling two 'days' apart."""
    return {stem(w) for w in words(number.sentence) if w not in STOPWORDS and not w.isdigit()}


def comparable_value(number: Number) -> float:
    """Shares compare with percents: 'a quarter' (0.25) is 25."""
    return number.value * 100 if number.form == "share" else number.value


def number_pairs(
    numbers: Sequence[Number], options: Options | None = None
) -> list[tuple[float, int, int]]:
    by_unit: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(numbers):
        # Numbers without a counted noun can only match within near-identical sentences.
        by_unit[unit_key(n) or "?"].append(i)
    contexts = [context(n) for n in numbers]
    clues = [Clues.of(n) for n in numbers]
    pairs = []
    for key, postings in by_unit.items():
        for x in range(len(postings)):
            for y in range(x + 1, len(postings)):
                i, j = postings[x], postings[y]
                a, b = numbers[i], numbers[j]
                if a.source == b.source or not _forms_fit(a, b):
                    continue
                shared = contexts[i] & contexts[j]
                overlap = len(shared) / max(1, min(len(contexts[i]), len(contexts[j])))
                if key == "?" and (overlap < 0.8 or len(shared) < 3):
                    continue
                framed = a.frame is not None and b.frame is not None
                same = clues[i].same_fact(clues[j], _equal(a, b), framed=framed)
                gap = _relative_gap(comparable_value(a), comparable_value(b))
                if not same or not _frames_allow(a, b):
                    continue  # different facts
                # Close figures need little shared context; far-apart ones must sit in
                # sentences about the very same thing before we call them a discrepancy.
                close = gap <= CLOSE_GAP or key == "tally"  # a tally's sides are no measure of it
                # One large figure of one unit in both ("6,000 people" / "6,000 residents")
                # is seldom a coincidence; small and differing ones need shared words.
                telling = _equal(a, b) and key != "?" and comparable_value(a) >= TELLING_VALUE
                if telling or (close and len(shared) >= 2) or (len(shared) >= 3 and overlap >= 0.5):
                    pairs.append((0.4 + 0.4 * overlap + 0.2 * (1.0 - min(1.0, gap)), i, j))
    return pairs


def _frames_allow(a: Number, b: Number) -> bool:
    """Do the frames let two numbers state one fact? Equal figures: unless another
    day or hour. Differing ones: not two names ("Smith" / "Jones"), and frames that
    agree, except that two numbers counting one stated thing need no common verb
    (an extracted clause is often the wrong one for the number)."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return True
    if _equal(a, b):
        # The same figure: agreeing loosely costs little; only another day or hour counts.
        return when_part(fa, fb)[0] not in ("date", "time")
    if two_names(fa.actor, fb.actor):
        return False  # two names ("Smith" / "Jones") are two actors
    if fa.thing and fb.thing and head(fa.thing) and same_head(fa.thing, fb.thing):
        # Both count the same stated thing: the verb is the outlet's viewpoint ("identified
        # 106,000 troops" / "100,000 troops deployed"); the outcome clues tell deaths apart.
        unknown: dict[str, Any] = {"lemma": None, "predicate": None, "negated": False}
    else:
        unknown = {}
    return compare_frames(attrs.evolve(fa, **unknown), attrs.evolve(fb, **unknown)).aligned


def _forms_fit(a: Number, b: Number) -> bool:
    if (a.pair is None) != (b.pair is None):
        return False  # a tally against a single figure: not the same statement
    if "single" in (a.form, b.form) and a.value != b.value:
        return False  # "one of the officials" beside "two officials": an article, not a count
    # "third round" = "three sessions"; unequal, not the same count
    return (a.form == "ordinal") == (b.form == "ordinal") or a.value == b.value


def _equal(a: Number, b: Number) -> bool:
    return comparable_value(a) == comparable_value(b) and a.pair == b.pair


def _names(sentence: str) -> frozenset[str]:
    """Capitalised words: the people, places and bodies the sentence names. The
    first word counts only when it is no common word ("Smith ran", not "Police said")."""
    found = set()
    for match in _NAME.finditer(sentence):
        word = match.group(1)
        lower = word.lower()
        if match.start() == 0 and (lower in STOPWORDS or table().lemmas(lower)):
            continue
        found.add(word)
    return frozenset(found) - _NOT_NAMES


@attrs.frozen
class Clues:
    """What the sentence says about a number when no frame does: the outcome it
    counts, whether it is a part or a total, the names and the weekday around it."""

    near: frozenset[str]  # stems of the content words around the number
    outcome: frozenset[str]  # dead, hurt, held, missing, saved
    part: bool  # "12 of the 40"
    total: bool  # "in all", "a total of"
    names: frozenset[str]
    weekdays: frozenset[str]
    periods: frozenset[str]  # "last year", "this season", "2024": the period it falls in
    turns: frozenset[str]  # words around it that have an opposite ("rose", "approved")

    @classmethod
    def of(cls, number: Number) -> Clues:
        offset = number.start - number.sentence_start
        before = words(number.sentence[:offset])[-WINDOW:]
        after_text = number.sentence[number.end - number.sentence_start :]
        unit = {stem(w) for w in words(number.unit or "")}
        # The window after the number starts past the counted noun ("troops near ...").
        after = words(after_text)
        skip = next((k for k, w in enumerate(after) if stem(w) not in unit), len(after))
        after = after[: skip + WINDOW]
        near = frozenset(
            stem(w) for w in before + after if w not in STOPWORDS and not w[0].isdigit()
        )
        every = words(number.sentence)
        return cls(
            near=near - unit,
            outcome=frozenset(_OUTCOME[w] for w in before[-2:] + after if w in _OUTCOME),
            part=bool(_PART.match(after_text)),
            total=bool(_TOTAL & set(every)),
            names=_names(number.sentence),
            weekdays=frozenset(every) & _WEEKDAYS,
            periods=frozenset(m.group(0).lower() for m in _PERIOD.finditer(number.sentence)),
            turns=frozenset(w for w in before + after if is_opposite_word(w)),
        )

    def same_fact(self, other: Clues, equal: bool, *, framed: bool = False) -> bool:
        """With `framed` (both numbers have frames) the frames judge the day, so the
        sentence-wide weekdays, which also cover the sentence's other clauses
        ("officials said on Tuesday"), are left out."""
        if self.outcome and other.outcome and not self.outcome & other.outcome:
            return False  # deaths and injuries
        if equal:
            return True  # the same figure: agreeing loosely costs little
        if self.part != other.part or self.total != other.total:
            return False  # a part and a total
        if self.periods and other.periods and not self.periods & other.periods:
            return False  # last year and this year
        if not framed and self.weekdays and other.weekdays and not self.weekdays & other.weekdays:
            return False  # another day
        if self.names and other.names and not self.names & other.names:
            return False  # two players, two attacks
        # Differing figures: something besides the unit must say what is counted.
        return bool(self.near & other.near) or any(
            are_synonyms(x, y) for x in self.near for y in other.near
        )


def judge_numbers(members: Sequence[Number], options: Options | None = None) -> Judgement:
    tolerance = (options or Options()).tolerance
    reference = members[0]
    worst = Judgement(verdict=Verdict.AGREE)
    differences: list[Difference] = []
    for other in members[1:]:
        judgement = judge_pair(reference, other, tolerance)
        differences.extend(judgement.differences)
        if _rank(judgement) > _rank(worst):
            worst = judgement
    return Judgement(
        verdict=worst.verdict,
        differences=tuple(differences),
        conflict=worst.conflict,
        severity=worst.severity,
        title=worst.title,
    )


def _rank(judgement: Judgement) -> int:
    return [Verdict.AGREE, Verdict.APPROXIMATE, Verdict.DIFFER].index(judgement.verdict)


def judge_pair(a: Number, b: Number, tolerance: float = DEFAULT_TOLERANCE) -> Judgement:
    def difference(kind: str) -> tuple[Difference, ...]:
        return (Difference("value", kind, a.source, b.source, figure_text(a), figure_text(b)),)

    frames = compare_frames(a.frame, b.frame)
    if frames.conflict is None and (a.frame is None or b.frame is None):
        frames = _opposite_near(a, b)
    if frames.conflict is not None:
        return Judgement(
            verdict=Verdict.DIFFER,
            differences=difference(frames.conflict.value),
            conflict=frames.conflict,
            severity=Severity.CONFLICT,
            title=frames.reason,
        )
    if a.pair is not None and b.pair is not None:
        if a.pair == b.pair:
            return Judgement(verdict=Verdict.AGREE)
        reversed_ = a.pair == b.pair[::-1]
        title = f"{_tally(a.pair)} vs {_tally(b.pair)}" + (" (reversed)" if reversed_ else "")
        return Judgement(
            verdict=Verdict.DIFFER,
            differences=difference("tally"),
            conflict=Conflict.TALLY,
            severity=Severity.CONFLICT,
            title=title,
        )
    verdict = compare_figures(a, b, tolerance)
    if verdict == Verdict.AGREE:
        return Judgement(verdict=verdict)
    title = f"{figure_text(a)} vs {figure_text(b)}"
    if verdict == Verdict.APPROXIMATE:
        return Judgement(verdict=verdict, differences=difference("hedge"), title=title)
    return Judgement(
        verdict=Verdict.DIFFER,
        differences=difference("figure"),
        conflict=Conflict.FIGURE,
        severity=Severity.CONFLICT,
        title=title,
    )


def _opposite_near(a: Number, b: Number) -> FrameMatch:
    """Without frames: a word next to one figure whose opposite stands next to the
    other ("rose 5%" / "fell 5%"), neither word beside both, in sentences that name
    the same things. Converse verbs (won / lost, bought / sold) are left out: "A
    beat B" and "B lost to A" are one fact, and without a frame the actor is unknown."""
    ca, cb = Clues.of(a), Clues.of(b)
    if ca.names and cb.names and not ca.names & cb.names:
        return FrameMatch(True)  # "the Dow rose 2%" / "the Nasdaq fell 2%"
    if not (ca.near - ca.turns) & (cb.near - cb.turns):
        return FrameMatch(True)
    for x in ca.turns - cb.turns:
        for y in cb.turns - ca.turns:
            if are_opposites(x, y) and not is_converse(x, y):
                return FrameMatch(True, Conflict.OPPOSITE, f"{x} vs {y}")
    return FrameMatch(True)


def _tally(pair: tuple[float, float]) -> str:
    return f"{format_number(pair[0])}–{format_number(pair[1])}"


def compare_figures(a: Number, b: Number, tolerance: float = DEFAULT_TOLERANCE) -> Verdict:
    va, vb = comparable_value(a), comparable_value(b)
    if va == vb and _overlap(a, b) and not ((_exact(a) and _bound(b)) or (_exact(b) and _bound(a))):
        # Only the hedges differ ("about 10,000" / "as many as 10,000" / "10,000").
        # A bound against an exact figure ("more than 4,000" / "4,000") stays approximate.
        return Verdict.AGREE
    if _covers(a, vb) or _covers(b, va) or _relative_gap(va, vb) <= tolerance:
        return Verdict.APPROXIMATE
    return Verdict.DIFFER


def _exact(n: Number) -> bool:
    return (n.low, n.high) == (n.value, n.value)


def _bound(n: Number) -> bool:
    """A one-sided hedge: "more than", "at least", "up to" (not "about")."""
    exact = (n.low, n.high) == (n.value, n.value)
    return not exact and not (n.low is not None and n.high is not None and n.low < n.value < n.high)


def _bounds(n: Number) -> tuple[float, float]:
    scale = 100 if n.form == "share" else 1
    low = n.low * scale if n.low is not None else float("-inf")
    high = n.high * scale if n.high is not None else float("inf")
    return low, high


def _overlap(a: Number, b: Number) -> bool:
    (la, ha), (lb, hb) = _bounds(a), _bounds(b)
    return max(la, lb) <= min(ha, hb)


def _covers(n: Number, value: float) -> bool:
    low, high = _bounds(n)
    return (n.low, n.high) != (n.value, n.value) and low <= value <= high


def _relative_gap(a: float, b: float) -> float:
    scale = max(abs(a), abs(b))
    return 0.0 if scale == 0 else abs(a - b) / scale
