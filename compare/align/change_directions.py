"""One thing said to change both ways: "The snowfall eased on Thursday evening" /
"Snow grew heavier on Thursday evening", "The tram backlog grew for the fifth month
in a row" / "the tram backlog was shorter than six weeks earlier", "The total was down
on the equivalent fair last June" / "a sum that beat the same fair a year ago".

A clause tells which way a thing moved with a verb of rising or falling ("grew",
"eased", "continued to fall": the WordNet stand-ins of increase and decrease too,
antonyms.py), a verb and "up" or "down" ("will go up"), a comparative after a
linking verb ("was smaller", "grew heavier") or before a bare plural or mass noun
("Heavier rains slowed"), "up"/"down"/"above"/"below" after "be" ("was down on
last year"), or a verb of outdoing ("beat the same fair a year ago"). Besides the
amount, a verb or comparative may tell how good a thing is ("improved" /
"worsened", "better" / "worse"): one scale, not the other.

Two clauses of two articles clash when they move ONE thing (one head noun or a
WordNet synonym; or, measured against one baseline, a word for any measured value:
"the total" / "a sum") opposite ways on one scale, against baselines that do not
differ ("a month earlier" / "a year earlier" is month on month against year on year)
and at times that do not differ ("between 2011 and 2014" / "last year"). A pair
with a figure of change on each side is left to the number judge.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from compare.align.antonyms import meant_lemmas
from compare.align.blocking import cross_source_pairs
from compare.align.frames import head_of
from compare.align.opposites import lemmas
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.synonyms import are_synonyms
from compare.align.words import TEXTS_REMEMBERED, remembered, stem
from compare.extract import Claim
from compare.extract import lexicon as lx
from compare.extract.people_nouns import people_noun
from compare.extract.tags import DET, POSS, PRON, VERB, WORD
from compare.extract.wordclass import tag_tokens
from compare.ingest import HEADLINE

AMOUNT = "amount"
QUALITY = "quality"

# Verbs of a change in amount or strength, either way. The WordNet stand-ins of
# increase and decrease (antonyms.py's "= v add increase") join them.
_UP_VERBS = frozenset(
    "rise increase raise climb grow soar jump rally surge swell mount widen lengthen "
    "strengthen intensify expand rebound boost hike lift".split()
)
_DOWN_VERBS = frozenset(
    "fall decrease lower drop decline shrink slide slump sink plunge plummet tumble ease "
    "abate subside dip fade weaken narrow shorten lessen diminish ebb contract cut reduce "
    "slash trim".split()
)
# Verbs of getting better or worse.
_BETTER_VERBS = frozenset("improve recover".split())
_WORSE_VERBS = frozenset("worsen deteriorate".split())
# Verbs that move their object, not their subject, when active ("cut fares by 10%").
_TRANSITIVE = frozenset("raise lower cut reduce slash trim boost hike lift".split())
# Verbs of outdoing a baseline ("beat the same fair a year ago").
_OUTDO = {
    "beat": 1, "beats": 1, "beaten": 1, "beating": 1, "exceeded": 1, "exceeds": 1,
    "surpassed": 1, "outstripped": 1, "topped": 1, "trailed": -1, "lagged": -1,
}  # fmt: skip

# Comparatives of amount or strength, and of quality.
_MORE = frozenset(
    "larger bigger greater higher heavier stronger longer wider deeper faster".split()
)
_LESS = frozenset("smaller lower lighter weaker shorter narrower shallower slower".split())
_BETTER = frozenset(["better"])
_WORSE = frozenset(["worse"])

# Verbs after which a comparative tells what the subject became or was.
_LINKING = frozenset(
    "is are was were be been being grew grown grow grows growing became become becomes "
    "becoming got get gets getting turned turn".split()
)
_BE = frozenset("is are was were be been being".split())
_DEGREE = frozenset("much far even slightly".split())
_AUX = frozenset(
    "has have had will would could may might should shall can is are was were be been "
    "being did does do also still further again already now".split()
)
# Words before a verb that carry it on: "continued to fall", "began to ease".
_ONSET = frozenset(
    "continue continues continued continuing begin begins began begun start starts started".split()
    # "appears to be climbing", "seems to have eased": the verb's subject is the thing
    + "appear appears appeared seem seems seemed".split()
)
# Where a clause's subject begins: after these, or a comma.
_CLAUSE_OPENERS = frozenset("but as while that which who when after because".split())
# "fell ill", "fell asleep": no change in amount; "slid down the chute", "fell into the
# river", "climbed onto the ledge": a motion through a place
_NOT_AMOUNT = frozenset(
    "ill sick asleep silent victim apart foul prey pregnant down up into onto off out "
    "across toward towards under away back".split()
)
# Nouns for any measured value: which value they measure the baseline says.
_ANY_VALUE = frozenset("result figure total number tally sum amount outcome".split())
_TIME = re.compile(
    r"\b(?:\d{4}|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"yesterday|today|tonight|overnight|morning|afternoon|evening|night|day|week|weekend|"
    r"month|year|quarter|season|decade|hour)s?\b"
)
_FIGURE = re.compile(r"^\d")
# What a baseline is named by: the words after "than", "on", "from", "since" ...
_BASELINE_WORDS = 6
_BASELINE_STOP = frozenset(", ; : ( — – which who that and but as while because".split())
# Words of a subject's phrase that do not tell which kind of the thing it is.
_QUALIFYING_STOP = frozenset(
    "the a an its their his her our this that these those of in on at for to from by with "
    "and or some most all many".split()
)
_LATER_PHRASE = frozenset("on in at during after before".split())
_STOPWORDS = frozenset(
    "the a an its their his her our this that these those same equivalent previous "
    "earlier ago last of in at for to".split()
)


@attrs.frozen
class Move:
    """One clause's change of one thing, one way."""

    thing: str  # the head noun of what changes, lower-case
    scale: str  # AMOUNT or QUALITY
    way: int  # +1 up or better, -1 down or worse
    baseline: frozenset[str]  # content words of what it is measured against
    told: str  # the words that tell the move, for the finding's title
    periods: frozenset[str]  # the clause's time words, its baseline's too
    figure: bool  # a figure of change follows ("rose 4%")
    qualifiers: frozenset[str] = frozenset()  # the subject's other words ("oil" prices)
    named: bool = False  # a qualifier is a name ("Shares in Brannock")
    doer: frozenset[str] = frozenset()  # who moves an object: "the bank" cut its rates

    @property
    def against_earlier(self) -> bool:
        """Is it measured against nothing named or an earlier value of the thing
        ("than six weeks earlier", "since the weekend"), not another measure ("than
        forecast")?"""
        return not self.baseline or _earlier_value(sorted(self.baseline))


