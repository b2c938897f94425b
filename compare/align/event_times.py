"""Days and clock times of one event named in other words, each article's only one.

Two outlets seldom tell when something happened in the same words: "at its world
premiere on Sept. 29" / "when it premiered on Oct. 1" (the noun and the verb of one
event), "The blast happened at about 7.15am" / "a deafening bang shook houses shortly
after 5.40am" (two nouns for one event). when_where pairs a day or time only when
the two frames state the same predicate with a shared actor or thing, and only when
the values agree; these pairs never meet.

Here a date or time is tied to the words that name its event: its predicate (not a
light verb, not a verb of saying: "said on Thursday" dates the saying), the object
of a light verb ("took the decision"), the subject of a verb of happening ("the
blast happened", "the fire broke out") and an event noun right before it ("its
premiere on Sept. 29"); the doer's noun too ("a bang shook houses"), but it ties
only to a word the other side states as the event. Two such words name one event
when they share a stem, a WordNet sense group (blast / bang) or a WordNet
derivational link (explosion / exploded). A verb of saying ties only to the other
side's noun of that saying ("Tests confirmed" / "Confirmation of the strain came",
saying_acts.py); a rule coming into force ties to people starting to act on it
("the new fares take effect" / "will start paying the fares", onsets.py). The pair
is made only when the judges can tell one day or time from two: unresolved days in
other words ("Saturday" / "Saturday morning") would show a difference nobody can
check.

What makes the pair is the article as a whole, as for sole figures: the date (or
time) must be the only one of its article whose event words reach the other's, and
the other's the only one of its article to reach it. An article that gives two
times of the launch (the scheduled one and the actual one) or two days of the
attempt leaves them unpaired. What parts two facts still parts them: a negation on
one side only; another doer or thing when both predicates name the event; another
owner of a noun's event ("the mayor's speech" / "the governor spoke"); a plan or
schedule on one side and a deed on the other; other occurrence words ("first",
"second", "earlier"); a state going on ("was still burning"); two event verbs tied
only by a doer's noun ("the jet took off" / "the jet landed"); another day for two
times; a dateline or a page's stamp; a bound ("by 7 a.m."); two time zones.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache

from compare.align.derivations import families
from compare.align.event_kinds import kin_lemma, kin_pairs
from compare.align.event_phrases import (
    ALARM_KEY,
    IN_FORCE_KEY,
    happening,
    in_force,
    raises_alarm,
)
from compare.align.frames import (
    LIGHT_VERBS,
    head,
    is_name,
    other_weekdays,
    same_actor,
    same_head,
    two_names,
    when_part,
)
from compare.align.model import Verdict
from compare.align.month_days import a_told_day, told_days_differ
from compare.align.noun_kinds import noun_kind_of
from compare.align.object_nouns import is_place_noun
from compare.align.onsets import futurate, onset_keys
from compare.align.opposites import are_opposites
from compare.align.saying_acts import about_another, nominal_head, saying_keys
from compare.align.settings import Options
from compare.align.sole_kinds import tells_one
from compare.align.synonyms import are_synonyms, senses
from compare.align.time_nouns import modified_noun, own_event
from compare.align.verb_kinds import general_verbs, kind_of
from compare.align.when_where import (
    CLOSE_MINUTES,
    a_bound,
    a_day,
    day_in_another_zone,
    event_pairs,
    gap_as_told,
    in_utc,
    is_stamp,
    judge_dates,
    judge_times,
    one_weekday,
    zone_of,
)
from compare.align.words import STOPWORDS, stem, words
from compare.extract.claims import Claim, Date, Time
from compare.extract.dateline_days import dateline_day
from compare.extract.lemmas import classes, verb_lemma
from compare.extract.wordlists import REPORTING

SOLE_SCORE = 0.7  # as when_where.same_event's score with one anchor short
# Verbs of happening: their subject names the event ("the blast happened at 7.15am").
_HAPPENING = frozenset(
    "happen occur begin start break erupt unfold strike hit commence end finish come".split()
)
# Verbs too general to name an event on their own ("hit" and "struck" do: a storm,
# a ship on rocks).
EMPTY_VERBS = (
    LIGHT_VERBS
    | REPORTING
    | _HAPPENING - {"hit", "strike"}
    | frozenset("will would can could may plan schedule expect intend hope want".split())
)
# A plan, a schedule or an expectation (a forecast too): the time meant, not the time
# it happened.
# Whole words only: "will" is no plan in "William", nor "due" in "dues".
_PLANNED = re.compile(
    r"\b(?:(?:re)?scheduled|planned|expected|expects?|due|originally|supposed|meant"
    r"|set\s+(?:to|for)|slated|pencil+ed\s+in"
    r"|was\s+to|were\s+to|will|would|shall|aim(?:s|ed)?\s+to|plans?\s+to|planning\s+to"
    r"|intend(?:s|ed)?|(?:forecast|predicted|projected|likely)\s+to)\b",
    re.IGNORECASE,
)
# Where the clause of a day or time ends after it: a clause opener or a stop ("began
# on Monday, and is due to run for ten days"; "told the exchange at 7am that the
# chief would step down"; "gave way at 4 a.m., which was sooner than expected").
_CLAUSE_AFTER = re.compile(
    r"[;:\u2013\u2014]|\b(?:that|which|who|whom|whose|and|but|as|when|while|because|so"
    r"|where|after|before|if|since|though|although|until)\b",
    re.IGNORECASE,
)
# An earlier, a first or a later time of a thing that happens more than once.
_ANOTHER_TIME = re.compile(
    # "for the first time" marks a first ever, not one of the story's occurrences
    r"\b(?:(?<!\bfor the )first(?!\s+[a-z]+ed\b)"
    r"|earlier|previous|previously|again|another|ago|later"
    r"|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
    r"|initial|initially|before\s+that|prior)\b"
    # "a 19th-century theatre", "the second-century walls": an age, no occurrence
    r"(?![\s-]+centur)",
    re.IGNORECASE,
)
# A state going on at that moment, not the moment the event happened ("the fire was
# still burning on Saturday morning" / "a fire broke out on Friday night").
_ONGOING = re.compile(
    r"\b(?:still|continued|continuing|remained|(?:was|were|is|are)\s+(?:\w+ly\s+)?[a-z]+ing)\b",
    re.IGNORECASE,
)


def ongoing(claim: Claim) -> bool:
    """A state going on ("was still burning"), not an event that happened."""
    predicate = claim.frame_predicate
    return bool(predicate is not None and _ONGOING.search(predicate.text))


# "21 July 2013 Last updated at 11:11 GMT": a page's stamp before its byline's verb
_STAMPED_AFTER = re.compile(r"\W{0,3}(?:last\s+)?(?:updated|published|posted)\b", re.IGNORECASE)
_DATELINE = re.compile(r"\s*[-–—]\s")
_DATING = frozenset("on at in around about".split())
# A span's start right before a time: "from 7am to", "between 7 a.m. and"
_SPAN_END_BEFORE = re.compile(
    r"\b(?:from|between)\s+[^,;()]{1,25}?\s*(?:to|and|until|till|through|-|\u2013)\s*$",
    re.IGNORECASE,
)
_HEDGED = re.compile(r"\b(?:shortly|just|soon|right|immediately)\s*$", re.IGNORECASE)
# "Smith's arrest on", "the mayor's first speech on": an owner's event just before the date
_OWNED = re.compile(r"([A-Za-z]+)['’]s?\s+(?:[a-z-]+\s+){0,2}[a-z][a-z-]+\s+$")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z-]+)\s+$")
# The sentence's opening subject, a determiner and a noun (a modifier or two between),
# set off by a comma right before the date ("The vote, at about 10:15 p.m., ...")
_SET_OFF_SUBJECT = re.compile(
    r"\s*(?:The|A|An|This|That|Its|Their|His|Her|Our)\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*),\s*$"
)


def dated_event_pairs(
    claims: Sequence[Claim], options: Options | None = None
) -> list[tuple[float, int, int]]:
    """when_where's pairs, and the pairs of each article's sole date (or time) of one
    event named in other words."""
    pairs = event_pairs(claims, options)
    known = {(i, j) for _, i, j in pairs}
    for i, j in sole_event_pairs(claims):
        if (i, j) not in known:
            pairs.append((SOLE_SCORE, i, j))
    return pairs


def sole_event_pairs(claims: Sequence[Claim]) -> list[tuple[int, int]]:
    """(i, j), i < j: dates or times of two articles, each its article's only one of
    an event the other's words name too."""
    # a time told as a noun's modifier is the noun's ("turned up for the 4pm kick-off")
    claims = [own_event(c) for c in claims]
    datable = [is_datable(c) for c in claims]
    keys = [_event_keys(c) if ok else frozenset() for c, ok in zip(claims, datable, strict=True)]
    # a verb of saying ties, as a doer's noun does, only to the other side's event
    # noun of that saying ("Tests confirmed" / "Confirmation of the strain came")
    doers = [
        _doer_keys(c) | saying_keys(c) if ok else frozenset()
        for c, ok in zip(claims, datable, strict=True)
    ]
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, found in enumerate(keys):
        for key in found | doers[i]:
            by_key[key].append(i)
    reach: dict[int, set[int]] = defaultdict(set)
    for postings in by_key.values():
        for i in postings:
            # a doer's noun ("a deafening bang shook houses") ties only to a word
            # the other side states as an event ("the blast happened")
            reach[i].update(
                j
                for j in postings
                if j != i and (keys[i] & (keys[j] | doers[j]) or keys[j] & doers[i])
            )
    kin = (
        kin_pairs(claims, datable, EMPTY_VERBS)
        | _noun_kin_pairs(claims, datable)
        | _noun_verb_kin_pairs(claims, datable)
    )
    for i, j in kin:
        reach[i].add(j)
        reach[j].add(i)
    pairs = []
    for i in sorted(reach):
        for j in sorted(reach[i]):
            a, b = claims[i], claims[j]
            if j <= i or a.source == b.source or type(a) is not type(b):
                continue
            if not (_sole(i, j, claims, reach) and _sole(j, i, claims, reach)):
                continue
            by_doer = not keys[i] & keys[j] and (i, j) not in kin
            if by_doer and _two_acts(a, b):
                continue  # "the jet took off at 3:42" / "the jet landed at 4:25"
            if decided(a, b) and not event_parted(a, b):
                pairs.append((i, j))
    return pairs


