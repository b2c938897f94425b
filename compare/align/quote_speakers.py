"""Who said a quote: whether two outlets credit the same words to one speaker.

A speaker counts only when the quote's own sentence names them: one carried over
from an earlier quote, or reached through a pronoun or a possessive description,
is no evidence of a clash (split from quotes.py, which judges the words).
"""

from __future__ import annotations

import re
from itertools import pairwise

from rapidfuzz.distance import Levenshtein

from compare.align.people import same_person
from compare.align.titles import POSITIONS, role_words, roles_agree
from compare.align.words import STOPWORDS, TEXTS_REMEMBERED, display_words, remembered, words
from compare.extract import Quote


def speakers_clash(a: Quote, b: Quote) -> bool | None:
    """same_person for two quotes' speakers, counting only speakers the quote's own
    sentence names: a speaker carried over from an earlier quote or paragraph
    (which a reordering can change), or reached through a pronoun or a possessive
    description ("he", "Reid's rep": someone else than Reid), is no evidence of a clash."""
    people = same_person(a.speaker, b.speaker)
    if people is None:
        people = _full_names_apart(a, b)
    if people is False and not (_named_here(a) and _named_here(b)):
        return None
    if people is False and (_names_speaker(a, b.speaker) or _names_speaker(b, a.speaker)):
        # "Alan Thornhill, ... director of the Society for Conservation Biology, said":
        # the sentence names the other outlet's speaker, so the extractor misread one.
        return None
    return people


def _full_names_apart(a: Quote, b: Quote) -> bool | None:
    """False when both speakers end in a full name (two capitalised words) and the
    two names are of two people: a title written before a name ("County Clerk Janet
    Ostrowski") leaves same_person unsure of the whole, but not of the names."""
    names = [display_words(q.speaker or "")[-2:] for q in (a, b)]
    if not all(len(n) == 2 and all(w[:1].isupper() for w in n) for n in names):
        return None
    return False if same_person(" ".join(names[0]), " ".join(names[1])) is False else None


def unchecked_speakers(a: Quote, b: Quote) -> bool:
    """Two different people credited, one not named in the quote's own sentence, and
    neither sentence naming the other's speaker (speakers_clash could not confirm);
    or two lone surnames with no word in common ("Ruiz told" / "Ode told"), which
    same_person leaves open."""
    people = same_person(a.speaker, b.speaker)
    if people is None:
        return _two_surnames(a, b) or _two_posts(a, b) or _owners_apart(a, b)
    if people is True or (_named_here(a) and _named_here(b)):
        return False
    return not (_names_speaker(a, b.speaker) or _names_speaker(b, a.speaker))


def _two_surnames(a: Quote, b: Quote) -> bool:
    """Two speakers whose names end in different capitalised words, one of them a
    lone surname ("Ruiz" / "Ode", "Luis Aldana" / "Lindqvist"), both named in the
    quote's own sentence: same_person cannot tell a lone word, but the surnames
    differ, so the one quote is not checked to be one person's."""
    shown = [display_words(q.speaker or "") for q in (a, b)]
    if not all(s and s[-1][:1].isupper() for s in shown):
        return False
    if not any(len(s) == 1 for s in shown):
        return False
    return shown[0][-1] != shown[1][-1] and _named_here(a) and _named_here(b)


def _two_posts(a: Quote, b: Quote) -> bool:
    """Two speakers described by posts that do not agree ("the fire chief" / "the
    plant manager"), neither named."""
    said_a, said_b = display_words(a.speaker or ""), display_words(b.speaker or "")
    if any(w[:1].isupper() for w in said_a + said_b):
        return False  # a name may be the described person
    # one person each ("the", "a"), described by a post: not "officials", "police"
    one = all(s and s[0] in _ONE and role_words(" ".join(s)) & POSITIONS for s in (said_a, said_b))
    return one and not roles_agree(" ".join(said_a), " ".join(said_b))


_ONE = frozenset("the a an".split())


