"""Event words that co-refer across outlets, learned from ECB+: could such a table
be the missing "same event" evidence for aligning claims?

    python -m bench.event_pairs /work/shared/data/ecbplus            # table from all topics
    python -m bench.event_pairs DATA --topics odd                     # topics 1-24 odd only
    python -m bench.event_pairs DATA --tsv bench/event_pairs.tsv      # write the table
    python -m bench.event_pairs DATA --examples 30                    # commonest and random pairs
    python -m bench.event_pairs DATA --topics odd --heldout           # check it on even topics
    python -m bench.event_pairs DATA --coverage                       # bench read sets

What it builds. From ECB+'s `mentions.jsonl`, every mention tagged ACTION_*
(not ACTION_REPORTING, not NEG_*) that carries a cross-document `instance` is
reduced to the lemma of its head word (`head_lemma`: auxiliaries, articles and
particles dropped; a verb phrase's first verb, a noun phrase's last word; a word
that can be a verb is taken as the verb's lemma, so "shooting" is "shoot"). Two
mentions in different documents sharing one instance are a co-referring pair of
event words; the table counts, per unordered lemma pair, the mention pairs
(`count`), the event folders they occur in (`folders`), the instances (events)
they co-refer in (`instances`) and, for contrast, the mention pairs in different
documents of one topic that do NOT share an instance (`apart`; a topic's two
folders are two like events, e.g. two earthquakes): "kill" / "kill" co-refers
often but is also apart often.

What it measures.
- `--heldout`: on the topics the table was not built from (even ones when built
  from odd ones), the cross-document pairs of ACTION mentions in one folder:
  how many co-referring pairs of *different* lemmas the table ties (recall beyond
  identity), against WordNet (compare/align: synonyms, derivations, verb kinds),
  and how many non-co-referring pairs it ties as well (false ties).
- `--coverage`: the read sets of the contradiction suite (bench/contradictions,
  _fresh, _fresh2 ... _fresh10 only; the held-out sets _fresh11 and later are
  never listed). For each key item, the event word(s) of each side's sentence:
  the frame predicate lemma of the claim the key's words hold (a statement's
  first), optionally with the deverbal head nouns of its actor and thing
  ("The raid happened": raid). A pair of sides is classed as same lemma,
  WordNet-linked, in the ECB+ table (count >= 2 in >= 2 folders; count >= 1), or
  none, per section (conflicts by type, agreements, traps). A table that ties
  many conflicts and agreements but few traps would be promising.

The ECB+ data path is an argument; the script exits cleanly when it is absent.

Findings (stop 29, helper evlex19). The table from all 24 topics has 1,223
lemma pairs, 908 of two different lemmas, 96 of them with count >= 2 in >= 2
folders; from odd topics, 678 / 491 / 28. On the read sets it ties almost
nothing WordNet and identity do not: of 294 date/time/place/actor/figure
conflicts, 2 (count >= 2, >= 2 folders) or 5 (count >= 1); of 703 agreements,
4 or 10; of 446 traps, 3 or 10, so as many traps as conflicts. The words are
mostly not ECB+'s (90 of the 294 have both event words among its lemmas), and
where they are, ECB+'s loose instances (a fight's "stopped" / "won", "killed" /
"injuring" in one instance) tie different events: kill / die, injure / kill,
damage / destroy are the pairs that tie traps. None of the brief's six pairs
(give way / strike, raid / happen, bury / swallow, trace / follow, close / seal,
find / make) is in the table. On ECB+'s own held-out even topics the table (>= 2,
>= 2 folders) is more precise than WordNet, less than identity: P(co-refer) 0.54 per topic
and lemma pair against WordNet's 0.34 and identity's 0.70, but it ties only 33 of
501 co-referring pairs of different lemmas (WordNet 83). 35% of the read sets'
conflicts have a generic verb ("be", "take", "say", "happen"...) on one side:
their event is a noun the frame does not name.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent
# Read sets only: spelled out, so no glob can reach the held-out _fresh11 and later.
READ_SETS = (
    "contradictions",
    "contradictions_fresh",
    *(f"contradictions_fresh{i}" for i in range(2, 11)),
)
# Words that are no head of an event mention: auxiliaries, articles, particles.
FUNCTION_WORDS = frozenset(
    """a an the this that these those his her its their our my your 's ' to of in into on onto at
    for from by with up down out off over away back be is are was were been being am has have
    had having do does did will would shall should can could may might must not n't never no
    and or but as it he she they we i you who which what ""
    """.split()
)
# Verbs that name no event of their own ("the raid happened", "the seizure was made").
GENERIC_VERBS = frozenset(
    "be have take make happen occur come go get give put set do say leave see".split()
)
VERB_FIRST_SKIP = frozenset({"fatal", "deadly", "alleged", "first", "second", "new", "latest"})


@attrs.frozen
class Mention:
    doc: str
    folder: str
    topic: int
    instance: str
    lemma: str
    text: str


def normalise(word: str) -> str:
    """One lemma per event word across parts of speech: a word that can be a verb
    is its verb lemma ("shooting", "shot": shoot), else its noun lemma."""
    from compare.extract.lemmas import classes

    word = word.lower().strip(".,;:'\"")
    found = classes(word)
    if "verb" in found:
        return found["verb"]
    if "noun" in found:
        return found["noun"]
    if word.endswith("s") and classes(word[:-1]):  # "Oscars": oscar
        return normalise(word[:-1])
    return word


def head_lemma(text: str) -> str | None:
    """The lemma of a mention's head word: a verb phrase's first content word
    ("checked into": check), a noun phrase's last ("the fatal shooting": shoot)."""
    from compare.extract.lemmas import classes

    tokens = [t.lower() for t in re.findall(r"[A-Za-z][A-Za-z-]*", text.replace("'s", ""))]
    content = [t for t in tokens if t not in FUNCTION_WORDS]
    if not content:
        return None
    if len(content) == 1:
        return normalise(content[0])
    first_raw = tokens[0] if tokens else ""
    det = first_raw in {"a", "an", "the", "this", "that", "his", "her", "its", "their"}
    first = content[0]
    if not det and first not in VERB_FIRST_SKIP and "verb" in classes(first):
        return normalise(first)
    return normalise(content[-1])