def _noun_kin_pairs(claims: Sequence[Claim], datable: Sequence[bool]) -> set[tuple[int, int]]:
    """(i, j), i < j, claims of two articles whose event nouns are a noun and a kind
    of it ("The blaze broke out at about 1.20am" / "The fire began shortly before 4
    a.m."). Compared once per pair of nouns."""
    by_noun: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        if datable[i]:
            for word in dated_event_words(claim):
                by_noun[word].append(i)
    nouns = sorted(by_noun)
    found = set()
    for x, first in enumerate(nouns):
        for second in nouns[x + 1 :]:
            if not noun_kind_of(first, second):
                continue
            for i in by_noun[first]:
                for j in by_noun[second]:
                    if claims[i].source != claims[j].source:
                        found.add((min(i, j), max(i, j)))
    return found


def _noun_verb_kin_pairs(claims: Sequence[Claim], datable: Sequence[bool]) -> set[tuple[int, int]]:
    """(i, j), i < j, claims of two articles where one's event noun is a verb too and
    the other's predicate a kind or a synonym of it ("The collapse happened at 3:40
    a.m." / "the tower gave way at 5:40 a.m.": giving way is a way to collapse).
    The noun and the verb of one lemma already share a stem; this joins a noun to
    the other words WordNet gives its verb. A noun of saying or of an empty verb
    ("reports", "the start") names no deed of its own; opposites never pair."""
    by_verb: dict[str, list[int]] = defaultdict(list)
    by_lemma: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        if not datable[i]:
            continue
        lemma = kin_lemma(claim, EMPTY_VERBS)
        if lemma is not None:
            by_lemma[lemma].append(i)
        for noun in act_nouns(claim):
            verb = noun_verb(noun)
            if verb is not None and verb not in EMPTY_VERBS:  # "the first reports came in"
                by_verb[verb].append(i)
    found = set()
    for verb, nouns in by_verb.items():
        for lemma, verbs in by_lemma.items():
            if lemma == verb or not kind_of(verb, lemma) or are_opposites(verb, lemma):
                continue
            for i in nouns:
                for j in verbs:
                    if claims[i].source != claims[j].source:
                        found.add((min(i, j), max(i, j)))
    return found


