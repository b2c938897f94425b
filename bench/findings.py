"""Dump every reported discrepancy on ECB+ events, for a person to judge.

    python bench/findings.py ../shared/data/ecbplus [--folders 3_ecbplus,22_ecb]
        [--out build/findings.jsonl]

For each event folder, `compare.compare_files` runs on `texts/<folder>/*.txt`
(default options, as a user would) and every alignment whose verdict is differ
or approximate becomes one JSON line: a stable key, the folder, kind, verdict,
conflict, title and, per member, the file, line, claim text, details (speaker,
figure, role) and the full sentence. A Markdown rendering is written next to the
JSON (same name, .md) for reading.

The key is the kind plus a hash of the members' (source id, normalised claim
text) pairs, sorted: it does not depend on alignment ids, scores, member order or
anything else the engine may change, so judgements written against one dump
still join the next one (bench/precision.py) and only new findings need reading.
A statement conflict of three or more members also lists `parts`, the keys its
pairs across the two sides would have alone, so judgements of those pairs join it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from compare import Alignment, Claim, Comparison, InputError, Verdict, compare_files

REPORTED = (Verdict.DIFFER, Verdict.APPROXIMATE)
DEFAULT_OUT = Path("build/findings.jsonl")
_DETAILS = ("speaker", "value", "hedge", "unit", "form", "pair", "person", "role", "name")


def normalised(text: str) -> str:
    """Lower case, words only: tokenisation and quote styles do not change a key."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def finding_key(alignment: Alignment) -> str:
    return members_key(alignment.kind, alignment.members)


def members_key(kind: str, members: Iterable[Claim]) -> str:
    parts = sorted(f"{m.source}\x1f{normalised(m.text)}" for m in members)
    digest = hashlib.sha1("\x1e".join(parts).encode("utf-8")).hexdigest()[:12]
    return f"{kind}-{digest}"


def part_keys(alignment: Alignment) -> list[str]:
    """For a statement conflict of three or more members, the key each pair of
    members on two sides would have as a finding of its own. A conflict several
    articles tell was once shown pair by pair; its parts let the judgements of
    those pairs still join it (bench/precision.py)."""
    members = alignment.members
    if alignment.kind != "statement" or len(members) < 3 or not alignment.differences:
        return []
    own = normalised(alignment.differences[0].a)
    told = {d.source: normalised(d.b) for d in alignment.differences}
    side = [own if i == 0 else told.get(m.source, own) for i, m in enumerate(members)]
    return sorted(
        members_key(alignment.kind, (members[i], members[j]))
        for i in range(len(members))
        for j in range(i + 1, len(members))
        if side[i] != side[j]
    )


def details(claim: Claim) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in _DETAILS:
        value = getattr(claim, name, None)
        if value is not None and value != "":
            out[name] = list(value) if isinstance(value, tuple) else value
    return out


def member_record(comparison: Comparison, claim: Claim) -> dict[str, Any]:
    source = comparison.source(claim.source)
    text = source.text
    sentence = claim.sentence
    if 0 <= claim.sentence_start < claim.sentence_end <= len(text):
        sentence = text[claim.sentence_start : claim.sentence_end]
    return {
        "file": Path(source.path).name if source.path else claim.source,
        "line": claim.line,
        "claim": claim.text,
        "details": details(claim),
        "sentence": " ".join(sentence.split()),
    }


def folder_findings(folder: str, comparison: Comparison) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    seen: Counter[str] = Counter()
    for alignment in comparison.alignments:
        if alignment.verdict not in REPORTED:
            continue
        key = finding_key(alignment)
        seen[key] += 1
        if seen[key] > 1:  # the same members twice (another kind's view): keep both, apart
            key = f"{key}-{seen[key]}"
        rows.append(
            {
                "key": key,
                "folder": folder,
                "kind": str(alignment.kind),
                "verdict": str(alignment.verdict),
                "conflict": str(alignment.conflict) if alignment.conflict else None,
                "severity": str(alignment.severity),
                "title": alignment.title,
                "members": [member_record(comparison, m) for m in alignment.members],
                "parts": part_keys(alignment),
            }
        )
    return rows


def event_folders(root: Path, only: Sequence[str]) -> list[Path]:
    texts = root / "texts"
    folders = sorted((p for p in texts.iterdir() if p.is_dir()), key=_folder_order)
    if only:
        wanted = set(only)
        missing = wanted - {p.name for p in folders}
        if missing:
            raise InputError(str(texts), f"no event folder {', '.join(sorted(missing))}")
        folders = [p for p in folders if p.name in wanted]
    return folders


def _folder_order(path: Path) -> tuple[int, str]:
    number, _, rest = path.name.partition("_")
    return (int(number) if number.isdigit() else 0, rest)


def markdown(rows: Iterable[dict[str, Any]]) -> str:
    lines = ["# Reported discrepancies", ""]
    folder = None
    for row in rows:
        if row["folder"] != folder:
            folder = row["folder"]
            lines += [f"## {folder}", ""]
        conflict = f" / {row['conflict']}" if row["conflict"] else ""
        title = f": {row['title']}" if row["title"] else ""
        severity = f" ({row['severity']})" if row.get("severity") else ""
        lines.append(
            f"### `{row['key']}` {row['kind']} {row['verdict']}{severity}{conflict}{title}"
        )
        lines.append("")
        for m in row["members"]:
            detail = ", ".join(f"{k}={v}" for k, v in m["details"].items())
            lines.append(
                f"- **{m['file']}:{m['line']}** `{m['claim']}`" + (f" ({detail})" if detail else "")
            )
            lines.append(f"  > {m['sentence']}")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="the ecbplus folder (texts/ inside)")
    parser.add_argument(
        "--folders", default="", help="comma-separated event folders (default: all)"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON lines file to write")
    args = parser.parse_args(argv)
    if not (args.data / "texts").is_dir():
        print(f"skip: no ECB+ texts in {args.data}", file=sys.stderr)
        return 0
    only = [f.strip() for f in args.folders.split(",") if f.strip()]
    try:
        folders = event_folders(args.data, only)
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    rows: list[dict[str, Any]] = []
    for folder in folders:
        files = sorted(folder.glob("*.txt"))
        if len(files) < 2:
            continue
        found = folder_findings(folder.name, compare_files(files))
        kinds = Counter(r["kind"] for r in found)
        print(
            f"{folder.name:<12} {len(files):>2} articles  {len(found):>3} findings  {dict(kinds)}"
        )
        rows += found
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    args.out.with_suffix(".md").write_text(markdown(rows), "utf-8")
    print(f"{len(rows)} findings -> {args.out} and {args.out.with_suffix('.md')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
