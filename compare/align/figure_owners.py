"""Two figures of one kind owned by two parties: not one fact told two ways.

News sets the story's figure beside those of others of its kind: another town's
fee, a rival dairy's price, a second boat's beds, another player's goals. The
number rules tie two figures by what is counted and the words around it, which
two such figures share; what parts them is whose figure each is, told by the
subject of its clause (the frame's actor):

- each subject carries a name, a name-like word set before its noun or a
  numeral of a series ("Poznań tram drivers" / "Kraków drivers", "Egyptian
  buyers" / "Sudanese buyers", "Whangārei's council", "Route 2" / "Route 6"),
  and neither sentence says the words of it the other's lacks: two owners. A
  name a sentence says anywhere may be the other's owner told another way, so it
  ties them;
- one subject is told as another one of its kind ("a second boat", "its main
  rival", "other councils") and the other is not: the story's own against
  another's.

A sentence that names the other's owner anywhere keeps the two as one fact: the
same body named twice ("Hydro-Québec customers" / "Hydro-Québec counted").
"""

from __future__ import annotations

import re

from compare.align.words import STOPWORDS, display_words, words
from compare.extract import Number
from compare.extract.lemmas import classes
from compare.extract.people_nouns import people_noun
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


# A sentence opening on a name set off by a comma, whose verb comes after the aside
# ("Sweden, one of halloumi's first big markets, took 4,500 tonnes", "The Eagles, for
# their part, earned eleven"): the subject the parser may miss.
_NAME_SET_OFF = re.compile(r"^\W*(?:The\s+)?((?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s*){1,4}),\s")
# a sentence opening on one of a series, named by its numeral ("Route 2 carries")
_SERIES_OPENING = re.compile(r"^\W*(?:The\s+)?([A-ZÀ-ÖØ-Þ][\w'’-]*\s+\d+[A-Za-z]?)\b")
# the end of the words before a subject joined to them: "his and | neighboring
# departments", "ours or | other councils'"
_JOINED = re.compile(r"\w\s+(?:and|or|&)\s*$", re.IGNORECASE)
# a numeral naming one of a series ("Route 2", "Terminal 3", "School No. 97")
_NUMERAL = re.compile(r"^\d+[A-Za-z]?$")


def owner_names(n: Number) -> frozenset[str]:
    """The capitalised words of the figure's subject before any preposition, in
    lower case ("Poznań tram drivers": poznań; "Whangārei's council": whangārei;
    "Route 2": route, 2), less a common word opening the sentence ("Police",
    "Drivers") and pronouns. A subject holding the figure is the counted thing
    ("Some 45 firefighters"), no owner. Without a subject, a name set off by a comma
    opening the sentence ("Sweden, one of the first markets, took 4,500 tonnes") or
    one of a series opening it ("Route 2 carries about 5,100 riders")."""
    subject = _subject(n)
    if subject is None:
        return frozenset()
    text, at_start = subject
    shown = display_words(text)
    found = set()
    for k, word in enumerate(shown):
        if word.lower() in PREPOSITIONS:
            break  # what follows tells where or of what, not whose
        bare = re.sub(r"['’]s$", "", word)
        lower = bare.lower()
        if _NUMERAL.match(bare) and k > 0 and _CAPITALISED.match(shown[k - 1]):
            found.update({shown[k - 1].lower(), lower})  # "Route 2"
            continue
        if not _CAPITALISED.match(bare) or lower in STOPWORDS or lower in PRONOUNS:
            continue
        if k == 0 and at_start and _common(lower):
            continue  # "Police arrested ...": a common word, capitalised
        found.add(lower)
    return frozenset(found)


def _subject(n: Number) -> tuple[str, bool] | None:
    """The figure's subject as written and whether it opens the sentence; None when
    there is none, or when the figure lies inside it."""
    frame = n.frame
    if frame is not None and frame.actor is not None:
        actor = frame.actor
        if actor.start <= n.start < actor.end:
            return None
        opening = n.sentence[: max(0, actor.start - n.sentence_start)]
        if _JOINED.search(opening):
            return None  # "his and neighboring departments": one part of a whole subject
        return actor.text, not opening.strip(" \"“'‘—–-")
    found = _NAME_SET_OFF.match(n.sentence) or _SERIES_OPENING.match(n.sentence)
    if found is None or found.end() > n.start - n.sentence_start or found.group(1).isupper():
        return None  # none before the figure; "HASTINGS, New Zealand —": a dateline
    return found.group(1), True