def _owners_apart(a: Quote, b: Quote) -> bool:
    """Two speakers described as someone's ("the Prime Minister's official
    spokesman" / "Nadia Qureshi, the opposition's health spokeswoman"), the two
    owners sharing no word and neither named in the other quote's sentence: whose
    spokesman said it is what the reader is told, and the two say two."""
    owner_a, owner_b = _owner(a), _owner(b)
    if not owner_a or not owner_b or owner_a & owner_b:
        return False
    return not (owner_a <= set(words(b.sentence)) or owner_b <= set(words(a.sentence)))


def _owner(quote: Quote) -> frozenset[str]:
    """The words of whose the speaker is, from the speaker's description: the
    speaker as written, or the apposition after their name ("Ana Ruiz, the
    council's spokeswoman,")."""
    speaker = quote.speaker or ""
    described = speaker
    if speaker and speaker[:1].isupper():
        after = re.search(re.escape(speaker) + _APPOSITION, quote.sentence)
        described = after.group(1) if after else ""
    owned = _OWNED.search(described)
    if owned is None:
        return frozenset()
    return frozenset(w for w in words(owned.group(1)) if w not in STOPWORDS)


# ", the council's spokeswoman" after a name
_APPOSITION = r",\s+((?:the|a|an)\s+[^,.;]+)"
# the owner before "'s" in a description: "the Prime Minister's", "the opposition's"
_OWNED = re.compile(r"^(?:the|a|an)?\s*((?:[\w-]+\s+){0,3}?[\w-]+)['’]s\s+\w", re.IGNORECASE)


def _names_speaker(quote: Quote, speaker: str | None) -> bool:
    """Does the quote's sentence, outside the quote, name this speaker (full name)?
    A surname spelt one letter apart after the same first name ("Ana Ruis" / "Ana
    Ruiz") is the same name misspelt by one outlet."""
    shown = display_words(speaker or "")
    if len(shown) < 2 or not all(w[:1].isupper() for w in shown[-2:]):
        return False
    first, last = shown[-2:]
    outside = display_words(quote.sentence.replace(quote.text, " "))
    return any(
        before == first and (word == last or _one_letter_apart(word, last))
        for before, word in pairwise(outside)
    )


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter changed, added or dropped, in words of five letters or more."""
    return min(len(a), len(b)) >= 5 and Levenshtein.distance(a, b) == 1


_POSSESSIVE = re.compile(r"['’]s\s+\w")


# "Sheriff Ana Ruiz of Bell County", "Professor Ana Ruiz of the trust": the place or
# body after the name is whom the person serves, not part of the name (in "Secretary
# of State Ana Ruiz" the name ends the mention).
_AFFILIATION = re.compile(
    r"\s+(?:of|from|at|with)\s+(?=(?:the\s+)?[A-Z][^,;]*$|the\s+[a-z][\w\s'’-]*$)"
)


def _without_affiliation(mention: str, speaker: str | None) -> str:
    name = display_words(speaker or "")
    for after in _AFFILIATION.finditer(mention):
        if len(name) >= 2 and display_words(mention[: after.start()])[-len(name) :] == name:
            return mention[: after.start()]
    return mention


@remembered(TEXTS_REMEMBERED)  # read for every pair the quote is in
def _named_here(quote: Quote) -> bool:
    if quote.speaker_basis == "carried":
        return False
    mention = quote.speaker_mention or quote.speaker or ""
    if _POSSESSIVE.search(mention):
        return False
    mention = _without_affiliation(mention, quote.speaker)
    return same_person(mention, quote.speaker) is True or _ends_in_name(mention, quote.speaker)


# the speaker named in the quote's own sentence, for speakers_apart.py
named_here = _named_here


def _ends_in_name(mention: str, speaker: str | None) -> bool:
    """Does a described mention end in the speaker's full name ("Danube Transit
    director Hanna Molnar")? The words before it describe the person named, so the
    sentence names them as surely as "Hanna Molnar" alone would."""
    name = display_words(speaker or "")
    shown = display_words(mention)
    return (
        len(name) >= 2
        and len(shown) > len(name)
        and shown[-len(name) :] == name
        and all(w[:1].isupper() for w in name)
    )
