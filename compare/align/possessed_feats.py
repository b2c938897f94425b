"""A feat credited to its doer by a possessive: "Line Holst's goal sealed it".

News credits a feat of a game or a contest as often by the possessive as by a verb:
"Mara Lind's header put them ahead" is "Mara Lind scored the header". English reads
the possessor of most nouns as an owner ("Tom Reed's car") or as the one an act
befalls ("Tom Reed's arrest"), so a possessive is read as a doer only when:
- the possessor is a person named in full ("Mara Lind", not a team or a town:
  "Ashford's equaliser" is the team's, a whole of which the scorer is a part);
- the possessed phrase opens its clause (at the sentence's start, after a comma or
  semicolon, after "and", "but", "when", "as", "before", "after", "until"), the
  subject of what the feat did ("... sealed it", "... turned the game around"),
  and its head is a noun of no verb (WordNet gives it no verb form nor a verb it
  derives from: "goal", "homer", "touchdown"; not "arrest", "release", "painting",
  whose possessor is as often the one arrested or the owner), nor a noun for people;
- up to three lower-case words make the possessed phrase, the last its head.

The frame's deed is the other article's verb done to the same head: the feat names
no verb of its own, so it meets only a frame whose thing has that head, told with
"the" or with every word the possessed phrase gives before its head ("hit a
three-run homer" / "Saúl Montaño's three-run homer": a feat of one kind in one
game), never another possessed feat (deed_frames._one_deed).
"""

from __future__ import annotations

import re

import attrs

from compare.align.derivations import verb_relatives
from compare.align.words import STOPWORDS
from compare.extract.lemmas import classes
from compare.extract.names import is_person_name
from compare.extract.people_nouns import people_noun

_NAME_WORD = r"[A-Z][\w\u2019'-]*"
# "..., and Line Holst's goal with 38 seconds remaining sealed it": a clause's opening
# possessor named in full, its feat up to three lower-case words
_POSSESSED = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|when|as|before|after|until)\s+)"
    rf"(?P<doer>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})['\u2019]s\s+"
    r"(?P<phrase>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
)

# Prepositions that end the possessed phrase ("homer off reliever X", "goal from
# the spot"): a closed class of English, some of which the stopword list lacks
_PREPOSITIONS = frozenset(
    "about above across after against along among around at before behind below beneath"
    " beside between beyond by down during for from in inside into near of off on onto"
    " out outside over past since through throughout to toward towards under until up"
    " upon with within without".split()
)


_NOMINAL = frozenset({"noun", "adj"})
# the possessed thing undergoes, or is, rather than does: "Tom Reed's car was found"
_BE = re.compile(r"[^,;:.]{0,60}?\b(?:is|are|was|were|been|being)\b")


@attrs.frozen
class PossessedFeat:
    """A feat an opening possessive credits to a person named in full."""

    doer: str  # the possessor's name
    head: str  # the feat's noun, as written
    modifiers: tuple[str, ...]  # the words written before it, in order
    start: int  # offsets of the possessor and of the feat's phrase in the sentence
    end: int


def possessed_feats(sentence: str) -> tuple[PossessedFeat, ...]:
    """The feats the sentence credits by an opening possessive (see the docstring)."""
    found: list[PossessedFeat] = []
    for match in _POSSESSED.finditer(sentence):
        if not is_person_name(match["doer"]):
            continue
        told: list[str] = []
        for word in match["phrase"].split():
            known = classes(word)
            if (
                word in STOPWORDS
                or word in _PREPOSITIONS
                or (known and not _NOMINAL & known.keys())
            ):
                break  # the phrase ends at a preposition or a verb: "six won the final"

            told.append(word)
        if not told:
            continue
        head = told[-1]
        if not _feat_noun(head):
            continue
        end = match.start("phrase") + len(" ".join(told))
        if _BE.match(sentence, end):
            continue
        found.append(PossessedFeat(match["doer"], head, tuple(told[:-1]), match.start("doer"), end))
    return tuple(found)


def _feat_noun(word: str) -> bool:
    """A noun of no verb that names no people ("goal", "homer", "three-pointer")."""
    known = classes(word)
    if "verb" in known or verb_relatives(known.get("noun", word)):
        return False
    if known and "noun" not in known:
        return False  # an adjective or adverb closing the phrase: "'s first"
    return people_noun(word) is None
