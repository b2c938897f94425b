"""The grammar of written amounts: digits, number words, scales, fractions.

One amount is an optional currency, a number (digits in any common grouping,
a mixed fraction, or a run of number words) and an optional scale ("million",
"bn", "m"). Two amounts joined by "to", "-" or "and" make a range or a tally;
each end keeps its own scale and currency. The patterns are written so that no
part can match the same characters two ways: on a run of digits, commas and
number words they stay linear.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

from text_to_num import text2num

from compare.extract import wordlists as wl
from compare.extract.currencies import ISO_CODES, LETTER_SIGNS, SIGNS
from compare.extract.lemmas import classes

UNIT_VALUES = {
    word: float(i)
    for i, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TEN_VALUES = {
    word: 10.0 * i
    for i, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# South Asian English counts in lakhs (100,000) and crores (10 million): "Rs 5 lakh",
# "3.2 lakh workers", "₹180 crore".
SCALES |= {"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9}
SHORT_SCALES |= {"tn": 1e12, "trn": 1e12}
# Denominators written as words: "two-thirds", "a quarter", "three-fifths".
DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}  # fmt: skip
VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"


def word_trie(words: list[str]) -> str:
    """An alternation of words as a prefix tree ("t(?:en|hree|wo)"): the regex engine
    then tries one branch per letter instead of every word at every position."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(c) + render(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return "(?:" + render(tree) + ")"


NUMBER_WORDS = [*UNIT_VALUES, *TEN_VALUES, *SCALES, "dozen"]
_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion|dozen|lakhs?|crores?)"
# "a million", "half a million", "an estimated" is not one: "a" only before a scale word.
_A_SCALE = rf"(?:(?:half\s+)?an?\s+(?={_SCALE_WORD}\b))"
# "and" joins number words only after a scale word ("one hundred and six"), so that
# "between two and three thousand" stays two amounts.
_AFTER_SCALE = "|".join(f"(?<={w})" for w in ("hundred", "thousand", "million", "billion"))
WORD_RUN = rf"\b{_A_SCALE}?(?:{_WORD})(?:(?:(?:{_AFTER_SCALE})\s+and\s+|\s+|-)(?:{_WORD}))*\b"
# Spaces that group thousands: plain, no-break, thin and narrow no-break.
_GROUP_SPACE = "[ \u00a0\u2009\u202f]"
_FRACTION_TAIL = rf"(?:[ -]?[{VULGAR}]|[ -]\d{{1,2}}/\d{{1,2}}(?![\d/]))"
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
# Not after a month: "May 5, 100 people marched" is a date and a count.
_NO_MONTH_BEFORE = "".join(rf"(?<!{m} )(?<!{m}\. )" for m in _MONTHS)
# Text tokenised word by word (as some corpora and feeds give it) spaces the marks
# inside figures: "200, 000 people", "magnitude 6. 1".
_TOKENISED = (
    rf"|{_NO_MONTH_BEFORE}\d{{1,3}}(?:,\s\d{{3}})+(?!\d|[.,]\d)"
    r"|\d{1,3}\.\s\d{1,2}(?!\d|[.,]\d)"
)
# English grouping: 1,234,567.8 / 12 000 / 1.234.567 (only with two dot groups).
DIGITS_EN = (
    r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!,?\d)"
    rf"|\d{{1,3}}(?:{_GROUP_SPACE}\d{{3}})+(?!\d|[.,]\d)"
    r"|\d{1,3}(?:\.\d{3}){2,}(?![\d.])"
    rf"{_TOKENISED}"
    r"|\d+(?:\.\d+)?|\.\d+)"
)
# European grouping: 1.234.567,8 / 12 000,5 / 3,5 (a comma is the decimal mark).
DIGITS_EU = (
    r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\.?\d)"
    rf"|\d{{1,3}}(?:{_GROUP_SPACE}\d{{3}})+(?:,\d+)?(?!\d|[.,]\d)"
    r"|\d+(?:,\d+)?)"
)
_USUAL_CODES = "USD|EUR|GBP|CHF|JPY|CNY|RMB|INR|AUD|CAD"


def _english(word: str) -> bool:
    """A word of English: a noun, verb, adjective or adverb, or a function word."""
    return bool(classes(word)) or word in wl.QUANTIFIERS | wl.DETERMINERS | wl.PREPOSITIONS


