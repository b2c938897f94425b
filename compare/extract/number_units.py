"""What a number counts: the noun phrase after it, or the one its grammar implies."""

from __future__ import annotations

import re

from compare.extract import lexicon as lx
from compare.extract.number_filters import MONTHS

_GLUED_UNIT = re.compile(r"(?P<unit>[A-Za-zµ°]{1,4})\b")
_UNIT_WORD = re.compile(r"\s*(?P<word>[\w'’\-]+)")
# "a mother of two", "father-of-three": the number counts the parent's children.
_KIN_OF = re.compile(
    r"\b(?P<kin>(?:great-)?(?:grand)?(?:mother|father|parent|mum|mom|dad)s?)[\s-]+of[\s-]+$",
    re.IGNORECASE,
)
# Determiners between "of" and the counted noun: "two-thirds of the voters".
_OF_DETERMINER = re.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her|our|my|your|all|these|those|this|that|a|an)\s+)*",
    re.IGNORECASE,
)
_PRONOUNS = frozenset("them us you it those these which whom whose".split())
# Plurals without a final "s" end the phrase as the others do: "30 people needed
# hospital care" counts people, "two people dead" too.
_IRREGULAR_PLURALS = frozenset("people men women children feet teeth mice geese".split())
DURATIONS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "decade decades night nights weekend weekends".split()
)


def unit_after(text: str, end: int, limit: int) -> tuple[str | None, int]:
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
        if lower in lx.PHRASE_BREAKERS or word[0].isdigit() or lower in MONTHS:
            break
        if lower in ("and",) or lower.endswith("ly"):
            break
        words.append(word)
        pos = w.end("word")
        # A plural noun ends the phrase: "tanks near", "troops deployed".
        if lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3:
            break
        if lower in _IRREGULAR_PLURALS:
            break
    # Drop trailing words that are not nouns we can recognise as such.
    while words and words[-1].lower().endswith(("ed", "ing")) and len(words) > 1:
        words.pop()
    if not words:
        return None, end
    words[-1] = re.sub(r"['’]s?$", "", words[-1])  # "one state's security": the state
    return " ".join(words), pos


def unit_of(text: str, end: int, limit: int) -> str | None:
    """The counted noun after "of": "two-thirds of the voters" → "voters"."""
    of = _OF_DETERMINER.match(text, end, limit)
    unit = unit_after(text, end if of is None else of.end(), limit)[0]
    if unit is None or unit.lower() in _PRONOUNS:
        return None
    if of is None and " " not in unit and len(unit) > 4 and unit.lower().endswith("ed"):
        return None  # "one in three disagreed": the verb after a share counts nothing
    return unit


def kin_unit(text: str, start: int, floor: int) -> str | None:
    """'mother of two' counts children (grandchildren for a grandparent), not the verb after."""
    if text[max(floor, start - 4) : start].rstrip(" -")[-2:].lower() != "of":
        return None
    kin = _KIN_OF.search(text, max(floor, start - 40), start)
    if kin is None:
        return None
    return "grandchildren" if "grand" in kin.group("kin").lower() else "children"
