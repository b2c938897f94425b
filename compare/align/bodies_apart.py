"""One deed credited to a body in one statement and to a named person in the other,
the person's post tied to no word of the body: no ✓.

"The national seismology institute raised the alert" / "Regional governor Ana
Ruiz raised the alert" tell one act of two doers, or one doer told two ways that
cannot both be right: a governor is no institute's. A person of the body is
told by a word of it ("the ministry" / "Minister Ana Ruiz", "the health board" /
"board chair Ana Ruiz", a word of one derivational family), and such a pair is
left alone; speech ("the company said" / "its chief executive, Ana Ruiz, said")
is the speaker rules' business. Otherwise the pair is left unchecked: neither ✓
nor a finding, since a body may act through a person whose post does not say so.
"""

from __future__ import annotations

from compare.align.derivations import families
from compare.align.frames import confident, same_predicate
from compare.align.persons_apart import surnames
from compare.align.words import STOPWORDS, stem, words
from compare.extract import Claim
from compare.extract.lexicon import PRONOUNS, REPORTING_VERBS
from compare.extract.people_nouns import people_noun


def bodies_apart(a: Claim, b: Claim) -> bool:
    """Is one statement's doer a body and the other's a named person of no word of it?"""
    return _body_against_person(a, b) or _body_against_person(b, a)


def _body_against_person(body_side: Claim, person_side: Claim) -> bool:
    fa, fb = body_side.frame, person_side.frame
    if fa is None or fb is None or fa.actor is None or fb.actor is None:
        return False
    if not (fa.lemma and fb.lemma and confident(fa.lemma) and same_predicate(fa.lemma, fb.lemma)):
        return False
    if fa.lemma in _SPEECH or fb.lemma in _SPEECH:
        return False
    body = _body(fa.actor.text)
    if not body:
        return False
    # a person's name in the actor, told as one by the sentence (a title, a post,
    # an apposition, speech): "Provincial governor Markus Tanoa"; not "Brightline"
    people = surnames(person_side.sentence) & set(words(fb.actor.text))
    if not people:
        return False
    # "the ministry" / "Minister Ana Ruiz" is one doer, and so is a person named on both sides
    return not (body & _kin(words(person_side.sentence)) or people & set(words(body_side.sentence)))


_SPEECH = frozenset({"say", "tell", "add", "state", "announce", "report"}) | REPORTING_VERBS


def _body(actor: str) -> frozenset[str]:
    """The family keys and stems of an actor that names a body by a common noun
    ("The national seismology institute"), with no name in it and no noun for
    people; empty for any other actor."""
    shown = actor.split()
    said = [w for w in words(actor) if w not in STOPWORDS]
    if not said or said[-1] in PRONOUNS or any(w[:1].isupper() for w in shown[1:]):
        return frozenset()
    head = said[-1]
    if people_noun(head) is not None or people_noun(stem(head)) is not None:
        return frozenset()  # people or a group of them: people_apart's and group_doers' business
    return _kin(said)


def _kin(said: list[str]) -> frozenset[str]:
    """Each word's stem and its derivational family keys ("ministry" and
    "minister" share one)."""
    return frozenset(k for w in said for k in (stem(w), *families(w)))
