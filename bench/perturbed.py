"""Perturbed agreements: does a contradiction planted by a general edit come out ✓?

    python -m bench.perturbed [--per-kind 40] [--seed 0] [--show KIND] [DIR ...]

A generality measure, not a set to write rules from. For every agreement of the
read sets that the comparison finds (an agree or approximate alignment covers
both sides), side b's words are changed by one general edit at a time, each
kind where it applies:

- negation: the main verb denied ("was" -> "was not", "moved" -> "did not move");
- figure: a figure changed (not a year, a date's day or a clock time);
- weekday, month-day, clock time: another day, date or hour;
- doer-name: a named doer (a run of capitalised words after the opening) renamed;
- doer-noun: a people noun ("police", "volunteers") swapped for another kind;
- place: a place name after "in", "at", "near"... swapped for another of its kind
  (the kind word, "Street", "Hospital", kept);
- antonym: a verb or adjective replaced by a WordNet antonym (the antonym table
  compare/align/data/antonyms.txt holds), inflected like the word it replaces.

The varied article is written to a temporary file and the pair compared through
`compare_files`, exactly as bench/contradictions.py does; the edited item is then
judged as a conflict of the edit's type by contradictions.judge. Per edit kind it
counts the variants shown ✓ (an agreement over the contradiction), caught with a
right type, caught with another type, and left unpaired. Variants are sampled
per kind with a fixed seed so that a run takes minutes.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path

import attrs
from lemminflect import getAllInflections, getLemma  # type: ignore[import-untyped]

from bench.contradictions import Item, Pair, judge, load_pairs
from compare import compare_files

BENCH = Path(__file__).resolve().parent
READ_SETS = tuple(
    BENCH / name
    for name in (
        "contradictions",
        "contradictions_fresh",
        "contradictions_fresh2",
        "contradictions_fresh3",
        "contradictions_fresh4",
    )
)
KINDS = (
    "negation",
    "figure",
    "weekday",
    "month-day",
    "clock",
    "doer-name",
    "doer-noun",
    "place",
    "antonym",
)
# The conflict types that count as the right type for an edit kind.
RIGHT_TYPES: dict[str, frozenset[str]] = {
    "negation": frozenset({"negation", "opposite"}),
    "figure": frozenset({"figure", "tally"}),
    "weekday": frozenset({"date"}),
    "month-day": frozenset({"date"}),
    "clock": frozenset({"time"}),
    "doer-name": frozenset({"actor", "speaker"}),
    "doer-noun": frozenset({"actor", "speaker"}),
    "place": frozenset({"place"}),
    "antonym": frozenset({"opposite", "negation"}),
}
# The type the variant is judged as (FACT_KINDS in contradictions.py).
JUDGED_AS = {
    "negation": "negation",
    "figure": "figure",
    "weekday": "date",
    "month-day": "date",
    "clock": "time",
    "doer-name": "actor",
    "doer-noun": "actor",
    "place": "place",
    "antonym": "opposite",
}


@attrs.frozen
class Variant:
    pair: Pair
    item: Item
    kind: str
    words: str  # side b's words after the edit


@attrs.frozen
class Result:
    variant: Variant
    outcome: str  # "✓", "typed", "other type", "unpaired"
    seen: tuple[str, ...]


# --- edits -------------------------------------------------------------------

_AUX = re.compile(
    r"\b(is|are|was|were|has|have|had|will|would|can|could|should|must|may|might)\s+"
    r"(?!not\b|n't\b|never\b|no\b)(?=[a-z])",
)
_WORD = re.compile(r"[A-Za-z][a-z]+")
_DETERMINERS = frozenset("the a an this that these those its their his her our".split())


def negate(text: str) -> str | None:
    """Deny the main verb: the first auxiliary's, or else the first finite verb."""
    found = _main_verb(text)
    if found is None:
        return None
    start, end, lemma = found
    if lemma is None:
        return f"{text[:end]} not {text[end:].lstrip()}"
    forms = getAllInflections(lemma, upos="VERB")
    aux = "did" if text[start:end] in forms.get("VBD", ()) else "does"
    return f"{text[:start]}{aux} not {lemma}{text[end:]}"


# Verbs of saying: denying them is another claim than denying what was said.
_SAYING = frozenset("say tell add report state note announce claim confirm".split())


