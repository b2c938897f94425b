"""One deed, each article's only telling of it, credited to two parties: "The
proposal was drawn up by the city's transport department" / "The scheme itself was
drawn up by a consultancy, Urbanis Partners"; "It was built by the state shipbuilder
Cotecmar" / "It was built by a private yard, Astilleros del Caribe".

An article tells who did its story's deed once, in the passive with "by" or with a
subject, and names the thing the deed befalls in its own words ("the proposal",
"the scheme", "it"), while the doer is as often a body told by its noun ("the
mayor's office") as a name. sole_agents pairs such deeds when one thing is "it" and
both doers are named or people of two kinds; this reads the same deeds more
broadly, for any two things the articles tie and any two parties (party_doers).

Two deeds of two articles are paired when
- their verbs are one, a synonym, or one a kind of the other (one_verb_or_kind);
- each is the only deed of its article so credited with a verb tied to the other's
  (sole_agents.sole_credit / sole_active): an article telling two such deeds tells
  two things;
- their things are one: "it" for a thing the "it" article has named before
  (sole_agents.named_before), the same head, heads that are WordNet synonyms ("the
  lawsuit" / "the case"), or two heads one of which the other article uses too ("the
  proposal" / "the scheme" where one article speaks of the proposal and the scheme;
  not "the appeal" beside a story that never tells of one), never people (two
  people may be arrested, freed or found by two parties);
- their doers are two parties (party_doers.parties_apart),
  neither named nor told by its noun anywhere in the other article;
- each is a deed, not a saying (REPORTING), done to a thing, not a time ("learned
  the day before"), by one party, not a list ("criticized by builders and the oil
  industry": a deed many do is no one party's);
- neither sentence tells an earlier occasion (a year the other does not give, "last
  year", "previously"): "In 2021 it was rejected by the council" tells another vote;
  nor do they rank their things apart ("the first goal" / "the second goal").

A thing tied by the articles, not shown to be one, makes the pair a variant for a
reader to check, never a conflict and never a ✓ (the matcher's pairs stand apart from
the groups, shown only when the doers differ).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from compare.align.actor_names import names
from compare.align.by_agents import PASSIVE_DEED, agent_doer, one_verb_or_kind
from compare.align.model import Conflict, Severity
from compare.align.party_doers import parties_apart, party
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.sole_agents import (
    RELATIVE_CLAUSE,
    Credited,
    active_deeds,
    credited_deeds,
    every_sentence_with_by,
    named_before,
    pairs_across,
    sole_active,
    sole_credit,
    thing_head,
)
from compare.align.synonyms import senses
from compare.align.word_contradictions import Finding
from compare.align.words import STOPWORDS, TEXTS_REMEMBERED, remembered, stem, words
from compare.extract import Claim
from compare.extract.claims import Place, Statement
from compare.extract.lemmas import verb_lemma
from compare.extract.number_forms import ORDINALS
from compare.extract.people_nouns import people_noun
from compare.extract.wordlists import REPORTING

SCORE = 0.45  # as sole_agents' pairs: below the word model's sure pairs
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_EARLIER = re.compile(
    r"\b(?:last|previous|earlier|former|formerly|previously|another|once)\b", re.IGNORECASE
)


def _deeds(claim: Claim) -> tuple[Credited, ...]:
    return (*_credited(claim.sentence), *active_deeds(claim))


@remembered(TEXTS_REMEMBERED)
def _credited(sentence: str) -> tuple[Credited, ...]:
    """Every passive deed the sentence credits after "by" (sole_agents.credited_deeds),
    its doer someone or a party told by its noun ("the mayor's office"), its thing
    "it" or "they" (read as "it") or told in words ("the scheme itself": "scheme")."""
    if " by " not in sentence:
        return ()
    found = list(credited_deeds(sentence))
    listed = {
        m.group("verb").lower() for m in PASSIVE_DEED.finditer(sentence) if _LIST.search(m["agent"])
    }
    found = [f for f in found if f.verb not in listed]  # "by the agency and volunteers"
    for match in PASSIVE_DEED.finditer(sentence):
        if match.group("verb").lower() in listed:
            continue
        said = [w for w in words(match.group("thing")) if w not in _REFLEXIVE]
        of_it = said in (["it"], ["they"])
        content = [w for w in said if w not in STOPWORDS]
        if not of_it and not content:
            continue
        doer = RELATIVE_CLAUSE.sub("", agent_doer(match.group("agent"), sentence[match.end() :]))
        verb = match.group("verb").lower()
        if verb in STOPWORDS or party(doer) is None:
            continue
        head = "" if of_it else thing_head(said)  # every word: thing_head stops at "of"
        made = Credited(verb, doer, of_it, head)
        if not any(f.verb == verb and f.doer == doer for f in found):
            found.append(made)
        elif head and any(f.verb == verb and f.doer == doer and f.head == "itself" for f in found):
            found = [f for f in found if not (f.verb == verb and f.head == "itself")] + [made]
    return tuple(found)


_REFLEXIVE = frozenset("itself themselves himself herself".split())


def _things_tied(x: Credited, y: Credited, a: Claim, b: Claim, told: Sequence[Claim]) -> bool:
    """One thing: "it" named before, the same head, or two heads each article uses."""
    if x.of_it or y.of_it:
        return named_before(y, x, a, told) and named_before(x, y, b, told)
    if not x.head or not y.head or _people(x.head) or _people(y.head):
        return False
    if x.head == y.head:
        return True
    if senses(x.head) & senses(y.head):
        return True  # "the lawsuit" / "the case": WordNet synonyms
    # one article speaks of the other's thing too ("the proposal" beside its "scheme")
    return x.head in _article_stems(b.source, told) or y.head in _article_stems(a.source, told)


def _people(head: str) -> bool:
    kind = people_noun(head)
    return kind is not None and kind.person


def _article_stems(source: str, told: Sequence[Claim]) -> frozenset[str]:
    return _stems_of(tuple(sorted({c.sentence for c in told if c.source == source})))


@lru_cache(maxsize=64)
def _stems_of(sentences: tuple[str, ...]) -> frozenset[str]:
    return frozenset(stem(w) for s in sentences for w in words(s))


def _article_names(source: str, told: Sequence[Claim]) -> frozenset[str]:
    return _names_of(tuple(sorted({c.sentence for c in told if c.source == source})))


@lru_cache(maxsize=64)
def _names_of(sentences: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(names(s) for s in sentences)) if sentences else frozenset()


def _told_in(doer: str, source: str, told: Sequence[Claim], places: frozenset[str]) -> bool:
    """Does the article name the doer, or speak of its body's or people's noun?"""
    found = party(doer, places)
    if found is None:
        return False
    if found.names & _article_names(source, told):
        return True
    return bool(found.head) and stem(found.head) in _article_stems(source, told)


def _ranks_apart(x: Claim, y: Claim) -> bool:
    """Do the sentences rank what they tell apart ("The first goal" / "The second
    goal", "the 8th" / "the 9th")?"""
    ranks_x, ranks_y = _ranks(x.sentence), _ranks(y.sentence)
    return bool(ranks_x) and bool(ranks_y) and ranks_x != ranks_y


@remembered(TEXTS_REMEMBERED)
def _ranks(sentence: str) -> frozenset[str]:
    return frozenset(w for w in words(sentence) if w in ORDINALS or _NUMBERED.fullmatch(w))


_NUMBERED = re.compile(r"\d+(?:st|nd|rd|th)")


def _earlier(x: Claim, y: Claim) -> bool:
    """Does either sentence tell an earlier occasion: a year the other does not give,
    or a word of another time ("last year", "previously")?"""
    earlier_x, years_x = _occasion(x.sentence)
    earlier_y, years_y = _occasion(y.sentence)
    return earlier_x or earlier_y or years_x != years_y


@remembered(TEXTS_REMEMBERED)  # a sentence is read for every pair it is in
def _occasion(sentence: str) -> tuple[bool, frozenset[str]]:
    """Whether the sentence has a word of another time, and the years it gives."""
    return bool(_EARLIER.search(sentence)), frozenset(_YEAR.findall(sentence))


def _places(told: Sequence[Claim]) -> frozenset[str]:
    return frozenset(w for c in told if isinstance(c, Place) for w in names(c.name))


def _one_party_deed(x: Credited) -> bool:
    """A deed, not a saying, done to a thing, not a time ("learned the day before"),
    by one party, not a list ("by residents and the oil industry": a deed many do)."""
    if verb_lemma(x.verb) in REPORTING or x.head in _TIMES:
        return False
    return not _LIST.search(x.doer)


# heads of a time told as an object ("the day before", "the next morning"): general
# English words for stretches of time
_TIMES = frozenset(
    "day week month year night morning afternoon evening hour minute time weekend season"
    " decade century moment while".split()
)
# a doer that lists parties: "and" before a word in lower case ("Democrats and
# environmentalists", "the council and the police"), not inside a name ("the Ministry
# of Agriculture and Environment") nor before a second verb ("and was joined by")
_LIST = re.compile(
    r"\s(?:and|&)\s+(?!(?:was|were|is|are|has|have|had|will|would|then|later|also)\b)"
    r"(?:the\s+|a\s+|an\s+)?[a-z](?![a-z]*ed\b)"
)


def _apart(
    x: Credited, y: Credited, a: Claim, b: Claim, told: Sequence[Claim], places: frozenset[str]
) -> Finding | None:
    if not (_one_party_deed(x) and _one_party_deed(y)):
        return None
    if not one_verb_or_kind(x.verb, y.verb) or not _things_tied(x, y, a, b, told):
        return None
    if not parties_apart(x.doer, y.doer, a.sentence, b.sentence, places):
        return None
    if _told_in(x.doer, b.source, told, places) or _told_in(y.doer, a.source, told, places):
        return None
    return Finding(Conflict.ACTOR, x.doer, y.doer, Severity.VARIANT)


def _deeds_apart(
    a: Claim,
    b: Claim,
    every: Sequence[Claim],
    told: Sequence[Claim],
    places: frozenset[str],
) -> Finding | None:
    if _earlier(a, b) or _ranks_apart(a, b):
        return None
    for x in _deeds(a):
        for y in _deeds(b):
            if x.active and y.active:
                continue  # two clauses with subjects are the frame readings' to compare
            found = _apart(x, y, a, b, told, places)
            if found is None or not (sole_credit(y, a, every) and sole_credit(x, b, every)):
                continue
            if (x.active and not sole_active(x, a, told)) or (
                y.active and not sole_active(y, b, told)
            ):
                continue
            return found
    return None


def sole_deeds_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """The judge's reading: one deed, each article's only telling of it, credited to
    two parties (see the module's docstring)."""
    if a.source == b.source or not sentences.by_sentence:
        return None  # without the articles' claims, "only" cannot be told
    if not (_told(a) and _told(b)):
        return None
    told = sentences.claims()
    return _deeds_apart(a, b, every_sentence_with_by(told), told, _places(told))


def sole_deed_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of statements of two sources that credit one deed to two parties."""
    every = every_sentence_with_by(statements)
    told = sentences.claims() if sentences.by_sentence else statements
    # the places of every claim, read once: asked per candidate pair they cost a
    # pass over all claims each time (a third of a 509-article compare)
    places = _places(told)
    passive = [i for i, s in enumerate(statements) if _credited(s.sentence)]
    having = [i for i, s in enumerate(statements) if _told(s)]
    # a pair needs a deed credited after "by" on one side at least: asked from those
    # alone, the pairs grow with the passive deeds, not with every active clause
    pairs = pairs_across(passive, having, statements)
    return [
        (SCORE, i, j)
        for i, j in pairs
        if _deeds_apart(statements[i], statements[j], every, told, places) is not None
    ]


def _told_sentence(sentence: str) -> bool:
    return bool(_credited(sentence))


def _told(claim: Claim) -> bool:
    """Does the claim's sentence credit a deed after "by" or tell one actively?"""
    return _told_sentence(claim.sentence) or bool(active_deeds(claim))


def credited_apart(a: Claim, b: Claim) -> str | None:
    """For a pair shown as agreeing (contrary_slots): both sentences credit a deed done
    to a thing with one head ("The protest was organised by X" / "The protest was
    called by Y"), whatever the verbs, to two parties apart (party_doers), neither a
    saying, a list or a time, not ranked apart nor an earlier occasion. Two outlets
    crediting one thing to two parties do not agree on it, though the verbs may tell
    two deeds: the pair is only kept from being a ✓, no conflict is claimed."""
    if a.source == b.source or _earlier(a, b) or _ranks_apart(a, b):
        return None
    for x in _deeds(a):
        for y in _deeds(b):
            if x.of_it or y.of_it or not x.head or x.head != y.head or _people(x.head):
                continue
            if not (_one_party_deed(x) and _one_party_deed(y)):
                continue
            # the doers themselves must share nothing; a name of one told elsewhere in
            # the other sentence (often a place: "farmers' groups from across Latgale")
            # does not keep the ✓, since no conflict is claimed here
            if parties_apart(x.doer, y.doer, "", ""):
                return f"{x.head}: {x.doer} / {y.doer}"
    return None
