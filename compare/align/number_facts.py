"""Two figures of one unit that are two facts, told by what the sentences say
around them: another named actor's figure, what someone wants against what is,
the same statistic over another number of games or years, a time counted from
the day of writing, two records that share nothing.

Read on real events (ECB+), where each of these made a false discrepancy: one
club's offer against another's, what a player seeks against what he is offered,
goals in 20 matches against goals in 60, results due "within a week" against "two
days to go" before a vote, last season's record against this season's. A pair
these rules part is not reported; equal figures still agree as before.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache

from compare.align.figure_intervals import comparable_value
from compare.align.figure_owners import owners_apart
from compare.align.forecasts import forecasts_apart
from compare.align.number_clues import Clues, aged_person, reportable
from compare.align.occasions import occasions_apart, occurrences_apart
from compare.align.parts import groups_apart, part_and_whole
from compare.align.synonyms import table
from compare.align.vote_tallies import two_bodies_voting, vote_tally
from compare.align.vote_totals import as_many_voters
from compare.align.words import STOPWORDS, display_words, words
from compare.extract import Number
from compare.extract.number_changes import old_value
from compare.extract.wordlists import PREPOSITIONS, PRONOUNS

# Verbs of wanting: the figure is asked for, not given ("seeking up to $3 million",
# "wants $9 million a season"), another fact than the figure of the deal.
_WANTING = frozenset("seek want ask demand request propose hope wish need".split())
# Units that measure the stretch a statistic covers: "eight goals in 20 matches".
SPAN_UNITS = frozenset(
    "second minute hour day week month year decade game match round season inning bout".split()
)
# A time counted from the day of writing: "within a week", "two days to go", "three
# days ago". Two outlets writing on two days give two figures, both right.
_FROM_NOW_BEFORE = re.compile(
    r"\b(?:within|in the next|in the coming|(?:effect|effective|expires?|due|ends?) in)\s+$",
    re.IGNORECASE,
)
_FROM_NOW_AFTER = re.compile(
    r"^\s*(?:-\s*)?\w+\s+(?:to go|left|away|remaining|from now|ago|hence)\b", re.IGNORECASE
)
_TIME_UNITS = frozenset("second minute hour day week month year decade".split())


def two_facts(
    a: Number,
    b: Number,
    ca: Clues,
    cb: Clues,
    *,
    differ: bool,
    unit: str,
) -> str:
    """Why two figures that would be reported are two facts, or '' when nothing
    says so. `differ`: the verdict would be differ (else approximate); `unit`: the
    pair's unit key."""
    if wanted(a) != wanted(b):
        return "wanted / given"
    if forecasts_apart(a, b):
        return "a forecast or an aim / what is"  # "expects 200 tonnes" / "diverted 120"
    if two_bodies_voting(a, b):
        return "two bodies' votes"  # "the committee voted 7-4" / "by 44 votes to 35"
    if owners_apart(a, b):
        return "two owners"  # "Ísafjörður charges 1,000" / "Seyðisfjörður charges 1,200"
    if (
        not (named_in(a, b) and named_in(b, a))
        and not one_body_voting(a, b)
        and not as_many_voters(a, b)  # one body's vote (vote_totals)
    ):
        return "another named actor"
    if compared(a) != compared(b):
        return "a figure compared with"
    if before_change(a) != before_change(b):
        return "an old value and a new"  # "up from $5" / "to $7" (number_changes)
    total, other = (a, b) if ca.summed else (b, a)
    if ca.summed != cb.summed and differ and comparable_value(total) >= comparable_value(other):
        # A part may be smaller than the total, never larger: "In all, seven shots
        # were fired" / "He fired 11 times" cannot both hold.
        return "a total and a part"
    if population(a) != population(b):
        return "a population"  # "a town of about 15,000 people" / "killing hundreds of people"
    role_a, role_b = capacity(a), capacity(b)
    if role_a and role_b and not role_a & role_b:
        return "in another capacity"  # "11 seasons as a player" / "four as director"
    own_a, own_b = spans_in(a.sentence), spans_in(b.sentence)
    for span, values in own_a.items():
        if span == "year" and unit == "age" and _named_ages(a, b, ca, cb):
            continue  # "32-year-old Robert Holm" is his age, not a stretch of 32 years
        if span != unit and span in own_b and not values & own_b[span]:
            return f"over another number of {span}s"
    if occurrences_apart(a, b):
        return "another occurrence"  # "a similar attack last year exposed 600,000"
    if differ and on_occasions_apart(a, b):
        return "on another occasion"  # "fined £400,000 in 2022" / "fined £85,000 in 2017"
    if differ and (part_and_whole(a, b) or groups_apart(a, b)):
        return "a part, or another group"  # "At one school, 95" / "About 300": parts.py
    if differ and unit in _TIME_UNITS and (from_now(a) or from_now(b)):
        return "counted from the day of writing"
    if differ and unit in _TIME_UNITS and anchored(a) != anchored(b):
        # "takes effect nine days before the inauguration" / "in about 30 days"
        return "counted from another event"
    return ""


