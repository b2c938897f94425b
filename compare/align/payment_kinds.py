"""Sums of money told by what they pay: a fine, a toll, a reward, a fee.

A sum of money is a measure of a payment, and outlets name the payment rather
than the verb around it: "Meridian Trust was fined $85 million" / "will pay a
penalty of $58 million", "Drivers paying cash will be charged $6.50" / "raise
the cash toll to $7". The clauses differ (who pays, what the verb is), so the
frames part such figures; the payment noun ties them. Two payment nouns name one
kind of payment when they are one noun, WordNet synonyms, or one is a kind of the
other within a few steps of WordNet's hierarchy of possessions ("toll" is a "fee",
a kind of "charge"; a "fine" is a "penalty"), never through the general nouns at
its top ("cost", "payment", "sum"): a fine and a reward are both payments, and two
facts.

The table in data/payment_kinds.txt holds, for each noun with a sense among its
three commonest in WordNet's noun.possession file, the single-word nouns of the
commonest such sense and of its hypernyms in that file up to KIND_STEPS steps
above, the general nouns left out. Built from Princeton WordNet 3.0 by
`python bench/build_synonyms.py /usr/share/wordnet`.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from compare.align.synonyms import SENSES_KEPT
from compare.align.wordnet_files import by_offset, index_entries, table_entry, table_lines

POSSESSION_FILE = 21  # WordNet's lexicographer file noun.possession
KIND_STEPS = 3  # hypernym steps that still name a kind of payment ("toll" → "fee" → "charge")
# The top of the hierarchy: every payment is a cost and a sum of money, so these
# tell no payment from another.
GENERAL = frozenset(
    "cost payment sum amount money cash income gain assets possession property expense "
    "expenditure spending outgo outlay value worth".split()
)


@lru_cache(maxsize=8192)
def payment_kinds(noun: str) -> frozenset[str] | None:
    """The nouns a payment noun is a kind of (or a synonym of); None for a noun
    that names no payment ("replacement", "cheque")."""
    if noun in GENERAL:
        return None
    return table_entry(table_lines("payment_kinds.txt"), noun)


def is_payment(noun: str) -> bool:
    return payment_kinds(noun) is not None


def one_payment(a: str, b: str) -> bool:
    """Do two payment nouns name one kind of payment ("toll" / "charge", "fine" /
    "penalty"; not "fine" / "reward")?"""
    ka, kb = payment_kinds(a), payment_kinds(b)
    if ka is None or kb is None:
        return False
    return a == b or b in ka or a in kb


def build(wordnet_dir: Path) -> Iterator[str]:
    """Lines of data/payment_kinds.txt from WordNet's index.noun and data.noun."""
    yield "# Kinds of payment nouns, from Princeton WordNet 3.0 (see WORDNET-LICENSE)."
    yield "# Built by: python bench/build_synonyms.py WORDNET_DICT_DIR"
    yield "# '<noun> <noun it is a kind of> ...': single-word nouns of the noun's commonest"
    yield f"# noun.possession sense and of its hypernyms there, up to {KIND_STEPS} steps above,"
    yield "# the general nouns at the top (compare.align.payment_kinds.GENERAL) left out."
    synsets = by_offset(wordnet_dir / "data.noun")
    for noun, offsets in sorted(index_entries(wordnet_dir / "index.noun")):
        if not noun.isalpha() or noun in GENERAL:
            continue
        owned = [o for o in offsets[:SENSES_KEPT] if synsets[o].lexfile == POSSESSION_FILE]
        if not owned:
            continue
        kinds: set[str] = set()
        level = owned[:1]  # its commonest sense of possession ("fee" a charge, not an estate)
        for _ in range(KIND_STEPS + 1):
            for offset in level:
                kinds.update(w for w in synsets[offset].words if w.isalpha())
            level = [
                h
                for o in level
                for h in synsets[o].targets("@")
                if synsets[h].lexfile == POSSESSION_FILE
            ]
        yield " ".join([noun, *sorted(kinds - GENERAL - {noun})])
