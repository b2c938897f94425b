"""Sums of money that are each article's only sum of one kind of payment.

Money is never an article's only figure of its unit (sole_figures): a story
gives a price, a deposit, a budget and last year's budget, all in dollars. What
a sum measures is the payment it names: "a reward of $25,000", "a $10,000
reward", "fined $85 million", "the toll from $5 to $7", "$1.5 million in
damages". When each article gives one sum, and only one, of one kind of payment
(payment_kinds: one noun, synonyms, or one a kind of the other, "fine" /
"penalty", "toll" / "charge"; a sum a thing is "worth" or "valued at" is its
valuation), both answer the same question, whatever the verbs
and doers around them: such a pair is tied as sole figures are (sole_ties). The
clues that tell two facts apart still apply: another year or occasion, a part and
the total, another named actor, an old value against the new ("up from $5").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from compare.align.occasions import another_occurrence
from compare.align.payment_kinds import is_payment, one_payment
from compare.align.sole_kinds import sole_of_kind
from compare.extract import Number
from compare.extract.currencies import named_currency
from compare.extract.lemmas import can_be_noun, classes, verb_lemma
from compare.extract.number_changes import old_value

# "a reward of $25,000", "a penalty of $58 million"
_OF_BEFORE = re.compile(r"\b([a-z]+)\s+of\s*$")
# "the cash toll from $5 to $7", "bail was set at $50,000": the payment the sum is
# the value of
_TO_BEFORE = re.compile(r"\b([a-z]+)\s+(?:from\s+\S+\s+)?(?:to|at)\s*$")
# A sum a thing is worth, not paid: "stones worth an estimated 4.2 million euros",
# "valued at $2 million", "put the value of the goods at around 6 million euros": the
# thing's valuation (WordNet: a kind of price), whatever the verbs
_WORTH_BEFORE = re.compile(
    r"\b(?:worth|valued\s+at|value\s+(?:of\s+[^,;:()]{1,60}?\s+)?at)\s*$", re.IGNORECASE
)
VALUATION = "valuation"
# "$1.5 million in punitive damages", "$61 million in toll revenue"
_IN_AFTER = re.compile(r"^\s+in\s+")
_TOKEN = re.compile(r"\s*([a-z]+(?:['’]s)?)")
_COMPOUND = 3  # nouns after a sum that may name it: "a $10,000 cash reward"
_VERB_REACH = 4  # words before a sum that may hold its verb: "fined Meridian Trust $85 million"
# Verbs every sum may take, whose nouns would name one kind of payment wrongly
# ("paid $5" is no salary) or a holding, not a payment ("shared $2 million").
_ANY_SUM = frozenset("pay share stake interest bond security".split())
_BREAK = re.compile(r"[,;:()\"“”]")
# the period a sum is of: "last year", "in 2021" (number_clues reads the same)
_PERIOD = re.compile(
    r"\b(?:(?:last|this|next|previous|past|current)\s+(?:year|season|month|week|quarter)"
    r"|(?:19|20)\d\d)\b"
)


def _payment(word: str) -> str | None:
    """The word's noun lemma when it names a payment ("fines" → fine)."""
    lemma = classes(word).get("noun", word)
    return lemma if is_payment(lemma) else None


@lru_cache(maxsize=4096)
def payment_noun(n: Number) -> str | None:
    """The payment a money figure measures, as its words name it, or None."""
    if n.form != "money" and named_currency(n.unit) is None:
        return None  # "$5,000" and "5,000 kroner" are sums
    before = n.sentence[: n.start - n.sentence_start]
    after = n.sentence[n.end - n.sentence_start :]
    if _WORTH_BEFORE.search(before):
        return VALUATION
    for pattern in (_OF_BEFORE, _TO_BEFORE):
        found = pattern.search(before)
        if found is not None and (noun := _payment(found.group(1))):
            return noun
    if (noun := _compound_after(after)) is not None:
        return noun
    return _verb_before(before)


def _compound_after(after: str) -> str | None:
    """The head of the nouns after the sum ("$10,000 reward", "£155,000 first prize",
    "$1.5 million in punitive damages")."""
    rest = after
    into = _IN_AFTER.match(rest)
    if into is not None:
        rest = rest[into.end() - 1 :]
    head = None
    pos = 0
    for _ in range(_COMPOUND):
        token = _TOKEN.match(rest, pos)
        if token is None:
            break
        word = token.group(1)
        if not word.endswith(("'s", "’s")):
            if not can_be_noun(word):
                break
            head = word
        pos = token.end()
    return _payment(head) if head is not None else None


def _verb_before(before: str) -> str | None:
    """The noun of the verb that gives the sum ("fined Meridian Trust $85 million",
    "will be charged $6.50"): an inflected verb whose noun names a payment."""
    clause = _BREAK.split(before)[-1]
    for word in reversed(re.findall(r"[A-Za-z]+", clause)[-_VERB_REACH:]):
        lower = word.lower()
        lemma = verb_lemma(lower)
        if lemma == lower or lemma in _ANY_SUM or "verb" not in classes(lower):
            continue  # a noun or an adjective as written, or a verb of any sum
        if is_payment(lemma):
            return lemma
    return None


def sole_sums(numbers: Sequence[Number], unit_key: Callable[[Number], str]) -> set[int]:
    """Indexes of the money figures that are their article's only sum of their
    currency and kind of payment. A sum of another occurrence ("fined $12 million in
    2021" in a story of this year's fine is told of another) or an old value ("up
    from $5") is not counted, nor counted against."""

    def kind(n: Number) -> str | None:
        if payment_noun(n) is None or another_occurrence(n):
            return None
        if old_value(n.sentence, n.start - n.sentence_start):
            return None
        return unit_key(n)

    periods = [_PERIOD.findall(n.sentence.lower()) for n in numbers]

    def one_question(i: int, j: int) -> bool:
        # "fined $85 million on Wednesday" / "fined $12 million in 2021": a sum of
        # another year or period answers another question
        if set(periods[i]) != set(periods[j]):
            return False
        pi, pj = payment_noun(numbers[i]), payment_noun(numbers[j])
        return pi is not None and pj is not None and one_payment(pi, pj)

    return sole_of_kind(numbers, kind, lambda n: n.value, one_question)


def one_payment_of(a: Number, b: Number) -> bool:
    """Do two money figures measure one kind of payment?"""
    pa, pb = payment_noun(a), payment_noun(b)
    return pa is not None and pb is not None and one_payment(pa, pb)


def two_payments(a: Number, b: Number) -> bool:
    """Do two money figures name two kinds of payment ("a reward of" / "a fine of")?
    A thing's worth may be what is paid for it ("a deal worth $14.2 billion" / "sold
    for $11.8 billion"), so a valuation is of every kind."""
    pa, pb = payment_noun(a), payment_noun(b)
    if pa is None or pb is None or VALUATION in (pa, pb):
        return False
    return not one_payment(pa, pb)
