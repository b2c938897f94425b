"""Two figures of one kind told in the two articles' closest sentences: one fact, two values.

Outlets that count one thing differently seldom tell the count in the same words
("lost 46 containers overboard in a North Sea storm" / "lost 64 containers north of
the island of Terschelling"; "voted 7-2 in favour of the ban" / "passed the measure
by a 6-3 vote"), so the number matcher, which asks the frames or the words around
two differing figures to say beyond doubt that they count one thing, leaves both
unpaired. What ties the two here is the rest of the sentence, as for
closest_day_clashes: the doer, the thing, the words around the count.

A figure nothing paired meets one of another article when
- the two are of one kind: two tallies of a vote (not scores: a sports article
  tells many games'), two percentages, two sums in one currency, two amounts in
  one unit of measure, or two counts (the larger from DISTINCTIVE_FROM up) of one counted
  noun (one stem, WordNet synonyms, one noun a kind of the other, "jobs" / "posts",
  or a shared word of the counted phrase: "vacant midwife posts" / "midwife
  vacancies"; people in general, "people" or a crowd's size, "a crowd of 4,200",
  and people of a kind, "3,400 spectators", whose differing nouns tie the two
  sentences as one shared word); no span of time, age, or figure
  set in brackets after another (a conversion); a limit ("up to 2.4 million
  tonnes", "a maximum of 7,500 euros") is a figure, and two limits of one thing
  differ (figure_intervals);
- their values are of one size (the larger at most MAX_RATIO times the smaller: a
  part against a whole, or two measures, differ more) and the number judge reads
  them as two (beyond any hedge);
- their sentences share at least MIN_SHARED content words (figures, days and times
  aside), one of them written in lower case (two sums of one kind of payment, the
  verb the sum is the object of or the noun it is "of", count as one such word:
  "fined him 60,000 kroner" / "a fine of NOK 90,000", sole_sums.one_payment_of; so
  do two lower-case words of one WordNet sense or one noun a kind of the other:
  "at the height of the storm" / "at the peak", "gusts" / "winds"), and
  each sentence is the other's
  closest: no other sentence of either article giving a figure of that kind and
  another value shares as many words with it. A sentence giving two figures of the
  kind ("will rise from Rs 250 to Rs 285") is its own rival: which one is meant is
  not told, and nothing is paired, unless the other is the benchmark (an average)
  or a rate. A figure of another sentence is a rival only when it could tell the
  same fact: of one size with the figure, and not parted from it by what parts two
  facts below ("produced 242,000 tonnes last year" is no rival of "a capacity of
  310,000 tonnes").

What tells two facts apart parts the pair (occasions.another_occurrence: a figure
set beside for comparison, another year's event; number_clues.Clues.same_fact: deaths
against injuries, a part against a total, last year against this year, two
weekdays, names of two players; and something besides the counted noun must be
said alike: a word beside both figures, or a word beside one that the other
sentence says too, or one kind of payment named beside both), and further:
- a figure inside a quotation (the other outlet may give the words to another
  speaker);
- a forecast or an aim against an outcome ("This year's losses could reach $15
  million" / "the frost cost the region $9 million"; "the aim is to vaccinate
  5,000" / "3,200 had been vaccinated"): forecasts.foreseen on one side only;
- two owners' figures: subjects named apart, neither named in the other sentence,
  or one told as another of its kind ("a second boat"; figure_owners.py);
- two sums naming two kinds of payment ("fined the dealer 3.1 million euros" / "a
  reward of 5 million euros was paid");
- a sum or a count asked for or offered against one given ("had asked for $340
  million" / "ordered to pay $212 million"), read from the clause's predicate;
- two figures given per two different things ("$312,000 a year" / "$26,000 a
  month"), one per a stretch of time and the other not, or one an average (one per
  an occurrence against one told without, "a maximum of 7,500 euros per offence" /
  "fines of up to 5,000 euros", is one limit);
- both sentences naming places, none the other's (two stations, two branches);
  a landmark the spot lies off in one direction ("a train east of Tokyo") is not
  where it was;
- both sentences naming people or firms, none of one named anywhere in the other
  article (two growers' losses, two firms' profits); a place's or a dateline's
  name owns no figure;
- a sentence that relates two moments ("a year after ...", "two weeks later").

The pair is a CrossKindSpec with `differs`: it runs after every matcher, on figures
nothing paired, and is shown only when the number judge finds the two differ; it
never makes an agreement.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

import attrs

from compare.align.closest_day_clashes import RELATED_MOMENTS, lower_case_stems
from compare.align.closest_sentences import closest_both_ways
from compare.align.figure_intervals import comparable_value
from compare.align.figure_owners import owners_apart
from compare.align.figure_rates import rates_apart
from compare.align.forecasts import RELATIVE, foreseen
from compare.align.frames import WEEKDAYS, same_place
from compare.align.model import Verdict
from compare.align.noun_kinds import general_nouns, noun_kind_of
from compare.align.number_clues import Clues, names_in
from compare.align.number_judge import judge_pair
from compare.align.numbers import SPANS_OF_TIME, unit_key
from compare.align.occasions import tells_of_another
from compare.align.people_counts import GENERAL, commonly_people, general
from compare.align.same_days import content_outside, content_stems
from compare.align.same_figures import DISTINCTIVE_FROM, counted_alike, figure_form
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.sole_sums import one_payment_of, two_payments
from compare.align.synonyms import are_synonyms, senses, table
from compare.align.total_bounds import without_total_exceeded
from compare.align.vote_tallies import two_bodies_voting, vote_tally
from compare.align.words import STOPWORDS, stem, words
from compare.extract.claims import Claim, Date, Number, Place, Quote, Time
from compare.extract.number_forms import ORDINALS

SCORE = 0.4  # under same_figures' pairs: a figure that agrees is paired first
MIN_SHARED = 2  # content words two sentences share to be one another's closest
MAX_RATIO = 2.0  # the larger of two tellings of one figure at most twice the smaller
# where the figure's own clause ends: a comma, or a clause about something else
_CLAUSE_END = re.compile(r",|" + RELATIVE.pattern)
_GENERIC = frozenset(stem(w) for w in "people person total number figure".split())
# A stretch of time told relative to now ("last year", "the year before last", "in
# the last decade", "their last three away matches"): a count of another stretch
_RELATIVE_PERIOD = re.compile(
    r"\b(?:last|previous|past|prior)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:years?|seasons?|months?|quarters?|decades?|matches|games|races?|elections?|times)\b"
    r"|\b(?:years?|seasons?|months?|decades?)\s+(?:before\s+last|ago|earlier)\b",
    re.IGNORECASE,
)
# A crowd's size told before the figure: "a crowd of 4,200", "put the crowd at 12,000",
# "an attendance of about 9,000", "the audience numbered 800"
_CROWD_BEFORE = re.compile(
    r"\b(?:crowds?|audiences?|attendance|turnout)\s+(?:of|at|was|were|numbered|"
    r"(?:stood|estimated|put)\s+at)\s+(?:(?:about|around|some|roughly|nearly|almost|"
    r"more\s+than|over|at\s+least|an\s+estimated|up\s+to)\s+)?\W{0,2}$",
    re.IGNORECASE,
)
# the nouns a count of dwellings is told with
_DWELLINGS = frozenset({"home", "homes", "house", "houses", "dwelling", "dwellings"})
# the people a crowd is made of, named by a noun whose commonest sense is no person
_AUDIENCE = frozenset({"fans"})
# a figure right after an opening bracket: a conversion or an aside
_BRACKETED = re.compile(r"\(\s*[$£€]?\s*$")
# a market's or a count's figure at its close, against one during the day
_CLOSING = re.compile(
    r"\b(?:closed|closing|ended|finished|settled)\s+(?:the\s+day\s+|trading\s+)?"
    r"(?:down|up|at|lower|higher)\b",
    re.IGNORECASE,
)
_OF_OWNER = re.compile(r"^\s*(?:of|out of)\s+(?:his|her|their|its)\b", re.IGNORECASE)
# "That compares with a turnout of 45 per cent": another occasion's figure set beside
_COMPARED = re.compile(r"\bcompar(?:e|es|ed|ing)\s+(?:with|to)\b", re.IGNORECASE)
# someone told, urged or advised to do a thing: "were told to leave", "told 3,000
# people to leave", "urged residents to stay indoors" ("ordered to pay" is left out:
# a court's order is its ruling, "fined him" / "ordered him to pay a fine of")
_ORDERED = re.compile(
    r"\b(?:told|urged|advised|asked)\b(?:\s+[\w,'’-]+){0,6}?\s+to\s+[a-z]+",
    re.IGNORECASE,
)
# the verbs of asking for or offering a sum or a count (the clause's lemma)
ASKING = frozenset("ask seek demand request want propose offer bid".split())
# A place given as a landmark the spot lies some way off in one direction ("east of
# Tokyo"): the place is not named. "near" or "outside" a place is left a place: two
# stations near two towns are two stations.
_LANDMARK = re.compile(
    r"(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s",
    re.IGNORECASE,
)
# "HASTINGS, New Zealand (PPS) — ": where the article was filed, at a sentence's start
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]+,[^—–()]{0,40}(?:\([^)]{1,20}\))?\s*[—–-]{1,2}\s")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year told in the sentence
# "62% of voters", "7% of people taking the drug": a share of a population
_SHARE_OF = re.compile(r"^\s*(?:per\s*cent|percent|pc)?\s*(?:of|among)\s+((?:[\w'’-]+\s*){1,4})")


# stems of the stretches of time a figure may be given per ("a year", "a month")


def closest_figure_pairs(
    numbers: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of figures among `numbers` (those nothing paired) told in
    two articles' mutually closest sentences, of one kind and one size, with values
    the number judge reads as two, that nothing parts."""
    every = [c for found in sentences.by_sentence.values() for c in found] or list(numbers)
    told = [c for c in every if isinstance(c, Number) and usable_figure(c, sentences)]
    free = {id(c): i for i, c in enumerate(numbers)}
    raw = {id(c): content_outside(c, sentences, (Number, Date, Time)) for c in told}
    content = {id(c): content_stems(raw[id(c)]) for c in told}

    def tie(one: Number, other: Number) -> int:
        """One payment named, or lower-case words of one sense or one a kind of the other
        ("height" / "peak", "gusts" / "winds"), beyond the words both say."""
        low_a, low_b = _lower(one), _lower(other)
        rest_a = {w for w in raw[id(one)] if stem(w) in low_a and stem(w) not in content[id(other)]}
        rest_b = {w for w in raw[id(other)] if stem(w) in low_b and stem(w) not in content[id(one)]}
        kin = sum(1 for x in rest_a if any(one_sense(x, y) for y in rest_b))
        # people counted with two nouns ("a crowd of" / "spectators") tie as the
        # counted noun does when both say it
        people = not counted_alike(one, other) and _people_alike(one, other)
        return int(one_payment_of(one, other)) + kin + int(people)

    pairs = []
    for x, a in enumerate(told):
        if id(a) not in free:
            continue
        for b in told[x + 1 :]:
            if id(b) not in free or b.source == a.source or not one_kind(a, b):
                continue
            common = content[id(a)] & content[id(b)]
            paid = tie(a, b)  # "fined him 60,000 kroner" / "a fine of NOK 90,000"
            shared = len(common) + paid
            if shared < MIN_SHARED and not _counted_noun_shared(a, b, common):
                continue
            if not (paid or common & _lower(a) & _lower(b)):
                continue
            if _both_common(a, b):
                continue  # "six" / "eight": two counts under ten, as often two things
            if not _one_size(a, b) or judge_pair(a, b).verdict != Verdict.DIFFER:
                continue
            if not closest_both_ways(
                a,
                b,
                shared,
                told,
                lambda c: content[id(c)],
                _rivals_of(a, b, sentences, every),
                tie,
            ):
                continue
            if two_facts(a, b, sentences, every):
                continue
            i, j = sorted((free[id(a)], free[id(b)]))
            pairs.append((SCORE + 0.01 * shared, i, j))
    return pairs


