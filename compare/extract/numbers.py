"""Numbers: values as intervals, hedges, and what they count.

"roughly 100,000 Russian troops" → value 100000, low 90000, high 110000,
hedge "roughly", unit "Russian troops". The grammar of amounts (digits in any
grouping, number words with scale words, fractions, currencies) is in
number_grammar; what is not a quantity (years, ids, phone numbers, street
ordinals) in number_filters; the counted noun in number_units.

Representation: `value` is always a figure as written. A range "35 to 40" has
value 35 (its first end), low 35, high 40; a hedge keeps the stated ends ("as
many as 35 to 40": low 35, high 40) except an approximation ("about 35 to 40"),
which widens them by APPROXIMATE. A share (form "share": "two-thirds", "one in
three") is a value in [0, 1]; a percent keeps 25 for 25%. A tally or score
("7 to 2", "65-53") keeps both sides in `pair`, never averaged.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from compare.extract import lexicon as lx
from compare.extract import number_forms as nf
from compare.extract import number_grammar as ng
from compare.extract.claims import Number, Quote
from compare.extract.compound_spans import clock_spans, half_spans, joined_spans
from compare.extract.context import Context
from compare.extract.number_changes import change_before
from compare.extract.number_filters import (
    is_address,
    is_not_a_quantity,
    one_counts_a_thing,
    word_before,
)
from compare.extract.number_forms import Quantity
from compare.extract.number_units import DURATIONS, kin_unit, unit_after, unit_of
from compare.extract.pairs_of import pairs_of
from compare.extract.quotes import Attributor

# Where an amount may start: a digit, a currency, a fraction sign, a number word, "a" or
# "half a" before a scale word. Words that start no amount (ordinals, "dozens") are here
# too, so that a sentence without any is skipped at once.
_START_WORDS = [
    *ng.NUMBER_WORDS,
    *nf.ORDINALS,
    *"half quarter quarters thirds dozens scores hundreds thousands millions".split(),
    "billions",
]
_CURRENCY_CODES = (
    f"USD|EUR|GBP|CHF|JPY|CNY|RMB|INR|AUD|CAD|Rs|RM|{ng.OTHER_CODES}|{ng.LETTER_SIGNS_RE}"
)
_SYMBOLS = f"\\d$€£¥₹₽₩₪₺₦{re.escape(ng.OTHER_SIGNS)}{ng.VULGAR}"
# Every character an amount can start with, as a lookahead in front: re then skips
# in C to the next such character instead of trying every alternative at every
# position (a third of the time of finding numbers went to this search).
_CURRENCY_PREFIXES = "US|C|A|HK|NZ|R"  # before "$"
_FIRST_CHARS = "".join(
    sorted({w[0] for w in [*_START_WORDS, *f"{_CURRENCY_CODES}|{_CURRENCY_PREFIXES}|a".split("|")]})
)
_ANY_NUMBER = re.compile(
    rf"(?=[{_SYMBOLS}.{re.escape(_FIRST_CHARS)}])"
    rf"(?:[{_SYMBOLS}]|(?<!\d)\.(?=\d)"
    rf"|\b(?:(?:{_CURRENCY_PREFIXES})\$|(?:{_CURRENCY_CODES})(?=\.?\s?\d)"
    r"|(?:half\s+)?an?\s+(?=(?:hundred|thousand|million|billion|trillion|dozen|lakh|crore)\b)"
    rf"|(?:{ng.word_trie(_START_WORDS)})\b))",
    re.IGNORECASE,
)
_OF = re.compile(r"\s+of\s")
_WORD_SPLIT = re.compile(r"[\s-]+")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_DASH_CHAIN = re.compile(r"(?:\s*[-–]\s*\d+)*")
# A hedge right after the figure, before what it counts: "100 or so people", "five or
# more species", "50 or fewer guests" (not "five or more than six", "two or more of").
_OR_SO = re.compile(r"\s+or\s+(?P<word>so|more|fewer|less)\b(?!\s+(?:than|of)\b)", re.IGNORECASE)
_RIGHT_AFTER_KINDS = {"so": "or so", "more": "or more", "fewer": "or less", "less": "or less"}
# A hedge after the counted noun: "three decades or more", "30 years or so", "50 guests
# or fewer"; "or longer" bounds a span of time as "or more" does.
_AFTER_UNIT_KINDS = {
    "so": "so", "more": "more", "longer": "more", "over": "more", "above": "more",
    "less": "less", "fewer": "less", "under": "less", "shorter": "less",
}  # fmt: skip
_AFTER_UNIT = re.compile(
    rf",?\s+or\s+(?P<word>{'|'.join(_AFTER_UNIT_KINDS)})\b(?!\s+(?:than|of)\b)", re.IGNORECASE
)
_SHORT_WORDS = {"bn", "mn", "mln", "trn", "tn"}
_IRREGULAR_PLURALS = frozenset("people men women children cattle staff personnel police".split())


class _Spans:
    """Disjoint spans already read, sorted, so that a check costs a bisection."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)
        return i == 0 or self.ends[i - 1] <= start

    def add(self, span: tuple[int, int]) -> None:
        i = bisect.bisect_left(self.starts, span[0])
        self.starts.insert(i, span[0])
        self.ends.insert(i, span[1])


