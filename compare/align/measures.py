"""What a clause's event is, and what a figure measures, as a sentence names them.

Two clauses state one event when their predicates name it alike, a light verb's
object included ("the final vote was taken at 11 p.m." / "the council voted at
9 p.m."); two figures count one thing when the sentences name the same measure
("a crowd of 45,000" / "a crowd of 54,000 fans", "Turnout was 38%" / "a turnout
of 44%"), whatever the verb. The statement matcher (clause_statements) pairs by
these and the statement judge (sentence_facts) compares by them, so the two
never disagree on what makes one fact.
"""

from __future__ import annotations

import re

from compare.align.frames import LIGHT_VERBS, confident, head
from compare.align.opposites import lemmas
from compare.align.text_tails import last_runs
from compare.align.verb_kinds import general_verbs
from compare.align.words import STOPWORDS, stem, words
from compare.extract.claims import Frame, Number
from compare.extract.lemmas import classes
from compare.extract.wordlists import NOUN_DETERMINERS


def event_words(frame: Frame | None) -> frozenset[str]:
    """What names the clause's event: its predicate's lemmas when it names one;
    for a light verb, its object's head ("the final vote was taken": vote)."""
    if frame is None or not frame.lemma:
        return frozenset()
    if confident(frame.lemma):
        return frozenset(stem(lemma) for lemma in lemmas(frame.lemma))
    if frame.lemma in LIGHT_VERBS and frame.thing is not None:
        noun = head(frame.thing)
        if noun and noun.isalpha():
            return frozenset({noun})
    return frozenset()


def event_kinds(lemma: str | None) -> frozenset[str]:
    """The events a predicate names a kind of, stemmed as event_words are ("had
    scorched": burn, heat...; "broke out": begin, erupt; verb_kinds)."""
    return frozenset(stem(verb) for verb in general_verbs(lemma)) if lemma else frozenset()


# "a crowd of 45,000", "a turnout of 44%", "the latest pay offer of 4.5%"
_NOUN_OF = re.compile(r"([A-Za-z]+)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$")
# "Turnout was 38%", "The death toll stood at 40"
_NOUN_IS = re.compile(r"([A-Za-z]+)\s+(?:was|is|were|are|stood\s+at|reached|rose\s+to)\s+$")
# "the government's 6% offer", "a $2 million fine": the noun a share or a sum sets
_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b(?!\s*[-‑–])")
_AGO = re.compile(r"\s*(?:\w+\s+)?(?:ago|earlier|later|before|since)\b", re.IGNORECASE)
# Nouns before "of" that count, not name, a measure ("a total of 300 people").
_QUANTIFIERS = frozenset(
    "total number average maximum minimum sum range handful couple group lot lots "
    "series set pair dozens hundreds thousands millions billions tens scores out "
    "most many some all each one none part share percentage percent proportion "
    "majority minority estimate rate age period".split()
)


# Figures whose following noun is what they measure, not a unit they count.
_SET_NOUN_FORMS = frozenset({"percent"})


def _plain_noun(word: str) -> bool:
    """A word read as a noun and never as an adverb ("offer", "rise"; not "higher", "up")."""
    found = classes(word)
    return "noun" in found and "adv" not in found


def measures_of(number: Number) -> frozenset[str]:
    """The measure a sentence names for a figure: the noun before "of" ("a crowd
    of 45,000"), the subject of "was" ("Turnout was 38%"), or the noun a share or
    a sum sets ("the government's 6% offer" / "a pay offer of 4.5%")."""
    before = number.sentence[: number.start - number.sentence_start]
    after = number.sentence[number.end - number.sentence_start :]
    if _AGO.match(after):
        return frozenset()  # "the last one was eight years ago": a moment, not the measure
    return _named_measure(number, before, after)


# The act keys join what is counted and the verb: "job·cut".
ACT = "·"
# Words between a verb and its figure that hedge it: "cut about 1,200 jobs".
_HEDGES = frozenset("about around some nearly almost roughly over approximately only".split())


