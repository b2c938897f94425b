"""Matching numbers that count the same thing (judging them is compare.align.number_judge).

Matching is about facts, not words: two numbers align only when their frames
are compatible (compare.align.frames). Without frames, the sentences stand in
for them, conservatively: a pair whose figures differ must sit in sentences
about the very same thing (the same outcome class, part or total, the same
names and day), since a false discrepancy costs a reader more than a missed one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import attrs

from compare.align.event_counts import EVENT, event_postings
from compare.align.figure_intervals import (
    comparable_value,
    compare_figures,
    hedge_covers,
    relative_gap,
)
from compare.align.frames import (
    compare_frames,
    head,
    same_event_predicate,
    same_head,
    two_names,
    when_part,
)
from compare.align.harm_counts import HARM, harm_postings
from compare.align.match_scores import one_match
from compare.align.measure_units import measured
from compare.align.metric_units import (
    METRIC,
    in_one_metric_unit,
    metric_postings,
    two_metric_units,
)
from compare.align.model import Verdict
from compare.align.number_clues import Clues, two_sources
from compare.align.number_facts import (
    cut_tails,
    ends_before_cut,
    in_cut_decimal,
    in_slashed_date,
    on_two_occasions,
    tallies_apart,
    tied,
    two_facts,
)
from compare.align.party_doers import is_group_noun
from compare.align.people_counts import PEOPLE, general_and_kind, people_postings
from compare.align.percent_nouns import one_measured_thing
from compare.align.predicated_counts import predicated_noun
from compare.align.settings import DEFAULT_TOLERANCE, Options
from compare.align.sole_figures import (
    FiguresOfUnit,
    countable,
    figures_of_unit,
    sayings_days_dropped,
    sentence_figures,
    sole_figures,
    sole_frames_allow,
    within_reach,
)
from compare.align.sole_sums import one_payment_of, sole_sums
from compare.align.sole_ties import prison_term
from compare.align.synonym_counts import SYNONYM, synonym_nouns, synonym_postings
from compare.align.synonyms import table
from compare.align.tally_frames import one_result_told_two_ways
from compare.align.time_spans import SPAN, in_one_unit, span_length, span_postings, two_units
from compare.align.total_bounds import without_total_exceeded
from compare.align.vote_tallies import sole_vote_tallies
from compare.align.vote_totals import body_tallies, one_body
from compare.align.words import STOPWORDS, TEXTS_REMEMBERED, remembered, stem, words
from compare.extract import Number
from compare.extract.claims import Frame, Span
from compare.extract.currencies import currency, named_currency, one_currency

__all__ = [
    "DEFAULT_TOLERANCE",
    "firmly_one_fact",
    "money_key",
    "number_pairs",
    "two_currencies",
    "unit_key",
]

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
    # those present at an event, counted or measured ("14,200 spectators" / "put the
    # crowd at 11,600" / "Attendance was 18,200")
    {"crowd", "attendance", "audience", "audienc", "spectator", "onlooker"},
]
# Units of measure as their stems and abbreviations ("600m" / "600 metres" / "meters").
_UNIT_SPELLINGS = [
    {"metre", "metr", "meter", "m"},
    {"foot", "feet", "ft"},
    {"kilometre", "kilometr", "kilometer", "km"},
    {"mile", "mil", "mi"},
    {"kilogram", "kg"},
    # units of power and their symbols ("135MW" / "135 megawatts")
    {"kilowatt", "kw"},
    {"megawatt", "mw"},
    {"gigawatt", "gw"},
]
_CANON = {word: min(group) for group in _SYNONYMS + _UNIT_SPELLINGS for word in group}
MEASURE_WORDS = frozenset(
    "second minute hour day week month year decade century mile kilometre kilometer metre meter "
    "foot feet inch yard acre hectare ton tonne pound kilogram kg gram litre liter gallon barrel "
    "percent point dollar euro cent".split()
)
# A sum in pounds is told with its scale ("half a million pounds", "1.2 million
# pounds"); a weight is told of what it weighs ("1,500 pounds of chlorine", "2 million
# pounds of beef") or with a verb of weighing.
_SCALE_WORD = re.compile(r"\b(?:thousand|million|billion|trillion)\b", re.IGNORECASE)
# "214,000 pounds": a figure grouped in thousands; a weight that large is told of what
# it weighs ("1,500 pounds of chlorine"), with a verb of weighing, or hyphenated on
# ("a 2,000-pound bomb").
_THOUSANDS = re.compile(r"\d,\d{3}\b")
_POUNDS_OF = re.compile(r"^\s*pounds?\s+of\b", re.IGNORECASE)
_WEIGHING = re.compile(r"\b(?:weigh\w*|heav\w*|lost|gained)\b", re.IGNORECASE)
# Units that measure a stretch of time (an age is one too): the figure tells how long,
# and the clause around it may be any event of that stretch.
SPANS_OF_TIME = frozenset("age second minute hour day week month year decade century".split())
# any alphabet's capital then small letters: names are written with accents and
# letters beyond ASCII ("Lívia Hanáková, 41,", "Ömer Çelik, 23,")
_AFTER_NAME = re.compile(r"[^\W\d_]+[,(]\s*$")
# "The suspect, 34, was ...": a bare figure set off after a noun for a person
_AFTER_PERSON = re.compile(
    r"\b(?:man|woman|boy|girl|teenager|suspect|victim|driver|passenger|gunman|resident|"
    r"mother|father|son|daughter|wife|husband|officer|soldier|pilot|worker|student|patient|"
    r"defendant|survivor|player|singer|actor|actress)[,(]\s*$",
    re.IGNORECASE,
)
# "45-year-old", "45 - year - old" (as some sources space hyphens), "aged 45".
_AGE = re.compile(r"years?\s*-?\s*old|\baged?\b", re.IGNORECASE)
CLOSE_GAP = 0.25  # relative gap under which two figures may be one told loosely
TELLING_VALUE = 100  # an equal figure this large, of one unit, aligns on its own


@remembered(TEXTS_REMEMBERED)  # asked of each figure once per pair it is in
def unit_key(number: Number) -> str:
    if number.pair is not None:
        return "tally"  # a score or a vote: compared only with another
    if number.form in ("percent", "share"):
        return "percent"  # "a quarter" (share 0.25) and "25%" state one figure
    if number.form == "money":
        return money_key(number.unit or "")
    if _is_age(number):
        return "age"
    group = _group_of(number)
    if group:
        # "A crowd of 21,000 attended", "a crowd of 8,200": the group counts its members
        return _CANON.get(stem(group), stem(group))
    if not number.unit:
        # a figure stated of a noun its clause names ("put the crowd at 11,600")
        stated_of = predicated_noun(number)
        return _CANON.get(stem(stated_of), stem(stated_of)) if stated_of else ""
    unit_words = [stem(w) for w in words(_without_dimension(number.unit))]
    if not unit_words:
        return ""
    # "three-month stay" counts months, not stays.
    measure = next((w for w in unit_words if w in MEASURE_WORDS), None)
    head = measure or unit_words[-1]
    if head == stem("pounds"):
        if _sterling(number):
            return money_key("£")  # "half a million pounds" / "£500,000"
    elif named := named_currency(number.unit):
        return money_key(named)  # "fifty thousand dollars" / "$50,000", "kroner" / "NOK"
    if head == stem("times") and number.frame is not None and number.frame.lemma == "fire":
        return stem("shots")  # "fired 11 times" counts the shots fired
    return _CANON.get(head, head)


# "a crowd of", "a herd of": the noun a figure with no counted noun after it is "of"
_GROUP_OF = re.compile(
    r"\b([a-z]+)\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|"
    r"more\s+than|over|at\s+least|an\s+estimated|up\s+to)\s+)?$",
    re.I,
)


def _group_of(number: Number) -> str:
    """The body of people or animals a figure is the size of ("A crowd of 21,000
    attended": crowd), when no noun after the figure says what it counts (none, or a
    word the lexicon reads as no noun: "attended", "filled"). The noun must name a
    group in WordNet (party_doers.is_group_noun: "crowd", "herd", "convoy"), not a
    measure of one ("a total of", "a fine of")."""
    if number.form != "cardinal" or number.pair is not None:
        return ""
    if number.unit:
        said = words(number.unit)
        if len(said) != 1:
            return ""
        word = said[0].lower()
        readings = table().lemmas(word)
        nouns = {lemma for part, lemma in readings if part == "n"}
        # a singular noun after a figure above one is no count of it ("8,200 saw
        # the final"): the verb it also is
        plural = bool(nouns) and (word not in nouns or number.value <= 1)
        if not readings or plural or (nouns and not any(p == "v" for p, _ in readings)):
            return ""  # "21,000 fans": a noun says what is counted
    found = _GROUP_OF.search(number.sentence[: number.start - number.sentence_start])
    if found is None or not is_group_noun(found.group(1).lower()):
        return ""
    return found.group(1).lower()


# A dimension joined to a unit in a compound adjective ("a 9.5-foot-tall statue", "a
# 60-mile-long queue"): the unit is the foot or the mile, as in "9.5 feet tall".
_JOINED_DIMENSION = re.compile(r"^(?P<unit>[a-z]+)-(?:long|tall|wide|deep|high|thick)$", re.I)


def _without_dimension(unit: str) -> str:
    """The unit as written, less a dimension joined to it ("foot-tall" -> "foot")."""
    joined = _JOINED_DIMENSION.match(unit)
    return joined.group("unit") if joined else unit


def money_key(written: str) -> str:
    """A sum's unit key: its currency's family (currencies: "kroner", "NOK" and "kr"
    are krone, "$" and "NZ$" dollar), or the unit as written when no table knows it.
    That two sums of one family may still be two currencies ("US$" / "NZ$") is
    number_judge's matter (currencies.one_currency)."""
    found = currency(written)
    return f"money:{found.family}" if found else f"money:{written}"


