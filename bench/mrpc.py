"""Statement matching as a yes/no paraphrase decision on MRPC.

    python bench/mrpc.py ../shared/data/mrpc [--split heldout|tune|all] [--sweep]

Each pair is scored by the default lexical matcher (compare/align/statements.py),
with document frequencies taken from all MRPC sentences, and called a paraphrase
when the score reaches the threshold. Reports precision, recall and F1; always
answering "yes" scores F1 0.81. Pairs are split by id hash into a tuning fifth
and a held-out rest.
"""

from __future__ import annotations

import argparse
import csv
import sys
import zlib
from pathlib import Path

from compare.align.statements import DEFAULT_THRESHOLD, StatementScorer


def load(path: Path) -> list[tuple[int, str, str, str]]:
    rows = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 5 or not row[0].strip().isdigit():
                continue
            rows.append((int(row[0]), f"{row[1]}-{row[2]}", row[3], row[4]))
    return rows


def prf(gold: list[int], predicted: list[bool]) -> tuple[float, float, float]:
    tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g and p)
    fp = sum(1 for g, p in zip(gold, predicted, strict=True) if not g and p)
    fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g and not p)
    precision = tp / max(tp + fp, 1)
    recall = tp / max(tp + fn, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return precision, recall, f1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="folder with msr_paraphrase_train.txt")
    parser.add_argument("--split", choices=("heldout", "tune", "all"), default="heldout")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--sweep", action="store_true", help="F1 across thresholds")
    args = parser.parse_args(argv)
    path = args.data / "msr_paraphrase_train.txt"
    if not path.exists():
        print(f"skip: no MRPC data in {args.data}", file=sys.stderr)
        return 0
    rows = load(path)
    sentences = [s for _, _, a, b in rows for s in (a, b)]
    scorer = StatementScorer(sentences)
    scored = []
    for k, (label, key, a, b) in enumerate(rows):
        part = "tune" if zlib.crc32(key.encode()) % 5 == 0 else "heldout"
        if args.split == "all" or part == args.split:
            scored.append((label, scorer.score(2 * k, 2 * k + 1, a, b)))
    gold = [label for label, _ in scored]
    print(f"split: {args.split}; pairs: {len(scored)}; paraphrases: {sum(gold)}")
    thresholds = [t / 100 for t in range(20, 80, 2)] if args.sweep else [args.threshold]
    for threshold in thresholds:
        p, r, f1 = prf(gold, [score >= threshold for _, score in scored])
        print(f"threshold {threshold:.2f}: precision {p:.3f} recall {r:.3f} F1 {f1:.3f}")
    p, r, f1 = prf(gold, [True] * len(gold))
    print(f"always yes: precision {p:.3f} recall {r:.3f} F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
