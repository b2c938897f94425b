"""What a sentence says about a number besides its frame, and when two numbers are
tied closely enough to *report* a difference between them.

Two figures that agree may align on thin evidence: a wrong pairing of equal
figures costs the reader nothing. A pair that would be reported (a figure
conflict or an approximate figure) must state one fact beyond doubt, since on
real events most such pairs were two facts counted with one unit: a part and the
total, two polls, another round, the cities *other* than the capital, a count
"since October" against a count over a whole career.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import attrs

from compare.align.frames import (
    LIGHT_VERBS,
    WEEKDAYS,
    FrameMatch,
    confident,
    same_event_predicate,
)
from compare.align.model import Conflict
from compare.align.opposites import are_opposites, is_converse, is_opposite_word
from compare.align.sole_ties import loosely_tied
from compare.align.synonyms import are_synonyms, table
from compare.align.words import STOPWORDS, TEXTS_REMEMBERED, display_words, remembered, stem, words
from compare.extract import Number
from compare.extract import lexicon as lx

# What happened to the people or things counted: "3 killed" and "5 injured" are two
# counts, not one count told two ways. Stems of words near the number.
_OUTCOMES = {
    "dead": (
        "kill kills killed killing die dies died dying dead death deaths fatality fatalities toll"
    ).split(),
    "hurt": (
        "injure injures injured injuring injury injuries wound wounds wounded wounding hurt "
        "hospitalised "
        "hospitalized "
        "hospital"  # "taken to hospital", "needed hospital care": those hurt or taken ill
    ).split(),
    "held": "arrest arrested detain detained held custody charged".split(),
    "missing": "missing unaccounted".split(),
    "saved": "rescue rescued evacuate evacuated survive survived survivor".split(),
}
_OUTCOME = {w: cls for cls, ws in _OUTCOMES.items() for w in ws}
# A part of a larger count ("12 of the 40"), or the whole ("40 in all", "30 of 207").
_PART = re.compile(r"^\s*(?:of|out of|among)\b", re.IGNORECASE)
_WHOLE_OF_PART = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|half))\s*"
    r"(?:of|out of)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?$",
    re.IGNORECASE,
)
_TOTAL = frozenset("total totalled totaled overall altogether combined whole".split())
# Words that make a whole sentence's figures totals, wherever they stand: "Overall, he
# ended the year with 21 goals", "in a combined 90 matches ... 21 goals".
_SENTENCE_TOTAL = re.compile(r"\b(?:overall|combined|altogether|in all|in total)\b", re.I)
# Words that set a count apart from another of the same noun: "other cities" are the
# cities besides one already named, "more troops" come on top of those there.
_EXCLUSIVE = frozenset("other another additional further remaining more extra".split())
_NOT_NAMES = frozenset(
    "The A An In On At It He She They We But And If When After Before This That "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mr Mrs Ms Dr".split()
)
_NAME = re.compile(r"\b([A-Z][a-z]+)(?:['’]s)?\b")
_PERIOD = re.compile(
    r"\b(?:(?:last|this|next|previous|past|current)\s+(?:year|season|month|week|quarter)"
    r"|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# The stretch of time a count covers, when the words around the number say so:
# "during the round", "in the first half", "over those three minutes", "since October".
_SPAN_NOUNS = (
    "round|quarter|half|period|inning|innings|set|game|match|season|year|month|week|day|"
    "night|weekend|hour|hours|minute|minutes|decade|term|campaign|fight|bout|race"
)
_SINCE = (
    "the|last|then|january|february|march|april|may|june|july|august|september|october|"
    "november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"(?:19|20)\d\d"
)
_SCOPE = re.compile(
    r"\b(?:during|in|over|through|throughout)\s+(?:the|that|those|this|its|his|her|their)\s+"
    rf"(?:\w+\s+){{0,2}}?({_SPAN_NOUNS})\b|\bsince\s+({_SINCE})\b",
    re.IGNORECASE,
)
# Measures of time: an ordinal of one ("the sixth day", "third night") is counted from
# when the article was written, so two outlets writing on two days differ by design.
_TIME_UNITS = frozenset("day night week month year season round".split())
_AGED = re.compile(r"\W*years?\s*-?\s*old\s+((?:[A-Z][\w'’-]*\s*){1,3}|[a-z]+)")
# What follows a figure that holds its "-year-old" ("31-year-old Robert Holm").
_AGED_AFTER_FORM = re.compile(r"\s+((?:[A-Z][\w'’-]*\s*){1,3}|[a-z]+)")


def _aged(figure: str, after: str) -> str:
    """Who the age is, when the words after it say: "45-year-old teacher" → teacher."""
    return " ".join(words(_aged_as_written(figure, after)))


def _aged_as_written(figure: str, after: str) -> str:
    found = _AGED.match(after)
    if found is None and figure.endswith("old"):
        found = _AGED_AFTER_FORM.match(after)
    return found.group(1) if found is not None else ""


WINDOW = 6  # words either side of a number that say what it counts
# Words that tie two numbers to one fact only weakly: the verbs every clause has.
_WEAK = LIGHT_VERBS | lx.REPORTING_VERBS | frozenset("made said told according".split())


def names_in(text: str, *, sentence_start: bool = False) -> frozenset[str]:
    """Capitalised words: the people, places and bodies a text names. The first word
    of a sentence counts only when it is no common word ("Smith ran", not "Police said")."""
    found = set()
    for match in _NAME.finditer(text):
        word = match.group(1)
        lower = word.lower()
        if lower in STOPWORDS or (sentence_start and match.start() == 0 and table().lemmas(lower)):
            continue
        found.add(word)
    return frozenset(found) - _NOT_NAMES


def two_sources(a: Number, b: Number) -> bool:
    """Figures given by two named sources ("Ethnos newspaper" / "Kathimerini")."""
    na, nb = names_in(a.reported_by or ""), names_in(b.reported_by or "")
    return bool(na) and bool(nb) and not na & nb


def whole_of_part(number: Number) -> bool:
    """Is the figure the whole a part is told of, in its own sentence ("12 of the
    40": the 40)?"""
    return bool(_WHOLE_OF_PART.search(number.sentence[: number.start - number.sentence_start]))


@attrs.frozen
class Clues:
    """What the sentence says about a number: the outcome it counts, whether it is a
    part or a total, the names, weekday, period and span of time around it."""

    near: frozenset[str]  # stems of the content words around the number
    outcome: frozenset[str]  # dead, hurt, held, missing, saved
    part: bool  # "12 of the 40"
    total: bool  # "in all", "a total of", the 40 in "12 of the 40"
    summed: bool  # the sentence gives totals ("Overall, ...", "in a combined 90 matches")
    exclusive: bool  # "other cities", "more troops"
    names: frozenset[str]  # named in the whole sentence
    lead: str  # the last name before the number, in its window: whose figure it is
    aged: str  # who an age describes: the words after "45-year-old"
    weekdays: frozenset[str]
    periods: frozenset[str]  # "last year", "this season", "2024": the period it falls in
    scopes: frozenset[str]  # "round", "since october": the stretch of time it covers
    turns: frozenset[str]  # words around it that have an opposite ("rose", "approved")
    rate: str = ""  # what the figure is per: "$312,000 a year" → year, "45 cents a share"
    averaged: bool = False  # "averaged 30 home runs", "an average of 30": not one count

    @classmethod
    def of(cls, number: Number) -> Clues:
        """The clues of a number, read once per comparison: the number matcher and
        the judges that tie two figures ask them of each figure once per pair."""
        return _clues(number) if cls is Clues else cls._read(number)

    @classmethod
    def _read(cls, number: Number) -> Clues:
        offset = number.start - number.sentence_start
        before_text = number.sentence[:offset]
        after_text = number.sentence[number.end - number.sentence_start :]
        before = words(before_text)[-WINDOW:]
        shown_before = display_words(before_text)[-WINDOW:]
        unit = {stem(w) for w in words(number.unit or "")}
        # The window after the number starts past the counted noun ("troops near ...").
        after = words(after_text)
        skip = next((k for k, w in enumerate(after) if stem(w) not in unit), len(after))
        after = after[: skip + WINDOW]
        near = frozenset(
            stem(w) for w in before + after if w not in STOPWORDS and not w[0].isdigit()
        )
        # Another figure starts another count's words ("31 points, including 12 in
        # the fourth quarter"): the span of time and the leading name stop there.
        own_after = after[: next((k for k, w in enumerate(after) if w[0].isdigit()), len(after))]
        cut = max((k + 1 for k, w in enumerate(before) if w[0].isdigit()), default=0)
        shown_before = shown_before[cut:]
        every = words(number.sentence)
        window = " ".join(before[cut:] + own_after)
        return cls(
            near=near - unit,
            # what befell those counted; a sum of money counts no one ("charged $6.50")
            outcome=frozenset(_OUTCOME[w] for w in before[-2:] + after if w in _OUTCOME)
            if number.form != "money"
            else frozenset(),
            part=bool(_PART.match(after_text)),
            total=bool(_TOTAL & set(before + after)) or bool(_WHOLE_OF_PART.search(before_text)),
            summed=bool(_SENTENCE_TOTAL.search(number.sentence)),
            exclusive=bool(_EXCLUSIVE & set(words(number.unit or "")))
            or bool(before and before[-1] in _EXCLUSIVE),
            names=names_in(number.sentence, sentence_start=True),
            lead=_lead(shown_before, at_start=len(shown_before) == len(display_words(before_text))),
            aged=_aged(number.text, after_text),
            weekdays=frozenset(every) & WEEKDAYS,
            periods=frozenset(m.group(0).lower() for m in _PERIOD.finditer(number.sentence)),
            scopes=frozenset(
                (m.group(1) or f"since {m.group(2)}").lower() for m in _SCOPE.finditer(window)
            ),
            turns=frozenset(w for w in before + after if is_opposite_word(w)),
            rate=_rate(after_text, number.unit),
            averaged=any(w.startswith("averag") for w in before[-3:])
            or "on average" in " ".join(after[:WINDOW]),
        )

    def same_fact(
        self, other: Clues, equal: bool, *, framed: bool = False, sole: bool = False
    ) -> bool:
        """With `framed` (both numbers have frames) the frames judge the day, so the
        sentence-wide weekdays, which also cover the sentence's other clauses
        ("officials said on Tuesday"), are left out. With `sole` (each is its
        article's only figure of the counted thing, compare.align.sole_figures) the
        sentences' other names and words, which outlets choose apart, do not part them."""
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
        if sole:
            # what is counted is the article's one figure of it; unless one says
            # what happened to them and the other says nothing of it
            return bool(self.outcome) == bool(other.outcome)
        if self.names and other.names and not self.names & other.names:
            return False  # two players, two attacks
        # Differing figures: something besides the unit must say what is counted.
        return bool(self.near & other.near) or any(
            are_synonyms(x, y) for x in self.near for y in other.near
        )


# "a year", "per share", "an hour", "each month" right after the figure and its unit
_RATE = re.compile(r"^\s*(?:a|an|per|each)\s+([a-z]+)\b")


def _rate(after: str, unit: str | None) -> str:
    """What the figure is given per, when the words after it (past its unit) say."""
    rest = after
    if unit and rest.lstrip().startswith(unit):
        rest = rest.lstrip()[len(unit) :]
    found = _RATE.match(rest)
    return stem(found.group(1)) if found else ""


def _lead(shown: list[str], *, at_start: bool) -> str:
    """The last capitalised word before the number (its window as written), unless a
    common word opening the sentence ("Police arrested 12")."""
    for k in range(len(shown) - 1, -1, -1):
        word = shown[k].removesuffix("'s").removesuffix("’s")
        if (
            not word[:1].isupper()
            or word.isupper()
            or word in _NOT_NAMES
            or word.lower() in STOPWORDS
        ):
            continue
        if k == 0 and at_start and table().lemmas(word.lower()):
            continue
        return word
    return ""


def _thing(n: Number) -> str | None:
    return n.frame.thing.text if n.frame is not None and n.frame.thing is not None else None


def strongly_tied(a: Number, b: Number, ca: Clues, cb: Clues) -> bool:
    """One predicate that names an event ("arrested" / "arrested"), one name leading
    both figures, one counted noun with its modifiers ("Russian troops" / "Russian
    troops"), or a content word around both figures besides the unit and the verbs
    every clause has."""
    la = a.frame_lemma
    lb = b.frame_lemma
    if same_event_predicate(la, lb):
        return True
    if ca.lead and ca.lead == cb.lead:
        return True  # one named actor's figure ("Price finished with 31" / "Price poured in 28")
    for ta, tb in ((a.unit, b.unit), (_thing(a), _thing(b))):
        ua = {stem(w) for w in words(ta or "") if w not in STOPWORDS and not w[0].isdigit()}
        ub = {stem(w) for w in words(tb or "") if w not in STOPWORDS and not w[0].isdigit()}
        if len(ua) >= 2 and ua == ub:
            return True  # "hours of deliberation", "Russian troops"
    shared = [w for w in ca.near & cb.near if w not in _WEAK]
    # Two verbs that name two events ("announced within 10 days" / "four days to go")
    # need more than one word in common.
    clash = confident(la) and confident(lb)
    return len(shared) >= (2 if clash else 1)


def reportable(
    a: Number,
    b: Number,
    ca: Clues,
    cb: Clues,
    *,
    differ: bool,
    age: bool,
    values_beside: Mapping[tuple[str, int], frozenset[float]],
    value: tuple[float, float],
    sole: bool = False,
) -> bool:
    """May a pair whose verdict would be reported (differ when `differ`, else
    approximate) stand as one fact? `age`: both are ages. `values_beside` holds the
    other figures of each sentence, by (source, sentence start); `value` the two
    comparable values; `sole`: each is its article's only figure of the thing,
    which ties them without a shared word (loosely_tied)."""
    if ca.part != cb.part or ca.total != cb.total or ca.exclusive != cb.exclusive:
        return False  # a part and a total; "other cities" and the cities
    if ca.scopes != cb.scopes:
        return False  # a round and the whole fight; "since October" and ever
    if ca.averaged != cb.averaged:
        return False  # "averaged more than 30 home runs" and last season's 33
    if (
        ca.lead
        and cb.lead
        and ca.lead != cb.lead
        and not (ca.lead in cb.names and cb.lead in ca.names)
    ):
        return False  # Brand's $80 million contract and Iguodala's; two polls
    va, vb = value
    if va != vb and (
        vb in values_beside.get((a.source, a.sentence_start), frozenset())
        or va in values_beside.get((b.source, b.sentence_start), frozenset())
    ):
        # One sentence states the other's figure too ("$US1 million ($1.52 million)",
        # "58-3 with 51 wins by knockout"): its own figure counts something else.
        return False
    if differ and _time_ordinal(a, b):
        return False  # "the sixth straight day" / "the seventh": written on two days
    # Only the unit in common ("arrests" here and "arrests" there, "three banks" set
    # on fire and "at least three banks" attacked) is not enough.
    if age and not one_person(aged_person(a, ca), aged_person(b, cb)):
        # "16-year-old Kimani Gray" / "her 14-year-old son" / "Mahnefah Gray, 19": two
        # people's ages; "Robert Buckley, 32," / "31-year-old Robert Buckley": one's
        return False
    return loosely_tied(a, b, ca, cb) if sole else strongly_tied(a, b, ca, cb)


# The name an age is set off after: "Robert Buckley, 32," / "Mahnefah Gray (19)" /
# "John Brown, a 45-year-old teacher".
_NAME_SET_OFF = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s*[,(]\s*(?:an?\s+|the\s+)?$"
)


def aged_person(n: Number, clues: Clues) -> str:
    """Who an age describes: the name after "45-year-old", else the name it is set
    off after ("Robert Buckley, 32,"), else the name leading it, else the noun after
    it ("her 14-year-old son"). "The day before Buckley's death another climber,
    36-year-old Duncan Rait": Rait's age."""
    after = n.sentence[n.end - n.sentence_start :]
    if _aged_as_written(n.text, after)[:1].isupper():
        return clues.aged
    named = _NAME_SET_OFF.search(n.sentence[: n.start - n.sentence_start])
    if named is not None:
        return " ".join(words(named.group(1)))
    return clues.lead.lower() or clues.aged


def one_person(x: str, y: str) -> bool:
    """Can the two names be one person's: one holds the other's words ("buckley" /
    "robert buckley"), not "kimani gray" / "mahnefah gray"."""
    wx, wy = set(x.split()), set(y.split())
    return bool(wx) and bool(wy) and (wx <= wy or wy <= wx)


def _time_ordinal(a: Number, b: Number) -> bool:
    def counted(n: Number) -> bool:
        unit = [stem(w) for w in words(n.unit or "")]
        return n.form == "ordinal" and bool(unit) and unit[-1] in _TIME_UNITS

    return counted(a) or counted(b)


def opposite_near(a: Number, b: Number) -> FrameMatch:
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


@remembered(TEXTS_REMEMBERED)
def _clues(number: Number) -> Clues:
    return Clues._read(number)
