"""Planted discrepancies: does compare report exactly what was changed?

    python bench/planted.py ../shared/data/polnear [--articles 100] [--seed 1]

For each article, make a copy with four planted discrepancies (one figure
changed, one word inside a quote replaced, one quote's speaker renamed, one
sentence dropped) and three harmless edits (curly quotes made straight,
paragraphs re-wrapped, two paragraphs swapped). Then compare original and copy.
Recall: share of plants reported (the figure and the quote word as a `differ`,
the speaker as a `differ` on speaker, the dropped sentence as unique to the
original). False discrepancies: `differ`/`approximate` alignments no plant
explains, per article pair. Goal: recall >= 0.9, <= 0.5 false per pair.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterable
from pathlib import Path

import attrs

from compare import InputError, Source
from compare.align import DIFFER, Comparison, Conflict, Severity, compare_sources
from compare.extract import Number, Quote, Statement, extract_claims
from compare.extract.names import is_person_name

_SUBSTITUTES = ["quietly", "purple", "seventeen", "harbour", "tomorrow", "accordion", "velvet"]
_NEW_SPEAKER = "Jordan Blakemore"
_WORD_NUMBERS = {
    "two": "seven",
    "three": "nine",
    "four": "eleven",
    "five": "twelve",
    "six": "fifteen",
    "seven": "two",
    "eight": "three",
    "nine": "four",
    "ten": "six",
}


@attrs.frozen
class Plant:
    kind: str  # figure, quote, speaker, drop
    original: str  # the original words that were changed (or the dropped sentence)
    replacement: str


def plant(text: str, rng: random.Random) -> tuple[str, list[Plant]]:
    """Return an edited copy of a clean article text and what was planted in it."""
    source = Source.from_text(text, id="orig")
    claims = extract_claims(source)
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) in the clean text
    plants: list[Plant] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b, _ in edits)

    numbers = [
        c
        for c in claims
        if isinstance(c, Number)
        and c.form == "cardinal"
        and c.value >= 2
        and (re.search(r"\d", c.text) or c.text.lower() in _WORD_NUMBERS)
    ]
    rng.shuffle(numbers)
    for n in numbers:
        if not free(n.sentence_start, n.sentence_end):
            continue
        digits = re.search(r"\d[\d,]*", n.text)
        if digits:
            start, end = n.start + digits.start(), n.start + digits.end()
            changed = f"{round(n.value * 1.5 + 1):,}"
        else:
            start, end = n.start, n.end
            changed = _WORD_NUMBERS[n.text.lower()]
        edits.append((start, end, changed))
        plants.append(Plant("figure", source.text[start:end], changed))
        break

    quotes = [c for c in claims if isinstance(c, Quote) and len(c.text.split()) >= 8]
    rng.shuffle(quotes)
    for q in quotes:
        # The speaker's words only: [bracketed] words are the editor's.
        brackets = [m.span() for m in re.finditer(r"\[[^\]]*\]", q.text)]
        words = [
            w
            for w in list(re.finditer(r"[A-Za-z]{4,}", q.text))[2:-2]
            if not any(a <= w.start() < b for a, b in brackets)
        ]
        if not words or not free(q.start, q.end):
            continue
        w = rng.choice(words)
        start, end = q.start + w.start(), q.start + w.end()
        replacement = rng.choice([s for s in _SUBSTITUTES if s != w.group(0).lower()])
        edits.append((start, end, replacement))
        plants.append(Plant("quote", w.group(0), replacement))
        break

    for q in quotes:
        mention = q.speaker_mention
        if not mention or not q.speaker or not is_person_name(q.speaker):
            continue
        if not mention[:1].isupper() or mention.split()[-1] != q.speaker.split()[-1]:
            continue  # plant only where the attribution names the person
        at = source.text.find(mention, q.sentence_start, q.sentence_end + 200)
        if at < 0 or not free(q.sentence_start, q.sentence_end) or not free(at, at + len(mention)):
            continue
        edits.append((at, at + len(mention), _NEW_SPEAKER))
        plants.append(Plant("speaker", mention, _NEW_SPEAKER))
        break

    statements = [
        c
        for c in claims
        if isinstance(c, Statement)
        and c.block == "body"
        and len(c.text.split()) >= 12
        and "“" not in c.text
        and '"' not in c.text
    ]
    rng.shuffle(statements)
    for s in statements:
        if free(s.start, s.end):
            edits.append((s.start, s.end, ""))
            plants.append(Plant("drop", s.text, ""))
            break

    edited = source.text
    for start, end, replacement in sorted(edits, reverse=True):
        edited = edited[:start] + replacement + edited[end:]
    return harmless(edited, rng), plants


def harmless(text: str, rng: random.Random) -> str:
    """Edits that must not show up as discrepancies."""
    text = text.replace("“", '"').replace("”", '"')
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if len(paragraphs) > 4:
        i = rng.randrange(1, len(paragraphs) - 1)
        paragraphs[i], paragraphs[i + 1] = paragraphs[i + 1], paragraphs[i]
    return "\n\n".join(_rewrap(p, rng.randint(50, 90)) for p in paragraphs) + "\n"


def _rewrap(paragraph: str, width: int) -> str:
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


_CONFLICTS = {"figure": Conflict.FIGURE, "quote": Conflict.WORDING, "speaker": Conflict.SPEAKER}


def evaluate(comparison: Comparison, plants: Iterable[Plant]) -> tuple[int, int, int, int, int]:
    """(plants found, plants, false discrepancies, found with the right conflict type,
    false findings of conflict severity)."""
    found = typed = 0
    explained: set[str] = set()
    plants = list(plants)
    for p in plants:
        hits = _explained(comparison, p)
        if hits:
            found += 1
            explained |= hits
            expected = _CONFLICTS.get(p.kind)
            typed += expected is None or any(
                a.conflict == expected for a in comparison.alignments if a.id in hits
            )
    unexplained = [a for a in comparison.alignments if a.id not in explained]
    false = sum(1 for a in unexplained if a.verdict != "agree")
    false_conflicts = sum(1 for a in unexplained if a.severity == Severity.CONFLICT)
    return found, len(plants), false, typed, false_conflicts


def _explained(comparison: Comparison, p: Plant) -> set[str]:
    """Ids of the findings that report plant `p` (a changed figure can show up both
    as a number and inside a quote; a renamed speaker also changes the speaker of
    the quotes that follow). Empty when the plant was missed."""
    if p.kind == "drop":
        target = " ".join(p.original.split())
        hit = any(
            u.claim.source == "orig" and " ".join(u.claim.text.split()) == target
            for u in comparison.unique
        )
        return {"drop"} if hit else set()
    ids = set()
    for a in comparison.alignments:
        if a.verdict == "agree":
            continue
        if p.kind == "figure" and any(p.replacement in m.text for m in a.members):
            ids.add(a.id)
        texts = [d.b for d in a.differences if d.field == "text"]
        speakers = [d.b for d in a.differences if d.field == "speaker"]
        if p.kind == "quote" and a.verdict == DIFFER and any(p.replacement in t for t in texts):
            ids.add(a.id)
        if p.kind == "speaker" and any(_NEW_SPEAKER in s for s in speakers):
            ids.add(a.id)
    if p.kind == "figure" and not any(
        a.kind == "number" for a in comparison.alignments if a.id in ids
    ):
        return set()  # the figure itself must be reported, not only the quote around it
    return ids


def run(texts: Iterable[str], seed: int) -> dict[str, float]:
    rng = random.Random(seed)
    found = total = false = pairs = typed = false_conflicts = 0
    by_kind: dict[str, list[int]] = {}
    for text in texts:
        try:
            original = Source.from_text(text, id="orig")
            edited_text, plants = plant(original.text, rng)
            edited = Source.from_text(edited_text, id="edited")
        except InputError:
            continue
        if not plants:
            continue
        comparison = compare_sources([original, edited])
        f, t, x, ty, xc = evaluate(comparison, plants)
        typed, false_conflicts = typed + ty, false_conflicts + xc
        for p in plants:
            hit = bool(_explained(comparison, p))
            by_kind.setdefault(p.kind, [0, 0])[0] += hit
            by_kind[p.kind][1] += 1
        found, total, false, pairs = found + f, total + t, false + x, pairs + 1
    result = {
        "pairs": pairs,
        "plants": total,
        "recall": found / max(total, 1),
        "false_per_pair": false / max(pairs, 1),
        "right_conflict_type": typed / max(found, 1),  # of the plants found
        "false_conflicts_per_pair": false_conflicts / max(pairs, 1),
    }
    for kind, (found_kind, n) in by_kind.items():
        result[f"recall_{kind}"] = found_kind / max(n, 1)
    return result


def polnear_texts(path: Path, limit: int) -> list[str]:
    seen: set[str] = set()
    texts = []
    with (path / "polnear_train.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["article"] in seen:
                continue
            seen.add(row["article"])
            texts.append(row["text"])
            if len(texts) >= limit:
                break
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="folder with polnear_train.jsonl (real articles)")
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if not (args.data / "polnear_train.jsonl").exists():
        print(f"skip: no PolNeAR articles in {args.data}", file=sys.stderr)
        return 0
    result = run(polnear_texts(args.data, args.articles), args.seed)
    for key, value in result.items():
        print(f"{key}: {value:.3f}" if isinstance(value, float) else f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
