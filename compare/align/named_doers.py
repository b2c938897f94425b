"""One deed told of two named doers in other words: no ✓ on the pair.

"The Vellmar Rail Safety Board has opened an investigation" / "The Vellmar
Transport Agency has launched an inquiry": both clauses name
their doer (the frame's actor, a name: it ends in a capitalised word), the two are
not one name, and the deeds are one deed told in other words (one verb, a synonym or
one a kind of the other by WordNet: by_agents.one_verb_or_kind) done to one thing (the
same head, a synonym or one a kind of the other, when both give one). actor_finding
reports such a pair only when the predicate and the thing are word for word the same;
told in other words, it may still be one deed of one doer the other outlet calls by
another name, so the pair is shown neither as a finding nor with a ✓ (it is left
unchecked).

Not read so: verbs of saying and of being or going (agreed_doers' lists), converses
("the Jets won" / "the Dolphins lost": one result from either side), a doer whose
every name word the other sentence writes ("by coach Tony Ruiz" / "by Vice President
and Coach Tony Ruiz"), and a denial on one side only (the polarity readings' part).
"""

from __future__ import annotations

from compare.align.actor_names import names
from compare.align.agreed_doers import NO_DEEDS
from compare.align.by_agents import one_verb_or_kind
from compare.align.frame_findings import doer
from compare.align.frames import head, is_name, same_head, two_names
from compare.align.model import Conflict
from compare.align.noun_kinds import noun_kind_of
from compare.align.opposites import is_converse
from compare.align.word_contradictions import Finding
from compare.extract import Claim
from compare.extract.claims import Span
from compare.extract.lexicon import REPORTING_VERBS


def _one_thing(x: Span, y: Span) -> bool:
    """One thing: the same head or a synonym (frames.same_head), or one noun a kind of
    the other's in WordNet ("an investigation" / "an inquiry")."""
    if same_head(x, y):
        return True
    hx, hy = head(x), head(y)
    return hx is not None and hy is not None and noun_kind_of(hx, hy)


def named_doers_apart(a: Claim, b: Claim) -> Finding | None:
    """Two named doers of one deed told in other words: an unchecked actor finding."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not fa.lemma or not fb.lemma or fa.negated != fb.negated:
        return None
    xa, xb = doer(fa), doer(fb)
    if xa is None or xb is None or not (is_name(xa.text) and is_name(xb.text)):
        return None
    if not two_names(xa, xb):
        return None
    if {fa.lemma, fb.lemma} & (NO_DEEDS | REPORTING_VERBS) or is_converse(fa.lemma, fb.lemma):
        return None
    if not one_verb_or_kind(fa.lemma, fb.lemma):
        return None
    if fa.thing is not None and fb.thing is not None and not _one_thing(fa.thing, fb.thing):
        return None
    said_a, said_b = names(a.sentence), names(b.sentence)
    if names(xa.text) <= said_b or names(xb.text) <= said_a:
        return None
    return Finding(Conflict.ACTOR, xa.text, xb.text, unpaired=True)
