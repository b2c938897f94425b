"""Verb groups: runs of auxiliaries, negations, adverbs and verbs read as one verb
("had not yet been told"), with the main verb, its lemma, polarity and voice, and the
verb a group is about ("going to tax" -> tax, "helped guide" -> guide). clauses.py cuts
a sentence into clauses around them."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import NamedTuple

from compare.extract.lemmas import AUX_LEMMAS, MODALS, is_verb_lemma, verb_lemma
from compare.extract.tags import ADV, AUX, DET, NEG, NUM, POSS, VERB, WORD, Token
from compare.extract.wordlists import ASPECTUAL, FAILING, SAID_TO, SAME_PARTICIPLE, TRANSPARENT


class Group(NamedTuple):
    """A verb group: "had not yet been told"; head is the main verb's token index.
    (A tuple, as Token is: a sentence has several and a record cost 3.5 times as
    much to make, ~1% of extraction.)"""

    start: int  # token indices, end exclusive
    end: int
    head: int
    lemma: str
    negated: bool
    passive: bool
    # A participle without auxiliary right after a noun ("countries surveyed in", "the
    # navy patrolling the gulf"): it describes the noun; the clause's verb comes later.
    reduced: bool = False
    bare_ing: bool = False  # an -ing form without auxiliary: never the finite verb


_GROUP_TAGS = frozenset((AUX, VERB, NEG, ADV))


def verb_groups(tokens: list[Token]) -> list[Group]:
    groups: list[Group] = []
    # Only a run of verb-group tokens can start a group: jump from one to the next.
    in_groups = [k for k, t in enumerate(tokens) if t.tag in _GROUP_TAGS]
    i = 0
    while i < len(tokens):
        if tokens[i].tag not in _GROUP_TAGS:
            at = bisect_left(in_groups, i)
            if at == len(in_groups):
                break
            i = in_groups[at]
        j = i
        while j < len(tokens) and tokens[j].tag in (AUX, VERB, NEG, ADV):
            if j > i and tokens[j].tag == AUX and tokens[j - 1].tag == VERB:
                break  # "what officials said were": two verbs, two groups
            j += 1
        group = _group(tokens, i, j)
        if group is not None:
            # "going to tax", "failed to approve": the clause is about the later verb.
            if (
                j + 1 < len(tokens)
                and tokens[j].lower == "to"
                and tokens[j + 1].tag in (VERB, AUX)
                and (group.lemma in TRANSPARENT or (group.passive and group.lemma in SAID_TO))
                and not (group.lemma == "go" and tokens[group.head].lower != "going")
            ):
                k = j + 1
                while k < len(tokens) and tokens[k].tag in (AUX, VERB, NEG, ADV):
                    k += 1
                later = _group(tokens, j + 1, k)
                if later is not None:
                    failing = group.lemma in FAILING
                    group = later._replace(
                        start=group.start, negated=group.negated != failing or later.negated
                    )
                    j = k
            # "had no plans to close the plant": the closing, denied
            if (
                group.lemma == "have"
                and j + 3 < len(tokens)
                and tokens[j].lower == "no"
                and tokens[j + 1].lower in _NO_PLANS
                and tokens[j + 2].lower == "to"
                and tokens[j + 3].tag == VERB
            ):
                k = j + 3
                while k < len(tokens) and tokens[k].tag in (AUX, VERB, NEG, ADV):
                    k += 1
                later = _group(tokens, j + 3, k)
                if later is not None:
                    group = later._replace(start=group.start, negated=not group.negated)
                    j = k
            # "kept on arguing": the fact is the arguing
            if (
                group.lemma in ASPECTUAL
                and j + 1 < len(tokens)
                and tokens[j].lower == "on"
                and tokens[j + 1].tag == VERB
                and tokens[j + 1].lower.endswith("ing")
            ):
                later = _group(tokens, j + 1, j + 2)
                if later is not None:
                    group = later._replace(start=group.start, negated=group.negated)
                    j += 2
            # "went on to win": the fact is the winning
            if (
                group.lemma == "go"
                and j + 2 < len(tokens)
                and tokens[j].lower == "on"
                and tokens[j + 1].lower == "to"
                and tokens[j + 2].tag == VERB
            ):
                later = _group(tokens, j + 2, j + 3)
                if later is not None:
                    group = later._replace(start=group.start, negated=group.negated)
                    j += 3
            groups.append(group)
        i = j
    return groups


def _group(tokens: list[Token], start: int, end: int) -> Group | None:
    while end > start and tokens[end - 1].tag == ADV:
        end -= 1
    while start < end and tokens[start].tag == ADV:
        start += 1
    verbs: list[int] = []
    auxes: list[int] = []
    has_negation = False
    for k in range(start, end):  # one pass: groups are short and there are many
        tag = tokens[k].tag
        if tag == VERB:
            verbs.append(k)
        elif tag == AUX:
            auxes.append(k)
        elif tag == NEG and not (k + 1 < end and tokens[k + 1].lower in _NOT_A_DENIAL):
            has_negation = True  # "not only repelled the attack but ..." repelled it
    if not verbs and not auxes:
        return None
    head = verbs[0] if verbs else auxes[-1]
    if len(verbs) > 1 and verb_lemma(tokens[head].lower) in ASPECTUAL:
        head = next((k for k in verbs[1:] if tokens[k].lower.endswith("ing")), head)
    # The head may already be the last verb ("kept helping"): then there is no later one.
    later = _verb_after(verbs, head)
    if (
        later is not None
        and verb_lemma(tokens[head].lower) == "help"
        and is_verb_lemma(tokens[later].lower)
    ):
        head = later  # "helped guide the team": the fact is the guiding
    get_passive = False
    later = _verb_after(verbs, head)
    # "will get solved": a passive with "get" is about the participle.
    if (
        later is not None
        and verb_lemma(tokens[head].lower) == "get"
        and verb_lemma(tokens[later].lower) != tokens[later].lower
    ):
        head, get_passive = later, True
    word = tokens[head].lower
    before_head = tokens[head - 1].lower if head > 0 else ""
    # After "to" or a modal the verb is a base form: "to lay off" is lay, not lie.
    base = before_head == "to" or before_head in MODALS or AUX_LEMMAS.get(before_head) == "do"
    lemma = word if base and is_verb_lemma(word) else verb_lemma(word)
    negated = (
        has_negation
        or (start > 0 and tokens[start - 1].tag == NEG)
        or (start > 1 and tokens[start - 2].lower == "no" and tokens[start - 1].lower == "longer")
    )
    be_before = bool(auxes) and any(
        AUX_LEMMAS.get(tokens[k].lower) == "be" for k in auxes if k < head
    )
    participle = bool(verbs) and (
        (word != lemma and not word.endswith(("ing", "s")))
        # "was cut", "were hit": the participle is the base form ("is set to" is no passive)
        or (word in SAME_PARTICIPLE and not (end < len(tokens) and tokens[end].lower == "to"))
    )
    before = start - 1
    while before > 0 and tokens[before].tag == ADV:
        before -= 1  # "boats speedily approaching"
    # "the state established The Creamery", "officers prepared to go", "the warship
    # attacked two boats": a past form with an object or an infinitive is the verb.
    has_object = (
        word.endswith("ed")
        and end < len(tokens)
        and (
            tokens[end].tag in (DET, POSS, NUM)
            # "boats suspected to be carrying": a passive of belief, not the verb
            or (tokens[end].lower == "to" and lemma not in SAID_TO)
        )
    )
    # "a fire set by three teenagers", "the car driven by": a passive participle.
    by_after = end < len(tokens) and tokens[end].lower == "by"
    # "-en" forms are participles only ("punches thrown", "cars stolen"), unlike "rose".
    en_participle = word.endswith(("en", "wn", "ne")) and lemma != word
    reduced = (
        not auxes
        and (word.endswith(("ed", "ing")) or by_after or en_participle)
        and before >= 0
        and tokens[before].tag == WORD
        and not has_object
    )
    bare_ing = not auxes and word.endswith("ing")
    passive = (be_before and participle) or get_passive
    return Group(start, end, head, lemma, negated, passive, reduced, bare_ing)


# "has no plans to", "had no intention of": nouns of a meant act, denied with "no".
_NO_PLANS = frozenset({"plan", "plans", "intention", "intentions"})
# After "not" these affirm: "not only X but Y", "not just X".
_NOT_A_DENIAL = frozenset({"only", "just", "merely"})


def _verb_after(verbs: list[int], head: int) -> int | None:
    """The first verb after the head (verbs are token indices, increasing)."""
    at = bisect_right(verbs, head)
    return verbs[at] if at < len(verbs) else None