def turned(a: Claim, b: Claim) -> tuple[str, str] | None:
    """The two moves' words when the claims move one thing opposite ways."""
    if a.source == b.source:
        return None
    for x in moves(a.text):
        for y in moves(b.text):
            if _clash(x, y) and not _both_ways(x.thing, a.text) and not _both_ways(y.thing, b.text):
                return x.told, y.told
    return None


def _both_ways(thing: str, text: str) -> bool:
    return len({m.way for m in moves(text) if m.thing == thing}) > 1


def _clash(x: Move, y: Move) -> bool:
    if x.scale != y.scale or x.way == y.way:
        return False
    if x.figure and y.figure:
        return False  # "rose 1,000%" / "fell 4%": the number judge compares figures
    # one baseline named by one noun ("the equivalent fair last June" / "the same fair
    # a year ago"); else no other baseline than an earlier value on either side
    # ("higher than forecast" / "fell": two measures), and no two periods ("a month
    # earlier" / "a year earlier", "between 2011 and 2014" / "last year")
    shared = {w for w in x.baseline & y.baseline if not _TIME.match(w)}
    if not shared:
        if not (x.against_earlier and y.against_earlier):
            return False
        if x.periods and y.periods and not (x.periods & y.periods):
            return False
    if x.doer and y.doer and not x.doer & y.doer:
        return False  # "The board raised its charge" / "The council cut its charge"
    if _one_thing(x.thing, y.thing):
        return not _kinds_apart(x, y)
    # "The total was down on the equivalent fair" / "a sum that beat the same fair"
    return bool(shared and (x.thing in _ANY_VALUE or y.thing in _ANY_VALUE))


