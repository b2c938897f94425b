"""Two places told in the two articles' closest sentences: one fact, two places.

Outlets that place one event differently seldom tell it in the same words ("The
tanker ran aground near Falmouth on Tuesday" / "The stricken tanker grounded off
Penzance"), so the place matchers, which tie a place to its event's verb or to a
site of one kind, leave both unpaired. What ties the two here, as for the days of
closest_day_clashes, is the rest of the sentence: the doer, the thing, the words
around the event.

A place nothing else paired meets one of another article when the two sentences
share at least MIN_SHARED content words (the places' own words, dates and times
aside), MIN_LOWER of them no name's, and each sentence is the other's closest: no other
sentence of either article that gives a place shares as many words with it and
names another place. A lower-case word one side says and the other tells by a
word of one WordNet sense, or by a noun of its kind ("discovered" / "found",
"plant" / "factory"), counts as one shared, as closest_figure_clashes counts it:
outlets retell one event in their own verbs. Two places said of one noun with one
preposition ("at a press conference in Bhopal" / "at a press conference in
Jabalpur") need one shared word fewer: the noun they are said of is a tie of its own. The pair is
shown only when the place judge finds the two differ; it never makes an agreement.

Place names nest (a town, its county, its country) and no table of all of them is
at hand, so what could be a part and its whole parts the pair:
- either place widely named (its rarest word at least WIDELY_NAMED in wordfreq's
  Zipf scale: "Norway", "Texas"), a country, a state or a capital that may hold a
  town the other article names ("a mountain in Norway" / "in Tromso");
- either place named anywhere in the other article ("in Leeds" / "in Yorkshire",
  the other article naming Leeds elsewhere): that article knows the place and
  placed the event in its whole or its part;
- a site against a bare name ("at Rice University" / "in Texas"): a site lies in
  a town; two sites of one kind, or two bare names, are kept;
- a sentence naming the other's site by its kind in lower case ("Rosemanowes
  quarry" / "a quarry near Penryn"): one site, placed by its town;
- a place told after a name ("the Wyeside Trust in Kent"): where a named body
  is, not where the event happened;
- a sentence naming another place of the event (a place set right after the
  other, "at Twyford, west of Hastings", "at the Civic Hall in Leeds", "at
  Portmagee on Valentia Island", locates it and is none; so does a place within a
  phrase set off to describe it, "at Bosta on Great Bernera, a small island linked by
  a bridge to Lewis in the Outer Hebrides");
- a place told with "into", "to" or "from" (a way, not a site), a person's title
  in the name ("at Sgt. Ortiz"), a name that is a word of a longer noun phrase
  ("in the Lister administration", "on Norway's highest peak");
- a place of origin or of a home ("a student from Portugal") against a place of an act;
- a place after a verb of saying ("told reporters in Geneva"): the place of the
  report is no place of the event;
- a place inside a quotation, or the dateline that opens an article;
and the guards of closest_day_clashes that tell two moments (or two facts) of a
story apart: a negation, a saying on one side, a plan against a deed, another
occurrence, figures or dates on both sides none in common, two moments related
in one sentence, a departure against an arrival.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from compare.align.closest_day_clashes import (
    RELATED_MOMENTS,
    USUAL_SCHEDULE,
    dates_report,
    lower_case_stems,
    sentence_figures,
    two_ends,
)
from compare.align.closest_figure_clashes import one_sense_among, partners_of
from compare.align.closest_sentences import closest_both_ways, fitted_settler, other_sentence
from compare.align.frames import same_place
from compare.align.frequencies import zipf
from compare.align.model import Judgement
from compare.align.named_sites import grammar_after, names_a_site
from compare.align.nested_places import may_nest
from compare.align.place_sites import judge_sites, site_kind
from compare.align.same_days import content_outside, content_stems, parted
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.words import STOPWORDS, stem, words
from compare.extract.claims import Claim, Date, Place, Time
from compare.extract.lemmas import classes
from compare.extract.lexicon import TITLES
from compare.extract.places import CAPITAL

SCORE = 0.4  # under the place matchers' pairs: they read a place by its event
MIN_SHARED = 3  # content words two sentences share to be one another's closest
# Zipf frequency (wordfreq) from which a name is widely known: a country, a state,
# a capital ("Norway" 4.2, "Texas" 4.9), a whole that may hold the other place;
# a town seldom named ("Tromso" 2.0) is no other town's whole
WIDELY_NAMED = 4.0
MIN_LOWER = 2  # of them, words no name holds ("Lohan's lawyer" ties by "lawyer" alone)
# where something stood or happened; "into", "to", "from" tell a way, not a site
_AT = frozenset("in at near on off outside inside".split())
_QUOTES = re.compile('["\u201c\u201d]')
# "LONDON (Reuters) - ", "GENEVA, March 3 - ": a dateline at the sentence's start
_DATELINE = re.compile(
    r"[\s,]*(?:[A-Z][a-z]{2,9}\.? \d{1,2}\s*)?(?:\([^)]{1,20}\)\s*)?[-\u2013\u2014]\s"
)
_ORIGIN = re.compile(r"(?:from|of|native|born|hails?)\b", re.IGNORECASE)
_ORIGIN_BEFORE = re.compile(
    r"\b(?:from|native of|born in|hails from|of|home|homes|house|lives|lived|living|resident)\s*$",
    re.IGNORECASE,
)


def closest_place_pairs(
    claims: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of places among `claims` (those nothing paired) told in
    two articles' mutually closest sentences, neither named in the other article,
    that nothing parts."""
    every = [c for found in sentences.by_sentence.values() for c in found] or list(claims)
    told = [c for c in every if isinstance(c, Place) and site_candidate(c)]
    free = {id(c): i for i, c in enumerate(claims)}
    raw = {id(c): _content(c, sentences) for c in told}
    words_of = {id(c): content_stems(raw[id(c)]) for c in told}
    texts = article_texts(every)

    low = {id(c): lower_case_stems(c) for c in told}
    ties: dict[tuple[int, int], int] = {}  # closest_both_ways asks again of one pair

    def tie(one: Place, other: Place) -> int:
        """Lower-case words of one sense, or one noun a kind of the other, beyond
        the words both say ("detained" / "arrested", "plant" / "factory")."""
        key = (id(one), id(other))
        if key not in ties:
            ties[key] = len(
                _kin(
                    raw[id(one)],
                    raw[id(other)],
                    words_of[id(one)],
                    words_of[id(other)],
                    low[id(one)],
                    low[id(other)],
                )
            )
        return ties[key]

    settled = fitted_settler(sentences)  # a draw of shared words, broken by the fitted pairs
    pairs = []
    for x, a in enumerate(told):
        if id(a) not in free:
            continue
        for b in told[x + 1 :]:
            if id(b) not in free or b.source == a.source or not isinstance(b, Place):
                continue
            if same_place(a.name, b.name) or site_kind(a.name) != site_kind(b.name):
                continue  # "at Rice University" / "in Texas": a site lies in a town
            common = words_of[id(a)] & words_of[id(b)]
            kin = tie(a, b)
            shared = len(common) + kin
            least = MIN_SHARED - 1 if _one_holder(a, b) else MIN_SHARED
            if shared < least or not closest_both_ways(
                a, b, shared, told, lambda c: words_of[id(c)], other_sentence, tie, settled
            ):
                continue
            if len(common & lower_case_stems(a) & lower_case_stems(b)) + kin < MIN_LOWER:
                continue  # a name ties no event
            if widely_named(a) or widely_named(b):
                continue  # "in Texas" / "in Austin": a country or state may hold the other
            if known_to_other(a, b, texts) and may_nest(a, b, texts):
                continue  # a part and its whole, each article knowing the other's
                # place, told together or one a whole (nested_places.py)
            if _kind_told(a, b) or _kind_told(b, a):
                continue  # "students at Rice University" / "university students in Texas"
            if origin_told(a) != origin_told(b):
                continue
            if lone(a, sentences) is None or lone(b, sentences) is None:
                continue  # "flew from Lisbon to Oslo": which place is the event's?
            if parted(a, b, sentences) or two_facts(a, b, sentences):
                continue
            i, j = sorted((free[id(a)], free[id(b)]))
            pairs.append((SCORE + 0.01 * shared, i, j))
    return pairs