def _counted_noun_shared(a: Number, b: Number, common: frozenset[str]) -> bool:
    """Is the one word the two sentences share the noun both figures count ("have
    recovered 31 fragments" / "So far, 24 fragments have been found")? The count
    of one named thing, each sentence the other's closest, is the question both
    answer."""
    key = unit_key(a)
    return (
        key.isalpha()
        and key == unit_key(b)
        and key not in _GENERIC
        and key not in SPANS_OF_TIME
        and figure_form(a, ceilings=True) == "count"
        and key in common
    )


@lru_cache(maxsize=1 << 18)
def one_sense(x: str, y: str) -> bool:
    """Two words of one WordNet sense, or nouns one a kind of the other. Remembered:
    closest_place_clashes asks it of every pair of words of every pair of candidate
    sentences, and the same words meet again and again."""
    if are_synonyms(x, y):
        return True
    return any(noun_kind_of(p, q) for p in _noun_lemmas(x) for q in _noun_lemmas(y))


@attrs.frozen
class SensePartners:
    """What one_sense reads of a set of words, gathered once, so that a word is
    tested against all of them at once: `one_sense_among(x, partners_of(ys))` is
    `any(one_sense(x, y) for y in ys)`, without a call per pair."""

    senses: frozenset[str]  # every sense group of the words
    lemmas: frozenset[str]  # every noun lemma (and the words themselves)
    kinds: frozenset[str]  # every general noun of those lemmas other than the lemma