def written_currency(number: Number) -> str | None:
    """The currency a sum is written in ("NZ$", "kroner"), or None for no sum."""
    if number.form == "money":
        return number.unit or None
    if number.unit and unit_key(number).startswith("money:"):
        return (
            "£" if stem(words(number.unit)[-1]) == stem("pounds") else named_currency(number.unit)
        )
    return None


def two_currencies(a: Number, b: Number) -> bool:
    """Are two sums of one family in two currencies ("US$4.4 million" / "NZ$7.3
    million": a conversion, no conflict)? A bare sign or name ("$", "kroner") may be
    either country's."""
    wa, wb = written_currency(a), written_currency(b)
    ca, cb = currency(wa or ""), currency(wb or "")
    return ca is not None and cb is not None and not one_currency(ca, cb)


# The keys of units of measure: a figure of them is an amount, not a count of things.
MEASURE_KEYS = frozenset(
    {_CANON.get(stem(w), stem(w)) for w in MEASURE_WORDS} | {min(g) for g in _UNIT_SPELLINGS}
)


def _counted(number: Number, key: str) -> bool:
    """Does the figure count things ("9 horns", "52 homes"), not measure an amount?"""
    return countable(number, key) and key not in MEASURE_KEYS and measured(number) is None


def _sterling(number: Number) -> bool:
    """Is a figure of "pounds" a sum of money: scaled or grouped in thousands, and no
    weight of a thing?"""
    after = number.sentence[number.end - number.sentence_start :]
    before = number.sentence[: number.start - number.sentence_start]
    return (
        (_SCALE_WORD.search(number.text) is not None or _THOUSANDS.search(number.text) is not None)
        and _POUNDS_OF.match(after) is None
        and _WEIGHING.search(before) is None
    )


