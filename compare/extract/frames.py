"""Fact frames: the clause each claim sits in, and dates, times and places as claims.

- A number gets the verb of its own clause, nearest to it ("two people died" → die,
  "..., injuring 50" → injure) and its counted noun phrase as the thing.
- A statement gets its main clause: not a subordinate clause, and past a reporting
  verb to what was reported ("Police said three people were killed" → kill).
- A quote gets the main clause of its own words ("We will not approve it" →
  approve, negated), since that is the fact the speaker states; a fragment without
  a verb ("a unifier") gets the clause around it ("called him 'a unifier'").
- Dates, times and places become claims of their own, each with the frame of its
  clause, and fill frame.date/time/place of the claims in the same clause (or of the
  whole sentence when it states exactly one).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import attrs

if TYPE_CHECKING:
    from attrs import AttrsInstance

from compare.extract.antecedents import (
    antecedent,
    cleft_doer,
    past_day,
    relative_doer,
    subject_past_relative,
)
from compare.extract.claims import Claim, Frame, Number, Quote, Span, Statement
from compare.extract.clauses import Analysis, Clause, analyse
from compare.extract.context import Context
from compare.extract.counted import counted, noun_predicate
from compare.extract.dateline_days import dateline_day
from compare.extract.lemmas import classes
from compare.extract.nominal import CHANGE_NOUNS
from compare.extract.not_until import affirmed_until
from compare.extract.phrases import (
    denied_report,
    group_near,
    main_group,
    noun_phrase_after,
    noun_phrase_before,
    subject_negated,
)
from compare.extract.qualifiers import Framed, find_qualifiers, qualifier_claims
from compare.extract.tags import ADV, DET, NUM, POSS, PREP, VERB, WORD, Token
from compare.extract.temporal import Found, parse_published
from compare.extract.verb_groups import Group
from compare.extract.wordlists import NEGATIVE_SUBJECTS
from compare.ingest import Sentence


class _HasText(Protocol):
    """What framing reads of a Context: the clean text that spans quote."""

    @property
    def text(self) -> str: ...


@attrs.frozen
class _Qualifiers:
    dates: tuple[tuple[Found, int], ...]  # with the token index where each starts
    times: tuple[tuple[Found, int], ...]
    places: tuple[tuple[Found, int], ...]


def add_frames(ctx: Context, claims: Sequence[Claim], *, as_claims: bool = True) -> list[Claim]:
    """The claims with their frames, plus (as_claims) the dates, times and places as claims."""
    published = parse_published(ctx.source.metadata.published)
    starts = [s.start for s in ctx.source.sentences]
    if not starts:
        return list(claims)
    # Each sentence is analysed once and its claims framed right away, so only one
    # sentence's tokens are alive at a time (keeping every sentence's analysis until
    # the end made the peak memory of long input several times that of its claims).
    in_sentence: list[list[int]] = [[] for _ in starts]
    for position, claim in enumerate(claims):
        in_sentence[max(0, bisect_right(starts, claim.start) - 1)].append(position)
    framed: list[Claim] = list(claims)
    extra: list[Claim] = []
    for sentence, positions in zip(ctx.source.sentences, in_sentence, strict=True):
        dates, times, places = find_qualifiers(sentence, published)
        if sentence.run_on:  # text without sentence ends: no clause analysis (extract.run_on)
            unframed: tuple[Framed, Framed, Framed] = (
                [(d, None) for d in dates],
                [(t, None) for t in times],
                [(p, None) for p in places],
            )
            extra.extend(qualifier_claims(ctx, sentence, *unframed))
            continue
        if not (positions or dates or times or places):
            continue  # nothing to frame: the analysis would go unused
        here = _Sentence(ctx.text, sentence, dates, times, places)
        extra.extend(
            qualifier_claims(
                ctx, sentence, here.framed(dates), here.framed(times), here.framed(places)
            )
        )
        for position in positions:
            claim = claims[position]
            framed[position] = _evolved(claim, frame=_frame_of(claim, here))
    return framed + extra if as_claims else framed


class _Sentence:
    """One sentence, analysed when a claim first needs it (a sentence holding only
    quotes that have a main clause of their own is never analysed), and the frame of
    each of its verb groups, made once: a statement, its figures and its dates, times
    and places often share a clause."""

    __slots__ = ("_analysis", "_found", "_frames", "_main", "_main_known", "_qual", "text")

    def __init__(
        self,
        text: str,
        sentence: Sentence,
        dates: list[Found],
        times: list[Found],
        places: list[Found],
    ) -> None:
        self.text = text  # the source's clean text, which spans quote
        self._found = (sentence, dates, times, places)
        self._analysis: Analysis | None = None
        self._qual = _Qualifiers((), (), ())
        self._frames: dict[tuple[int, int], Frame] = {}  # by clause and group start
        self._main: tuple[Clause, Group] | None = None
        self._main_known = False

    @property
    def analysis(self) -> Analysis:
        if self._analysis is None:
            sentence, dates, times, places = self._found
            analysis = self._analysis = analyse(sentence.text, sentence.start)
            token_at = analysis.token_at
            # a dateline's day stamps the story: no clause's event is dated by it
            told = [d for d in dates if not dateline_day(self.text, sentence.start, d.start, d.end)]
            self._qual = _Qualifiers(
                tuple([(d, token_at(d.start)) for d in told]),
                tuple([(t, token_at(t.start)) for t in times]),
                tuple([(p, token_at(p.start)) for p in places]),
            )
        return self._analysis

    def main(self) -> tuple[Clause, Group] | None:
        """main_group of the sentence, chosen once."""
        if not self._main_known:
            self._main, self._main_known = main_group(self.analysis), True
        return self._main

    def near(self, index: int) -> tuple[Clause, Group] | None:
        """group_near(analysis, index), with its fallback to the main clause chosen once."""
        clause = self.analysis.clause_of(index)
        if clause is None or not clause.groups:
            return self.main()
        return group_near(self.analysis, index)

    def frame(self, found: tuple[Clause, Group] | None) -> Frame | None:
        """_frame of a clause's verb group."""
        if found is None:
            return None
        key = (found[0].start, found[1].start)
        made = self._frames.get(key)
        if made is None:
            made = self._frames[key] = _frame(self, self.analysis, self._qual, found)
        return made

    def framed(self, found: list[Found]) -> Framed:
        """Each date, time or place with the frame of the clause its token sits in."""
        if not found:
            return []
        token_at = self.analysis.token_at
        return [(f, self.frame(self.near(token_at(f.start)))) for f in found]