# Any other ISO 4217 code in force (currencies.ISO_CODES, from the CLDR), written in
# capitals and not a word of English ("TOP", "PEN"), before a sum that looks like
# money: three digits or more, grouped, or scaled ("NOK 90,000", "KES 2 million"),
# not a name with a number ("COP 28", "PHP 8").
OTHER_CODES = "|".join(
    sorted(c for c in ISO_CODES if not _english(c.lower()) and c not in _USUAL_CODES)
)
_MONEY_AHEAD = (
    r"(?=\s?(?:\d{3}|\d{1,3}[,.\u00a0\u202f ]\d{3}"
    r"|\d+(?:[.,]\d+)?\s?(?:thousand|million|billion|trillion|lakhs?|crores?|bn|mn|m|k)\b))"
)
# the signs of the currency table beyond those the patterns name ("₸", "₫", "฿")
OTHER_SIGNS = "".join(sorted(SIGNS - set("$€£¥₹₽₩₪₺₦")))
# the table's symbols written with letters ("Rp", "TSh", "NT$"), longest first, those the
# pattern names itself aside, before a sum that looks like money as a code is
_NAMED_SIGNS = {"US$", "C$", "A$", "HK$", "NZ$", "R$", "Rs", "Rs."}
LETTER_SIGNS_RE = "|".join(
    re.escape(f) for f in sorted(LETTER_SIGNS - _NAMED_SIGNS, key=lambda f: (-len(f), f))
)
CURRENCY = (
    rf"(?:(?<![A-Za-z])(?-i:{LETTER_SIGNS_RE}){_MONEY_AHEAD}\s?|"
    r"US\$|\$US|C\$|A\$|HK\$|NZ\$|R\$|\$|€|£|¥|₹|₽|₩|₪|₺|₦|"
    rf"[{re.escape(OTHER_SIGNS)}]|"
    rf"(?:{_USUAL_CODES})\s?|(?-i:{OTHER_CODES}){_MONEY_AHEAD}\s?|Rs\.?\s?|RM(?=\d))"
)
# Short scales glued on ("£1.5bn", "35m"); "bn"/"mn"/"trn" may stand after a space.
SHORT_SCALE = r"(?:\s?(?:bn|mn|mln|trn)|tn|k|m|b)(?![\w])"
# "-" joins a scale as written ("$5-billion") or spaced as tokenised news text writes
# every hyphen ("$143 - billion").
SCALE_RUN = rf"(?:\s+and\s+a\s+half\b)?(?:(?:\s+-\s+|\s+|-){_SCALE_WORD}\b)+|\s+and\s+a\s+half\b"
# "45pc": the percent as British and Irish papers print it, glued to the digits and in
# lower case only ("3 PCs", "PC Jones" are computers and constables).
PERCENT = (
    r"(?:\s?%|\s?per\s?cent\b|\s?percent\b|\s?pct\b|(?<=\d)(?-i:pc)\b"
    r"|\s?percentage points?\b)"
)

HEDGES = {
    # approximately
    "about": "~", "around": "~", "roughly": "~", "approximately": "~", "some": "~",
    "an estimated": "~", "estimated": "~", "circa": "~", "c.": "~", "~": "~", "nearly": "<~",
    "almost": "<~", "close to": "<~", "just under": "<~", "just shy of": "<~",
    "approx.": "~", "an approximate": "~", "or so": "~", "or more": ">=", "or less": "<=",
    "-odd": ">=", "-plus": ">=",
    # lower bounds
    "more than": ">", "over": ">", "above": ">", "in excess of": ">", "upwards of": ">",
    "upward of": ">",
    "just over": ">", "at least": ">=", "no fewer than": ">=", "no less than": ">=",
    "a minimum of": ">=", "north of": ">",
    # upper bounds
    "less than": "<", "fewer than": "<", "under": "<", "below": "<", "up to": "<=",
    "at most": "<=", "no more than": "<=", "as many as": "<=", "as much as": "<=",
    "as few as": ">=", "as little as": ">=", "a maximum of": "<=", "as high as": "<=",
    "as low as": ">=",
}  # fmt: skip
# Hedges written after the figure ("100 or so", "three decades or more", "40-odd"),
# never before.
POST_HEDGES = frozenset({"or so", "or more", "or less", "-odd", "-plus"})


# The word a hedge or "between" ends with: anything else before an amount is no prefix.
_LAST_WORDS = frozenset(h.split()[-1] for h in HEDGES if h not in POST_HEDGES) | {
    "between",
    "from",
}


