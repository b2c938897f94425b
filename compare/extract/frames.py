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
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import attrs

if TYPE_CHECKING:
    from attrs import AttrsInstance

from compare.extract.claims import Claim, Frame, Number, Quote, Span, Statement
from compare.extract.clauses import Analysis, Clause, Group, analyse
from compare.extract.context import Context
from compare.extract.lemmas import classes
from compare.extract.nominal import CHANGE_NOUNS, change_noun, event_noun
from compare.extract.phrases import (
    group_near,
    main_group,
    noun_phrase_after,
    noun_phrase_before,
    subject_negated,
)
from compare.extract.qualifiers import Framed, find_qualifiers, qualifier_claims
from compare.extract.tags import DET, NUM, PRON, PUNCT, WORD, Token
from compare.extract.temporal import Found, parse_published

# Words that belong to a figure rather than to what it counts ("points" only after
# "percentage": "190 points" counts points).
_FIGURE_WORDS = frozenset(
    "% per cent percent percentage million billion trillion thousand hundred "
    "bn m k $ £ € - – a an about some nearly almost around roughly over more than less fewer "
    "up to at least".split()
)
# Adjectives of dimension after a measure: "90 miles wide", "a 40-year-old".
_DIMENSIONS = frozenset(
    "wide long high tall deep old thick away across apart north south east west northeast "
    "northwest southeast southwest aboard onboard".split()  # ("26 crew aboard")
)


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
        analysis = analyse(sentence.text, sentence.start)
        token_at = analysis.token_at
        qual = _Qualifiers(
            tuple([(d, token_at(d.start)) for d in dates]),
            tuple([(t, token_at(t.start)) for t in times]),
            tuple([(p, token_at(p.start)) for p in places]),
        )
        extra.extend(
            qualifier_claims(
                ctx,
                sentence,
                _framed(ctx, analysis, qual, qual.dates),
                _framed(ctx, analysis, qual, qual.times),
                _framed(ctx, analysis, qual, qual.places),
            )
        )
        for position in positions:
            claim = claims[position]
            framed[position] = _evolved(claim, frame=_frame_of(ctx, claim, analysis, qual))
    return framed + extra if as_claims else framed


# attrs.evolve reads the class's fields again for every copy; framing copies every
# claim and most number frames, so each class's init arguments are listed once.
_INIT_FIELDS: dict[type, tuple[tuple[str, str], ...]] = {}
_Record = TypeVar("_Record", bound="AttrsInstance")


def _evolved(record: _Record, **changes: Any) -> _Record:
    """attrs.evolve(record, **changes)."""
    kind = type(record)
    fields = _INIT_FIELDS.get(kind)
    if fields is None:
        fields = tuple((a.name, a.alias) for a in attrs.fields(kind) if a.init)
        _INIT_FIELDS[kind] = fields
    given = {alias: changes.get(name, getattr(record, name)) for name, alias in fields}
    return kind(**given)


def _frame_of(ctx: Context, claim: Claim, analysis: Analysis, qual: _Qualifiers) -> Frame | None:
    if isinstance(claim, Statement):
        found = main_group(analysis)
        return _frame(ctx, analysis, qual, found) if found else None
    if isinstance(claim, Quote):
        inner = _inner(ctx.text, claim.start, claim.end)
        own = _quote_frame(ctx.text[inner[0] : inner[1]])
        if own is not None:
            return _shifted(own, inner[0])
    index = analysis.token_at(claim.start)
    frame = _frame_at(ctx, analysis, qual, index)
    if isinstance(claim, Number) and frame is not None:
        thing = _counted(ctx, analysis, index, claim.end)
        noun = _noun_predicate(analysis, index, thing)
        if noun is not None:
            word = analysis.tokens[noun]
            lemma = classes(word.lower).get("noun", word.lower)
            predicate = _span(ctx, word.start, word.end)
            if word.lower in CHANGE_NOUNS:
                thing = None  # "a 3 percent drop": the figure measures the change
            return _evolved(frame, predicate=predicate, lemma=lemma, thing=thing)
        if thing is None and frame.thing and frame.thing.start <= claim.start < frame.thing.end:
            thing = None  # the clause's object is the figure itself ("rose 60%")
        elif thing is None:
            thing = frame.thing
        frame = _evolved(frame, thing=thing)
    return frame


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


