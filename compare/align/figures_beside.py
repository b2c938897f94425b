"""An agreeing figure beside a figure that differs: no ✓ for the sentence pair.

Two sentences often state several figures of one fact ("pledged 5,000 homes over
four years" / "7,500 homes within four years", "sold £350m of 30-year bonds" /
"raised £300m from a 30-year bond"). The number matcher pairs the figure both give
alike, and its ✓ then stands over the sentence whose other figure of the same
measure is given two ways: a contradiction shown as an agreement, the costliest
error. The other figures are compared with the statement judge's own rules
(sentence_facts.figures_clash: the same measure, no figure of it agreeing across,
not two occasions nor a part and its whole); when they clash, the agreeing pair
is left without a verdict (neither a ✓ nor a finding), since whether the figures
beside it are one fact is not checked.

Only figures beside the pair are read, never the pair itself: a figure the other
sentence gives alike is accounted for, and one set apart as "other" counts the rest.
Calendar months beside it are read too ("£150,000 of stock ... in November 2025" /
"£150,000 of stock ... in August 2025"), unless the figure is an age, which ties a
person rather than an event. The statement judge asks the same of two statements
whose sentences give one figure alike (statements_beside): that figure is what ties
them to one fact, so what differs beside it is what they say apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from compare.align.figure_intervals import comparable_value
from compare.align.figure_ranges import members_ranges_apart
from compare.align.frames import same_date
from compare.align.model import Conflict, Difference, Judgement, Severity, Verdict
from compare.align.number_clues import Clues
from compare.align.number_judge import judge_numbers_in_context
from compare.align.numbers import unit_key
from compare.align.sentence_claims import SentenceClaims
from compare.align.sentence_facts import figures_clash
from compare.align.settings import Options
from compare.align.when_where import is_stamp
from compare.extract import Number
from compare.extract.claims import Claim, Date, figure_text, score_sets


def judge_numbers_beside(
    members: Sequence[Number], options: Options | None, sentences: SentenceClaims
) -> Judgement:
    """The number judge with each sentence's figures at hand; an agreement beside
    figures that differ is left without a verdict."""
    judgement = judge_numbers_in_context(members, options, sentences)
    agreed = judgement.verdict == Verdict.AGREE and not judgement.unchecked
    # nor a range against a figure that only falls inside it (figure_ranges.py), nor
    # one figure each side tells of another year (own_dates_apart)
    if agreed:
        bound = bound_sides_apart(members, sentences)
        if bound is not None:
            return bound
    if agreed and (
        differ_beside(members, sentences)
        or members_ranges_apart(members)
        or _members_dated_apart(members, sentences)
    ):
        return Judgement(verdict=Verdict.AGREE, unchecked=True)
    return judgement


# How a figure is bound to the one told with it as the other side of one count: a
# part of its whole ("nine of the day's 14", "six of the eight"), a total for what
# it cost ("171 for 6"), or two sides set against each other in one phrase ("17 wins
# and two defeats", "17 victories against three losses", "269.9 points to ... 269.7").
_OF_WHOLE = re.compile(
    r"^\s*of\s+(?:(?:the|its|their|his|her|this|these)\s+)?(?:[\w-]+['’]s\s+)?$", re.I
)
_FOR = re.compile(r"^\s*for\s+$", re.I)
_SET_AGAINST = re.compile(r"^\s*(?:[a-z-]+\s+){1,2}(?:and|against)\s+$", re.I)


def bound_sides_apart(members: Sequence[Number], sentences: SentenceClaims) -> Judgement | None:
    """Two figures alike, each bound in its sentence to a figure of its own in the same
    way (a part of the whole both give alike, runs for the wickets, wins against
    defeats), those two differing: one count told two ways, its sides apart ("nine of
    the day's 14 departures" / "eleven of its 14 departures", "posted 171 for 6" /
    "171 for 4"). The agreeing figure is only half of it: the pair is a tally
    conflict, never a ✓."""
    for i, x in enumerate(members):
        for y in members[i + 1 :]:
            if x.source == y.source:
                continue
            bx, by = _bound(x, sentences), _bound(y, sentences)
            if bx is None or by is None or bx[0] != by[0]:
                continue
            px, py = bx[1], by[1]
            if comparable_value(px) == comparable_value(py):
                continue
            if px.pair is not None or py.pair is not None or px.form != py.form:
                continue
            first = bx[0] != "whole"  # the agreeing figure first, unless it is the whole
            sides_x = (x, px) if first else (px, x)
            sides_y = (y, py) if first else (py, y)
            title = f"{_sides(sides_x)} vs {_sides(sides_y)}"
            return Judgement(
                verdict=Verdict.DIFFER,
                differences=(
                    Difference(
                        "value", "tally", x.source, y.source, _sides(sides_x), _sides(sides_y)
                    ),
                ),
                conflict=Conflict.TALLY,
                severity=Severity.CONFLICT,
                title=title,
            )
    return None


def _sides(pair: tuple[Number, Number]) -> str:
    return f"{figure_text(pair[0])}–{figure_text(pair[1])}"


def _bound(n: Number, sentences: SentenceClaims) -> tuple[str, Number] | None:
    """The one figure bound to `n` as the other side of its count, with how: "part"
    (n is the part of the figure after it), "whole" (n is the whole of the figure
    before it), "for", "against"; None when none is, or more than one."""
    found: list[tuple[str, Number]] = []
    text = n.sentence
    at = n.sentence_start
    for c in sentences.of(n):
        if not isinstance(c, Number) or c is n or c.source != n.source:
            continue
        if c.sentence_start != n.sentence_start:
            continue
        if c.start >= n.end:
            between = text[n.end - at : c.start - at]
            if _OF_WHOLE.match(between):
                found.append(("part", c))
            elif _FOR.match(between):
                found.append(("for", c))
            elif _SET_AGAINST.match(between):
                found.append(("against", c))
        elif c.end <= n.start:
            between = text[c.end - at : n.start - at]
            if _OF_WHOLE.match(between):
                found.append(("whole", c))
            elif _FOR.match(between):
                found.append(("for-after", c))
            elif _SET_AGAINST.match(between):
                found.append(("against-after", c))
    return found[0] if len(found) == 1 else None


def differ_beside(members: Sequence[Number], sentences: SentenceClaims) -> bool:
    """Does any two members' sentences (of two sources) hold, besides the members,
    figures of one measure that differ and that nothing across accounts for?"""
    for i, x in enumerate(members):
        for y in members[i + 1 :]:
            if x.source != y.source and _beside(x, y, sentences):
                return True
    return False


def statements_beside(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    """Two agreeing statements whose sentences give one figure alike (the tie that
    makes them one fact) and, beside it, figures or calendar months that differ; or
    one score alike and, beside it, scores that differ (scores_beside)."""
    return scores_beside(a, b, sentences) or any(
        _beside(x, y, sentences) or bound_sides_apart((x, y), sentences) is not None
        for x in _numbers(a, sentences)
        for y in _numbers(b, sentences)
        if comparable_value(x) == comparable_value(y) and _one_count(x, y)
    )


def _one_count(x: Number, y: Number) -> bool:
    """Do two figures of one value count one thing: the same unit, or a count of ten
    or more told bare on one side ("a record 41,500 in April") and with its noun on
    the other ("41,500 visitors in May")? The bare count's noun is the one its
    sentence leaves unsaid."""
    if unit_key(x) == unit_key(y):
        return True
    bare = [n for n in (x, y) if not unit_key(n)]
    return len(bare) == 1 and x.form == y.form == "cardinal" and x.value >= 10


def scores_beside(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    """Two sentences that give one score alike and, beside it, scores that clash
    ("Norland beat Kelsey Vale 2-1, and Aldwick drew 3-3 with Pembury" / "Norland
    edged Kelsey Vale 2-1, while Aldwick and Pembury drew 0-0"): a round-up of
    results tells several games in one sentence, and the score both give ties the
    sentences while another game's result is given two ways. A score told from
    either side ("2-1" / "1-2") counts as alike; the scores left over are compared
    by the statement judge's own rules for tallies (sentence_facts.figures_clash)."""
    scores_a, scores_b = _scores(a, sentences), _scores(b, sentences)
    sets_a = {_either_way(n) for n in scores_a}
    sets_b = {_either_way(n) for n in scores_b}
    if not sets_a & sets_b:
        return False
    rest_a = [n for n in scores_a if _either_way(n) not in sets_b]
    rest_b = [n for n in scores_b if _either_way(n) not in sets_a]
    if not rest_a or not rest_b:
        return False
    found = figures_clash(rest_a, rest_b)
    return found is not None and not found.unpaired


def _scores(claim: Claim, sentences: SentenceClaims) -> list[Number]:
    return [c for c in sentences.of(claim) if isinstance(c, Number) and c.pair is not None]


def _either_way(score: Number) -> tuple[tuple[float, float], ...]:
    """A score's sets with each set's two sides in one order ("2-1" and "1-2" alike)."""
    return tuple((min(s), max(s)) for s in score_sets(score))


def _numbers(claim: Claim, sentences: SentenceClaims) -> list[Number]:
    return [c for c in sentences.of(claim) if isinstance(c, Number) and c.pair is None]


def _members_dated_apart(members: Sequence[Number], sentences: SentenceClaims) -> bool:
    return any(
        x.source != y.source and own_dates_apart(x, y, sentences)
        for i, x in enumerate(members)
        for y in members[i + 1 :]
    )


def own_dates_apart(x: Number, y: Number, sentences: SentenceClaims) -> bool:
    """Two figures, each told of its own date, the dates apart ("rose 8.5% in 2023 and
    a further 3.2% in 2024" / "climbed 3.2% in 2023 and 8.5% in 2024"): a figure alike
    of two years is two years' figures swapped, or two facts, never one agreeing."""
    date_x, date_y = _own_date(x, sentences), _own_date(y, sentences)
    return bool(date_x and date_y) and not same_date(date_x, date_y)


# How far after a figure the date it is told of may stand: "6.2% of its volume in 2024"
_OWN_DATE_WORDS = 6


def _own_date(n: Number, sentences: SentenceClaims) -> str:
    """The resolved date a figure is told of: the first date after it, within a few
    words and before the sentence's next figure (a year read as a figure too, "in
    2024", is the date's own)."""
    claims = sentences.of(n)
    dates = sorted(
        (c for c in claims if isinstance(c, Date) and c.start >= n.end and c.value),
        key=lambda c: c.start,
    )
    if not dates or is_stamp(dates[0]):
        return ""
    date = dates[0]
    between = n.sentence[n.end - n.sentence_start : date.start - n.sentence_start]
    if len(between.split()) > _OWN_DATE_WORDS:
        return ""
    later = [
        c
        for c in claims
        if isinstance(c, Number) and n.end <= c.start < date.start and not _in(c, date)
    ]
    return "" if later else date.value or ""


def _in(inner: Claim, outer: Claim) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _beside(x: Number, y: Number, sentences: SentenceClaims) -> bool:
    # an age ties a person, not an event: two months beside it may be two events
    aged = unit_key(x) == "age"
    if not aged and own_dates_apart(x, y, sentences):
        return True  # the figure that ties the sentences is of two years
    if not aged and _months_apart(sentences.of(x), sentences.of(y)):
        return True
    others_x = _others(x, sentences)
    others_y = _others(y, sentences)
    # a figure the other sentence gives alike is told alike, whatever it counts
    values_x = {comparable_value(n) for n in others_x}
    values_y = {comparable_value(n) for n in others_y}
    rest_x = [n for n in others_x if comparable_value(n) not in values_y]
    rest_y = [n for n in others_y if comparable_value(n) not in values_x]
    if not rest_x or not rest_y:
        return False
    found = figures_clash(rest_x, rest_y)
    if found is None:
        return _bare_beside_counted(rest_x, rest_y) or _bare_beside_counted(rest_y, rest_x)
    # a clash the rules leave unpaired may be two facts: the ✓ beside it stands
    return not found.unpaired


# How close two counts must be to read as one count given two ways: within a tenth
# of the larger, the size of a slip of a digit or two ("4,205" / "4,250"), far from
# the gap between two things a sentence counts.
_CLOSE_COUNTS = 0.1


def _bare_beside_counted(bare: Sequence[Number], counted: Sequence[Number]) -> bool:
    """A bare count on one side ("won 5,102 and ..., 2,770") against a close count
    told with its noun on the other ("5,120 votes ... 2,770"): the noun the bare
    count leaves unsaid is read from its sentence's tie, so the two are one count
    given two ways, and the ✓ beside them is not shown. Counts of ten or more only:
    small ones ("two", "three") are too often two things."""
    for x in bare:
        if unit_key(x) or x.form != "cardinal" or x.value < 10:
            continue
        for y in counted:
            if not unit_key(y) or unit_key(y) == "age" or y.form != "cardinal" or y.value < 10:
                continue
            gap = abs(x.value - y.value) / max(x.value, y.value)
            if 0 < gap <= _CLOSE_COUNTS:
                return True
    return False


def _months_apart(claims_x: Sequence[Claim], claims_y: Sequence[Claim]) -> bool:
    """Both sentences name a calendar month, and none of one is the other's ("in
    November 2025" / "in August 2025"). A year alone ("founded in 1962") is left
    out, and so are days: two days in sentences tied by one figure were as often
    two events ("aged 22, flew in on Tuesday" / "the 22-year-old will have a
    medical on Thursday"); so is a page's time stamp."""
    xs, ys = _dated(claims_x), _dated(claims_y)
    return bool(xs and ys) and not any(same_date(u, v) for u in xs for v in ys)


def _dated(claims: Sequence[Claim]) -> list[str]:
    return [
        c.value
        for c in claims
        if isinstance(c, Date) and c.value and len(c.value) == len("2025-01") and not is_stamp(c)
    ]


def _others(member: Number, sentences: SentenceClaims) -> list[Number]:
    """The sentence's other figures, but for those set apart as others ("two other
    boards" beside "three boards": number_clues.Clues.exclusive)."""
    value = comparable_value(member)
    out = []
    for c in sentences.of(member):
        if not isinstance(c, Number) or c is member or comparable_value(c) == value:
            continue
        clues = Clues.of(c)
        if not clues.exclusive:
            out.append(c)
    return out
