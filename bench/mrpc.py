"""Statement matching as a yes/no paraphrase decision on MRPC, through compare_texts.

    python bench/mrpc.py ../shared/data/mrpc [--split heldout|tune|all] [--matcher semantic]

Each pair goes through `compare.compare_texts` as two one-sentence articles,
exactly as a user would compare them, and counts as "the same statement" when
claimdiff aligns them as statements, or as one quotation (a sentence that is
mostly a quote, '"..., " he said.', is a Quote claim, and the quote matcher is
what pairs two tellings of it: 145 of MRPC's 1,106 paraphrases in the tuning
fifths are aligned as quotes, 74 of them as quotes only). Reports precision,
recall and F1, and the same counting statement alignments only; always
answering "yes" scores F1 0.81.

Pairs are split by a hash of their ids into fifths. The statement model
(bench/fit_statements.py) is fitted on two fifths, TUNING_FIFTHS, besides ECB+
topics; the default split scores the other three, which the fit never sees.
"""

from __future__ import annotations

import argparse
import csv
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path

from compare.align import Options, compare_texts

TUNING_FIFTHS = (0, 1)


def load(path: Path) -> list[tuple[int, str, str, str]]:
    rows = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 5 or not row[0].strip().isdigit():
                continue
            rows.append((int(row[0]), f"{row[1]}-{row[2]}", row[3], row[4]))
    return rows


def fifth(key: str) -> int:
    return zlib.crc32(key.encode()) % 5


def prf(gold: Sequence[int], predicted: Sequence[bool]) -> tuple[float, float, float]:
    tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g and p)
    fp = sum(1 for g, p in zip(gold, predicted, strict=True) if not g and p)
    fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g and not p)
    precision = tp / max(tp + fp, 1)
    recall = tp / max(tp + fn, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return precision, recall, f1


SAME_KINDS = frozenset({"statement", "quote"})


def pipeline_says_same(
    a: str, b: str, options: Options | None = None, kinds: frozenset[str] = SAME_KINDS
) -> bool:
    """The pair as two one-sentence articles through compare_texts, as a user
    would run it: the same statement when any alignment of `kinds` joins them."""
    comparison = compare_texts({"a": a, "b": b}, options)
    return any(x.kind in kinds for x in comparison.alignments)


def aligned_kinds(a: str, b: str, options: Options | None = None) -> frozenset[str]:
    """The kinds of the alignments that join the pair's two one-sentence articles."""
    comparison = compare_texts({"a": a, "b": b}, options)
    return frozenset(str(x.kind) for x in comparison.alignments)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="folder with msr_paraphrase_train.txt")
    parser.add_argument("--split", choices=("heldout", "tune", "all"), default="heldout")
    parser.add_argument(
        "--matcher", action="append", default=[], help="an optional matcher to run (semantic)"
    )
    args = parser.parse_args(argv)
    path = args.data / "msr_paraphrase_train.txt"
    if not path.exists():
        print(f"skip: no MRPC data in {args.data}", file=sys.stderr)
        return 0
    rows = [
        row
        for row in load(path)
        if args.split == "all" or (fifth(row[1]) in TUNING_FIFTHS) == (args.split == "tune")
    ]
    gold = [label for label, _, _, _ in rows]
    options = Options(matchers=tuple(args.matcher))
    aligned = [aligned_kinds(a, b, options) for _, _, a, b in rows]
    print(f"split: {args.split}; pairs: {len(rows)}; paraphrases: {sum(gold)}")
    print(f"matchers: {args.matcher}")
    p, r, f1 = prf(gold, [bool(kinds & SAME_KINDS) for kinds in aligned])
    print(f"compare_texts: precision {p:.3f} recall {r:.3f} F1 {f1:.3f}")
    p, r, f1 = prf(gold, ["statement" in kinds for kinds in aligned])
    print(f"statements only: precision {p:.3f} recall {r:.3f} F1 {f1:.3f}")
    p, r, f1 = prf(gold, [True] * len(gold))
    print(f"always yes: precision {p:.3f} recall {r:.3f} F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