def noun_verb(noun: str) -> str | None:
    """The verb a noun of an act is spelt as: "collapse" (both a noun and a verb), the
    phrasal verb of a hyphenated noun ("kick-off": kick_off); None for others."""
    joined = noun.replace("-", "_")
    if "_" in joined:
        return joined if general_verbs(joined) else None
    found = classes(noun)
    return found.get("verb") if "noun" in found else None


def _sole(i: int, j: int, claims: Sequence[Claim], reach: dict[int, set[int]]) -> bool:
    """Is claims[i] the only one of its article that reaches claims[j] (repeats of
    the same day or time aside)?"""
    source = claims[i].source
    told = occurrence_words(claims[j])
    return tells_one(
        _told(claims[k])
        for k in reach[j] | {i}
        if claims[k].source == source
        and type(claims[k]) is type(claims[i])  # a day is no rival of a clock time
        and (k == i or not _earlier(claims[k], told))
    )


# What marks an earlier occurrence than the story's own
_EARLIER = frozenset("first earlier previous previously initial initially prior".split())
_EARLIER_NOUN = re.compile(
    r"\b(?:first|earlier|previous|initial|prior)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE
)


def _earlier(rival: Claim, told: frozenset[str]) -> bool:
    """Is the rival an earlier occurrence the other side does not tell ("since the
    first race at 1.30pm" beside "the big race went off at 4.05pm")? Such a time is
    background, no rival of the event both articles tell; a second or later one
    ("a second launch happened at 3 p.m.") is: the event happened twice, and the
    other article's may be either."""
    own = occurrence_words(rival)
    if not (own & _EARLIER) or own & told or own - _EARLIER:
        return False
    # the mark names the rival's own event, right before its time ("the first race
    # at"), not a deed told beside it ("initially dismissed a report Thursday")
    at = rival.start - rival.sentence_start
    return _EARLIER_NOUN.search(rival.sentence[max(0, at - 40) : max(0, at)]) is not None


