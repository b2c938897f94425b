"""Frame accuracy on a hand-annotated gold over the shared corpora.

    python bench/frames.py ../shared/data [--gold bench/frames_gold.jsonl] [--show]

bench/frames_gold.jsonl holds only references (corpus, item / document and line /
article, character offsets) and the annotations: for each number its governing
predicate's lemma and the head of what it counts; dates (with ISO values where the
text alone resolves them), clock times, named places; the main predicate of a
sentence; and for a quote the lemma and polarity of its own main clause. The
texts are read from the data path; every text goes through Source.from_text and
compare.extract_claims, as users call them.

Each record has a half: "tune" (the rules were adjusted looking at these) or
"test" (never looked at while writing rules). NewsQuant is split by a hash of the
item number; ECB+ by event (topic 12 tune, topics 18 and 21 test); PolNeAR by
outlet (breitbart tune, huff-post test).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from compare import Source
from compare.extract import Claim, Date, Number, Place, Quote, Statement, Time, extract_claims
from compare.extract.lemmas import classes

ROOT = Path(__file__).resolve().parent.parent


def load_texts(data: Path) -> dict[str, Any]:
    newsquant = json.loads((data / "newsquant" / "newsquant_dev.json").read_text("utf-8"))
    docs = {}
    for line in (data / "ecbplus" / "documents.jsonl").read_text("utf-8").splitlines():
        doc = json.loads(line)
        docs[doc["doc"]] = data / "ecbplus" / doc["path"]
    articles: dict[str, str] = {}
    with (data / "polnear" / "polnear_train.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            articles.setdefault(article["article"], article["text"])
    return {"newsquant": newsquant, "ecbplus": docs, "polnear": articles}


def text_of(record: dict[str, Any], texts: dict[str, Any]) -> tuple[str, int]:
    """The text to extract from, and the offset of the gold's frame of reference in it."""
    corpus = record["corpus"]
    if corpus == "newsquant":
        return str(texts["newsquant"][record["item"]]["text"]), 0
    if corpus == "ecbplus":
        lines = texts["ecbplus"][record["doc"]].read_text("utf-8").split("\n")
        return lines[record["line"]], 0
    article = texts["polnear"][record["article"]]
    a, _ = record["quote_at"]
    start = article.rfind("\n", 0, a) + 1
    end = article.find("\n", a)
    return article[start : end if end >= 0 else len(article)], start


def locate(source: Source, original: str, at: list[int], shift: int) -> tuple[int, int] | None:
    """The gold span's place in the clean text (cleaning may move offsets)."""
    piece = original[at[0] - shift : at[1] - shift]
    hits = []
    i = source.text.find(piece)
    while i >= 0:
        hits.append(i)
        i = source.text.find(piece, i + 1)
    if not hits:
        return None
    best = min(hits, key=lambda h: abs(h - (at[0] - shift)))
    return best, best + len(piece)


def overlapping(claims: tuple[Claim, ...], kind: type, span: tuple[int, int] | None) -> Any:
    if span is None:
        return None
    for claim in claims:
        if isinstance(claim, kind) and claim.start < span[1] and span[0] < claim.end:
            return claim
    return None


def head_matches(thing: str | None, gold: str) -> bool:
    if not thing:
        return False
    last = thing.split(" of ")[0].split()[-1].lower().strip(".,")
    noun = classes(last).get("noun", last).lower()
    gold = gold.lower()
    return gold in (last, noun) or last.startswith(gold)


def score(record: dict[str, Any], texts: dict[str, Any], show: bool) -> Counter[str]:
    text, shift = text_of(record, texts)
    source = Source.from_text(text, id="gold")
    claims = extract_claims(source, qualifiers=True)
    tally: Counter[str] = Counter()

    def mark(part: str, ok: bool, detail: str) -> None:
        tally[part + ":n"] += 1
        tally[part + ":ok"] += ok
        if show and not ok:
            print(f"  MISS {part}: {detail}\n    in: {text[:160]!r}")

    for number in record.get("numbers", []):
        claim = overlapping(claims, Number, locate(source, text, number["at"], shift))
        frame = claim.frame if claim else None
        got = frame.lemma if frame else None
        mark("number.lemma", got == number["lemma"], f"{number['lemma']} got {got}")
        if number["thing"]:
            thing = frame.thing.text if frame and frame.thing else None
            mark(
                "number.thing",
                head_matches(thing, number["thing"]),
                f"{number['thing']} got {thing}",
            )
    for kind, part in ((Date, "date"), (Time, "time")):
        for item in record.get(part + "s", []):
            claim = overlapping(claims, kind, locate(source, text, item["at"], shift))
            value = claim.value if claim else "(none)"
            ok = claim is not None and (item["value"] is None or value == item["value"])
            mark(part, ok, f"{item['value']} got {value}")
    for item in record.get("places", []):
        claim = overlapping(claims, Place, locate(source, text, item["at"], shift))
        mark("place", claim is not None, f"{text[item['at'][0] : item['at'][1]]!r} not found")
    if record["corpus"] == "polnear":
        claim = overlapping(claims, Quote, locate(source, text, record["quote_at"], shift))
        frame = claim.frame if claim else None
        got = (frame.lemma, frame.negated) if frame else None
        want = (record["lemma"], record["negated"])
        mark("quote.lemma+negated", got == want, f"{want} got {got}")
    elif "lemma" in record:
        claim = next((c for c in claims if isinstance(c, Statement)), None)
        got = claim.frame.lemma if claim and claim.frame else None
        mark("statement.lemma", got == record["lemma"], f"{record['lemma']} got {got}")
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path, help="the shared data folder (../shared/data)")
    parser.add_argument("--gold", type=Path, default=ROOT / "bench" / "frames_gold.jsonl")
    parser.add_argument("--show", choices=("tune", "test", "all"), help="print the misses")
    args = parser.parse_args(argv)
    if not (args.data / "newsquant").is_dir():
        print(f"no corpora under {args.data}: skipped", file=sys.stderr)
        return 0
    texts = load_texts(args.data)
    records = [json.loads(line) for line in args.gold.read_text("utf-8").splitlines() if line]
    totals: dict[str, Counter[str]] = {"tune": Counter(), "test": Counter(), "all": Counter()}
    for record in records:
        show = args.show in (record["half"], "all")
        tally = score(record, texts, show)
        totals[record["half"]].update(tally)
        totals["all"].update(tally)
    parts = sorted({key.rsplit(":", 1)[0] for key in totals["all"]})
    print(f"{len(records)} annotated sentences")
    print(f"{'part':24} " + " ".join(f"{h:>14}" for h in totals))
    for part in [*parts, "frame (all parts)"]:
        cells = []
        for tally in totals.values():
            if part.startswith("frame"):
                n = sum(v for k, v in tally.items() if k.endswith(":n"))
                ok = sum(v for k, v in tally.items() if k.endswith(":ok"))
            else:
                n, ok = tally[part + ":n"], tally[part + ":ok"]
            cells.append(f"{ok / n:.2f} ({ok}/{n})" if n else "-")
        print(f"{part:24} " + " ".join(f"{c:>14}" for c in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
