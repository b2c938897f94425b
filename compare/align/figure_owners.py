"""Two figures of one kind owned by two parties: not one fact told two ways.

News sets the story's figure beside those of others of its kind: another town's
fee, a rival dairy's price, a second boat's beds, another player's goals. The
number rules tie two figures by what is counted and the words around it, which
two such figures share; what parts them is whose figure each is, told by the
subject of its clause (the frame's actor):

- each subject carries a name, or a name-like word set before its noun
  ("Poznań tram drivers" / "Kraków drivers", "Egyptian buyers" / "Sudanese
  buyers", "Western Bay of Plenty District Council" / "Whangārei's council"),
  and neither sentence says any of the other's: two owners. A name a sentence
  says anywhere may be the other's owner told another way, so it ties them;
- one subject is told as another one of its kind ("a second boat", "its main
  rival", "other councils") and the other is not: the story's own against
  another's.

A sentence that names the other's owner anywhere keeps the two as one fact: the
same body named twice ("Hydro-Québec customers" / "Hydro-Québec counted").
"""

from __future__ import annotations

import re

from compare.align.synonyms import table
from compare.align.words import STOPWORDS, display_words, words
from compare.extract import Number
from compare.extract.wordlists import PREPOSITIONS, PRONOUNS

# A subject told as another one of its kind: "a second boat", "another dairy", "the
# other council", "other councils", "its main rival", "a rival operator", "a
# neighbouring town", "a separate company".
_ANOTHER = re.compile(
    r"^\W*(?:(?:an?|the|its|their|his|her)\s+)?(?:(?:main|chief|biggest|nearest)\s+)?"
    r"(?:second|third|another|other|rivals?|neighbou?ring|separate)\b",
    re.IGNORECASE,
)
# a capitalised word as written: a name or a name-like modifier ("Egyptian")
_CAPITALISED = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*$")


def owner_names(n: Number) -> frozenset[str]:
    """The capitalised words of the figure's subject before any preposition, in
    lower case ("Poznań tram drivers": poznań; "Whangārei's council": whangārei),
    less a common word opening the sentence ("Police", "Drivers") and pronouns."""
    frame = n.frame
    if frame is None or frame.actor is None:
        return frozenset()
    actor = frame.actor
    at_start = not n.sentence[: max(0, actor.start - n.sentence_start)].strip(" \"“'‘—–-")
    found = set()
    for k, word in enumerate(display_words(actor.text)):
        if word.lower() in PREPOSITIONS:
            break  # what follows tells where or of what, not whose
        bare = re.sub(r"['’]s$", "", word)
        lower = bare.lower()
        if not _CAPITALISED.match(bare) or lower in STOPWORDS or lower in PRONOUNS:
            continue
        if k == 0 and at_start and _common(lower):
            continue  # "Police arrested ...": a common word, capitalised
        found.add(lower)
    return frozenset(found)


def _common(word: str) -> bool:
    return bool(table().lemmas(word))


def another_of_kind(n: Number) -> bool:
    """Is the figure's subject told as another one of its kind ("A second boat")?"""
    frame = n.frame
    return frame is not None and frame.actor is not None and bool(_ANOTHER.match(frame.actor.text))


def owners_apart(a: Number, b: Number) -> bool:
    """Are the two figures two owners' (the module's docstring)?"""
    if another_of_kind(a) != another_of_kind(b):
        return True
    names_a, names_b = owner_names(a), owner_names(b)
    if not (names_a and names_b):
        return False
    said_a, said_b = _said(a.sentence), _said(b.sentence)
    return not (names_a & said_b) and not (names_b & said_a)


def _said(sentence: str) -> frozenset[str]:
    """The sentence's words in lower case, possessive endings dropped."""
    return frozenset(re.sub(r"['’]s$", "", w) for w in words(sentence))
