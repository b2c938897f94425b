"""One deed credited to two doers, however each outlet words the deed.

An outlet tells who did a thing with the verb ("Hanson found the bones", "the
bones were found by Hanson", "It was Hanson who found the bones") or with the
deed's noun after a support verb ("the discovery was made by Tuhoe", "the police
made the arrests", "the appeal was brought by the association" / "lodged the
appeal"): the support verb says only that the deed was done, its noun says which
deed. Each clause of a sentence (its main clause, every other verb group the
extractor frames, a cleft's focus and verb, a passive's "by", a participle set
between commas after its noun, two joined by "and" or with a phrasal verb's particle
included: "The bylaw, drafted and tabled by X,", a passive whose subject a phrase
between commas parts from its verb: "The camp, held at the town hall, was organised
by X") is read here as a deed frame: the verbs that tell the deed (the verb's
lemma; after a support verb, the noun's own verb and the verbs WordNet derives it
from: "discovery": discover), what the deed befalls (the object's head; none when the noun tells the
deed) and its doer. Two frames of two articles are one deed when their verbs are
one (a lemma, a WordNet synonym or one a direct kind of the other:
by_agents.one_verb_or_kind) and they befall one thing: the same head, or the deed
told by its noun on one side at least ("made the discovery" befalls what "found
the bones" does: an article tells one discovery). A deed's noun credited with
"came from" ("The winner came from Lena Ortiz") is read as "Lena Ortiz made the
winner"; told by its noun alone, it is one deed only with a frame whose thing tells
the noun's verb ("scored the winning goal"), not with any deed of that verb
("scored the opening goal"). A feat a clause's opening possessive credits to a
person named in full ("Line Holst's goal sealed it", possessed_feats) names no verb:
it is one deed with a frame whose thing has its head, told with "the", or with "a"
and every word of the possessed phrase ("hit a three-run homer" / "Saúl Montaño's
three-run homer"); a thing told with "a" meets nothing else.

Two doers are apart, and the pair an actor conflict, only when:
- both are people named in full ("fossil collector Leigh Hanson" / "Ana Tuhoe, a
  preparator") or both bodies named ("the Quillota Irrigators' Association" /
  "the Municipality of Quillota"): a person and a body may be the body and its
  head or spokesman;
- no name is shared once the places the articles name are left out (a place in a
  body's name says where it is, not which body it is): "X and Y did it" and "X
  did it" share X;
- neither doer is named anywhere in the other article: an article that names
  both may tell two people's two acts (for a possessed feat, neither is named
  beside the feat's noun there: a game's report names every player);
- the deed is no saying (who announced a thing is the speaker judge's), both
  frames affirmed, in sentences that quote no one, and the things are told with "the" (one
  particular thing undergoes the deed once; many may "find a bone").
The doer is the clause's subject or its passive's agent, never a recipient
("the first dose was given to X" names no doer).

It reports only discrepancies (Conflict.ACTOR), never an agreement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import attrs

from compare.align.actor_names import names
from compare.align.blocking import cross_source_pairs
from compare.align.by_agents import MEANS as _MEANS
from compare.align.by_agents import agent_doer, deeds, one_verb_or_kind, someone
from compare.align.derivations import verb_relatives
from compare.align.described_doers import described_head, heads_apart
from compare.align.kindred_deeds import cleft_deeds
from compare.align.model import Conflict, Severity
from compare.align.opposites import lemmas
from compare.align.participle_subjects import opening_subject
from compare.align.possessed_feats import possessed_feats
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.synonyms import senses
from compare.align.verb_kinds import general_verbs
from compare.align.word_contradictions import Finding
from compare.align.words import STOPWORDS, remembered, stem, words
from compare.extract import Claim
from compare.extract.claims import Frame, Place, Statement
from compare.extract.frames import clause_frames
from compare.extract.lemmas import classes, is_verb_lemma, verb_lemma
from compare.extract.names import is_person_name, names_in
from compare.extract.number_forms import ORDINALS
from compare.extract.people_nouns import people_noun, singular
from compare.extract.wordlists import REPORTING

SCORE = 0.42  # under the word model's sure pairs, as the other actor matchers
# Verbs that say a deed was done while its noun says which ("made the arrests",
# "brought an appeal", "carried out the raid", "took the decision"): general English
SUPPORT_VERBS = frozenset(
    "make do take give bring lodge file conduct carry perform launch mount stage submit put".split()
)
_QUOTES = re.compile('["\u201c\u201d]')
_DEFINITE = re.compile(r"^\s*(?i:the)\s")
_INDEFINITE = re.compile(r"^\s*(?i:an?)\s")
# "the museum's oldest volunteer, 91-year-old Zofia Wrona,": a name set beside the doer
_BESIDE = re.compile(
    r",\s+(?:[\w'\u2019-]*\d[\w'\u2019-]*\s+|[a-z][\w'\u2019-]*\s+){0,2}"
    r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)+)\s*(?:[,.;]|$)"
)
# a past participle, with the particle of a phrasal verb ("drawn up", "put forward"),
# or two joined by "and" ("drafted and tabled"): each verb's deed is the one doer's
_PARTICLE = r"(?:\s+(?:up|out|off|down|forward|over|in))?"
_PARTICIPLES = (
    r"(?P<verb>[a-z]{3,}(?:ed|en|wn|ght|lt|ne))" + _PARTICLE
    + r"(?:\s+and\s+(?P<verb2>[a-z]{3,}(?:ed|en|wn|ght|lt|ne))" + _PARTICLE + r")?"
)  # fmt: skip
# "The motion, brought by board chair Lorraine Beck, had been drafted": a participle
# set between commas after its noun, its doer after "by"
_SET_BESIDE = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|but)\s+)(?P<thing>(?i:the)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)"
    r",\s+" + _PARTICIPLES + r"\s+by\s+(?P<doer>[^,;:.()\"\u201c\u201d]{2,70}?)"
    r"\s*[,;]"
)
# "The camp, held at the district hospital, was organised by the health society": a
# phrase between commas after the subject (a participle's, an apposition's) leaves
# the subject the passive's thing; the phrase's own "by" is its own participle's
_PASSIVE_PAST_ASIDE = re.compile(
    r"(?:^|[;]\s+)(?P<thing>(?i:the)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)"
    r",\s+(?P<aside>[^,;:()\"\u201c\u201d]{3,120}?),\s+"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?"
    + _PARTICIPLES
    + r"\s+by\s+(?P<doer>[^,;:.()\"\u201c\u201d]{2,140}?)\s*(?:[,;.]|$)"
)  # the doer is cut where another part of the clause starts (by_agents.agent_doer)
# "The winner came from Lena Ortiz", "the complaint came from the Harbour Trust": a
# deed's noun credited to its doer, as "Lena Ortiz made the winner" would
_CAME_FROM = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|but)\s+)(?P<thing>(?i:the)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)"
    r"\s+(?:came|comes|had\s+come|has\s+come)\s+from\s+(?P<doer>[^,;:.()\"\u201c\u201d]{2,70}?)"
    r"\s*(?:[,;.]|$)"
)
# the rest of a name the frame's actor stops at its possessive: "' Union"
_OWNED = re.compile(r"['\u2019]s?(?:\s+[A-Z][\w'\u2019-]*)+")
_PRONOUNS = frozenset("it its itself they them he him she her this that these those".split())


@attrs.frozen
class DeedFrame:
    """A deed one clause tells: its verbs, what it befalls, its doer."""

    verbs: frozenset[str]  # lemmas that tell the deed
    thing: str  # the stem of the object's head; "" when the deed is told by its noun
    ranks: frozenset[str]  # ordinals of the thing ("the first specimen")
    doer: str  # the doer's words, with a name set beside them
    # a deed credited with "came from": told only by its noun, it is one deed with a
    # frame whose thing tells that noun's verb ("the winner" / "scored the winning
    # goal"), not with any deed of its verb ("scored the opening goal")
    credited: bool = False
    thing_verbs: frozenset[str] = frozenset()  # verbs the thing's words tell ("winning": win)
    # a thing told with "a" ("hit a three-run homer") is one deed only with a feat a
    # possessive credits ("Saúl Montaño's three-run homer") told with its every word
    definite: bool = True
    modifiers: tuple[str, ...] = ()  # the thing's words before its head, as written
    # a feat credited by a possessive (possessed_feats): no verb of its own
    possessed: bool = False


def frames_of(claim: Claim) -> tuple[DeedFrame, ...]:
    """The deed frames of the statement's sentence (see the module's docstring). A
    sentence that quotes someone is left to the quote judges: its doers are as often
    the speaker ('"...," said Mayor Ana Ruiz, who visited the street'), whom the
    speaker judge compares."""
    if not isinstance(claim, Statement) or _QUOTES.search(claim.sentence):
        return ()
    return _sentence_frames(claim.sentence, claim.sentence_start, claim.frame)


@remembered(4096)
def _sentence_frames(sentence: str, start: int, main: Frame | None) -> tuple[DeedFrame, ...]:
    found: list[DeedFrame] = []
    for frame in (main, *clause_frames(sentence, start)):
        if frame is None or frame.actor is None or frame.thing is None or frame.negated:
            continue
        if frame.predicate is None or not frame.lemma:
            continue
        at = frame.actor.start - start
        if _quoted(sentence, at) or _quoted(sentence, frame.predicate.start - start):
            continue
        doer = frame.actor.text
        opening = opening_subject(sentence, at)
        if opening is not None:  # "Herders grazing cattle reported": not "cattle"
            found.extend(_deed_of(frame.lemma, frame.thing.text, opening))
            continue
        owned = _OWNED.match(sentence, frame.actor.end - start)
        if owned:  # "the Dunmore Tenants' Union", read by the frame up to "Tenants"
            doer += owned.group()
        beside = _BESIDE.match(
            sentence, frame.actor.end - start + len(owned.group() if owned else "")
        )
        if beside:
            doer = f"{doer}, {beside.group('name')}"
        found.extend(_deed_of(frame.lemma, frame.thing.text, doer))
    for feat in possessed_feats(sentence):
        found.append(
            DeedFrame(
                frozenset(),
                stem(feat.head.lower()),
                frozenset(w for w in feat.modifiers if w in ORDINALS),
                feat.doer,
                modifiers=feat.modifiers,
                possessed=True,
            )
        )
    for told in deeds(sentence):
        made = _deed(verb_lemma(told.verb), " ".join(("the", *told.said)), told.doer)
        if made is not None and told.said:
            found.append(made)
    for beside in _SET_BESIDE.finditer(sentence):
        found.extend(_participle_deeds(beside, beside["doer"]))
    for aside in _PASSIVE_PAST_ASIDE.finditer(sentence):
        doer = agent_doer(aside["doer"], sentence[aside.end("doer") :])
        if not _MEANS.match(doer) and someone(doer):  # "by a left hook": a means
            found.extend(_participle_deeds(aside, doer))
    for credited in _CAME_FROM.finditer(sentence):
        if not _someone_first(credited["doer"]):
            continue  # "came from a corner taken by X": the corner's, not X's deed
        made = _deed("make", credited["thing"], credited["doer"])
        if made is not None:
            found.append(attrs.evolve(made, credited=True))
    for cleft in cleft_deeds(sentence):
        made = _deed(cleft.verb, cleft.thing, cleft.doer)
        if made is not None:
            found.append(made)
    return tuple(found)


def _participle_deeds(match: re.Match[str], doer: str) -> list[DeedFrame]:
    """The deeds of a match's participles ("drafted and tabled"), done by one doer."""
    found = []
    for verb in (match["verb"], match["verb2"]):
        made = _deed(verb_lemma(verb), match["thing"], doer) if verb else None
        if made is not None:
            found.append(made)
    return found