def _is_age(number: Number) -> bool:
    """'a 45-year-old teacher', 'aged 45', or a bare figure set off after a name
    ('John Smith, 54, was ...')."""
    before = number.sentence[: number.start - number.sentence_start]
    after = number.sentence[number.end - number.sentence_start :]
    if _AGE.match(after[:16].lstrip(" -")) or (number.unit and _AGE.search(number.unit)):
        return True
    if words(before)[-1:] in (["aged"], ["age"]):
        return True  # "aged 45", "at age 45"; not "damaged 64 containers", "averaged 25"
    # both patterns end on a comma or bracket and spaces: the cheap test first
    set_off = before.rstrip().endswith((",", "(")) and (
        _after_name(before) or _AFTER_PERSON.search(before)
    )
    appositive = set_off and after.lstrip().startswith((",", ")"))
    return bool(appositive) and number.form == "cardinal" and 0 < number.value < 125


def _after_name(before: str) -> bool:
    """Does the text end on a capital and small letters and a comma or bracket ("John
    Smith,", "McDonald (")?"""
    found = _AFTER_NAME.search(before[-80:])
    word = found.group().rstrip(" ,(\t\n\r") if found else ""
    capitals = [i for i, ch in enumerate(word) if ch.isupper()]
    name = word[capitals[-1] :] if capitals else ""
    return len(name) > 1 and name[1:].islower()


