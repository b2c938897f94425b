"""Rebuild compare/align/data/wordfreq-en.txt from the wordfreq package.

    pip install wordfreq       # only here: the table it writes is committed
    python bench/build_wordfreq.py

Not a benchmark: kept beside them because, like them, it reads data from outside
the project. Word forms are merged by the matcher's stem (words.stem): a stem's
frequency is the sum of its forms'. Stems under MIN_ZIPF are left out (the
matcher treats them as rarer than anything listed).
"""

from __future__ import annotations

import math
import sys
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

from compare.align.words import stem, words

TABLE = Path(__file__).resolve().parent.parent / "compare" / "align" / "data" / "wordfreq-en.txt"
MIN_ZIPF = 2.5


def main(argv: list[str] | None = None) -> int:
    try:
        import wordfreq
    except ImportError:
        print("build_wordfreq: needs `pip install wordfreq`", file=sys.stderr)
        return 2
    frequency: dict[str, float] = defaultdict(float)
    for word, value in wordfreq.get_frequency_dict("en", wordlist="large").items():
        tokens = words(word)
        if len(tokens) == 1 and tokens[0] == word.lower():
            frequency[stem(tokens[0])] += value
    buckets: dict[int, list[str]] = defaultdict(list)
    for key, value in frequency.items():
        tenths = round(10 * math.log10(value * 1e9))
        if tenths >= 10 * MIN_ZIPF:
            buckets[tenths].append(key)
    lines = [
        f"# English word frequencies from wordfreq {version('wordfreq')} (Robyn Speer et al.),",
        "# https://github.com/rspeer/wordfreq; CC BY-SA 4.0: see WORDFREQ-LICENSE beside it.",
        "# Built by: python bench/build_wordfreq.py. Each line: a Zipf frequency in tenths",
        "# (log10 occurrences per billion words, times 10), then every stem that has it;",
        "# a stem's frequency is the sum of the word forms that words.stem maps to it.",
    ]
    lines += [f"{t} {' '.join(sorted(buckets[t]))}" for t in sorted(buckets, reverse=True)]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {sum(map(len, buckets.values()))} stems to {TABLE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