def partners_of(ys: Iterable[str]) -> SensePartners:
    lemmas = frozenset(q for y in ys for q in _noun_lemmas(y))
    return SensePartners(
        senses=frozenset(g for y in ys for g in senses(y)),
        lemmas=lemmas,
        kinds=frozenset(g for q in lemmas for g in _kinds_of(q)),
    )


@lru_cache(maxsize=1 << 16)
def _kinds_of(noun: str) -> frozenset[str]:
    """The general nouns of a noun lemma, other than itself."""
    return general_nouns(noun) - {noun}


def one_sense_among(x: str, partners: SensePartners) -> bool:
    """Is `x` of one sense with one of the words, or a noun kind of one of them, or
    one of them a kind of it (noun_kind_of both ways)?"""
    if senses(x) & partners.senses:
        return True
    lemmas = _noun_lemmas(x)
    if lemmas & partners.kinds:
        return True  # a lemma of x is a general noun of one of theirs
    return any(_kinds_of(p) & partners.lemmas for p in lemmas)


def _lower(claim: Claim) -> frozenset[str]:
    return lower_case_stems(claim)


def usable_figure(n: Number, sentences: SentenceClaims) -> bool:
    """A figure of a kind two tellings can be compared by, outside quotations."""
    form = figure_form(n, ceilings=True)
    if form == "tally" and not vote_tally(n):
        return False  # a sports article tells many matches' scores: two scores, two games
    if form is None or form in SPANS_OF_TIME or form == "age" or share_of_people(n):
        return False  # "four years older", "a 40-year-old": a stretch of time, an age
    if form == "count" and comparable_value(n) < DISTINCTIVE_FROM / MAX_RATIO:
        return False  # "two hard lefts", "three title belts": small counts abound
    if _BRACKETED.search(n.sentence[: n.start - n.sentence_start]):
        return False  # "110 billion euros ($141 billion)": a conversion, an aside
    return not any(
        isinstance(c, Quote) and c.start <= n.start and n.end <= c.end for c in sentences.of(n)
    )


