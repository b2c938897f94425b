"""Which planted items' two sentences are mutual-best pairs, and which the pipeline pairs.

    python -m bench.pairing_cover [DIR] [--items]

For every item (conflict, agreement, trap) of a contradiction set (the layout of
bench/contradictions.py), the sentence holding the key's words on each side is
looked up among the statement sentences of its article. Sentences are compared by
an information-weighted word cosine (each content stem weighs its information in
general English, compare.align.frequencies, as wide_statements.unit_vector): the
item is *mutual-best* when each sentence is the other's closest in the other
article. Printed per item kind and conflict type: how many items are mutual-best,
at which cosine, and how many the pipeline covers now (an alignment of any kind
holds both sentences, as bench/contradictions.py counts it) or at least proposes
(a statement matcher pairs the two sentences, whatever the judge then says).

`--items` lists every item with its cosine, both ranks and the matchers that
proposed it: allowed on read sets only (bench/contradictions and its _fresh,
_fresh2 to _fresh10); a validation set prints totals only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

import attrs

from bench.contradictions import DEFAULT_ROOT, SECTIONS, Item, covers, load_pairs
from compare.align import align, registry
from compare.align.model import Comparison, Verdict
from compare.align.pair_features import Sentence
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.align.statement_judge import judge_statements_in_context
from compare.align.statements import cosine, graded_statement_pairs
from compare.align.wide_statements import unit_vector
from compare.extract import Claim
from compare.extract.claims import Kind
from compare.pipeline import extract, load

READ_SETS = frozenset(
    {
        "contradictions",
        "contradictions_fresh",
        "contradictions_fresh2",
        "contradictions_fresh3",
        "contradictions_fresh4",
        "contradictions_fresh5",
        "contradictions_fresh6",
        "contradictions_fresh7",
        "contradictions_fresh8",
        "contradictions_fresh9",
        "contradictions_fresh10",
        "contradictions_fresh11",
        "contradictions_fresh12",
        "contradictions_fresh13",
        "contradictions_fresh14",
        "contradictions_fresh15",
        "contradictions_fresh16",
        "contradictions_fresh17",
        "contradictions_fresh18",
        "contradictions_fresh19",
        "contradictions_fresh20",
        "contradictions_fresh21",
        "contradictions_fresh22",
        "contradictions_fresh23",
        "contradictions_fresh24",
        "contradictions_fresh25",
        "contradictions_fresh26",
        "contradictions_fresh27",
        "contradictions_fresh28",
        "contradictions_fresh29",
        "contradictions_fresh30",
        "contradictions_fresh31",
        "contradictions_fresh32",
        "contradictions_fresh33",
        "contradictions_fresh34",
        "contradictions_fresh35",
        "contradictions_fresh36",
        "contradictions_fresh37",
        "contradictions_fresh38",
        "contradictions_fresh39",
        "contradictions_fresh40",
    }
)
FLOORS = (0.2, 0.3, 0.4)


@attrs.frozen
class Cover:
    """How one item's two sentences stand."""

    item: Item
    found: bool  # both sentences are statement sentences of their articles
    cosine: float = 0.0
    rank_a: int = 0  # 1: b's sentence is a's closest in b's article
    rank_b: int = 0
    covered: bool = False  # an alignment holds both (what contradictions.py scores)
    proposed: tuple[str, ...] = ()  # statement matchers that proposed the two sentences
    # what the statement judge says of the two sentences' statements judged as a pair:
    # "agree", "unchecked" or the conflict type of "differ"
    judged: str = ""

    @property
    def mutual(self) -> bool:
        return self.found and self.rank_a == 1 and self.rank_b == 1


def statement_proposals(
    statements: Sequence[Claim], sentences: SentenceClaims
) -> dict[tuple[int, int], set[str]]:
    """Which statement matchers propose each pair (i < j) of statements."""
    options = Options()
    found: dict[tuple[int, int], set[str]] = defaultdict(set)
    graded = graded_statement_pairs(
        [s.text for s in statements], [s.source for s in statements], options.statement_threshold
    )
    for name, graded_pairs in (
        ("tight", graded.tight),
        ("loose", graded.loose),
        ("wide", graded.wide),
    ):
        for _, i, j in graded_pairs:
            found[(min(i, j), max(i, j))].add(name)
    for spec in registry.further_matchers(Kind.STATEMENT):
        if spec.on_request:
            continue  # an optional model the default comparison does not run
        matcher = spec.sentence_matcher
        pairs = (
            matcher(statements, options, sentences)
            if matcher is not None
            else spec.matcher(statements, options)
        )
        for _, i, j in pairs:
            found[(min(i, j), max(i, j))].add(spec.name)
    return found


