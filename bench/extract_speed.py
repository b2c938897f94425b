"""Extraction speed: seconds to read and extract 1 MB of news text on one core.

    python bench/extract_speed.py [FILES...] [--megabytes 1.0] [--repeat 3]

Builds one article of the requested size from the given files (default: the
bundled sources/) by repeating their bodies, then times Source.from_text plus
extract_claims, in wall seconds and in CPU seconds of this process (on a
machine shared with other jobs the CPU figure is the one-core cost). Goal: <= 3 s
for 1 MB.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from compare import Source
from compare.extract import extract_claims
from compare.ingest.frontmatter import split_front_matter
from compare.ingest.reading import decode

ROOT = Path(__file__).resolve().parent.parent


def corpus(paths: list[Path], size: int) -> str:
    bodies = []
    for path in paths:
        text = decode(path.read_bytes(), str(path))
        _, start = split_front_matter(text, str(path))
        bodies.append(text[start:].strip())
    chunk = "\n\n".join(bodies)
    copies = max(1, size // max(len(chunk.encode()), 1) + 1)
    return ("\n\n".join([chunk] * copies))[:size]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    paths = args.files or sorted((ROOT / "sources").glob("*.*"))
    text = corpus(paths, int(args.megabytes * 1_000_000))
    best = best_cpu = float("inf")
    claims = 0
    for _ in range(args.repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        source = Source.from_text(text, id="bench")
        claims = len(extract_claims(source))
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)
    size = len(text.encode()) / 1e6
    print(f"text: {size:.2f} MB, {len(source.sentences)} sentences, {claims} claims")
    print(f"best of {args.repeat}: {best:.2f} s wall, {best_cpu:.2f} s CPU (goal <= 3 s per MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