def acts_of(number: Number) -> frozenset[str]:
    """What is done to the counted thing, as a key both tellings share: a verb before
    the figure ("cut 1,200 jobs") or an action noun after the counted noun ("2,100
    job cuts"), the noun's verb the same (told_acts)."""
    return frozenset(act for act, _ in told_acts(number))


# An act and whether it is told with the verb itself: "voted 5-4": ("vote", True),
# "a 6-3 vote": ("vote", False); "cut 1,200 jobs": ("job·cut", True).
TallyAct = tuple[str, bool]


def told_acts(number: Number) -> frozenset[TallyAct]:
    """acts_of, each with whether the verb tells it (else the noun)."""
    before = number.sentence[: number.start - number.sentence_start]
    unit = [w for w in words(number.unit or "") if w.isalpha()]
    if not unit or number.pair is not None:
        return frozenset()
    found: set[TallyAct] = set()
    if len(unit) >= 2 and unit[-2] not in STOPWORDS:
        found.update((f"{_noun(unit[-2])}{ACT}{verb}", False) for verb in _action_nouns(unit[-1]))
    said = [w for w in words(before) if w not in _HEDGES][-1:]
    if said and said[0].isalpha() and said[0] not in STOPWORDS:
        for verb in _verbs(said[0]):
            # the act alone too, for a count whose subject names it: "the recall"
            found.update({(f"{_noun(unit[-1])}{ACT}{verb}", True), (f"{ACT}{verb}", True)})
    scope = _ACT_SCOPE.search(before)
    if scope is not None:
        found.update((f"{ACT}{verb}", False) for verb in _action_nouns(scope.group(1).lower()))
    return frozenset(found)


def told_apart(act: str, x: Number, y: Number) -> bool:
    """Is a count of an act alone ("·recall", nothing counted named) told with the
    verb on one side and the noun on the other? Two tellings alike ("recalled 300,000
    blankets last year" / "recalled 60,000 toasters") count two things. Any other
    key is True."""
    if not act.startswith(ACT):
        return True
    return one_act(frozenset(t for t in told_acts(x) if t[0] == act), told_acts(y))


