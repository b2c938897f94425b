"""The forms a quantity takes besides a plain amount: shares ("two-thirds", "one in
three"), tallies ("a vote of 7 to 2"), ordinals ("the fourth round"), vague amounts
("dozens of"), and the intervals hedges stand for."""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from compare.extract import number_grammar as ng
from compare.extract.number_filters import ordinal_is_not_a_count
from compare.extract.number_units import unit_after, unit_of

APPROXIMATE = 0.10  # half-width of the interval an "about"/"roughly" hedge stands for

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "hundredth": 100, "thousandth": 1000,
}  # fmt: skip
# Vague plural amounts: "dozens of people", "tens of thousands of dollars". Each
# spans from one unit of the word ("a dozen", "ten thousand") to ten of them.
_VAGUE_BASE = {
    "dozens": 12.0, "scores": 20.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6,
    "billions": 1e9, "trillions": 1e12,
}  # fmt: skip
_VAGUE_FACTOR = {"tens": 10.0, "hundreds": 100.0}
# The lookahead in front of each pattern lists the characters a match can start
# with: re skips in C to the next of them instead of trying the pattern everywhere.
VAGUE = re.compile(
    r"(?=[tdshmb])\b(?P<amount>(?:(?P<factor>tens|hundreds)\s+of\s+)?"
    r"(?P<base>dozens|scores|hundreds|thousands|millions|billions|trillions))\s+of\b",
    re.IGNORECASE,
)
ORDINAL = re.compile(
    rf"(?=[\d{''.join(sorted({word[0] for word in ORDINALS}))}])"
    rf"\b(?:(?P<word>{ng.word_trie(list(ORDINALS))})|(?P<digits>\d+)(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)
# Words that make "7 to 2" or "5-4" a tally or score rather than a range.
TALLY_CONTEXT = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|scor(?:e|es|ed|ing)|won|wins?|winning|beat(?:s|en)?|lost"
    r"|los(?:e|es|ing)|defeat(?:s|ed)?|rul(?:ed|ing)|decision|verdict|margin|victory|draw"
    r"|tied?|series|lead(?:s|ing)?|led|trail(?:s|ed|ing)?|record|head-to-head)\b",
    re.IGNORECASE,
)
# What a vote or a count of votes did, right before its two sides: "passed 1,912 to
# 1,604", "carried by 212 to 198", "ahead 18,412 to 18,398".
_CARRIED = re.compile(
    r"\b(?:pass(?:ed|es)|carried|approved|adopted|rejected|backed|ahead|behind)"
    r"(?:\s+by)?\s*$",
    re.IGNORECASE,
)
# A verb of carrying a vote, a little before two shares ("passed by 87 per cent to 13
# per cent", "backed strikes by 82 per cent to 18 per cent"): the vote's two sides.
_CARRYING = re.compile(
    r"\b(?:pass(?:ed|es)|carried|approved|adopted|rejected|backed|endorsed)\b", re.IGNORECASE
)
TALLY_NOUNS = re.compile(
    r"\b(?:vote|score|decision|verdict|margin|victory|draw|series|lead|record|ruling)\b",
    re.IGNORECASE,
)
# "by 7 votes to 2", "by three goals to one": a tally with the counted noun inside.
_TALLY_NOUN = re.compile(
    r"(?<![\d,.])(?P<a>\d{1,3}(?:,\d{3})+|\d{1,4}|\b[a-z]+)\s+"
    r"(?P<noun>votes?|points?|goals?|runs?|seats?|games?|sets?)"
    r"\s+to\s+(?P<b>\d{1,3}(?:,\d{3})+|\d{1,4}|[a-z]+)\b",
    re.IGNORECASE,
)
# What every tally with a noun has ("votes to"), looked for first: the pattern above
# tries each word of a sentence as the first count.
_TALLY_NOUN_HINT = re.compile(
    r"(?=[vpgrs])(?:vote|point|goal|run|seat|game|set)s?\s+to\s", re.IGNORECASE
)
# A vote told by its sides: "1,072,455 votes in favour to 921,310 against", "by 212
# for and 198 against", "finished with 18,412 votes to Brennecke's 18,371".
_COUNT = r"\d{1,3}(?:,\d{3})+|\d{1,6}"
_VOTE_SIDES = re.compile(
    rf"(?<![\d,.])(?P<a>{_COUNT})\s+(?:votes?\s+)?(?:in\s+favou?r|for)\s*,?\s+"
    rf"(?:to|and|with)\s+(?P<b>{_COUNT})\s+(?:votes?\s+)?against\b"
    rf"|(?<![\d,.])(?P<a2>{_COUNT})\s+(?P<noun>votes)\s+to\s+"
    rf"(?:[A-Z][\w-]*\s+){{0,2}}[A-Z][\w-]*['’]s\s+(?P<b2>{_COUNT})\b",
    re.IGNORECASE,
)
# A vote told by its sides in other words: "91 per cent in favour and 9 per cent
# against", "76% voted yes and 24% no", "298 votes for a strike and 55 against". Both
# sides shares, or both counts.
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d{1,6})(?:\.\d+)?"
_SHARE = r"\s*(?:%|per\s*cent\b|percent\b)"
_VOTE_SIDES_SAID = re.compile(
    rf"(?<![\d,.])(?P<a>{_NUM})(?P<pct>{_SHARE})?\s+"
    rf"(?:(?:votes?|voted)\s+for\s+(?:an?|the)\s+[a-z-]+"  # "votes for a strike"
    rf"|(?:votes?\s+|voted\s+)?(?:in\s+favou?r|for|yes))(?:\s*,?\s+(?:to|and|with)\s+|\s*,\s*)"
    rf"(?P<b>{_NUM})(?(pct){_SHARE})\s+(?:votes?\s+|voted\s+)?(?:against|no)\b",
    re.IGNORECASE,
)
# A vote told by its sides with the voters or the thing voted on between them: "Nine
# legislators voted for the ordinance and five against", "290 votes in favour of the
# deal and 75 against", "412 backed the strike and 37 voted against". The words
# between the first side and "and" must tell a vote (VOTING_WORDS).
_SIDE = (
    r"\d{1,3}(?:,\d{3})+|\d{1,6}|(?i:"
    + "|".join(sorted((*ng.UNIT_VALUES, *ng.TEN_VALUES), key=len, reverse=True))
    + r")\b"
)
_VOTE_SIDES_TOLD = re.compile(
    rf"(?<![\d,.])\b(?P<a>{_SIDE})\s+(?P<gap>(?:[\w'’-]+,?\s+){{1,7}}?)"
    rf"(?:and|with|while)\s+(?P<b>{_SIDE})\s+(?:[a-z]+\s+)?(?:voted\s+|were\s+)?against\b"
)
# A body's split told as a part of it that decided: "Four of the five judges found the
# lease unlawful", "Four of its five members voted for Peguero", "two of the seven
# commissioners dissented". The decided side and the rest are the two sides, the
# larger first, as a tally is written.
_PART_DECIDING = re.compile(
    rf"(?<![\d,.])\b(?P<a>{_SIDE})\s+of\s+(?:the|its|their|his|her)\s+(?P<m>{_SIDE})\s+"
    r"[a-z]+s\b(?:\s+[\w'’-]+){0,4}?\s+"
    r"(?:voted|backed|ruled|found|sided|agreed|approved|supported|favou?red|chose|"
    r"opposed|dissented)\b"
)
BODY_AT_MOST = 60  # a body that votes as its members: a bench, a jury, a council
VOTING_WORDS = frozenset("vote votes voted backed supported favour favor".split())
_COORDINATED = re.compile(r"\s+and\s+(?:final|last|latest|deciding)\b", re.IGNORECASE)


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
    pair: tuple[float, float] | None = None