def share_of_people(n: Number) -> bool:
    """Is the figure a share of a population ("62% of voters thought", "7% of
    people taking the drug reported")? A poll or a study gives many such shares,
    one per question, so two of them are two answers more often than one told twice."""
    if n.form not in ("percent", "share"):
        return False
    found = _SHARE_OF.match(n.sentence[n.end - n.sentence_start :])
    if found is None:
        return False
    return any(w in GENERAL or commonly_people(w) for w in words(found.group(1)))


def one_kind(a: Number, b: Number) -> bool:
    """Are the two figures of one kind: two tallies, two percentages, two sums in one
    currency, two amounts in one unit, or two counts of one counted thing?"""
    form_a, form_b = figure_form(a, ceilings=True), figure_form(b, ceilings=True)
    if form_a is None or form_a != form_b:
        return False
    if form_a != "count":
        return True
    if unit_key(a) == unit_key(b) and unit_key(a) not in ("", "?"):
        return True
    if counted_alike(a, b) or _counted_words_meet(a, b) or _counted_kinds(a, b):
        return True
    return _people_alike(a, b) or (_dwellings(a) and _dwellings(b))


def _dwellings(n: Number) -> bool:
    """Does the figure count dwellings ("homes", "houses")? A home counted is a house
    counted (WordNet joins "home" to "dwelling", not to "house")."""
    return _counted_noun(n) in _DWELLINGS


