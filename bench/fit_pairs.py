"""Fit the fitted pair proposer (compare/align/fitted_pair_model.py) on contradiction
read sets, and say what it proposes on sets it was not fitted on.

    pip install scikit-learn      # fit time only (the `fit` extra)
    python bench/fit_pairs.py bench/contradictions bench/contradictions_fresh ... \
        [--folds 3] [--write]

Each set's article pairs are compared as the pipeline reads them (load, extract);
every pair of body sentences of the two articles at least fitted_pairs.CHEAP_FLOOR
alike is a row, with the features the pipeline computes (fitted_pairs.pair_table).
Labels from the keys: a conflict's or an agreement's two sentences tell one fact
(1); a trap's two sentences, and every other pair, do not (0). The other pairs
are a noisy 0 (two articles on one story share facts nobody keyed), which makes
the model cautious, as it should be.

Sets are split into folds (by the set, never by the pair): each fold is scored by
a model fitted on the others, and per section (conflicts, agreements, traps) the
script prints which share of the keyed pairs the current stage proposes (any
statement matcher, as bench/pairing_cover.py asks) and which the fitted proposer
(mutual best by the fitted probability, at least FLOOR) proposes, on sets the
model did not see. With --write the model fitted on every set given is written.

Never give it a hold-out, validation or test set: it prints keyed sentences
nowhere, but a model fitted on a set has read it.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import attrs

from bench.contradictions import Item, load_pairs
from bench.pairing_cover import statement_proposals
from compare.align import fitted_pairs
from compare.align.sentence_claims import SentenceClaims
from compare.extract.claims import Kind
from compare.pipeline import extract, load

MODEL_FILE = Path(__file__).resolve().parent.parent / "compare" / "align" / "fitted_pair_model.py"
# Sets a model must never read (hold-out, validation, test). fresh31 is stop 43's
# hold-out (stop 42's, fresh34, is a read set since).
FORBIDDEN = frozenset(
    {
        "contradictions_fresh31",
        "contradictions_fresh35",
        "contradictions_fresh36",
        "contradictions_fresh37",
        "contradictions_fresh38",
    }
)
FLOORS = (0.2, 0.3, 0.4, 0.5, 0.6)


@attrs.frozen
class PairRows:
    """One article pair's scored sentence pairs and what the keys say of them."""

    set_name: str
    name: str
    sources: tuple[str, str]
    rows: tuple[fitted_pairs.SentenceRow, ...]
    table: tuple[fitted_pairs.ScoredPair, ...]
    labels: dict[tuple[int, int], str]  # (row a, row b) -> conflicts / agreements / traps
    missed: tuple[str, ...]  # sections of keyed items whose pair is not in the table
    proposed: frozenset[tuple[int, int]]  # row pairs a statement matcher proposes now


def read_pair(set_name: str, name: str, a: Path, b: Path, items: Sequence[Item]) -> PairRows:
    sources = load([a, b])
    claims = extract(sources)
    every = [c for per_source in claims for c in per_source]
    statements = [c for c in every if c.kind == Kind.STATEMENT]
    index = SentenceClaims.index(every)
    rows = fitted_pairs.sentence_rows(statements, index)
    table = fitted_pairs.pair_table(rows)
    texts = {s.id: s.text for s in sources}
    first, second = sources[0].id, sources[1].id

    def clean(row: fitted_pairs.SentenceRow) -> str:
        claim = statements[row.statement]
        return texts[claim.source][claim.sentence_start : claim.sentence_end]

    by_sentence = {
        (statements[r.statement].source, statements[r.statement].sentence_start): k
        for k, r in enumerate(rows)
    }
    proposed = set()
    for x, y in statement_proposals(statements, index):
        kx = by_sentence.get((statements[x].source, statements[x].sentence_start))
        ky = by_sentence.get((statements[y].source, statements[y].sentence_start))
        if kx is not None and ky is not None:
            proposed.add((min(kx, ky), max(kx, ky)))
    in_table = {(p.a, p.b) for p in table}
    labels: dict[tuple[int, int], str] = {}
    missed = []
    for item in items:
        side_a = [k for k, r in enumerate(rows) if r.source == first and item.a in clean(r)]
        side_b = [k for k, r in enumerate(rows) if r.source == second and item.b in clean(r)]
        if not side_a or not side_b:
            missed.append(item.section + ":no-sentence")
            continue
        key = (min(side_a[0], side_b[0]), max(side_a[0], side_b[0]))
        if key not in in_table:
            missed.append(item.section)
        # a sentence pair holding a conflict or agreement tells one fact even if a trap
        # shares it
        if labels.get(key) in ("conflicts", "agreements"):
            continue
        labels[key] = item.section
    return PairRows(
        set_name,
        name,
        (first, second),
        tuple(rows),
        tuple(table),
        labels,
        tuple(missed),
        frozenset(proposed),
    )