# attrs.evolve reads the class's fields again for every copy; framing copies every
# claim and most number frames, so each class's init arguments are listed once, and
# read all at once by one attrgetter (in C) rather than one getattr per field.
_INIT_FIELDS: dict[type, tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]] = {}
_Record = TypeVar("_Record", bound="AttrsInstance")


def _evolved(record: _Record, **changes: Any) -> _Record:
    """attrs.evolve(record, **changes)."""
    kind = type(record)
    known = _INIT_FIELDS.get(kind)
    if known is None:
        fields = [a for a in attrs.fields(kind) if a.init]
        known = (tuple(a.alias for a in fields), attrgetter(*(a.name for a in fields)))
        if len(fields) == 1:  # attrgetter of one name gives the value, not a tuple
            one = known[1]
            known = (known[0], lambda r: (one(r),))
        _INIT_FIELDS[kind] = known
    aliases, values = known
    given = dict(zip(aliases, values(record), strict=True))
    given.update(changes)  # every field changed here has its name as its alias
    return kind(**given)


def _frame_of(claim: Claim, here: _Sentence) -> Frame | None:
    if isinstance(claim, Statement):
        return here.frame(here.main())
    if isinstance(claim, Quote):
        inner = _inner(here.text, claim.start, claim.end)
        own = _quote_frame(here.text[inner[0] : inner[1]])
        if own is not None:
            return _shifted(own, inner[0])
    analysis = here.analysis
    index = analysis.token_at(claim.start)
    frame = here.frame(here.near(index))
    if not isinstance(claim, Number) or frame is None:
        return frame
    bounds = counted(analysis, index, claim.end)
    thing = _token_span(here, analysis, bounds)
    noun = noun_predicate(analysis, index, bounds if thing is not None else None)
    if noun is not None:
        word = analysis.tokens[noun]
        lemma = classes(word.lower).get("noun", word.lower)
        predicate = _span(here, word.start, word.end)
        if word.lower in CHANGE_NOUNS:
            thing = None  # "a 3 percent drop": the figure measures the change
        return _evolved(frame, predicate=predicate, lemma=lemma, thing=thing)
    if thing is None and frame.thing and frame.thing.start <= claim.start < frame.thing.end:
        thing = None  # the clause's object is the figure itself ("rose 60%")
    elif thing is None:
        thing = frame.thing
    return _evolved(frame, thing=thing)


