"""Statement matching as a yes/no paraphrase decision on MRPC.

    python bench/mrpc.py ../shared/data/mrpc [--split heldout|tune|all] [--sweep]
    python bench/mrpc.py ../shared/data/mrpc --fit      # rewrite statement_model.py
    python bench/mrpc.py ../shared/data/mrpc --rotate   # every choice of tuning fifths

Each pair is scored by the default statement matcher (compare/align/statements.py),
with document frequencies taken from all MRPC sentences, and called a paraphrase
when its probability reaches the threshold. Reports precision, recall and F1;
always answering "yes" scores F1 0.81.

Pairs are split by a hash of their ids into fifths. The model's weights and
threshold are fitted on two fifths (the tuning split, as in bench/quotes.py)
and judged on the other three, which the fit never sees. `--rotate` refits on
each of the ten choices of two fifths and scores the rest, to show how much
the figure depends on the split.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import math
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path

from compare.align import statement_model
from compare.align.statements import DEFAULT_THRESHOLD, MODEL, PairModel, StatementScorer, sigmoid

MODEL_FILE = Path(__file__).resolve().parent.parent / "compare" / "align" / "statement_model.py"
TUNING_FIFTHS = (0, 1)
L2 = 3.0  # ridge penalty on standardised weights: the tuning split is small


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


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the Hessian is small)."""
    n = len(vector)
    rows = [[*matrix[r], vector[r]] for r in range(n)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(col + 1, n):
            factor = rows[r][col] / rows[col][col]
            for c in range(col, n + 1):
                rows[r][c] -= factor * rows[col][c]
    solution = [0.0] * n
    for r in range(n - 1, -1, -1):
        total = rows[r][n] - sum(rows[r][c] * solution[c] for c in range(r + 1, n))
        solution[r] = total / rows[r][r]
    return solution


def fit(
    samples: Sequence[dict[str, float]], labels: Sequence[int], names: Sequence[str]
) -> tuple[dict[str, float], float]:
    """L2-regularised logistic regression by Newton's method, on standardised
    features; returns weights and bias for the raw features."""
    k = len(names)
    means = [sum(s[n] for s in samples) / len(samples) for n in names]
    scales = [
        math.sqrt(sum((s[n] - m) ** 2 for s in samples) / len(samples)) or 1.0
        for n, m in zip(names, means, strict=True)
    ]
    rows = [
        [(s[n] - m) / d for n, m, d in zip(names, means, scales, strict=True)] + [1.0]
        for s in samples
    ]
    beta = [0.0] * (k + 1)
    for _ in range(25):
        gradient = [L2 * b for b in beta[:k]] + [0.0]
        hessian = [[L2 if r == c and r < k else 0.0 for c in range(k + 1)] for r in range(k + 1)]
        for x, y in zip(rows, labels, strict=True):
            z = sum(b * v for b, v in zip(beta, x, strict=True))
            p = sigmoid(z)
            w = p * (1 - p)
            for r in range(k + 1):
                gradient[r] += (p - y) * x[r]
                wx = w * x[r]
                hess_row = hessian[r]
                for c in range(r, k + 1):
                    hess_row[c] += wx * x[c]
        for r in range(k + 1):
            for c in range(r):
                hessian[r][c] = hessian[c][r]
        step = _solve(hessian, gradient)
        beta = [b - s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break
    weights = {n: beta[i] / scales[i] for i, n in enumerate(names)}
    bias = beta[k] - sum(beta[i] * means[i] / scales[i] for i in range(k))
    return weights, bias


def best_threshold(gold: Sequence[int], scores: Sequence[float]) -> float:
    grid = [t / 100 for t in range(20, 81)]
    return max(grid, key=lambda t: (prf(gold, [s >= t for s in scores])[2], -abs(t - 0.5)))


def lowest_cover(samples: Sequence[dict[str, float]]) -> float:
    """The 5th percentile of the pairs' smaller word coverage: the model is not
    asked about pairs with less in common than nearly all it was fitted on."""
    covers = sorted(s["min_cover"] for s in samples)
    return covers[len(covers) // 20]


def write_model(
    weights: dict[str, float], bias: float, threshold: float, min_cover: float, pairs: int
) -> None:
    lines = [
        '"""The statement matcher\'s model, fitted on MRPC\'s tuning split.',
        "",
        "Generated by `python bench/mrpc.py ../shared/data/mrpc --fit` from",
        f"{pairs} sentence pairs (fifths {TUNING_FIFTHS} by id hash); do not edit by hand.",
        "A logistic regression over compare/align/pair_features.py; THRESHOLD is",
        "the probability with the best F1 on the same pairs; pairs whose smaller",
        "word coverage is under MIN_COVER (the 5th percentile of those pairs) are",
        "not matched.",
        '"""',
        "",
        f"MIN_COVER = {min_cover:.3f}",
        f"BIAS = {bias:.6f}",
        f"THRESHOLD = {threshold:.2f}",
        "WEIGHTS = {",
        *(f'    "{name}": {weight:.6f},' for name, weight in weights.items()),
        "}",
        "",
    ]
    MODEL_FILE.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="folder with msr_paraphrase_train.txt")
    parser.add_argument("--split", choices=("heldout", "tune", "all"), default="heldout")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--sweep", action="store_true", help="F1 across thresholds")
    parser.add_argument("--fit", action="store_true", help="refit the model on the tuning split")
    parser.add_argument("--rotate", action="store_true", help="refit on every two fifths")
    args = parser.parse_args(argv)
    path = args.data / "msr_paraphrase_train.txt"
    if not path.exists():
        print(f"skip: no MRPC data in {args.data}", file=sys.stderr)
        return 0
    rows = load(path)
    scorer = StatementScorer([s for _, _, a, b in rows for s in (a, b)])
    samples, labels, fifths = [], [], []
    for k, (label, key, _, _) in enumerate(rows):
        features = scorer.features(2 * k, 2 * k + 1)
        if features is not None:
            samples.append(features)
            labels.append(label)
            fifths.append(fifth(key))
    names = list(samples[0])

    if args.fit or args.rotate:
        choices = [TUNING_FIFTHS] if args.fit else list(itertools.combinations(range(5), 2))
        for tuning in choices:
            tune = [i for i, f in enumerate(fifths) if f in tuning]
            rest = [i for i, f in enumerate(fifths) if f not in tuning]
            weights, bias = fit([samples[i] for i in tune], [labels[i] for i in tune], names)
            min_cover = lowest_cover([samples[i] for i in tune])
            model = PairModel(weights, bias, min_cover)
            tune_scores = [model.probability(samples[i]) for i in tune]
            threshold = best_threshold([labels[i] for i in tune], tune_scores)
            held = [model.probability(samples[i]) for i in rest]
            p, r, f1 = prf([labels[i] for i in rest], [s >= threshold for s in held])
            print(f"tuning fifths {tuning}: threshold {threshold:.2f}; held-out "
                  f"precision {p:.3f} recall {r:.3f} F1 {f1:.3f}")  # fmt: skip
            if args.fit:
                write_model(weights, bias, threshold, min_cover, len(tune))
                print(f"wrote {MODEL_FILE}")
        return 0

    missing = set(names) ^ set(statement_model.WEIGHTS)
    if missing:
        print(f"the model does not match the features ({sorted(missing)}): run --fit")
        return 1
    probability = [MODEL.probability(s) for s in samples]
    scored = [
        (labels[i], probability[i])
        for i in range(len(samples))
        if args.split == "all" or (fifths[i] in TUNING_FIFTHS) == (args.split == "tune")
    ]
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