def find_quantities(text: str, start: int, end: int, european: bool = False) -> Iterator[Quantity]:
    """Quantities in text[start:end] (a sentence), in order of kind then position.

    `european`: the text writes 3,5 for 3.5 (see number_grammar.is_european)."""
    first_hint = _ANY_NUMBER.search(text, start, end)
    if first_hint is None:
        return  # most sentences: skip the expensive patterns
    taken = _Spans()
    free = taken.free

    for early in [
        *nf.tallies_with_nouns(text, start, end),
        *nf.percent_tallies(text, start, end),
        *nf.shares(text, start, end),
    ]:
        if free(early.start, early.end):
            taken.add((early.start, early.end))
            yield early
    pattern = ng.QUANTITY_EU if european else ng.QUANTITY_EN
    pos = start
    previous: Quantity | None = None
    while pos < end:
        # Jump to where the next amount may start, and read it from there (the
        # first place is the one the check above found).
        hint = first_hint if pos == start else _ANY_NUMBER.search(text, pos, end)
        if hint is None:
            break
        match = pattern.match(text, hint.start(), end)
        if match is None:
            pos = hint.end()
            continue
        joiner = (match.group("joiner") or "").strip()
        dashed = joiner in ("-", "–") and match.group("bnum") is not None
        chain = _DASH_CHAIN.match(text, match.end(), end)
        coded = dashed and chain is not None and chain.end() > match.end()  # "9-1-1"
        quantity: Quantity | None = None
        if not coded and free(match.start("anum"), match.end("anum")):
            quantity = _from_match(text, match, start, end, european)
        if quantity is not None and free(quantity.start, quantity.end):
            quantity = nf.conversion(text, previous, quantity)
            taken.add((quantity.start, quantity.end))
            previous = quantity
            yield quantity
        else:
            quantity = None
        if dashed and quantity is None and chain is not None:
            # "555-0142", "2019-20", "9-1-1": one name, period or code, all its parts.
            pos = chain.end()
        elif match.group("bnum") and (quantity is None or quantity.end <= match.start("bnum")):
            # The second number was not part of a range: it is read on its own.
            pos = match.start("bcur") if match.group("bcur") else match.start("bnum")
        else:
            pos = max(match.end(), pos + 1)
    for vague in nf.VAGUE.finditer(text, start, end):
        if free(vague.start(), vague.end()):
            low, high = nf.vague_range(vague)
            unit, _ = unit_after(text, vague.end(), end)
            taken.add((vague.start(), vague.end()))
            yield Quantity(vague.start(), vague.end(), low, low, high, "~", unit, "cardinal")
    for ordinal in nf.ORDINAL.finditer(text, start, end):
        if free(ordinal.start(), ordinal.end()):
            counted = nf.ordinal(text, ordinal, start, end)
            if counted is not None:
                yield counted


def _short_is_scale(text: str, m: re.Match[str], p: str) -> bool:
    """Whether a letter after a number is a scale: "£5m", "1.2m tons", "35m devices"
    are millions; "a 5m wall" is metres. Without a currency the letter is a scale only
    before a plural noun."""
    short = (m.group(p + "short") or "").strip().lower()
    if not short:
        return False
    if short in _SHORT_WORDS or m.group("acur") or m.group(p + "cur"):
        return True
    nxt = _NEXT_WORD.match(text, m.end(p + "short"), m.end(p + "short") + 30)
    if nxt is None:
        return False
    return _is_plural(nxt.group(1))


def _is_plural(word: str) -> bool:
    lowered = word.lower()
    return lowered in _IRREGULAR_PLURALS or (lowered.endswith("s") and not lowered.endswith("ss"))


def _amount(text: str, m: re.Match[str], p: str, european: bool) -> tuple[float | None, int]:
    """The value of one end and where it ends."""
    scale_ok = _short_is_scale(text, m, p)
    short = m.group(p + "short") if scale_ok else None
    value = ng.amount_value(m.group(p + "num"), m.group(p + "scale"), short, european)
    ends = [m.end(p + "num")]
    if m.group(p + "scale"):
        ends.append(m.end(p + "scale"))
    if short:
        ends.append(m.end(p + "short"))
    return value, max(ends)


