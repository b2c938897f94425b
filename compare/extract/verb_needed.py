"""A sentence's verb when the word rules found none.

A sentence states something with a finite verb. When wordclass.py tags no word of
a sentence a verb or an auxiliary, the words the lexicon lists as verbs were all
read as nouns ("The ship hit rocks", "Delgado takes office", "The new rules take
effect", "An earthquake in 2007 killed more than"): each of those readings is a
fine guess alone, and together they leave the sentence without a clause. So the
first word that can be a finite verb where it stands, agreeing with what can end a
subject right before it (a noun, a figure, a pronoun), is read as the verb.
"""

from __future__ import annotations

from compare.extract.lemmas import classes
from compare.extract.neighbours import adjective_only, third_person
from compare.extract.tags import ADV, AUX, CONJ, DET, NUM, POSS, PRON, PUNCT, VERB, WORD, Token
from compare.extract.wordlists import INVARIANT_PAST, SCALES

# A figure that counts one thing takes a verb's -s form ("one remains").
_SINGULAR_FIGURES = frozenset({"one", "1"})


def with_needed_verb(tokens: list[Token]) -> list[Token]:
    """tokens, with one word read as a verb when none is a verb or an auxiliary."""
    if any(t.tag in (VERB, AUX) for t in tokens):
        return tokens
    for k in range(1, len(tokens)):
        # A base form right before another word that can be the verb is a noun of the
        # subject ("Halvorsen Foods profit rises", "Some 1,400 staff work").
        if _finite_here(tokens, k) and not (
            tokens[k].lower == classes(tokens[k].lower).get("verb")
            and tokens[k].lower not in INVARIANT_PAST  # "The ship hit rocks"
            and k + 1 < len(tokens)
            and _finite_here(tokens, k + 1)
        ):
            retagged = list(tokens)
            retagged[k] = tokens[k]._replace(tag=VERB)
            return retagged
    return tokens


def _finite_here(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] can be the finite verb of a subject that ends right before it."""
    word = tokens[k]
    lower = word.lower
    if word.tag != WORD or not word.text.islower():
        return False  # a name, or a word already read as something else
    found = classes(lower)
    lemma = found.get("verb")
    if lemma is None or lower.endswith("ing") or (lower.endswith(("en", "wn")) and lemma != lower):
        return False  # no verb, or a form that needs an auxiliary ("taking", "taken")
    prev = tokens[k - 1]
    if prev.tag == ADV and k > 1:
        prev = tokens[k - 2]  # "The central bank next meets", "Kiptanui now leads"
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    past = lemma != lower and not third_person(lower, found)
    invariant = lower in INVARIANT_PAST
    if not past and (after is None or after.tag in (PUNCT, CONJ)):
        return False  # "paper charts, diverted ...", "65 feet long,", "a hit or miss"
    if not past and "adj" in found:
        return False  # "six full seasons", "the main cast": an adjective before its noun
    if prev.text == ",":
        # After an apposition ("Snacks, the group's biggest business, lifted sales"):
        # a past, or an -s form that opens no list ("Rain, nerves and ...")
        return past or invariant or third_person(lower, found)
    if prev.tag not in (WORD, NUM, PRON):
        return False  # after "the", "of", "to": a noun or an infinitive
    if prev.tag == WORD and _describes(tokens, k - 1 if tokens[k - 1] is prev else k - 2):
        return False  # "The new rules take", "The planned cuts fall": a noun after it
    if prev.tag == NUM:
        return _agrees_with_figure(prev.lower, lower, found, past)
    if past or third_person(lower, found) or invariant:
        return True  # "killed", "takes", "The ship hit rocks"
    # a base form agrees with a plural subject only ("The new rules take effect")
    return prev.tag == PRON or _plural_noun(prev.lower)


def _agrees_with_figure(figure: str, lower: str, found: dict[str, str], past: bool) -> bool:
    """A verb form after a figure: a past after any ("640 closed"), an -s form after
    "one" only, a base form after a count of more ("Three remain"); not after a
    scale or a year ("$103 million sum", "Corrigan's 2023 mark")."""
    if figure in SCALES or (len(figure) == 4 and figure.isdigit()):
        return past
    if past:
        return True
    return third_person(lower, found) == (figure in _SINGULAR_FIGURES)


def _describes(tokens: list[Token], at: int) -> bool:
    """An adjective that is nothing else ("new"), or a past form right after a
    determiner ("the planned"): it describes a noun after it and ends no subject."""
    word = tokens[at].lower
    if adjective_only(word):
        return True
    return word.endswith("ed") and at > 0 and tokens[at - 1].tag in (DET, POSS)


def _plural_noun(lower: str) -> bool:
    """A noun in a plural form: "rules", "people" (the lexicon's noun lemma differs)."""
    noun = classes(lower).get("noun")
    return noun is not None and noun != lower
