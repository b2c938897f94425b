"""Digits that are not quantities: years, dates, clock times, identifiers,
phone numbers, page and street numbers, numbered names."""

from __future__ import annotations

import re

from compare.extract import lexicon as lx
from compare.extract.lemmas import MODALS, classes
from compare.extract.number_grammar import HEDGES

MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
_MONTH_ALT = "|".join(MONTHS)
_MONTH_AFTER = re.compile(rf"\s+(?:of\s+)?(?:{_MONTH_ALT})\b", re.IGNORECASE)
YEAR = re.compile(r"1[89]\d\d|20\d\d")
# Phone numbers: "555-0142", "(617) 555-0142", "+44 20 7946 0958", "1-800-555-0199".
_PHONE = re.compile(
    r"(?P<intl>\+\d{1,3}[ .-]?)?(?P<area>\(\d{2,5}\)[ .-]?)?"
    r"(?P<first>\d{1,5})(?P<rest>(?:[-. ]\d{2,5}){1,4})(?![\d])"
)
_PHONE_WORD = re.compile(
    r"\b(?:call|calling|phone|telephone|tel|dial|fax|hotline|text|number|contact|line)\b[^.]{0,20}$",
    re.IGNORECASE,
)


def is_phone_number(text: str, start: int) -> bool:
    """Whether a phone number starts at (or just before) text[start]."""
    end = start
    while end < len(text) and text[end].isdigit():
        end += 1
    joined_before = start > 0 and (text[start - 1] in "+(-.)" or text[start - 2 : start - 1] in ")")
    joined_after = text[end : end + 1] in ("-", ".", " ", ")") and text[end + 1 : end + 2].isdigit()
    if not (joined_before or joined_after or (start > 1 and text[start - 2].isdigit())):
        return False  # a phone number is digit groups joined by separators
    begin = start
    while begin > max(0, start - 20) and text[begin - 1] in "+()-. 0123456789":
        begin -= 1
    m = None
    for at in range(begin, start + 1):
        if text[at] in "+(0123456789" and (at == 0 or not text[at - 1].isdigit()):
            m = _PHONE.match(text, at)
            if m is not None and m.end() > start:
                break
            m = None
    if m is None:
        return False
    groups = re.split(r"[-. ]", m.group("rest").lstrip("-. "))
    separators = m.group("rest")[0]
    if m.group("intl") or m.group("area") or m.group("first").startswith("0"):
        return True  # "+44 20 7946 0958", "(617) 555-0142", "020 7946 0958"
    if separators == " " or (separators == "." and all(len(g) == 3 for g in groups)):
        return False  # "12 000", "1.234.567": grouped thousands, see the digit grammar
    if len(groups) >= 2 and all(len(g) >= 2 for g in groups):
        return True  # three groups or more: "1-800-555-0199", "617.555.0142"
    last = groups[-1]
    round_pair = int(last) % 10 == 0 and int(m.group("first")) % 10 == 0
    if separators == "-" and len(last) == 4 and len(m.group("first")) == 3 and not round_pair:
        return True  # "555-0142", "555-1234"; "500-1000" is a range
    return bool(_PHONE_WORD.search(text[max(0, begin - 40) : begin])) and len(last) >= 4


_LABELS = frozenset(
    "page pages p. pp. no. nos. number chapter section article paragraph clause item line exit "
    "gate platform seat row room flight route bus case id version episode season volume vol. "
    "issue figure fig. table lot unit suite apt apt. apartment highway interstate track level "
    "floor grade phase box code ticket account channel model ext ext. tel tel. call".split()
)
_YEAR_WORDS = frozenset(
    "in since until till by from before after during of through to and early late mid".split()
)
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_LETTER = re.compile(r"[A-Za-z]")
# "-er(s)" glued to digits makes a noun of the number (a team, a kind of thing), no unit
_AGENT_SUFFIX = re.compile(r"ers?\b")
_GLUED_UNIT = re.compile(r"[A-Za-zµ°/]{1,5}(?![\w])")
_CLOCK = re.compile(r"[:/]\d|\s*(?:[ap]\.?\s?m\.?\b|o['’]clock)", re.IGNORECASE)
_DECADE = re.compile(r"1[5-9]\d0s|20\d0s")
_SENTENCE_START = re.compile(r"[.!?:]\s+\S+\s+$")
_PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b")
_VERB_AFTER = re.compile(r"\s+(?:was|is|has|as|its)\b")
_NAME_WORD = re.compile(r"[A-Za-z][\w.]*")
_PERIOD = re.compile(r"\d\d|1[89]\d\d|20\d\d")


# Nouns that end a street name: "1600 Pennsylvania Avenue" is an address, not a count.
STREET_NOUNS = frozenset(
    "street st avenue ave road rd boulevard blvd lane drive way place court square terrace "
    "highway parkway".split()
)


