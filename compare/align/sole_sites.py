"""Each article's only hospital, named apart: "All four were taken to the Royal
Lancaster Infirmary" / "The four were flown by helicopter to Airedale General
Hospital".

The hurt of a news story are taken to hospital, and an outlet that names the
hospital names where they went; outlets tell it with verbs no table joins (taken,
flown, airlifted, rushed, treated at, admitted to). When each article names one
hospital only, told as a place the claims extract (a name ending in a noun for a
hospital: Hospital, Infirmary, Medical Centre, Clinic), and the two names share
no word but those nouns, neither article naming the other's, the articles send
the story's hurt to two hospitals, or tell of two hospitals, one each: a variant a
reader checks, never a conflict, since nothing but the story ties the two.

A stadium (or an arena: one kind) is read the same way: a match or a final is
played at one ground, and an article that names one stadium names where it was
played ("after a draw at the Kelvin Road Stadium" / "was staged at Marlowe Park
Arena"). Each kind is counted on its own: the only hospital and the only stadium
of one article are two sites.

Two events each at its ground are kept apart: a plan against a deed ("the final
will be played at X" / "the semi-final was staged at Y"), a negation, a ground
told as a club's home ("their home ground, X Stadium").

Left alone: an article that names two hospitals (or two stadiums) or more (a story of several
patients or transfers tells them apart), a hospital told by no name ("a hospital
in Wichita"), two names of one hospital ("Airedale General" / "Airedale
Hospital": a word in common), and two sentences giving two days, none shared ("at
X Stadium on Saturday" / "at Y Arena on Sunday": two matches).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache
from string import capwords

from compare.align.blocking import cross_source_pairs
from compare.align.model import Conflict, Severity
from compare.align.other_doers import others_present
from compare.align.same_days import days_apart, parted
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.word_contradictions import Finding
from compare.extract import Claim
from compare.extract.claims import Kind, Statement
from compare.extract.lemmas import classes
from compare.extract.places import CAPITAL

SCORE = 0.45  # as the clause matchers: below the word model's sure pairs
# a name of capitalised words ending in a noun for a hospital
_HOSPITAL = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,5}?"
    r"(?P<noun>Hospital|Infirmary|Medical\s+Cent(?:re|er)|Clinic|Hospice))\b"
)
_HOSPITAL_WORDS = frozenset({"hospital", "infirmary", "medical", "centre", "center", "clinic"})
# a name of capitalised words ending in a noun for a sports or events ground
_STADIUM = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,5}?(?P<noun>Stadium|Arena|Coliseum|Colosseum|Velodrome"
    r"|Fieldhouse|(?:Sports|Events?)\s+(?:Centre|Center|Hall|Complex)))\b"
)
_STADIUM_WORDS = frozenset(
    "stadium arena coliseum colosseum velodrome fieldhouse sports event events centre center "
    "hall complex".split()
)
_GROUNDS = (
    "Stadium",
    "Arena",
    "Coliseum",
    "Colosseum",
    "Velodrome",
    "Fieldhouse",
    "Sport",
    "Event",
)
_OPENERS = frozenset({"the", "a", "an", "at", "to", "in", "from"})


_NOUNS = ("Hospital", "Infirmary", "Medical", "Clinic", "Hospice")


def hospitals(text: str) -> frozenset[str]:
    """The hospitals a text names, as their distinctive words ("royal lancaster")."""
    if not any(noun in text for noun in _NOUNS):
        return frozenset()  # the judge asks of every pair: most sentences name none
    return _distinctive(_HOSPITAL, _HOSPITAL_WORDS, text) | _kind_first(text)


# "the Hospital Fernández", "Hospital Italiano": the kind's word before a name, as
# Spanish, Italian or Portuguese names put it; the name's words no English word
# ("Hospital Road", "Hospital Trust" name a street and a body)
_HOSPITAL_FIRST = re.compile(
    rf"\b(?:Hospital|Clinic)\s+(?P<name>[{CAPITAL}][\w'’.-]*"
    rf"(?:\s+(?:de|del|la|do|da|dos|das|di)?\s*[{CAPITAL}][\w'’.-]*)*)"
)
_PARTICLES = frozenset("de del la do da dos das di".split())


def _kind_first(text: str) -> frozenset[str]:
    found = set()
    for match in _HOSPITAL_FIRST.finditer(text):
        said = [w.lower().strip(".") for w in match.group("name").split()]
        if all(w in _PARTICLES or not classes(w) for w in said):
            found.add(" ".join(said))
    return frozenset(found)


def stadiums(text: str) -> frozenset[str]:
    """The stadiums and arenas a text names, as their distinctive words."""
    if not any(noun in text for noun in _GROUNDS):
        return frozenset()
    return _distinctive(_STADIUM, _STADIUM_WORDS, text)


def _distinctive(pattern: re.Pattern[str], nouns: frozenset[str], text: str) -> frozenset[str]:
    found = set()
    for match in pattern.finditer(text):
        kept = [
            w.lower().strip(".")
            for w in match.group("name").split()
            if w.lower().strip(".") not in nouns | _OPENERS
        ]
        if kept:
            found.add(" ".join(kept))
    return frozenset(found)


def sites(text: str) -> frozenset[str]:
    """The hospitals and stadiums a text names, each marked by its kind."""
    return frozenset(f"{kind}: {name}" for kind, read in _KINDS for name in read(text))


_KINDS: tuple[tuple[str, Callable[[str], frozenset[str]]], ...] = (
    ("hospital", hospitals),
    ("stadium", stadiums),
)


def _apart(x: str, y: str) -> bool:
    return not set(x.replace("'s", "").split()) & set(y.replace("'s", "").split())


def _by_source(claims: Sequence[Claim]) -> dict[tuple[str, str], set[str]]:
    """Per source and kind, every hospital (or stadium) its claims' sentences name."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for claim in claims:
        for kind, read in _KINDS:
            found[claim.source, kind] |= read(claim.sentence)
    return found