def context(number: Number) -> set[str]:
    """Content words of the sentence around the number, for telling two 'days' apart."""
    return {stem(w) for w in words(number.sentence) if w not in STOPWORDS and not w.isdigit()}


def number_pairs(
    numbers: Sequence[Number], options: Options | None = None
) -> list[tuple[float, int, int]]:
    by_unit: dict[str, list[int]] = defaultdict(list)
    tails = cut_tails(numbers)
    for i, n in enumerate(numbers):
        if in_slashed_date(n) or in_cut_decimal(n) or ends_before_cut(n, tails):
            continue  # "04 / 05 / 11" in a page's header: a date, not a count; "$2. 6m"
        # Numbers without a counted noun can only match within near-identical sentences.
        by_unit[unit_key(n) or "?"].append(i)
    # People counted with the general noun on one side and a kind of person on the
    # other ("12,000 people" / "12,000 Americans"): one figure only (people_counts).
    by_unit.update(people_postings(numbers, comparable_value))
    # One figure of things named by two synonyms ("three diggers" / "three excavators").
    by_unit.update(synonym_postings(numbers, comparable_value))
    # One toll of the dead or the hurt told with two nouns ("Three people were killed" /
    # "left three dead", "claimed two lives"): one figure only (harm_counts).
    by_unit.update(harm_postings(numbers, comparable_value))
    # Spans of time told in two units ("72 hours" / "three days"): one measure (time_spans).
    by_unit.update(span_postings([unit_key(n) for n in numbers]))
    # Amounts told in two metric units ("about 600 metres of cable" / "around 1.2
    # kilometres of cable"): one measure, compared in its base unit (metric_units).
    by_unit.update(metric_postings(numbers, unit_key))
    contexts = [context(n) for n in numbers]
    clues = [Clues.of(n) for n in numbers]
    # Counts of things the outlets name differently ("a crowd of 4,100 filled the hall" /
    # "filled with 3,500 concertgoers"), each its article's only count told with one event.
    by_unit.update(
        event_postings(
            numbers,
            unit_key,
            _counted,
            [c.outcome for c in clues],
            [(c.part, c.total) for c in clues],
        )
    )
    # Every figure of each sentence, to tell when one sentence states both figures.
    values_beside: dict[tuple[str, int], set[float]] = defaultdict(set)
    for n in numbers:
        values_beside[(n.source, n.sentence_start)].add(comparable_value(n))
    beside = {k: frozenset(v) for k, v in values_beside.items()}
    # ... and with their units, for sole figures (sole_figures.figures_of_unit)
    keyed = sentence_figures(numbers, unit_key, comparable_value)
    of_unit: dict[str, FiguresOfUnit] = {}
    sole = sole_figures(numbers, unit_key, [c.outcome for c in clues])
    votes = sole_vote_tallies(numbers)  # each article's only vote tally (vote_tallies)
    # each article's only vote tally of its number of voters (vote_totals)
    bodies = body_tallies(numbers)
    sums = sole_sums(numbers, unit_key)  # each article's only sum of a kind of payment
    # the words of each article's sentences with a figure, read when a pair asks:
    # whether a side named before one tally is named in the other article (tally_frames)
    told: dict[str, frozenset[str]] = {}

    def article_words(source: str) -> frozenset[str]:
        if source not in told:
            sentences = {n.sentence for n in numbers if n.source == source}
            told[source] = frozenset(w for s in sentences for w in words(s))
        return told[source]

    pairs = []
    for posting_key, postings in by_unit.items():
        for x in range(len(postings)):
            for y in range(x + 1, len(postings)):
                i, j = postings[x], postings[y]
                a, b = numbers[i], numbers[j]
                if a.source == b.source or not _forms_fit(a, b):
                    continue
                if posting_key.startswith(PEOPLE) and not general_and_kind(a, b):
                    continue  # the same noun was compared in its own unit's postings
                if posting_key.startswith(HARM) and unit_key(a) == unit_key(b):
                    continue  # one noun's figures: compared in that unit's postings
                if posting_key.startswith(SYNONYM) and not (
                    unit_key(a) != unit_key(b)
                    and synonym_nouns(a, b)
                    and _preview(a, b) == Verdict.AGREE
                ):
                    continue  # one noun's figures, or two synonyms' figures told apart
                key = posting_key
                if key.startswith(METRIC):
                    if unit_key(a) == unit_key(b):
                        continue  # one unit: compared in that unit's postings
                    a, b = in_one_metric_unit(a, b)
                if key == SPAN:
                    if not two_units(unit_key(a), unit_key(b)):
                        continue  # one unit: compared in that unit's postings
                    # compared in the larger unit, whose key the checks of time read
                    a, b = in_one_unit(a, unit_key(a), b, unit_key(b))
                    key = max(unit_key(a), unit_key(b), key=span_length)
                shared = contexts[i] & contexts[j]
                overlap = len(shared) / max(1, min(len(contexts[i]), len(contexts[j])))
                if key == "?" and (overlap < 0.8 or len(shared) < 3):
                    continue
                framed = a.frame is not None and b.frame is not None
                # a total below the other figure is no whole of it (total_bounds)
                ci, cj = without_total_exceeded(a, b, clues[i], clues[j])
                # a figure and one told as just short of it ("nearly 300" / "298") weigh as one,
                # unless one is pinned to a period the other does not name ("last year")
                covered = hedge_covers(a, b) and ci.periods == cj.periods
                same = ci.same_fact(cj, _equal(a, b) or covered, framed=framed)
                value = (comparable_value(a), comparable_value(b))
                pair_clues = (ci, cj)
                gap = relative_gap(*value)
                one_fact = same and _frames_allow(a, b, covered=covered)
                # Two tallies of one result told with two verbs ("beating X 58-54" /
                # "held off X 58-52"): the verb is the outlet's viewpoint (tally_frames);
                # one fact as a tally only, which its two sides single out.
                retold = (
                    same
                    and not one_fact
                    and key == "tally"
                    and one_result_told_two_ways(
                        a, b, article_words(a.source), article_words(b.source)
                    )
                )
                # Figures the clues part, or tie too loosely, may still be one fact
                # when each is its article's only figure of the thing (sole_figures).
                # Two prison terms given are one too: the one sentence the case has.
                by_vote = i in votes and j in votes
                by_event = posting_key.startswith(EVENT)
                by_payment = i in sums and j in sums and one_payment_of(a, b)
                sole_pair = (
                    (
                        (i in sole and j in sole)
                        or (prison_term(a) and prison_term(b))
                        or by_vote
                        or by_payment
                        or by_event
                    )
                    and not _equal(a, b)
                    and (by_vote or within_reach(comparable_value(a), comparable_value(b)))
                    and ci.same_fact(cj, False, framed=framed, sole=True)
                    and sole_frames_allow(a, b)
                )
                # each article's only vote tally, of as many voters, the votes falling
                # otherwise: one body's vote told two ways (vote_totals)
                by_body = (
                    key == "tally"
                    and by_vote
                    and one_body(i, j, bodies, numbers)
                    and ci.same_fact(cj, False, framed=framed, sole=True)
                )
                # two scores of one match, one side's points alike (match_scores)
                by_body = by_body or (
                    key == "tally"
                    and one_match(i, j, numbers)
                    and ci.same_fact(cj, False, framed=True, sole=True)
                )
                sole_pair = sole_pair or by_body
                if not one_fact and not sole_pair and not retold:
                    continue  # different facts
                verdict = _preview(a, b)
                differ = verdict == Verdict.DIFFER
                by_sole = False
                # a tally's two sides single out its fact, unless they share nothing
                one_tally = (
                    key == "tally" and not tallies_apart(a, b) and not on_two_occasions(a, b)
                )
                if verdict != Verdict.AGREE and not (
                    one_fact
                    and (
                        covered  # told as just short of the other figure: no more tie needed
                        or one_tally
                        or (
                            _frames_allow(a, b, reported=True)
                            and tied(
                                a, b, pair_clues, differ=differ, key=key, value=value, beside=beside
                            )
                        )
                    )
                ):
                    if sole_pair and key not in of_unit:
                        of_unit[key] = figures_of_unit(keyed, key)
                    by_sole = sole_pair and tied(
                        a,
                        b,
                        pair_clues,
                        differ=differ,
                        key=key,
                        value=value,
                        beside=of_unit[key],
                        sole=True,
                    )
                    # one body's vote: the equal number of voters ties it, whoever
                    # the sentences name first (only two facts part it)
                    by_sole = by_sole or (
                        by_body
                        and one_tally
                        and not two_facts(a, b, ci, cj, differ=differ, unit=key)
                    )
                    if not by_sole and not (retold and one_tally):
                        continue  # would be reported, but not surely one fact
                # Close figures need little shared context; far-apart ones must sit in
                # sentences about the very same thing before we call them a discrepancy.
                close = gap <= CLOSE_GAP or key == "tally"  # a tally's sides are no measure of it
                # One large figure of one unit in both ("6,000 people" / "6,000 residents")
                # is seldom a coincidence; small and differing ones need shared words.
                large = comparable_value(a) >= TELLING_VALUE
                telling = (_equal(a, b) or covered) and key != "?" and large
                # One event verb and one counted noun in both frames ("bought 12 rifles" /
                # "bought seven rifles") say what is counted as well as a third shared word.
                stated = _same_event_and_thing(a, b)
                # Sums given per one thing ("$312,000 a year" / "$213,000 a year") say
                # what they are of as well.
                rated = bool(ci.rate) and ci.rate == cj.rate
                # One figure (its hedges aside: "46" / "at least 46"), each article's
                # only one of its counted thing: the evidence that would report two such
                # figures differing (sole_pair) ties two equal ones as well.
                told_once = (
                    _equal(a, b)
                    and ((i in sole and j in sole) or by_payment)
                    and sole_frames_allow(a, b)
                )
                # Two equal percentages of one thing the sentences name ("Turnout was
                # 94 per cent" / "with turnout at 94%"): the noun says what is counted.
                measured = _equal(a, b) and one_measured_thing(a, b)
                if (
                    telling
                    or told_once
                    or measured
                    or by_sole
                    or ((close or stated or rated) and len(shared) >= 2)
                    or (len(shared) >= 3 and overlap >= 0.5)
                ):
                    pairs.append((0.4 + 0.4 * overlap + 0.2 * (1.0 - min(1.0, gap)), i, j))
    return pairs