def _main_verb(text: str) -> tuple[int, int, str | None] | None:
    """(start, end, lemma) of the first finite verb that is not one of saying; an
    auxiliary gives lemma None. Words after a determiner or capitalised are skipped."""
    for m in _WORD.finditer(text):
        word = m.group()
        before = text[: m.start()].split()
        if m.start() == 0 or word[0].isupper() or (before and before[-1] in _DETERMINERS):
            continue
        aux = _AUX.match(text, m.start())
        if aux:
            return m.start(), aux.end(1), None
        lemma = _verb_lemma(word)
        if lemma is None or lemma in _SAYING:
            continue
        forms = getAllInflections(lemma, upos="VERB")
        plural = getLemma(word, upos="NOUN")[:1] != (word,)  # "votes", "homes"
        if word in forms.get("VBD", ()) or (word in forms.get("VBZ", ()) and not plural):
            return m.start(), m.end(), lemma
    return None


def _subject_end(text: str) -> int:
    """Where the words before the main verb end (the whole text without one)."""
    found = _main_verb(text)
    return found[0] if found else len(text)


def _verb_lemma(word: str) -> str | None:
    lemmas = getLemma(word, upos="VERB")
    lemma = str(lemmas[0]) if lemmas else None
    if lemma is None or lemma == word or lemma in {"be", "have", "do"}:
        return None
    return lemma


_NUMBER = re.compile(r"(?<![\d:.,$£€])\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\b(?![:\d]|\s?[ap]\.?m)")
_NUMBER_WORDS = "two three four five six seven eight nine ten eleven twelve".split()
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_MONTH = "|".join(_MONTHS)


def change_figure(text: str) -> str | None:
    for m in _NUMBER.finditer(text):
        digits = m.group(1)
        value = float(digits.replace(",", ""))
        after = text[m.end() : m.end() + 12]
        before = text[max(0, m.start() - 12) : m.start()]
        if re.match(rf"\s*(?:{_MONTH})\b", after) or re.search(rf"(?:{_MONTH})\s*$", before):
            continue  # a date's day
        if "." not in digits and "," not in digits and 1900 <= value <= 2100:
            continue  # a year
        new = value * 2 if value < 10 else round(value * 1.5)
        if "." in digits:
            said = f"{new:.{len(digits.split('.')[1])}f}"
        elif "," in digits:
            said = f"{int(new):,}"
        else:
            said = str(int(new))
        return text[: m.start(1)] + said + text[m.end(1) :]
    for k, word in enumerate(_NUMBER_WORDS):
        said_as = re.search(rf"\b{word}\b", text, re.IGNORECASE)
        if said_as:
            other = _NUMBER_WORDS[(k + 3) % len(_NUMBER_WORDS)]
            other = other.capitalize() if said_as.group()[0].isupper() else other
            return text[: said_as.start()] + other + text[said_as.end() :]
    return None


_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def swap_weekday(text: str) -> str | None:
    m = re.search(r"\b(" + "|".join(_WEEKDAYS) + r")\b", text)
    if not m:
        return None
    new = _WEEKDAYS[(_WEEKDAYS.index(m.group(1)) + 3) % 7]
    return text[: m.start()] + new + text[m.end() :]


def swap_month_day(text: str) -> str | None:
    m = re.search(
        rf"\b(?:{_MONTH})\s+(\d{{1,2}})\b|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:{_MONTH})\b", text
    )
    if not m:
        return None
    group = 1 if m.group(1) else 2
    day = int(m.group(group))
    new = (day + 8) % 28 + 1
    return text[: m.start(group)] + str(new) + text[m.end(group) :]


_CLOCK = re.compile(r"\b(\d{1,2})(?::(\d\d))?\s?(a\.m\.|p\.m\.|am\b|pm\b)|\b(\d{1,2}):(\d\d)\b")


def swap_clock(text: str) -> str | None:
    m = _CLOCK.search(text)
    if not m:
        return None
    if m.group(1):
        hour = int(m.group(1)) % 12 + 2
        hour = hour - 12 if hour > 12 else hour
        return text[: m.start(1)] + str(hour) + text[m.end(1) :]
    hour = (int(m.group(4)) + 3) % 24
    return text[: m.start(4)] + f"{hour:0{len(m.group(4))}d}" + text[m.end(4) :]


_NAME_RUN = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|of|de|van))*)")
_OTHER_NAMES = ("Okonkwo", "Lindqvist", "Barrientos", "Halvorsen")
_NOT_NAMES = (
    frozenset(_WEEKDAYS)
    | frozenset(_MONTHS)
    | frozenset("The A An In On At He She They It I We This That Mr Mrs Ms Dr".split())
)


