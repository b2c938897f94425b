"""Choose the semantic matcher's cosine threshold on ECB+ odd topics only.

    python -m bench.semantic_tune ../shared/data/ecbplus [--report odd]

Each event folder is read and its claims extracted once, then aligned by the
public `align` with the lexical matchers alone and with `--matcher semantic`
at each threshold; fact recall and pair precision as in bench/ecb_facts.py.
The threshold shipped in compare/semantic/matcher.py is picked here on odd
topics; bench/ecb_facts.py --report even --matcher semantic reports it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench.ecb_facts import Tally, chosen, load, statement_line_pairs
from compare import pipeline
from compare.align import Options, align
from compare.semantic import matcher

THRESHOLDS = (0.60, 0.65, 0.70, 0.75, 0.80)
MODES = (True, False)  # mutual nearest neighbours only, or every pair over the threshold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="the ecbplus folder")
    parser.add_argument("--report", choices=("even", "odd", "all"), default="odd")
    args = parser.parse_args(argv)
    if not (args.data / "mentions.jsonl").exists():
        print(f"skip: no ECB+ data in {args.data}", file=sys.stderr)
        return 0
    lexical = Tally()
    semantic = {(m, t): Tally() for m in MODES for t in THRESHOLDS}
    default = matcher.THRESHOLD, matcher.MUTUAL
    for event in chosen(load(args.data), args.report):
        sources = pipeline.load(event.paths)
        claims = pipeline.extract(sources)
        lexical.add(event, statement_line_pairs(align(sources, claims, Options())))
        for (mutual, threshold), tally in semantic.items():
            matcher.MUTUAL, matcher.THRESHOLD = mutual, threshold
            comparison = align(sources, claims, Options(matchers=("semantic",)))
            tally.add(event, statement_line_pairs(comparison))
    matcher.THRESHOLD, matcher.MUTUAL = default
    print(f"topics: {args.report}")
    print(f"lexical only: {lexical.line()}")
    for (mutual, threshold), tally in semantic.items():
        kind = "mutual nearest" if mutual else "every pair"
        print(f"+ semantic, {kind}, cosine >= {threshold:.2f}: {tally.line()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
