"""Bounded work on hostile text: time and peak memory of `claimdiff extract
--format json` on odd input, against the same command on news text.

    python bench/hostile.py [--news-mb 1] [--odd-mb 10] [--case "random Unicode"]

Each case runs the CLI (the public path) in a fresh process on a file written
to a temporary folder, stdout to /dev/null, and reports wall seconds, peak RSS
and JSON bytes, and CPU seconds (the whole process, start-up included), the
fairer measure on a machine shared with other jobs. News text is the bundled
sources/ repeated to size; the odd cases are generated: quotes without a full
stop, words without a full stop, one sentence of clauses, random Unicode, and
quotes whose wording seldom repeats (no cache of a wording helps them).
Goal: each odd case at --odd-mb in at most 10x the time of news at --news-mb,
and under 1 GB of memory. All but random Unicode are run-on text throughout
(over 2,000 characters without a sentence end), which claimdiff reads without
statements, clause frames or figure reporters and says so on stderr (README,
"Limits and odd input"); the runner keeps only stderr's last line.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

RUNNER = """
import json, resource, sys, time
sys.argv = ["claimdiff", "extract", "--format", "json", sys.argv[1]]
from compare.cli import main
started = time.perf_counter()
code = 0
try:
    main()
except SystemExit as stop:
    code = stop.code or 0
seconds = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_SELF)
cpu = usage.ru_utime + usage.ru_stime
rss = usage.ru_maxrss * 1024
print(json.dumps({"seconds": seconds, "cpu": cpu, "rss": rss, "code": code}), file=sys.stderr)
"""


def news(size: int) -> str:
    bodies = []
    for path in sorted((ROOT / "sources").iterdir()):
        text = path.read_text("utf-8")
        if text.startswith("---"):
            text = text.split("\n---", 2)[-1]
        bodies.append(text.strip())
    block = "\n\n".join(bodies) + "\n\n"
    return (block * (size // len(block) + 1))[:size]


def repeated(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def random_unicode(size: int) -> str:
    rng = random.Random(15)
    ranges = [(0x20, 0x7F), (0xA0, 0x2FF), (0x370, 0x52F), (0x2000, 0x206F), (0x4E00, 0x4FFF)]
    out: list[str] = []
    length = 0
    while length < size:
        low, high = rng.choice(ranges)
        out.append("".join(chr(rng.randrange(low, high)) for _ in range(64)))
        length += 64
    return "".join(out)[:size]


# Quote words and speakers for quotes whose wording seldom repeats, so that no
# per-wording cache can make the case cheaper than distinct quotes would be.
_QUOTE_WORDS = (
    "we they will would not never approve reject win lose the plan vote deal talks today "
    "soon again people country government budget tax cut raise support fight stop start "
    "have has been was were this that it our their new old more less all every"
).split()
_SPEAKERS = "Smith Ruiz Lee Novak Okafor Tanaka Weber Silva Haddad Kowalski".split()


def varied_quotes(size: int) -> str:
    rng = random.Random(15)
    out: list[str] = []
    length = 0
    while length < size:
        words = " ".join(rng.choice(_QUOTE_WORDS) for _ in range(rng.randrange(3, 8)))
        unit = f"“{words.capitalize()}” said {rng.choice(_SPEAKERS)}, "
        out.append(unit)
        length += len(unit)
    return "".join(out)[:size]


CASES: dict[str, Callable[[int], str]] = {
    "quotes, no full stop": repeated("“We will win” said Smith, "),
    "words, no full stop": repeated("the minister said that the plan of 300 people "),
    "one sentence of clauses": repeated("and officials said 40 people, "),
    "random Unicode": random_unicode,
    "varied quotes, no full stop": varied_quotes,
}


def run(text: str, folder: Path, name: str) -> dict[str, float]:
    path = folder / f"{name}.txt"
    path.write_text(text, "utf-8")
    env = {"CLAIMDIFF_MAX_BYTES": str(len(text.encode("utf-8")) + 1024), "PATH": ""}
    out = folder / "out.json"
    with out.open("w") as sink:
        done = subprocess.run(
            [sys.executable, "-c", RUNNER, str(path)],
            stdout=sink,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**env, "PYTHONPATH": str(ROOT)},
            check=False,
        )
    result: dict[str, float] = json.loads(done.stderr.strip().splitlines()[-1])
    result["json_bytes"] = out.stat().st_size
    result["input_bytes"] = path.stat().st_size
    path.unlink()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--news-mb", type=float, default=1.0)
    parser.add_argument("--odd-mb", type=float, default=10.0)
    parser.add_argument("--case", action="append", choices=list(CASES), help="only these cases")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = run(news(int(args.news_mb * 1e6)), folder, "news")
        print(
            f"{'case':26} {'MB':>6} {'seconds':>8} {'x news':>7} {'CPU s':>7} {'x news':>7} "
            f"{'peak MB':>8} {'JSON MB':>8}"
        )
        show("news text", base, base)
        for i, (label, make) in enumerate(CASES.items()):
            if args.case and label not in args.case:
                continue
            show(label, run(make(int(args.odd_mb * 1e6)), folder, f"odd{i}"), base)


def show(label: str, result: dict[str, float], base: dict[str, float]) -> None:
    print(
        f"{label:26} {result['input_bytes'] / 1e6:6.2f} {result['seconds']:8.1f} "
        f"{result['seconds'] / base['seconds']:7.1f} {result['cpu']:7.1f} "
        f"{result['cpu'] / base['cpu']:7.1f} {result['rss'] / 1e6:8.0f} "
        f"{result['json_bytes'] / 1e6:8.2f}" + ("" if result["code"] == 0 else " (exit 2)"),
        flush=True,
    )


if __name__ == "__main__":
    main()