def firmly_one_fact(a: Number, b: Number) -> bool:
    """May a pair stand apart from the group that complete linkage kept one of them
    out of? Only when the frames name one event and one counted thing ("received
    nearly 235,000 comments" / "has received nearly 300,000 comments"), or both are
    ages of one named person (number_clues told so when pairing them)."""
    return _same_event_and_thing(a, b) or unit_key(a) == unit_key(b) == "age"


def _same_event_and_thing(a: Number, b: Number) -> bool:
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return False
    return (
        same_event_predicate(fa.lemma, fb.lemma)
        and fa.thing is not None
        and fb.thing is not None
        and head(fa.thing) is not None
        and same_head(fa.thing, fb.thing)
    )


def _preview(a: Number, b: Number) -> Verdict:
    """The verdict the pair would get, before the frames are compared."""
    if a.pair is not None or b.pair is not None:
        return Verdict.AGREE if a.pair == b.pair else Verdict.DIFFER
    return compare_figures(a, b)


def _frames_allow(a: Number, b: Number, *, reported: bool = False, covered: bool = False) -> bool:
    """Do the frames let two numbers state one fact? Equal figures (or one told as
    just short of the other, `covered`): unless another day or hour, or, when a hedge
    difference would be `reported`, another named source. Differing ones: not two
    names ("Smith" / "Jones"), and frames that agree, except that two numbers
    counting one stated thing need no common verb (an extracted clause is often the
    wrong one for the number)."""
    if reported and a.reported_by and b.reported_by and two_sources(a, b):
        return False  # two polls, two agencies: each outlet may be right
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return True
    if unit_key(a) == unit_key(b) == "age":
        # An age describes a person, not the clause's event ("31-year-old Robert Buckley
        # slipped" / "Robert Buckley, 32, fell"): who it describes is number_clues' to tell.
        return True
    if _equal(a, b) or covered:
        # The same figure (or one just short of it, `covered`): agreeing loosely costs
        # little; only another day or hour counts (places are too often named at two
        # scales, "Mount Cook" / "New Zealand's Mt Cook"),
        # and not the day of a saying ("police said on Wednesday" / "confirmed last night").
        return when_part(*sayings_days_dropped(a, fa, b, fb))[0] not in ("date", "time")
    if two_names(fa.actor, fb.actor):
        return False  # two names ("Smith" / "Jones") are two actors
    metric_units = two_metric_units(a, b)
    if (fa.thing and fb.thing and head(fa.thing) and same_head(fa.thing, fb.thing)) or (
        metric_units
    ):
        # Both count the same stated thing: the verb is the outlet's viewpoint ("identified
        # 106,000 troops" / "100,000 troops deployed"); the outcome clues tell deaths apart.
        unknown: dict[str, Any] = {"lemma": None, "predicate": None, "negated": False}
        if metric_units:
            unknown["thing"] = None  # "metres" / "kilometres": one measure's units
        # A count that is its clause's subject ("Nearly 120,000 ballots were cast",
        # "298 away supporters packed into the stand") is what was counted, not a doer
        # to set against the other clause's ("The clerk's office counted 118,450 ballots").
        return compare_frames(
            attrs.evolve(fa, **unknown, actor=_doer(fa)),
            attrs.evolve(fb, **unknown, actor=_doer(fb)),
        ).aligned
    return compare_frames(fa, fb).aligned


def _doer(frame: Frame) -> Span | None:
    """The frame's actor, unless it is the counted thing's own phrase."""
    actor, thing = frame.actor, frame.thing
    if actor is not None and thing is not None and actor.start <= thing.start < actor.end:
        return None
    return actor


def _forms_fit(a: Number, b: Number) -> bool:
    if (a.pair is None) != (b.pair is None):
        return False  # a tally against a single figure: not the same statement
    if "single" in (a.form, b.form) and a.value != b.value:
        return False  # "one of the officials" beside "two officials": an article, not a count
    # "third round" = "three sessions"; unequal, not the same count
    return (a.form == "ordinal") == (b.form == "ordinal") or a.value == b.value


def _equal(a: Number, b: Number) -> bool:
    return comparable_value(a) == comparable_value(b) and a.pair == b.pair