def _has_scale(m: re.Match[str], p: str, scale_ok: bool) -> bool:
    if scale_ok:
        return True
    scale = m.group(p + "scale")
    number = m.group(p + "num")
    if not scale and not number[-1:].isalpha():
        return False  # digits alone ("15", "2,000"): no scale word in them
    words = _WORD_SPLIT.split((number + " " + (scale or "")).lower())
    return any(w in ng.SCALES or w == "dozen" for w in words)


def _trailing_scale(m: re.Match[str], p: str, scale_ok: bool) -> float:
    """The scale at the end of an amount: "five thousand" → 1000, "1.3 million" → 1e6."""
    words = _WORD_SPLIT.split((m.group(p + "num") + " " + (m.group(p + "scale") or "")).lower())
    scale = 1.0
    for word in reversed([w for w in words if w]):
        if word not in ng.SCALES and word != "dozen":
            break
        scale *= ng.SCALES.get(word, 12.0)
    if scale_ok and m.group(p + "short"):
        scale *= ng.SHORT_SCALES[m.group(p + "short").strip().lower()]
    return scale


def _from_match(
    text: str, m: re.Match[str], floor: int, limit: int, european: bool
) -> Quantity | None:
    hedge, hedge_start, between, between_start = ng.prefix(text, floor, m.start())
    a, a_end = _amount(text, m, "a", european)
    a_has_scale = _has_scale(m, "a", a_end > m.end("anum"))
    scaled = bool(m.group("acur") or m.group("pct") or a_has_scale)
    second = m.group("bnum")
    anum = m.group("anum")
    if a is None or is_not_a_quantity(text, m.start("anum"), anum, floor, scaled, second):
        return None
    b, b_end = _amount(text, m, "b", european) if second else (None, m.end())
    tally = False
    if b is not None:
        b_scale_ok = b_end > m.end("bnum") and bool(m.group("bshort"))
        if not a_has_scale and "," not in anum:
            # "four to five thousand", "10 to 20 billion": the scale word serves both ends,
            # unless the first end is complete without it ("$800,000 to $1.3 million").
            scale = _trailing_scale(m, "b", b_scale_ok)
            if scale > 1 and a * scale <= b:
                a *= scale
        tally = nf.is_tally(text, m, a, b, floor, between)
        joiner = m.group("joiner").strip().lower()
        before = text[max(floor, hedge_start - 4) : hedge_start].lower()
        cur_a, cur_b = (m.group("acur") or "").strip(), (m.group("bcur") or "").strip()
        if tally:
            pass
        elif between == "from" and joiner == "to" and change_before(text, floor, between_start):
            b = None  # "raise the toll from $5 to $7": the old value, then the new (read next)
        elif b <= a or (joiner == "or" and b > 2 * a) or (joiner == "and" and not between):
            b = None  # a list ("25k or 40k", "2 and 3"), or a fall: the first number only
        elif (cur_a and cur_b and cur_a != cur_b) or re.search(r"\bby\s*$", before):
            b = None  # "€5 to $6"; "rose by 5% to 20%": a change and a level
    whole = b is not None or not second
    end = m.end() if whole else a_end
    if m.group("ashort") and a_end == m.end("anum"):
        if m.group("ashort").strip().lower() == "b":
            return None  # "1B", "3B": a name (first base), and b is no unit
        end = a_end  # "5m tall": the letter is a unit (metres), read after the number
    or_so = _OR_SO.match(text, end, limit) if whole and not hedge else None
    if or_so:
        # "100 or so people", "five or more species"
        hedge, end = _RIGHT_AFTER_KINDS[or_so.group("word").lower()], or_so.end()
    unit: str | None
    if tally and b is not None:
        unit = unit_after(text, end, limit)[0]
        nouns = list(nf.TALLY_NOUNS.finditer(text, max(floor, m.start() - 30), m.start()))
        unit = unit or (nouns[-1].group(0).lower() if nouns else None)
        begin = m.start("acur") if m.group("acur") else m.start("anum")
        return Quantity(begin, end, a, a, a, None, unit, "tally", (a, b))
    high_end = b if b is not None else a
    low, high = (
        (a, b) if b is not None and nf.hedge_kind(hedge) != "~" else nf.interval(a, high_end, hedge)
    )
    if whole and m.group("pct"):
        form, unit = "percent", "%"
    elif m.group("acur") or (whole and m.group("bcur")):
        form, unit = "money", (m.group("acur") or m.group("bcur") or "").strip()
    elif whole and m.group("compound") and m.group("compound").lower() in ("odd", "plus"):
        # "40-odd years", "800-plus species": forty or eight hundred and some more, the
        # counted noun after it
        form, unit = "cardinal", unit_after(text, end, limit)[0]
        if not hedge:
            hedge = "-" + m.group("compound").lower()
            low, high = nf.interval(a, high_end, hedge)
    elif whole and m.group("compound"):
        # "57-country", "eight-year-old": the counted noun is hyphenated on.
        form, unit = "cardinal", m.group("compound").lower()
        if unit.split("-")[0] in lx.PHRASE_BREAKERS:
            return None  # "a 2-for-1 split", "a 3-to-1 ratio": a ratio, not a count
    else:
        form = "cardinal"
        unit, unit_end = unit_after(text, end, limit)
        if (
            unit
            and not hedge
            and whole
            and (after_unit := _AFTER_UNIT.match(text, unit_end, limit))
        ):
            # "three decades or more", "30 years or so": the hedge follows the counted noun
            hedge = f"or {_AFTER_UNIT_KINDS[after_unit.group('word').lower()]}"
            low, high = nf.interval(a, high_end, hedge)
        if not (unit and _is_plural(unit.split()[-1])):
            unit = kin_unit(text, m.start("anum"), floor) or unit  # "a mother of two died"
        if unit is None and _OF.match(text, end, limit):
            unit = unit_of(text, end, limit)  # "two of the victims"
        if is_address(unit):
            return None  # "1600 Pennsylvania Avenue"
        if anum.lower() == "one" and not second and not hedge:
            # "one man", "one of the victims": a count of one thing, which alignment
            # compares only with an equal figure (a determiner as much as a number).
            at, after = m.start("anum"), m.end("anum")
            if one_counts_a_thing(text[max(floor, at - 24) : at], text[after : after + 40]):
                form = "single"
    if hedge and hedge not in ng.POST_HEDGES:
        start = hedge_start
    elif between and b is not None:
        start = between_start
    else:
        start = m.start("acur") if m.group("acur") else m.start("anum")
    if _is_span_of_time(text, floor, hedge, hedge_start, unit):
        # "over five days of talks" is a span of time, not "more than five".
        start = m.start("acur") if m.group("acur") else m.start("anum")
        hedge = None
        low, high = (a, high_end)
    return Quantity(start, end, a, low, high, nf.lower(hedge), unit, form)