def _people_alike(a: Number, b: Number) -> bool:
    """Do the two count people, one of them people in general ("11,500 people", a
    crowd's size: "a crowd of 4,200", "put the crowd at 12,000") and the other people
    of any kind ("residents", "spectators", "fans")? Two kinds of person ("nurses" /
    "patients") are two groups as often as one and stay apart."""
    all_a, all_b = _all_people(a), _all_people(b)
    return (all_a and _some_people(b)) or (all_b and _some_people(a))


def _all_people(n: Number) -> bool:
    """Does the figure count people in general: "people", "persons", or the size of
    a crowd (whatever noun, or none, follows it: "a crowd of 4,200 watched")?"""
    return general(n) or _CROWD_BEFORE.search(n.sentence[: n.start - n.sentence_start]) is not None


def _some_people(n: Number) -> bool:
    """Does the figure count people, in general or of a kind ("spectators")? "Fans"
    is a kind of person as the crowd of a game (WordNet's commonest sense is the
    machine), so it is read as people only here, beside people in general."""
    noun = _counted_noun(n)
    return _all_people(n) or (bool(noun) and (commonly_people(noun) or noun in _AUDIENCE))


def _counted_noun(n: Number) -> str:
    """The last word of the figure's counted phrase ("" when none is told)."""
    told = words(n.unit or "")
    return told[-1] if told else ""


def _counted_kinds(a: Number, b: Number) -> bool:
    """Does one counted noun name a kind of the other in WordNet ("180 jobs" / "210
    posts": a post is a job), read from the nouns' lemmas (noun_kinds' table: a direct
    hypernym among the commonest senses of both)?"""
    na, nb = _counted_noun(a), _counted_noun(b)
    if not (na and nb):
        return False
    return any(noun_kind_of(x, y) for x in _noun_lemmas(na) for y in _noun_lemmas(nb))


@lru_cache(maxsize=1 << 16)
def _noun_lemmas(word: str) -> frozenset[str]:
    """The noun lemmas a word may be a form of ("posts": post)."""
    return frozenset({word} | {lemma for part, lemma in table().lemmas(word) if part == "n"})


def _counted_words_meet(a: Number, b: Number) -> bool:
    """Do the counted phrases share a word ("vacant midwife posts" / "midwife
    vacancies"), not a word as general as "people"?"""
    wa = {stem(w) for w in words(a.unit or "") if w not in STOPWORDS and len(w) > 2}
    wb = {stem(w) for w in words(b.unit or "") if w not in STOPWORDS and len(w) > 2}
    return bool((wa & wb) - _GENERIC)