def _told(claim: Claim) -> str:
    value = getattr(claim, "value", None)
    return value if isinstance(value, str) and value else " ".join(words(claim.text))


def is_datable(claim: Claim) -> bool:
    """A day or clock time of an event: not a page's stamp, not a bound ("by 7
    a.m."), a day told to the day and a time with a value."""
    after = claim.sentence[claim.end - claim.sentence_start :][:20]
    if is_stamp(claim) or _STAMPED_AFTER.match(after):
        return False
    said = words(claim.text)
    if said and said[0] not in _DATING and _DATELINE.match(after):
        return False  # "Mumbai, Nov 11 - Indian Navy ...": the dateline, not the event
    if dateline_day(
        claim.sentence, 0, claim.start - claim.sentence_start, claim.end - claim.sentence_start
    ):
        return False  # "LUND, Oct. 8 (Nordwire) - ...", its agency before the dash
    if isinstance(claim, Date):
        return (a_day(claim) or a_told_day(claim)) and not day_in_another_zone(claim)
    if isinstance(claim, Time):
        before = claim.sentence[: claim.start - claim.sentence_start]
        bound = a_bound(claim) and not _HEDGED.search(before)
        # "from 7am to 7pm": the end of a span, no moment either
        return bool(claim.value) and not bound and not _SPAN_END_BEFORE.search(before)
    return False


def decided(a: Claim, b: Claim) -> bool:
    """Are the two known to be one day (or time), as the judges read them, or known
    to be two? Unresolved days in other words ("on Saturday" / "Saturday morning",
    "June 24" / "on Tuesday") are neither: such a pair would show a difference nobody
    can check, so it is not made."""
    if judged_alike_moment(a, b):
        return True
    if isinstance(a, Time) and isinstance(b, Time):
        if zone_of(a) != zone_of(b) and not in_utc(a, b):
            return False  # "1023 GMT" / "1:53 p.m. local time": perhaps one moment
        return gap_as_told(a, b) > CLOSE_MINUTES
    if not (isinstance(a, Date) and isinstance(b, Date)) or one_weekday(a, b):
        return False
    if told_days_differ(a, b) or (a.value and b.value):
        return True
    return other_weekdays(a.text, b.text)