def prefix(text: str, floor: int, start: int) -> tuple[str | None, int, str | None, int]:
    """The hedge and the "between"/"from" written right before an amount at text[start]:
    (hedge, its start, between, its start). The last few words are looked up in HEDGES,
    rather than trying every hedge at every position."""
    if start > floor and text[start - 1] == "~":
        return "~", start - 1, None, start - 1
    if start > floor and not text[start - 1].isspace():
        return None, start, None, start
    base = max(floor, start - 40)
    last = text[base:start].rsplit(None, 1)[-1:]
    if not last or last[0].lower().lstrip("([“\"‘'") not in _LAST_WORDS:
        return None, start, None, start  # the common case, decided by one look-up
    words: list[tuple[str, int]] = []
    pos = start
    for token in reversed(text[base:start].split()[-4:]):
        at = text.rfind(token, base, pos)
        clean = token.lstrip("([“\"‘'")
        words.insert(0, (clean.lower(), at + len(token) - len(clean)))
        if clean != token:
            break  # "(about 5": nothing before the bracket belongs to the hedge
        pos = at
    hedge, hedge_start = None, start
    for count in (3, 2, 1):
        if len(words) >= count:
            phrase = " ".join(w for w, _ in words[-count:])
            if phrase in HEDGES and phrase not in POST_HEDGES:
                hedge, hedge_start = text[words[-count][1] : start].strip(), words[-count][1]
                words = words[:-count]
                break
    if words and words[-1][0] in ("between", "from"):
        return hedge, hedge_start, words[-1][0], words[-1][1]
    return hedge, hedge_start, None, hedge_start


def _amount(p: str, digits: str) -> str:
    """One amount; p prefixes the group names (a: first end, b: second end)."""
    return (
        rf"(?P<{p}cur>{CURRENCY})?"
        rf"(?P<{p}num>{digits}{_FRACTION_TAIL}?|[{VULGAR}]|{WORD_RUN})"
        rf"(?:(?P<{p}short>{SHORT_SCALE})|(?P<{p}scale>{SCALE_RUN}))?"
    )


def _quantity(digits: str) -> re.Pattern[str]:
    """One amount, or two joined as a range or tally; a percent sign or a hyphenated
    noun ("57-country") after. Hedges and "between" before it are read by `prefix`."""
    return re.compile(
        _amount("a", digits)
        + r"(?:(?P<joiner>\s*(?:-|–|—|\bto\b|\band\b|\bor\b)\s*)"
        + _amount("b", digits)
        + ")?"
        + rf"(?P<pct>{PERCENT})?"
        + r"(?P<hyphen>-(?P<compound>[A-Za-z]+(?:-[A-Za-z]+)*))?",
        re.IGNORECASE,
    )


QUANTITY_EN = _quantity(DIGITS_EN)
QUANTITY_EU = _quantity(DIGITS_EU)

# Shares: "two-thirds", "a quarter", "one in three", "3 out of 4", "half of".
_SMALL = rf"(?:\d{{1,3}}|{word_trie([*UNIT_VALUES, *TEN_VALUES, 'a', 'an'])})"
_DENOMINATOR = word_trie(list(DENOMINATORS))
SHARE = re.compile(
    rf"(?:\b(?P<numer>{_SMALL})[\s-]+(?P<denom>{_DENOMINATOR})\b"
    # not the last digits of a grouped figure ("$9,500 in 2022" is no "500 in 2022")
    rf"|\b(?<!\d[,.])(?P<part>\d{{1,3}}|{word_trie(list(UNIT_VALUES))})\s+(?:in|out\s+of)\s+(?:every\s+)?"
    rf"(?P<whole>\d{{1,6}}|{word_trie([*UNIT_VALUES, *TEN_VALUES])}|a\s+hundred"
    rf"|a\s+thousand)\b(?![.,]\d)"
    r"|\b(?P<half>half)(?=\s+(?:of\b|the\b|their\b|its\b|all\b)))",
    re.IGNORECASE,
)
# What every "N in M" / "N out of M" share above has from its "in" on: most
# sentences have an " in ", few have one before a number (whitespace, then "in").
SHARE_OF_HINT = re.compile(
    rf"\s(?:in|out\s+of)\s+(?:every\s+)?"
    rf"(?:\d|a\s+(?:hundred|thousand)|{word_trie([*UNIT_VALUES, *TEN_VALUES])})",
    re.IGNORECASE,
)

# European text writes "3,5" for 3.5 and "1.234.567" for a million and more. "1,250"
# and "1.250" are ambiguous and count for neither; a list "1,2,3" is no decimal comma.
# Each starts with a digit, written first (the check of the character before it
# follows, as a lookbehind over both): re then skips in C to the next digit, which
# it does not for a pattern that opens with a lookahead or lookbehind.
_EU_SIGNS = re.compile(r"\d(?:(?<![\d,.]\d)\d*,\d{1,2}(?![\d,])|\.\d{3}\.\d{3}|\.\d{3},\d)")
_EN_SIGNS = re.compile(r"\d(?:(?<![\d,.]\d)\d*\.\d{1,2}(?![\d.])|,\d{3}\.\d|,\d{3},\d{3})")