def _both_common(a: Number, b: Number) -> bool:
    """Are both figures counts under DISTINCTIVE_FROM? A count under ten is told only
    against one from ten up ("seven" / "eleven"), which is no common count; being of
    one size (at most twice the smaller), the two are then from five up."""
    counts = figure_form(a, ceilings=True) == figure_form(b, ceilings=True) == "count"
    return counts and max(comparable_value(a), comparable_value(b)) < DISTINCTIVE_FROM


def _one_size(a: Number, b: Number) -> bool:
    if a.pair is not None or b.pair is not None:
        return a.pair is not None and b.pair is not None
    va, vb = comparable_value(a), comparable_value(b)
    low, high = sorted((va, vb))
    return low > 0 and high <= MAX_RATIO * low


def _rivals_of(
    a: Number, b: Number, sentences: SentenceClaims, every: Sequence[Claim]
) -> Callable[[Number, Number], bool]:
    """The rival test of the pair (a, b): a figure of the other's kind and another
    value, in the other's sentence (not an average or a rate beside it), or in
    another sentence and able to tell the same fact as the figure it would stand
    nearer to (of its size, not told of another period, occasion, owner or part)."""

    def rival(r: Number, other: Number) -> bool:
        if not _rival_figure(r, other):
            return False
        if r.sentence_start == other.sentence_start:
            # two figures of the kind in one sentence: which is meant is not told,
            # unless the rival is the benchmark ("4.8 per cent, against a national
            # average of about 2 per cent") or a rate beside a total
            cr, co = Clues.of(r), Clues.of(other)
            return cr.averaged == co.averaged and cr.rate == co.rate
        one = b if other is a else a
        return _one_size(r, one) and not two_facts(r, one, sentences, every, tied_by_words=False)

    return rival


def _rival_figure(rival: Number, other: Number) -> bool:
    """A rival of a figure: one of its kind, of another value."""
    if not one_kind(rival, other):
        return False
    return comparable_value(rival) != comparable_value(other) or rival.pair != other.pair


def two_facts(
    a: Number,
    b: Number,
    sentences: SentenceClaims,
    every: Sequence[Claim],
    *,
    tied_by_words: bool = True,
) -> bool:
    """What tells two facts apart (see the module's docstring). With `tied_by_words`
    the words beside the two figures must meet (a pair tied by its sentences' words);
    a pair tied otherwise (lead_vote_tallies) is not asked that."""
    # a total below the other figure is no whole of it (total_bounds)
    ca, cb = without_total_exceeded(a, b, Clues.of(a), Clues.of(b))
    framed = a.frame is not None and b.frame is not None
    if not ca.same_fact(cb, False, framed=framed, sole=True) or ca.exclusive != cb.exclusive:
        return True  # deaths and injuries, a part and a total, "two other boards"
    if tied_by_words and not _beside_alike(a, b, ca, cb, sentences):
        return True  # nothing besides the counted noun said alike beside the figures
    if _two_leads(a, b, ca, cb, sentences) or _of_owner(a) or _of_owner(b):
        return True  # "Ribeiro has scored 11 goals" / "Asante, who has 7 goals"
    if _accounted(a, b, sentences) or _accounted(b, a, sentences):
        return True  # "Four tickets ..., two of them in Florida" / "Two tickets sold in Florida"
    if occurrence_apart(a) or occurrence_apart(b) or _compared(a) or _compared(b):
        return True  # "That compares with a turnout of 45 per cent in the last race"
    if _periods_apart(a.sentence, b.sentence) or _apart(_days(a, sentences), _days(b, sentences)):
        return True  # last year and this; Saturday's and Sunday's
    if _apart(_ordinals(a.sentence), _ordinals(b.sentence)):
        return True  # the first set and the second
    if rates_apart(ca.rate, cb.rate) or ca.averaged != cb.averaged:
        return True
    if foreseen(a) != foreseen(b) or asked_for(a) != asked_for(b):
        return True  # a forecast, an aim or a claim against what happened
    if owners_apart(a, b):
        return True  # "Poznań tram drivers won 700" / "Kraków drivers settled for 650"
    if two_bodies_voting(a, b):
        return True  # "the committee voted 7-4" / "by 44 votes to 35"
    if ordered(a) != ordered(b):
        return True  # "4,500 residents were told to leave" / "6,000 people had left"
    if two_payments(a, b):
        return True  # a fine and a reward
    if bool(_CLOSING.search(a.sentence)) != bool(_CLOSING.search(b.sentence)):
        return True  # "stocks plunged 5.4%" / "stocks closed down 3.9%": a low, the close
    if RELATED_MOMENTS.search(a.sentence) or RELATED_MOMENTS.search(b.sentence):
        return True
    places_a, places_b = _places(a, sentences), _places(b, sentences)
    if places_a and places_b and not any(same_place(x, y) for x in places_a for y in places_b):
        return True
    return _names_apart(a, b, sentences, every)


