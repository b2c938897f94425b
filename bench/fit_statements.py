"""Fit the statement matcher's model (compare/align/statement_model.py).

    pip install scikit-learn      # fit time only (the `fit` extra)
    python bench/fit_statements.py ../shared/data --topics odd [--write]

Training pairs, with features computed exactly as the pipeline computes them:
- ECB+ (topics of one parity): each event folder's articles are loaded and
  their Statement claims extracted as `compare_files` does; every candidate pair
  the matcher would score (StatementScorer.candidates) whose two sentences have
  complete annotation is labelled by bench/ecb_facts.py's gold (same fact);
- MRPC train, fifths (0, 1) by id hash (bench/mrpc.py): each pair as the two
  sentences of a two-article comparison.

A logistic regression (scikit-learn, standardised features, L2) is fitted on
both, ECB+ weighing ECB_SHARE of the total. THRESHOLD is the lowest probability at which
the pipeline's one-to-one grouping of the ECB+ training folders reaches
PRECISION_GOAL (a false match costs a journalist
more than a missed one). Report on the other topics with bench/ecb_facts.py and
on the other MRPC fifths with bench/mrpc.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import attrs

from bench import ecb_facts, mrpc
from compare.align.grouping import group
from compare.align.statements import PairModel, StatementScorer
from compare.extract import Statement, extract_claims
from compare.ingest import load_source

MODEL_FILE = Path(__file__).resolve().parent.parent / "compare" / "align" / "statement_model.py"
PRECISION_GOAL = 0.95  # margin: long, many-topic articles are harder than ECB+ event reports
# ECB+ pairs are the task (same fact across outlets); MRPC adds paraphrase pairs
ECB_SHARE = 0.5
MRPC_FIFTHS = mrpc.TUNING_FIFTHS

Sample = tuple[dict[str, float], int]


@attrs.frozen
class Folder:
    """One ECB+ event folder's statements, as the pipeline extracts them, and
    the candidate pairs the matcher scores, labelled where the gold is known."""

    event: ecb_facts.Event
    statements: list[Statement]
    keys: list[list[ecb_facts.Key]]
    candidates: list[tuple[int, int, dict[str, float], int | None]]


def ecb_folders(root: Path, parity: int) -> list[Folder]:
    folders = []
    for event in ecb_facts.load(root):
        if event.topic % 2 != parity:
            continue
        statements, keys = [], []
        for path in event.paths:
            source = load_source(path)
            for claim in extract_claims(source):
                if isinstance(claim, Statement):
                    statements.append(claim)
                    keys.append(ecb_facts.covered(claim, source))
        scorer = StatementScorer([s.text for s in statements])
        candidates = []
        for i, j in scorer.candidates([s.source for s in statements]):
            features = scorer.features(i, j)
            if features is None:
                continue
            pairs = ecb_facts.line_pairs(keys[i], keys[j])
            known = any(pair <= event.complete for pair in pairs)  # else the gold is unknown
            candidates.append((i, j, features, int(bool(pairs & event.gold)) if known else None))
        folders.append(Folder(event, statements, keys, candidates))
    return folders


def grouped(folders: list[Folder], scores: list[list[float]], threshold: float) -> ecb_facts.Tally:
    """Fact recall and pair precision after the pipeline's one-to-one grouping."""
    tally = ecb_facts.Tally()
    for folder, folder_scores in zip(folders, scores, strict=True):
        pairs = [
            (p, i, j)
            for (i, j, _, _), p in zip(folder.candidates, folder_scores, strict=True)
            if p >= threshold
        ]
        predicted = []
        for idx, _ in group(folder.statements, pairs):
            for x, a in enumerate(idx):
                for b in idx[x + 1 :]:
                    predicted.append(ecb_facts.line_pairs(folder.keys[a], folder.keys[b]))
        tally.add(folder.event, predicted)
    return tally