def _kinds_apart(x: Move, y: Move) -> bool:
    """Two kinds of one thing: "Oil prices" / "Gold prices", "Support for the mayor" /
    "Support for the plan" (words besides the head on both sides, none shared), or
    two names ("Shares in Telmari" / "Brannock's shares"). A name against a
    description may be the same ("Applications to the college" / "to Ardmore")."""
    if not (x.qualifiers and y.qualifiers) or x.qualifiers & y.qualifiers:
        return False
    return x.named == y.named


def _one_thing(a: str, b: str) -> bool:
    if a == b or stem(a) == stem(b):
        return True
    return are_synonyms(a, b) or are_synonyms(stem(a), stem(b))


@remembered(TEXTS_REMEMBERED)  # asked of each statement once per pair it is in
def moves(text: str) -> tuple[Move, ...]:
    """Every change of a thing one way that a text tells."""
    tagged = tag_tokens(text)
    tokens = [t.text for t in tagged]
    lower = [t.lower for t in tagged]
    tags = [t.tag for t in tagged]
    found = []
    for i in range(len(tokens)):
        read = _read(tokens, lower, tags, i)
        if read is None:
            continue
        scale, way, thing_at, baseline_at, told_end = read
        if thing_at == i and told_end > i + 1:
            # "The bank raised its rates" / "The bank cut its rates": the object moves,
            # told apart by the doer's words too
            subject = _moved_object(tokens, lower, tags, i)
        else:
            subject = _subject(tokens, lower, thing_at)
        if subject is None or not _changes(subject.head, tokens, lower):
            continue
        thing = subject.head
        baseline = _baseline(lower, baseline_at) if baseline_at is not None else frozenset()
        end = told_end
        # "rose 4%", "was cut by 10%": a figure of change right after the move
        follows = lower[end : end + 2]
        figure = bool(follows) and (
            bool(_FIGURE.match(follows[0]))
            or (follows[0] in ("by", "to") and len(follows) > 1 and bool(_FIGURE.match(follows[1])))
        )
        # the time words ("may" the modal is none)
        said = " ".join(w for k, w in enumerate(lower) if tokens[k] != "may")
        periods = frozenset(m.group(0).rstrip("s") for m in _TIME.finditer(said))
        told = " ".join(tokens[min(i, thing_at) if thing_at >= 0 else i : end])
        told = told if thing.lower() in told.lower() else f"{thing} {told}"
        found.append(
            Move(
                thing,
                scale,
                way,
                baseline,
                told,
                periods,
                figure,
                subject.qualifiers,
                subject.named,
                subject.doer,
            )
        )
    return tuple(found)


def _changes(thing: str, tokens: list[str], lower: list[str]) -> bool:
    """Can the thing change in amount or quality? Not a person ("the champion
    dropped", "climbers fall to their deaths") nor a name ("Ostrova crashing",
    "Pellinore is down five points"): their moves are motions or feats."""
    if people_noun(thing) is not None:
        return False
    written = [tokens[k] for k, w in enumerate(lower) if w == thing and k > 0]
    return not any(w[:1].isupper() for w in written)