# A conversion in brackets after a figure: "296 hp (224 kW / 300 PS)".
_CONVERSION_GAP = re.compile(r"[^\d()]{0,30}\(\s*|\s*[^\d()\s]{0,12}\s*/\s*")


def conversion(text: str, previous: Quantity | None, quantity: Quantity) -> Quantity:
    """A unit conversion right after a hedged figure carries the same hedge."""
    if previous is None or previous.hedge is None or quantity.hedge is not None:
        return quantity
    if not _CONVERSION_GAP.fullmatch(text, previous.end, quantity.start):
        return quantity
    if quantity.form in ("share", "tally") or quantity.low != quantity.high:
        return quantity
    low, high = interval(quantity.value, quantity.value, previous.hedge)
    return attrs.evolve(quantity, low=low, high=high, hedge=previous.hedge)


def vague_range(match: re.Match[str]) -> tuple[float, float]:
    low = _VAGUE_BASE[match.group("base").lower()]
    if match.group("factor"):
        low *= _VAGUE_FACTOR[match.group("factor").lower()]
    return low, low * 10


# Any denominator ("third" in "two-thirds"), found in the lowercased sentence.
_DENOMINATOR_WORD = re.compile(ng.word_trie(list(ng.DENOMINATORS)))


def shares(text: str, start: int, end: int) -> Iterator[Quantity]:
    lowered = text[start:end].lower()
    # Plain substring tests are far cheaper than the pattern on every position.
    if _DENOMINATOR_WORD.search(lowered) is None:
        if " in " not in lowered and " out of " not in lowered:
            return
        if ng.SHARE_OF_HINT.search(text, start, end) is None:
            return  # an "in" before no number: no "one in three"
    for m in ng.SHARE.finditer(text, start, end):
        body = m.start("numer") if m.group("numer") else m.start("part")
        body = m.start("half") if m.group("half") else body
        before = text[max(start, body - 8) : body].lower()
        after = text[m.end() : m.end() + 4]
        denom = (m.group("denom") or "").lower()
        article = (m.group("numer") or "").lower() in ("a", "an")
        if denom and article and re.search(r"\band\s+$", before):
            continue  # "two and a half": a mixed number, read as one amount
        single = m.group("numer") and m.group("numer").lower() in ("a", "an", "one", "1")
        if denom and single and not re.match(r"\s*(?:[,.;:)]|$|of\b)", after):
            continue  # "a third term", "a quarter century": not a share of something
        if m.group("half") and re.search(r"\b(?:the|first|second|other|latter|one)\s+$", before):
            continue  # "the second half of the season"
        value = ng.share_value(m)
        if value is None:
            continue
        hedge, hedge_start, _, _ = ng.prefix(text, start, body)
        scaled = _OF_A_SCALE.match(text, m.end(), end)
        if scaled is not None:
            # "a quarter of a million pounds": an amount (250,000), not a share of one
            value *= ng.SCALES[scaled.group(1).lower()]
            low, high = interval(value, value, hedge)
            unit = unit_after(text, scaled.end(), end)[0]
            yield Quantity(
                hedge_start, scaled.end(), value, low, high, lower(hedge), unit, "cardinal"
            )
            continue
        low, high = interval(value, value, hedge)
        begin = hedge_start
        unit = unit_of(text, m.end(), end)
        yield Quantity(begin, m.end(), value, low, high, lower(hedge), unit, "share")