def is_address(unit: str | None) -> bool:
    """Whether the words after a number are a street name (all capitalised, a street noun last)."""
    words = (unit or "").split()
    return (
        bool(words)
        and all(w[:1].isupper() for w in words)
        and (words[-1].lower().rstrip(".") in STREET_NOUNS)
    )


# "the 4800 block of West Elm Road", "the 400 block of Main": a US address that
# names a stretch of street by its house numbers; the number counts nothing.
_BLOCK_OF = re.compile(r"\s*-?\s*(?i:block\s+of\s+(?:the\s+)?)(?:[A-Z]|\d+(?:st|nd|rd|th)\b)")


def is_street_block(after: str) -> bool:
    """Whether the words after a number are "block of" and a street's name."""
    return _BLOCK_OF.match(after) is not None


def word_before(text: str, floor: int, start: int) -> str:
    """The word right before text[start], as written; "" when the amount is glued on."""
    if start <= floor or not text[start - 1].isspace():
        return ""
    parts = text[max(floor, start - 30) : start].rsplit(None, 1)
    return parts[-1] if parts else ""


def is_not_a_quantity(
    text: str, start: int, raw: str, floor: int, scaled: bool, second: str | None
) -> bool:
    """Whether the digits or words `raw` at text[start:] name something rather than count it.

    `scaled`: the amount has a currency, scale or percent sign (then it is a quantity).
    `second`: the second end of a range after it, if any."""
    end = start + len(raw)
    before = text[max(floor, start - 24) : start]
    after = text[end : end + 20]
    word = word_before(text, floor, start)
    if raw[0].isdigit() and not scaled and is_street_block(text[end : end + 40]):
        return True  # "the 4800 block of West Elm Road": an address
    lowered = word.lower().strip('(,;“"')
    if raw[0].isdigit() and not scaled:
        # Identifiers glued to letters: "G7", "COVID-19", "F-16", "5G".
        if before[-1:].isalpha() or (before[-1:] == "-" and before[-2:-1].isalpha()):
            return True
        if _ORDINAL_SUFFIX.match(after):
            return True  # an ordinal: read by the ordinal rules
        if _AGENT_SUFFIX.match(after):
            return True  # "the 76ers", "a 12-pounder" read "12pounder": a noun made of a number
        if _LETTER.match(after) and not _GLUED_UNIT.match(after):
            return True  # "5G" is a unit; "3D1" or "4x4x" are names
        # Times and dates: "5:55", "Dec 20", "20 December", "2022-01-13", "5 p.m.".
        if _CLOCK.match(after) or (before[-1:] in (":", "/") and before[-2:-1].isdigit()):
            return True
        if lowered.rstrip(".") in MONTHS or _MONTH_AFTER.match(after):
            return True
        # "page 12", "flight 370", "No. 5", "#5", "555-0142", "007".
        if (
            lowered in _LABELS
            or word == "No"
            or before.rstrip().endswith("#")
            or (raw[:1] == "0" and raw[1:2].isdigit())
        ):
            return True
        if is_phone_number(text, start):
            return True
        if YEAR.fullmatch(raw) and _is_year(lowered, after, second):
            return True
        if _DECADE.fullmatch(raw + after[:1]):
            return True
        # Numbered names: "Section 427", "Apple Watch 5", "Route 66".
        if (
            any(c.isupper() for c in word[:2])  # "Route 66", "iPhone 15"
            and _NAME_WORD.fullmatch(word) is not None  # not "Teixeira, 28"
            and "," not in raw
            and "." not in raw
            and not _SENTENCE_START.search(before)
            and word.lower() not in MONTHS
            and word not in lx.NAME_STOPWORDS
            # "Nearly 300 operations", "All 14 divers": a hedge or a quantifier
            # opening a sentence is no name ("Route 66" is)
            and word.lower() not in HEDGES
            and word.lower() not in _QUANTIFIERS
            # "beat Kingsbridge Athletic 3-1": a score after the beaten side's name
            and not (
                second is not None and _RESULT_VERB.search(text, max(floor, start - 60), start)
            )
        ):
            return True
    if not raw[0].isdigit() and second is None:
        return _one_is_a_determiner(raw, before, after)
    return False


_QUANTIFIERS = frozenset({"all", "another", "fully"})
# A result ("beat Kingsbridge 3-1", "beating the Southern Tuatara 58-54", "held off
# Leeds 2-1") or a standing between two sides ("leads Osei 3-2",
# "trailed Leeds 2-1", "is tied with Porto 1-1"): the score after a name is a tally.
_RESULT_VERB = re.compile(
    r"\b(?:beat|beats|beating|beaten|defeated|defeats|defeating|edged|edging|thrashed"
    r"|thrashing|routed|routing|overcame|overcoming|downed|downing|lost to"
    r"|(?:held|holding|holds|hold) off"
    r"|leads|leading|led|trails|trailing|trailed|tied|ties|levels|levelled|leveled"
    # a vote on a named thing ("voted to close Larchwood Elementary 5-4", "passed the
    # motion to rename Harbour Park 11-4"): the tally after the name is the vote's
    r"|voted|votes|voting|passed|approved|backed|rejected|adopted|carried)\b"
)