# The kind word that ends the name of a body: its first word is renamed instead.
_BODY_WORDS = frozenset(
    "Service Ministry Council Department Agency Company Bank Hospital University Police "
    "Authority Institute Court Board Party Union Group Office Commission Corporation Zoo "
    "Museum School Club Airlines Airport Port Guard Army Navy Federation Association".split()
)


def rename_doer(text: str) -> str | None:
    """Rename the first named person or body before the main verb."""
    end = _subject_end(text)
    for m in _NAME_RUN.finditer(text[:end]):
        parts = m.group(1).split()
        names = [p for p in parts if p not in _NOT_NAMES and p[0].isupper()]
        if not names:
            continue
        old = names[0] if names[-1] in _BODY_WORDS else names[-1]
        new = next(n for n in _OTHER_NAMES if n != old)
        start = m.start(1) + m.group(1).index(old)
        return text[:start] + new + text[start + len(old) :]
    return None


# People nouns in kinds: a swap moves a noun to another kind.
_PEOPLE = (
    ("police", "officers", "detectives"),
    ("soldiers", "troops"),
    ("volunteers", "residents", "neighbours", "locals"),
    ("officials", "ministers", "regulators", "inspectors"),
    ("firefighters", "paramedics", "rescuers"),
    ("doctors", "nurses", "staff"),
    ("workers", "employees", "engineers"),
    ("protesters", "activists", "campaigners"),
    ("passengers", "students", "fans", "visitors"),
    ("investigators", "auditors", "prosecutors"),
)


def swap_people(text: str) -> str | None:
    for k, kind in enumerate(_PEOPLE):
        for noun in kind:
            m = re.search(rf"\b{noun}\b", text[: _subject_end(text)], re.IGNORECASE)
            if m:
                new = _PEOPLE[(k + 3) % len(_PEOPLE)][0]
                new = new.capitalize() if m.group()[0].isupper() else new
                return text[: m.start()] + new + text[m.end() :]
    return None


_PLACE = re.compile(
    r"\b(?:in|at|near|outside|off|into|across)\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)"
)
_OTHER_PLACES = ("Harwick", "Solmena", "Brenmoor")


def swap_place(text: str) -> str | None:
    """Swap the proper part of a place name, keeping its kind word ("Street")."""
    for m in _PLACE.finditer(text):
        parts = m.group(1).split()
        if parts[0] in _NOT_NAMES:
            continue
        first = parts[0]
        new = next(n for n in _OTHER_PLACES if n != first)
        return text[: m.start(1)] + new + text[m.start(1) + len(first) :]
    return None


@cache
def _antonyms() -> dict[tuple[str, str], tuple[str, ...]]:
    """(part, lemma) -> its WordNet antonyms, from the bundled table."""
    table = resources.files("compare.align").joinpath("data/antonyms.txt").read_text("utf-8")
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for line in table.splitlines():
        fields = line.split()
        if len(fields) == 3 and fields[0] in ("v", "a"):
            found[(fields[0], fields[1])].append(fields[2])
            found[(fields[0], fields[2])].append(fields[1])
    return {key: tuple(sorted(set(v))) for key, v in found.items()}


_SKIP = frozenset("be have do say get make go".split())


_LINKING = frozenset("is are was were be been being become became remain remained seem".split())


def antonym(text: str) -> str | None:
    """The main verb, or else an adjective after a linking verb, by its antonym."""
    table = _antonyms()
    found = _main_verb(text)
    if found is not None:
        start, end, lemma = found
        if lemma is None:  # an auxiliary: the verb after it
            after = _WORD.search(text, end)
            start, end = (after.start(), after.end()) if after else (end, end)
        new = _verb_antonym(text[start:end], table) if end > start else None
        if new:
            return text[:start] + new + text[end:]
    for m in re.finditer(r"\b(?:" + "|".join(_LINKING) + r")\s+(?:not\s+)?([a-z]+)", text):
        new = _adjective_antonym(m.group(1), table)
        if new:
            return text[: m.start(1)] + new + text[m.end(1) :]
    return None


def _verb_antonym(word: str, table: dict[tuple[str, str], tuple[str, ...]]) -> str | None:
    for lemma in getLemma(word, upos="VERB"):
        opposites = table.get(("v", lemma))
        if not opposites or lemma in _SKIP:
            continue
        for tag, forms in getAllInflections(lemma, upos="VERB").items():
            if word in forms:
                said = getAllInflections(opposites[0], upos="VERB").get(tag)
                if said:
                    return str(said[0])
    return None