def _beside_alike(a: Number, b: Number, ca: Clues, cb: Clues, sentences: SentenceClaims) -> bool:
    """Is something besides the counted noun said alike where the figures are told: a
    word beside both (or synonyms), or a word beside one that the other sentence says
    ("Grevillea Insurance said about 11,500 claims" / "Grevillea Insurance, the
    state's largest home insurer, had received more than 18,000 claims")? Two things
    measured each with words of its own ("A commercial gas blower can reach 100
    decibels" / "Electric models run at about 65 decibels") share none."""
    if ca.near & cb.near or any(are_synonyms(x, y) for x in ca.near for y in cb.near):
        return True
    if one_payment_of(a, b):
        return True  # one payment named beside both: "fined him" / "a fine of"
    told_a = content_stems(content_outside(a, sentences, (Number, Date, Time)))
    told_b = content_stems(content_outside(b, sentences, (Number, Date, Time)))
    return bool(ca.near & told_b or cb.near & told_a)


def occurrence_apart(n: Number) -> bool:
    """Does the figure's sentence tell of another occurrence of its kind of event
    (occasions.another_occurrence) before the figure or in its own clause? A clause
    set after it past a comma or a relative word tells of something else ("ruled by
    four votes to one ..., upholding an earlier decision": the earlier decision is
    not the one counted)."""
    return tells_of_another(_through_own_clause(n))


def asked_for(n: Number) -> bool:
    """Is the figure what someone asked for or offered ("Lumora had asked for $340
    million", "sought $2 million in damages", "offered $50 a share") rather than what
    was given or happened? Read from the clause's predicate; "claimed" asks only
    for a sum ("claimed £275 million"; "the storm claimed 12 lives" is a toll)."""
    lemma = n.frame_lemma
    return lemma in ASKING or (lemma == "claim" and n.form == "money")


def ordered(n: Number) -> bool:
    """Is the figure what someone was told, urged or advised to do ("4,500 residents
    were told to leave", "told 3,000 people to leave"), read in the figure's own
    clause? What people were told to do and what they did are two facts."""
    return _ORDERED.search(_through_own_clause(n)) is not None


def _through_own_clause(n: Number) -> str:
    """The figure's sentence up to the end of the figure's own clause: a clause set
    after it past a comma or a relative word tells of something else."""
    after = n.sentence[n.end - n.sentence_start :]
    return n.sentence[: n.end - n.sentence_start] + _CLAUSE_END.split(after, maxsplit=1)[0]


def _two_leads(a: Number, b: Number, ca: Clues, cb: Clues, sentences: SentenceClaims) -> bool:
    """Is each figure led by a name (whose figure it is) that the other sentence
    does not name ("Pritchard landed 212 punches" / "Ocampo connected with 187")?
    A place's or a dateline's name leads no figure."""
    if not (ca.lead and cb.lead) or ca.lead == cb.lead:
        return False
    if ca.lead.lower() not in _owner_names(a, sentences):
        return False
    if cb.lead.lower() not in _owner_names(b, sentences):
        return False
    return ca.lead.lower() not in words(b.sentence) and cb.lead.lower() not in words(a.sentence)