def judged_alike_moment(a: Claim, b: Claim) -> bool:
    """Do the judges read the two as one day or time (or one told loosely)?"""
    if isinstance(a, Date) and isinstance(b, Date):
        return judge_dates([a, b]).verdict != Verdict.DIFFER
    if isinstance(a, Time) and isinstance(b, Time):
        return judge_times([a, b]).verdict != Verdict.DIFFER
    return False


def event_parted(
    a: Claim,
    b: Claim,
    parts_apart: Callable[[Claim, Claim], bool] | None = None,
    other_occurrence: Callable[[Claim, Claim], bool] | None = None,
) -> bool:
    """What tells two facts apart, though their words name one event. The doer and
    the thing are compared only when both predicates name the event: "The blast
    happened" has no doer, and in "at its premiere on Sept. 29, the film drew
    applause" the frame's doer and thing are the applause's. A caller that knows
    more of the two sentences may compare the doer and the thing its own way
    (`parts_apart`, same_event_days), and read their occurrence words its own way
    (`other_occurrence`, one_deeds)."""
    fa, fb = a.frame, b.frame
    if fa is not None and fb is not None:
        if fa.negated != fb.negated:
            return True
        if fa.lemma and fb.lemma and are_opposites(fa.lemma, fb.lemma):
            return True  # "the search began on Friday" / "the search ended on Sunday"
        if _by_predicate(a, b) and _by_predicate(b, a):
            if (parts_apart or doer_thing_apart)(a, b):
                return True
        elif two_names(fa.actor, fb.actor):
            return True
        if isinstance(a, Time) and when_part(fa, fb)[0] == "date":
            return True  # two times of two days
    if about_another(a, b) or about_another(b, a):
        return True  # "announced the recall" / "the announcement of the merger"
    if ongoing(a) != ongoing(b):
        return True
    if planned(a) != planned(b):
        return True
    if (other_occurrence or _other_occurrence)(a, b):
        return True  # "the first blast" / "a second blast"
    return not (_owner_fits(_owner(a), b) and _owner_fits(_owner(b), a))


def _other_occurrence(a: Claim, b: Claim) -> bool:
    return occurrences(a, b) != occurrences(b, a)


def doer_thing_apart(a: Claim, b: Claim) -> bool:
    """Do the two frames tell another doer or thing of their one event word?"""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return False
    if (fa.actor is None) != (fb.actor is None):
        return True  # "the tower was cleared" / "the rocket cleared the tower"
    if not same_actor(fa.actor, fb.actor):
        return True  # "Harlow agreed on Monday" / "its board agreed on Sunday"
    # "sank a trawler on Nov. 18" / "sank a pirate ship on Nov. 19"
    return not same_head(fa.thing, fb.thing) or two_names(fa.thing, fb.thing)


def planned(claim: Claim) -> bool:
    """A plan, a schedule or an expectation: told with its words, or a coming
    into force in the present ("The new rates take effect March 1")."""
    return bool(_PLANNED.search(_clause_through(claim))) or futurate(claim)


def _clause_through(claim: Claim) -> str:
    """The sentence up to the end of the claim's clause: all before the claim (a plan
    told in an earlier clause still leaves the day in doubt), and after it up to a
    clause opener, a stop or a verb of saying ("At 7am, Kessly said it now expected
    a loss": what was said is no plan of the day). Only when that clause tells its
    deed done (`_told_done`): with no such verb in it ("The strike starts on Monday
    and will last three days", "The final on Saturday, which will be played ...")
    the later plan word tells what the day is, and the whole sentence is read."""
    end = claim.end - claim.sentence_start
    after = claim.sentence[end:]
    cut = _CLAUSE_AFTER.search(after)
    told = after[: cut.start() if cut else len(after)]
    if not _told_done(claim, claim.end + len(told)):
        return claim.sentence
    for word in re.finditer(r"[A-Za-z]+", told):
        if verb_lemma(word.group().lower()) in REPORTING:
            told = told[: word.start()]
            break
    return claim.sentence[:end] + told


# past forms of the auxiliaries, "was" ending as a present's third person does
_PAST_AUXILIARIES = frozenset("was were had did".split())


