"""Rebuild compare/align/data/synonyms.txt, antonyms.txt, deed_senses.txt, verb_kinds.txt,
noun_kinds.txt, derivations.txt, payment_kinds.txt, participant_kinds.txt, object_nouns.txt,
place_nouns.txt, group_nouns.txt and compare/extract/data/people_nouns.txt from WordNet 3.0.

    apt-get install wordnet-base      # Debian: the files land in /usr/share/wordnet
    python bench/build_synonyms.py /usr/share/wordnet

Not a benchmark: kept beside them because, like them, it reads data from outside
the project. The table it writes is committed, so users never need WordNet.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from compare.align import (
    antonyms,
    deed_senses,
    derivations,
    noun_kinds,
    object_nouns,
    participant_kinds,
    party_doers,
    payment_kinds,
    people_kinds,
    verb_kinds,
)
from compare.align.synonyms import build

PACKAGE = Path(__file__).resolve().parent.parent / "compare"
DATA = PACKAGE / "align" / "data"
# Each table, where it ships and the builder that writes it from the WordNet folder.
TABLES: tuple[tuple[Path, Callable[[Path], Iterable[str]]], ...] = (
    (DATA / "synonyms.txt", build),
    (DATA / "antonyms.txt", antonyms.build),
    (DATA / "verb_kinds.txt", verb_kinds.build),
    (DATA / "noun_kinds.txt", noun_kinds.build),
    (DATA / "object_nouns.txt", object_nouns.build),
    (DATA / "place_nouns.txt", object_nouns.build_places),
    (DATA / "derivations.txt", derivations.build),
    (DATA / "deed_senses.txt", deed_senses.build),
    (DATA / "payment_kinds.txt", payment_kinds.build),
    (DATA / "participant_kinds.txt", participant_kinds.build),
    (DATA / "group_nouns.txt", party_doers.build),
    # read by the extractor too, so it ships with the lower stage
    (PACKAGE / "extract" / "data" / "people_nouns.txt", people_kinds.build),
)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not (Path(args[0]) / "index.noun").exists():
        print("usage: python bench/build_synonyms.py WORDNET_DICT_DIR (with index.noun)",
              file=sys.stderr)  # fmt: skip
        return 2
    for path, builder in TABLES:
        lines = list(builder(Path(args[0])))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(lines)} lines to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
