"""Numbers: values as intervals, hedges, and what they count.

"roughly 100,000 Russian troops" → value 100000, low 90000, high 110000,
hedge "roughly", unit "Russian troops". Digits (with separators, decimals,
currency, percent and scale words), number words (via text2num), hyphenated
compounds ("57-country"), ordinals and ranges. Years, dates, times and
identifiers ("G7", "Section 427") are not quantities and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs
from text_to_num import alpha2digit

from compare.extract import lexicon as lx
from compare.extract.claims import Number, Quote
from compare.extract.context import Context
from compare.extract.quotes import Attributor

APPROXIMATE = 0.10  # half-width of the interval an "about"/"roughly" hedge stands for

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety"
).split()
_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SHORT_SCALES = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
    "trn": 1e12,
}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "hundredth": 100, "thousandth": 1000,
}  # fmt: skip
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()

_NUMWORD = "|".join(sorted([*_UNITS, *_SCALES, "dozen"], key=len, reverse=True))
_NUMWORD_RUN = rf"(?:{_NUMWORD})(?:(?:\s+and\s+|\s+|-)(?:{_NUMWORD}))*"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_CURRENCY = r"(?:US\$|\$US|C\$|A\$|HK\$|\$|€|£|¥|₹|USD\s?|EUR\s?|GBP\s?)"
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion)"
_SHORT_SCALE = r"(?:bn|mn|mln|tn|trn|k|m|b)(?![\w])"  # k/m/b only after a currency: see _from_match
_PERCENT = r"(?:%|\s?per\s?cent\b|\s?percent\b|\s?pct\b|\s?percentage points?\b)"

_ONE_NUMBER = (
    rf"(?P<{{p}}cur>{_CURRENCY})?"
    rf"(?P<{{p}}num>{_DIGITS}|\b(?:{_NUMWORD_RUN})\b)"
    rf"(?:(?P<{{p}}short>{_SHORT_SCALE})|\s+(?P<{{p}}scale>{_SCALE_WORD}(?:\s+and\s+a\s+half)?)\b)?"
)
_HEDGES = {
    # approximately
    "about": "~", "around": "~", "roughly": "~", "approximately": "~", "some": "~",
    "an estimated": "~", "estimated": "~", "circa": "~", "c.": "~", "~": "~", "nearly": "<~",
    "almost": "<~", "close to": "<~", "just under": "<~", "just shy of": "<~",
    # lower bounds
    "more than": ">", "over": ">", "above": ">", "in excess of": ">", "upwards of": ">",
    "just over": ">", "at least": ">=", "no fewer than": ">=", "no less than": ">=",
    # upper bounds
    "less than": "<", "fewer than": "<", "under": "<", "below": "<", "up to": "<=",
    "at most": "<=", "no more than": "<=", "as many as": "<=", "as much as": "<=",
    "as few as": ">=", "as little as": ">=",
}  # fmt: skip
_HEDGE_ALT = "|".join(re.escape(h) for h in sorted(_HEDGES, key=len, reverse=True))
QUANTITY = re.compile(
    rf"(?:(?P<between>\bbetween|\bfrom)\s+)?"
    rf"(?:(?P<hedge>(?<![\w])(?:{_HEDGE_ALT}))\s*)?"
    + _ONE_NUMBER.replace("{p}", "a")
    + r"(?:\s*(?:-|–|—|\bto\b|\band\b|\bor\b)\s*"
    + _ONE_NUMBER.replace("{p}", "b")
    + ")?"
    + rf"(?P<pct>{_PERCENT})?"
    + r"(?P<hyphen>-(?P<compound>[A-Za-z]+(?:-[A-Za-z]+)*))?",
    re.IGNORECASE,
)
# Vague plural amounts: "dozens of people", "tens of thousands of dollars". Each
# spans from one unit of the word ("a dozen", "ten thousand") to ten of them.
_VAGUE_BASE = {
    "dozens": 12.0, "scores": 20.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6,
    "billions": 1e9, "trillions": 1e12,
}  # fmt: skip
_VAGUE_FACTOR = {"tens": 10.0, "hundreds": 100.0}
_VAGUE = re.compile(
    r"\b(?P<amount>(?:(?P<factor>tens|hundreds)\s+of\s+)?"
    r"(?P<base>dozens|scores|hundreds|thousands|millions|billions|trillions))\s+of\b",
    re.IGNORECASE,
)


def _vague_range(match: re.Match[str]) -> tuple[float, float]:
    low = _VAGUE_BASE[match.group("base").lower()]
    if match.group("factor"):
        low *= _VAGUE_FACTOR[match.group("factor").lower()]
    return low, low * 10


_LONGEST_PREFIX = len("between no fewer than ") + 2
_ANY_NUMBER = re.compile(
    rf"\d|\b(?:{_NUMWORD}|{'|'.join(_ORDINALS)}|dozens|scores|hundreds|thousands|millions|billions)\b",
    re.IGNORECASE,
)
_ORDINAL = re.compile(
    rf"\b(?P<word>{'|'.join(_ORDINALS)})\b|\b(?P<digits>\d+)(?:st|nd|rd|th)\b", re.IGNORECASE
)
_GLUED_UNIT = re.compile(r"(?P<unit>[A-Za-zµ°]{1,4})\b")
_UNIT_WORD = re.compile(r"\s*(?P<word>[\w'’\-]+)")


@attrs.frozen
class Quantity:
    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    hedge: str | None
    unit: str | None
    form: str


def find_quantities(text: str, start: int, end: int) -> Iterator[Quantity]:
    """Quantities in text[start:end] (a sentence), in order."""
    if not _ANY_NUMBER.search(text, start, end):
        return  # most sentences: skip the expensive patterns
    taken: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        # Jump to the next digit or number word; a hedge before it is at most a few words.
        hint = _ANY_NUMBER.search(text, pos, end)
        if hint is None:
            break
        match = QUANTITY.search(text, max(pos, hint.start() - _LONGEST_PREFIX), end)
        if match is None:
            break
        quantity = _from_match(text, match, start, end)
        if quantity is not None:
            taken.append((quantity.start, quantity.end))
            yield quantity
        if match.group("bnum") and (quantity is None or quantity.end <= match.start("bnum")):
            pos = match.start("bnum")  # the second number was not part of a range
        else:
            pos = max(match.end(), pos + 1)
    for match in _VAGUE.finditer(text, start, end):
        if any(a <= match.start() < b for a, b in taken):
            continue
        low, high = _vague_range(match)
        unit, _ = _unit_after(text, match.end(), end)
        taken.append((match.start(), match.end()))
        yield Quantity(match.start(), match.end(), low, low, high, "~", unit, "cardinal")
    for match in _ORDINAL.finditer(text, start, end):
        if any(a <= match.start() < b for a, b in taken):
            continue
        quantity = _ordinal(text, match, end)
        if quantity is not None:
            yield quantity


def _from_match(text: str, m: re.Match[str], floor: int, limit: int) -> Quantity | None:
    short = (m.group("ashort") or "").lower()
    if short in ("k", "m", "b") and not m.group("acur"):
        return (
            None  # "1B" (first base), "5m" (metres): a bare letter is no scale without a currency
        )
    a = _number_value(m.group("anum"), m.group("ashort"), m.group("ascale"))
    if a is None or _is_not_a_quantity(text, m, floor):
        return None
    b = _number_value(m.group("bnum"), m.group("bshort"), m.group("bscale"))
    if b is not None:
        if (m.group("bshort") or m.group("bscale")) and not (
            m.group("ashort") or m.group("ascale")
        ):
            # "10 to 20 billion": the scale word applies to both ends.
            a *= _number_value("1", m.group("bshort"), m.group("bscale")) or 1.0
        joiner = text[m.end("a" + _last_group(m, "a")) : m.start("bnum")]
        if b <= a or ("or" in joiner and b > 2 * a) or ("and" in joiner and not m.group("between")):
            b = None  # a list ("25k or 40k", "2 and 3"), or "1997-98": the first number only
    whole = b is not None or not m.group("bnum")
    end = m.end() if whole else max(m.end(g) for g in ("anum", "ashort", "ascale") if m.group(g))
    hedge = m.group("hedge")
    low, high = _interval(a, b if b is not None else a, hedge)
    value = (a + b) / 2 if b is not None else a
    unit: str | None
    if whole and m.group("pct"):
        form, unit = "percent", "%"
    elif m.group("acur") or (whole and m.group("bcur")):
        form, unit = "money", (m.group("acur") or m.group("bcur") or "").strip()
    elif whole and m.group("compound"):
        # "57-country", "eight-year-old": the counted noun is hyphenated on.
        form, unit = "cardinal", m.group("compound").lower()
    else:
        form = "cardinal"
        unit, _ = _unit_after(text, end, limit)
    if hedge:
        start = m.start("hedge")
    elif m.group("between") and b is not None:
        start = m.start("between")
    else:
        start = m.start("acur") if m.group("acur") else m.start("anum")
    if (
        hedge
        and hedge.lower() in ("over", "under")
        and unit
        and unit.split()[-1].lower() in _DURATIONS
    ):
        # "over five days of talks" is a span of time, not "more than five".
        start = m.start("acur") if m.group("acur") else m.start("anum")
        hedge = None
        low, high = _interval(a, b if b is not None else a, None)
    return Quantity(start, end, value, low, high, hedge.lower() if hedge else None, unit, form)


_DURATIONS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "decade decades night nights weekend weekends".split()
)


def _unit_after(text: str, end: int, limit: int) -> tuple[str | None, int]:
    """The noun phrase right after a number: "Russian troops", "negotiating sessions"."""
    glued = _GLUED_UNIT.match(text, end, limit)
    if glued and end > 0 and text[end - 1].isdigit():
        return glued.group("unit"), glued.end()
    words: list[str] = []
    pos = end
    while len(words) < 3:
        w = _UNIT_WORD.match(text, pos, limit)
        if not w:
            break
        word = w.group("word")
        lower = word.lower()
        gap = text[pos : w.start("word")]
        if words and gap.strip():
            break
        if lower in lx.PHRASE_BREAKERS or word[0].isdigit() or lower in _MONTHS:
            break
        if lower in ("and",) or lower.endswith("ly"):
            break
        words.append(word)
        pos = w.end("word")
        # A plural noun ends the phrase: "tanks near", "troops deployed".
        if lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3:
            break
    # Drop trailing words that are not nouns we can recognise as such.
    while words and words[-1].lower().endswith(("ed", "ing")) and len(words) > 1:
        words.pop()
    if not words:
        return None, end
    words[-1] = re.sub(r"['’]s?$", "", words[-1])  # "one state's security": the state
    return " ".join(words), pos


def _ordinal(text: str, m: re.Match[str], limit: int) -> Quantity | None:
    word = m.group("word")
    value = float(_ORDINALS[word.lower()]) if word else float(m.group("digits"))
    before = text[max(0, m.start() - 12) : m.start()].lower()
    after = text[m.end() : m.end() + 12].lower()
    if word and word.lower() == "first" and re.match(r"\s+time\b", after):
        return None  # "for the first time": not a count
    if (
        word
        and word.lower() in ("second",)
        and not re.match(
            r"\s+(?:and|time|round|term|day|half|quarter|largest|biggest|place|consecutive|straight)\b",
            after,
        )
    ):
        return None  # "second" as a unit of time or a verb
    if re.search(r"(?:" + "|".join(_MONTHS) + r")\.?\s*$", before) or re.match(
        r"\s+(?:of\s+)?(?:" + "|".join(_MONTHS) + r")\b", after
    ):
        return None  # a date: "January 13th", "the 13th of January"
    # "the third and final round": the unit skips a coordinated adjective.
    pos = m.end()
    coordinated = re.match(r"\s+and\s+(?:final|last|latest|deciding)\b", text[pos:limit])
    if coordinated:
        pos += coordinated.end()
    unit, _ = _unit_after(text, pos, limit)
    return Quantity(m.start(), m.end(), value, value, value, None, unit, "ordinal")


def _interval(low: float, high: float, hedge: str | None) -> tuple[float | None, float | None]:
    if not hedge:
        return low, high
    kind = _HEDGES[hedge.lower()]
    if kind == "~":
        return _tidy(low * (1 - APPROXIMATE)), _tidy(high * (1 + APPROXIMATE))
    if kind == "<~":
        return _tidy(low * (1 - APPROXIMATE)), high
    if kind in (">", ">="):
        return low, None
    return 0.0, high  # "<", "<="


def _last_group(m: re.Match[str], prefix: str) -> str:
    for name in ("scale", "short", "num"):
        if m.group(prefix + name):
            return name
    return "num"


def _tidy(value: float) -> float:
    """Drop float noise: 110000.00000000001 → 110000.0."""
    return float(f"{value:.12g}")


def _number_value(raw: str | None, short: str | None, scale: str | None) -> float | None:
    if raw is None:
        return None
    raw = raw.strip()
    if raw[0].isdigit() or raw[0] == ".":
        value = float(raw.replace(",", ""))
    else:
        value_or_none = _words_value(raw)
        if value_or_none is None:
            return None
        value = value_or_none
    if short:
        value *= _SHORT_SCALES[short.lower()]
    if scale:
        scale_lower = scale.lower()
        value *= _SCALES[scale_lower.split()[0]]
        if "half" in scale_lower:
            value += _SCALES[scale_lower.split()[0]] / 2
    return value


def _words_value(words: str) -> float | None:
    lowered = words.lower().replace("-", " ")
    if lowered == "dozen":
        return 12.0
    converted = alpha2digit(lowered, "en", threshold=0)
    digits = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*", converted)
    if digits:
        return float(digits.group(1))
    # text2num leaves a bare scale word ("hundred", "million") as words.
    parts = converted.split()
    if len(parts) == 1 and parts[0] in _SCALES:
        return float(_SCALES[parts[0]])
    return None


_TITLECASE_BEFORE = re.compile(r"([A-Z][\w.]*)\s+$")


def _is_not_a_quantity(text: str, m: re.Match[str], floor: int) -> bool:
    raw = m.group("anum")
    start = m.start("anum")
    before = text[max(floor, start - 20) : start]
    after = text[m.end("anum") : m.end("anum") + 20]
    scaled = m.group("ashort") or m.group("ascale") or m.group("acur") or m.group("pct")
    if raw[0].isdigit() and not scaled:
        # Identifiers glued to letters: "G7", "COVID-19", "F-16", "5G".
        if start > 0 and (text[start - 1].isalpha() or re.search(r"[A-Za-z]-$", before)):
            return True
        if re.match(r"[A-Za-z]", after) and not re.match(r"[A-Za-zµ°/]{1,5}(?![\w])", after):
            return True  # "5G" is a unit; "3D1" or "4x4x" are names
        # Times and dates: "5:55", "Dec 20", "20 December", "2022-01-13".
        if re.match(r"[:/]\d", after) or re.search(r"\d[:/]$", before):
            return True
        if re.search(r"(?:" + "|".join(_MONTHS) + r")\.?\s+$", before.lower()):
            return True
        if re.match(r"\s*(?:[ap]\.?m\.?\b|o['’]clock)", after.lower()):
            return True
        if re.match(r"\s+(?:" + "|".join(_MONTHS) + r")\b", after.lower()):
            return True
        # Years: 4 digits without separators, unless they count something plural.
        if re.fullmatch(r"1[89]\d\d|20\d\d", raw) and not m.group("bnum"):
            plural = re.match(r"\s+[a-z]+s\b", after) and not re.match(
                r"\s+(?:was|is|has|as|its)\b", after
            )
            if not plural:
                return True
        if re.fullmatch(r"1[5-9]\d0s|20\d0s", raw + after[:1]):
            return True
        # Numbered names: "Section 427", "Apple Watch 5", "Route 66".
        title = _TITLECASE_BEFORE.search(before)
        if (
            title
            and "," not in raw
            and "." not in raw
            and not re.search(r"[.!?:]\s+\S+\s+$", before)
        ):
            word = title.group(1)
            if word.lower() not in _MONTHS and word not in lx.NAME_STOPWORDS:
                return True
    if not raw[0].isdigit():
        lowered = raw.lower()
        if lowered == "one" and re.match(r"\s+(?:of|another|day|way|time|thing)\b", after.lower()):
            return True
        if lowered == "one" and re.search(
            r"\b(?:no|any|some|every|the|this|that|each|which)\s+$", before.lower()
        ):
            return True
        if lowered == "one" and not re.match(
            r"\s+(?:[a-z]+\s+)?(?:percent|per cent|year|day|week|month|hour|minute|second|decade|"
            r"mile|kilometre|kilometer|metre|meter|dollar|euro|pound)s?\b",
            after.lower(),
        ):
            return True  # "one senior diplomat", "one of them": a determiner, not a count
    return False


def extract_numbers(ctx: Context, quotes: list[Quote]) -> list[Number]:
    attributor = Attributor(ctx.text, ctx.people)
    by_sentence: dict[int, list[Quote]] = {}
    for quote in quotes:
        by_sentence.setdefault(ctx.sentence_index(quote.start), []).append(quote)
    numbers = []
    for index, sentence in enumerate(ctx.source.sentences):
        nearby = by_sentence.get(index, []) + by_sentence.get(index - 1, [])
        for q in find_quantities(ctx.text, sentence.start, sentence.end):
            inside = next((c for c in nearby if c.start <= q.start < c.end), None)
            if inside is not None:
                reporter = inside.speaker
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
                )
            )
    return numbers
