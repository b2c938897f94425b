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

`--why` adds where each pair's answer comes from (Outcome): which matcher
aligned it, or why nothing did. The F1 is still what compare_texts answers;
the breakdown re-reads the pair with the word model's own scorer.

Pairs are split by a hash of their ids into fifths. The statement model
(bench/fit_statements.py) is fitted on two fifths, TUNING_FIFTHS, besides ECB+
topics; the default split scores the other three, which the fit never sees.
"""

from __future__ import annotations

import argparse
import csv
import sys
import zlib
from collections import Counter
from collections.abc import Sequence
from enum import Enum
from pathlib import Path

from compare.align import Comparison, Options, compare_texts
from compare.align.statements import CANDIDATE_INFORMATION, StatementScorer
from compare.extract import Quote, Statement

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


class Outcome(str, Enum):
    """Where a pair's answer comes from."""

    MODEL = "aligned by the word model (a candidate scoring past the threshold)"
    OTHER_MATCHER = "aligned by another statement matcher or as a loose pair"
    QUOTE = "aligned as one quotation"
    QUOTE_AS_STATEMENT = "aligned: a quotation on one side, told as a statement on the other"
    QUOTE_BESIDE_STATEMENT = "apart: a quotation on one side, a statement on the other"
    NO_STATEMENT = "apart: no statement on one side"
    THIN = "apart: sharing too little to be a candidate"
    UNDER_THRESHOLD = "apart: a candidate the word model scores under the threshold"
    KEPT_APART = "apart: scored past the threshold, kept apart (quotes differ, unpaired)"


def outcome(comparison: Comparison, threshold: float) -> Outcome:
    """Why a pair of one-sentence articles is aligned or not (see Outcome)."""
    kinds = {str(x.kind) for x in comparison.alignments}
    claims = [m for x in comparison.alignments for m in x.members]
    claims += [u.claim for u in comparison.unique]
    statements = {c.source: c for c in claims if isinstance(c, Statement)}
    if any({type(m) for m in x.members} == {Quote, Statement} for x in comparison.alignments):
        return Outcome.QUOTE_AS_STATEMENT
    if "statement" not in kinds and "quote" in kinds:
        return Outcome.QUOTE
    if len(statements) < 2:
        quoted = any(isinstance(c, Quote) for c in claims)
        if "statement" in kinds:
            return Outcome.OTHER_MATCHER
        return Outcome.QUOTE_BESIDE_STATEMENT if quoted else Outcome.NO_STATEMENT
    pair = [statements[s] for s in sorted(statements)][:2]
    scorer = StatementScorer([c.text for c in pair])
    shared = scorer.shared_information([c.source for c in pair]).get((0, 1), 0.0)
    by_model = shared >= CANDIDATE_INFORMATION and scorer.score(0, 1) >= threshold
    if "statement" in kinds:
        return Outcome.MODEL if by_model else Outcome.OTHER_MATCHER
    if shared < CANDIDATE_INFORMATION:
        return Outcome.THIN
    return Outcome.KEPT_APART if by_model else Outcome.UNDER_THRESHOLD


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="folder with msr_paraphrase_train.txt")
    parser.add_argument("--split", choices=("heldout", "tune", "all"), default="heldout")
    parser.add_argument(
        "--matcher", action="append", default=[], help="an optional matcher to run (semantic)"
    )
    parser.add_argument("--why", action="store_true", help="where each answer comes from")
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
    comparisons = [compare_texts({"a": a, "b": b}, options) for _, _, a, b in rows]
    aligned = [frozenset(str(x.kind) for x in c.alignments) for c in comparisons]
    print(f"split: {args.split}; pairs: {len(rows)}; paraphrases: {sum(gold)}")
    print(f"matchers: {args.matcher}")
    p, r, f1 = prf(gold, [bool(kinds & SAME_KINDS) for kinds in aligned])
    print(f"compare_texts: precision {p:.3f} recall {r:.3f} F1 {f1:.3f}")
    p, r, f1 = prf(gold, ["statement" in kinds for kinds in aligned])
    print(f"statements only: precision {p:.3f} recall {r:.3f} F1 {f1:.3f}")
    p, r, f1 = prf(gold, [True] * len(gold))
    print(f"always yes: precision {p:.3f} recall {r:.3f} F1 {f1:.3f}")
    if args.why:
        tally = Counter(
            (outcome(c, options.statement_threshold), label)
            for c, label in zip(comparisons, gold, strict=True)
        )
        print("paraphrases  others  outcome")
        for kind in Outcome:
            print(f"{tally[(kind, 1)]:11d}  {tally[(kind, 0)]:6d}  {kind.value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