def _deed_of(lemma: str, thing: str, doer: str) -> tuple[DeedFrame, ...]:
    """The frame of a clause's deed, its thing told with "the" or with "a"."""
    made = _deed(lemma, thing, doer) or _indefinite_deed(lemma, thing, doer)
    return (made,) if made is not None else ()


def _someone_first(doer: str) -> bool:
    """Does the doer open on someone: a name, or words headed by a noun for people
    before its first name ("a neighbour", "their 34-year-old striker", "referee Paul
    Dale"), not by a thing ("a corner taken by Lena Ortiz", "a mistake by X")?"""
    content: list[str] = []
    for word in re.findall(r"[\w'\u2019-]+", doer):
        lower = word.lower()
        if word[:1].isupper() and lower not in STOPWORDS:
            break
        participle = lower.endswith(("ed", "en", "wn")) and verb_lemma(lower) != lower
        if content and (lower in STOPWORDS or participle):
            break  # the head's phrase ends: "a corner taken by", "a mistake by"
        if lower not in STOPWORDS:
            content.append(lower)
    return not content or people_noun(content[-1]) is not None


def _quoted(sentence: str, at: int) -> bool:
    return at < 0 or bool(len(_QUOTES.findall(sentence[:at])) % 2)


def _deed(lemma: str, thing: str, doer: str) -> DeedFrame | None:
    """The frame of a verb done to a thing told with "the" by a doer, the deed read
    from the thing's noun after a support verb."""
    if lemma in REPORTING or not _DEFINITE.match(thing):
        return None
    told = [w for w in words(thing) if w.isalpha() and w not in STOPWORDS and w not in _PRONOUNS]
    if not told:
        return None
    head = told[-1]
    ranks = frozenset(w for w in told if w in ORDINALS)
    if lemma in SUPPORT_VERBS:
        noun = classes(head).get("noun", head)
        verbs = verb_relatives(noun) | ({noun} if is_verb_lemma(noun) else set())
        if not verbs:
            return None  # "made the bed": no deed in the noun
        return DeedFrame(frozenset(verbs), "", ranks, doer)
    thing_verbs = frozenset(verb_lemma(w) for w in told if is_verb_lemma(verb_lemma(w)))
    return DeedFrame(frozenset({lemma}), stem(head), ranks, doer, thing_verbs=thing_verbs)