def _named_ages(a: Number, b: Number, ca: Clues, cb: Clues) -> bool:
    """Are both ages told of someone by name ("Robert Holm, 32," / "31-year-old Robert
    Holm")? Two unnamed people of one description ("a 27-year-old diver" / "a
    45-year-old diver") may be two people: their ages stay apart."""

    def named(n: Number, clues: Clues) -> bool:
        names = {name.lower() for name in clues.names}
        return any(w in names for w in aged_person(n, clues).split())

    return named(a, ca) and named(b, cb)


def on_occasions_apart(a: Number, b: Number) -> bool:
    """Do the figures' sentences name other years or periods (occasions.py)?"""
    said = frozenset(f"{comparable_value(n):.0f}" for n in (a, b))
    return occasions_apart(a.sentence, b.sentence, said)


def on_two_occasions(a: Number, b: Number) -> bool:
    """Is one figure of another occurrence than the other's ("Last year's budget
    passed 7-2"), or do their sentences name other years or periods ("in 2017" /
    "in 2022")? Either way two facts, whatever else ties them."""
    return occurrences_apart(a, b) or on_occasions_apart(a, b)


# "as" and the capacity a figure is counted in, right after the counted noun:
# "spent 11 seasons as a player", "served four years as the team's director".
# "as" and a determiner: "rose 5% as prices fell" joins a clause, not a capacity.
_AS_CAPACITY = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?as\s+(?:an?|the|his|her|their|its)\s+((?:[\w'’-]+\s*){1,4})",
    re.IGNORECASE,
)


def capacity(n: Number) -> frozenset[str]:
    """The content words of the capacity the figure is counted in, if it says."""
    found = _AS_CAPACITY.match(n.sentence[n.end - n.sentence_start :])
    if found is None:
        return frozenset()
    said = []
    for word in words(found.group(1)):
        if word in PREPOSITIONS:
            break  # "as director of personnel": the capacity ends before "of"
        said.append(word)
    return frozenset(w.removesuffix("'s") for w in said if w not in STOPWORDS)


# The people a place has: "home to 120,000 people", "a town of about 15,000", "a
# population of 2 million".
_POPULATION_BEFORE = re.compile(
    r"\b(?:home to|population of|(?:town|city|village|island|country|district|province|region"
    r"|community|state|nation) of)\s+$",
    re.IGNORECASE,
)


def population(n: Number) -> bool:
    return bool(_POPULATION_BEFORE.search(n.sentence[: n.start - n.sentence_start][-40:]))


def wanted(n: Number) -> bool:
    """Is the figure what someone wants rather than what is or is given: its frame's
    verb one of wanting ("seeks 40 million", "needs 12 more"), or one asked for?"""
    return n.frame_lemma in _WANTING or asked(n)


def asked(n: Number) -> bool:
    """Is the figure one a party asks for: its frame's verb one of asking ("demanded
    600 million"), or such a verb governing the noun phrase the figure sits in
    ("asked for a 6 percent rise", where the frame's lemma is the noun)? Needs and
    hopes ("would need about six weeks") are no claims on another party."""
    if n.frame_lemma in _ASKING:
        return True
    at = n.start - n.sentence_start
    return bool(_WANTED_BEFORE.search(n.sentence[max(0, at - _WANTED_REACH) : at]))


_ASKING = frozenset("seek ask demand request".split())


# A verb of wanting, then at most a determiner and three words before the figure:
# "asked for a", "is demanding", "called for an extra", "want annual rises of".
_WANTED_REACH = 60
_WANTED_BEFORE = re.compile(
    r"\b(?:(?:ask|call|push|press)(?:s|es|ed|ing)?\s+for|demand(?:s|ed|ing)?"
    r"|seek(?:s|ing)?|sought|request(?:s|ed|ing)?|want(?:s|ed|ing)?)"
    r"\s+(?:(?:an?|the|its|their|his|her)\s+)?"
    # the words of the figure's noun phrase: no clause or verb between ("seeking
    # re-election after winning 52%" asks for no 52%)
    r"(?:(?!(?:after|before|by|in|on|at|with|from|to|than|and|but|or|had|has|have|was|were"
    r"|is|are|be|been)\b)[a-z-]+(?<!ing)\s+){0,3}$",
    re.IGNORECASE,
)


# The counted noun, then "by" or "from" and a name: "offers by the Hawks", "an offer
# from the Lions". The names up to the next lower-case word but "and" and "the".
_AGENT_AFTER = re.compile(
    r"^\s*(?:[a-z-]+\s+){0,2}(?:by|from)\s+((?:(?:the|and)\s+|[A-Z][\w’'.]*\s*)+)"
)


_OWNER = re.compile(r"['’]s?$")


def actor_names(n: Number) -> set[str]:
    """Names in the head of the number's frame actor, before any preposition ("the
    Hawks", "The Red Lions"; not Tarvo in "A storm over the town of Tarvo"):
    capitalised words that are no common word opening the sentence."""
    agent = _AGENT_AFTER.match(n.sentence[n.end - n.sentence_start :])
    if agent is not None:
        # "$40 million offers by the Hawks and the Lions": whose figure it is
        return {w.lower() for w in re.findall(r"[A-Z][\w’']+", agent.group(1))}
    if n.frame is None or n.frame.actor is None:
        return set()
    actor = n.frame.actor
    at_start = actor.start <= n.sentence_start or not n.sentence[
        : actor.start - n.sentence_start
    ].strip(" \"“'‘")
    found = set()
    shown = display_words(actor.text)
    head = next((k for k, w in enumerate(shown) if w.lower() in PREPOSITIONS), len(shown)) - 1
    if head >= 0 and shown[head].islower() and not any(_OWNER.search(w) for w in shown[:head]):
        # "Tamil Nadu garment factory": the names say where the factory is, not who
        # acts; "Smith's team" is Smith's
        return set()
    for k, word in enumerate(shown):
        lower = word.lower()
        if lower in PREPOSITIONS:
            break  # what follows tells where or of what, not who
        bare = re.sub(r"['’]s$", "", word)
        if not bare[:1].isupper() or bare.lower() in STOPWORDS:
            continue
        if at_start and k == 0 and table().lemmas(bare.lower()):
            continue  # "Police arrested ...": a common word, capitalised
        found.add(bare.lower())
    return found


def named_in(n: Number, other: Number) -> bool:
    """Does the other figure's sentence name the actor of this one, when it has a
    named actor? Not when the other's actor is a pronoun ("He scored 43 points"),
    which may well stand for the name; nor without a named actor."""
    names = actor_names(n)
    if not names or _pronoun_actor(other):
        return True
    said = {re.sub(r"'s$", "", w) for w in words(other.sentence)}
    return bool(names & said)


def one_body_voting(a: Number, b: Number) -> bool:
    """Two vote tallies whose actors are not both named: a vote is one body's, which
    one outlet names ("Harlan's board approved the deal 7-2") and the other tells by
    its members ("Directors voted 8-1"). Two named bodies stay two votes."""
    return vote_tally(a) and vote_tally(b) and not (actor_names(a) and actor_names(b))


def _pronoun_actor(n: Number) -> bool:
    actor = n.frame_actor
    return actor is not None and all(w in PRONOUNS for w in words(actor.text))


# A figure set beside the fact for comparison ("exceeding the $90 million that Vance
# received", "less than the $75 million reported", "up from the 12"): another fact's.
_COMPARED = re.compile(
    r"\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped|ping)?|beat(?:s|ing)?|"
    r"(?:more|less|fewer|higher|lower|greater|bigger|smaller) than|compar(?:ed|es|ing) (?:with|to)|"
    r"up from|down from|against|eclips(?:e|es|ed|ing))\s+(?:the|a|an|his|her|their|its)\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def before_change(n: Number) -> bool:
    """Is the figure the value before a change ("raise the toll from $5 to $7")?"""
    return old_value(n.sentence, n.start - n.sentence_start)


def compared(n: Number) -> bool:
    """Is the figure another's, set beside the fact for comparison?"""
    before = n.sentence[: n.start - n.sentence_start][-60:]
    return bool(_COMPARED.search(before))


# Digits joined to others by slashes, as dates are written ("04 / 05 / 11", "5/4/2011").
_SLASH_BEFORE = re.compile(r"\d\s?/\s?$")
_SLASH_AFTER = re.compile(r"^\s?/\s?\d")


def in_slashed_date(n: Number) -> bool:
    """Is the bare figure a part of a date written with slashes?"""
    if n.unit or n.form != "cardinal":
        return False
    before = n.sentence[: n.start - n.sentence_start]
    after = n.sentence[n.end - n.sentence_start :]
    return bool(_SLASH_BEFORE.search(before) or _SLASH_AFTER.match(after))


# A decimal point with a space after it ("$2. 6 million", "magnitude 6. 0"), as some
# tokenised texts write it: the sentence splitter may cut there, and the figures on
# either side are pieces of one.
_POINT_AFTER = re.compile(r"^\.\s\d")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def in_cut_decimal(n: Number) -> bool:
    """Is the figure a piece of a decimal cut at its point? Its head ("$2" of "$2. 6
    million"), or its tail opening a sentence ("0 quake can cause ..." after
    "magnitude 6."): news style spells out a number that opens a sentence, years aside."""
    return decimal_head(n) or _opens_with_tail(n)


def decimal_head(n: Number) -> bool:
    """The head of a decimal cut at its point ("$2" of "$2. 6 million")."""
    return bool(_POINT_AFTER.match(n.sentence[n.end - n.sentence_start :]))


def cut_tails(numbers: Iterable[Number]) -> frozenset[tuple[str, int]]:
    """(source, sentence start) of the sentences a cut decimal's tail opens."""
    return frozenset((m.source, m.sentence_start) for m in numbers if _opens_with_tail(m))


def ends_before_cut(n: Number, tails: frozenset[tuple[str, int]]) -> bool:
    """Does the figure end its sentence ("valued at over $2.") right before one a cut
    decimal's tail opens ("6 million heist ...")? Then it is the decimal's head."""
    if n.sentence[n.end - n.sentence_start :].strip() != ".":
        return False
    return any((n.source, n.sentence_end + gap) in tails for gap in range(CUT_GAP + 1))


CUT_GAP = 3  # characters between a sentence's end and the next one's start


def _opens_with_tail(n: Number) -> bool:
    """A bare count opening its sentence ("0 quake", "6 million heist"); a share
    ("25% of the staff") or a year ("2019 was") may well open one."""
    opens = n.start == n.sentence_start and n.text[:1].isdigit() and n.form == "cardinal"
    return opens and not _YEAR.match(n.text)


# A stretch counted from a named event: "nine days before the inauguration", "two
# weeks after the vote".
_FROM_EVENT_AFTER = re.compile(
    r"^\s*(?:-\s*)?\w+\s+(?:before|after|ahead of|prior to|following)\b", re.IGNORECASE
)


def anchored(n: Number) -> bool:
    return bool(_FROM_EVENT_AFTER.match(n.sentence[n.end - n.sentence_start :]))


def from_now(n: Number) -> bool:
    before = n.sentence[: n.start - n.sentence_start]
    after = n.sentence[n.end - n.sentence_start :]
    return bool(_FROM_NOW_BEFORE.search(before) or _FROM_NOW_AFTER.match(after))


_COUNT_WORDS = {
    w: float(k)
    for k, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_SPAN_FIGURE = re.compile(
    rf"\b(\d+(?:\.\d+)?|{'|'.join(_COUNT_WORDS)})\s*-?\s*(?:\w+\s+)??"
    rf"({'|'.join(sorted(SPAN_UNITS))})(?:e?s)?\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def spans_in(sentence: str) -> dict[str, frozenset[float]]:
    """The span figures a sentence gives, by unit: "in 20 matches" → {match: {20}},
    "a seven-year deal" → {year: {7}}. Read from the words, so that a figure the
    extractor left out or kept only once per article still counts."""
    found: dict[str, set[float]] = defaultdict(set)
    for m in _SPAN_FIGURE.finditer(sentence):
        said = m.group(1).lower()
        value = _COUNT_WORDS.get(said)
        found[m.group(2).lower()].add(value if value is not None else float(said))
    return {unit: frozenset(values) for unit, values in found.items()}


def tallies_apart(a: Number, b: Number) -> bool:
    """Two tallies with no side and no sum in common, nor one the other reversed
    ("12-20" / "5-4"): two records, not one told two ways ("30-2" / "31-2"); or two
    bodies' votes (vote_tallies.two_bodies_voting: "7-4" / "44 votes to 35")."""
    if a.pair is None or b.pair is None:
        return False
    if two_bodies_voting(a, b):
        return True
    return not set(a.pair) & set(b.pair) and sum(a.pair) != sum(b.pair) and a.pair != b.pair[::-1]


def tied(
    a: Number,
    b: Number,
    clues: tuple[Clues, Clues],
    *,
    differ: bool,
    key: str,
    value: tuple[float, float],
    beside: Mapping[tuple[str, int], frozenset[float]],
    sole: bool = False,
) -> bool:
    """May a pair that would be reported stand as one fact (number_clues.reportable),
    with nothing that says they are two (two_facts)? `key` is their unit key,
    `value` their comparable values, `beside` each sentence's figures."""
    ca, cb = clues
    return reportable(
        a, b, ca, cb, differ=differ, age=key == "age", values_beside=beside, value=value, sole=sole
    ) and not two_facts(a, b, ca, cb, differ=differ, unit=key)


_SIDE_NAME = re.compile(r"\b[^\W\d_][\w'’-]+")


def _sides_named(number: Number) -> list[str]:
    """The capitalised words of the number's sentence before it, in order."""
    return _capitalised(number.sentence[: max(0, number.start - number.sentence_start)])


def _capitalised(text: str) -> list[str]:
    return [w for w in _SIDE_NAME.findall(text) if w[0].isupper() and w.lower() not in STOPWORDS]


def _clause_sides(number: Number) -> list[str]:
    """_sides_named, within the tally's own clause (after the last comma, semicolon
    or colon before it): "Solberg scored seven, and Ostvik led 17-13" names Ostvik."""
    before = number.sentence[: max(0, number.start - number.sentence_start)]
    clause = re.split(r"[,;:]", before)[-1]
    # a name of several words ("Kestrel Town") is one side
    runs: list[str] = []
    end = -1
    for m in _SIDE_NAME.finditer(clause):
        if not m.group()[0].isupper() or m.group().lower() in STOPWORDS:
            continue
        if runs and not clause[end : m.start()].strip():
            runs[-1] += " " + m.group()
        else:
            runs.append(m.group())
        end = m.end()
    return runs


def told_from_each_side(a: Number, b: Number) -> bool:
    """Does each sentence name one side only before its tally, another one, with
    another verb ("Ostvik led 17-13" / "Brenna trailed 13-17")? A score is told from
    the side named first, so a reversed tally is then the same score. Two names
    sharing a word are one side told two ways ("Kestrel" / "Kestrel Town")."""
    names_a, names_b = _clause_sides(a), _clause_sides(b)
    return (
        len(set(names_a)) == 1
        and len(set(names_b)) == 1
        and not set(names_a[0].split()) & set(names_b[0].split())
        and a.frame_lemma != b.frame_lemma
    )


def sides_swapped(a: Number, b: Number) -> bool:
    """Do the two sentences name the same two sides before their tallies in the
    opposite order? A score is told from the side named first ("Kemboi leads Tanui
    3-2" / "Tanui trails Kemboi 2-3"), so with the sides swapped a reversed tally
    is the same score."""
    names_a, names_b = _sides_named(a), _sides_named(b)
    common = [n for n in dict.fromkeys(names_a) if n in names_b]
    if len(common) < 2:
        return False
    first, second = common[0], common[1]
    return names_b.index(first) > names_b.index(second)
