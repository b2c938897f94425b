"""One party's stance on one thing told for it and against it: "The harbour trust had
recommended the lease" / "The harbour trust had advised against the lease", "The
ferrymen's guild backed the tariff" / "the ferrymen's guild came out against the
tariff".

A stance against a thing is a verb followed by "against" and the thing's noun phrase
("voted against the toll", "came out against the levy", "was against the merger",
"argued against extending the pilot": a gerund before the phrase is passed over).
A stance for it is a verb of approving (opposites.py's approving verbs, and the
verbs of recommending: WordNet's "recommend, urge, advocate") with the thing as its
object, or a verb followed by "for" and the phrase ("lobbied for the bypass"). The
thing is the phrase's head noun, the party the nouns before the verb in its clause.

The two are one party's two stances on one thing, an opposite, when the things are
one noun (its lemma, or a WordNet synonym) and the parties share a noun (or a
synonym): on real events two parties often take two sides of one proposal ("The
drivers' guild backed the rota" / "The operator came out against the rota"), so a party
named by nothing, or by no noun of the other's, leaves the pair alone. A stance under
a negator ("did not vote against") or inside a quotation is not read, nor an article
that tells both stances of the thing (two parties, or a change of mind).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import attrs

from compare.align.blocking import cross_source_pairs
from compare.align.model import Conflict
from compare.align.opposites import lemmas
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.synonyms import are_synonyms
from compare.align.word_contradictions import Finding
from compare.align.words import STOPWORDS, stem, words
from compare.extract import Claim
from compare.extract.claims import Statement
from compare.extract.lemmas import classes
from compare.extract.wordlists import NOUN_DETERMINERS

SCORE = 0.3  # as the other sole-claim matchers: under the word model's pairs
FOR, AGAINST = "for", "against"
# Verbs of approving a thing named as their object (opposites.py's, with the verbs
# of recommending).
_APPROVING = frozenset(
    "accept approve support back endorse welcome favor favour champion recommend urge "
    "advocate".split()
)
_NEGATORS = frozenset("not no never n't without".split())
# Words after which a new clause, and its own subject, begins: a reporting verb and
# its "that" too ("The warden said the board had voted against the toll": the
# party is the board, not the warden).
_CLAUSE_OPENERS = frozenset(
    "but and while whereas although though because which who that said says say told "
    "tells added".split()
)
# Verbs whose "for" tells a stance ("voted for the bypass"), unlike "paid for",
# "asked for", "waited for", "applied for".
_STANCE_FOR = frozenset("vote argue lobby campaign push call press speak come".split())
_PHRASE_WORDS = 4  # "the proposed parking toll": the words up to the head


@attrs.frozen
class Stance:
    side: str  # FOR or AGAINST
    thing: str  # the head noun's lemma
    party: frozenset[str]  # the stemmed nouns before the verb in its clause
    text: str  # the words that tell it: "advised against the lease"


def _noun_lemma(word: str) -> str | None:
    read = classes(word)
    return read.get("noun")


def _thing(said: Sequence[str], k: int) -> tuple[str, int] | None:
    """The head noun of the phrase starting at k, and where it ends."""
    while k < len(said) and (
        said[k] in NOUN_DETERMINERS or (said[k].endswith("ing") and _noun_lemma(said[k]) is None)
    ):
        k += 1  # "against recommending the toll" (not "the funding", a noun)
    end = k
    while end < len(said) and end - k < _PHRASE_WORDS and said[end] not in STOPWORDS:
        if _noun_lemma(said[end]) is None:
            break
        end += 1
    if end == k:
        return None
    head = _noun_lemma(said[end - 1])
    return (head, end) if head else None


def _party(said: Sequence[str], verb_at: int) -> frozenset[str]:
    start = verb_at
    while start > 0 and said[start - 1] not in _CLAUSE_OPENERS:
        start -= 1
    # "the board", "the police": a noun that is also a verb is the party's noun;
    # only a verb form no noun shares ("backed") is left out
    return frozenset(
        stem(w)
        for w in said[start:verb_at]
        if w not in STOPWORDS and _noun_lemma(w) is not None and not _verb(w)
    )


def _verb(word: str) -> bool:
    """A verb form no noun shares ("voted", "came", "was"; not "case", "vote")."""
    read = classes(word)
    return "verb" in read and ("noun" not in read or word.endswith("ed"))


def _denied(said: Sequence[str], verb_at: int) -> bool:
    start = max(0, verb_at - 3)
    return any(w in _NEGATORS or w.endswith("n't") for w in said[start : verb_at + 1])


@lru_cache(maxsize=4096)
def stances(sentence: str) -> tuple[Stance, ...]:
    """The stances the sentence tells, outside quotations and negators."""
    if '"' in sentence or "\u201c" in sentence:
        return ()
    said = words(sentence)
    found = []
    for k, w in enumerate(said):
        if w in (AGAINST, FOR) and k > 0:
            verb_at = k - 1 if said[k - 1] != "out" else k - 2
            if verb_at < 0 or not _verb(said[verb_at]):
                continue  # "the case against him", "a vote for change"
            verb = said[verb_at]
            if w == FOR and not ({classes(verb).get("verb")} | lemmas(verb)) & _STANCE_FOR:
                continue  # "paid for the repairs": no stance
            side = w
            start = k + 1
        elif lemmas(w) & _APPROVING and _verb(w) and said[k - 1 : k] != [AGAINST]:
            verb_at, side, start = k, FOR, k + 1
        else:
            continue
        read = _thing(said, start)
        if read is None or _denied(said, verb_at):
            continue
        thing, end = read
        if side == FOR and start == verb_at + 1 and said[end : end + 1] == ["to"]:
            continue  # "urged the minister to drop it": the one urged, not the thing
        found.append(Stance(side, thing, _party(said, verb_at), " ".join(said[verb_at:end])))
    return tuple(found)


def _one(x: frozenset[str], y: frozenset[str]) -> bool:
    return any(a == b or are_synonyms(a, b) for a in x for b in y)


def _both_ways(source: str, thing: str, every: Sequence[Claim]) -> bool:
    """Does the article tell the thing with both stances?"""
    sides = {
        s.side
        for claim in every
        if claim.source == source
        for s in stances(claim.sentence)
        if s.thing == thing
    }
    return len(sides) > 1


def _apart(a: Claim, b: Claim, every: Sequence[Claim]) -> Finding | None:
    for x in stances(a.sentence):
        for y in stances(b.sentence):
            if x.side == y.side or not (x.thing == y.thing or are_synonyms(x.thing, y.thing)):
                continue
            if not (x.party and y.party and _one(x.party, y.party)):
                continue
            if _both_ways(a.source, x.thing, every) or _both_ways(b.source, y.thing, every):
                continue
            return Finding(Conflict.OPPOSITE, x.text, y.text)
    return None


def stance_sides_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """The judge's reading: one party, one thing, a stance for it and one against."""
    if a.source == b.source or not sentences.by_sentence:
        return None
    if not stances(a.sentence) or not stances(b.sentence):
        return None
    return _apart(a, b, sentences.statements())


def stance_side_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of statements of two sources that tell one party's two stances on one
    thing, one statement a sentence (the first of it)."""
    firsts: dict[tuple[str, str], int] = {}
    for i, s in enumerate(statements):
        if stances(s.sentence):
            firsts.setdefault((s.source, s.sentence), i)
    having = sorted(firsts.values())
    return [
        (SCORE, i, j)
        for i, j in cross_source_pairs((having,), lambda k: statements[k].source)
        if _apart(statements[i], statements[j], statements) is not None
    ]
