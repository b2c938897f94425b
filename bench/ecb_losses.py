"""Where ECB+ fact recall is lost: each gold fact (a sentence and another article
where it has a gold partner, as bench/ecb_facts.py counts them) by the furthest
step any of its gold pairs reached in the statement matcher.

    python -m bench.ecb_losses ../shared/data/ecbplus [--report odd|even|all]

Steps, furthest first: found (aligned in the comparison); tight, loose or wide
pair lost in grouping (the pair was made, but the one-to-one grouping gave a
claim to another pair, or complete linkage kept it out); unpaired (a loose pair
unpair.unpairs dropped, with its reason); a wide candidate (wide_statements) left
out by a rule or its place taken; scored below the threshold and not loose;
thin (one uncommon word shared, not each other's closest); never a
candidate (no uncommon word shared); no statement claim on one side.
Run on the topics rules are read on (odd), never to report a figure.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from bench.ecb_facts import Event, Key, chosen, covered, gold_partners, load, statement_line_pairs
from compare import pipeline
from compare.align import Options, align, registry
from compare.align.loose_statements import left_out, wide_pairs
from compare.align.sentence_claims import SentenceClaims
from compare.align.statements import (
    CANDIDATE_INFORMATION,
    THIN_INFORMATION,
    StatementScorer,
    cosine,
    graded_statement_pairs,
)
from compare.align.unpair import unpairs
from compare.extract.claims import Kind


def losses(event: Event, steps: Counter[str], cosines: dict[str, list[float]]) -> None:
    sources = pipeline.load(event.paths)
    claims = pipeline.extract(sources)
    comparison = align(sources, claims, Options())
    found_lines = set().union(set(), *statement_line_pairs(comparison))
    every = [c for per in claims for c in per]
    sentences = SentenceClaims.index(every)
    statements, _ = registry.kinds()[Kind.STATEMENT].distinct(
        [c for c in every if c.kind == Kind.STATEMENT]
    )
    by_id = {s.id: s for s in sources}
    lines = [covered(s, by_id[s.source]) for s in statements]
    of_line: dict[Key, list[int]] = defaultdict(list)
    for i, keys in enumerate(lines):
        for key in keys:
            of_line[key].append(i)
    texts = [s.text for s in statements]
    srcs = [s.source for s in statements]
    graded = graded_statement_pairs(texts, srcs, Options().statement_threshold)
    tight = {(min(i, j), max(i, j)) for _, i, j in graded.tight}
    loose = {(min(i, j), max(i, j)) for _, i, j in graded.loose}
    kept_loose = [
        p for p in graded.loose if not unpairs(statements[p[1]], statements[p[2]], sentences)
    ]
    wide = {(i, j) for _, i, j in graded.wide}
    kept_wide = {(i, j) for _, i, j in wide_pairs(statements, graded, kept_loose, sentences)}
    scorer = StatementScorer(texts)
    shared = scorer.shared_information(srcs)
    for (key, _), gold in gold_partners(event).items():
        if any(frozenset((key, g)) in found_lines for g in gold):
            steps["found"] += 1
            continue
        pairs = {
            (min(i, j), max(i, j)) for g in gold for i in of_line.get(key, []) for j in of_line[g]
        }
        if not pairs:
            steps["no statement claim"] += 1
            continue
        best = max(cosine(scorer.vector(i), scorer.vector(j)) for i, j in pairs)
        if pairs & tight:
            step = "tight pair lost in grouping"
        elif pairs & loose:
            reasons = {unpairs(statements[i], statements[j], sentences) for i, j in pairs & loose}
            step = "loose pair lost in grouping" if "" in reasons else f"unpaired: {min(reasons)}"
        elif pairs & kept_wide:
            step = "wide pair lost in grouping"
        elif pairs & wide:
            assert graded.scorer is not None
            why = {left_out(statements, graded.scorer, i, j) for i, j in pairs & wide}
            step = "wide candidate's place taken" if "" in why else f"wide: {min(why)}"
        elif any(shared.get(p, 0.0) >= CANDIDATE_INFORMATION for p in pairs):
            step = "candidate below threshold"
        elif any(shared.get(p, 0.0) >= THIN_INFORMATION for p in pairs):
            step = "thin, not loose"
        else:
            step = "never a candidate"
        steps[step] += 1
        cosines[step].append(best)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--report", choices=("even", "odd", "all"), default="odd")
    args = parser.parse_args(argv)
    if not (args.data / "mentions.jsonl").exists():
        print(f"skip: no ECB+ data in {args.data}", file=sys.stderr)
        return 0
    steps: Counter[str] = Counter()
    cosines: dict[str, list[float]] = defaultdict(list)
    for event in chosen(load(args.data), args.report):
        losses(event, steps, cosines)
    total = sum(steps.values())
    print(f"topics: {args.report}; gold facts: {total}")
    for step, n in steps.most_common():
        values = sorted(cosines.get(step, []))
        median = f"; median weighted cosine {values[len(values) // 2]:.2f}" if values else ""
        print(f"{step}: {n} ({n / max(total, 1):.1%}){median}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
