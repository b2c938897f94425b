"""Who set an event off: "The investigation began after a complaint from a
German supermarket chain" / "The inquiry was triggered by a tip-off from an
Italian importer".

News tells where an inquiry, a search or a strike came from by its beginning:
the event's noun is the subject of a verb of beginning ("began", "was opened",
"was launched") or of setting off ("was triggered", "was sparked", "was
prompted"), and its origin follows "after", "following" or "by": a message and
its sender ("a complaint from X", "a tip-off from X"), someone ("by a
whistleblower") or a clause whose subject acted ("after a garage owner noticed
the van"). Outlets tell one beginning in other words, so the two sentences share
little but the event; what ties them is the event's noun: one word, WordNet
synonyms, or one a kind of the other's synonym ("the inquiry" / "the probe", both
an investigation).

Two roles are kept apart, since one beginning has both: the one who set it off
(after/following, or "by" after a verb of setting off) and the one who began it
("was opened by the regulator after a complaint from X": the regulator opened
it, X set it off). Only origins of one role are compared.

Two origins are two doers when each article tells only one beginning of the
tied event (of that role) and the doers are apart: both named, no name shared,
neither named in the other's sentence nor anywhere in the other article beside
the event's noun (an article that names X elsewhere with the inquiry may credit
X too: "X and Y complained" against "X complained" is no conflict). A name that
only describes ("a German chain": a nationality or place before a noun) is
compared only with another such one ("an Italian importer"); against a proper
name ("Aldi") it is left alone, as a person against a body named in other words
("the ministry" / "Minister Ana Ruiz") is: a common noun names no one. A doer
that is a means, not someone ("sparked by a fire"), tells no doer.

Verbs of beginning and of setting off are general English (WordNet's begin.v.01
and .02, open.v.02 "start to operate", launch.v.01 "set up or found",
initiate.v.01; trigger.v.01 "put in motion or move to act" and its synonyms
spark, set off, touch off; prompt.v.02 "serve as the inciting cause of"
with provoke and instigate).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from compare.align.actor_names import names, names_and_acronyms
from compare.align.blocking import cross_source_pairs
from compare.align.by_agents import agent_doer, someone
from compare.align.model import Conflict, Severity
from compare.align.noun_kinds import general_nouns
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.synonyms import senses
from compare.align.word_contradictions import Finding
from compare.align.words import STOPWORDS, TEXTS_REMEMBERED, remembered, stem, words
from compare.extract import Claim
from compare.extract.claims import Statement
from compare.extract.lemmas import verb_lemma
from compare.extract.people_nouns import people_noun

SCORE = 0.45  # as the other doer matchers: below the word model's sure pairs
BEGINNING = frozenset({"begin", "start", "open", "launch", "commence", "initiate"})
SETTING_OFF = frozenset({"trigger", "spark", "prompt", "provoke", "instigate", "set", "touch"})
# "set off", "touch off": these verbs set an event off only with their particle
_WITH_OFF = frozenset({"set", "touch"})

_CLAUSE = r"[^,;:.()\"“”—–]"
# the event: a noun phrase opening its clause ("The investigation", "Its inquiry")
_EVENT = r"(?P<event>(?:(?i:the|its|their|his|her|this|that|an?)\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)"
_BE = r"(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)"
_TELLING = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|but|when|as)\s+)" + _EVENT + r"(?:,\s+which)?\s+" + _BE + r"?"
    + r"(?:(?:first|initially|originally|only|\w+ly)\s+)?(?P<verb>[a-z]{3,})"
    + r"(?:\s+(?P<particle>off|up))?\s+(?P<prep>after|following|by)\s+(?P<origin>"
    + _CLAUSE + r"{2,90})"
)  # fmt: skip
# "a complaint from X", "a tip-off from X", "an anonymous report by X"
_MESSAGE = re.compile(
    r"^(?:(?i:a|an|the|one)\s+)?(?:[\w'’-]+\s+){0,2}?(?P<message>[a-z][\w'’-]*)\s+"
    r"(?:from|by)\s+(?P<doer>.+)$"
)
# a clause of the one who acted: "a local garage owner noticed the van"
_ACTED = re.compile(
    r"^(?P<doer>(?:(?i:a|an|the)\s+|[A-Z][\w'’-]*\s+)(?:[\w'’-]+\s+){0,4}?)(?P<verb>[a-z]+ed)\b"
)
_PRONOUNS = frozenset({"it", "this", "that", "which", "he", "she", "they"})


@attrs.frozen
class Origin:
    """One beginning as a sentence tells it."""

    event: str  # the event's head noun, lower case
    doer: str
    opened: bool  # the doer began it ("was opened by"), not set it off


@remembered(TEXTS_REMEMBERED)
def origins(sentence: str) -> tuple[Origin, ...]:
    """The beginnings a sentence credits to someone."""
    if " after " not in sentence and " by " not in sentence and " following " not in sentence:
        return ()
    found = []
    for match in _TELLING.finditer(sentence):
        told = _origin(match, sentence)
        if told is not None:
            found.append(told)
    return tuple(found)


def _origin(match: re.Match[str], sentence: str) -> Origin | None:
    lemma = verb_lemma(match.group("verb"))
    particle = match.group("particle")
    if lemma in _WITH_OFF and particle != "off":
        return None
    if lemma not in BEGINNING | SETTING_OFF:
        return None
    event = _event_head(match.group("event"))
    if event is None:
        return None
    prep, origin = match.group("prep"), match.group("origin").strip()
    message = _MESSAGE.match(origin)
    if message is not None and people_noun(message.group("message")) is None:
        doer = agent_doer(message.group("doer"), sentence[match.end() :])
        opened = False
    elif prep == "by":
        doer = agent_doer(origin, sentence[match.end() :])
        opened = lemma in BEGINNING
    else:
        acted = _ACTED.match(origin)
        if acted is None or verb_lemma(acted.group("verb")) == acted.group("verb"):
            return None
        doer = acted.group("doer").strip()
        opened = False
    if not doer or not _someone(doer):
        return None
    return Origin(event, doer, opened)


# where the doer's own words end: a phrase about it ("the shooting of a boy by a
# policeman", "a whistleblower in the firm's team")
_PHRASE = re.compile(r"\s(?:of|in|at|from|with|by|for|on|over|about)\s")


def _someone(doer: str) -> bool:
    """A doer whose own words name someone: a noun for people or a name as its head
    ("a local garage owner", "rival carrier Jetstream Orange"), or a name before a
    common head that names no event ("a German supermarket chain"); not an event
    ("the fatal shooting of a boy by a policeman", "the late Friday release of the
    files")."""
    own = _PHRASE.split(f" {doer} ", maxsplit=1)[0].split()
    if not own or own[-1].lower() in _PRONOUNS or not someone(doer):
        return False
    head = own[-1].strip("'’")
    if head[:1].isupper() or people_noun(head.lower()) is not None:
        return True
    if general_nouns(head.lower()):
        return False  # an event's noun: "the late Friday release of the files"
    return bool(names(" ".join(own)))  # "a German chain"; no day ("Friday")


def _event_head(phrase: str) -> str | None:
    """The event's noun: the phrase's last word, a common noun, not someone."""
    told = words(phrase)
    if not told:
        return None
    head = told[-1]
    shown = phrase.split()[-1]
    if head in _PRONOUNS or head in STOPWORDS or not shown[:1].islower():
        return None
    if people_noun(head) is not None:
        return None  # "The officer started after ...": a person, not an event
    return head


def _kinds(noun: str) -> frozenset[str]:
    """The noun's WordNet sense groups, and those of the nouns it is a kind of."""
    found = set(_senses(noun))
    for general in general_nouns(noun) | general_nouns(stem(noun)):
        found |= _senses(general)
    return frozenset(found)


def _senses(noun: str) -> frozenset[str]:
    found = senses(noun)
    if not found and noun.endswith("s"):
        found = senses(noun[:-1])
    return found


def one_event(x: str, y: str) -> bool:
    """One event's noun: one word, synonyms, or one a kind of the other's synonym
    ("inquiry" / "probe": both an investigation); two kinds of one general noun
    ("appeal" / "case", both proceedings) stay two."""
    if stem(x) == stem(y):
        return True
    return bool(_kinds(x) & _senses(y) or _kinds(y) & _senses(x))


# a capitalised word that only describes the noun after it ("a German supermarket
# chain", "a Leeds firm"), not a name of the doer
_DESCRIBING = re.compile(r"\b([A-Z][\w'’-]*)(?:['’]s)?\s+(?=[a-z])")


def _describing(doer: str) -> frozenset[str]:
    """The doer's names that only describe the noun after them."""
    return names(doer) & {w.lower() for w in _DESCRIBING.findall(doer)}


def doers_apart(x: str, y: str, sentence_x: str, sentence_y: str) -> bool:
    """Two doers named apart, of one sort of name, neither named in the other's
    sentence."""
    named_x, named_y = names(x), names(y)
    if not named_x or not named_y or named_x & named_y:
        return False
    # a name against its acronym ("the Financial Conduct Authority" / "the FCA") is one
    # doer: each side's names are read with the initials of its runs of capitals
    if names_and_acronyms(x) & names_and_acronyms(y):
        return False
    if named_x & names_and_acronyms(sentence_y) or named_y & names_and_acronyms(sentence_x):
        return False
    # both only described ("a German chain" / "an Italian importer") or both named
    return (named_x <= _describing(x)) == (named_y <= _describing(y))


def _credited_elsewhere(doer: str, event: str, other: Sequence[Claim]) -> bool:
    """Does the other article name the doer in a sentence about the event?"""
    named = names(doer)
    return any(
        one_event(event, w) and named & names_and_acronyms(c.sentence)
        for c in other
        for w in words(c.sentence)
        if w not in STOPWORDS
    )


def _apart(x: Origin, y: Origin, a: Claim, b: Claim) -> bool:
    return (
        x.opened == y.opened
        and one_event(x.event, y.event)
        and doers_apart(x.doer, y.doer, a.sentence, b.sentence)
    )


def _sole(x: Origin, claim: Claim, every: Sequence[tuple[Claim, Origin]]) -> bool:
    """Is claim's sentence the only one of its article to tell a beginning of x's
    event (in x's role)?"""
    return not any(
        c.source == claim.source
        and c.sentence_start != claim.sentence_start
        and o.opened == x.opened
        and one_event(o.event, x.event)
        for c, o in every
    )


def _origins_apart(
    a: Claim, b: Claim, every: Sequence[tuple[Claim, Origin]], claims: Sequence[Claim]
) -> Finding | None:
    for x in origins(a.text):
        for y in origins(b.text):
            if not _apart(x, y, a, b) or not (_sole(y, a, every) and _sole(x, b, every)):
                continue
            by_a = [c for c in claims if c.source == a.source]
            by_b = [c for c in claims if c.source == b.source]
            if _credited_elsewhere(x.doer, x.event, by_b) or _credited_elsewhere(
                y.doer, y.event, by_a
            ):
                continue
            described = names(x.doer) <= _describing(x.doer)
            severity = Severity.VARIANT if described else Severity.CONFLICT
            return Finding(Conflict.ACTOR, x.doer, y.doer, severity)
    return None


def _every_origin(claims: Sequence[Claim]) -> list[tuple[Claim, Origin]]:
    return [(c, o) for c in claims if isinstance(c, Statement) for o in origins(c.text)]


def origins_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """The judge's reading: one event's beginning credited to two doers, each its
    article's only beginning of that event."""
    if a.source == b.source or not sentences.by_sentence:
        return None  # without the articles' claims, "only" cannot be told
    if not (origins(a.text) and origins(b.text)):
        return None
    claims = sentences.claims()
    return _origins_apart(a, b, _every_origin(claims), claims)


def origin_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of statements of two sources that credit one beginning to two doers."""
    every = _every_origin(statements)
    claims: Sequence[Claim] = sentences.claims()
    if not claims:
        claims = statements
    telling = [i for i, statement in enumerate(statements) if origins(statement.text)]
    pairs = cross_source_pairs([telling], lambda k: statements[k].source)
    return [
        (SCORE, i, j)
        for i, j in sorted(set(pairs))
        if _origins_apart(statements[i], statements[j], every, claims) is not None
    ]