# A quote's own frame depends on its words alone (no qualifiers, token offsets only
# shifted), so it is made once per wording: wire copy quoted by several outlets, a
# quote repeated in a headline, and text that is a quote repeated thousands of times
# (which spent half its time analysing the same three words) read each wording once.
@lru_cache(maxsize=4096)
def _quote_frame(words: str) -> Frame | None:
    """The main clause of a quote's words, with spans counted from their start."""
    own = analyse(words, 0)
    found = main_group(own)
    if found is None:
        return None
    return _frame(_Words(words), own, _Qualifiers((), (), ()), found)


@lru_cache(maxsize=2048)
def clause_frames(words: str, offset: int = 0) -> tuple[Frame, ...]:
    """The frame of every verb group of a sentence's words but its main clause's,
    spans counted from their start, without dates, times or places. A statement
    carries its main clause alone, yet a deed is as often told in a clause hung on
    a noun ("Councillor Rosa Mancini, who moved the motion, told the meeting"),
    after an opening phrase the main clause is misread past, or in a subordinate
    clause: a reader comparing who did what reads these too. Spans are counted from
    `offset` (the sentence's start in its source)."""
    own = analyse(words, 0)
    main = main_group(own)
    skip = None if main is None else (main[0].start, main[1].start)
    found = []
    for clause in own.clauses:
        for group in clause.groups:
            if (clause.start, group.start) != skip:
                frame = _frame(_Words(words), own, _Qualifiers((), (), ()), (clause, group))
                found.append(_shifted(frame, offset))
    return tuple(found)


@attrs.frozen
class _Words:
    """What _frame reads of a Context: the text its spans quote."""

    text: str


def _shifted(frame: Frame, by: int) -> Frame:
    """The frame with its spans moved by `by` characters (it has no date, time or place)."""
    return _evolved(
        frame,
        predicate=_moved(frame.predicate, by),
        actor=_moved(frame.actor, by),
        thing=_moved(frame.thing, by),
    )


def _moved(span: Span | None, by: int) -> Span | None:
    return None if span is None else Span(span.start + by, span.end + by, span.text)


def _frame(
    ctx: _HasText, analysis: Analysis, qual: _Qualifiers, found: tuple[Clause, Group]
) -> Frame:
    clause, group = found
    tokens = analysis.tokens
    subject = _pronoun_alone(analysis, noun_phrase_before(analysis, clause, group.start))
    subject = _with_modifier(analysis, clause, subject, _participle(group))
    subject = past_day(analysis, clause, subject)
    if subject is None and not group.passive:
        subject = (
            cleft_doer(analysis, group)
            or _relative_doer(analysis, clause, group)
            or subject_past_relative(analysis, clause, group)
        )
    passive = group.passive
    if subject is None:  # "The race, which carries ..., went off": the race
        subject, passive = antecedent(analysis, clause, group) or (None, passive)
    after = noun_phrase_after(analysis, group.end, clause.end)
    if after is None and not group.passive and group.lemma in _GERUND_TAKING:
        after = _gerund_object(analysis, group.end, clause.end)
    if passive:
        thing, actor = subject, _agent(analysis, clause, group)
    else:
        thing, actor = after, subject
    predicate = Span(tokens[group.start].start, tokens[group.head].end, "")
    date = _chosen(qual.dates, clause, analysis)
    time = _chosen(qual.times, clause, analysis)
    # "did not return until 16:00": the return at 16:00, no denial (not_until.py)
    until = group.negated and any(
        found is not None
        and affirmed_until(
            ctx.text[tokens[clause.start].start : found.start], ctx.text[found.start : found.end]
        )
        for found in (time, date)
    )
    return Frame(
        predicate=_span(ctx, predicate.start, predicate.end),
        lemma=group.lemma,
        negated=(
            (group.negated and not until)
            or subject_negated(analysis, subject)
            or _none_there(tokens, group)
        )
        != denied_report(analysis, group),
        actor=_token_span(ctx, analysis, actor),
        thing=_token_span(ctx, analysis, thing),
        date=_found_span(ctx, date),
        time=_found_span(ctx, time),
        place=_found_span(ctx, _chosen(qual.places, clause, analysis, relative=False)),
        date_value=date.value if date else None,
        time_value=time.value if time else None,
    )


