"""Start-up cost: `claimdiff --version` against a bare `import typer`.

    python -m bench.startup [--runs 15]

The command line imports the pipeline lazily, so asking for the version should cost
little more than importing the CLI framework itself. Each run is a new process
(`python -m compare --version`, then `python -c "import typer"`, alternating so
that both see the same load on a shared machine); the figure is the ratio of the
median CPU seconds (user + system) of the children. Goal: <= 1.5x.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL = 1.5


def child_cpu_seconds(command: list[str], env: dict[str, str]) -> float:
    """CPU seconds the finished child process used."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each command")
    args = parser.parse_args(argv)
    # the tree this script sits in, whatever is installed
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(max(1, args.runs)):
        ours.append(child_cpu_seconds([sys.executable, "-m", "compare", "--version"], env))
        bare.append(child_cpu_seconds([sys.executable, "-c", "import typer"], env))
    version, typer = statistics.median(ours), statistics.median(bare)
    ratio = version / typer if typer > 0 else float("inf")
    print(
        f"claimdiff --version {version:.3f} s CPU, import typer {typer:.3f} s CPU "
        f"(medians of {len(ours)}): {ratio:.2f}x (goal <= {GOAL}x)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
