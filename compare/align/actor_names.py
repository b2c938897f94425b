"""Who a statement names as its doer, read from the words: shared by the loose-pair
check (unpair.py) and the statement judge, which both keep two named doers
apart ("Smith scored" / "Jones scored")."""

from __future__ import annotations

import re
from functools import lru_cache

from compare.align.frequencies import zipf
from compare.align.words import STOPWORDS, display_words, stem
from compare.extract import Claim
from compare.extract.lexicon import TITLES
from compare.extract.number_filters import MONTHS
from compare.extract.temporal import WEEKDAYS

_NOT_NAMES = TITLES | frozenset(WEEKDAYS) | frozenset(MONTHS)
# A first word at least this frequent in English (once in 100,000 words: "police",
# "officials", "two") is capitalised for starting the sentence, not a name; a
# surname as common ("Young", "Brown") is missed there, as it was by its frame.
COMMON_ZIPF = 5.0


# A doer named after its description: "a gang called Copperhead", "a group known
# as Black Lantern", "a militia calling itself the Front".
_NAMED_AS = re.compile(
    r",?\s+(?:(?:also|better|widely)\s+)?(?:known\s+as|called|named|dubbed"
    r"|calling\s+(?:itself|themselves))\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)


def actor_as_named(claim: Claim) -> str:
    """The actor as the sentence names it: from the actor to the predicate when it
    comes first, so that a name after the head noun counts ("the gang's leader,
    Omar Reyes, said"), and with the name it is given ("A group known as Black
    Lantern claimed ...", where the frame's actor is "A group")."""
    frame = claim.frame
    if frame is None or frame.actor is None:
        return ""
    actor, predicate = frame.actor, frame.predicate
    start, end = actor.start - claim.sentence_start, actor.end - claim.sentence_start
    if start < 0 or claim.sentence[start:end] != actor.text:
        return actor.text
    named = _NAMED_AS.match(claim.sentence, end)
    if named:
        return claim.sentence[start : named.end()]
    if predicate is not None and actor.end <= predicate.start:
        return claim.sentence[start : predicate.start - claim.sentence_start]
    return actor.text


def actors_named_apart(a: Claim, b: Claim) -> bool:
    """Each statement's actor is named, and the other sentence names neither: two
    doers ("Smith scored" / "Jones scored", "a group known as X claimed it" / "a
    gang called Y took responsibility"), whatever else the pair shares."""
    actor_a, actor_b = names(actor_as_named(a)), names(actor_as_named(b))
    if not actor_a or not actor_b:
        return False
    return not actor_a & names_and_acronyms(b.sentence) and not actor_b & names_and_acronyms(
        a.sentence
    )


@lru_cache(maxsize=4096)  # a sentence is judged against each of its partners
def names_and_acronyms(sentence: str) -> frozenset[str]:
    """Whom the sentence names, its names spelt out as acronyms too."""
    return names(sentence) | _acronyms(sentence)


_JOINING = frozenset({"of", "and", "for", "the", "&"})
_LONGEST = 8  # letters of an acronym: bounds the work on a sentence in Title Case


def _acronyms(text: str) -> frozenset[str]:
    """The initials of each run of capitalised words ("Federal Bureau of
    Investigation": "fbi", "fb", "bi"), so that one side's acronym counts as the
    other's name spelt out."""
    found: set[str] = set()
    run: list[str] = []
    for shown in [*display_words(text), ""]:
        if shown[:1].isupper():
            run.append(shown[0].lower())
        elif shown.lower() in _JOINING and run:
            continue
        else:
            for i in range(len(run)):
                for j in range(i + 2, min(i + _LONGEST, len(run)) + 1):
                    found.add("".join(run[i:j]))
            run = []
    return frozenset(found)


@lru_cache(maxsize=4096)  # a sentence meets several loose and wide partners
def names(text: str) -> frozenset[str]:
    """The capitalised words but function words ("The"), first word included:
    "Leeds won" names the winner where a sentence starts, "Police arrested" and
    "Officials said" name nobody (a common English word there is taken as just
    capitalised). Possessives are the name ("Palin's" is "Palin"); titles, days
    and months name nobody."""
    found = set()
    for k, shown in enumerate(display_words(text)):
        word = shown.lower().removesuffix("'s").removesuffix("\u2019s").rstrip(".")
        if not shown[:1].isupper() or word in STOPWORDS or word in _NOT_NAMES:
            continue
        if k == 0 and zipf(stem(word)) >= COMMON_ZIPF:
            continue
        found.add(word)
    return frozenset(found)


def things_named_apart(a: Claim, b: Claim) -> bool:
    """Each statement's frame has a named thing, the one the act befalls, and the
    names are of two ("Lopez was knocked down in the eighth" / "Ward was dropped in
    the eighth by a hook from Lopez"), one of them named in the other sentence in
    another part, as the doer: who underwent it is told round the other way."""
    if a.frame is None or b.frame is None or a.frame.thing is None or b.frame.thing is None:
        return False
    thing_a, thing_b = names(a.frame.thing.text), names(b.frame.thing.text)
    if not thing_a or not thing_b or thing_a & thing_b:
        return False
    # Only where one side names the other's thing elsewhere, in another part: the
    # roles told round the other way. Two names alone were as often one party told
    # by two of its names (paraphrase pairs of MRPC: "Microsoft" / "Redmond").
    return bool(
        thing_a & names_and_acronyms(b.sentence) or thing_b & names_and_acronyms(a.sentence)
    )
