"""Two speakers of one quote told apart by what their articles say of their sex.

A quote credited to "she" in one article and to a man in another is credited to two
people, however the pronoun was reached. Each article tells a speaker's sex in
words English marks for it, never by a guess from a first name:

- the quote's own mention: "she said", "he told reporters";
- a word of the speaker's description or of a description the article gives the
  same person: a noun ending in "-woman" or "-man" ("the spokeswoman", "Ana Ruiz,
  the committee's chairwoman"), or a courtesy title ("Mr", "Mrs", "Ms", "Miss");
- any other quote of the article whose speaker is the same named person, reached
  through "he" or "she";
- a sentence opening with the person's name followed by one opening with "He" or
  "She" ("Okafor told the inquiry ... He said ...").

A person an article gives both sexes (two people of one name, a misread pronoun)
is left unknown. Two speakers of known, different sexes are two people
(speakers_apart.judge_quotes_in_context shows the speaker conflict).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from compare.align.people import same_person
from compare.align.words import display_words
from compare.extract import lexicon as lx
from compare.extract.claims import Claim, Quote, Role

_FEMALE, _MALE = "f", "m"
_PRONOUNS = {"she": _FEMALE, "he": _MALE}
_COURTESY = {"mr": _MALE, "mrs": _FEMALE, "ms": _FEMALE, "miss": _FEMALE}
# Nouns ending in "man" that name no man ("human", "German", "Roman", "shaman" is
# either): only words of a post or a trade, "-sman", "-rman", "-eman"... are read,
# the four letters before "man" or "woman" standing as a word of their own.
_MAN = re.compile(r"^[a-z]{3,}(wo)?man$")
_NOT_MEN = frozenset("human german roman woman shaman ottoman".split())


def _word_sex(word: str) -> str | None:
    """The sex a word marks: a courtesy title ("Mr", "Ms"), or a lower-case noun of a
    post in "-man" / "-woman" (a capitalised one may be a surname: "Friedman",
    "Chapman")."""
    lower = word.lower()
    if lower in _COURTESY:
        return _COURTESY[lower]
    if word != lower or lower in _NOT_MEN or not _MAN.match(lower):
        return None
    return _FEMALE if lower.endswith("woman") else _MALE


def _described_sex(text: str) -> set[str]:
    """The sexes the words of a description mark ("spokeswoman", "Mr")."""
    return {sex for w in display_words(text) if (sex := _word_sex(w)) is not None}


def _own_sex(quote: Quote) -> set[str]:
    """What the quote's own attribution marks: its pronoun or its description."""
    mention = (quote.speaker_mention or "").lower().strip()
    if mention in _PRONOUNS:
        return {_PRONOUNS[mention]}
    return _described_sex(quote.speaker_mention or quote.speaker or "")


def _text_sex(name: str, text: str) -> set[str]:
    """The sexes the article gives a named person by a sentence that opens with the
    person's name and a next sentence that opens with "He" or "She" ("Okafor told the
    inquiry ... He said ..."): the pronoun opening a sentence is the last one's
    subject."""
    shown = name.split()
    if len(shown) < 2 or not shown[-1][:1].isupper():
        return set()
    surname = re.escape(shown[-1])
    for other in re.finditer(r"\b([A-Z][\w’'-]*)\s+" + surname + r"\b", text):
        if other.group(1) not in shown and other.group(1).lower() not in lx.TITLES:
            return set()  # another person of that surname ("Charlene Kafoury"): whose "she"?
    pattern = (
        r"(?:^|(?<=[.!?])[\"”’']?\s+|\n)(?:[A-Z][\w.’'-]*\s+){0,3}?"
        + surname
        + r"\b[^.!?\n]*[.!?][\"”’']?\s+(He|She)\b"
    )
    return {_PRONOUNS[m.group(1).lower()] for m in re.finditer(pattern, text)}


def speaker_sex(quote: Quote, claims: Iterable[Claim], text: str = "") -> str | None:
    """The speaker's sex as the quote's article tells it, or None when it tells none
    or both. `claims`: the article's roles and quotes; `text`: the article."""
    found = set(_own_sex(quote))
    name = quote.speaker
    if name and name[:1].isupper():
        found |= _text_sex(name, text)
        for claim in claims:
            if claim.source != quote.source:
                continue
            if isinstance(claim, Role) and same_person(claim.person, name) is True:
                found |= _described_sex(claim.role) | _described_sex(claim.person)
            elif (
                isinstance(claim, Quote)
                and claim is not quote
                and same_person(claim.speaker, name) is True
            ):
                found |= _own_sex(claim)
    return next(iter(found)) if len(found) == 1 else None


def sexes_apart(
    a: Quote, b: Quote, claims: Iterable[Claim], texts: Mapping[str, str] | None = None
) -> bool:
    """Do the two quotes' articles give their speakers two different sexes?"""
    if same_person(a.speaker, b.speaker) is True:
        return False
    told, texts = list(claims), texts or {}
    sex_a = speaker_sex(a, told, texts.get(a.source, ""))
    sex_b = speaker_sex(b, told, texts.get(b.source, ""))
    return sex_a is not None and sex_b is not None and sex_a != sex_b
