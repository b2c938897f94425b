"""Are two speaker or person strings the same person?

Titles before a name are set aside first ("President Putin", "Capt. John Smith"),
so that a title never makes two mentions of one person look like two people.
"""

from __future__ import annotations

from compare.align.synonyms import table
from compare.align.words import TEXTS_REMEMBERED, remembered, words
from compare.extract import lexicon as lx
from compare.extract.names import is_person_name

_GENERIC = frozenset("he she they it i we you".split())


def person_key(name: str | None) -> str | None:
    """'michael carpenter' → 'carpenter'; None for descriptions and pronouns."""
    if not name or not is_person_name(name):
        return None
    parts = words(name)
    return parts[-1] if parts else None


def name_words(name: str) -> list[str]:
    """The name's words without the titles in front: 'Capt. John Smith' → john, smith."""
    parts = words(name)
    while len(parts) > 1 and (parts[0] in lx.TITLES or f"{parts[0]}." in lx.TITLES):
        parts = parts[1:]
    return parts


def _first_name(word: str) -> bool:
    """Could the word be a first name or an initial? Not when it is an inflected verb
    ("choosing", "announced"): a word the extractor took for part of a name."""
    if len(word) <= 2 or not word.endswith(("ing", "ed")):
        return True
    return not any(part == "v" and lemma != word for part, lemma in table().lemmas(word))


def _named(name: str, parts: list[str]) -> bool:
    """A person's name, or a title before something that is not itself a title or
    a position ("Capt. Smith" yes, "Foreign Minister" no)."""
    if all(w in lx.TITLES or w in lx.ROLE_NOUNS for w in words(name)):
        return False  # "Foreign Minister": a position, not a name
    if is_person_name(name):
        return True
    titled = len(parts) < len(words(name)) and name[:1].isupper()
    return titled and parts[-1] not in lx.TITLES and parts[-1] not in lx.ROLE_NOUNS


@remembered(TEXTS_REMEMBERED)  # the judges ask it of one event's few names again and again
def same_person(a: str | None, b: str | None) -> bool | None:
    """True: the same named person; False: two different named people;
    None: can't tell (a description, a pronoun, a one-word name, or nothing)."""
    if not a or not b:
        return None
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb or wa[0] in _GENERIC or wb[0] in _GENERIC:
        return None
    if wa == wb:
        return True
    named_a, named_b = _named(a, wa), _named(b, wb)
    if named_a and named_b:
        if wa[-1] != wb[-1]:
            return False
        short, long = sorted((wa, wb), key=len)
        if long[len(long) - len(short) :] == short:
            return (
                True  # "President Putin" / "Vladimir Putin"; "Boone Isaacs" / "Cheryl Boone Isaacs"
            )
        if not _first_name(wa[0]) or not _first_name(wb[0]):
            return True  # "Choosing DeGeneres": a common word read as a first name
        if min(len(wa[0]), len(wb[0])) <= 2:
            return wa[0][0] == wb[0][0]  # "J. Smith" / "John Smith": initials must fit
        return wa[0] == wb[0]  # "John Smith" / "Jane Smith": two people
    if named_a or named_b:
        # "Carpenter" against "Michael Carpenter": a surname agrees; anything else
        # (a description, a country) can't be told apart.
        single, full = (wb, wa) if named_a else (wa, wb)
        if len(single) == 1 and single[0][:1].isalpha() and single[0] == full[-1]:
            return True
        return None
    return None