def _told_done(claim: Claim, clause_end: int) -> bool:
    """Does the claim's frame tell its deed in a past form before `clause_end` (an
    offset in the text), in the claim's clause ("began on Monday", "On Monday, the
    ship docked", "has begun")? A past form is a verb's form other than its base,
    its -s or its -ing ("began", "gave", "told"); one spelt like its base ("set",
    "cut") is not read as one."""
    frame = claim.frame
    if frame is None or frame.predicate is None or frame.predicate.end > clause_end:
        return False
    for word in words(frame.predicate.text):
        lower = word.lower()
        if lower in _PAST_AUXILIARIES:
            return True
        if verb_lemma(lower) != lower and not lower.endswith(("s", "ing")):
            return True
    return False


def occurrence_words(claim: Claim) -> frozenset[str]:
    """The occurrence words of the claim's own stretch of its sentence (between
    punctuation) and of its frame's doer and thing: "The big race went off at
    4.05pm ..., since the first race at 1.30pm" tells of the first race only at
    1.30pm. Adverbs of sequence count anywhere in the sentence."""
    stretch, start = stretch_of(claim)
    told = [stretch]
    if claim.frame is not None:
        # the doer and the thing where they lie outside the stretch ("The second
        # blast, heard across the city, happened at 7:15")
        told += [
            part.text
            for part in (claim.frame.actor, claim.frame.thing)
            if part is not None
            and not start <= part.start - claim.sentence_start < start + len(stretch)
        ]
    local = {m.group().lower() for text in told for m in _ANOTHER_TIME.finditer(text)}
    # adverbs order the whole sentence's deeds ("She initially dismissed a report
    # Thursday ..., but then heard her named on the news Friday")
    anywhere = {m.group().lower() for m in _ANOTHER_TIME.finditer(claim.sentence)}
    return frozenset(local | (anywhere & _SEQUENCING))


def occurrences(claim: Claim, other: Claim) -> frozenset[str]:
    """The claim's occurrence words as read beside the other's: "first" before its
    verb or a verb of beginning counts as the other's "first" ("The first doses were
    given at 8am" / "Nurses began administering doses at 10am": the start of one
    deed, told both ways)."""
    return occurrence_words(claim) | _first_by_verb(claim, other) | _first_by_onset(claim, other)


def _first_by_onset(claim: Claim, other: Claim) -> frozenset[str]:
    """ "first" when the claim tells the beginning of a deed ("began circulating",
    "started to pump") and the other says "first" of its own deed ("first
    appeared"), of the same thing: a word of what the other counts first ("the
    first buses") told in the claim's stretch ("Buses began running"), not "The
    first shoppers entered" / "Staff began stacking shelves", two deeds."""
    if "first" not in occurrence_words(other) or "first" in occurrence_words(claim):
        return frozenset()
    stretch, start = stretch_of(claim)
    before = stretch[: max(0, claim.start - claim.sentence_start - start)]
    began = any(verb_lemma(m.group(1).lower()) in BEGINNING for m in _BEGAN_DOING.finditer(before))
    if not began or not _first_thing(other) & {stem(w) for w in words(stretch)}:
        return frozenset()
    return frozenset({"first"})


def _first_thing(claim: Claim) -> set[str]:
    """The stems of the content words right after "first" in the claim's stretch
    ("The first buses ran": bus, ran), what the claim counts first."""
    stretch, _ = stretch_of(claim)
    said = words(stretch)
    return {
        stem(counted)
        for k, w in enumerate(said)
        if w == "first"
        for counted in said[k + 1 : k + 1 + _FIRST_THING]
        if counted not in STOPWORDS
    }


_FIRST_THING = 3  # words after "first" read as what it counts ("first batch of loaves")


# Verbs of beginning (general English)
BEGINNING = frozenset("begin start commence".split())
# A verb of beginning with the deed it begins ("began circulating", "started to
# pump"): "the ceremony began" tells the start of no deed another "first" counts.
_BEGAN_DOING = re.compile(r"\b([a-z]+)\s+(?:[a-z]+ing\b|to\s+[a-z]+)", re.IGNORECASE)
_BY_VERB = re.compile(r"\bfirst\s+[a-z]+ed\b", re.IGNORECASE)


def _first_by_verb(claim: Claim, other: Claim) -> frozenset[str]:
    """ "first" before the claim's verb ("Residents first reported dead fish"), when
    the other side says "first" of its noun ("The first reports came in"): both
    tell the earliest time of the act. Alone, before a verb, it marks no other
    occurrence ("Operators first detected the release" / "The leak was detected")."""
    if "first" not in occurrence_words(other):
        return frozenset()
    stretch, _ = stretch_of(claim)
    return frozenset({"first"}) if _BY_VERB.search(stretch) else frozenset()


