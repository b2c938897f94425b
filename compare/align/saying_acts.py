"""A verb of saying as an event of its own, and the head of a nominalisation.

A verb of saying dates the saying, not the event it tells of: "police said on
Thursday" says nothing about the day of the crash, so event_times gives such a
verb no event of its own. But a story is sometimes about the saying itself: the
confirmation of a disease, the first report of dead fish, the announcement of a
recall. When the other article names that act with the verb's own noun as the
event ("Confirmation of the strain came on Sunday", "The first reports came in on
Wednesday"), the verb ("Tests confirmed the strain on Friday", "Residents first
reported dead fish on Saturday") dates the same act.

The keys are the verb's stem and its WordNet derivational links (confirm /
confirmation, announce / announcement), not its sense groups: those join "report"
to "account" and "story", nouns that name no saying act.
"""

from __future__ import annotations

import re

from compare.align.derivations import families
from compare.align.synonyms import are_synonyms
from compare.align.words import STOPWORDS, stem, words
from compare.extract.claims import Claim
from compare.extract.wordlists import REPORTING

# "according to" is no verb, and "say", "tell" and "add" have no noun of their act
# that a story would date ("the saying", "the telling")
_NO_ACT = frozenset("according say tell add".split())
# A verb's noun made with a suffix English uses to name the act itself: "the
# confirmation of the strain", "the arrival of the ship", "the seizure of the
# animals". Its "of" phrase tells what the act is about; the noun names the act.
_NOMINAL = re.compile(r"(?:tion|sion|ment|ance|ence|al|ure)$")


def saying_keys(claim: Claim) -> frozenset[str]:
    """Keys of the claim's verb of saying as an act of its own (confirm, report,
    announce), to be met only by the other side's noun of that act."""
    frame = claim.frame
    lemma = (frame.lemma or "").lower() if frame is not None else ""
    if lemma not in REPORTING or lemma in _NO_ACT:
        return frozenset()
    return frozenset({"s:" + stem(lemma)} | {"d:" + link for link in families(lemma)})


def about_another(saying: Claim, other: Claim) -> bool:
    """Does the saying tell of another thing than the other side's noun of it
    ("announced the recall" / "the announcement of the merger")?"""
    if not saying_keys(saying):
        return False
    frame, told = saying.frame, _of_object(other)
    if frame is None or frame.thing is None or told is None:
        return False
    said = [w for w in words(frame.thing.text) if w.isalpha() and w not in STOPWORDS]
    if not said:
        return False
    thing = said[-1]
    return stem(thing) != stem(told) and not are_synonyms(thing, told)


def _of_object(claim: Claim) -> str | None:
    """The head of the "of" phrase after a verb's noun in the claim's subject or
    object ("Confirmation of the H5N1 strain": strain)."""
    frame = claim.frame
    if frame is None:
        return None
    for part in (frame.actor, frame.thing):
        said = [w for w in words(part.text) if w.isalpha()] if part is not None else []
        head = nominal_head(said)
        if len(head) < len(said):  # cut before its "of"
            rest = [w for w in said[len(head) + 1 :] if w not in STOPWORDS]
            return rest[-1] if rest else None
    return None


def nominal_head(said: list[str]) -> list[str]:
    """The words of a noun phrase up to its head when the head is a verb's noun
    followed by "of" ("Confirmation of the H5N1 strain": confirmation); the words
    unchanged otherwise ("a series of blasts" keeps its last word)."""
    if "of" not in said:
        return said
    at = said.index("of")
    noun = said[at - 1] if at > 0 else ""
    if len(noun) > 4 and _NOMINAL.search(noun) and families(noun):
        return said[:at]
    return said