def _common(word: str) -> bool:
    """Is the word one of the language's ("Police", "Drivers"), not a name that
    opens the sentence ("Sweden", "Germany")? The lexicon's word classes, not the
    synonym table, which lists countries among its nouns."""
    return bool(classes(word))


def another_of_kind(n: Number) -> bool:
    """Is the figure's subject told as another one of its kind ("A second boat")?
    Without a subject read, the sentence's opening words before the figure ("A
    second ferry, due in 2027, will have 12 cabins")."""
    subject = _subject(n)
    text = subject[0] if subject is not None else n.sentence[: n.start - n.sentence_start]
    return bool(_ANOTHER.match(text))


def owners_apart(a: Number, b: Number) -> bool:
    """Are the two figures two owners' (the module's docstring)? The words one
    subject has and the other lacks must be absent from the other sentence, on both
    sides ("Route 2" / "Route 6")."""
    if another_of_kind(a) != another_of_kind(b):
        return True
    if kinds_apart(a, b):
        return True
    names_a, names_b = owner_names(a), owner_names(b)
    own_a, own_b = names_a - names_b, names_b - names_a
    if not (own_a and own_b):
        return False
    return not (own_a & _said(b.sentence)) and not (own_b & _said(a.sentence))


# where the figure's own words end after it: a comma, a semicolon, a dash, a colon
_OWN_END = re.compile(r"[,;:—–]")


def kinds_apart(a: Number, b: Number) -> bool:
    """Are the figures' subjects two kinds of one thing, told by the words before one
    head noun ("Radish prices rose 45 percent" / "Green onion prices were up 38
    percent", "Extra virgin olive oil sells for 4.50 euros" / "Sunflower oil costs
    1.10 euros"), each with words of its own that the other's clause up to its
    figure's end lacks? Not of people: outlets describe those who act in their own
    words ("Search teams found 12" / "Rescue teams found 15" is one fact)."""
    kind_a, kind_b = _kind(a), _kind(b)
    if kind_a is None or kind_b is None or kind_a[0] != kind_b[0]:
        return False
    own_a, own_b = kind_a[1] - kind_b[1], kind_b[1] - kind_a[1]
    if not (_a_noun_among(own_a) and _a_noun_among(own_b)):
        return False  # "the main quake" / "the first quake" may be one quake
    return not (own_a & _own_clause(b)) and not (own_b & _own_clause(a))


def _a_noun_among(said: frozenset[str]) -> bool:
    """Is one of the words a noun set before the head ("radish", "sunflower"), not
    only an adjective of order, size or rank ("main", "first", "largest")?"""
    return any("noun" in classes(w) and "adj" not in classes(w) for w in said)


def _kind(n: Number) -> tuple[str, frozenset[str]] | None:
    """The subject's head noun (its last word before any preposition) and the
    content words before it, in lower case; None for no subject, a head that names
    people, or a name."""
    subject = _subject(n)
    if subject is None:
        return None
    shown = display_words(subject[0])
    cut = next((k for k, w in enumerate(shown) if w.lower() in PREPOSITIONS), len(shown))
    shown = shown[:cut]
    if len(shown) < 2:
        return None
    head = shown[-1].lower()
    if not head.isalpha() or not classes(head).get("noun") or people_noun(head) is not None:
        return None
    if any(_CAPITALISED.match(w) for w in shown[1:]):
        return None  # a name among the words: owner_names reads those
    before = frozenset(
        w.lower()
        for w in shown[:-1]
        if w.isalpha() and w.lower() not in STOPWORDS and w.lower() not in PRONOUNS
    )
    return classes(head)["noun"], before


def _own_clause(n: Number) -> frozenset[str]:
    """The words of the figure's sentence up to the end of its own clause."""
    after = n.sentence[n.end - n.sentence_start :]
    own = n.sentence[: n.end - n.sentence_start] + _OWN_END.split(after, maxsplit=1)[0]
    return _said(own)


def _said(sentence: str) -> frozenset[str]:
    """The sentence's words in lower case, possessive endings dropped."""
    return frozenset(re.sub(r"['’]s$", "", w) for w in words(sentence))
