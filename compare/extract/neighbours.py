"""What the words around a token say about its class: the tests wordclass.py's verb
reading asks of a word's neighbours ("Smith, 32, fell", "the company outlines the")."""

from __future__ import annotations

from compare.extract.lemmas import AUX_LEMMAS, MODALS, can_be_noun, classes
from compare.extract.tags import (
    ADV,
    AUX,
    CONJ,
    DET,
    NUM,
    POSS,
    PREP,
    PRON,
    PUNCT,
    VERB,
    WORD,
    Token,
)
from compare.extract.wordlists import DETERMINERS, PREPOSITIONS, is_number_word


def opens_clause(before: list[Token], prev: Token) -> bool:
    """Whether prev (the last or second-last token) starts the sentence or a clause."""
    at = len(before) - 1 if prev is before[-1] else len(before) - 2
    return at == 0 or before[at - 1].tag in (PUNCT, CONJ)


def third_person(lower: str, found: dict[str, str]) -> bool:
    """An -s form of a verb that differs from its base ("comes", "outlines"; not "gas")."""
    return lower.endswith("s") and not lower.endswith("ss") and found.get("verb") != lower


def question(before: list[Token]) -> bool:
    """A sentence opened by a modal or "do" with no verb since ("Could the plan ...")."""
    first = before[0]
    return (
        (first.lower in MODALS or AUX_LEMMAS.get(first.lower) == "do")
        and len(before) <= 8
        and all(t.tag not in (VERB, AUX, PUNCT) for t in before[1:])
    )


def plural(lower: str) -> bool:
    """A plural noun: "robots", "people", "men" (an irregular plural has its own lemma)."""
    noun = classes(lower).get("noun")
    if lower.endswith("s"):
        # "gas", "bus", "news": a noun the lexicon lists as its own lemma is singular
        return not lower.endswith("ss") and noun != lower
    return lower in ("people", "police") or (noun is not None and noun != lower)


def verb_lemma_of(lower: str) -> str:
    return classes(lower).get("verb", lower)


def is_figure(word: str) -> bool:
    return bool(word) and (word[0].isdigit() or is_number_word(word))


def takes_object(following: str) -> bool:
    """Whether the next word starts what a verb takes (or ends the sentence)."""
    return (
        not following
        or following in PREPOSITIONS
        or following in DETERMINERS
        or following in ".,;:!?"
        or is_figure(following)
        or following[0] in "$£€"
    )


def adjective_only(lower: str) -> bool:
    found = classes(lower)
    return "adj" in found and "noun" not in found and "verb" not in found


def after_title(before: list[Token]) -> bool:
    """Right after a comma that closes a title after a name: "Larry Kroon, pastor of
    the church, estimates"."""
    if len(before) < 4 or before[-1].text != ",":
        return False
    for k in range(len(before) - 2, max(0, len(before) - 12), -1):
        if before[k].text == ",":
            name = before[k - 1] if k > 0 else None
            return (
                name is not None
                and name.tag == WORD
                and name.text[0].isupper()
                and before[k + 1].tag == WORD
                and before[k + 1].text.islower()
            )
        if before[k].tag not in (WORD, DET, POSS, PREP):
            return False
    return False


def after_apposition(before: list[Token]) -> bool:
    """Right after a comma that closes an age or a relative clause after a noun:
    "Smith, 32, fell", "The striker, who joined in May, scores", "..., now hopes", "The
    plan, backed by unions, calls"."""
    if len(before) > 1 and before[-1].tag == ADV:
        before = before[:-1]
    if len(before) < 4 or before[-1].text != ",":
        return False
    for k in range(len(before) - 3, max(0, len(before) - 24), -1):
        if before[k].text == ",":
            opener = before[k + 1]
            relative = (
                opener.lower in ("who", "which")
                or (opener.tag == NUM and k + 2 == len(before) - 1)
                # "The climber, described as inexperienced, dies"
                or (opener.tag == VERB and opener.lower.endswith(("ed", "en", "wn")))
            )
            return relative and before[k - 1].tag == WORD
    return False


def compound_modifier(before: list[Token], following: str) -> bool:
    """A word inside or after a compound modifier written with a spaced hyphen, as
    tokenised news text has it: "a court - mandated stay" (the half after the hyphen,
    before its noun), "three 10 - year sentences" (the noun after a measure)."""
    if len(before) > 1 and before[-1].text == "-" and before[-2].tag in (WORD, NUM):
        # Not after a name, nor before an adjective: "the Wildlife Society - sent
        # separate letters" is a dash before the verb.
        return (
            bool(following)
            and before[-2].text.islower()
            and can_be_noun(following)
            and "adj" not in classes(following)
            and following not in PREPOSITIONS
            and following not in DETERMINERS
        )
    return (
        len(before) > 2
        and before[-1].tag == WORD
        and before[-2].text == "-"
        and before[-3].tag == NUM
    )


def quoted_verb(tokens: list[Token], i: int) -> bool:
    """An opening quotation mark between a subject and its verb ('that it “charred
    beams'): the quoted words go on the clause, they open none."""
    return (
        tokens[i].text in '“"'
        and 0 < i < len(tokens) - 1
        and tokens[i - 1].tag in (PRON, WORD)
        and tokens[i + 1].tag == VERB
    )
