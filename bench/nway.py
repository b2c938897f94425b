"""N-way comparison speed and memory on ECB+ multi-outlet clusters.

    python bench/nway.py ../shared/data/ecbplus [--size 20] [--matcher semantic]

1. A 20-article event: claimdiff's N-way compare against a difflib all-pairs
   script (every sentence of every article against every sentence of every
   other). Goal: claimdiff >= 20x faster. Timed as the process's first compare,
   then once more to show what the one-time costs were.
2. Scaling: 20 vs 80 articles (events pooled). Goal: 4x the articles costs
   <= 6x the time, because candidates are blocked, not scored pairwise.
3. Memory: peak RSS for the largest run and per-article growth, extrapolated to
   1,000 articles. Goal: well inside 24 GB.

Each run is timed on the wall clock and in CPU seconds of this process: on a
shared machine the wall clock counts the other processes' turns too, so the CPU
ratio is the steadier figure.

With --matcher semantic the model is loaded before the clock starts (once per
process, reported apart) and its sentence cache is emptied before every timed
run, so each run pays for embedding its sentences.
"""

from __future__ import annotations

import argparse
import difflib
import resource
import sys
import time
from pathlib import Path

import attrs

from compare import Source
from compare.align import Options, compare_sources
from compare.align.words import forget_texts

OPTIONS = Options()


def articles(root: Path) -> dict[str, list[tuple[str, str]]]:
    events: dict[str, list[tuple[str, str]]] = {}
    for folder in sorted((root / "texts").iterdir()):
        if folder.is_dir():
            docs = [(p.stem, p.read_text("utf-8")) for p in sorted(folder.glob("*.txt"))]
            events[folder.name] = docs
    return events


def sources_of(docs: list[tuple[str, str]]) -> list[Source]:
    return [Source.from_text(text, id=name) for name, text in docs]


@attrs.frozen
class Seconds:
    wall: float
    cpu: float

    def __str__(self) -> str:
        return f"{self.wall:.2f} s (CPU {self.cpu:.2f} s)"

    def ratio(self, other: Seconds) -> str:
        """self / other, on the wall clock and in CPU time."""
        return f"{self.wall / other.wall:.1f}x (CPU {self.cpu / other.cpu:.1f}x)"


def fastest(runs: list[Seconds]) -> Seconds:
    return Seconds(min(r.wall for r in runs), min(r.cpu for r in runs))


class Clock:
    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_: object) -> None:
        self.seconds = Seconds(time.perf_counter() - self.wall, time.process_time() - self.cpu)


def claimdiff_seconds(docs: list[tuple[str, str]]) -> Seconds:
    # each run splits its sentences into words afresh, as a new process would
    forget_texts()
    if "semantic" in OPTIONS.matchers:
        from compare.semantic.encoder import encoder

        encoder().forget()
    with Clock() as clock:
        compare_sources(sources_of(docs), OPTIONS)
    return clock.seconds


def difflib_seconds(docs: list[tuple[str, str]]) -> Seconds:
    """The naive way: every sentence pair across every article pair, by ratio."""
    with Clock() as clock:
        split = [[s for s in text.split("\n") if s.strip()] for _, text in docs]
        matches = 0
        for i in range(len(split)):
            for j in range(i + 1, len(split)):
                for a in split[i]:
                    for b in split[j]:
                        if difflib.SequenceMatcher(None, a, b).ratio() > 0.6:
                            matches += 1
    return clock.seconds


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="the ecbplus folder (texts/ inside)")
    parser.add_argument("--size", type=int, default=20, help="articles in the event run")
    parser.add_argument(
        "--matcher", action="append", default=[], help="an optional matcher to run (semantic)"
    )
    args = parser.parse_args(argv)
    global OPTIONS
    OPTIONS = Options(matchers=tuple(args.matcher))
    if "semantic" in OPTIONS.matchers:
        from compare.semantic.encoder import encoder

        started = time.perf_counter()
        encoder()
        print(f"semantic model loaded in {time.perf_counter() - started:.2f} s")
    if not (args.data / "texts").exists():
        print(f"skip: no ECB+ texts in {args.data}", file=sys.stderr)
        return 0
    events = articles(args.data)
    pooled = [doc for docs in events.values() for doc in docs]
    biggest = max(events.values(), key=len)
    event = (biggest + [d for d in pooled if d not in biggest])[: args.size]

    ours = claimdiff_seconds(event)
    naive = difflib_seconds(event)
    print(
        f"{len(event)} articles: claimdiff {ours}, difflib all-pairs {naive}, "
        f"speed-up {naive.ratio(ours)} (goal >= 20x)"
    )
    # The run above is the process's first: it pays the one-time costs (importing
    # the matchers, loading word tables) that a later run does not.
    again = claimdiff_seconds(event)
    print(f"  the same event again in this process: {again}, speed-up {naive.ratio(again)}")

    small = pooled[: args.size]
    large = pooled[: 4 * args.size]
    t_small = fastest([claimdiff_seconds(small) for _ in range(2)])
    t_large = fastest([claimdiff_seconds(large) for _ in range(2)])
    print(
        f"scaling: {len(small)} articles {t_small}, {len(large)} articles {t_large}, "
        f"ratio {t_large.ratio(t_small)} for 4x the articles (goal <= 6x)"
    )

    before = peak_rss_mb()
    everything = pooled
    t_all = claimdiff_seconds(everything)
    after = peak_rss_mb()
    per_article = max(after - before, 0.0) / len(everything)
    print(
        f"all {len(everything)} articles: {t_all}, peak RSS {after:.0f} MB "
        f"(+{after - before:.0f} MB over the smaller runs, ~{per_article:.2f} MB/article, "
        f"~{after + per_article * (1000 - len(everything)):.0f} MB projected for 1,000)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
