"""Same-fact sentences on real multi-outlet clusters (ECB+), through compare_files.

    python bench/ecb_facts.py ../shared/data/ecbplus [--report even|odd|all] [--baseline]
        [--matcher semantic]

Gold: two sentences of different articles in one event folder, both listed in
coref_sentences.csv (their coreference annotation is complete), state the same
fact when they share a non-reporting event instance (an ACTION_* tag other than
ACTION_REPORTING) and at least one participant, time or place instance.

Each event folder goes through `compare.compare_files` exactly as a user would
run it; Statement alignments are mapped back to sentences by `claim.line`
(ECB+ texts hold one sentence per line; a claim that spans two lines stands
for both).

- fact recall: for each gold sentence and each other article where it has a
  gold partner, is it aligned to one of those partners;
- pair precision: of aligned statement pairs whose sentences are complete,
  the share that are gold (a claim spanning two lines is right when one of
  its line pairs is gold).

`--baseline` adds a one-to-one TF-IDF cosine matcher (each article pair,
greedy best-first, one fixed threshold) at several thresholds, and, with
`--report even|odd`, at the threshold chosen on the other half (the most recall
at pair precision >= 0.92 there): a threshold read off the reported topics
themselves flatters it.

The statement model is fitted on odd topics (bench/fit_statements.py --topics
odd); report on even topics, or rotate with a model fitted on even topics.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import attrs

from compare.align import Comparison, Options, compare_files
from compare.align.words import STOPWORDS, stem, words
from compare.extract import Claim
from compare.ingest import Source

Key = tuple[str, int]  # (document id, 1-based line)


@attrs.frozen
class Event:
    folder: str
    topic: int
    paths: tuple[Path, ...]
    complete: frozenset[Key]
    gold: frozenset[frozenset[Key]]


def _line(doc: str, sentence: int) -> int:
    # ECB+ numbers the sentences of the older "ecb" articles from 1 and of the
    # "ecbplus" ones from 0 (the first line of those is a header it skips).
    return sentence + 1 if doc.endswith("ecb") else sentence


def load(root: Path) -> list[Event]:
    complete: set[Key] = set()
    with (root / "coref_sentences.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            doc = f"{row['Topic']}_{row['File']}"
            complete.add((doc, _line(doc, int(row["Sentence Number"]))))
    actions: dict[Key, set[str]] = defaultdict(set)
    others: dict[Key, set[str]] = defaultdict(set)
    with (root / "mentions.jsonl").open(encoding="utf-8") as handle:
        for raw in handle:
            m = json.loads(raw)
            if not m.get("instance"):
                continue
            key = (m["doc"], int(m["line"]))
            if m["tag"].startswith("ACTION_") and m["tag"] != "ACTION_REPORTING":
                actions[key].add(m["instance"])
            elif not m["tag"].startswith(("ACTION_", "NEG_")):
                others[key].add(m["instance"])
    events = []
    for folder in sorted((root / "texts").iterdir()):
        if not folder.is_dir():
            continue
        paths = tuple(sorted(folder.glob("*.txt")))
        docs = {p.stem for p in paths}
        keys = sorted(k for k in complete if k[0] in docs)
        gold = set()
        for x, a in enumerate(keys):
            for b in keys[x + 1 :]:
                if a[0] != b[0] and actions[a] & actions[b] and others[a] & others[b]:
                    gold.add(frozenset((a, b)))
        topic = int(folder.name.split("_")[0])
        events.append(Event(folder.name, topic, paths, frozenset(keys), frozenset(gold)))
    return events


def covered(claim: Claim, source: Source) -> list[Key]:
    """The lines a claim spans: the reader joins a file's single-newline lines
    into paragraphs, so a sentence it splits may start on one line and end on
    the next."""
    first, last = source.line_of(claim.start), source.line_of(max(claim.start, claim.end - 1))
    return [(claim.source, n) for n in range(first, last + 1)]


def line_pairs(a: list[Key], b: list[Key]) -> set[frozenset[Key]]:
    return {frozenset((x, y)) for x in a for y in b if x[0] != y[0]}


def claimdiff_pairs(event: Event, options: Options | None = None) -> list[set[frozenset[Key]]]:
    """The statement pairs claimdiff aligns, each as its line pairs (every line
    of one member against every line of the other)."""
    return statement_line_pairs(compare_files(list(event.paths), options))


def statement_line_pairs(comparison: Comparison) -> list[set[frozenset[Key]]]:
    pairs = []
    for alignment in comparison.alignments:
        if alignment.kind != "statement":
            continue
        keys = [covered(m, comparison.source(m.source)) for m in alignment.members]
        for x, a in enumerate(keys):
            for b in keys[x + 1 :]:
                pairs.append(line_pairs(a, b))
    return pairs


def tfidf_scores(event: Event) -> list[tuple[float, Key, Key]]:
    """Cosine of TF-IDF vectors (IDF from the folder's sentences) for every
    cross-article pair of sentences of six words or more."""
    sentences: dict[Key, Counter[str]] = {}
    for path in event.paths:
        for n, text in enumerate(path.read_text("utf-8").split("\n"), start=1):
            content = [stem(w) for w in words(text) if w not in STOPWORDS]
            if len(words(text)) >= 6 and content:
                sentences[(path.stem, n)] = Counter(content)
    df: Counter[str] = Counter()
    for counts in sentences.values():
        df.update(counts.keys())
    idf = {t: math.log((1 + len(sentences)) / (1 + c)) + 1 for t, c in df.items()}
    vectors = {}
    for key, counts in sentences.items():
        vec = {t: c * idf[t] for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values()))
        vectors[key] = {t: v / norm for t, v in vec.items()}
    keys = sorted(vectors)
    scored = []
    for x, a in enumerate(keys):
        for b in keys[x + 1 :]:
            if a[0] != b[0]:
                va, vb = vectors[a], vectors[b]
                cos = sum(v * vb.get(t, 0.0) for t, v in va.items())
                if cos > 0:
                    scored.append((cos, a, b))
    return scored


def one_to_one(scored: list[tuple[float, Key, Key]], threshold: float) -> list[set[frozenset[Key]]]:
    """Greedy best-first: each sentence pairs with at most one per other article."""
    taken: set[tuple[Key, str]] = set()
    pairs: list[set[frozenset[Key]]] = []
    for score, a, b in sorted(scored, key=lambda s: -s[0]):
        if score < threshold:
            break
        if (a, b[0]) in taken or (b, a[0]) in taken:
            continue
        taken.update({(a, b[0]), (b, a[0])})
        pairs.append({frozenset((a, b))})
    return pairs


def gold_partners(event: Event) -> dict[tuple[Key, str], set[Key]]:
    """Each sentence's gold partners, by the article they are in: a fact counts
    once per sentence and other article."""
    partners: dict[tuple[Key, str], set[Key]] = defaultdict(set)
    for pair in event.gold:
        a, b = sorted(pair)
        partners[(a, b[0])].add(b)
        partners[(b, a[0])].add(a)
    return partners


@attrs.define
class Tally:
    found: int = 0  # (sentence, other article) facts matched to a gold partner
    facts: int = 0  # (sentence, other article) with a gold partner
    right: int = 0  # predicted pairs (both sentences complete) that are gold
    judged: int = 0  # predicted pairs with both sentences complete

    def add(self, event: Event, predicted: Iterable[set[frozenset[Key]]]) -> None:
        """`predicted`: aligned pairs, each as the line pairs it stands for (one
        line pair per sentence pair; more when a claim spans lines)."""
        predicted = list(predicted)
        lines = set().union(*predicted)
        for (key, _), gold in gold_partners(event).items():
            self.facts += 1
            self.found += any(frozenset((key, g)) in lines for g in gold)
        for pairs in predicted:
            # judged when the gold knows one of its line pairs; right when one is gold
            if any(pair <= event.complete for pair in pairs):
                self.judged += 1
                self.right += bool(pairs & event.gold)

    def recall(self) -> float:
        return self.found / max(self.facts, 1)

    def precision(self) -> float:
        return self.right / max(self.judged, 1)

    def line(self) -> str:
        recall, precision = self.recall(), self.precision()
        return (
            f"fact recall {recall:.3f} ({self.found}/{self.facts}); "
            f"pair precision {precision:.3f} ({self.right}/{self.judged})"
        )


# The pair precision a threshold must hold on the topics it is chosen on (issue 13's
# goal is 0.90; the rules are chosen to hold 0.92 there, the baseline likewise).
CHOSEN_PRECISION = 0.92


def held_out_threshold(
    tallies: dict[float, Tally], floor: float = CHOSEN_PRECISION
) -> float | None:
    """The threshold of most recall whose pair precision is at least `floor` on
    the topics the tallies count (None when none holds it): chosen on one half,
    it is reported on the other, as claimdiff's own thresholds are."""
    holding = [t for t, tally in tallies.items() if tally.precision() >= floor and tally.judged]
    return max(holding, key=lambda t: (tallies[t].recall(), t)) if holding else None


def other_half(report: str) -> str | None:
    return {"even": "odd", "odd": "even"}.get(report)


def chosen(events: list[Event], report: str) -> list[Event]:
    if report == "all":
        return events
    parity = 0 if report == "even" else 1
    return [e for e in events if e.topic % 2 == parity]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="the ecbplus folder")
    parser.add_argument("--report", choices=("even", "odd", "all"), default="even")
    parser.add_argument("--baseline", action="store_true", help="add the TF-IDF baseline")
    parser.add_argument(
        "--matcher", action="append", default=[], help="an optional matcher to run (semantic)"
    )
    args = parser.parse_args(argv)
    if not (args.data / "mentions.jsonl").exists():
        print(f"skip: no ECB+ data in {args.data}", file=sys.stderr)
        return 0
    every = load(args.data)
    events = chosen(every, args.report)
    options = Options(matchers=tuple(args.matcher))
    ours = Tally()
    for event in events:
        ours.add(event, claimdiff_pairs(event, options))
    print(f"topics: {args.report}; event folders: {len(events)}; matchers: {args.matcher}")
    print(f"claimdiff: {ours.line()}")
    if args.baseline:
        baseline = baseline_tallies(events)
        for t, tally in baseline.items():
            print(f"tf-idf cosine >= {t:.2f}: {tally.line()}")
        other = other_half(args.report)
        if other:
            # a threshold read off the reported topics flatters the baseline: chosen
            # on the other half, as claimdiff's thresholds are chosen on odd topics
            picked = held_out_threshold(baseline_tallies(chosen(every, other)))
            shown = baseline[picked].line() if picked is not None else "none holds it"
            print(
                f"tf-idf cosine, threshold chosen on {other} topics (most recall at pair "
                f"precision >= {CHOSEN_PRECISION} there): >= {picked}: {shown}"
            )
    return 0


THRESHOLDS = [t / 20 for t in range(4, 19)]  # the baseline's cosine floors, 0.20 to 0.90


def baseline_tallies(events: list[Event]) -> dict[float, Tally]:
    """The one-to-one TF-IDF baseline's tally at each of THRESHOLDS."""
    tallies = {t: Tally() for t in THRESHOLDS}
    for event in events:
        scored = tfidf_scores(event)
        for t in THRESHOLDS:
            tallies[t].add(event, one_to_one(scored, t))
    return tallies


if __name__ == "__main__":
    sys.exit(main())
