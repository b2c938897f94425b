"""Rebuild compare/align/data/synonyms.txt, antonyms.txt, verb_kinds.txt, derivations.txt
and people_nouns.txt from WordNet 3.0.

    apt-get install wordnet-base      # Debian: the files land in /usr/share/wordnet
    python bench/build_synonyms.py /usr/share/wordnet

Not a benchmark: kept beside them because, like them, it reads data from outside
the project. The table it writes is committed, so users never need WordNet.
"""

from __future__ import annotations

import sys
from pathlib import Path

from compare.align import antonyms, derivations, people_counts, people_kinds, verb_kinds
from compare.align.synonyms import build

DATA = Path(__file__).resolve().parent.parent / "compare" / "align" / "data"
TABLE = DATA / "synonyms.txt"
ANTONYMS = DATA / "antonyms.txt"
KINDS = DATA / "verb_kinds.txt"
DERIVATIONS = DATA / "derivations.txt"
PEOPLE = DATA / "people_nouns.txt"
PEOPLE_KINDS = DATA / "people_kinds.txt"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not (Path(args[0]) / "index.noun").exists():
        print("usage: python bench/build_synonyms.py WORDNET_DICT_DIR (with index.noun)",
              file=sys.stderr)  # fmt: skip
        return 2
    lines = list(build(Path(args[0])))
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} lines to {TABLE}")
    lines = list(antonyms.build(Path(args[0])))
    ANTONYMS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} lines to {ANTONYMS}")
    lines = list(verb_kinds.build(Path(args[0])))
    KINDS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} lines to {KINDS}")
    lines = list(derivations.build(Path(args[0])))
    DERIVATIONS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} lines to {DERIVATIONS}")
    lines = list(people_counts.build(Path(args[0])))
    PEOPLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} lines to {PEOPLE}")
    lines = list(people_kinds.build(Path(args[0])))
    PEOPLE_KINDS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} lines to {PEOPLE_KINDS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