def _of_owner(n: Number) -> bool:
    """Is a count or an amount given as a part of someone's whole ("had served 16
    years of his sentence")? A percentage is always of something."""
    if n.form in ("percent", "share"):
        return False
    after = n.sentence[n.end - n.sentence_start :]
    unit = n.unit or ""
    if unit and after.lstrip().startswith(unit):
        after = after.lstrip()[len(unit) :]
    return _OF_OWNER.match(after) is not None


def _compared(n: Number) -> bool:
    return _COMPARED.search(n.sentence) is not None


def _accounted(a: Number, b: Number, sentences: SentenceClaims) -> bool:
    """Does b's sentence give a's value too, as another figure (its other figures
    account for it)?"""
    value = comparable_value(a)
    return any(
        isinstance(c, Number) and c is not b and comparable_value(c) == value
        for c in sentences.of(b)
    )


def _periods_apart(text_a: str, text_b: str) -> bool:
    """Do the sentences tell stretches of time relative to now differently ("last
    year" against none, "the last financial year" / "the year before last"), or
    name years, none in common?"""
    relative_a = {m.group(0).lower() for m in _RELATIVE_PERIOD.finditer(text_a)}
    relative_b = {m.group(0).lower() for m in _RELATIVE_PERIOD.finditer(text_b)}
    if relative_a != relative_b:
        return True
    return _apart(frozenset(YEAR.findall(text_a)), frozenset(YEAR.findall(text_b)))


def _apart(xs: frozenset[str], ys: frozenset[str]) -> bool:
    """Both given, none in common."""
    return bool(xs) and bool(ys) and not xs & ys


def _days(claim: Claim, sentences: SentenceClaims) -> frozenset[str]:
    """The days and weekdays the sentence names."""
    found = {c.value for c in sentences.of(claim) if isinstance(c, Date) and c.value}
    return frozenset(found) | (frozenset(words(claim.sentence)) & WEEKDAYS)


def _ordinals(text: str) -> frozenset[str]:
    return frozenset(words(text)) & frozenset(ORDINALS)


def _places(claim: Claim, sentences: SentenceClaims) -> list[str]:
    """The places where the sentence sets what it tells; not one it gives only as a
    landmark in one direction ("a train east of Tokyo"): the spot lies outside it."""
    return [
        c.name for c in sentences.of(claim) if isinstance(c, Place) and not _LANDMARK.match(c.text)
    ]


def _names_apart(a: Number, b: Number, sentences: SentenceClaims, every: Sequence[Claim]) -> bool:
    """Do both sentences name someone, and does each name someone the other article
    never names (two growers' losses, two firms' profits)? A place's name or a
    dateline's ("HASTINGS, New Zealand (PPS) —") names no owner of a figure."""
    names_a = _owner_names(a, sentences)
    names_b = _owner_names(b, sentences)
    if not (names_a and names_b):
        return False
    text_a = {_bare(w) for w in _article_words(a.source, every)}
    text_b = {_bare(w) for w in _article_words(b.source, every)}
    return bool(names_a - text_b) and bool(names_b - text_a)


def _owner_names(n: Number, sentences: SentenceClaims) -> set[str]:
    """The lower-case words of the names the sentence gives, but a place's or a
    dateline's."""
    dateline = _DATELINE.match(n.sentence)
    text = n.sentence[dateline.end() :] if dateline else n.sentence
    found = {w.lower() for w in names_in(text, sentence_start=True)}
    for c in sentences.of(n):
        if isinstance(c, Place):
            found -= {_bare(w) for w in words(c.name)}
    return found


def _bare(word: str) -> str:
    """The word without a possessive ending ("hawke's": hawke)."""
    return word.removesuffix("'s").removesuffix("’s")


def _article_words(source: str, every: Sequence[Claim]) -> frozenset[str]:
    """The lower-case words of every sentence of the article that `every` holds."""
    found: set[str] = set()
    seen: set[int] = set()
    for c in every:
        if c.source == source and c.sentence_start not in seen:
            seen.add(c.sentence_start)
            found.update(words(c.sentence))
    return frozenset(found)