def _kin(
    raw_a: set[str],
    raw_b: set[str],
    stems_a: frozenset[str],
    stems_b: frozenset[str],
    low_a: frozenset[str],
    low_b: frozenset[str],
) -> set[str]:
    """The lower-case words of one sentence (`raw_a`, its lower-case stems `low_a`),
    not said by the other, that have a word of one sense (or a noun of its kind)
    among the other's likewise."""
    rest_a = {w for w in raw_a if stem(w) in low_a and stem(w) not in stems_b}
    rest_b = {w for w in raw_b if stem(w) in low_b and stem(w) not in stems_a}
    partners = partners_of(rest_b)
    return {x for x in rest_a if one_sense_among(x, partners)}


def _kind_told(site: Place, other: Place) -> bool:
    """Does the other sentence name the site's kind, the last word of its name, in
    lower case ("Rosemanowes quarry" / "a quarry near Penryn")? It tells of the
    same site and places it by its town."""
    said = words(site.name)
    after = re.match(r"\s+([a-z]{3,})\b", site.sentence[site.end - site.sentence_start :])
    kinds = {said[-1]} if len(said) > 1 else set()
    if after is not None and "noun" in classes(after.group(1)):
        kinds.add(after.group(1))  # "at Rosemanowes quarry"
    return bool(kinds & set(re.findall(r"\b[a-z]+\b", other.sentence)))