def _is_span_of_time(
    text: str, floor: int, hedge: str | None, hedge_start: int, unit: str | None
) -> bool:
    """'over five days of talks' is a span of time; 'for over two years' is a bound."""
    if not (hedge and hedge.lower() in ("over", "under") and unit):
        return False
    if unit.split()[-1].lower() not in DURATIONS:
        return False
    return word_before(text, floor, hedge_start).lower() != "for"


def extract_numbers(ctx: Context, quotes: list[Quote]) -> list[Number]:
    attributor = Attributor(ctx.text, ctx.people)
    european = ng.is_european(ctx.text)
    by_sentence: dict[int, list[Quote]] = {}
    for quote in quotes:
        by_sentence.setdefault(ctx.sentence_index(quote.start), []).append(quote)
    numbers = []
    for index, sentence in enumerate(ctx.source.sentences):
        nearby = by_sentence.get(index, []) + by_sentence.get(index - 1, [])
        found_here = list(find_quantities(ctx.text, sentence.start, sentence.end, european))
        found_here += half_spans(ctx.text, sentence.start, sentence.end, found_here)
        found_here += clock_spans(ctx.text, sentence.start, sentence.end, found_here)
        found_here += pairs_of(ctx.text, sentence.start, sentence.end, found_here)
        ordered = nf.scorelines(ctx.text, sorted(found_here, key=lambda q: q.start))
        for q in joined_spans(ctx.text, ordered):
            inside = next((c for c in nearby if c.start <= q.start < c.end), None)
            if inside is not None:
                reporter = inside.speaker
            elif sentence.run_on:
                reporter = None  # no sentence start bounds the look back (extract.run_on)
            else:
                found = attributor.last_reporter(sentence.start, q.start)
                reporter = (found.speaker or found.mention) if found else None
                if found is not None and found.mention.lower() in lx.PRONOUNS:
                    reporter = ctx.people.first_person_in(
                        sentence.start, found.mention_start
                    ) or ctx.people.last_person_before(found.mention_start)
            numbers.append(
                Number(
                    **ctx.fields(q.start, q.end, sentence),
                    value=q.value,
                    low=q.low,
                    high=q.high,
                    hedge=q.hedge,
                    unit=q.unit,
                    form=q.form,
                    reported_by=reporter,
                    pair=q.pair,
                )
            )
    return numbers