def _adjective_antonym(word: str, table: dict[tuple[str, str], tuple[str, ...]]) -> str | None:
    opposites = table.get(("a", word))
    return opposites[0] if opposites else None


EDITS: dict[str, Callable[[str], str | None]] = {
    "negation": negate,
    "figure": change_figure,
    "weekday": swap_weekday,
    "month-day": swap_month_day,
    "clock": swap_clock,
    "doer-name": rename_doer,
    "doer-noun": swap_people,
    "place": swap_place,
    "antonym": antonym,
}


# --- running ------------------------------------------------------------------


def found_agreements(pair: Pair) -> list[Item]:
    """The pair's agreements the comparison finds unedited."""
    comparison = compare_files([pair.a, pair.b])
    return [
        o.item
        for o in (judge(comparison, i) for i in pair.items if i.section == "agreements")
        if o.hit
    ]


def variants(pair: Pair, items: Sequence[Item]) -> list[Variant]:
    raw = pair.b.read_text("utf-8")
    made = []
    for item in items:
        if raw.count(item.b) != 1:
            continue  # the key's words are not written that way in the file
        for kind, edit in EDITS.items():
            words = edit(item.b)
            if words and words != item.b:
                made.append(Variant(pair, item, kind, words))
    return made


def run(variant: Variant, folder: Path) -> Result:
    raw = variant.pair.b.read_text("utf-8")
    path = folder / f"{variant.pair.name}-b.md"
    path.write_text(raw.replace(variant.item.b, variant.words), "utf-8")
    comparison = compare_files([variant.pair.a, path])
    item = Item("conflicts", variant.item.a, variant.words, "", JUDGED_AS[variant.kind])
    outcome = judge(comparison, item)
    # judge types by the one type given; any right type of the edit counts
    differ = [s for s in outcome.seen if ":differ" in s]
    if outcome.shown_agree:
        said = "✓"
    elif any(s.endswith(f"/{t}") for s in differ for t in RIGHT_TYPES[variant.kind]):
        said = "typed"
    elif differ:
        said = "other type"
    else:
        said = "unpaired"
    return Result(variant, said, outcome.seen)


def sample(made: Sequence[Variant], per_kind: int, seed: int) -> list[Variant]:
    rng = random.Random(seed)
    chosen = []
    for kind in KINDS:
        of_kind = [v for v in made if v.kind == kind]
        chosen += of_kind if len(of_kind) <= per_kind else rng.sample(of_kind, per_kind)
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("roots", nargs="*", type=Path, default=list(READ_SETS))
    parser.add_argument("--per-kind", type=int, default=40, help="variants sampled per edit kind")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", help="print every variant of this kind shown ✓ ('all': any)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    made: list[Variant] = []
    agreements = 0
    for root in args.roots:
        for pair in load_pairs(root):
            items = found_agreements(pair)
            agreements += len(items)
            made += variants(pair, items)
    chosen = sample(made, args.per_kind, args.seed)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for variant in chosen:
            results.append(run(variant, Path(tmp)))
    print(f"{agreements} agreements found unedited; {len(made)} variants, {len(chosen)} run")
    print(f"{'edit kind':<12} {'run':>4} {'✓':>4} {'typed':>6} {'other':>6} {'unpaired':>9}")
    totals: Counter[str] = Counter()
    for kind in KINDS:
        counts = Counter(r.outcome for r in results if r.variant.kind == kind)
        totals.update(counts)
        run_n = sum(counts.values())
        print(
            f"{kind:<12} {run_n:>4} {counts['✓']:>4} {counts['typed']:>6}"
            f" {counts['other type']:>6} {counts['unpaired']:>9}"
        )
    print(
        f"{'all':<12} {sum(totals.values()):>4} {totals['✓']:>4} {totals['typed']:>6}"
        f" {totals['other type']:>6} {totals['unpaired']:>9}"
    )
    print(f"({time.monotonic() - started:.0f} s)")
    if args.show:
        for r in results:
            if r.outcome == "✓" and args.show in ("all", r.variant.kind):
                v = r.variant
                print(f"\n{v.pair.name} {v.kind}: {', '.join(r.seen)}")
                print(f"  a: {v.item.a}\n  b: {v.item.b}\n  →  {v.words}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