def read_sets(roots: Sequence[Path], cache: Path | None) -> list[PairRows]:
    """The rows of every set given: those the cache holds from it, the others read
    (and added to the cache)."""
    known: list[PairRows] = []
    if cache is not None and cache.exists():
        with cache.open("rb") as f:
            known = pickle.load(f)
    cached = {p.set_name for p in known}
    found = [p for p in known if p.set_name in {r.resolve().name for r in roots}]
    fresh = []
    for root in roots:
        if root.resolve().name in cached:
            continue
        for pair in load_pairs(root):
            fresh.append(read_pair(root.resolve().name, pair.name, pair.a, pair.b, pair.items))
        print(f"read {root.name}", file=sys.stderr)
    if cache is not None and fresh:
        with cache.open("wb") as f:
            pickle.dump(known + fresh, f)
    return found + fresh


def matrix(
    pairs: Sequence[PairRows], features: Sequence[str]
) -> tuple[list[list[float]], list[int]]:
    x, y = [], []
    for pair in pairs:
        for p in pair.table:
            x.append([p.features.get(f, 0.0) for f in features])
            y.append(int(pair.labels.get((p.a, p.b)) in ("conflicts", "agreements")))
    return x, y


@attrs.frozen
class Fitted:
    features: tuple[str, ...]
    bias: float
    weights: dict[str, float]
    scaling: dict[str, tuple[float, float]]


def fit(pairs: Sequence[PairRows], c: float, drop: frozenset[str] = frozenset()) -> Fitted:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    features = tuple(f for f in sorted(pairs[0].table[0].features) if f not in drop)
    x, y = matrix(pairs, features)
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    model.fit(scaler.transform(x), y)
    scaling = {
        f: (float(m), float(s) or 1.0)
        for f, m, s in zip(features, scaler.mean_, scaler.scale_, strict=True)
    }
    weights = {f: float(w) for f, w in zip(features, model.coef_[0], strict=True)}
    return Fitted(features, float(model.intercept_[0]), weights, scaling)


def proposals(pair: PairRows, fitted: Fitted, floor: float) -> set[tuple[int, int]]:
    """Row pairs the fitted proposer offers, with `fitted` in place of the shipped model."""
    from compare.align import fitted_pair_model as m

    saved = (m.BIAS, m.WEIGHTS, m.SCALING)
    m.BIAS, m.WEIGHTS, m.SCALING = fitted.bias, fitted.weights, fitted.scaling
    try:
        return {(x, y) for _, x, y in fitted_pairs.mutual_fitted(pair.rows, pair.table, floor)}
    finally:
        m.BIAS, m.WEIGHTS, m.SCALING = saved


def cosine_mutual(pair: PairRows, floor: float = 0.2) -> set[tuple[int, int]]:
    return {
        (p.a, p.b)
        for p in pair.table
        if p.features["rank_a"] == 1.0
        and p.features["rank_b"] == 1.0
        and p.features["cosine"] >= floor
    }


