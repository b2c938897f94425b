"""One decision told unanimous by one article and split by the other: a tally conflict.

"The three-judge panel ruled unanimously" / "The panel split two to one"; "The
council's decision was unanimous" / "Councillors backed the plan by seven votes to
two". "Unanimous" says that nobody voted against; a tally whose smaller side is more
than none, a member dissenting, or a vote called "not unanimous" says that someone
did. Both cannot be right about one vote, whatever the words around them.

unanimous_votes keeps two such sentences from agreeing and reports nothing, since one
sentence may tell one body's unanimous vote and the other another body's split. The
pair is reported here only when what is known of the two articles leaves one vote:
- each article tells the vote one way only: every sentence of it that tells a vote's
  unanimity or split tells the same (an article saying "unanimous" of one body and
  giving another's 7-2 is left alone), and its split tallies are of one value;
- the two sentences name their vote alike: they share a word in lower case (the
  deciding body or the decision: "panel", "judges", "council", "ruling"), and
  neither names someone or something the other article never names (two boards);
- neither tells of another occurrence ("an earlier ruling", "last year's vote"), and
  no sentence telling a rule or a vote to come counts ("sentences can only be returned
  by unanimous verdicts": a modal verb or a requirement).

The two claims shown are those of the two sentences (the tally itself on the split
side where it is free), paired across kinds after every other matcher; the pair is
kept only as a discrepancy (CrossKindSpec.differs).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from compare.align.model import Conflict, Judgement, Severity, Verdict
from compare.align.number_clues import names_in
from compare.align.occasions import tells_of_another
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.synonyms import table
from compare.align.vote_tallies import vote_tally
from compare.align.words import STOPWORDS, words
from compare.extract.claims import Claim, Number, Quote
from compare.extract.wordlists import is_number_word

__all__ = ["judge_unanimous_split", "unanimous_split_pairs"]

WHOLE = "unanimous"
SPLIT = "split"
_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.IGNORECASE)
# "was not unanimous", "failed to reach a unanimous decision", "without a unanimous
# vote", "fell short of unanimous": unanimity denied in the clause before the word,
# which tells a split (or no vote held), never a unanimous one
# Only a negator right before the word, three words at most and no conjunction
# between, denies it ("There was no doubt the vote was unanimous" and "did not
# hesitate and voted unanimously" tell a unanimous vote).
_DENYING = re.compile(
    r"\b(?:not|n['’]t|no|never|cannot|without|fail(?:s|ed|ing)?|unable|short\s+of|"
    r"less\s+than|lack(?:s|ed|ing)?)\b(?:\s+(?!(?:and|but|or|then|yet)\b)[\w'’-]+){0,3}\s*$",
    re.IGNORECASE,
)
# "with one judge dissenting", "two members dissented": someone voted against
_DISSENT = re.compile(r"\bdissent(?:ed|ing|s)?\b", re.IGNORECASE)
# the words that tell the reading; a shared one names no vote
_READING_WORDS = frozenset({"unanimous", "unanimously", "split", "dissent", "dissenting"})
# a rule, a possibility or a vote to come: no vote that was held
_MODAL = re.compile(
    r"\b(?:can|cannot|could|must|may|might|should|would|will|shall|needs?|"
    r"requir(?:e|es|ed|ing|ement)|unless)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:—–]")
_OPENING = re.compile(r"^[A-Z][a-z]+\s+[a-z]")


def reading(sentence: str, claims: Sequence[Claim]) -> tuple[str, tuple[float, ...] | None] | None:
    """How a sentence tells a vote: (WHOLE, None) for a unanimous one, (SPLIT, the
    tally or None) for a split one; None when it tells neither, or both, or tells a
    rule or a vote to come rather than one that was held: a modal verb or a
    requirement in the clause before the word that tells it ("death sentences can
    only be returned by unanimous verdicts", "a unanimous vote would be needed")."""
    tallies = [c for c in claims if isinstance(c, Number) and c.pair is not None and vote_tally(c)]
    split_tallies = [
        tuple(sorted(n.pair or (), reverse=True)) for n in tallies if min(n.pair or (0,)) > 0
    ]
    whole_at = [n.start - n.sentence_start for n in tallies if min(n.pair or (0,)) == 0]
    split_at = [n.start - n.sentence_start for n in tallies if min(n.pair or (0,)) > 0]
    unanimous = _UNANIMOUS.search(sentence)
    denied = (
        unanimous
        if unanimous is not None
        and _DENYING.search(_CLAUSE_BREAK.split(sentence[: unanimous.start()])[-1])
        else None
    )
    dissent = _DISSENT.search(sentence)
    if unanimous is not None and denied is None:
        whole_at.append(unanimous.start())
    split_at += [m.start() for m in (denied, dissent) if m is not None]
    if bool(whole_at) == bool(split_at):
        return None
    if _MODAL.search(_CLAUSE_BREAK.split(sentence[: min(whole_at or split_at)])[-1]):
        return None
    if whole_at:
        return WHOLE, None
    return SPLIT, (split_tallies[0] if len(set(split_tallies)) == 1 else None)


def _quoted(claims: Sequence[Claim]) -> bool:
    return any(isinstance(c, Quote) for c in claims)


def unanimous_split_pairs(
    free: Sequence[Claim], options: Options | None = None, sentences: SentenceClaims = NO_SENTENCES
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of free claims, one in a sentence telling a vote unanimous
    and one in another article's sentence telling it split, when each article tells
    the vote one way only and the sentences name their vote alike."""
    told: dict[str, list[tuple[str, tuple[float, ...] | None, tuple[str, int]]]] = defaultdict(list)
    for key, claims in sentences.by_sentence.items():
        if not claims or _quoted(claims):
            continue
        found = reading(claims[0].sentence, claims)
        if found is not None:
            told[key[0]].append((found[0], found[1], key))
    ways: dict[str, str] = {}
    for source, readings in told.items():
        kinds = {r[0] for r in readings}
        tallies = {r[1] for r in readings if r[1] is not None}
        if len(kinds) == 1 and len(tallies) <= 1:
            ways[source] = kinds.pop()
    free_of: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, c in enumerate(free):
        free_of[(c.source, c.sentence_start)].append(i)
    pairs = []
    whole = [(s, r) for s, way in ways.items() if way == WHOLE for r in told[s]]
    split = [(s, r) for s, way in ways.items() if way == SPLIT for r in told[s]]
    for source_a, (_, _, key_a) in whole:
        for source_b, (_, _, key_b) in split:
            if source_a == source_b:
                continue
            a, b = _member(key_a, free, free_of), _member(key_b, free, free_of)
            if a is None or b is None:
                continue
            if not _one_vote(free[a], free[b], sentences):
                continue
            pairs.append((0.5, a, b))
    return pairs


def _member(
    key: tuple[str, int], free: Sequence[Claim], free_of: dict[tuple[str, int], list[int]]
) -> int | None:
    """The free claim that stands for the sentence: its vote tally, else its first."""
    found = free_of.get(key, [])
    for i in found:
        c = free[i]
        if isinstance(c, Number) and c.pair is not None:
            return i
    return found[0] if found else None


def _one_vote(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    """Do the two sentences name their vote alike, and nothing part them?"""
    if tells_of_another(a.sentence) or tells_of_another(b.sentence):
        return False
    if not _content_lemmas(a.sentence) & _content_lemmas(b.sentence):
        return False
    return not _named_apart(a, b, sentences)


@lru_cache(maxsize=4096)
def _content_lemmas(sentence: str) -> frozenset[str]:
    """The lemmas of the sentence's words told in lower case ("judges": judge), its
    first word too when the next is in lower case; not function words, numbers or
    the words that tell the reading."""
    text = sentence
    if _OPENING.match(text):
        text = text[:1].lower() + text[1:]
    found: set[str] = set()
    for word in re.findall(r"\b[a-z]{3,}\b", text):
        if word in STOPWORDS or is_number_word(word):
            continue
        forms = {word} | {lemma for _, lemma in table().lemmas(word)}
        if not forms & _READING_WORDS:
            found.update(forms)
    return frozenset(found)


def _named_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    """Does each sentence name someone or something its other article never names?"""
    text_a = sentences.texts.get(a.source, a.sentence)
    text_b = sentences.texts.get(b.source, b.sentence)
    words_a = {w.lower() for w in words(text_a)}
    words_b = {w.lower() for w in words(text_b)}
    names_a = {w.lower() for w in names_in(a.sentence, sentence_start=True)}
    names_b = {w.lower() for w in names_in(b.sentence, sentence_start=True)}
    return bool(names_a - words_b) and bool(names_b - words_a)


def judge_unanimous_split(
    members: Sequence[Claim], options: Options, sentences: SentenceClaims
) -> Judgement:
    """A tally conflict when one member's sentence tells the vote unanimous and the
    other's split; unchecked otherwise."""
    if len(members) != 2:
        return Judgement(verdict=Verdict.AGREE, unchecked=True)
    readings = [reading(m.sentence, sentences.of(m) or (m,)) for m in members]
    if None in readings or {r[0] for r in readings if r} != {WHOLE, SPLIT}:
        return Judgement(verdict=Verdict.AGREE, unchecked=True)
    shown = [_shown(r) for r in readings if r]
    return Judgement(
        verdict=Verdict.DIFFER,
        conflict=Conflict.TALLY,
        severity=Severity.CONFLICT,
        title=f"{shown[0]} vs {shown[1]}",
    )


def _shown(found: tuple[str, tuple[float, ...] | None]) -> str:
    way, tally = found
    if way == SPLIT and tally:
        return "–".join(f"{side:g}" for side in tally)
    return way
