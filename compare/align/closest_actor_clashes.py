"""One act told in the two articles' closest sentences, credited to two named doers.

Outlets that credit one deed to different people or bodies seldom tell it in the
same words ("Harlan Energy restored power to the valley" / "Power was brought back
to the valley's homes by crews of Norvik Utilities" aside, "Harlan Energy restored
power to the valley" / "Norvik Utilities restored electricity to the valley"), so
the frame judge, which wants one thing in the same words, leaves them alone. What
ties the two here is the rest of the sentence, as for closest_day_clashes: two
statements of different articles meet when their sentences share at least
MIN_SHARED content words (one told in lower case, not a name) and each sentence
is the other's closest (no other sentence of either article shares as many with
it), their verbs tell one act (by_agents._one_verb: one lemma, a WordNet synonym
or direct kind, phrasal verbs read whole: "proposed" / "put forward"), both
affirmed or both denied, done to one thing (the things' content words meet, two
words written together too: "child care" / "childcare"), and their doers are named
apart: each names someone (its title's person, a name set beside it: "by the
minister, Colm Devane", "a voters' group, Eastvale Votes"), and the other sentence
names neither. A statement whose frame is a participle inside the opening subject
("A salvage crew hired by the insurer, Tallis Marine, raised the wreck", read as
"hired") is read by the main clause too, its doer the opening (`readings`).

What tells one doer told two ways, or two doers of one story, apart parts the pair:
- a doer the other article names anywhere as the doer of that act (the story
  credits both: "Ines Moreau signed the accord" beside "Pavel Dorn signed it too");
- a verb of saying (who said a thing is the speaker judge's) and a sentence
  inside a quotation;
- a subject that is a title, a common noun or a pronoun, which names no one
  (actor_names.names reads "The minister", "Police", "He" as no name), nor a word
  either sentence writes in lower case ("Scientists advise" / "Fisheries
  scientists recommended"), nor the place after "in", "at", "from" in the actor
  ("youths in Athens");
- a doer that is itself a place the articles name ("Philadelphia won" beside "in
  Philadelphia"): a city or country standing for its team or government, which
  the other article may name as such.

It reports only discrepancies (Conflict.ACTOR), never an agreement.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import attrs

from compare.align.actor_names import actor_as_named, names, names_and_acronyms
from compare.align.antonyms import opposite
from compare.align.by_agents import one_verb_or_kind
from compare.align.clause_readings import clause_readings
from compare.align.closest_day_clashes import lower_case_stems
from compare.align.closest_sentences import closest_both_ways, other_sentence
from compare.align.frames import confident
from compare.align.model import Conflict, Severity
from compare.align.same_days import content_stems, dateless_content
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.verb_kinds import after_predicate, predicate_lemma
from compare.align.word_contradictions import Finding
from compare.align.words import STOPWORDS, stem, words
from compare.extract import Claim
from compare.extract.claims import Place, Role, Span, Statement
from compare.extract.number_forms import ORDINALS
from compare.extract.people_nouns import people_noun
from compare.extract.wordlists import REPORTING

SCORE = 0.42  # under the word model's sure pairs, as the clause matchers
MIN_SHARED = 2  # content words two sentences share to be one another's closest
_QUOTES = re.compile('["\u201c\u201d]')
# "youths in Athens": where the doer is, not who
_LOCATIVE = re.compile(r"\s(?:in|at|from|near|outside|across)\s")
# "a local voters' group, Eastvale Votes,": the doer's name set beside its description
_APPOSITION = re.compile(
    r"['\u2019]?(?:\s+[a-z]+){0,2},\s+([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)\s*[,.;]"
)
_BY = re.compile(r"\s+by\s")
_POSSESSIVE = re.compile(r"([A-Z][\w-]*)['\u2019]s\b")


def _candidate(claim: Claim) -> bool:
    """A statement of a deed (not a saying), its subject named, outside quotation."""
    frame = claim.frame
    if not isinstance(claim, Statement) or frame is None or frame.thing is None:
        return False
    if not frame.lemma or frame.lemma in REPORTING or frame.actor is None:
        return False
    before = claim.sentence[: claim.start - claim.sentence_start]
    return not len(_QUOTES.findall(before)) % 2 and not _QUOTES.search(claim.text)


def doer_names(claim: Claim, sentences: SentenceClaims) -> frozenset[str]:
    """Whom the statement names as its doer: the actor as the sentence names it,
    with the person a title stands for when a role claim opens on the actor ("by
    the Minister for Public Expenditure, Colm Devane", where the actor is "the
    Minister"), or a name set beside it ("by a local voters' group, Eastvale
    Votes")."""
    found = names(_LOCATIVE.split(actor_as_named(claim), maxsplit=1)[0])
    actor = claim.frame.actor if claim.frame is not None else None
    if actor is None:
        return found
    for other in sentences.of(claim):
        if isinstance(other, Role) and other.start == actor.start:
            found |= names(other.text)
    at = actor.end - claim.sentence_start
    if 0 <= at <= len(claim.sentence):
        beside = _APPOSITION.match(claim.sentence, at)
        if beside:
            found |= names(beside.group(1))
    return found


def _verb(claim: Claim) -> str:
    """The predicate's lemma, phrasal when WordNet knows it ("put_forward")."""
    assert claim.frame is not None
    return predicate_lemma(claim) or claim.frame.lemma or ""


def _thing_words(claim: Claim) -> frozenset[str]:
    """The content stems of what the act is done to, with two words written
    together too ("child care": "childcare"); after a phrasal verb, whose particle
    the frame may read as its thing ("put forward the final compromise"), the words
    up to the next punctuation."""
    frame = claim.frame
    assert frame is not None and frame.thing is not None
    told = [w for w in words(frame.thing.text) if w.isalpha()]
    after = after_predicate(claim)
    if "_" in _verb(claim) and after is not None:
        told += [w for w in words(re.split(r"[,;:.!?]", after, maxsplit=1)[0]) if w.isalpha()]
    content = [w for w in told if w not in STOPWORDS]
    joined = [x + y for x, y in itertools.pairwise(content)]
    of = [w for w in _complement(claim) if w not in STOPWORDS]
    return frozenset(stem(w) for w in (*content, *joined, *of))


# "motion for a mistrial": what the thing is of or for, up to the next phrase
_COMPLEMENT = re.compile(
    r"^\s+(?:for|of)\s+(?P<words>(?:(?:the|a|an|his|her|its|their)\s+)?[\w'’-]+"
    r"(?:\s+(?!(?:for|of|over|after|before|in|on|at|by|with|to|from|and|but|or|as|last|this"
    r"|that|which|who)\b)[\w'’-]+){0,2})"
)


def _complement(claim: Claim) -> list[str]:
    """The words of what the thing is of or for, when its head is no person: one
    request told with two nouns ("Brightwell's motion for a mistrial" / "Brightwell's
    request for a mistrial"). The leader and a member "of the gang" are two people."""
    frame = claim.frame
    assert frame is not None and frame.thing is not None
    head = [w for w in words(frame.thing.text) if w.isalpha()][-1:]
    if not head or people_noun(head[0]) is not None:
        return []
    at = frame.thing.end - claim.sentence_start
    found = _COMPLEMENT.match(claim.sentence[at:]) if 0 <= at <= len(claim.sentence) else None
    return [w for w in words(found.group("words")) if w.isalpha()] if found else []


def _one_act(a: Claim, b: Claim) -> bool:
    """One verb (or synonyms, or one a kind of the other), both affirmed or both
    denied, done to one thing."""
    fa, fb = a.frame, b.frame
    assert fa is not None and fb is not None
    verb_a, verb_b = _verb(a), _verb(b)
    if fa.negated != fb.negated or not (confident(verb_a) and confident(verb_b)):
        return False
    if not one_verb_or_kind(verb_a, verb_b):
        return False
    if _ranks(a) and _ranks(b) and _ranks(a) != _ranks(b):
        return False  # "the first goal" / "the second goal": two things, two doers
    if _opposite_modifiers(a, b):
        return False  # "the old depot" / "the new depot": two things, two doers
    return bool(_thing_words(a) & _thing_words(b))


def _opposite_modifiers(a: Claim, b: Claim) -> bool:
    """Do the two things hold words opposite to each other (WordNet antonyms: "old"
    / "new", "northern" / "southern"), which tell two things of one noun apart?"""
    fa, fb = a.frame, b.frame
    assert fa is not None and fb is not None and fa.thing is not None and fb.thing is not None
    told_a = {w.lower() for w in words(fa.thing.text) if w.isalpha()}
    told_b = {w.lower() for w in words(fb.thing.text) if w.isalpha()}
    return any(opposite(x, y) for x in told_a - told_b for y in told_b - told_a)


def _ranks(claim: Claim) -> frozenset[str]:
    """The ordinals that tell which of several things the act is done to."""
    frame = claim.frame
    assert frame is not None and frame.thing is not None
    told = (w.lower() for w in words(frame.thing.text))
    return frozenset(w for w in told if w in ORDINALS or _NUMBERED.fullmatch(w))


_NUMBERED = re.compile(r"\d+(?:st|nd|rd|th)")


def _named_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    """Each doer named, and the other sentence names neither."""
    # a word either sentence writes in lower case is a common one capitalised to
    # open a sentence ("Scientists advise" / "Fisheries scientists recommended")
    common = _lower_words(a.sentence) | _lower_words(b.sentence)
    doers_a = doer_names(a, sentences) - common
    doers_b = doer_names(b, sentences) - common
    if not doers_a or not doers_b:
        return False
    return not doers_a & names_and_acronyms(b.sentence) and not doers_b & names_and_acronyms(
        a.sentence
    )


def _lower_words(sentence: str) -> frozenset[str]:
    return frozenset(re.findall(r"\b[a-z]+\b", sentence))


def _credited_elsewhere(
    claim: Claim, other_source: Sequence[Claim], sentences: SentenceClaims
) -> bool:
    """Does the other article name the claim's doer as the doer of the same act?"""
    named = doer_names(claim, sentences)
    for told in other_source:
        for other in (told, *clause_readings(told)):
            frame = other.frame
            if frame is None or frame.actor is None or not frame.lemma:
                continue
            if named & doer_names(other, sentences) and one_verb_or_kind(
                _verb(claim), _verb(other)
            ):
                return True
    return False


def closest_actors_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """The judge's reading: one act in the two articles' mutually closest sentences,
    credited to two doers named apart (see the module's docstring), each statement
    read by its own clause or by its sentence's main clause (`readings`)."""
    if a.source == b.source or not sentences.by_sentence:
        return None
    for x in readings(a, sentences):
        for y in readings(b, sentences):
            found = _apart(x, y, sentences)
            if found is not None:
                return found
    return None


def readings(claim: Claim, sentences: SentenceClaims) -> list[Claim]:
    """The statement as its frame reads it, and, when that frame is a clause inside
    the sentence's opening subject ("A salvage crew hired by the insurer, Tallis
    Marine, raised the wreck", read as "hired"), as the main clause that other
    claims of the sentence are framed by, its doer the opening up to its verb."""
    found = [claim]
    own = claim.frame
    if own is None or own.predicate is None:
        return found
    for other in sentences.of(claim):
        frame = other.frame
        if frame is None or frame.predicate is None or frame.actor is not None:
            continue
        if frame.thing is None or frame.lemma == own.lemma or frame.negated:
            continue
        at = frame.predicate.start - claim.sentence_start
        opening = claim.sentence[:at].rstrip(" ,")
        if not (0 < at <= len(claim.sentence)) or not opening[:1].isupper():
            continue
        if not own.predicate.end <= frame.predicate.start:
            continue
        if not (claim.sentence_start <= own.predicate.start) or own.actor is None:
            continue
        if own.actor.start != claim.sentence_start:
            continue  # the misread clause's actor opens the sentence: one subject
        after = claim.sentence[own.predicate.end - claim.sentence_start :]
        if " " in own.predicate.text.strip() or not _BY.match(after):
            continue  # only a participle set after its noun ("a crew hired by") is in it
        actor = Span(claim.sentence_start, claim.sentence_start + len(opening), opening)
        found.append(attrs.evolve(claim, frame=attrs.evolve(frame, actor=actor)))
        break
    return found + clause_readings(claim)


def _apart(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    if not (_candidate(a) and _candidate(b)) or not _one_act(a, b):
        return None
    if not _named_apart(a, b, sentences):
        return None
    if not closest_by_content(a, b, sentences, first_of_sentences(sentences)):
        return None
    if _a_place(a, sentences) or _a_place(b, sentences):
        return None
    by_a = [c for found in sentences.by_sentence.values() for c in found if c.source == a.source]
    by_b = [c for found in sentences.by_sentence.values() for c in found if c.source == b.source]
    if _credited_elsewhere(a, by_b, sentences) or _credited_elsewhere(b, by_a, sentences):
        return None
    assert a.frame is not None and b.frame is not None
    assert a.frame.actor is not None and b.frame.actor is not None
    return Finding(Conflict.ACTOR, a.frame.actor.text, b.frame.actor.text, Severity.CONFLICT)


def _a_place(claim: Claim, sentences: SentenceClaims) -> bool:
    """Is the doer a place the articles name as one ("Philadelphia won" beside "in
    Philadelphia"): a city or a country standing for its team or its government,
    which the other article may name as such? A place owning the doer ("Norway's
    negotiators") or naming its kind ("the Icelandic delegation") is no place doer."""
    told = [w for w in re.findall(r"[\w'\u2019-]+", actor_as_named(claim)) if w.isalpha()]
    if not told or not told[-1][:1].isupper():
        return False  # "the Icelandic delegation": a common noun heads the doer
    owners = {w.lower() for w in _POSSESSIVE.findall(actor_as_named(claim))}
    doers = doer_names(claim, sentences) - owners
    if not doers:
        return False
    places = {
        w
        for found in sentences.by_sentence.values()
        for c in found
        if isinstance(c, Place)
        for w in names(c.name)
    }
    return doers <= places


def closest_by_content(
    a: Claim, b: Claim, sentences: SentenceClaims, every: Sequence[Claim]
) -> bool:
    """Do the two claims' sentences share MIN_SHARED content words or more (dates left
    out), one of them told in lower case in both (not a name only), and is each the
    other's closest by those words among the sentences of `every`? The test the actor
    and the polarity readings both put two statements to."""

    def told(claim: Claim) -> frozenset[str]:
        return content_stems(dateless_content(claim, sentences))

    common = told(a) & told(b)
    if len(common) < MIN_SHARED or not common & lower_case_stems(a) & lower_case_stems(b):
        return False
    return closest_both_ways(a, b, len(common), every, told, other_sentence)


def first_of_sentences(sentences: SentenceClaims) -> list[Claim]:
    """One claim for each sentence: what the closeness test reads is the sentence."""
    return [found[0] for found in sentences.by_sentence.values() if found]


def closest_actor_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of statements that closest_actors_apart reads as one act
    credited to two named doers."""
    # Blocked by what one act needs (`_one_act`): two statements whose readings do
    # nothing to a word in common are never asked, so the pairs asked grow with the
    # statements that share a thing, not with the square of all of them.
    things: dict[int, frozenset[str]] = {}
    for i, s in enumerate(statements):
        told = [_thing_words(r) for r in readings(s, sentences) if _candidate(r)]
        if told:
            things[i] = frozenset().union(*told)
    doing: dict[str, list[int]] = {}
    for i, stems in things.items():
        for w in stems:
            doing.setdefault(w, []).append(i)
    pairs = []
    for i, stems in things.items():
        partners = sorted({j for w in stems for j in doing[w] if j > i})
        for j in partners:
            if statements[i].source == statements[j].source:
                continue
            if closest_actors_apart(statements[i], statements[j], sentences) is not None:
                pairs.append((SCORE, i, j))
    return pairs