_OF_A_SCALE = re.compile(r"\s+of\s+an?\s+(thousand|million|billion|trillion)\b", re.IGNORECASE)


# Shares of one vote set against each other: "winning 54% to 46%", "a 51 per cent to
# 49 per cent margin". Read as a tally only beside a word of scores (TALLY_CONTEXT),
# falling or level, and summing to most of the whole, never more: "grew 5% to 7%" is
# a range, "lost 5% to 3%" no vote.
_PERCENT = r"\s*(?:%|per\s*cent\b|percent\b)"
_PERCENT_SIDES = re.compile(
    rf"(?<![\d,.])(?P<a>\d{{1,2}}(?:\.\d+)?){_PERCENT}\s+to\s+(?P<b>\d{{1,2}}(?:\.\d+)?){_PERCENT}"
)


def percent_tallies(text: str, start: int, end: int) -> Iterator[Quantity]:
    if "%" not in text[start:end] and "cent" not in text[start:end]:
        return
    for m in _PERCENT_SIDES.finditer(text, start, end):
        a, b = float(m.group("a")), float(m.group("b"))
        around = text[max(start, m.start() - 30) : m.start()] + " " + text[m.end() : m.end() + 20]
        before = text[max(start, m.start() - 30) : m.start()]
        said = TALLY_CONTEXT.search(around) or _CARRYING.search(before)
        if b <= a and 50 <= a + b <= 100 and said:
            yield Quantity(m.start(), m.end(), a, a, a, None, "%", "tally", (a, b))


