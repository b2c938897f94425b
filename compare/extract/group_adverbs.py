"""Adverbs inside a verb group: "has long been admired", "was last struck", "has
twice been suspended", "had almost ignored".

wordclass.py reads a word the lexicon lists as an adjective, a noun or a verb as
well as an adverb ("long", "last", "twice") by itself, so one standing between an
auxiliary and the rest of its verb group was a word of its own and cut the group in
two ("has" / "been suspended"). Between an auxiliary and a verb form that needs one
(a participle, an -ing form, another auxiliary) only an adverb can stand.
"""

from __future__ import annotations

from compare.extract.lemmas import classes
from compare.extract.tags import ADV, AUX, NEG, VERB, WORD, Token


def with_group_adverbs(tokens: list[Token]) -> list[Token]:
    """tokens, with each such word read as an adverb (and an inflected verb form
    after it, read as a noun or adjective for want of its auxiliary, as a verb)."""
    retagged: list[Token] | None = None
    for k in range(1, len(tokens) - 1):
        word, after = tokens[k], tokens[k + 1]
        if word.tag not in (WORD, VERB) or tokens[k - 1].tag not in (AUX, NEG):
            continue
        found = classes(word.lower)
        if "adv" not in found or not word.text.islower():
            continue
        if found.get("verb", word.lower) != word.lower:
            continue  # a verb's own form: "were left tearing", "never left"
        if not (_auxiliary_form(after) or _participle(after)):
            continue
        if tokens[k - 1].lower == "been" and after.lower.endswith("ing"):
            continue  # "there has been little campaigning": the gerund's determiner
        if retagged is None:
            retagged = list(tokens)
        retagged[k] = word._replace(tag=ADV)
        if after.tag == WORD and _participle(after):
            retagged[k + 1] = after._replace(tag=VERB)
    return tokens if retagged is None else retagged


# Auxiliaries that go on a group after an adverb ("has long been", "would almost
# certainly have"); a tensed one opens a clause of its own ("being wrong is").
_NON_FINITE = frozenset("be been being have".split())


def _auxiliary_form(token: Token) -> bool:
    return token.tag == AUX and token.lower in _NON_FINITE


def _participle(token: Token) -> bool:
    """A verb form that needs an auxiliary: a participle or an -ing form ("admired",
    "struck", "running"), not a base or -s form ("was long overdue" stays)."""
    if not token.text.islower():
        return False
    lemma = classes(token.lower).get("verb")
    return lemma is not None and lemma != token.lower and not token.lower.endswith("s")
