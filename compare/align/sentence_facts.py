"""Do the figures, tallies, dates, times and places two aligned sentences state agree?

Two statements the matcher holds for one fact are shown as agreeing only after
this check: "beat them 3-1" / "went down 3-2", "17 were killed" / "27 were
killed", "on Sunday" / "on Monday", "near Geyserville" / "near Cloverdale" are
the same fact told two incompatible ways. Each sentence's own claims (numbers,
dates, times, places; compare.align.sentence_claims) are compared:

- tally: both sentences give a score or vote, and no score of one is the other's;
- figure: both give a figure of the same measure (unit_key: people, acres,
  percent, money...), and no figure of that measure in one agrees with, or is
  covered by the hedge of, one in the other; figures that count different
  things ("17 dead" / "40 injured" when each side gives both) are not compared;
- dates, times and places: compare.align.sentence_days_places.

Nothing only one sentence states is compared: a date in one only is no clash.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import attrs

from compare.align.actor_names import names
from compare.align.fact_clash import FactClash
from compare.align.figure_intervals import comparable_value
from compare.align.figure_owners import owners_apart
from compare.align.figure_rates import figures_rates_apart
from compare.align.forecasts import forecasts_apart
from compare.align.measure_units import in_one_unit
from compare.align.measures import (
    acts_of,
    measures_apart,
    measures_of,
    other_things,
    told_apart,
)
from compare.align.model import Conflict, Severity, Verdict
from compare.align.number_facts import (
    asked,
    compared,
    decimal_head,
    in_cut_decimal,
    in_slashed_date,
    on_occasions_apart,
    on_two_occasions,
    sides_swapped,
    told_from_each_side,
    wanted,
)
from compare.align.number_judge import judge_pair
from compare.align.numbers import unit_key
from compare.align.occasions import told_as_another_apart
from compare.align.parts import groups_apart, part_and_whole
from compare.align.quoted_speakers import speakers_apart
from compare.align.sentence_days_places import (
    claims_of,
    dates_clash,
    one_predicate,
    places_clash,
    times_clash,
)
from compare.align.text_tails import last_runs
from compare.align.verb_kinds import two_counts
from compare.align.vote_tallies import two_bodies_voting
from compare.align.when_where import (
    close,
)
from compare.align.words import STOPWORDS, TEXTS_REMEMBERED, remembered, words
from compare.extract.claims import Claim, Number, figure_text, score_sets


def clash(
    a: Claim, claims_a: Sequence[Claim], b: Claim, claims_b: Sequence[Claim]
) -> FactClash | None:
    """The first stated fact that differs between two aligned statements (a, b),
    given the other claims inside each, or None."""
    found = _tallies(claims_of(claims_a, Number), claims_of(claims_b, Number))
    for check in (_figures, dates_clash, times_clash, places_clash, speakers_apart):
        if found is not None:
            break
        found = check(claims_a, claims_b)
    if found is None or found.unpaired or close(a.text, b.text):
        return found
    if found.conflict == Conflict.FIGURE and not (found.one_event and found.measured):
        # figures of two predicates, or of no stated unit, in loosely matched
        # sentences: two facts as often as not, so not shown, and no ✓ either
        return attrs.evolve(found, unpaired=True)
    # Read on real events, aligned sentences that share less than most of their words
    # were mostly two facts (deaths / injuries, this quake / the 2003 one): a figure,
    # day or place that differs between them is not checked to be one fact. It is
    # shown as a variant, never as a conflict, and never behind a ✓.
    return attrs.evolve(found, severity=Severity.VARIANT, unchecked=True)


def figures_clash(claims_a: Sequence[Claim], claims_b: Sequence[Claim]) -> FactClash | None:
    """The tally or figure two sentences' claims give incompatibly, by `clash`'s own
    rules for them (unpaired when not checked to be one fact), or None."""
    return _tallies(claims_of(claims_a, Number), claims_of(claims_b, Number)) or _figures(
        claims_a, claims_b
    )


def _tallies(a: Sequence[Number], b: Sequence[Number]) -> FactClash | None:
    ta = [n for n in a if n.pair is not None]
    tb = [n for n in b if n.pair is not None]
    sets_a, sets_b = [score_sets(n) for n in ta], [score_sets(n) for n in tb]
    if not ta or not tb or set(sets_a) & set(sets_b):
        return None
    one_set = min(len(s) for s in sets_a + sets_b) == 1
    if one_set and {p for s in sets_a for p in s} & {p for s in sets_b for p in s}:
        return None  # a score both give, beside a scoreline it may be a set of
    if _single_against_sets(sets_a, sets_b) or _single_against_sets(sets_b, sets_a):
        # "won 4-6, 6-2, 6-3" / "winning the tie-break 7-5": a match's scoreline on
        # one side only, single scores on the other, which may be one set's or a
        # tie-break's: a part against a whole, not compared, and no ✓ either
        x, y = ta[0], tb[0]
        return FactClash(
            Conflict.TALLY, figure_text(x), figure_text(y), Severity.VARIANT, unpaired=True
        )
    x, y = _same_game(ta, tb)
    if on_occasions_apart(x, y) or told_as_another_apart(x, y):
        # "Last year's budget passed 7-2" / "passed 5-4 on Tuesday"; "by 19 votes to
        # 2, a separate measure" / "in a 16-5 vote"
        return None
    if two_bodies_voting(x, y):
        return None  # "the committee voted 7-4" / "the council backed it by 44 votes to 35"
    reversed_ = score_sets(x) == tuple(s[::-1] for s in score_sets(y))
    if reversed_ and (sides_swapped(x, y) or told_from_each_side(x, y)):
        return None  # "Kemboi leads Tanui 3-2" / "Tanui trails Kemboi 2-3": one score
    return FactClash(
        Conflict.TALLY,
        figure_text(x),
        figure_text(y) + (" (reversed)" if reversed_ else ""),
        Severity.CONFLICT,
    )


def _single_against_sets(
    sets_a: Sequence[tuple[tuple[float, float], ...]],
    sets_b: Sequence[tuple[tuple[float, float], ...]],
) -> bool:
    """Does one side give only single scores and the other only scorelines of sets?"""
    return all(len(s) == 1 for s in sets_a) and all(len(s) > 1 for s in sets_b)


def _same_party(judged: Sequence[tuple[Any, Number, Number]]) -> tuple[Any, Number, Number]:
    """Of the figure pairs that differ, the one whose clauses share the most names: a
    sentence may give one figure for each of several parties ("Norvik was fined £1.8m,
    while Keldale was fined £180,000" / "Keldale was fined £300,000"); with no names
    to go by, the first."""
    best, most = judged[0], 0
    for item in judged:
        shared = len(_clause_names(item[1]) & _clause_names(item[2]))
        if shared > most:
            best, most = item, shared
    return best


def _same_game(ta: Sequence[Number], tb: Sequence[Number]) -> tuple[Number, Number]:
    """The two tallies most likely of one game: a round-up tells several games in one
    sentence ("went top with a 4-2 win over Dunmere, as the Kestrels lost 1-0 to
    Varley Town" / "The Kestrels, beaten 2-0 by Varley Town"), so the pair whose
    clauses share the most names is the one told two ways; with no names to go by,
    each sentence's first."""
    best = (ta[0], tb[0])
    most = 0
    for x in ta:
        for y in tb:
            shared = len(_clause_names(x) & _clause_names(y))
            if shared > most:
                best, most = (x, y), shared
    return best


# What sets one clause of a sentence apart from the next: a comma, a semicolon, a
# colon or a dash; and a figure's digits.
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[\u2013\u2014-]\s")
_DIGITS = re.compile(r"\d[\d,.]*")


def _clause_names(n: Number) -> frozenset[str]:
    """The names told with a figure (actor_names.names): those since the sentence's
    figure before it, where English puts who the figure is of ("Norvik was fined
    £1.8m, while Keldale was fined £180,000"), and those after it up to the end of
    its clause or the next figure ("lost 2-0 to Varley Town")."""
    at = n.start - n.sentence_start
    after = at + len(n.text)
    start = max((m.end() for m in _DIGITS.finditer(n.sentence, 0, at)), default=0)
    ends = [m.start() for m in _CLAUSE_BREAK.finditer(n.sentence, after)]
    ends += [m.start() for m in _DIGITS.finditer(n.sentence, after)]
    return names(n.sentence[start : min(ends, default=len(n.sentence))])


def _figures(claims_a: Sequence[Claim], claims_b: Sequence[Claim]) -> FactClash | None:
    """A measure both sentences give a figure of, with no figure agreeing across."""
    # one amount told in two units ("18 months" / "a two-year ban"): in one unit
    numbers_a, numbers_b = in_one_unit(claims_of(claims_a, Number), claims_of(claims_b, Number))
    values_a = {comparable_value(n) for n in numbers_a}
    values_b = {comparable_value(n) for n in numbers_b}
    if values_a & values_b:
        # A figure both give alike: the others may count other things ("32 million,
        # against 55.3 million a decade ago" / "55.3 million"), but no ✓ for those
        # that differ ("twelve drivers, and 230 residents" / "... 320 residents"),
        # nor a finding (on real events as often another thing): unpaired.
        rest_a = [n for n in numbers_a if comparable_value(n) not in values_b]
        rest_b = [n for n in numbers_b if comparable_value(n) not in values_a]
        found = _figures(rest_a, rest_b) if rest_a and rest_b else None
        return attrs.evolve(found, unpaired=True) if found is not None else None
    by_unit_a, by_unit_b = _by_unit(numbers_a), _by_unit(numbers_b)
    if not by_unit_a.keys() & by_unit_b.keys():
        return _told_otherwise(numbers_a, numbers_b) or _unkeyed(numbers_a, numbers_b)
    for unit, figures_a in by_unit_a.items():
        figures_b = by_unit_b.get(unit)
        if not figures_b:
            continue
        told = unit.removeprefix(ACT)  # "the recall covers" / "recalling": told apart only
        pairs = [
            (x, y)
            for x in figures_a
            for y in figures_b
            if told_apart(told, x, y)
            and not two_counts(x, y)
            and not on_two_occasions(x, y)  # another event's, or "in 2017" / "in 2022"
            and compared(x) == compared(y)  # "That compares with a turnout of 64%"
            and not (part_and_whole(x, y) or groups_apart(x, y))  # parts.py
            and not forecasts_apart(x, y)  # "expects 44 million" / "brought in 41 million"
            and not owners_apart(x, y)  # "Egyptian buyers took" / "Sudanese buyers took"
        ]
        judged = [(judge_pair(x, y), x, y) for x, y in pairs]
        if not judged or any(
            j.verdict != Verdict.DIFFER or j.conflict != Conflict.FIGURE for j, _, _ in judged
        ):
            continue  # one figure of the measure agrees, or the frames say another fact
        _, x, y = _same_party(judged)
        if measures_apart(x, y):
            # "operating profit of" / "net profit of": two measures, or one told two
            # ways the rules cannot tell apart: neither a finding nor a ✓
            return FactClash(Conflict.FIGURE, x.text, y.text, Severity.VARIANT, unpaired=True)
        if unit.startswith((MEASURE, ACT)):
            # the sentences name what both figures measure: one fact, whatever the verb
            # (but for one asked for and one given: _asked_apart)
            return FactClash(
                Conflict.FIGURE, x.text, y.text, Severity.CONFLICT, unpaired=_asked_apart(x, y)
            )
        if unit.startswith(BARE) and not one_predicate(x, y):
            continue  # "plunged 5" / "closed down 3": what a bare figure counts is unknown
        if other_things(x, y):
            continue
        return FactClash(
            Conflict.FIGURE,
            x.text,
            y.text,
            Severity.CONFLICT,
            one_event=one_predicate(x, y),
            measured=not unit.startswith(BARE),
            # "$312,000 a year" / "$1.2 million": a rate against a total, no ✓ either
            unpaired=figures_rates_apart(x, y) or _asked_apart(x, y),
        )
    return _unkeyed(numbers_a, numbers_b)


def _asked_apart(x: Number, y: Number) -> bool:
    """Is one figure asked for and the other given or offered ("The union asked for
    a 6% rise" / "The firm offered 3.5%"), neither side wanting both ("seek 6%" /
    "want 9%" are one party's asks)? Two parties' figures (the number judge's "wanted
    / given"): neither a finding nor a ✓."""
    return asked(x) != asked(y) and not (wanted(x) and wanted(y))


def _unkeyed(numbers_a: Sequence[Number], numbers_b: Sequence[Number]) -> FactClash | None:
    """Figures figure_keys leaves out (one that describes a noun, a rank, a part),
    on one side or both, that differ before the same word ("after a 230-minute meeting" / "after a
    320-minute meeting", "the second goal" / "the third goal"): what they count is
    not compared, so the pair is not shown, and no ✓ either."""
    for x in numbers_a:
        for y in numbers_b:
            if (figure_keys(x) and figure_keys(y)) or x.pair is not None or y.pair is not None:
                continue  # both keyed: compared by unit; one keyed ("14 nurses watched" opening
                # its sentence, possibly a decimal's tail, and "as 41 nurses watched"): here
            if in_slashed_date(x) or in_slashed_date(y) or decimal_head(x) or decimal_head(y):
                continue  # a figure opening a clause ("; 14 residents came") may be a
                # cut decimal's tail or a count: unchecked either way when it differs
            if comparable_value(x) == comparable_value(y) or x.form != y.form:
                continue
            if _word_after(x) and _word_after(x) == _word_after(y):
                return FactClash(Conflict.FIGURE, x.text, y.text, Severity.VARIANT, unpaired=True)
    return None


def _word_after(n: Number) -> str:  # what the figure describes or ranks
    after = [w for w in words(n.sentence[n.end - n.sentence_start :]) if w not in STOPWORDS]
    return after[0] if after else ""


def _told_otherwise(numbers_a: Sequence[Number], numbers_b: Sequence[Number]) -> FactClash | None:
    """Figures of one predicate whose things are told in other words ("120 workers
    were evacuated" / "210 employees were evacuated"): never compared, so no ✓."""
    for x in numbers_a:
        for y in numbers_b:
            if figure_keys(x) and figure_keys(y) and one_predicate(x, y):
                return FactClash(Conflict.FIGURE, x.text, y.text, Severity.VARIANT, unpaired=True)
    return None


def _by_unit(numbers: Sequence[Number]) -> dict[str, list[Number]]:
    """Figures by what they count; a measure the sentence names comes first."""
    out: dict[str, list[Number]] = {}
    for n in numbers:
        for key in figure_keys(n):
            out.setdefault(key, []).append(n)
    return dict(sorted(out.items(), key=lambda item: not item[0].startswith((MEASURE, ACT))))


MEASURE = "measure:"
ACT = "act:"  # what is done to the thing counted: "cut 1,200 jobs" / "2,100 job cuts"


@remembered(TEXTS_REMEMBERED)  # asked of each figure once per pair of sentences it is in
def figure_keys(n: Number) -> tuple[str, ...]:
    """What a figure counts, as keys two figures of one fact share: the measure the
    sentence names ("a crowd of 45,000": measure:crowd), then its unit (unit_key)
    or, without one, its form (bare:cardinal). None for a score or vote (compared
    apart), a rank, a figure that describes a noun or is a part of a whole, a
    figure inside a slashed date ("04 / 05 / 11")."""
    if n.pair is not None or n.form == "ordinal" or in_slashed_date(n) or in_cut_decimal(n):
        return ()  # tallies are compared apart; "the second goal" is no figure
    key = unit_key(n)
    if key != "age" and (_describes(n) or _part_of(n)):
        return ()
    named = [MEASURE + m for m in sorted(measures_of(n))]
    return (*named, *[ACT + a for a in sorted(acts_of(n))], key or _bare(n))


# "landed 28 of his 68 punches", "two of the 26 pirates": a part, whose whole may differ
_NUMERAL = (
    r"(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
    r"|hundreds?|thousands?)\b)"
)
_PART_OF = re.compile(rf"\s+of\s+(?:(?:the|his|her|their|its|an?)\s+)?{_NUMERAL}", re.IGNORECASE)


def _describes(n: Number) -> bool:
    """A figure joined to a noun that describes another ("the seven-year history",
    "a 10-juror majority", "a five - boat attack") counts nothing on its own."""
    after = n.sentence[n.end - n.sentence_start :]
    before = n.sentence[: n.start - n.sentence_start]
    return bool(_JOINED.match(after) or (_JOINED_INSIDE.search(n.text) and _ARTICLE.search(before)))


_JOINED = re.compile(r"\s?[-‑–]\s?[A-Za-z]")
_JOINED_INSIDE = re.compile(r"[-‑–]\s?[A-Za-z]+$")
_ARTICLE = re.compile(r"\b(?:an?|the|its|their|his|her)\s+$", re.IGNORECASE)


_WHOLE_OF = re.compile(rf"{_NUMERAL}\s+of\s+(?:(?:the|his|her|their|its|an?)\s+)?$", re.IGNORECASE)


def _part_of(n: Number) -> bool:
    """The part or the whole of "28 of his 68 punches"."""
    after = n.sentence[n.end - n.sentence_start :]
    before = n.sentence[: n.start - n.sentence_start]
    # a whole ends "68 of his ": its three last runs of words hold any match
    return bool(_PART_OF.match(after) or _WHOLE_OF.search(last_runs(before, 3)))


BARE = "bare:"


def _bare(n: Number) -> str:
    """Figures without a unit compare only with figures of the same form."""
    return BARE + n.form