def cover_pair(folder_a: Path, folder_b: Path, items: Sequence[Item]) -> list[Cover]:
    sources = load([folder_a, folder_b])
    claims = extract(sources)
    comparison: Comparison = align(sources, claims)
    every = [c for per_source in claims for c in per_source]
    statements = [c for c in every if c.kind == Kind.STATEMENT]
    proposals = statement_proposals(statements, SentenceClaims.index(every))
    first, second = sources[0].id, sources[1].id
    texts = {s.id: s.text for s in sources}

    def sentence_text(claim: Claim) -> str:
        text = texts[claim.source]
        return text[claim.sentence_start : claim.sentence_end]

    # one vector per sentence (a sentence may hold several statements)
    keys: dict[str, list[int]] = {first: [], second: []}
    seen: dict[tuple[str, int], int] = {}
    vectors: list[dict[str, float]] = []
    texts_of: list[str] = []
    for claim in statements:
        key = (claim.source, claim.sentence_start)
        if key not in seen:
            seen[key] = len(vectors)
            keys[claim.source].append(len(vectors))
            texts_of.append(sentence_text(claim))
            vectors.append(unit_vector(Sentence(texts_of[-1])))
    likeness = {(i, j): cosine(vectors[i], vectors[j]) for i in keys[first] for j in keys[second]}
    out = []
    for item in items:
        comp_cover = any(covers(comparison, al, item) for al in comparison.alignments)
        side_a = [i for i in keys[first] if item.a in texts_of[i]]
        side_b = [j for j in keys[second] if item.b in texts_of[j]]
        if not side_a or not side_b:
            out.append(Cover(item, found=False, covered=comp_cover))
            continue
        i, j = side_a[0], side_b[0]
        like = likeness[(i, j)]
        rank_a = 1 + sum(likeness[(i, k)] > like for k in keys[second])
        rank_b = 1 + sum(likeness[(k, j)] > like for k in keys[first])
        proposed: set[str] = set()
        for (x, y), names in proposals.items():
            sx = seen[(statements[x].source, statements[x].sentence_start)]
            sy = seen[(statements[y].source, statements[y].sentence_start)]
            if {sx, sy} == {i, j}:
                proposed |= names
        judged = judge_sentences(statements, seen, i, j, SentenceClaims.index(every))
        out.append(
            Cover(item, True, like, rank_a, rank_b, comp_cover, tuple(sorted(proposed)), judged)
        )
    return out


def judge_sentences(
    statements: Sequence[Claim],
    seen: Mapping[tuple[str, int], int],
    i: int,
    j: int,
    sentences: SentenceClaims,
) -> str:
    """The statement judge on the first statements of sentences i and j."""
    a = next(s for s in statements if seen[(s.source, s.sentence_start)] == i)
    b = next(s for s in statements if seen[(s.source, s.sentence_start)] == j)
    judgement = judge_statements_in_context([a, b], Options(), sentences)
    if judgement.unchecked:
        return "unchecked"
    return str(judgement.conflict) if judgement.verdict == Verdict.DIFFER else "agree"


def print_totals(covers_: Sequence[Cover]) -> None:
    header = "mutual" + "".join(f" >={f:.1f}" for f in FLOORS)
    print(
        f"\n{'':<22}{'n':>4} {'found':>5} {header}  covered proposed  mutual&uncovered"
        "  (judged right type / agree / unchecked / other)"
    )
    groups: Mapping[str, list[Cover]] = _groups(covers_)
    for name, group in groups.items():
        mutual = [c for c in group if c.mutual]
        uncovered = [c for c in mutual if not c.covered]
        floors = "".join(f" {sum(c.cosine >= f for c in mutual):>5}" for f in FLOORS)
        print(
            f"{name:<22}{len(group):>4} {sum(c.found for c in group):>5}"
            f" {len(mutual):>6}{floors}  {sum(c.covered for c in group):>7}"
            f" {sum(bool(c.proposed) for c in group):>8}"
            f"  {len(uncovered):>16}  ({_judged(uncovered)})"
        )


def _judged(covers_: Sequence[Cover]) -> str:
    right = sum(c.judged == (c.item.type or "agree") for c in covers_)
    agree = sum(c.judged == "agree" for c in covers_) - (
        0 if covers_ and covers_[0].item.type else right
    )
    unchecked = sum(c.judged == "unchecked" for c in covers_)
    return f"{right} / {agree} / {unchecked} / {len(covers_) - right - agree - unchecked}"


def _groups(covers_: Sequence[Cover]) -> dict[str, list[Cover]]:
    groups: dict[str, list[Cover]] = {s: [] for s in SECTIONS}
    for c in covers_:
        groups[c.item.section].append(c)
    types = Counter(c.item.type for c in covers_ if c.item.type)
    for kind in sorted(types):
        groups[f"  {kind}"] = [c for c in covers_ if c.item.type == kind]
    return groups


def print_items(name: str, covers_: Sequence[Cover]) -> None:
    for c in covers_:
        what = c.item.type or c.item.section[:-1]
        if not c.found:
            print(f"  {name} {what:<10} sentence not a statement  covered={c.covered}")
            continue
        mark = "MUTUAL" if c.mutual else f"rank {c.rank_a}/{c.rank_b}"
        print(
            f"  {name} {what:<10} cos {c.cosine:.2f} {mark:<12} covered={c.covered!s:<5}"
            f" by {','.join(c.proposed) or '-'} judged {c.judged}"
            f"\n      a: {c.item.a!r}\n      b: {c.item.b!r}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root", nargs="?", type=Path, default=DEFAULT_ROOT)
    parser.add_argument("--items", action="store_true", help="every item (read sets only)")
    args = parser.parse_args(argv)
    if args.items and args.root.resolve().name not in READ_SETS:
        print(f"error: {args.root} is not a read set: totals only", file=sys.stderr)
        return 2
    everything: list[Cover] = []
    for pair in load_pairs(args.root):
        found = cover_pair(pair.a, pair.b, pair.items)
        everything.extend(found)
        if args.items:
            print_items(pair.name, found)
    print_totals(everything)
    return 0


if __name__ == "__main__":
    sys.exit(main())