# Prepositions that open a phrase describing the noun before them in a subject
# ("Shares in Cambrian", "Applications to the university", "Demand for power").
_MODIFYING = frozenset("in to for on at".split())
# "Volunteers from the SES", "a well near the farm": an origin or a place, said of
# the noun before it; a subject opened so is that noun alone, since the phrases the
# frames' heads read past are the ones above ("Inspectors from the HSE" are inspectors)
_LEFT_OUT = frozenset("from near".split())


# Pronouns that are a whole subject by themselves: no noun before one belongs to it.
_PERSONAL = frozenset("i you he she it we they".split())


def _pronoun_alone(analysis: Analysis, subject: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "On Monday she will climb", "In winter it is": the subject is the pronoun, not
    the fronted phrase's noun read with it ("Monday she")."""
    if subject is None or subject[1] - subject[0] < 2:
        return subject
    last = analysis.tokens[subject[1] - 1]
    return (subject[1] - 1, subject[1]) if last.lower in _PERSONAL else subject


def _relative_doer(analysis: Analysis, clause: Clause, group: Group) -> tuple[int, int] | None:
    """The doer of a "who" clause, read back over its phrases as a subject is: "a
    nurse from Tralee who put" is the nurse's deed, not Tralee's."""
    doer = relative_doer(analysis, clause, group)
    if doer is None:
        return None
    around = analysis.clause_of(doer[0])
    whole = Clause(around.start if around else 0, doer[1], (), False)
    return _with_modifier(analysis, whole, doer, participle=False)


def _participle(group: Group) -> bool:
    """An -ing form right after its noun ("relatives waiting at the pithead"); a
    past form marked reduced is as often the clause's own verb ("Crews from Prairie
    Electric worked"), and is read as one."""
    return group.bare_ing


def _with_modifier(
    analysis: Analysis, clause: Clause, subject: tuple[int, int] | None, participle: bool
) -> tuple[int, int] | None:
    """The subject with the noun its phrases describe: "Shares in Cambrian fell" is
    said of the shares, not of Cambrian, so the subject runs back over each
    preposition to the noun phrase before it ("of" is read by noun_phrase_before
    itself): "A fire at a data centre in Slough on Tuesday knocked" is said of the
    fire, and keeps only its first phrase ("A fire at a data centre"). A participle
    describes the noun right before it ("applause from relatives waiting"): only
    one "in, to, for, on, at" is read past there."""
    if subject is None:
        return None
    tokens = analysis.tokens
    chain = [subject]  # the noun phrases, from the verb back
    opened_by = ""
    opening = _MODIFYING if participle else _MODIFYING | _LEFT_OUT
    while True:
        at = chain[-1][0] - 1
        if at - 1 < clause.start or tokens[at].lower not in opening:
            break
        noun = tokens[at - 1]
        if noun.tag != WORD and noun.lower not in NEGATIVE_SUBJECTS:
            break  # "nothing in the rules", as "Nothing in the rules", is a subject
        before = noun_phrase_before(analysis, clause, at)
        if before is None:
            break
        chain.append(before)
        opened_by = tokens[at].lower
        if participle:
            break
    if len(chain) == 1:
        return subject
    if opened_by in _LEFT_OUT:
        return chain[-1]
    return (chain[-1][0], chain[-2][1])


# Verbs that state or deny a deed told as a gerund: "denied carrying out the
# strike" denies the strike as "denied the strike" would.
_GERUND_TAKING = frozenset("deny admit acknowledge confirm".split())
_PARTICLES = frozenset("out up off down over away back on in".split())


def _gerund_object(analysis: Analysis, index: int, limit: int) -> tuple[int, int] | None:
    """The object of the gerund at token index or ending the verb's group just
    before it ("denied carrying out the strike": the strike), past its particle."""
    tokens = analysis.tokens
    k = index
    if k < limit and tokens[k].tag == VERB and tokens[k].lower.endswith("ing"):
        k += 1  # the gerund after the verb's group
    if k == 0 or not tokens[k - 1].lower.endswith("ing"):
        return None  # no gerund: "denied it", "confirmed on Monday"
    if k < limit and tokens[k].lower in _PARTICLES:
        k += 1
    return noun_phrase_after(analysis, k, limit)


def _none_there(tokens: Sequence[Token], group: Group) -> bool:
    """'There are no ballots to recount': the existential's noun is negated."""
    return (
        group.lemma == "be"
        and group.start > 0
        and tokens[group.start - 1].lower == "there"
        and group.end < len(tokens)
        and tokens[group.end].lower == "no"
    )


# How far past a passive's verb its "by" may stand, over a short phrase of place or
# time ("was arrested at the scene by Officer Mark Ruiz", "was found last week by").
_AGENT_REACH = 5
# What such a phrase holds: no verb, no comma, no conjunction, no second clause.
_BEFORE_AGENT = frozenset({PREP, DET, WORD, NUM, ADV, POSS})


def _agent(analysis: Analysis, clause: Clause, group: Group) -> tuple[int, int] | None:
    """'were killed by Israeli troops' → Israeli troops; 'was arrested at the scene
    by Officer Mark Ruiz' → Officer Mark Ruiz."""
    tokens = analysis.tokens
    limit = min(clause.end, group.end + _AGENT_REACH + 1)
    for k in range(group.end, limit):
        if tokens[k].lower == "by":
            return noun_phrase_after(analysis, k + 1, clause.end)
        if tokens[k].tag not in _BEFORE_AGENT:
            return None
    return None


_TOKEN_INDEX = itemgetter(1)


def _chosen(
    items: tuple[tuple[Found, int], ...],
    clause: Clause,
    analysis: Analysis,
    *,
    relative: bool = True,
) -> Found | None:
    """The first qualifier inside the clause, else the sentence's only one, unless
    that one is a date or time (`relative`) in a relative clause hung on a noun:
    "Tomas Breil, who in 1988 became the museum's first keeper, has died" dates the
    becoming, not the death. A place there is still taken: read so, it cost a right
    same-fact pair on ECB+ (bench.ecb_facts), a story's places being more often
    shared by its clauses than its days."""
    if not items:
        return None  # most sentences state no date, time or place
    at = bisect_left(items, clause.start, key=_TOKEN_INDEX)
    if at < len(items) and items[at][1] < clause.end:
        return items[at][0]
    if len(items) != 1 or (relative and _in_relative_clause(analysis, items[0][1])):
        return None
    return items[0][0]


# The pronouns that open a clause describing the noun before them.
_RELATIVE_PRONOUNS = frozenset("who whom whose which".split())


def _in_relative_clause(analysis: Analysis, index: int) -> bool:
    """Is the token at `index` in a clause with a verb of its own, after the
    relative pronoun that opens it ("who in 1988 became")?"""
    for clause in analysis.clauses:
        if not clause.start <= index < clause.end or not clause.groups:
            continue
        return any(
            analysis.tokens[k].lower in _RELATIVE_PRONOUNS for k in range(clause.start, index)
        )
    return False


def _found_span(ctx: _HasText, found: Found | None) -> Span | None:
    return _span(ctx, found.start, found.end) if found else None


def _token_span(ctx: _HasText, analysis: Analysis, bounds: tuple[int, int] | None) -> Span | None:
    if bounds is None or bounds[1] <= bounds[0]:
        return None
    tokens = analysis.tokens
    return _span(ctx, tokens[bounds[0]].start, tokens[bounds[1] - 1].end)


def _span(ctx: _HasText, start: int, end: int) -> Span:
    return Span(start, end, ctx.text[start:end])


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    """A quote's words without its quotation marks."""
    while start < end and text[start] in "\"“”‘’'«» ":
        start += 1
    while end > start and text[end - 1] in "\"“”‘’'«» ":
        end -= 1
    return start, end