# "The recall covers 2.1 million units", "the cuts affect about 2,000 jobs": the
# subject names the act the count is of.
_ACT_SCOPE = re.compile(
    r"\b(?:the|its|this|their)\s+([a-z]+)\s+(?:covers?|covered|affects?|affected|"
    r"involves?|involved|includes?|included)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)


def one_act(a: frozenset[TallyAct], b: frozenset[TallyAct]) -> bool:
    """One act told with the verb on one side and the noun on the other ("cut 1,200
    jobs" / "2,100 job cuts"): a count told alike on both sides ("killed 10 people" /
    "killed 612 people") is as often another event's (ECB+: nearly every such pair)."""
    return any(ka == kb and ta != tb for ka, ta in a for kb, tb in b)


_OBJECTS = frozenset("him her them it us me".split())
# Nouns that name what a vote gives, not an act of their own: a "7-2 majority" is
# only ever counted in votes (a "margin" is not: a game is won by one too).
_VOTE_RESULTS = frozenset("majority supermajority".split())


def tally_acts(number: Number) -> frozenset[TallyAct]:
    """What a score or vote tallies: the verb just before it ("voted 5-4", "won
    3-1") or the noun after it ("a 6-3 vote", "a 2-1 win"), as a verb."""
    if number.pair is None:
        return frozenset()
    unit = [w for w in words(number.unit or "") if w.isalpha()]
    found = {(verb, False) for verb in _verbs(unit[0])} if unit else set()
    if unit and unit[0] in _VOTE_RESULTS:
        found.add(("vote", False))  # "carried by a 7-2 majority": a vote's tally
    before = words(number.sentence[: number.start - number.sentence_start])
    while before and (before[-1] in _HEDGES or before[-1] in _OBJECTS):
        before.pop()  # "beat them 3-1", "won by about 5-4"
    if before and before[-1].isalpha() and before[-1] not in STOPWORDS:
        found.update((verb, True) for verb in _verbs(before[-1]))
    return frozenset(found)


def one_tally(a: frozenset[TallyAct], b: frozenset[TallyAct]) -> bool:
    """Two tallies of one act, told with the verb on one side at least: a noun on
    both ("a 9-14 record" / "a 162-139 record") is as often two seasons or games."""
    return any(va == vb and (ta or tb) for va, ta in a for vb, tb in b)


def _action_nouns(word: str) -> set[str]:
    """The verb a noun names the act of, spelt alike ("cuts": cut); not a participle
    after a noun ("three people shot": the noun "shot" is no shooting)."""
    return {verb for verb in _verbs(word) if classes(word).get("noun") == verb}


def _noun(word: str) -> str:
    """The noun's lemma ("trees", "tree": tree), the word itself when unknown."""
    return classes(word).get("noun", word)


def _verbs(word: str) -> set[str]:
    """The verb a word may be a form of ("voted", "cuts": vote, cut), light verbs aside."""
    lemma = classes(word).get("verb")
    return {lemma} - LIGHT_VERBS if lemma else set()


def _named_measure(number: Number, before: str, after: str) -> frozenset[str]:
    # "total of about ", "toll stood at ": a match lies in the last three runs of words
    tail = last_runs(before, 3)
    found = _NOUN_OF.search(tail) or _NOUN_IS.search(tail)
    if found is None and number.form in _SET_NOUN_FORMS:
        found = _NOUN_AFTER.match(after)
        if found is not None and not _plain_noun(found.group(1).lower()):
            return frozenset()  # "7% higher", "5% more", "4% owned": no noun
    if found is None:
        return frozenset()
    noun = found.group(1).lower()
    if noun in STOPWORDS or noun in _QUANTIFIERS or noun in LIGHT_VERBS:
        return frozenset()
    return frozenset({stem(noun)})


# The measure noun and up to two words before it ("full-year operating profit of",
# "a net profit of"), in the last runs of words before a figure.
_MODIFIED_MEASURE = re.compile(
    r"((?:[A-Za-z'-]+\s+){0,2})([A-Za-z]+)\s+(?:of|was|is|were|are|stood\s+at|reached|rose\s+to)"
    r"\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$"
)


def measures_apart(x: Number, y: Number) -> bool:
    """One measure noun told of two measures ("full-year operating profit of between
    £390m and £410m" / "a net profit of £86m"): the words that describe the noun
    differ, none shared, so the figures measure two things. A side that names the
    noun bare ("profit of") may mean either."""
    measure_x, mods_x = _modified_measure(x)
    measure_y, mods_y = _modified_measure(y)
    if not measure_x or measure_x != measure_y:
        return False  # "a pay rise of" / "annual raises of": not read as one noun
    return bool(mods_x and mods_y) and not mods_x & mods_y


def _modified_measure(n: Number) -> tuple[str, set[str]]:
    """The measure noun before a figure and the words that describe it."""
    before = n.sentence[: n.start - n.sentence_start]
    found = _MODIFIED_MEASURE.search(last_runs(before, 6))
    if found is None:
        return "", set()
    told = words(found.group(1))
    # only the words after a determiner describe the noun ("recorded a maximum gust"),
    # and a past form is a verb's ("expected profit") or a reporting's
    after = next((k + 1 for k in range(len(told) - 1, -1, -1) if told[k] in NOUN_DETERMINERS), 0)
    return stem(found.group(2).lower()), {
        stem(w)
        for w in told[after:]
        if w.isalpha() and w not in STOPWORDS and w not in _HEDGES and not w.endswith("ed")
    }


def other_things(x: Number, y: Number) -> bool:
    """Units with the same head but other describing words: "merchant vessels" /
    "pirate vessels" are two sets of vessels."""
    mods_x, mods_y = _modifiers(x.unit), _modifiers(y.unit)
    return bool(mods_x and mods_y) and not mods_x & mods_y


def _modifiers(unit: str | None) -> set[str]:
    content = [stem(w) for w in words(unit or "") if w not in STOPWORDS and w.isalpha()]
    return set(content[:-1])
