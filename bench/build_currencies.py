"""Rebuild compare/extract/data/currencies.txt from the Unicode CLDR (as Babel ships it).

    python -m bench.build_currencies

Not a benchmark: kept beside them because, like them, it reads data from outside the
project (Babel's copy of CLDR: the ISO 4217 codes in legal tender today, their
English names in the singular and plural, and the symbols each is written with in
English and in the locales of the countries that use it). Each line is one way of
writing a currency, the currency's name noun (its family: "krone", "dollar"), and
the ISO codes that writing may stand for:

    NOK     krone   NOK
    kroner  krone   DKK NOK
    $       dollar  AUD CAD NZD USD ...
    NZ$     dollar  NZD
    Rs      rupee   INR LKR MUR NPR PKR SCR

A short form of the family's noun ("Rs", "Dh": letters only, its first letter the
noun's) stands for every currency of the family: CLDR gives it to one or two
countries' locales, English news writes it for all.

A writing shared by currencies of two families ("$" is the peso's sign in Mexico)
is kept for the family of the currency whose English symbol it is (USD's "$"), with
that family's codes only; a writing of two families and no English owner ("kr":
krone and krona) is left out. Codes that are words of English ("ALL", "TOP", "CUP")
are kept in the table but compare/extract reads only upper-case codes, and
compare.extract.currencies leaves out those whose lower case is a common word.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from babel import Locale, localedata
from babel.core import get_global
from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies

TABLE = Path(__file__).resolve().parent.parent / "compare" / "extract" / "data" / "currencies.txt"


def _current_codes() -> set[str]:
    codes: set[str] = set()
    for territory in get_global("territory_currencies"):
        codes.update(get_territory_currencies(territory, tender=True))
    return codes


def _locales_by_territory() -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for ident in localedata.locale_identifiers():
        locale = Locale.parse(ident)
        if locale.territory and not locale.script and not locale.variant:
            found[locale.territory].append(ident)
    return found


def _family_abbreviation(form: str, one: str, codes: set[str]) -> bool:
    """Is the writing a short form of its family's noun ("Rs" / "Rs." for rupees, "Dhs"
    for dirhams, "manats"): the noun's first letter, then lower-case letters taken in
    order from the noun or its plural? CLDR gives such a writing to the locales of one
    or two of the family's currencies (Mauritius, Pakistan), while English news writes
    it for every one ("Rs 180 crore" in an Indian paper), so it stands for the whole
    family, as "$" does. A capital after the first letter names a country ("FCFA",
    "DA", "FBu": the Central African franc, the Algerian dinar, the Burundian franc)."""
    letters = form.rstrip(".")
    if len(letters) < 2 or not letters.isalpha() or form in codes:
        return False
    if letters[0].lower() != one[0] or not letters[1:].islower():
        return False
    rest = iter(one[1:] + "s")
    return all(ch in rest for ch in letters[1:])


def build() -> list[str]:
    codes = _current_codes()
    family = {c: get_currency_name(c, count=1, locale="en").split()[-1].lower() for c in codes}
    forms: dict[str, set[str]] = defaultdict(set)
    english_owner: dict[str, str] = {}
    for code in codes:
        forms[code].add(code)
        for count in (1, 2):
            name = get_currency_name(code, count=count, locale="en").lower()
            forms[name].add(code)
            forms[name.split()[-1]].add(code)
        symbol = get_currency_symbol(code, "en")
        if symbol != code:
            english_owner[symbol] = code
            forms[symbol].add(code)
    locales = _locales_by_territory()
    for territory in get_global("territory_currencies"):
        for code in get_territory_currencies(territory, tender=True):
            for ident in locales.get(territory, []):
                symbol = get_currency_symbol(code, ident)
                if symbol != code and (len(symbol) > 1 or not symbol.isalpha()):
                    forms[symbol].add(code)
    lines = []
    for form in sorted(forms):
        if not form or (any(ch.isspace() for ch in form.strip()) and form != form.lower()):
            continue
        members = forms[form]
        families = {family[c] for c in members}
        if len(families) > 1:
            owner = english_owner.get(form)
            if owner is None:
                continue  # "kr": krone and krona, no English owner
            members = {c for c in members if family[c] == family[owner]}
            families = {family[owner]}
        one = families.pop()
        if _family_abbreviation(form, one, codes):
            members = {c for c in codes if family[c] == one}
        lines.append(f"{form}\t{one}\t{' '.join(sorted(members))}")
    return lines


def main() -> None:
    header = [
        "# Ways of writing a currency, its family noun and the ISO 4217 codes it may stand for.",
        "# From the Unicode CLDR as Babel ships it (Unicode License v3).",
        "# Built by: python -m bench.build_currencies (see its docstring).",
    ]
    TABLE.write_text("\n".join(header + build()) + "\n", encoding="utf-8")
    print(TABLE)


if __name__ == "__main__":
    main()
