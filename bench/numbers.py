"""Score numbers against NewsQuant.

    python bench/numbers.py ../shared/data/newsquant [--show N]

Value: an annotated quantity is found when a number we extract from that
sentence has its value (or, for a range, its low and high). Unit: of those,
the share whose unit shares the annotated unit's head word (plurals folded,
and %/percent/per cent taken as one). Value without "one": the same, leaving
out annotated quantities of value 1 written as the word "one" ("one solution",
"one of the people"). The extractor reads such a "one" when its grammar counts a
thing (form "single", which alignment compares only with an equal figure, so
that "one of the officials" beside "two officials" is no discrepancy). Hedge: of
the annotated approximations and bounds (~, >, <) that we found, the share we
give a hedge.

NewsQuant has no sentence ids or outlets, so the split is by a hash of the
sentence text: CRC-32 even is the tuning half (read while writing rules), odd
the held-out half (only its aggregate scores are looked at).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from pathlib import Path

from compare import InputError, Source
from compare.extract import Number, extract_claims

_PERCENT = {"%", "percent", "per", "cent", "pct", "percentage"}
_MONEY = {"$", "dollar", "dollars", "usd", "€", "euro", "euros", "£", "pound", "pounds"}


def head_words(unit: str) -> set[str]:
    unit = unit.lower()
    unit = re.split(r"\s+(?:of|per|a|an|for|in)\s+", unit)[0]
    words = re.findall(r"[\w$%€£¥\-]+|[$%€£¥]", unit)
    if not words:
        return set()
    head = {_singular(words[-1])}
    if head & _PERCENT:
        head |= {"%"}
    if head & _MONEY or "$" in unit:
        head |= {"$"}
    return head


def ours(unit: str | None) -> set[str]:
    if not unit:
        return set()
    words = {_singular(w) for w in re.findall(r"[\w\-]+|[$%€£¥]", unit.lower())}
    if words & _PERCENT:
        words.add("%")
    if words & _MONEY:
        words.add("$")
    return words


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def value_matches(gold: str, number: Number) -> bool:
    if "-" in gold.strip("-"):
        low, high = (float(x) for x in gold.split("-", 1))
        return (_close(number.low, low) and _close(number.high, high)) or _close(number.value, low)
    value = float(gold)
    return _close(number.value, value) or (
        number.low is not None and _close(number.low, value) and number.hedge is None
    )


def _is_determiner_one(gold: str, text: str) -> bool:
    """An annotated 1 written only as the word "one" in the sentence."""
    return (
        gold.strip() in ("1", "1.0")
        and re.search(r"\bone\b", text, re.IGNORECASE) is not None
        and re.search(r"(?<![\d.,])1(?![\d.,])", text) is None
    )


def _close(a: float | None, b: float) -> bool:
    return a is not None and abs(a - b) <= 1e-6 * max(1.0, abs(b))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="folder with newsquant_dev.json")
    parser.add_argument("--split", choices=("heldout", "tune", "all"), default="all")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args(argv)
    path = args.data / "newsquant_dev.json"
    if not path.exists():
        print(f"skip: no NewsQuant data in {args.data}", file=sys.stderr)
        return 0
    rows = json.loads(path.read_text("utf-8"))
    total = found = unit_right = hedged_total = hedged_right = 0
    ones_total = ones_found = 0
    misses: list[str] = []
    unit_misses: list[str] = []
    hedge_misses: list[str] = []
    for row in rows:
        text = row["text"]
        part = "tune" if zlib.crc32(text.encode()) % 2 == 0 else "heldout"
        if args.split != "all" and part != args.split:
            continue
        try:
            numbers = [
                c for c in extract_claims(Source.from_text(text, id="s")) if isinstance(c, Number)
            ]
        except InputError:
            numbers = []
        for quantity in row["quantities"]:
            if quantity["change"] in ("up", "down"):
                continue  # changes ("rose 5%") are not part of what we extract
            total += 1
            match = next((n for n in numbers if value_matches(quantity["value"], n)), None)
            if _is_determiner_one(quantity["value"], text):
                ones_total += 1
                ones_found += match is not None
            if match is None:
                misses.append(f"{quantity['value']} {quantity['unit']!r} :: {text[:160]}")
                continue
            found += 1
            if head_words(quantity["unit"]) & ours(match.unit) or quantity["unit"] == "-":
                unit_right += 1
            else:
                unit_misses.append(f"{quantity['unit']!r} vs {match.unit!r} :: {text[:160]}")
            if quantity["change"] in ("~", ">", "<"):
                hedged_total += 1
                hedged_right += match.hedge is not None
                if match.hedge is None:
                    hedge_misses.append(f"{quantity['change']}{quantity['value']} :: {text[:160]}")
    print(f"split: {args.split}")
    print(f"annotated quantities (excluding up/down changes): {total}")
    print(f"value found: {found} ({found / max(total, 1):.3f})")
    rest = total - ones_total
    print(
        f"value found without 'one': {found - ones_found}/{rest} "
        f"({(found - ones_found) / max(rest, 1):.3f}; {ones_total} 'one' left out)"
    )
    print(f"unit head right among found: {unit_right} ({unit_right / max(found, 1):.3f})")
    hedge_share = hedged_right / max(hedged_total, 1)
    print(f"hedged (~ > <) found with a hedge: {hedged_right}/{hedged_total} ({hedge_share:.3f})")
    for line in misses[: args.show]:
        print("MISS", line)
    for line in unit_misses[: args.show]:
        print("UNIT", line)
    for line in hedge_misses[: args.show]:
        print("HEDGE", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