_SEQUENCING = frozenset(
    [*"earlier previously again ago later initially prior".split(), "before that"]
)


_STRETCH_END = re.compile(r"(?<!\d),|,(?!\d)|[;:()\u2013\u2014]")  # not "38,000"


def stretch_of(claim: Claim) -> tuple[str, int]:
    """The claim's stretch of its sentence between punctuation, and where it starts."""
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    before = [m.end() for m in _STRETCH_END.finditer(claim.sentence, 0, max(0, at))]
    after = _STRETCH_END.search(claim.sentence, max(0, end))
    start = before[-1] if before else 0
    return claim.sentence[start : after.start() if after else None], start


def _owner(claim: Claim) -> str | None:
    """Whose event a noun before the date names ("Smith's arrest on Monday": smith)."""
    at = claim.start - claim.sentence_start
    found = _OWNED.search(claim.sentence[max(0, at - 60) : at])
    return stem(found.group(1).lower()) if found else None


def _owner_fits(owner: str | None, other: Claim) -> bool:
    """Is the owner of one side's event the other's owner, doer or thing (or can
    it not be told)? "The mayor's speech on Monday" / "the governor spoke on Tuesday"
    are two people's days."""
    if owner is None:
        return True
    frame = other.frame
    told = {_owner(other)}
    if frame is not None:
        told |= {head(frame.actor), head(frame.thing)}
    told.discard(None)
    return not told or owner in told or any(w and are_synonyms(owner, w) for w in told)


def _two_acts(a: Claim, b: Claim) -> bool:
    """Two predicates that each name an event, and not one event. A phrasal verb is
    read whole: "the jet took off" names an event, "took" does not."""
    la, lb = kin_lemma(a, EMPTY_VERBS), kin_lemma(b, EMPTY_VERBS)
    if la is None or lb is None:
        return False
    return not event_word_keys(la) & event_word_keys(lb)


def _by_predicate(a: Claim, b: Claim) -> bool:
    """Does a's predicate itself name the event b's words name (or a kind of b's
    predicate's event)?"""
    kin_a, kin_b = kin_lemma(a, EMPTY_VERBS), kin_lemma(b, EMPTY_VERBS)
    if kin_a is None:
        return False
    if event_word_keys(kin_a) & _event_keys(b):
        return True
    return bool(kin_b and kind_of(kin_a, kin_b))


def _event_keys(claim: Claim) -> frozenset[str]:
    found: set[str] = set()
    for word in dated_event_words(claim):
        found |= event_word_keys(word)
    if in_force(claim):  # "takes effect Jan. 1" / "goes into force on July 1"
        found.add(IN_FORCE_KEY)
    found |= onset_keys(claim)  # "the new fares take effect" / "start paying the fares"
    if raises_alarm(claim) or _reported(claim):  # "the alarm was raised" / "phoned 999"
        found.add(ALARM_KEY)
    return frozenset(found)


def _reported(claim: Claim) -> bool:
    """An event reported, in the passive ("The fire was reported at 2:15 a.m."): the
    call for help, told by what it was about."""
    frame = claim.frame
    if frame is None or (frame.lemma or "").lower() != "report" or frame.thing is None:
        return False
    if frame.predicate is None:
        return False
    passive = re.search(
        r"\b(?:was|were|been|being)\s+(?:\w+ly\s+|first\s+)?reported\b", frame.predicate.text
    )
    return bool(passive) and bool(_common_noun(frame.thing.text))


def _doer_keys(claim: Claim) -> frozenset[str]:
    """Keys of the doer's noun when it may be an event ("a bang shook houses"), not
    when the predicate is a verb of saying or an empty one."""
    frame = claim.frame
    if frame is None or frame.actor is None or not frame.lemma:
        return frozenset()
    if frame.lemma.lower() in EMPTY_VERBS:
        return frozenset()
    found: set[str] = set()
    for word in _event_noun(frame.actor.text):
        found |= event_word_keys(word)
    return frozenset(found)


