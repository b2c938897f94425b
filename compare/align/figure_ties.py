"""Two statements tied by one figure each article gives only once: shown only when
the statement judge finds they agree.

Two outlets often tell one figure of a story in sentences that share nothing else
but it: they name what is counted with other nouns ("lent 38 paintings" /
"Thirty-eight canvases went on loan"), write the figure differently, and are
seldom each other's closest sentence, so neither the word model nor the
mutual-best and leftover pairs (best_agreements.py, leftover_statements.py) pair
the statements, and the number matcher often leaves the two figures apart too
(the counted nouns do not meet, or the article gives other counts).

A figure is a fact only its own story is likely to give: when each of two articles
gives one value of one kind (a count, a sum of money, a percentage, a measure in
one unit, a score, a clock time, a calendar day) in a single sentence of its own,
and nothing paired the two figures, those two sentences most likely tell one fact.
Left out, as figures many facts of a story share: ages, spans of time, counts of
one and handfuls (sole_figures.HANDFUL: "three abstained" / "three deputies"),
sizes told as a compound ("a four-person crew"), figures with no noun for what
they count; a part ("seven of the climbers") or an addition ("two more ferries")
meets only its like, and two kinds of person counted ("6,000 nurses" / "6,000
teachers") are two groups.
Since the sentences may share no other word, what unpair.unpairs reads from shared
words cannot tell them apart, so a denial on one side only, names given apart, or
two different quotations untie them (`_apart`); the days, times and places the
sentences give are left to the judge, which the figure outweighs as evidence of
one fact. The pair is kept only when the statement judge agrees (a CrossKindSpec):
it never makes a discrepancy.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from compare.align.actor_names import names
from compare.align.best_agreements import body_statement
from compare.align.fact_ties import DAY_LENGTH
from compare.align.figure_intervals import comparable_value
from compare.align.figure_words import figure_words
from compare.align.number_clues import Clues
from compare.align.numbers import MEASURE_KEYS, SPANS_OF_TIME, unit_key
from compare.align.people_counts import counts_people, general
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.align.sole_figures import HANDFUL, countable
from compare.align.statements import different_quotations, quotations
from compare.align.unpair import unpairs
from compare.align.when_where import is_stamp
from compare.align.words import is_negator, stem, words
from compare.extract.claims import Claim, Date, Number, Time
from compare.extract.lemmas import classes

# An alignment's score (the matcher's own scale), under every other agreement-only
# statement pair's (best_agreements' BEST_AGREEMENT_SCORE is 0.05 times a cosine of
# at least 0.2): registered last, the ties take only what the others left.
FIGURE_TIE_SCORE = 0.005
_SPAN_KEYS = frozenset(stem(w) for w in SPANS_OF_TIME) | {"age"}
_UNIT_MEASURES = frozenset(
    stem(w)
    for w in "mile kilometre kilometer metre meter foot feet inch yard acre hectare ton "
    "tonne pound kilogram kg gram litre liter gallon barrel mm cm km m".split()
)

# A figure each of more articles than this gives once pairs none of them (as
# mutual_best.MOST_POSTINGS): across hundreds of articles its pairs would cost more
# than every other matcher's.
MOST_GIVERS = 50

FigureKey = tuple[str, float, float]


def claim_key(claim: Claim) -> FigureKey | None:
    """A figure's key (`figure_key`), a clock time's ("at noon" / "by midday", in
    UTC when the zone is named) or a calendar day's, resolved to its date ("on
    Monday" / "from March 3"; no page stamp: fact_ties.days); None for any other
    claim."""
    if isinstance(claim, Number):
        return figure_key(claim)
    if isinstance(claim, Time) and claim.value:
        return (f"time:{claim.utc or claim.value}", 0.0, 0.0)
    if (
        isinstance(claim, Date)
        and claim.value
        and len(claim.value) == DAY_LENGTH
        and not is_stamp(claim)
    ):
        return (f"day:{claim.value}", 0.0, 0.0)
    return None


def figure_key(number: Number) -> FigureKey | None:
    """What a figure is, for telling it is the same in two articles: its kind and
    value (a score by both sides, a measure by its unit); None for figures many facts
    of a story share (ages, spans of time, counts of one)."""
    if number.form in ("single", "ordinal"):
        return None
    if number.pair is not None:
        low, high = sorted(number.pair)
        return ("tally", low, high)
    value = comparable_value(number)
    if number.form in ("percent", "share"):
        return ("percent", value, 0.0)
    key = unit_key(number)
    if number.form == "money" or key.startswith("money:"):
        return ("money", value, 0.0)  # "€3.5 million" / "3.5 million euros"
    if not key or key in _SPAN_KEYS or _compound(number):
        return None
    clues = Clues.of(number)
    if clues.averaged:
        return None  # "averaged 30 points": no one count
    # "seven of the climbers" is no count of the climbers, "two more ferries" none of
    # the ferries: a part or an addition meets only its like
    part = "part" if clues.part else ""
    more = "more" if clues.exclusive else ""
    # a unit of measure however spelt ("12 nautical miles" is "mi", no count of miles)
    if key in _UNIT_MEASURES or key in MEASURE_KEYS:
        return (f"measure:{key}:{part}:{more}", value, 0.0)
    if not countable(number, key) or value <= HANDFUL or not _counts_a_thing(number):
        # a handful ("three abstained", "two injured") is as often two facts'
        return None
    return (f"count:{part}:{more}", value, 0.0)


def _counts_a_thing(number: Number) -> bool:
    """Is what the figure counts named by a noun ("38 paintings"; not "three
    abstained", a verb read as the counted word)?"""
    said = words(number.unit or "")
    return bool(said) and "noun" in classes(said[-1])


def _compound(number: Number) -> bool:
    """A figure hyphenated to the noun after it ("a three-member panel", "a 12-storey
    block"): the size of a thing described, not a count of what the fact is about."""
    last = number.text.rsplit("-", 1)[-1]
    return (
        "-" in number.text
        and last.isalpha()
        and stem(last) in {stem(w) for w in words(number.unit or "")}
    )


def figure_tied_pairs(
    claims: Sequence[Claim], options: Options, sentences: SentenceClaims
) -> list[tuple[float, int, int]]:
    """Scored pairs (i < j) of `claims` (the statements and numbers nothing paired
    yet): two body statements of two articles whose sentences are each their
    article's only one giving a figure of one kind and value, the two figures
    unpaired, that nothing sets apart (`_apart`)."""
    if not options.one_to_one:
        return []
    # the figures of each kind and value each article gives, by sentence
    givers: dict[tuple[str, FigureKey], dict[int, Claim]] = defaultdict(dict)
    for (source, start), told in sentences.by_sentence.items():
        for c in told:
            key = claim_key(c)
            if key is not None:
                givers[(source, key)].setdefault(start, c)
    # a figure some matcher paired already shows that fact, however the sentences read
    # (clock times and days are not given to this matcher, statements and numbers
    # only: each counts as unpaired)
    unpaired = {id(c) for c in claims if isinstance(c, Number)}
    sole: dict[FigureKey, list[Claim]] = defaultdict(list)
    for (_, key), by_start in givers.items():
        if len(by_start) == 1:
            sole[key].extend(
                c for c in by_start.values() if isinstance(c, (Time, Date)) or id(c) in unpaired
            )
    # the free body statements of each sentence
    free: dict[tuple[str, int], list[int]] = defaultdict(list)
    for k, c in enumerate(claims):
        if body_statement(c):
            free[(c.source, c.sentence_start)].append(k)
    pairs: set[tuple[int, int]] = set()
    for given in sole.values():
        if len(given) > MOST_GIVERS:
            continue
        held = [n for n in given if (n.source, n.sentence_start) in free]
        for x in range(len(held)):
            for y in range(x + 1, len(held)):
                if _kinds_apart(held[x], held[y]):
                    continue
                for i in free[(held[x].source, held[x].sentence_start)]:
                    for j in free[(held[y].source, held[y].sentence_start)]:
                        pairs.add((min(i, j), max(i, j)))
    found = []
    for i, j in sorted(pairs):
        a, b = claims[i], claims[j]
        if not _apart(a, b) and not unpairs(a, b, sentences, judged_after=True, slots=False):
            found.append((FIGURE_TIE_SCORE, i, j))
    return found


def _kinds_apart(a: Claim, b: Claim) -> bool:
    """Two kinds of person counted ("6,000 residents" / "6,000 volunteers"), neither
    the general noun: two groups as often as one (people_counts.py)."""
    if not (isinstance(a, Number) and isinstance(b, Number)):
        return False
    if not (counts_people(a) and counts_people(b)) or general(a) or general(b):
        return False
    return stem(words(a.unit or "")[-1]) != stem(words(b.unit or "")[-1])


def _apart(a: Claim, b: Claim) -> bool:
    """What a shared figure does not outweigh, in two sentences that may share no
    other word for unpair.unpairs to read: one sentence denying something and the
    other none ("36 trains ran" / "36 trains did not run"); each naming someone or
    somewhere and none of it shared (`_proper_names`: "Ardell sold 12% of the port" /
    "Brona sold 12% of the port"); two quotations unlike each other (one speaker, two
    things said)."""
    if any(is_negator(w) for w in words(a.sentence)) != any(
        is_negator(w) for w in words(b.sentence)
    ):
        return True
    names_a, names_b = _proper_names(a.sentence), _proper_names(b.sentence)
    if names_a and names_b and not names_a & names_b:
        return True
    return different_quotations(a.text, quotations(a.text), b.text, quotations(b.text))


def _proper_names(sentence: str) -> frozenset[str]:
    """The first four letters of each name the sentence gives that is no word of the
    language nor a figure ("Kenyatta", "Ardell"; not "Forty", "Residents" opening a
    sentence, "National"): two forms of one name share them ("Kenya" / "Kenyatta")."""
    return frozenset(
        part[:4]
        for name in names(sentence)
        for part in name.split("-")
        if part and not classes(part) and figure_words([part]) == [part]
    )