def _read(
    tokens: list[str], lower: list[str], tags: list[str], i: int
) -> tuple[str, int, int, int | None, int] | None:
    """(scale, way, where the subject ends, where the baseline starts, where the
    telling words end) for a word that tells a move, else None. A subject given
    as -1 - k means the thing is the noun at k (an attributive comparative)."""
    word = lower[i]
    after = lower[i + 1] if i + 1 < len(lower) else ""
    before = lower[i - 1] if i > 0 else ""
    # a comparative after a linking verb: "was lower than a week earlier"
    comparative = _comparative(word)
    if comparative is not None:
        # "was smaller", "grew much heavier"
        degree = before in _DEGREE and i > 1 and lower[i - 2] in _LINKING
        if before in _LINKING or degree:
            verb_at = i - 2 if degree else i - 1
            baseline = i + 2 if after == "than" else None
            return (*comparative, verb_at, baseline, i + 1)
        # "Heavier rains overnight slowed": a bare plural or mass noun opening the
        # sentence ("A second, smaller quake" compares two of a kind)
        if i == 0 and after.isalpha() and after not in _STOPWORDS:
            return (*comparative, -1 - (i + 1), None, i + 2)
        return None
    # "was down on the equivalent fair", "was up 4%", "is below last year's level"
    if word in ("up", "down", "above", "below") and before in _BE:
        way = 1 if word in ("up", "above") else -1
        baseline = i + 2 if after in ("on", "from") else None
        if word in ("above", "below"):
            baseline = i + 1
        return (AMOUNT, way, i - 1, baseline, i + 1)
    # a verb and its particle: "will go up", "went down sharply"
    if word in ("up", "down") and _verb_before(before) and _particle_ends(after):
        return (AMOUNT, 1 if word == "up" else -1, i - 1, None, i + 1)
    # "beat the same fair a year ago": an earlier value of the thing, not a rival
    if word in _OUTDO and _earlier_value(lower[i + 1 : i + 1 + _BASELINE_WORDS]):
        return (AMOUNT, _OUTDO[word], i, i + 1, i + 1)
    # "the agency cut its subsidy": a word the tagger left open, read as the verb
    # that moves the object right after it
    moving = i > 0 and tags[i - 1] == WORD and _moves_object(word)
    moving = moving and _object_end(tags, lower, i) is not None
    if tags[i] != VERB and before not in ("then", "and", "to") and not moving:
        return None  # "the surcharge increase", "her film contract" ("rose and then fell")
    time_after = bool(_TIME.match(after)) or after in ("this", "last", "next", "each", "every")
    if i + 1 < len(tags) and tags[i + 1] in _OBJECT_TAGS and not time_after:
        # "dropped Ostrova", "extended his run": the object moves, read by
        # _moved_object when a verb that moves its object has one of its own
        if not (_moves_object(word) and _object_end(tags, lower, i) is not None):
            return None
        scaled = _verb_way(word)
        if scaled is None:
            return None
        return (*scaled, i, None, _object_end(tags, lower, i) or i + 1)
    scaled = _verb_way(word)
    if scaled is None or after in _NOT_AMOUNT or _comparative(after) is not None:
        # "grew heavier", "grew weaker": the comparative tells the way
        return None
    scale, way = scaled
    if after in _BE or after in ("has", "have", "will", "would"):
        return None  # "the surcharge increase was approved": a noun, the subject
    # "is shrinking": a form in -ing after "be" is the progressive, not a passive
    passive = before in _BE and not word.endswith("ing")
    if word in _TRANSITIVE or _transitive_stand_in(word):
        if not passive:
            return None  # "cut fares": the object moves, and its phrase is not read here
    elif passive:
        return None  # "was dropped from the squad"
    # "rose from 3%", "has risen since the weekend" ("on Wednesday" is a time)
    baseline = i + 2 if after in ("from", "since", "against") else None
    return (scale, way, i, baseline, i + 1)


# Words that open an object after a verb.
_OBJECT_TAGS = frozenset({DET, POSS, PRON, WORD})
# What a verb of outdoing must beat to tell a change: an earlier value of the thing
_EARLIER_VALUE = frozenset("same equivalent previous last earlier record".split())


def _earlier_value(words: list[str]) -> bool:
    return any(w in _EARLIER_VALUE or _TIME.match(w) for w in words)