def _frame_at(ctx: Context, analysis: Analysis, qual: _Qualifiers, index: int) -> Frame | None:
    found = group_near(analysis, index)
    return _frame(ctx, analysis, qual, found) if found else None


def _frame(
    ctx: _HasText, analysis: Analysis, qual: _Qualifiers, found: tuple[Clause, Group]
) -> Frame:
    clause, group = found
    tokens = analysis.tokens
    subject = noun_phrase_before(analysis, clause, group.start)
    after = noun_phrase_after(analysis, group.end, clause.end)
    if group.passive:
        thing, actor = subject, _agent(analysis, clause, group)
    else:
        thing, actor = after, subject
    predicate = Span(tokens[group.start].start, tokens[group.head].end, "")
    date, time = _chosen(qual.dates, clause), _chosen(qual.times, clause)
    return Frame(
        predicate=_span(ctx, predicate.start, predicate.end),
        lemma=group.lemma,
        negated=group.negated or subject_negated(analysis, subject) or _none_there(tokens, group),
        actor=_token_span(ctx, analysis, actor),
        thing=_token_span(ctx, analysis, thing),
        date=_found_span(ctx, date),
        time=_found_span(ctx, time),
        place=_found_span(ctx, _chosen(qual.places, clause)),
        date_value=date.value if date else None,
        time_value=time.value if time else None,
    )


def _none_there(tokens: Sequence[Token], group: Group) -> bool:
    """'There are no ballots to recount': the existential's noun is negated."""
    return (
        group.lemma == "be"
        and group.start > 0
        and tokens[group.start - 1].lower == "there"
        and group.end < len(tokens)
        and tokens[group.end].lower == "no"
    )


def _framed(
    ctx: Context, analysis: Analysis, qual: _Qualifiers, found: tuple[tuple[Found, int], ...]
) -> Framed:
    """Each date, time or place with the frame of the clause its token sits in."""
    return [(f, _frame_at(ctx, analysis, qual, index)) for f, index in found]


def _agent(analysis: Analysis, clause: Clause, group: Group) -> tuple[int, int] | None:
    """'were killed by Israeli troops' → Israeli troops."""
    k = group.end
    if k < clause.end and analysis.tokens[k].lower == "by":
        return noun_phrase_after(analysis, k + 1, clause.end)
    return None


def _chosen(items: tuple[tuple[Found, int], ...], clause: Clause) -> Found | None:
    """The first qualifier inside the clause, else the sentence's only one."""
    if not items:
        return None  # most sentences state no date, time or place
    at = bisect_left(items, clause.start, key=lambda item: item[1])
    if at < len(items) and items[at][1] < clause.end:
        return items[at][0]
    return items[0][0] if len(items) == 1 else None


def _found_span(ctx: _HasText, found: Found | None) -> Span | None:
    return _span(ctx, found.start, found.end) if found else None


def _counted(ctx: Context, analysis: Analysis, index: int, end: int) -> Span | None:
    """The noun phrase a figure counts: '26 Somali pirates', 'dozens of people'."""
    tokens = analysis.tokens
    k = index
    while k < len(tokens) and (
        tokens[k].start < end
        or tokens[k].tag == NUM
        or tokens[k].lower in _FIGURE_WORDS
        or (tokens[k].lower in ("point", "points") and tokens[k - 1].lower == "percentage")
        or (tokens[k].text == "," and k + 1 < len(tokens) and tokens[k + 1].tag == NUM)
    ):
        if _spaced_measure(tokens, k) and tokens[k + 1].start >= end:
            if tokens[k].start < end:
                return _token_span(ctx, analysis, (k + 2, k + 3))  # "a 90 - day stay": days
            k += 3  # "three 10 - year sentences": the measure describes the thing
            break
        k += 1  # "12, 000 square feet" written with a spaced thousands separator
    unit = _unit_inside(analysis, index, k)
    if k < len(tokens) and tokens[k].lower == "of":
        k += 1
        while k < len(tokens) and tokens[k].lower in ("the", "those", "these", "its", "their"):
            k += 1
    window = min(len(tokens), k + 12)
    limit = next(
        (j for j in range(k, window) if tokens[j].tag == PUNCT and not _joins(tokens, j)),
        window,
    )
    bounds = noun_phrase_after(analysis, k, limit)
    if bounds is None:
        return _token_span(ctx, analysis, unit)  # "2,000 feet" read as one figure
    bounds = _coordinated(analysis, bounds, limit)
    # Stop at the first determiner after the head ("students the"), and before words
    # that describe the measure rather than name a thing ("90 miles wide").
    a, b = bounds
    for j in range(a + 1, b):
        # ... and before a direction: "150 nautical miles west of Aden"
        if tokens[j].tag in (DET, PRON) or tokens[j].lower in _DIMENSIONS:
            b = j
            break
    while b > a + 1 and _trailing(tokens[b - 1].lower):
        b -= 1
    return _token_span(ctx, analysis, (a, b))