def tallies_with_nouns(text: str, start: int, end: int) -> Iterator[Quantity]:
    if "against" in text[start:end] or "'s " in text[start:end] or "’s " in text[start:end]:
        for m in _VOTE_SIDES.finditer(text, start, end):
            a_text, b_text = m.group("a") or m.group("a2"), m.group("b") or m.group("b2")
            a = ng.amount_value(a_text, None, None, False)
            b = ng.amount_value(b_text, None, None, False)
            if a is not None and b is not None:
                yield Quantity(m.start(), m.end(), a, a, a, None, "votes", "tally", (a, b))
    if "against" in text[start:end] or " no" in text[start:end]:
        for m in _VOTE_SIDES_SAID.finditer(text, start, end):
            a = ng.amount_value(m.group("a"), None, None, False)
            b = ng.amount_value(m.group("b"), None, None, False)
            if a is None or b is None:
                continue
            if m.group("pct") is None:
                yield Quantity(m.start(), m.end(), a, a, a, None, "votes", "tally", (a, b))
            elif 50 <= a + b <= 100:  # two shares of one vote: most of it, never more
                yield Quantity(m.start(), m.end(), a, a, a, None, "%", "tally", (a, b))
    if "against" in text[start:end]:
        yield from _sides_told(text, start, end)
    if " of " in text[start:end]:
        yield from _part_deciding(text, start, end)
    if _TALLY_NOUN_HINT.search(text, start, end) is None:
        return
    for m in _TALLY_NOUN.finditer(text, start, end):
        a = ng.amount_value(m.group("a"), None, None, False)
        b = _side_value(m.group("b"))
        if a is not None and b is not None:
            noun = m.group("noun").lower()
            yield Quantity(m.start(), m.end(), a, a, a, None, noun, "tally", (a, b))


# The other side told as nobody: "by three votes to none", "by two goals to nil".
_NO_SIDE = frozenset({"none", "nil", "nought", "zero"})


def _side_value(told: str) -> float | None:
    """The second side's count, "none" and "nil" read as 0."""
    if told.lower() in _NO_SIDE:
        return 0.0
    return ng.amount_value(told, None, None, False)


def _sides_told(text: str, start: int, end: int) -> Iterator[Quantity]:
    """Votes told by their sides with words between them (_VOTE_SIDES_TOLD)."""
    for m in _VOTE_SIDES_TOLD.finditer(text, start, end):
        gap = [w.strip(",").lower() for w in m.group("gap").split()]
        if not VOTING_WORDS & set(gap) or "against" in gap:
            continue
        if any(w[:1].isdigit() for w in gap):
            continue  # another figure between: not one vote's two sides
        a = ng.amount_value(m.group("a"), None, None, False)
        b = ng.amount_value(m.group("b"), None, None, False)
        if a is None or b is None:
            continue
        yield Quantity(m.start(), m.end(), a, a, a, None, "votes", "tally", (a, b))


def _part_deciding(text: str, start: int, end: int) -> Iterator[Quantity]:
    """A body's split told as the part that decided (_PART_DECIDING)."""
    for m in _PART_DECIDING.finditer(text, start, end):
        part = ng.amount_value(m.group("a"), None, None, False)
        whole = ng.amount_value(m.group("m"), None, None, False)
        if part is None or whole is None or not 0 < part < whole <= BODY_AT_MOST:
            continue
        rest = whole - part
        if rest == part:
            continue  # an even split: which side decided is not told
        a, b = max(part, rest), min(part, rest)
        yield Quantity(m.start(), m.end(), a, a, a, None, "votes", "tally", (a, b))


def is_tally(
    text: str, m: re.Match[str], a: float, b: float, floor: int, between: str | None
) -> bool:
    """'a vote of 7 to 2', 'won 65-53', 'a 5-4 decision': two counts set against each other."""
    if any(m.group(g) for g in ("acur", "bcur", "ashort", "bshort", "ascale", "bscale", "pct")):
        return False
    if a != int(a) or b != int(b) or between == "from":
        return False
    joiner = m.group("joiner").strip().lower()
    if joiner not in ("-", "–", "—", "to"):
        return False
    if re.match(r"[:.]\d", text[m.end() : m.end() + 2]):
        return False  # "2012 - 5:46 pm": a date and a time, not a score
    if a >= 1000 and "," not in m.group("anum"):
        return False  # a year ("2012 - 13"); "1,812 to 214" with its separator is a count
    # The word must sit in the same phrase: "by a vote of 7 to 2", "a 5-4 decision".
    around = text[max(floor, m.start() - 30) : m.start()] + " " + text[m.end() : m.end() + 20]
    if TALLY_CONTEXT.search(around):
        return True
    if joiner != "to" and _after_a_score(text[max(floor, m.start() - 60) : m.start()]):
        return True  # "6-4, 3-6, 7-5": a dashed pair after a score is the next set
    # "65-53", "2-2", "passed 51 to 49": a falling or level pair of small counts is a
    # score ("from 51 to 49" was excluded above: a change).
    if b <= a < 1000 and (joiner != "to" or b < a):
        return True
    # "passed 1,912 to 1,604", "ahead 18,412 to 18,398": a falling pair of large counts
    # right after a word of carrying a vote or of standing ahead is its two sides.
    return (
        joiner == "to"
        and b < a
        and bool(_CARRIED.search(text, max(floor, m.start() - 30), m.start()))
    )