def _is_year(word: str, after: str, second: str | None) -> bool:
    if second is not None and _PERIOD.fullmatch(second):
        return True  # "1997-98", "2019-2020", "from 2010 to 2015": a period, not a range
    if word in _YEAR_WORDS:
        return True  # "in 2019 residents voted"
    # A bare year-like number counts something only before a plural noun: "1900 people".
    return not (_PLURAL_AFTER.match(after) and not _VERB_AFTER.match(after))


# "one" before a measure is a plain amount: "one percent", "one year", "one dollar".
_ONE_MEASURE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:percent|per cent|year|day|week|month|hour|minute|second|decade|"
    r"mile|kilometre|kilometer|metre|meter|dollar|euro|pound)s?\b"
)
# "one" as a pronoun or in a set phrase counts nothing: "one another", "one day he left",
# "no one", "the one", "this one", "at one point".
_ONE_IDIOM_AFTER = re.compile(r"\s+(?:another|day|way|time|thing|point|hand)\b")
_ONE_PRONOUN_BEFORE = re.compile(
    r"\b(?:no|any|some|every|the|this|that|each|which|anyone|someone)\s+$"
)
# "one of the victims", "one of his aides", "one of four companies": a member of a group.
_ONE_OF_GROUP = re.compile(
    r"\s+of\s+(?:the|these|those|its|their|his|her|our|my|your|[a-z]+['’]s)\s",
    re.IGNORECASE,
)
_NEXT = re.compile(r"\s+([A-Za-z][\w’'-]*)")


def _one_is_a_determiner(raw: str, before: str, after: str) -> bool:
    """Whether the word "one" is no amount at all (a pronoun or set phrase)."""
    if raw.lower() != "one":
        return False
    lowered = after.lower()
    if _ONE_IDIOM_AFTER.match(lowered) or _ONE_PRONOUN_BEFORE.search(before.lower()):
        return True
    if _ONE_MEASURE.match(lowered):
        return False
    return not one_counts_a_thing(before, after)


def one_counts_a_thing(before: str, after: str) -> bool:
    """Whether "one" is a count of one thing by its grammar: a cardinal before a
    noun ("one man", "one senior diplomat") or a member of a group ("one of the
    victims"). Such a count is read as form "single" (see numbers.py): a count of
    one is as much an article as a number, so alignment compares it only with an
    equal figure. Pronouns ("one must", "one of them", "the one") are not counts."""
    lowered = after.lower()
    if _ONE_IDIOM_AFTER.match(lowered) or _ONE_PRONOUN_BEFORE.search(before.lower()):
        return False
    if _ONE_MEASURE.match(lowered):
        return False  # "one year": an amount of a measure, a plain cardinal
    if _ONE_OF_GROUP.match(after):
        return True
    nxt = _NEXT.match(after)
    if nxt is None:
        return False
    word = nxt.group(1)
    if word.lower() in lx.PHRASE_BREAKERS or word.lower() in lx.PRONOUNS:
        return False
    if word[0].isupper():
        return True  # "one Ohio man", "one Republican senator"
    found = classes(word)
    if "aux" in found or word.lower() in MODALS:
        return False  # "one could argue", "one is"
    return "noun" in found or "adj" in found


def ordinal_is_not_a_count(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Ordinals in names ("97th Avenue", "the Fifth Amendment") and dates are not counts."""
    word = text[start:end]
    before = word_before(text, sentence_start, start).lower().strip("(“\"'‘")
    after = text[end : end + 24]
    if before.rstrip(".") in MONTHS or _MONTH_AFTER.match(after):
        return True  # a date: "January 13th", "the 13th of January"
    if before in _LABELS:
        return True
    mid_sentence = text[sentence_start:start].strip() != ""
    if word[0].isdigit():
        # "97th Avenue", "82nd Airborne Division": a digit ordinal before a capital.
        return bool(re.match(r"\s+[A-Z]", after))
    if adverb_before_verb(before, after):
        return True  # "Operators first detected the leak", "was first reported"
    # "Fifth Avenue", "the Second World War": a capitalised ordinal inside a sentence.
    return word[0].isupper() and mid_sentence


_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def adverb_before_verb(before: str, after: str) -> bool:
    """Is a spelt ordinal an adverb of time, right before a verb's past ("Operators
    first detected the leak", "the virus was first identified", "she first ran")?
    It says when, or in what order, not how many. After a determiner or an owner
    ("the first reported case", "its first recorded sale") it describes a noun."""
    following = _WORD_AFTER.match(after)
    if following is None or before in lx.DETERMINERS or before.endswith(("'s", "’s")):
        return False
    verb = classes(following.group(1)).get("verb")
    return verb is not None and verb != following.group(1)  # a past, not the base form