def _place_of(
    read: Callable[[str], frozenset[str]], claim: Claim, sentences: SentenceClaims
) -> bool:
    """Does the claim's sentence tell the site as a place (a place claim)?"""
    return bool(read(claim.sentence)) and any(
        c.kind == Kind.PLACE and read(c.text) for c in sentences.of(claim)
    )


def _sole_apart(
    a: Claim, b: Claim, named: dict[tuple[str, str], set[str]], sentences: SentenceClaims
) -> Finding | None:
    for kind, read in _KINDS:
        if not (_place_of(read, a, sentences) and _place_of(read, b, sentences)):
            continue
        ha, hb = named.get((a.source, kind), set()), named.get((b.source, kind), set())
        if len(ha) != 1 or len(hb) != 1:
            continue
        (x,), (y,) = ha, hb
        if not _apart(x, y):
            continue
        if kind == "stadium" and _two_events(read, a, b, sentences):
            continue
        if _two_doers(read, a, b, sentences):
            continue  # "The striker was taken to X" / "The mayor visited children at Y"
        if days_apart(a, b, sentences):
            continue  # "at X Stadium on Saturday" / "at Y Arena on Sunday": two days' events
        return Finding(Conflict.PLACE, capwords(x), capwords(y), Severity.VARIANT)
    return None


# "home" before a ground tells whose ground it is ("their home ground, X Stadium"),
# not where this match was played
_HOME = re.compile(r"\bhome\b[^.;]{0,40}$", re.IGNORECASE)


def _two_events(
    read: Callable[[str], frozenset[str]], a: Claim, b: Claim, sentences: SentenceClaims
) -> bool:
    """Do the two grounds' sentences tell two events, or a ground that is no venue of
    the match: a plan against a deed ("the final will be played at X" / "the
    semi-final was staged at Y"), a negation, a ground told as a club's home?"""
    grounds = [
        [c for c in sentences.of(claim) if c.kind == Kind.PLACE and read(c.text)]
        for claim in (a, b)
    ]
    for told in grounds:
        for place in told:
            if _HOME.search(place.sentence[: place.start - place.sentence_start]):
                return True
    return any(parted(x, y, sentences) for x in grounds[0] for y in grounds[1])


def _two_doers(
    read: Callable[[str], frozenset[str]], a: Claim, b: Claim, sentences: SentenceClaims
) -> bool:
    """Are the two sites the places of two doers' acts (others_present: "Fans gathered at
    X Stadium to watch the final" / "The final was played at Y Arena"; "The striker
    was taken to X Hospital" / "The mayor visited children at Y Infirmary"), so that
    neither site need be where the story's event happened?"""
    grounds = [
        [c for c in sentences.of(claim) if c.kind == Kind.PLACE and read(c.text)]
        for claim in (a, b)
    ]
    return any(others_present(x, y) for x in grounds[0] for y in grounds[1])


def sole_sites_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """The judge's reading: each article's only hospital (or stadium), named apart."""
    if a.source == b.source or not sentences.by_sentence:
        return None
    if not (sites(a.sentence) and sites(b.sentence)):
        return None
    return _sole_apart(a, b, _named(sentences), sentences)


@lru_cache(maxsize=2)  # the judge asks of many pairs of one comparison
def _named(sentences: SentenceClaims) -> dict[tuple[str, str], set[str]]:
    """Per source and kind, every site its claims' sentences name, read once."""
    return _by_source(sentences.claims())


def sole_site_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Each source's statements naming its only hospital (or stadium), paired across
    sources."""
    if not sentences.by_sentence:
        return []
    named = _by_source(statements)
    having = tuple(
        [i for i, s in enumerate(statements) if _place_of(read, s, sentences)] for _, read in _KINDS
    )
    return [
        (SCORE, i, j)
        for i, j in cross_source_pairs(having, lambda k: statements[k].source)
        if _sole_apart(statements[i], statements[j], named, sentences) is not None
    ]