def ordinal(text: str, m: re.Match[str], floor: int, limit: int) -> Quantity | None:
    word = m.group("word")
    value = float(ORDINALS[word.lower()]) if word else float(m.group("digits"))
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
    if ordinal_is_not_a_count(text, m.start(), m.end(), floor):
        return None
    # "the third and final round": the unit skips a coordinated adjective.
    pos = m.end()
    coordinated = _COORDINATED.match(text, pos, limit)
    if coordinated:
        pos = coordinated.end()
    unit, _ = unit_after(text, pos, limit)
    return Quantity(m.start(), m.end(), value, value, value, None, unit, "ordinal")


def hedge_kind(hedge: str | None) -> str | None:
    return ng.HEDGES.get(hedge.lower(), "~") if hedge else None


def interval(low: float, high: float, hedge: str | None) -> tuple[float | None, float | None]:
    kind = hedge_kind(hedge)
    if kind is None:
        return low, high
    if kind == "~":
        return _tidy(low * (1 - APPROXIMATE)), _tidy(high * (1 + APPROXIMATE))
    if kind == "<~":
        return _tidy(low * (1 - APPROXIMATE)), high
    if kind in (">", ">="):
        return low, None
    return 0.0, high  # "<", "<="


def lower(hedge: str | None) -> str | None:
    return hedge.lower() if hedge else None


def _tidy(value: float) -> float:
    """Drop float noise: 110000.00000000001 → 110000.0."""
    return float(f"{value:.12g}")


# Dashed pairs listed right before a number: "6-4, 3-6, " or "6-4 3-6 " before "7-5".
_PAIRS_BEFORE = re.compile(r"(?:\b\d{1,3}\s*[-–]\s*\d{1,3}(?:\s*,\s*(?:and\s+)?|\s+))+$")
_DASHED_PAIR = re.compile(r"(\d{1,3})\s*[-–]\s*(\d{1,3})")


def _after_a_score(before: str) -> bool:
    """Does a list of dashed pairs end the text ("6-4, 3-6, ", "6-4 3-6 "), one of
    them falling ("6-4")? A falling pair is a score, and the pairs listed with it
    its other sets; a list of rising pairs only ("18-24, 25-34") is of ranges."""
    listed = _PAIRS_BEFORE.search(before)
    return listed is not None and any(
        int(x) > int(y) for x, y in _DASHED_PAIR.findall(listed.group(0))
    )


# What joins the sets of one scoreline: "6-4, 3-6, 7-5", "6-4 and 6-2", "6-4 3-6 7-5".
_SET_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+")


def scorelines(text: str, found: list[Quantity]) -> Iterator[Quantity]:
    """The quantities (in order of position) with each scoreline made one: tallies
    joined only by commas or "and" are the sets or periods of one result ("won 6-4,
    3-6, 7-5"), a single fact that one set alone must not stand for. The merged
    quantity keeps the first set as its pair and spans them all."""
    run: list[Quantity] = []
    for quantity in [*found, None]:
        if (
            quantity is not None
            and quantity.form == "tally"
            and run
            and _SET_JOIN.fullmatch(text, run[-1].end, quantity.start)
        ):
            run.append(quantity)
            continue
        if run:
            yield attrs.evolve(run[0], end=run[-1].end) if len(run) > 1 else run[0]
        run = [quantity] if quantity is not None and quantity.form == "tally" else []
        if quantity is not None and not run:
            yield quantity