# a passive after a day set off: the subject undergoes the deed the day dates
_PASSIVE_AFTER = re.compile(
    r"^[^,]*,\s*(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"[a-z]+(?:ed|en|wn|lt|ght|ne|un|ung)\b",
    re.IGNORECASE,
)


def dated_event_words(claim: Claim) -> set[str]:
    """The words that name the event the date or time is of."""
    named = act_nouns(claim)
    whole = kin_lemma(claim, EMPTY_VERBS)  # "picked up": pick_up, not pick
    if claim.frame is not None and claim.frame.lemma and whole is not None:
        named.add(whole)
    at = claim.start - claim.sentence_start
    before = claim.sentence[max(0, at - 40) : at]
    said = words(claim.text)
    match = _WORD_BEFORE.search(before) if said and said[0] in _DATING else None
    if match:  # "its premiere on Sept. 29"; not "devastated the church Friday night"
        # nor a place ("planted trees in the park on Saturday": object_nouns.py)
        named |= {n for n in _event_noun(match.group(1)) if not is_place_noun(n)}
    subject = _SET_OFF_SUBJECT.match(claim.sentence[:at]) if said and said[0] in _DATING else None
    after = claim.sentence[claim.end - claim.sentence_start :]
    if subject and not _PASSIVE_AFTER.match(after):
        # "The vote, at about 10:15 p.m., ended the debate": the vote's time; not
        # "The search, on Sunday, was called off": the calling off's
        named |= {n for n in _event_noun(subject.group(1)) if not is_place_noun(n)}
    return named


def act_nouns(claim: Claim) -> set[str]:
    """The nouns the clause states as the event: the object of a light verb ("took
    the decision"), the subject of a verb of happening ("the blast happened"), the
    noun a time modifies ("the 4pm kick-off"). Not the noun that merely stands
    before the date ("attacked this merchant ship about 1100 hrs")."""
    named: set[str] = set()
    frame = claim.frame
    if frame is not None and frame.lemma:
        lemma = frame.lemma.lower()
        if lemma in LIGHT_VERBS and lemma not in REPORTING and frame.thing is not None:
            named |= _event_noun(frame.thing.text)
        if (lemma in _HAPPENING or happening(claim)) and frame.actor is not None:
            named |= _event_noun(frame.actor.text)
    noun = modified_noun(claim)  # "the 4pm kick-off"
    if noun is not None:
        named |= _event_noun(noun) or ({noun} if noun_verb(noun) else set())
    return named


def _common_noun(phrase: str) -> set[str]:
    """The phrase's head when it is a common noun, lower case."""
    said = [w for w in words(phrase) if w.isalpha()]
    if not said or is_name(phrase) or said[-1] in STOPWORDS or len(said[-1]) < 3:
        return set()
    found = classes(said[-1])  # a word the table lacks ("lockdown") is most likely a noun
    return {said[-1]} if not found or "noun" in found else set()


# a preposition of place or time after a lower-case noun: the phrase it opens
# describes the noun before it ("The raid at the museum", "the fire on the ship")
_POSTMODIFIER = re.compile(r"(?<=[a-z])\s+(?:at|in|on|near|inside|outside)\s+")


def _event_noun(phrase: str) -> set[str]:
    """The phrase's head when it is a common noun of an act (a noun with a verb in
    its family: "premiere", "blast", "collapse"), lower case. A phrase of place or
    time after a lower-case noun describes it: "the raid at the museum" is a raid."""
    said = [w for w in words(_POSTMODIFIER.split(phrase, maxsplit=1)[0]) if w.isalpha()]
    said = nominal_head(said)  # "Confirmation of the strain": a confirmation
    if not said or is_name(phrase):
        return set()
    noun = said[-1]
    if noun in STOPWORDS or len(noun) < 3:
        return set()
    found = classes(noun)
    if "noun" not in found or not (families(noun) or "verb" in found):
        return set()
    return {noun}


@lru_cache(maxsize=16384)
def event_word_keys(word: str) -> frozenset[str]:
    """Keys two words of one event share: a stem, a sense group, a derivational link."""
    # a hyphenated noun of a phrasal verb is keyed as the verb ("kick-off": kick_off)
    return frozenset(
        {"s:" + stem(word.replace("-", "_") if noun_verb(word) else word)}
        | {"g:" + group for group in senses(word)}
        | {"d:" + link for link in families(word)}
    )