def _indefinite_deed(lemma: str, thing: str, doer: str) -> DeedFrame | None:
    """The frame of a verb done to a thing told with "a" or "an" ("hit a three-run
    homer"), kept only to meet a possessed feat (see DeedFrame.definite)."""
    if lemma in REPORTING or lemma in SUPPORT_VERBS or not _INDEFINITE.match(thing):
        return None
    told = [w for w in thing.split()[1:] if w.lower() not in STOPWORDS]
    if len(told) < 2 or not all(w[:1].islower() for w in told):
        return None
    head = told[-1]
    return DeedFrame(
        frozenset({lemma}),
        stem(head),
        frozenset(w for w in told if w in ORDINALS),
        doer,
        definite=False,
        modifiers=tuple(told[:-1]),
    )


def _feat_met(feat: DeedFrame, other: DeedFrame) -> bool:
    """Is a possessed feat the deed the other frame tells: the other's verb done to
    the feat's head, told with "the" or with the feat's every word?"""
    if other.possessed or other.credited or not other.thing or other.thing != feat.thing:
        return False
    if feat.ranks != other.ranks:
        return False
    return other.definite or (bool(feat.modifiers) and other.modifiers == feat.modifiers)


def _one_deed(x: DeedFrame, y: DeedFrame) -> bool:
    """One deed befalling one thing (a deed told by its noun befalls the other's)."""
    if x.possessed or y.possessed:
        return _feat_met(x, y) if x.possessed else _feat_met(y, x)
    if not x.definite or not y.definite:
        return False
    if x.thing and y.thing and x.thing != y.thing:
        return False
    if x.ranks != y.ranks:
        return False  # "the first goal" / "the second goal"
    for credited, other in ((x, y), (y, x)):
        if credited.credited and not credited.verbs & (
            other.verbs if not other.thing else other.thing_verbs
        ):
            return False  # "the winner came from X" / "Y scored the opening goal"
    return any(one_verb_or_kind(v, w) for v in x.verbs for w in y.verbs)


