"""Two statements that put one thing in two places the judge cannot compare: no ✓.

The statement judge compares the places of one predicate or one noun, and leaves
out places after "in" (a town lies in its region, which no offline list here
tells). Two places stay unread then, and the pair was shown ✓ over them:
- the same landmark word before two names, neither named in the other sentence
  ("a pump station on the river near Ashford" / "a pump station on the river near
  Millbrook"): a thing near one town is not near another told as the same;
- a base told as "X-based" ("the Harwick-based trainer Jo Reed") against a place
  the other sentence gives ("trained by Jo Reed at her stables in Tolley"), neither
  named in the other sentence.
The two may still be one fact told of a town and of its region ("London-based" /
"in England"), so the pair is left unchecked (neither ✓ nor a finding).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from compare.align.place_names import named_in, places_fit, spelt_out
from compare.align.sentence_days_places import claims_of
from compare.align.words import words
from compare.extract.claims import Claim, Place
from compare.extract.lemmas import classes

# Words that place a thing by a landmark beside it, not inside it
_LANDMARKS = frozenset({"near", "outside", "off", "beside"})
# "the Newmarket-based trainer": a capitalised word (or two) before "-based"
_BASED = re.compile(r"\b((?:[A-Z][\w'’]*\s+)?[A-Z][\w'’]*)-based\b")


def places_apart(a: Claim, claims_a: Sequence[Claim], b: Claim, claims_b: Sequence[Claim]) -> bool:
    """Does each sentence place the thing somewhere the other does not name?"""
    places_a, places_b = claims_of(claims_a, Place), claims_of(claims_b, Place)
    if _landmarks_apart(places_a, places_b):
        return True
    return _base_apart(a.sentence, places_b, b.sentence) or _base_apart(
        b.sentence, places_a, a.sentence
    )


def _landmarks_apart(places_a: Sequence[Place], places_b: Sequence[Place]) -> bool:
    for x in places_a:
        landmark = _landmark(x)
        if not landmark:
            continue
        for y in places_b:
            if (
                _landmark(y) == landmark
                and not places_fit(x, y)
                and not named_in(x, y.sentence)
                and not named_in(y, x.sentence)
            ):
                return True
    return False


def _landmark(place: Place) -> str:
    shown = words(place.text)
    return shown[0] if shown and shown[0] in _LANDMARKS else ""


def _base_apart(sentence: str, other_places: Sequence[Place], other_sentence: str) -> bool:
    """A base ("Harwick-based") that the other sentence does not name, against a
    place of the other sentence that this one does not name."""
    bases = [m.group(1) for m in _BASED.finditer(sentence) if _a_name(m.group(1))]
    if not bases or not other_places:
        return False
    said = f" {spelt_out(other_sentence)} "
    if any(f" {spelt_out(base)} " in said for base in bases):
        return False
    return any(not named_in(place, sentence) for place in other_places)


def _a_name(text: str) -> bool:
    """A place's name, not a common word that opens the sentence ("Science-based")."""
    return not any(classes(w) for w in words(text))