def mrpc_samples(root: Path) -> list[Sample]:
    samples = []
    for label, key, a, b in mrpc.load(root / "msr_paraphrase_train.txt"):
        if mrpc.fifth(key) in MRPC_FIFTHS:
            features = StatementScorer([a, b]).features(0, 1)
            if features is not None:
                samples.append((features, label))
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="folder with ecbplus/ and mrpc/")
    parser.add_argument("--topics", choices=("odd", "even"), default="odd")
    parser.add_argument("--verbose", action="store_true", help="print the threshold search")
    parser.add_argument("--write", action="store_true", help="rewrite statement_model.py")
    parser.add_argument(
        "--ecb-share", type=float, default=ECB_SHARE, help="ECB+'s share of the weight"
    )
    args = parser.parse_args(argv)
    if not (args.data / "ecbplus" / "mentions.jsonl").exists():
        print(f"skip: no ECB+ data in {args.data}", file=sys.stderr)
        return 0
    try:
        import numpy as np
        from sklearn.linear_model import LogisticRegression
        from sklearn.preprocessing import StandardScaler
    except ImportError:
        print("fit_statements: needs `pip install -e '.[fit]'` (scikit-learn)", file=sys.stderr)
        return 2
    parity = 1 if args.topics == "odd" else 0
    folders = ecb_folders(args.data / "ecbplus", parity)
    ecb = [(f, label) for folder in folders for _, _, f, label in folder.candidates
           if label is not None]  # fmt: skip
    para = mrpc_samples(args.data / "mrpc")
    names = list(ecb[0][0])
    x = np.array([[f[n] for n in names] for f, _ in ecb + para])
    y = np.array([label for _, label in ecb + para])
    weight = np.array(
        [args.ecb_share / len(ecb)] * len(ecb) + [(1 - args.ecb_share) / len(para)] * len(para)
    ) * len(y)
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=1.0, max_iter=2000)
    model.fit(scaler.transform(x), y, sample_weight=weight)
    coef = model.coef_[0] / scaler.scale_
    bias = float(model.intercept_[0] - (coef * scaler.mean_).sum())
    weights = {n: float(c) for n, c in zip(names, coef, strict=True)}
    # the model is not asked about pairs with less in common than nearly every
    # same-fact pair it was fitted on (it never saw pairs sharing nothing)
    min_cover = float(np.percentile([f["min_cover"] for f, label in ecb + para if label], 2))

    shipped = PairModel(weights, bias, min_cover)  # what the pipeline will compute

    def probability(rows: list[dict[str, float]]) -> list[float]:
        return [shipped.probability(f) for f in rows]

    scores = [probability([f for _, _, f, _ in folder.candidates]) for folder in folders]
    threshold = 0.99
    for t in [k / 100 for k in range(10, 100)]:
        tally = grouped(folders, scores, t)
        if args.verbose:
            print(f"  threshold {t:.2f}: {tally.line()}")
        if tally.right / max(tally.judged, 1) >= PRECISION_GOAL:
            threshold = t
            break
    print(f"ECB+ {args.topics} topics: {len(ecb)} labelled candidate pairs, "
          f"{sum(label for _, label in ecb)} same-fact; threshold {threshold:.2f}: "
          f"{grouped(folders, scores, threshold).line()}")  # fmt: skip
    para_scores = probability([f for f, _ in para])
    p, r, f1 = mrpc.prf([label for _, label in para], [s >= threshold for s in para_scores])
    print(f"MRPC fifths {MRPC_FIFTHS}: {len(para)} pairs; precision {p:.3f} recall {r:.3f} "
          f"F1 {f1:.3f}")  # fmt: skip
    if args.write:
        write_model(weights, bias, threshold, min_cover, args.topics, len(ecb), len(para))
        print(f"wrote {MODEL_FILE}")
    return 0


def write_model(
    weights: dict[str, float],
    bias: float,
    threshold: float,
    min_cover: float,
    topics: str,
    ecb: int,
    para: int,
) -> None:
    lines = [
        '"""The statement matcher\'s model: fitted same-fact pairs (cross-outlet news).',
        "",
        f"Generated by `python bench/fit_statements.py ../shared/data --topics {topics} --write`",
        f"from {ecb} ECB+ candidate pairs ({topics} topics) and {para} MRPC pairs",
        f"(fifths {MRPC_FIFTHS} by id hash); do not edit by hand. A logistic regression",
        "(scikit-learn) over the features of compare/align/pair_features.py, by name;",
        "THRESHOLD is the lowest probability where the one-to-one grouping of the",
        f"ECB+ folders reaches pair precision {PRECISION_GOAL}.",
        "MIN_COVER (the 2nd percentile of the same-fact pairs' smaller word coverage):",
        "pairs with less in common are not scored.",
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


if __name__ == "__main__":
    sys.exit(main())
