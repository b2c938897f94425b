"""Precision of the agreements (✓) on real ECB+ events, from human judgements.

    python -m bench.agreement_precision /work/shared/data/ecbplus
        [--judgements bench/agreement_judgements] [--events 6_ecb,10_ecb] [--todo FILE]

A ✓ over two different facts or over a real conflict is the costliest error a
journalist can be shown, and the planted sets measure it only on the pairs they
plant. This benchmark runs `compare.compare_files` on every judged event folder
(`texts/<event>/*.txt`, default options, as a user would) and scores each
alignment shown as agreeing against `bench/agreement_judgements/<event>.jsonl`,
one line per judged agreement:

    {"key", "kind", "members": [{"source", "claim", "sentence"}], "judgement", "reason"}

with judgement "right" (one fact, told alike), "different" (two different facts),
"conflict" (the articles really disagree) or "unsure". The key is the kind plus a
hash of the members' (source, claim text, sentence text), words only and lower
case, sorted: it does not depend on the engine's list order, ids or scores, so
judgements written against one version still join the next and only new
agreements need reading. A member whose sentence was cut differently since (a
dateline read into it) still joins: same source and claim, one sentence inside the
other or four fifths of their words shared. An agreement with no judgement of its
own takes one by inclusion: a group whose members all lie in a group judged right is
right (every pair of a right group states one fact), and a group holding all the
members of a group judged wrong is wrong the same way. Precision is right /
(right + different + conflict), overall, for statements and for the other kinds; unsure ones are
counted apart, unjudged ones listed (and written to --todo as lines to fill in).
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

from compare import Alignment, Comparison, Verdict, compare_files

JUDGEMENTS = ("right", "different", "conflict", "unsure")
WRONG = ("different", "conflict")
DEFAULT_JUDGEMENTS = Path(__file__).resolve().parent / "agreement_judgements"

Member = tuple[str, str, str]


def normalised(text: str) -> str:
    """Lower case, words only: tokenisation and quote styles do not change a key."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def member_triple(source: str, claim: str, sentence: str) -> Member:
    return (source, normalised(claim), normalised(sentence))


def agreement_key(kind: str, members: Iterable[Member]) -> str:
    parts = sorted("\x1f".join(m) for m in members)
    digest = hashlib.sha1("\x1e".join(parts).encode("utf-8")).hexdigest()[:12]
    return f"{kind}-{digest}"


def row_members(row: dict[str, Any]) -> list[Member]:
    return [member_triple(m["source"], m["claim"], m["sentence"]) for m in row["members"]]


