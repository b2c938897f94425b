"""Currencies however an outlet writes them: an ISO 4217 code, a name or a symbol.

One outlet writes "fined him 60,000 kroner", another "a fine of NOK 90,000"; one
"$6.8 million", another "NZ$7.3 million". Read by their written unit these are two
units and never compared. The table data/currencies.txt (built from the Unicode
CLDR by bench/build_currencies.py, not from any article) gives each writing the
currency's family noun ("krone", "dollar") and the ISO codes it may stand for: a
bare name or sign may stand for several ("kroner": DKK or NOK; "$": many dollars),
a code or a country's sign for one. Two sums are in one currency when their
families are equal and their codes meet: "$" and "NZ$" may be one, "US$" and "NZ$"
are two (a conversion, not a conflict).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

from attrs import frozen

from compare.extract.lemmas import classes

__all__ = ["ISO_CODES", "LETTER_SIGNS", "Currency", "currency", "named_currency", "one_currency"]


@frozen
class Currency:
    """A currency as one writing names it: its family noun and the codes it may be."""

    family: str
    codes: frozenset[str]


def _load() -> dict[str, Currency]:
    text = resources.files("compare.extract").joinpath("data/currencies.txt").read_text("utf-8")
    table: dict[str, Currency] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        form, family, codes = line.split("\t")
        table[form] = Currency(family, frozenset(codes.split()))
    return table


_TABLE = _load()
# The codes themselves (three capitals), as read before a figure ("NOK 90,000").
ISO_CODES = frozenset(f for f, c in _TABLE.items() if len(f) == 3 and f.isupper() and f in c.codes)
# The signs written before a figure: every one-character writing of the table that
# Unicode classes a currency symbol ("₸", "₫", "₱", "฿"), not only the few English
# news sees most.
SIGNS = frozenset(f for f in _TABLE if len(f) == 1 and unicodedata.category(f) == "Sc")
# The symbols of the table written with letters, as a country's press writes its
# currency before a figure ("Rp 215 billion", "TSh 40,000", "NT$3 million", "Ft 900"):
# a capital, then at least one mark that is not a capital (a small letter, "$", "/",
# "."), at most five characters. A code of capitals is read as a code (ISO_CODES); two
# capitals alone ("KM", "FC", "SR") are too often something else to read as money.
LETTER_SIGNS = frozenset(
    f
    for f in _TABLE
    if 2 <= len(f) <= 5
    and f[0].isupper()
    and " " not in f
    and any(not (ch.isupper() and ch.isalpha()) for ch in f[1:])
    and f.lower() != f
)


@lru_cache(maxsize=4096)
def currency(written: str) -> Currency | None:
    """The currency a unit as written names: a code or sign as written ("NOK",
    "NZ$"), a name in any case ("Norwegian kroner", "euros"), else None."""
    written = written.strip()
    if not written:
        return None
    return _TABLE.get(written) or _TABLE.get(written.rstrip(".")) or _TABLE.get(written.lower())


def one_currency(a: Currency, b: Currency) -> bool:
    """May the two writings name one currency: one family, codes that meet?"""
    return a.family == b.family and bool(a.codes & b.codes)


def named_currency(unit: str | None) -> str | None:
    """The currency the noun counted by a bare figure names, as written ("60,000
    kroner", "5,000 Norwegian kroner"), or None. A name that is also a verb or an
    adjective of English ("won", "real", "marks", "pounds": a weight too) is no
    currency after a bare figure."""
    parts = (unit or "").split()
    for written in (" ".join(parts), parts[-1] if parts else ""):
        if currency(written) is not None and set(classes(written.lower())) <= {"noun"}:
            return written
    return None