def _coordinated(analysis: Analysis, bounds: tuple[int, int], limit: int) -> tuple[int, int]:
    """Two names joined before their noun: "23 Somali and Yemeni pirates"."""
    tokens = analysis.tokens
    a, b = bounds
    if (
        b + 2 < limit
        and tokens[b].lower in ("and", "or")
        and tokens[b - 1].text[0].isupper()
        and tokens[b + 1].text[0].isupper()
        and tokens[b + 1].tag == WORD
    ):
        more = noun_phrase_after(analysis, b + 1, limit)
        if more is not None and more[1] > b + 2:
            return a, more[1]
    # "12 Somali and 11 Yemeni pirates": the noun after the second figure is the head
    if (
        b + 3 < limit
        and tokens[b].lower in ("and", "or")
        and tokens[b + 1].tag == NUM
        and all(t.text[0].isupper() for t in tokens[a:b])
    ):
        more = noun_phrase_after(analysis, b + 2, limit)
        if more is not None and more[1] > b + 3:
            return more[1] - 1, more[1]
    return bounds


def _trailing(lower: str) -> bool:
    """A word that ends a counted phrase without naming the thing: "of", a dimension
    ("90 miles wide"), an adverb ("27 stations abroad"), an adjective ("seats
    available"), a hyphenated participle ("24 hours double-locked")."""
    if lower == "of" or lower in _DIMENSIONS:
        return True
    if "-" in lower and lower.endswith("ed"):
        return True
    found = classes(lower)
    if "adj" in found and "noun" not in found and "verb" not in found:
        return True  # "one of the people responsible": an adjective after its noun
    return "adv" in found and "noun" not in found and "adj" not in found


def _spaced_measure(tokens: Sequence[Token], j: int) -> bool:
    """A figure, a spaced hyphen and a unit: "90 - day", as tokenised news writes "90-day"."""
    return (
        j >= 0
        and j + 2 < len(tokens)
        and tokens[j].tag == NUM
        and tokens[j + 1].text == "-"
        and tokens[j + 2].tag == WORD
    )


def _joins(tokens: Sequence[Token], j: int) -> bool:
    """A hyphen inside a name with a number ("AK - 47 rifles"), not a dash."""
    return tokens[j].text in "-–" and j + 1 < len(tokens) and tokens[j + 1].tag == NUM


def _unit_inside(analysis: Analysis, index: int, end: int) -> tuple[int, int] | None:
    """A unit the number reader kept inside the figure ("2, 000 feet")."""
    tokens = analysis.tokens
    for j in range(index + 1, end):
        if tokens[j].lower in ("point", "points") and tokens[j - 1].lower == "percentage":
            continue
        if tokens[j].tag == WORD and tokens[j].lower not in _FIGURE_WORDS:
            return j, j + 1
    return None


def _noun_predicate(analysis: Analysis, index: int, thing: Span | None) -> int | None:
    """A noun that states the figure's fact (nominal.py): its token index."""
    event = event_noun(analysis, index)
    if event is not None or thing is None:
        return event
    tokens = analysis.tokens
    at = analysis.token_at(thing.start)
    head = at
    while head + 1 < len(tokens) and tokens[head + 1].end <= thing.end:
        head += 1
    return change_noun(analysis, index, head) if head <= at + 1 else None


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