def is_european(text: str) -> bool:
    """Whether the text's numbers use the decimal comma: at least two unambiguous European
    forms and clearly more of them than English ones. Misreading an English "1,250" as
    1.25 is the costlier mistake, so the bar is high."""
    eu = len(_EU_SIGNS.findall(text))
    return eu >= 2 and eu > 3 * len(_EN_SIGNS.findall(text))


_GROUPING = re.compile(r"[\s\u00a0\u2009\u202f]")
_WORD_SPLIT = re.compile(r"[\s-]+")


def digits_value(raw: str, european: bool) -> float | None:
    """'12,500' → 12500; '12 000' → 12000; '4½' / '4 1/2' → 4.5; None when too large."""
    if raw.isascii() and raw.isdigit():  # most figures: "15", "2008"
        return float(raw) if len(raw) <= 300 else None
    fraction = 0.0
    vulgar = raw[-1] if raw and raw[-1] in VULGAR else None
    if vulgar:
        fraction, raw = unicodedata.numeric(vulgar), raw[:-1].rstrip(" -")
    elif "/" in raw:
        whole, _, ratio = raw.replace("-", " ").rpartition(" ")
        numer, denom = ratio.split("/")
        if int(denom) == 0:
            return None
        fraction, raw = int(numer) / int(denom), whole
    if not raw:
        return fraction
    grouped = _GROUPING.sub("", raw)
    if european:
        grouped = grouped.replace(".", "").replace(",", ".")
    elif grouped.count(".") > 1:
        grouped = grouped.replace(".", "")
    else:
        grouped = grouped.replace(",", "")
    if len(grouped.split(".")[0]) > 300:
        return None  # beyond any float: never inf
    return float(grouped) + fraction


def amount_value(raw: str, tail: str | None, short: str | None, european: bool) -> float | None:
    """The value of one amount: its number (digits, or number words read by text2num),
    then the scale words after it: '4 hundred million', 'two and a half million'."""
    raw = raw.strip()
    if raw[0].isdigit() or raw[0] in "." + VULGAR:
        value = digits_value(raw, european)
    else:
        value = words_value(raw)
    if value is None:
        return None
    # the scale read last: "a million and a half" is half a million more
    last = raw.lower().split()[-1]
    scale = SCALES.get(last, 1.0) if not raw[0].isdigit() else 1.0
    for word in _WORD_SPLIT.split(tail.strip().lower()) if tail else ():
        if word == "half":
            # "two and a half million": the half comes before the scale
            value += 0.5 * scale
        elif word in SCALES or word == "dozen":
            scale = SCALES.get(word, 12.0)
            value *= scale
    if short:
        value *= SHORT_SCALES[short.strip().lower()]
    return value if math.isfinite(value) else None


def words_value(words: str) -> float | None:
    """A run of number words: 'one hundred and six thousand' (text2num reads these),
    with the forms it leaves to us: 'a million', 'half a million', 'two dozen'."""
    lowered = re.sub(r"\s+", " ", words.lower().replace("-", " ")).strip()
    if lowered in SCALES:
        return None  # a bare "million" is a scale without a number ("$5 - million")
    factor = 1.0
    for lead, weight in (("half a ", 0.5), ("half an ", 0.5), ("a ", 1.0), ("an ", 1.0)):
        if lowered.startswith(lead):
            factor, lowered = weight, "one " + lowered[len(lead) :]
            break
    if lowered.endswith("dozen"):
        factor *= 12
        lowered = lowered[: -len("dozen")].strip() or "one"
    try:
        return factor * float(text2num(lowered, "en"))
    except ValueError:
        return None  # "five six", "twenty thirty": a list, not one number


def share_value(match: re.Match[str]) -> float | None:
    """The share a SHARE match states, in [0, 1]."""
    if match.group("half"):
        return 0.5
    if match.group("denom"):
        numer = _small_value(match.group("numer"))
        value = numer / DENOMINATORS[match.group("denom").lower()]
    else:
        part = _small_value(match.group("part"))
        whole = _small_value(match.group("whole"))
        value = part / whole if whole else 2.0
    return value if 0 < value <= 1 else None


def _small_value(word: str) -> float:
    lowered = re.sub(r"\s+", " ", word.lower())
    if lowered in ("a", "an"):
        return 1.0
    if lowered[0].isdigit():
        return float(lowered)
    return words_value(lowered) or 0.0