def report(title: str, pairs: Sequence[PairRows], offered: dict[str, set[tuple[int, int]]]) -> None:
    """Per section: keyed pairs proposed today, cosine mutual-best, fitted, and new."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for pair in pairs:
        fit_set = offered[pair.set_name + "/" + pair.name]
        for section in ("conflicts", "agreements", "traps"):
            keyed = [k for k, s in pair.labels.items() if s == section]
            c = counts[section]
            c["n"] += len(keyed) + sum(
                m.startswith(section) and m.endswith("sentence") for m in pair.missed
            )
            c["today"] += sum(k in pair.proposed for k in keyed)
            c["cos_mutual"] += sum(k in cosine_mutual(pair) for k in keyed)
            c["fitted"] += sum(k in fit_set for k in keyed)
            c["new"] += sum(k in fit_set and k not in pair.proposed for k in keyed)
        unkeyed = [k for k in fit_set if k not in pair.labels]
        counts["other pairs"]["fitted"] += len(unkeyed)
        counts["other pairs"]["new"] += sum(k not in pair.proposed for k in unkeyed)
        counts["other pairs"]["today"] += sum(k not in pair.labels for k in pair.proposed)
    print(f"\n{title}")
    print(f"{'':<14}{'n':>6}{'today':>7}{'cos-mb':>8}{'fitted':>8}{'new':>6}")
    for section, c in counts.items():
        print(
            f"{section:<14}{c['n']:>6}{c['today']:>7}{c['cos_mutual']:>8}{c['fitted']:>8}{c['new']:>6}"
        )


def write(fitted: Fitted, floor: float, described: str) -> None:
    lines = [
        '"""The fitted pair proposer\'s model (fitted_pairs.py).',
        "",
        "Generated by `python -m bench.fit_pairs SETS --write`; do not edit by hand.",
        f"Fitted on {described}.",
        "A logistic regression (scikit-learn, standardised features, L2, balanced",
        "classes) over fitted_pairs.pair_table's features: keyed conflicts and",
        "agreements of the read sets against traps and every other sentence pair.",
        'FLOOR is the lowest probability of a proposed mutual-best pair."""',
        "",
        "ALIGNED = (",
        *[f'    "{name}",' for name in _aligned()],
        ")",
        f"FLOOR = {floor}",
        f"BIAS = {fitted.bias:.6f}",
        "WEIGHTS: dict[str, float] = {",
        *[f'    "{f}": {w:.6f},' for f, w in fitted.weights.items()],
        "}",
        "SCALING: dict[str, tuple[float, float]] = {",
        *[f'    "{f}": ({m:.6f}, {s:.6f}),' for f, (m, s) in fitted.scaling.items()],
        "}",
        "",
    ]
    MODEL_FILE.write_text("\n".join(lines), "utf-8")


def _described(roots: Sequence[Path]) -> str:
    return f"{len(roots)} read sets, {roots[0].name} to {roots[-1].name}"


def _aligned() -> tuple[str, ...]:
    from compare.align import fitted_pair_model

    return fitted_pair_model.ALIGNED


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("roots", nargs="+", type=Path)
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--c", type=float, default=0.1)
    parser.add_argument("--floor", type=float, default=0.5)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--drop", default="", help="features left out, comma-separated")
    args = parser.parse_args(argv)
    bad = [r for r in args.roots if r.resolve().name in FORBIDDEN]
    if bad:
        print(f"error: {bad[0]} is held out: never fitted on", file=sys.stderr)
        return 2
    pairs = read_sets(args.roots, args.cache)
    drop = frozenset(f for f in args.drop.split(",") if f)
    set_names = sorted({p.set_name for p in pairs})
    in_table = sum(len(p.labels) for p in pairs)
    print(f"{len(pairs)} article pairs, {sum(len(p.table) for p in pairs)} scored sentence pairs")
    print(
        "keyed pairs under the cheap floor:",
        {
            s: sum(m == s for p in pairs for m in p.missed)
            for s in ("conflicts", "agreements", "traps")
        },
        "of",
        in_table,
    )
    for floor in (args.floor,) if args.write else FLOORS:
        offered: dict[str, set[tuple[int, int]]] = {}
        for fold in range(args.folds):
            held = {s for k, s in enumerate(set_names) if k % args.folds == fold}
            fitted = fit([p for p in pairs if p.set_name not in held], args.c, drop)
            for p in pairs:
                if p.set_name in held:
                    offered[p.set_name + "/" + p.name] = proposals(p, fitted, floor)
        report(f"floor {floor}: sets not fitted on ({args.folds} folds by set)", pairs, offered)
    if args.write:
        fitted = fit(pairs, args.c, drop)
        offered = {p.set_name + "/" + p.name: proposals(p, fitted, args.floor) for p in pairs}
        report(f"floor {args.floor}: fitted on every set (read sets, in sample)", pairs, offered)
        write(
            fitted,
            args.floor,
            _described(args.roots) + f" (--c {args.c} --floor {args.floor})",
        )
        for f, w in sorted(fitted.weights.items(), key=lambda t: -abs(t[1])):
            print(f"  {f:<26}{w:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