def lone(place: Place, sentences: SentenceClaims) -> Place | None:
    """The place, when its sentence names no other place but one that locates it,
    set right after it ("at Twyford, west of Hastings", "at the Civic Hall in
    Leeds"): that one tells where the place is, not another place of the event."""
    others = [c for c in sentences.of(place) if isinstance(c, Place) and c is not place]
    return None if any(_another(c, place) for c in others) else place


def _another(other: Place, place: Place) -> bool:
    if same_place(other.name, place.name):
        return False
    between = place.sentence[place.end - place.sentence_start : other.start - place.sentence_start]
    opening = other.text.split()[0].lower() if other.text.split() else ""
    locates = opening in _LOCATING_WORDS or opening.rstrip("-") in _COMPASS
    if other.start >= place.end and locates and _DESCRIBED.fullmatch(between):
        return False  # "at Bosta on Great Bernera, a small island ... in the Outer Hebrides"
    return not (other.start >= place.end and locates and _BETWEEN.fullmatch(between))


# what stands between a place and the place that locates it: nothing, or a comma
_BETWEEN = re.compile(r"\s*,?\s*")
# what stands between a place and a place within a phrase describing it, set off
# right after it or after the place that locates it ("at Bosta on Great Bernera, a
# small island linked by a bridge to Lewis in the Outer Hebrides"): the phrase tells
# where the place lies, and so does a place within it
_DESCRIBED = re.compile(
    r"(?:\s+(?:in|on|near|outside)\s+(?:the\s+)?[A-Z][^,;:()]*?)?,\s+(?:a|an)\s+[a-z][^,;:()]*"
)
# how the locating place opens: "in Leeds", "near Hastings", "west of Hastings",
# "on Valentia Island" (an island, a bay, a coast, a road the place lies on)
_LOCATING_WORDS = frozenset("in near outside on".split())
_COMPASS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west".split()
)


