"""A stance towards a proposal is a stance towards what it proposes: "supported the
decision to cull" / "opposed the cull", "A question on a marking boycott was backed" /
"rejected a proposal for a marking boycott". The frames' things are the nouns of
proposing ("the decision", "a separate proposal"), which name no act of their own;
the act is told after them ("to cull", "for a marking boycott"), and two frames whose
things propose one act (or one proposes what the other names) are of one thing.

A noun of proposing is one of a short list (decision, plan, proposal, motion, bill,
question put to a vote, call, bid, move); the act is the verb after "to", or the head
of the noun phrase after "for" or "on" (its last word before a preposition, a
punctuation mark or a verb of its clause).
"""

from __future__ import annotations

import re

from compare.align.derivations import families
from compare.align.frames import same_actor
from compare.align.synonyms import are_synonyms
from compare.align.words import stem, words
from compare.extract import Claim
from compare.extract.claims import Span
from compare.extract.wordlists import PREPOSITIONS

_PROPOSING = frozenset(
    "decision decisions plan plans proposal proposals motion motions question questions "
    "call calls bid bids move moves".split()
)
# "the decision to cull", "a proposal for a marking boycott", "a question on a boycott"
_PROPOSED = re.compile(r"\b(\w+)\s+(to|for|on)\s+([^,.;:()\"“”—–]+)", re.IGNORECASE)
# Words that end the proposed act's noun phrase: its clause's verb or a relative word.
_CLAUSE_WORDS = frozenset(
    "was were is are be been has have had will would could should may might can "
    "that which who whose".split()
)


def proposed_act(claim: Claim, span: Span | None) -> str | None:
    """The act (a lower-case word) that a thing which is a noun of proposing
    proposes, read from the thing and the words right after it in its sentence;
    else None."""
    if span is None or not span.text:
        return None
    offset = span.start - claim.sentence_start
    if not 0 <= offset <= len(claim.sentence):
        return None
    told = claim.sentence[offset : offset + len(span.text) + 80]
    found = next(
        (
            m
            for m in _PROPOSED.finditer(told)
            # the noun of proposing is the thing's own noun, not a word after it
            if m.start(1) < len(span.text) and m.group(1).lower() in _PROPOSING
        ),
        None,
    )
    if found is None:
        return None
    preposition, rest = found.group(2).lower(), words(found.group(3))
    if not rest:
        return None
    if preposition == "to":
        return rest[0]  # "the decision to cull": cull
    phrase: list[str] = []
    for word in rest:
        if word in PREPOSITIONS or word in _CLAUSE_WORDS:
            break
        phrase.append(word)
    return phrase[-1] if phrase else None


def _named(span: Span | None) -> str | None:
    """The last word of a thing's phrase before any phrase describing it ("the cull",
    "the demolition of the pier": demolition)."""
    if span is None:
        return None
    said = words(span.text)
    for k, word in enumerate(said):
        if k and (word in PREPOSITIONS or word == "of"):
            said = said[:k]
            break
    return said[-1] if said else None


def _one_act(a: str, b: str) -> bool:
    """One act in two words: one stem, WordNet synonyms, or one derivational family
    ("demolish" / "demolition")."""
    return stem(a) == stem(b) or are_synonyms(a, b) or bool(families(a) & families(b))


def one_proposal(a: Claim, b: Claim) -> bool:
    """One actor's stance towards one proposed act: the frames' things name it through
    a noun of proposing on either side ("supported the decision to cull" / "opposed
    the cull")."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not same_actor(fa.actor, fb.actor):
        return False
    act_a, act_b = proposed_act(a, fa.thing), proposed_act(b, fb.thing)
    if act_a is None and act_b is None:
        return False
    told_a, told_b = act_a or _named(fa.thing), act_b or _named(fb.thing)
    return told_a is not None and told_b is not None and _one_act(told_a, told_b)


def proposals_apart(a: Claim, b: Claim) -> bool:
    """The frames' things are nouns of proposing that propose two acts ("the plan to
    widen the bridge" / "the plan to close the bridge"): two things, however alike
    their nouns."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return False
    act_a, act_b = proposed_act(a, fa.thing), proposed_act(b, fb.thing)
    return act_a is not None and act_b is not None and not _one_act(act_a, act_b)
