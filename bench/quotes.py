"""Score direct quotes and speakers against PolNeAR.

    python bench/quotes.py ../shared/data/polnear [--split heldout|tune|all] [--show N]

Found: a gold quote counts as found when one predicted quote covers at least
80% of its words. Speaker: of the found quotes, the share whose predicted
speaker (the mention or the resolved name) shares a word with the gold
speaker span. Articles are split by a hash of their id into two tuning fifths
(whose misses were read) and three held-out fifths; quote the held-out figures.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from collections import Counter, defaultdict
from pathlib import Path

from compare import InputError, Source
from compare.extract import Quote, extract_claims

_WORD = re.compile(r"\w+")
_NOT_NAME = frozenset(
    "the a an of and in at for to on by with from as 's s who which that former".split()
)


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def coverage(gold: list[str], predicted: list[str]) -> float:
    if not gold:
        return 0.0
    have = Counter(predicted)
    hit = 0
    for word in gold:
        if have[word] > 0:
            have[word] -= 1
            hit += 1
    return hit / len(gold)


def split_of(article: str) -> str:
    # Two fifths (by a hash of the article id) were read while writing rules.
    return "tune" if zlib.crc32(article.encode()) % 5 in (0, 1) else "heldout"


def speaker_matches(gold: str, quote: Quote) -> bool:
    gold_words = set(words(gold)) - _NOT_NAME
    ours = set(words(quote.speaker_mention or "")) | set(words(quote.speaker or ""))
    return bool(gold_words & (ours - _NOT_NAME))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "data", type=Path, help="folder with polnear_train.jsonl and quotes_train.jsonl"
    )
    parser.add_argument("--split", choices=("heldout", "tune", "all"), default="heldout")
    parser.add_argument("--show", type=int, default=0, help="print this many misses of each kind")
    args = parser.parse_args(argv)
    articles_path = args.data / "polnear_train.jsonl"
    quotes_path = args.data / "quotes_train.jsonl"
    if not articles_path.exists() or not quotes_path.exists():
        print(f"skip: no PolNeAR data in {args.data}", file=sys.stderr)
        return 0

    texts: dict[str, tuple[str, str]] = {}  # article -> (annotator, text)
    with articles_path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            article, annotator = row["article"], row["annotator"]
            if article in texts and texts[article][0] <= annotator:
                continue  # several annotators: use one (the first by id)
            texts[article] = (annotator, row["text"])
    gold: dict[str, list[dict[str, str]]] = defaultdict(list)
    with quotes_path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["article"] in texts and texts[row["article"]][0] == row["annotator"]:
                gold[row["article"]].append(row)

    total = found = right = 0
    missed: list[tuple[str, str]] = []
    wrong: list[tuple[str, str, str, str]] = []
    for article, (_, text) in sorted(texts.items()):
        if args.split != "all" and split_of(article) != args.split:
            continue
        try:
            source = Source.from_text(text, id=article)
        except InputError:
            predicted: list[Quote] = []
        else:
            predicted = [c for c in extract_claims(source) if isinstance(c, Quote)]
        pred_words = [(q, words(q.text)) for q in predicted]
        for item in gold.get(article, []):
            gold_words = words(item["quote"])
            if not gold_words:
                continue
            total += 1
            best = max(pred_words, key=lambda p: coverage(gold_words, p[1]), default=None)
            if best is None or coverage(gold_words, best[1]) < 0.8:
                missed.append((article, item["quote"]))
                continue
            found += 1
            if speaker_matches(item["speaker"], best[0]):
                right += 1
            else:
                wrong.append(
                    (item["quote"], item["speaker"], str(best[0].speaker_mention), best[0].sentence)
                )

    articles = sum(1 for a in texts if args.split == "all" or split_of(a) == args.split)
    print(f"split: {args.split}; articles: {articles}")
    print(f"gold direct quotes: {total}")
    print(f"found: {found} ({found / max(total, 1):.3f})")
    print(f"right speaker among found: {right} ({right / max(found, 1):.3f})")
    for article, quote in missed[: args.show]:
        print(f"MISSED [{article}] {quote[:120]!r}")
    for _quote, gold_speaker, ours, sentence in wrong[: args.show]:
        print(f"WRONG gold={gold_speaker!r} ours={ours!r} :: {sentence[:220]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