def complete_sentences(data: Path) -> set[tuple[str, int]]:
    """(doc, sentence) pairs whose coreference annotation is complete."""
    out: set[tuple[str, int]] = set()
    with (data / "coref_sentences.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            out.add((f"{row['Topic']}_{row['File']}", int(row["Sentence Number"])))
    return out


def is_event(tag: str) -> bool:
    return tag.startswith("ACTION_") and tag != "ACTION_REPORTING"


def read_mentions(data: Path, complete_only: bool = False) -> list[Mention]:
    """ACTION mentions with a cross-document instance, each with its head lemma."""
    complete = complete_sentences(data) if complete_only else set()
    out = []
    with (data / "mentions.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            m = json.loads(line)
            if not is_event(m["tag"]) or not m.get("instance"):
                continue
            if complete_only and (m["doc"], m["sentence"]) not in complete:
                continue
            lemma = head_lemma(m["text"])
            if lemma is None:
                continue
            folder = f"{m['topic']}_{m['subtopic']}"
            out.append(Mention(m["doc"], folder, int(m["topic"]), m["instance"], lemma, m["text"]))
    return out


def key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def cross_pairs(mentions: Iterable[Mention]) -> Iterator[tuple[Mention, Mention]]:
    """Every pair of mentions in different documents of one ECB+ topic: its two
    event folders (ecb, ecbplus) tell two like events ("an earthquake"), and 39
    instances are shared across them."""
    by_topic: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_topic[m.topic].append(m)
    for group in by_topic.values():
        for x, y in itertools.combinations(group, 2):
            if x.doc != y.doc:
                yield x, y


@attrs.define
class Entry:
    count: int = 0  # co-referring mention pairs
    apart: int = 0  # mention pairs in one folder, different documents, different instances
    folders: set[str] = attrs.Factory(set)
    instances: set[str] = attrs.Factory(set)  # the events (ECB+ instances) they co-refer in


Table = dict[tuple[str, str], Entry]


def build(mentions: Iterable[Mention]) -> Table:
    table: Table = defaultdict(Entry)
    for x, y in cross_pairs(mentions):
        entry = table[key(x.lemma, y.lemma)]
        if x.instance == y.instance:
            entry.count += 1
            entry.folders.update((x.folder, y.folder))
            entry.instances.add(x.instance)
        else:
            entry.apart += 1
    return {k: v for k, v in table.items() if v.count}


def in_table(table: Table, a: str, b: str, count: int, folders: int) -> bool:
    entry = table.get(key(a, b))
    return entry is not None and entry.count >= count and len(entry.folders) >= folders


def share(table: Table, a: str, b: str) -> float:
    """Of the cross-document pairs of the two lemmas in one topic, the share that co-refer."""
    entry = table.get(key(a, b))
    return entry.count / (entry.count + entry.apart) if entry else 0.0


def wordnet_linked(a: str, b: str) -> bool:
    """Synonyms, one family across parts of speech, or one verb a kind of the other."""
    from compare.align.derivations import families
    from compare.align.synonyms import are_synonyms
    from compare.align.verb_kinds import kind_of

    return are_synonyms(a, b) or bool(families(a) & families(b)) or kind_of(a, b)


def select(mentions: list[Mention], topics: str) -> list[Mention]:
    if topics == "odd":
        return [m for m in mentions if m.topic % 2]
    if topics == "even":
        return [m for m in mentions if not m.topic % 2]
    return mentions


def write_tsv(table: Table, path: Path) -> None:
    rows = sorted(table.items(), key=lambda kv: (-kv[1].count, kv[0]))
    with path.open("w", encoding="utf-8") as out:
        out.write(
            "# lemma_a\tlemma_b\tcount\tfolders\tinstances\tapart"
            "  (bench/event_pairs.py, from ECB+, CC BY 3.0)\n"
        )
        for (a, b), e in rows:
            out.write(f"{a}\t{b}\t{e.count}\t{len(e.folders)}\t{len(e.instances)}\t{e.apart}\n")


def describe(table: Table) -> None:
    distinct = [k for k in table if k[0] != k[1]]
    strong = [k for k in distinct if in_table(table, *k, 2, 2)]
    print(
        f"distinct lemma pairs: {len(table)} ({len(distinct)} of two different lemmas, "
        f"{len(strong)} of them with count >= 2 in >= 2 folders)"
    )


def examples(table: Table, n: int, seed: int = 19) -> None:
    distinct = [(k, e) for k, e in table.items() if k[0] != k[1]]
    distinct.sort(key=lambda kv: (-kv[1].count, -len(kv[1].folders), kv[0]))
    print(f"\n{n} commonest pairs of different lemmas (count, folders, instances, apart, wordnet):")
    for pair in distinct[:n]:
        print(example_line(*pair))
    print(f"\n{n} random pairs of different lemmas (seed {seed}):")
    for pair in random.Random(seed).sample(distinct, min(n, len(distinct))):
        print(example_line(*pair))


def example_line(pair: tuple[str, str], e: Entry) -> str:
    linked = "wn" if wordnet_linked(*pair) else "-"
    counts = f"{e.count}\t{len(e.folders)}\t{len(e.instances)}\t{e.apart}"
    return f"  {pair[0]} / {pair[1]}\t{counts}\t{linked}"


def heldout(table: Table, test: list[Mention], types: bool = False, name: str = "held-out") -> None:
    """How the table ties cross-document pairs of topics it was not built from."""
    tallies: Counter[str] = Counter()
    seen: set[tuple[int, str, str, bool]] = set()
    for x, y in cross_pairs(test):
        same_event = x.instance == y.instance
        if types:  # each (topic, lemma pair, co-refers or not) once: big clusters weigh less
            kept = (x.topic, *key(x.lemma, y.lemma), same_event)
            if kept in seen:
                continue
            seen.add(kept)
        side = "coref" if same_event else "apart"
        tallies[f"{side} all"] += 1
        if x.lemma == y.lemma:
            tallies[f"{side} same lemma"] += 1
            continue
        tallies[f"{side} different lemmas"] += 1
        wn = wordnet_linked(x.lemma, y.lemma)
        t1 = in_table(table, x.lemma, y.lemma, 1, 1)
        t2 = in_table(table, x.lemma, y.lemma, 2, 2)
        tallies[f"{side} wordnet"] += wn
        tallies[f"{side} table>=1"] += t1
        tallies[f"{side} table>=2/2f"] += t2
        tallies[f"{side} table>=2/2f not wordnet"] += t2 and not wn
        tallies[f"{side} wordnet or table>=2/2f"] += wn or t2
        tallies[f"{side} table>=2/2f, share>=0.5"] += t2 and share(table, x.lemma, y.lemma) >= 0.5
    unit = "lemma pairs per topic" if types else "mention pairs"
    print(f"\n{name} cross-document {unit} (one topic, different documents):")
    print(f"{'':34}{'coref':>10}{'apart':>10}{'P(coref)':>10}")
    for label in (
        "all",
        "same lemma",
        "different lemmas",
        "wordnet",
        "table>=1",
        "table>=2/2f",
        "table>=2/2f not wordnet",
        "wordnet or table>=2/2f",
        "table>=2/2f, share>=0.5",
    ):
        c, a = tallies[f"coref {label}"], tallies[f"apart {label}"]
        print(f"  {label:32}{c:>10}{a:>10}{(c / (c + a) if c + a else 0):>10.2f}")


# ---- coverage on the contradiction read sets ----


@attrs.frozen
class Side:
    words: frozenset[str]  # event words: the predicate lemma (first) and event nouns
    predicate: str | None


def _head(text: str) -> str | None:
    words = re.findall(r"[A-Za-z][A-Za-z-]*", text)
    return words[-1].lower() if words else None


def side_words(path: Path, words: str, nouns: bool) -> Side:
    """The event words of the claim the key's words hold."""
    from compare import load_source
    from compare.align.derivations import families
    from compare.extract import extract_claims
    from compare.extract.lemmas import can_be_noun

    source = load_source(path)
    text = source.text
    start = text.find(words)
    if start < 0:
        return Side(frozenset(), None)
    end = start + len(words)
    framed = [
        c
        for c in extract_claims(source)
        if c.frame is not None and c.frame.lemma and c.sentence_start <= start < c.sentence_end
    ]

    def rank(c: object) -> tuple[int, int, int]:
        frame = c.frame  # type: ignore[attr-defined]
        pred = frame.predicate
        inside = pred is not None and start <= pred.start < end
        overlaps = c.start < end and c.end > start  # type: ignore[attr-defined]
        return (not inside, not overlaps, str(c.kind) != "statement")  # type: ignore[attr-defined]

    if not framed:
        return Side(frozenset(), None)
    best = min(framed, key=rank)
    assert best.frame is not None and best.frame.lemma
    pred = normalise(best.frame.lemma)
    found = {pred}
    if nouns:
        for span in (best.frame.actor, best.frame.thing):
            head = _head(span.text) if span is not None else None
            if head and can_be_noun(head) and families(head):
                found.add(normalise(head))
    return Side(frozenset(found), pred)


def classify(table: Table, a: Side, b: Side, vocabulary: set[str]) -> dict[str, bool]:
    pairs = [(x, y) for x in a.words for y in b.words]
    known = any(x in vocabulary and y in vocabulary for x, y in pairs)
    same = any(x == y for x, y in pairs)
    wn = any(x != y and wordnet_linked(x, y) for x, y in pairs)
    t2 = any(x != y and in_table(table, x, y, 2, 2) for x, y in pairs)
    t1 = any(x != y and in_table(table, x, y, 1, 1) for x, y in pairs)
    generic = a.predicate in GENERIC_VERBS or b.predicate in GENERIC_VERBS
    return {
        "missing": not pairs,
        "generic": generic,
        "both in ecb": known,
        "same": same,
        "wordnet": wn,
        "ecb>=2/2f": t2,
        "ecb>=1": t1,
        "ecb2 only": t2 and not same and not wn,
        "ecb1 only": t1 and not same and not wn,
        "none": bool(pairs) and not (same or wn or t1),
    }


COLUMNS = (
    "n",
    "missing",
    "generic",
    "both in ecb",
    "same",
    "wordnet",
    "ecb>=2/2f",
    "ecb>=1",
    "ecb2 only",
    "ecb1 only",
    "none",
)


EVENT_TYPES = frozenset({"date", "time", "place", "actor", "figure"})


def coverage(table: Table, nouns: bool, show: bool) -> None:
    from bench.contradictions import load_pairs

    rows: dict[str, Counter[str]] = defaultdict(Counter)
    vocabulary = {lemma for pair in table for lemma in pair}
    for name in READ_SETS:
        root = ROOT / name
        if not root.is_dir():
            continue
        for pair in load_pairs(root):
            for item in pair.items:
                a = side_words(pair.a, item.a, nouns)
                b = side_words(pair.b, item.b, nouns)
                flags = classify(table, a, b, vocabulary)
                section = f"conflict:{item.type}" if item.section == "conflicts" else item.section
                whole = "conflicts (all)" if item.section == "conflicts" else None
                event = "conflicts (d/t/p/a/f)" if item.type in EVENT_TYPES else None
                for row in (section, whole, event):
                    if row is None:
                        continue
                    rows[row]["n"] += 1
                    for col, on in flags.items():
                        rows[row][col] += on
                if show and (flags["ecb2 only"] or flags["ecb1 only"]):
                    print(f"  [{section}] {pair.name}: {sorted(a.words)} / {sorted(b.words)}")
    print(f"\ncoverage of read-set key items (event nouns {'on' if nouns else 'off'}):")
    print(f"{'section':22}" + "".join(f"{c:>12}" for c in COLUMNS))
    order = sorted(
        rows, key=lambda r: (not r.startswith("conflicts"), not r.startswith("conflict:"), r)
    )
    for row in order:
        print(f"{row:22}" + "".join(f"{rows[row][c]:>12}" for c in COLUMNS))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "data", type=Path, help="the ECB+ folder (mentions.jsonl, coref_sentences.csv)"
    )
    parser.add_argument(
        "--topics", choices=("all", "odd"), default="all", help="build from these topics"
    )
    parser.add_argument(
        "--complete-only",
        action="store_true",
        help="only mentions in sentences whose annotation is complete",
    )
    parser.add_argument("--tsv", type=Path, help="write the table here")
    parser.add_argument(
        "--examples", type=int, default=0, help="print N commonest and N random pairs"
    )
    parser.add_argument(
        "--heldout", action="store_true", help="check on the even topics (with --topics odd)"
    )
    parser.add_argument(
        "--coverage", action="store_true", help="coverage of the contradiction read sets"
    )
    parser.add_argument(
        "--nouns", action="store_true", help="coverage: add deverbal actor/thing heads"
    )
    parser.add_argument(
        "--show", action="store_true", help="coverage: list items only the table ties"
    )
    args = parser.parse_args(argv)
    if not (args.data / "mentions.jsonl").exists():
        print(f"no ECB+ data at {args.data}; skipped")
        return 0
    mentions = read_mentions(args.data, args.complete_only)
    table = build(select(mentions, args.topics))
    only = " (complete sentences only)" if args.complete_only else ""
    built = select(mentions, args.topics)
    print(f"table from topics {args.topics}{only}: {len(built)} event mentions")
    describe(table)
    if args.tsv:
        write_tsv(table, args.tsv)
    if args.examples:
        examples(table, args.examples)
    if args.heldout:
        test = select(mentions, "even") if args.topics == "odd" else mentions
        name = "held-out (even topics)" if args.topics == "odd" else "in-sample (all topics)"
        heldout(table, test, name=name)
        heldout(table, test, types=True, name=name)
    if args.coverage:
        coverage(table, args.nouns, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