@lru_cache(maxsize=4096)
def _person(doer: str) -> bool | None:
    """True for a person named in full ("Union chair Maria Costa", "a volunteer,
    Zofia Wrona"), False for a named body, None for neither. A body's name runs
    on past a person's ("the Quillota Irrigators' Association"), as does a list
    ("the Municipality of Quillota, joined by neighbours from San Pedro and Boco")."""
    mentions = names_in(doer)
    if not mentions:
        return None
    last = mentions[-1]
    if not is_person_name(last.text):
        return False
    after = doer[doer.rfind(last.text) + len(last.text) :]
    return not any(w[:1].isupper() for w in re.findall(r"[\w'\u2019-]+", after))


def _doers_apart(x: str, y: str, places: frozenset[str]) -> bool:
    head_x, head_y = described_head(x), described_head(y)
    if head_x is not None and head_y is not None:
        # two doers told by what they are (described_doers): two kinds of people,
        # and no name of a party shared ("officers of the Harbour Police" / "a
        # Harbour Police diver")
        return heads_apart(head_x, head_y) and not (names(x) - places) & (names(y) - places)
    kind_x, kind_y = _person(x), _person(y)
    if kind_x is None or kind_x != kind_y:
        return False
    named_x, named_y = names(x) - places, names(y) - places
    return bool(named_x) and bool(named_y) and not named_x & named_y


