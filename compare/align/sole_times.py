"""Each article's only clock time: one moment, told twice.

A short report gives the hour of the one moment its story turns on, and gives no
other ("The break-in happened at about 2.40am" / "The gang struck around 4am"; "The
vote came just before 11 p.m." / "The decision was reached shortly after 9:30
p.m."). The two sentences seldom share the event's words, so neither the event
matchers nor closest_day_clashes (two shared content words) meet them; what ties
them is that each is its article's only clock time, as an article's only figure of a
kind ties two figures (sole_figures).

The pair is made only when each article states one clock time in all its sentences
(an article that gives two times, a scheduled and an actual start, or the blast and
the arrival of help, leaves its times to the other matchers), both of an event
(outside quotations, datelines and page stamps, not a bound: "by 7 a.m."), values
the judges read as two (not one time told loosely), sentences tied as same_days ties
a day told once in each article (a content word in common, a WordNet synonym or a
derivation: without one, "It docked at 6.30am" / "Passengers began disembarking at 9
a.m." are two acts of one morning), and nothing parts them: what
parts closest_day_clashes' pairs (a saying's time, a plan against a deed, a state
going on, another occurrence, another doer of one event verb, a usual schedule, a
sentence relating two moments, figures or places on both sides none shared, a
departure against an arrival or a beginning against an end). It runs on claims
nothing paired and is shown only when the time judge finds the two differ.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from compare.align.closest_day_clashes import agree_loosely, dated_event, two_moments
from compare.align.derivations import families
from compare.align.event_times import decided, event_parted, noun_verb, stretch_of
from compare.align.same_days import dateless_content, parted, tie
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.synonyms import are_synonyms
from compare.align.time_nouns import modified_noun, own_event
from compare.align.verb_kinds import general_verbs, kind_of, predicate_lemma
from compare.extract.claims import Claim, Time
from compare.extract.lemmas import verb_lemma

SCORE = 0.3  # under zoned_times' and closest_day_clashes' pairs


def sole_time_pairs(
    claims: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of clock times among `claims` (those nothing paired), each
    its article's only clock time, read as two values, that nothing parts."""
    every = [c for found in sentences.by_sentence.values() for c in found] or list(claims)
    told: dict[str, list[Time]] = {}
    for claim in every:
        if isinstance(claim, Time):
            told.setdefault(claim.source, []).append(claim)
    # one value however often told (a headline and its lead repeat the time)
    sole = [times[0] for times in told.values() if len({t.value for t in times}) == 1]
    free = {id(c): i for i, c in enumerate(claims)}
    pairs = []
    for x, a in enumerate(sole):
        for b in sole[x + 1 :]:
            if id(a) not in free or id(b) not in free:
                continue
            if not (dated_event(a, sentences) and dated_event(b, sentences)):
                continue
            if not decided(a, b) or agree_loosely(a, b):
                continue
            if tie(dateless_content(a, sentences), dateless_content(b, sentences), True) is None:
                continue  # "It docked at 6.30am" / "Passengers began disembarking at 9 a.m."
            own_a, own_b = own_event(a), own_event(b)
            if parted(own_a, own_b, sentences) or event_parted(own_a, own_b):
                continue
            if two_moments(own_a, own_b, sentences) or journey_ends(a, b):
                continue
            if sister_acts(own_a, own_b) or noun_and_other_deed(a, b):
                continue
            i, j = sorted((free[id(a)], free[id(b)]))
            pairs.append((SCORE, i, j))
    return pairs


# Two ends of a journey, the phrasal verbs of going and coming included (general
# English): each article's only time may be a different end of it, the one its
# writer saw ("The ferry left the harbour at 6 a.m." / "The ferry reached the pier at
# 9 a.m."), where closest_day_clashes' sentences, sharing more words, tell one end.
_SETTING_OUT = frozenset(
    [
        "depart",
        "leave",
        "embark",
        "sail",
        "take off",
        "set off",
        "set out",
        "lift off",
        "blast off",
        "set sail",
        "pull out",
    ]
)
_COMING_IN = frozenset(
    ["arrive", "dock", "land", "return", "reach", "berth", "moor", "touch down", "pull in"]
)
_PARTICLES = frozenset("off out down in sail".split())


def journey_ends(a: Time, b: Time) -> bool:
    """A setting out on one side and a coming in on the other, by the verbs of each
    time's own stretch of its sentence before it and its frame's verb."""
    va, vb = _verbs(a), _verbs(b)
    return bool((va & _SETTING_OUT and vb & _COMING_IN) or (va & _COMING_IN and vb & _SETTING_OUT))


def _verbs(time: Time) -> frozenset[str]:
    stretch, start = stretch_of(time)
    said = re.findall(r"[A-Za-z]+", stretch[: max(0, time.start - time.sentence_start - start)])
    lemmas = [verb_lemma(w.lower()) for w in said]
    found = set(lemmas)
    found.update(
        f"{lemma} {said[k + 1].lower()}"
        for k, lemma in enumerate(lemmas[:-1])
        if said[k + 1].lower() in _PARTICLES
    )
    if time.frame is not None and time.frame.lemma:
        found.add(time.frame.lemma.lower())
    noun = modified_noun(time)
    if noun is not None:  # "cheered the 2pm take-off", "watched the 5pm landing"
        found |= _noun_verbs(noun)
    return frozenset(found)


def _noun_verbs(noun: str) -> set[str]:
    """The verbs a noun of an act may be told by: its own verb ("landing": land), the
    phrasal verb of a hyphenated noun ("take-off": take off) and its WordNet family
    ("departure": depart)."""
    found = {verb_lemma(noun)}
    phrasal = noun_verb(noun)
    if phrasal is not None:
        found.add(phrasal.replace("_", " "))
    found.update(word for key in families(noun) for word in key.split("~"))
    return found


def noun_and_other_deed(a: Time, b: Time) -> bool:
    """One time told as a noun's modifier, the other dating its clause, whose verbs
    tell no act of that noun ("Police closed roads ahead of the 3pm kick-off" /
    "Police closed the roads at 1pm": the kick-off's hour and the closing's)."""
    noun_a, noun_b = modified_noun(a), modified_noun(b)
    if noun_a is not None and noun_b is None:
        noun, clause = noun_a, b
    elif noun_b is not None and noun_a is None:
        noun, clause = noun_b, a
    else:
        return False  # both dating their clauses, or both nouns: read as before
    acts = _noun_verbs(noun)
    return not any(
        verb in acts or any(kind_of(verb, act) or are_synonyms(verb, act) for act in acts)
        for verb in _verbs(clause)
    )


def sister_acts(a: Time, b: Time) -> bool:
    """Two predicates that are two kinds of one more general verb, neither a kind or
    a synonym of the other ("was stabbed" / "was shot": two ways to wound): two
    acts, each article telling its own (as event_kinds reads them)."""
    if a.frame is None or b.frame is None:
        return False
    la, lb = (predicate_lemma(a) or "").lower(), (predicate_lemma(b) or "").lower()
    if not la or not lb or la == lb or kind_of(la, lb) or are_synonyms(la, lb):
        return False
    return bool(general_verbs(la) & general_verbs(lb))
