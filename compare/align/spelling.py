"""One spelling for words outlets write differently but say the same: clock times
("6:15pm", "18:15", "0115 GMT"), possessive marks ("the town's" / "the towns'")
and British spellings ("organised" / "organized"). Quotes are compared in it, so that
house style is not shown as a misquote."""

from __future__ import annotations

import re

from compare.align.words import TEXTS_REMEMBERED, WORDS_REMEMBERED, remembered


@remembered(TEXTS_REMEMBERED)  # a quote is read for each pair it is in
def one_spelling(text: str) -> str:
    """The text with clock times on the 24-hour clock, possessives without the
    apostrophe, and British spellings as American ones."""
    text = _clock_times(text)
    text = _POSSESSIVE_MARK.sub("", text)  # "the town's" / "the towns'"
    return _LETTERS.sub(lambda m: _american(m.group(0)), text)


_POSSESSIVE_MARK = re.compile(r"(?<=\w)'(?=s\b)|(?<=s)'(?!\w)")
_LETTERS = re.compile(r"[A-Za-z]+")
# "6 p.m.", "6:15pm": a clock time with its half of the day; "0115 GMT": a 24-hour time
# written without the colon, before a time zone.
_TWELVE_HOUR = re.compile(r"\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*([ap])\.?\s?m\b\.?", re.I)
_ZONED = re.compile(r"\b([01]\d|2[0-3])([0-5]\d)(?=\s*(?:GMT|UTC|[A-Z][DS]T)\b)")


def _clock_times(text: str) -> str:
    def twelve(m: re.Match[str]) -> str:
        hour = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
        return f"{hour}:{m.group(2) or '00'}"

    text = _TWELVE_HOUR.sub(twelve, text)
    return _ZONED.sub(lambda m: f"{int(m.group(1))}:{m.group(2)}", text)


# British spellings and their American forms, by ending; the stem must be long
# enough that no other word is made ("organise", "harbour", "theatre",
# "travelled"; not "hour", "rise", "filled").
_BRITISH = (
    (re.compile(r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=[a-z]{2})our(|s|ed|ing|ite|ites|hood|hoods|able|er|ers)$"), r"or\1"),
    (re.compile(r"(?<=[a-z]{2})([bt])re(|s)$"), r"\1er\2"),
    (re.compile(r"(?<=[a-z]{2}[aeiou])ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"(?<=[a-z]{3})ogue(|s)$"), r"og\1"),
    (re.compile(r"(?<=[a-z]{2})([cf])ence(|s)$"), r"\1ense\2"),
)
_BRITISH_WORDS = {"programme": "program", "programmes": "programs", "judgement": "judgment"}


@remembered(WORDS_REMEMBERED)  # every word of every quote pair compared
def _american(word: str) -> str:
    """The American spelling of a British-spelt word, case kept at the start."""
    lower = word.lower()
    if lower in _BRITISH_WORDS:
        lower = _BRITISH_WORDS[lower]
    else:
        for pattern, replacement in _BRITISH:
            lower, found = pattern.subn(replacement, lower)
            if found:
                break
    if lower == word.lower():
        return word
    return lower[:1].upper() + lower[1:] if word[:1].isupper() else lower


# News style's abbreviated US states ("Rancho Mirage, Calif."), those that are no
# common word (not "Ill.", "Mass.", "Wash."), spelt out to compare place names.
STATE_ABBREVIATIONS = {
    "ariz": "arizona", "calif": "california", "colo": "colorado", "conn": "connecticut",
    "fla": "florida", "kan": "kansas", "mich": "michigan", "minn": "minnesota",
    "neb": "nebraska", "nev": "nevada", "okla": "oklahoma", "tenn": "tennessee",
    "wis": "wisconsin", "wyo": "wyoming",
}  # fmt: skip