def _comparative(word: str) -> tuple[str, int] | None:
    if word in _MORE:
        return AMOUNT, 1
    if word in _LESS:
        return AMOUNT, -1
    if word in _BETTER:
        return QUALITY, 1
    if word in _WORSE:
        return QUALITY, -1
    return None


def _verb_way(word: str) -> tuple[str, int] | None:
    """The scale and way of a verb form of change ("grew": amount, up)."""
    if not word.isalpha() or len(word) < 3:
        return None
    forms = lemmas(word) - {word} if word not in _UP_VERBS | _DOWN_VERBS else {word}
    if not forms:
        return None
    if forms & _BETTER_VERBS:
        return QUALITY, 1
    if forms & _WORSE_VERBS:
        return QUALITY, -1
    meant = set(forms).union(*(meant_lemmas(f) for f in forms))
    up = bool(meant & (_UP_VERBS | {"increase"}))
    down = bool(meant & (_DOWN_VERBS | {"decrease"}))
    if up == down:
        return None
    return AMOUNT, 1 if up else -1


def _moves_object(word: str) -> bool:
    return bool(lemmas(word) & _MOVES_OBJECT)


# Verbs of amount that move a subject or an object: "sales increased" / "increased its
# subsidy".
_EITHER = frozenset({"increase", "decrease"})
_MOVES_OBJECT = _TRANSITIVE | _EITHER


_OBJECT_WORDS = 3  # "its yearly maintenance subsidy": the words up to the head


def _object_end(tags: list[str], lower: list[str], verb_at: int) -> int | None:
    """Where the object right after the verb at `verb_at` ends: a determiner or a
    possessive, then up to _OBJECT_WORDS words ("its subsidy", "the fees"); None for
    a pronoun, a bare word or a name ("cut it", "dropped Ostrova")."""
    k = verb_at + 1
    if k >= len(tags) or tags[k] not in (DET, POSS) or lower[k] in ("a", "an", "no"):
        return None
    end = k + 1
    while end < len(tags) and tags[end] == WORD and end - k <= _OBJECT_WORDS:
        end += 1
    return end if end > k + 1 and (end == len(tags) or tags[end] != WORD) else None


def _moved_object(
    tokens: list[str], lower: list[str], tags: list[str], verb_at: int
) -> _Subject | None:
    """The object a verb moves, with its doer's words among its qualifiers: "The
    bank cut its rates" and "Another lender cut its rates" move two things."""
    end = _object_end(tags, lower, verb_at)
    if end is None:
        return None
    head = lower[end - 1]
    if not head.isalpha() or any(t[:1].isupper() for t in tokens[verb_at + 2 : end]):
        return None
    start = _clause_start(lower, verb_at)
    # "Officials said the bank raised its fees": the doer is the reported clause's
    # subject, not the reporter and the reporting verb (two reports' "said" would
    # make any two doers one)
    said = [k for k in range(start, verb_at) if lower[k] in lx.REPORTING_VERBS]
    if said:
        start = said[-1] + 1
    doer = [
        k
        for k in range(start, verb_at)
        if lower[k].isalpha() and lower[k] not in _QUALIFYING_STOP and not _before_verb(lower[k])
    ]
    others = [
        k
        for k in (*doer, *range(verb_at + 2, end - 1))
        if lower[k].isalpha() and lower[k] not in _QUALIFYING_STOP
    ]
    return _Subject(
        head,
        frozenset(stem(lower[k]) for k in others),
        named=any(tokens[k][:1].isupper() for k in others if k > 0),
        doer=frozenset(stem(lower[k]) for k in doer),
    )


def _transitive_stand_in(word: str) -> bool:
    return bool(lemmas(word) & _TRANSITIVE)


def _verb_before(word: str) -> bool:
    return bool(re.match(r"^(?:go|goes|went|gone|going|edged|edge|edges|crept|creep)$", word))


