"""Discrepancy precision from human judgements of a findings dump.

    python bench/precision.py [build/findings.jsonl] [--judgements bench/judgements]
        [--folders 3_ecbplus,22_ecb] [--all] [--topics odd|even|all]

Joins the dump written by bench/findings.py with the judgement files
`bench/judgements/<folder>.jsonl` (one line per finding:
`{"key", "judgement": "true"|"false"|"unsure", "reason"}`; "true" means the
outlets state the same fact and really conflict). Prints precision
(true / (true + false); unsure left out and counted apart) overall and per
kind, and lists the findings that have no judgement yet, so after a code change
only the new findings need reading. A finding without a judgement of its own
takes the one all its `parts` share (the pairs a statement conflict told by
several articles was once shown as), and a judged part counts as still found.
By default only folders with a judgement
file are scored; --all scores every folder in the dump. --topics keeps the event
folders of odd or even topic numbers (1_ecb, 1_ecbplus, 3_...: odd), so that rules
tuned while reading one half are scored on the other. Precision is also given per
severity (conflict, variant, info: the approximate figures).

Goal (issue 13): precision >= 0.85 overall and for each kind.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

JUDGEMENTS = ("true", "false", "unsure")
DEFAULT_DUMP = Path("build/findings.jsonl")
DEFAULT_JUDGEMENTS = Path(__file__).resolve().parent / "judgements"


def read_lines(path: Path) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise ValueError(f"{path}:{number}: not JSON ({err.msg})") from None
    return rows


def read_judgements(folder: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """Judgements per event folder, by finding key; a later line overrides an earlier one."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for path in sorted(folder.glob("*.jsonl")):
        judged = out.setdefault(path.stem, {})
        for row in read_lines(path):
            if row.get("judgement") not in JUDGEMENTS or not row.get("key"):
                raise ValueError(f"{path}: bad judgement line {row!r}")
            judged[row["key"]] = row
    return out


def judged(judgements: dict[str, dict[str, Any]], finding: dict[str, Any]) -> Any:
    """A finding's judgement: its own, or else the one every part of it was given
    (a statement conflict several articles tell, once shown pair by pair:
    bench/findings.py `parts`); None when unjudged or its parts were judged apart."""
    own = judgements.get(finding["key"])
    if own is not None:
        return own
    parts = [judgements.get(key) for key in finding.get("parts", ())]
    if not parts or any(p is None for p in parts):
        return None
    verdicts = {p["judgement"] for p in parts if p is not None}
    return parts[0] if len(verdicts) == 1 else None


def precision_text(counts: Counter[str]) -> str:
    judged = counts["true"] + counts["false"]
    value = f"{counts['true'] / judged:.2f}" if judged else "n/a"
    return (
        f"{value:>4}  ({counts['true']} true, {counts['false']} false, {counts['unsure']} unsure)"
    )


def in_topics(folder: str, topics: str) -> bool:
    """Is the event folder ('3_ecbplus') in the odd or even half of the topics?"""
    if topics == "all":
        return True
    number = folder.partition("_")[0]
    if not number.isdigit():
        return False
    return (int(number) % 2 == 1) == (topics == "odd")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dump", nargs="?", type=Path, default=DEFAULT_DUMP)
    parser.add_argument("--judgements", type=Path, default=DEFAULT_JUDGEMENTS)
    parser.add_argument("--folders", default="", help="comma-separated event folders to score")
    parser.add_argument("--all", action="store_true", help="score every folder in the dump")
    parser.add_argument(
        "--topics",
        choices=("odd", "even", "all"),
        default="all",
        help="score only event folders of odd or even topic numbers",
    )
    args = parser.parse_args(argv)
    if not args.dump.exists():
        print(f"error: no findings dump at {args.dump} (run bench/findings.py)", file=sys.stderr)
        return 2
    try:
        findings = read_lines(args.dump)
        judgements = read_judgements(args.judgements) if args.judgements.is_dir() else {}
    except (ValueError, OSError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    wanted = {f.strip() for f in args.folders.split(",") if f.strip()}
    if not wanted and not args.all:
        wanted = set(judgements)
    scored = [
        f
        for f in findings
        if (args.all or f["folder"] in wanted) and in_topics(f["folder"], args.topics)
    ]

    overall: Counter[str] = Counter()
    per_kind: dict[str, Counter[str]] = {}
    per_severity: dict[str, Counter[str]] = {}
    per_conflict: dict[str, Counter[str]] = {}
    unjudged: list[dict[str, Any]] = []
    for finding in scored:
        judgement = judged(judgements.get(finding["folder"], {}), finding)
        if judgement is None:
            unjudged.append(finding)
            continue
        verdict = judgement["judgement"]
        overall[verdict] += 1
        per_kind.setdefault(finding["kind"], Counter())[verdict] += 1
        severity = finding.get("severity") or "?"
        per_severity.setdefault(severity, Counter())[verdict] += 1
        label = finding["conflict"] or finding["verdict"]
        per_conflict.setdefault(label, Counter())[verdict] += 1

    folders = sorted({f["folder"] for f in scored})
    print(f"{len(scored)} findings in {len(folders)} folders: {', '.join(folders)}")
    print(f"precision overall    {precision_text(overall)}  (goal >= 0.85)")
    for kind in sorted(per_kind):
        print(f"  kind {kind:<15} {precision_text(per_kind[kind])}")
    for severity in sorted(per_severity):
        print(f"  severity {severity:<11} {precision_text(per_severity[severity])}")
    for label in sorted(per_conflict):
        print(f"  conflict {label:<11} {precision_text(per_conflict[label])}")
    keys = {f["key"] for f in findings} | {k for f in findings for k in f.get("parts", ())}
    in_scope = {
        folder for folder in judgements if folder in folders and in_topics(folder, args.topics)
    }
    stale = [
        (folder, row)
        for folder in sorted(in_scope)
        for row in judgements[folder].values()
        if row["key"] not in keys
    ]
    real = sum(
        row["judgement"] == "true" for folder in in_scope for row in judgements[folder].values()
    )
    lost = [(folder, row) for folder, row in stale if row["judgement"] == "true"]
    if real:
        print(f"real discrepancies (judged true) still found: {real - len(lost)}/{real}")
        for folder, row in lost:
            print(f"  no longer found: {folder} {row['key']}: {row['reason']}")
    if stale:
        print(f"{len(stale)} judgements match no finding in this dump (no longer made)")
    if unjudged:
        print(f"\n{len(unjudged)} findings without a judgement:")
        for f in unjudged:
            claims = " | ".join(f"{m['file']}:{m['line']} {m['claim']}" for m in f["members"])
            head = f"{f['folder']} {f['key']} {f['verdict']}/{f['conflict']} {f['title']!r}"
            print(f"  {head}: {claims}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