def read_judgements(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """Judged agreements per event, in file order; a later line of one key wins."""
    out: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(folder.glob("*.jsonl")):
        by_key: dict[str, dict[str, Any]] = {}
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("judgement") not in JUDGEMENTS or not row.get("members"):
                raise ValueError(f"{path}:{number}: bad judgement line")
            key = agreement_key(row["kind"], row_members(row))
            if row.get("key") not in (None, key):
                raise ValueError(f"{path}:{number}: key {row['key']} is not its members' {key}")
            by_key[key] = {**row, "key": key}
        out[path.stem] = list(by_key.values())
    return out


def sentence_of(comparison: Comparison, alignment: Alignment, index: int) -> str:
    claim = alignment.members[index]
    text = comparison.source(claim.source).text
    if 0 <= claim.sentence_start < claim.sentence_end <= len(text):
        return text[claim.sentence_start : claim.sentence_end]
    return claim.sentence


def members_of(comparison: Comparison, alignment: Alignment) -> list[dict[str, Any]]:
    return [
        {
            "source": claim.source,
            "line": claim.line,
            "claim": " ".join(claim.text.split()),
            "sentence": " ".join(sentence_of(comparison, alignment, i).split()),
        }
        for i, claim in enumerate(alignment.members)
    ]


def same_member(a: Member, b: Member) -> bool:
    """One claim of one article, even if the sentence around it was cut differently
    (a dateline read into or out of it): same source and claim text, and one
    sentence inside the other or sharing four fifths of their words."""
    if a[:2] != b[:2]:
        return False
    if a[2] in b[2] or b[2] in a[2]:
        return True
    words_a, words_b = set(a[2].split()), set(b[2].split())
    return len(words_a & words_b) >= 0.8 * len(words_a | words_b)


def inside(some: Iterable[Member], others: Sequence[Member]) -> bool:
    return all(any(same_member(m, o) for o in others) for m in some)


def judgement_of(kind: str, members: Sequence[Member], judged: Sequence[dict[str, Any]]) -> Any:
    """(judgement, how): its own line, else by inclusion in a judged group; None if none."""
    key = agreement_key(kind, members)
    rows = [row for row in judged if row["kind"] == kind]
    own = [row for row in rows if row["key"] == key] or [
        row
        for row in rows
        if len(row["members"]) == len(members)
        and inside(members, row_members(row))
        and inside(row_members(row), members)
    ]
    if own:
        return own[-1]["judgement"], "own"
    for row in rows:
        theirs = row_members(row)
        if row["judgement"] == "right" and inside(members, theirs):
            return "right", "inside a right group"
        if row["judgement"] in WRONG and inside(theirs, members):
            return row["judgement"], "holds a wrong group"
    return None


def precision_text(counts: Counter[str]) -> str:
    wrong = sum(counts[w] for w in WRONG)
    total = counts["right"] + wrong
    value = f"{counts['right'] / total:.2f}" if total else "n/a"
    return (
        f"{value:>4}  ({counts['right']} right, {counts['different']} different facts, "
        f"{counts['conflict']} over a conflict, {counts['unsure']} unsure)"
    )


def score_event(
    event: str, comparison: Comparison, judged: Sequence[dict[str, Any]]
) -> tuple[dict[str, Counter[str]], list[dict[str, Any]]]:
    counts: dict[str, Counter[str]] = {"all": Counter(), "statement": Counter(), "other": Counter()}
    unjudged: list[dict[str, Any]] = []
    for alignment in comparison.alignments:
        if alignment.verdict != Verdict.AGREE:
            continue
        members = members_of(comparison, alignment)
        triples = [member_triple(m["source"], m["claim"], m["sentence"]) for m in members]
        kind = str(alignment.kind)
        found = judgement_of(kind, triples, judged)
        if found is None:
            unjudged.append(
                {
                    "event": event,
                    "key": agreement_key(kind, triples),
                    "kind": kind,
                    "members": members,
                    "judgement": "",
                    "reason": "",
                }
            )
            continue
        verdict = found[0]
        counts["all"][verdict] += 1
        counts["statement" if kind == "statement" else "other"][verdict] += 1
        counts["all"]["derived"] += found[1] != "own"
    return counts, unjudged


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="the ecbplus folder (texts/ inside)")
    parser.add_argument("--judgements", type=Path, default=DEFAULT_JUDGEMENTS)
    parser.add_argument("--events", default="", help="comma-separated judged events to score")
    parser.add_argument("--todo", type=Path, help="write the unjudged agreements here (JSON lines)")
    args = parser.parse_args(argv)
    if not (args.data / "texts").is_dir():
        print(f"skip: no ECB+ texts in {args.data}", file=sys.stderr)
        return 0
    try:
        judgements = read_judgements(args.judgements)
    except (ValueError, OSError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    wanted = [e.strip() for e in args.events.split(",") if e.strip()] or sorted(judgements)
    total: dict[str, Counter[str]] = {"all": Counter(), "statement": Counter(), "other": Counter()}
    todo: list[dict[str, Any]] = []
    for event in wanted:
        files = sorted((args.data / "texts" / event).glob("*.txt"))
        if len(files) < 2 or event not in judgements:
            print(f"error: no articles or no judgements for {event}", file=sys.stderr)
            return 2
        counts, unjudged = score_event(event, compare_files(files), judgements[event])
        for part, counter in counts.items():
            total[part].update(counter)
        found = sum(counts["all"][j] for j in JUDGEMENTS) + len(unjudged)
        print(
            f"{event:<12} {found:>3} agreements  {precision_text(counts['all'])}"
            + (f"  {len(unjudged)} unjudged" if unjudged else "")
        )
        todo += unjudged
    found = sum(total["all"][j] for j in JUDGEMENTS) + len(todo)
    print(
        f"\nagreements {found}, judged {found - len(todo)} "
        f"({total['all']['derived']} by inclusion), unjudged {len(todo)}"
    )
    print(f"precision   {precision_text(total['all'])}")
    print(f"statements  {precision_text(total['statement'])}")
    print(f"other kinds {precision_text(total['other'])}")
    for row in todo:
        print(f"\nunjudged {row['event']} {row['key']}")
        for m in row["members"]:
            print(f"  {m['source']}:{m['line']} [{m['claim'][:60]}] | {m['sentence'][:300]}")
    if args.todo:
        args.todo.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in todo), "utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