def _particle_ends(after: str) -> bool:
    """ "will go up." / "went up by 5%" / "went down sharply": the particle closes the
    phrase, not opens one of place ("slid down steep banks")."""
    return after in _PHRASE_ENDS or after.endswith("ly") or bool(_FIGURE.match(after))


class _Subject(NamedTuple):
    head: str  # lower-case, as written
    qualifiers: frozenset[str]  # the phrase's other content words, stemmed
    named: bool  # a qualifier is a name ("Shares in Brannock")
    doer: frozenset[str] = frozenset()  # an object's: the content words of who moves it


def _subject(tokens: list[str], lower: list[str], verb_at: int) -> _Subject | None:
    """The subject before the verb at verb_at (auxiliaries, "has continued to",
    adverbs skipped), read back to the clause's start."""
    if verb_at < 0:
        noun = lower[-1 - verb_at]
        return _Subject(noun, frozenset(), named=False) if noun.isalpha() else None
    end = verb_at
    while end > 0 and _before_verb(lower[end - 1]):
        end -= 1
    if end > 1 and lower[end - 1] in ("and", "or") and _verb_way(lower[end - 2]) is not None:
        return _subject(tokens, lower, end - 2)  # "rose and then fell": one subject
    start = _clause_start(lower, end)
    if start == end and start > 0 and lower[start - 1] in ("that", "which"):
        # "a sum that beat": the relative's noun, before it
        end = start - 1
        start = _clause_start(lower, end)
    phrase = " ".join(tokens[start:end])
    if not phrase or lower[end - 1] in ("it", "they", "this", "which", "who", "that"):
        return None
    head = head_of(phrase)
    if head is None:
        return None
    # the head as written, so that WordNet sees "conditions" (weather), not "condition"
    written = [w for w in lower[start:end] if stem(w) == head]
    others = [
        k
        for k in range(start, end)
        if lower[k].isalpha() and lower[k] not in _QUALIFYING_STOP and stem(lower[k]) != head
    ]
    return _Subject(
        written[-1] if written else head,
        frozenset(stem(lower[k]) for k in others),
        named=any(tokens[k][:1].isupper() for k in others if k > 0),
    )


# What may follow a particle that closes its phrase: punctuation, a figure's
# preposition, an adverb, a time ("will go up this spring").
_PHRASE_ENDS = frozenset(
    ["", *". ! ? , ; : by to from on again along in for this last over next".split()]
)


def _clause_start(lower: list[str], end: int) -> int:
    """Where the clause of the words before `end` begins."""
    start = end
    while (
        start > 0
        and lower[start - 1] not in _CLAUSE_OPENERS
        and lower[start - 1] not in (",", ";", ":", "(", "—", "–")
    ):
        start -= 1
    return start


def _before_verb(word: str) -> bool:
    """An auxiliary, an adverb or an onset between a subject and its verb ("have
    continued to ease", "will soon go up", "then fell")."""
    return word in _AUX or word in _ONSET or word in ("to", "then") or word.endswith("ly")


def _baseline(lower: list[str], at: int) -> frozenset[str]:
    found = []
    for k, word in enumerate(lower[at : at + _BASELINE_WORDS]):
        if word in _BASELINE_STOP or (k and word in _LATER_PHRASE):
            break  # "higher than forecast on Sunday": the day is the clause's
        if word.isalpha() and word not in _STOPWORDS:
            found.append(stem(word))
    return frozenset(found)


SCORE = 0.45  # as the clause matchers: below the word model's sure pairs


def turned_change_pairs(
    statements: Sequence[Claim],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of statements from different sources that move one thing opposite ways."""
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, statement in enumerate(statements):
        if statement.block == HEADLINE:
            continue  # a headline names the story, not one fact of it
        for move in moves(statement.text):
            buckets[move.scale].append(i)
    return [
        (SCORE, i, j)
        for i, j in sorted(
            set(cross_source_pairs(buckets.values(), lambda k: statements[k].source))
        )
        if turned(statements[i], statements[j]) is not None
    ]