def two_facts(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    """closest_day_clashes' guards for two moments of a story, the places aside:
    a usual schedule on one side only, a sentence relating two moments, figures
    or dates on both sides none in common, two ends of one journey."""
    if bool(USUAL_SCHEDULE.search(a.sentence)) != bool(USUAL_SCHEDULE.search(b.sentence)):
        return True
    if RELATED_MOMENTS.search(a.sentence) or RELATED_MOMENTS.search(b.sentence):
        return True
    for told_a, told_b in (
        (sentence_figures(a, sentences), sentence_figures(b, sentences)),
        (sentence_dates(a, sentences), sentence_dates(b, sentences)),
    ):
        if told_a and told_b and not told_a & told_b:
            return True
    return two_ends(a, b)


def site_candidate(place: Place, *, after_names: bool = False) -> bool:
    """A place outside quotations and datelines, not the place of a saying. With
    `after_names`, a place right after a name is kept too ("at the Ministry of
    Labour in Dhaka"): a matcher that reads what the place is said of from the
    clause, not from the words around it, still knows whose place it is."""
    at = place.start - place.sentence_start
    if len(_QUOTES.findall(place.sentence[:at])) % 2:
        return False
    if at <= 1 and _DATELINE.match(place.sentence[place.end - place.sentence_start :]):
        return False
    opening = words(place.text)
    if not opening or opening[0] not in _AT:
        return False  # "checked into a clinic", "flew to Lima": a way, not a site
    if place.name.split()[0].lower() in TITLES:
        return False  # "pointed at Sgt. Ortiz": a person, not a place
    if _modifier(place):
        return False  # "in the Lister administration", "on Norway's highest peak"
    before = place.sentence[:at].split()
    if not after_names and len(before) > 1 and before[-1][:1].isupper():
        return False  # "the Wyeside Trust in Kent": where a named body is
    return not dates_report(place)


def sentence_dates(claim: Claim, sentences: SentenceClaims) -> frozenset[str]:
    """The values of the days (and weeks, months) the claim's sentence gives, or
    their words when undated ("on Monday" / "on Thursday": two fires, two days)."""
    return frozenset(
        c.value or " ".join(words(c.text)) for c in sentences.of(claim) if isinstance(c, Date)
    )


def _holder(place: Place) -> str:
    """The word in lower case the place is said of, right before its preposition
    ("a press conference in Bhopal": conference), or ''."""
    before = place.sentence[: place.start - place.sentence_start].split()
    last = before[-1] if before else ""
    return stem(last) if last.isalpha() and last.islower() and last not in STOPWORDS else ""


def _one_holder(a: Place, b: Place) -> bool:
    """Are both places said of one noun with one preposition ("at a press
    conference in Bhopal" / "at a press conference in Jabalpur")? That noun ties
    the two as the event's own words do, so one shared word fewer is asked. Another
    preposition may tell another slot ("a flower show in Tralee" / "a flower show
    at Ballyseedy Wood": the town and a venue in it)."""
    holder = _holder(a)
    if not holder or holder != _holder(b) or "noun" not in classes(holder):
        return False
    return a.text.split()[0].lower() == b.text.split()[0].lower()


def _modifier(place: Place) -> bool:
    """Is the name a word of a longer noun phrase: followed by a noun in lower case
    ("the Lister administration"), or a possessive ("Norway's highest peak")?"""
    if place.name.endswith(("'s", "\u2019s")):
        return True
    after = re.match(
        r"\s*(?:'s|\u2019s)?\s+([a-z]{3,})\b", place.sentence[place.end - place.sentence_start :]
    )
    if after is None or "noun" not in classes(after.group(1)):
        return False
    # "near Nagymaros while sailing", "at the Acas offices": no modifier (named_sites.py)
    return not (grammar_after(place) or names_a_site(place))


def origin_told(place: Place) -> bool:
    """A place of origin ("a student from Portugal", "a native of Ohio")."""
    at = place.start - place.sentence_start
    return bool(_ORIGIN.match(place.text)) or bool(
        _ORIGIN_BEFORE.search(place.sentence[max(0, at - 20) : at])
    )


def article_texts(claims: Sequence[Claim]) -> dict[str, str]:
    """Each article's sentences (those with a claim), joined."""
    seen: dict[str, dict[int, str]] = defaultdict(dict)
    for c in claims:
        seen[c.source][c.sentence_start] = c.sentence
    return {source: "\n".join(found.values()) for source, found in seen.items()}


def widely_named(place: Place) -> bool:
    """Is even the rarest word of the name frequent in English (WIDELY_NAMED)?"""
    said = [w for w in words(place.name) if w not in STOPWORDS]
    return not said or min(zipf(stem(w)) for w in said) >= WIDELY_NAMED


def known_to_other(a: Place, b: Place, texts: dict[str, str]) -> bool:
    """Does either article name the other's place anywhere?"""
    return named_in_text(a, texts[b.source]) or named_in_text(b, texts[a.source])


def named_in_text(place: Place, text: str) -> bool:
    """Does the text name the place: its capitalised words, one after another?"""
    names = [
        w for w in re.findall(rf"[{CAPITAL}][\w'.-]*", place.name) if w.lower() not in STOPWORDS
    ]
    if not names:
        return True  # nothing to look for: take it as named
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in names)


def _content(claim: Claim, sentences: SentenceClaims) -> set[str]:
    """The sentence's content words, lower case, outside its places, dates and times."""
    return content_outside(claim, sentences, (Place, Date, Time))


def judge_place_clash(
    members: Sequence[Claim], options: Options, sentences: SentenceClaims
) -> Judgement:
    """The place judge, called as a judge across kinds is."""
    return judge_sites([m for m in members if isinstance(m, Place)], options)
