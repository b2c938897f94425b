"""Rebuild compare/align/data/opposites.txt from WordNet 3.0's direct antonyms.

    apt-get install wordnet-base      # Debian: the files land in /usr/share/wordnet
    python bench/build_opposites.py /usr/share/wordnet

Not a benchmark: kept beside bench/build_synonyms.py because, like it, it reads
data from outside the project. The table it writes is committed, so users never
need WordNet. Only verbs and adjectives, only single words, and only antonyms
between senses among each word's two commonest: rarer senses make opposites of
words that are not ("fire" / "hire" holds, "fire" / "misfire" would not).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "compare" / "align" / "data" / "opposites.txt"
SENSES_KEPT = 2
_PARTS = {"verb": "v", "adj": "a"}


def common_senses(index: Path) -> dict[str, set[str]]:
    """Lemma → offsets of its commonest senses."""
    senses: dict[str, set[str]] = {}
    for line in index.read_text("latin-1").splitlines():
        if line.startswith(" "):
            continue  # licence header
        fields = line.split()
        pointers = int(fields[3])
        offsets = fields[4 + pointers + 2 :]
        senses[fields[0]] = set(offsets[:SENSES_KEPT])
    return senses


def antonyms(data: Path, senses: dict[str, set[str]]) -> Iterator[tuple[str, str]]:
    """(word, antonym) pairs from the '!' pointers of one data file."""
    words_at: dict[str, list[str]] = {}
    pointers: list[tuple[str, int, str, int]] = []
    for line in data.read_text("latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        offset, count = fields[0], int(fields[3], 16)
        words = [fields[4 + 2 * k].split("(")[0].lower() for k in range(count)]
        words_at[offset] = words
        at = 4 + 2 * count
        for k in range(int(fields[at])):
            symbol, target, _, which = fields[at + 1 + 4 * k : at + 5 + 4 * k]
            if symbol == "!":
                pointers.append((offset, int(which[:2], 16), target, int(which[2:], 16)))
    for offset, source, target, goal in pointers:
        if target not in words_at or not source or not goal:
            continue
        word, other = words_at[offset][source - 1], words_at[target][goal - 1]
        if "_" in word or "_" in other or "-" in word or "-" in other:
            continue
        if offset in senses.get(word, set()) and target in senses.get(other, set()):
            yield word, other


def build(wordnet_dir: Path) -> Iterator[str]:
    yield "# Direct antonyms from Princeton WordNet 3.0 (see WORDNET-LICENSE beside this file)."
    yield "# Built by: python bench/build_opposites.py WORDNET_DICT_DIR"
    yield "# '<part> <word> <opposite>': single words, between their two commonest senses."
    lines = set()
    for name, part in _PARTS.items():
        senses = common_senses(wordnet_dir / f"index.{name}")
        for word, other in antonyms(wordnet_dir / f"data.{name}", senses):
            lines.add(f"{part} {min(word, other)} {max(word, other)}")
    yield from sorted(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not (Path(args[0]) / "data.verb").exists():
        print("usage: python bench/build_opposites.py WORDNET_DICT_DIR (with data.verb)",
              file=sys.stderr)  # fmt: skip
        return 2
    lines = list(build(Path(args[0])))
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} lines to {TABLE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