def deeds_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """One deed credited to two doers apart (see the module's docstring)."""
    if a.source == b.source or not sentences.by_sentence:
        return None
    frames_a, frames_b = frames_of(a), frames_of(b)
    if not frames_a or not frames_b:
        return None
    places = _places(sentences)
    for x in frames_a:
        for y in frames_b:
            if not _doers_apart(x.doer, y.doer, places) or not _one_deed(x, y):
                continue
            if x.possessed or y.possessed:
                # a game's report names every player: only crediting the feat bars
                if _credited_feat(x, b.source, sentences, places) or _credited_feat(
                    y, a.source, sentences, places
                ):
                    continue
            elif _named_in(x.doer, b.source, sentences, places) or _named_in(
                y.doer, a.source, sentences, places
            ):
                continue
            if _described_in(x.doer, b.source, sentences) or _described_in(
                y.doer, a.source, sentences
            ):
                continue  # the other article speaks of the described doer's kind
            return Finding(Conflict.ACTOR, x.doer, y.doer, Severity.CONFLICT)
    return None


@lru_cache(maxsize=8)  # one comparison's index: its pairs all read the same places
def _places(sentences: SentenceClaims) -> frozenset[str]:
    """The names of the places the articles name."""
    return frozenset(
        w
        for found in sentences.by_sentence.values()
        for c in found
        if isinstance(c, Place)
        for w in names(c.name)
    )


@lru_cache(maxsize=64)
def _source_names(sentences: SentenceClaims, source: str) -> frozenset[str]:
    """Every name one article's sentences give."""
    return frozenset().union(
        *(
            names(found[0].sentence)
            for (told, _), found in sentences.by_sentence.items()
            if told == source and found
        )
    )


def _named_in(doer: str, source: str, sentences: SentenceClaims, places: frozenset[str]) -> bool:
    """Does the article name the doer anywhere?"""
    return bool((names(doer) - places) & _source_names(sentences, source))


@lru_cache(maxsize=64)
def _source_people(sentences: SentenceClaims, source: str) -> frozenset[str]:
    """Every noun for people one article's sentences use, singular."""
    return frozenset(
        singular(w)
        for (told, _), found in sentences.by_sentence.items()
        if told == source and found
        for w in words(found[0].sentence)
        if people_noun(w) is not None
    )


def _described_in(doer: str, source: str, sentences: SentenceClaims) -> bool:
    """Does the article speak of the kind of people a described doer heads
    (described_doers): "troopers" anywhere beside "a state trooper"? An article
    that does may tell that party's deed beside the one it credits."""
    head = described_head(doer)
    return head is not None and head in _source_people(sentences, source)


def _credited_feat(
    frame: DeedFrame, source: str, sentences: SentenceClaims, places: frozenset[str]
) -> bool:
    """Does a sentence of the article name the frame's doer beside the frame's thing
    ("Line Holst's goal" beside "Line Holst also scored a goal")? An article that
    does may tell two feats of one kind, one by each doer."""
    named = names(frame.doer) - places
    for (told, _), found in sentences.by_sentence.items():
        if told != source or not found:
            continue
        sentence = found[0].sentence
        if named & names(sentence) and frame.thing in {stem(w) for w in words(sentence)}:
            return True
    return False


def _verb_keys(frame: DeedFrame) -> frozenset[str]:
    """Keys two frames share whenever one_verb_or_kind may join their verbs: the
    lemmas, their sense groups, the verbs they are kinds of and those verbs' groups."""
    keys: set[str] = set()
    for verb in frame.verbs:
        told = {verb, verb_lemma(verb), *lemmas(verb)}
        general = general_verbs(verb)
        keys.update("w:" + w for w in told | general)
        keys.update("s:" + g for w in told | general for g in senses(w))
    return frozenset(keys)


def deed_frame_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of statements of two articles that deeds_apart reads as
    one deed credited to two doers. Blocked by what one deed needs: a doer named as
    a person or a body, and verbs that share a lemma, a sense or a kind (_verb_keys),
    so the pairs asked grow with the statements that tell one deed."""
    buckets: dict[str, list[int]] = {}
    for i, statement in enumerate(statements):
        for frame in frames_of(statement):
            if _person(frame.doer) is None and described_head(frame.doer) is None:
                continue
            for key in _verb_keys(frame):
                buckets.setdefault(key, []).append(i)
            if frame.thing:  # a possessed feat meets a frame by its thing alone
                buckets.setdefault("t:" + frame.thing, []).append(i)
    asked = sorted(set(cross_source_pairs(buckets.values(), lambda k: statements[k].source)))
    return [
        (SCORE, i, j)
        for i, j in asked
        if deeds_apart(statements[i], statements[j], sentences) is not None
    ]
