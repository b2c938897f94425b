"""Where each claim kind's matcher and judge are registered: the engine's one list.

A *matcher* proposes scored pairs of claims of one kind from different sources:
``matcher(claims, options) -> [(score, i, j), ...]``. A *judge* says what an
aligned group shows: ``judge(members, options) -> Judgement`` (verdict, conflict
type, severity, title). `align` runs every registered kind; `check` and the
reports read the judges' output, so nothing else decides verdicts by kind.

A new kind is added with `register_kind`, another matcher for an existing kind
(an optional model, say) with `register_matcher`; neither edits this module.
Optional extras register through entry points, read once on first use:

    [project.entry-points."claimdiff.kinds"]
    mykind = "mypackage.claimdiff:KIND"          # a KindSpec
    [project.entry-points."claimdiff.matchers"]
    embeddings = "mypackage.claimdiff:MATCHER"   # a MatcherSpec
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import cache
from importlib import metadata
from typing import Any

import attrs

from compare.align.model import Judgement
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import ENTRY_POINT_KINDS, ENTRY_POINT_MATCHERS, Options
from compare.errors import OptionError

Pairs = Iterable[tuple[float, int, int]]
# Claims are typed Any here: each kind's functions take their own claim class.
Matcher = Callable[[Sequence[Any], Options], Pairs]
Judge = Callable[[Sequence[Any], Options], Judgement]
# A judge that also reads the other claims in each member's sentence (a statement's
# figures, dates, times and places): judge(members, options, sentences).
SentenceJudge = Callable[[Sequence[Any], Options, SentenceClaims], Judgement]
# A matcher that also reads the other claims in each claim's sentence (the clauses a
# statement's figures, dates and places sit in): matcher(claims, options, sentences).
SentenceMatcher = Callable[[Sequence[Any], Options, SentenceClaims], Pairs]
# Within one source, claims that repeat another (a standfirst echoing the body):
# returns (claims to match, [(repeat, original), ...]).
Distinct = Callable[[list[Any]], tuple[list[Any], list[tuple[Any, Any]]]]


def _no_repeats(claims: list[Any]) -> tuple[list[Any], list[tuple[Any, Any]]]:
    return claims, []


def _always(options: Options) -> bool:
    return True


def _ready() -> None:
    return None


@attrs.frozen(kw_only=True)
class KindSpec:
    """How one claim kind is aligned and judged."""

    kind: str
    matcher: Matcher
    judge: Judge
    distinct: Distinct = _no_repeats
    # Whether a group holds at most one claim per source (statements make it an option).
    one_to_one: Callable[[Options], bool] = _always
    # Used instead of `judge` by `align`, which knows every claim of every sentence.
    sentence_judge: SentenceJudge | None = None
    # Used instead of `matcher` by `align`, which knows every claim of every sentence.
    sentence_matcher: SentenceMatcher | None = None
    # A pair that complete linkage keeps out of its claims' groups still stands as
    # a group of two (grouping.group's `leftover_pairs`).
    leftover_pairs: bool = False
    # A pair of the kind's own matcher scoring under this joins no group: it stands
    # as a pair of two, shown only when it agrees (grouping.group_apart).
    pairs_only_under: float = 0.0
    # A claim the kind's own matcher pairs with one group's member, but complete linkage
    # kept out of the group, stands beside it as a pair of two, judged on its own and
    # kept when it differs, if this says the two claims firmly state one fact
    # (grouping.outsider_pairs).
    outsider: Callable[[Any, Any], bool] | None = None
    # A grouped alignment the judge leaves unchecked for one member only keeps its
    # agreeing rest; the odd member is judged against them on its own (odd_members.py).
    odd_member_apart: bool = False
    # A matcher's pair of two claims each other's closest (mutual_best.py) that the
    # grouping put apart is taken back from groups of two when it agrees
    # (closest_swaps.py).
    swaps_closest: bool = False
    # The kind's own matcher's sure pairs the grouping left apart, where one claim has
    # no counterpart in the other's source: an article telling one fact twice
    # (repeated_facts.py); shown only when they agree.
    repeats_facts: bool = False
    # Two claims of two articles that each agree with one claim of two further
    # articles (repeated_facts.HUBS) and share the model's cover floor are paired when
    # one has no counterpart in the other's article (repeated_facts.py).
    bridges_facts: bool = False


@attrs.frozen(kw_only=True)
class MatcherSpec:
    """A further matcher for a kind; its pairs join those of the kind's own matcher.
    With `on_request`, it runs only when its name is in `Options.matchers` (an
    optional model that costs time, say)."""

    kind: str
    name: str
    matcher: Matcher
    on_request: bool = False
    # Raises a ClaimdiffError saying what to install when the matcher cannot run;
    # called when it is requested, before any article is read.
    check_ready: Callable[[], None] = _ready
    # Used instead of `matcher` by `align`, which knows every claim of every sentence.
    sentence_matcher: SentenceMatcher | None = None
    # A pair it proposes that the grouping leaves apart (one sentence holding two
    # facts meets a counterpart for each) is judged on its own and kept as a further
    # alignment when it differs. Only for matchers that pair what differs.
    apart: bool = False


# A matcher across two kinds: matcher(claims, options, sentences) -> scored pairs of
# claims of different kinds (one of each), for claims no matcher of their own kind paired.
CrossMatcher = Callable[[Sequence[Any], Options, SentenceClaims], Pairs]


@attrs.frozen(kw_only=True)
class CrossKindSpec:
    """Pairs one fact told as a claim of one kind in one source and of another kind
    in another (a direct quote / the same words as a statement). It runs after every
    kind's own matchers, on the claims they left unpaired, one partner per claim,
    best first; a pair is kept only when `judge` finds it agrees, so a pairing across
    kinds never makes a discrepancy. With `differs`, the other way round: a pair is
    kept only when `judge` finds a discrepancy it could check (a matcher of the
    leftovers that pairs what differs, never an agreement)."""

    name: str
    kinds: tuple[str, str]
    kind: str  # the kind the alignment is shown as
    matcher: CrossMatcher
    judge: SentenceJudge
    differs: bool = False
    # Statements already in a statement alignment are offered too (the other kind's
    # claims must still be free): a reported saying paired on its speaker's name with
    # another of that speaker's sentences may yet be the quote's own report.
    paired_statements: bool = False
    # With `differs`: no pair of two sentences an alignment already reports with the
    # same conflict (a statement pair whose judge read the two days): one discrepancy,
    # one finding.
    once_per_sentences: bool = False
    # Without `differs`: no pair of two sentences an alignment already shows agreeing
    # (a quote's sentence whose statement a statement matcher paired with the
    # reported saying): one agreement, one ✓.
    agreed_once: bool = False


_KINDS: dict[str, KindSpec] = {}
_MATCHERS: dict[str, list[MatcherSpec]] = {}
_CROSS: dict[str, CrossKindSpec] = {}
_loaded = False


def register_kind(spec: KindSpec, *, replace: bool = False) -> None:
    """Add a kind (or, with `replace`, swap the matcher and judge of a known one)."""
    if spec.kind in _KINDS and not replace:
        raise ValueError(f"claim kind {spec.kind!r} is already registered")
    _KINDS[spec.kind] = spec


def register_matcher(spec: MatcherSpec) -> None:
    known = _MATCHERS.setdefault(spec.kind, [])
    if all(m.name != spec.name for m in known):
        known.append(spec)


def register_cross_kind(spec: CrossKindSpec) -> None:
    """Add (or, under a known name, replace) a matcher across two kinds."""
    _CROSS[spec.name] = spec


def cross_kinds() -> list[CrossKindSpec]:
    """The matchers across kinds, in the order they were registered."""
    kinds()
    return list(_CROSS.values())


def kinds() -> dict[str, KindSpec]:
    """Every registered kind, in the order they were registered (built-ins first)."""
    _load()
    return _KINDS


def kind_spec(kind: str) -> KindSpec | None:
    return kinds().get(kind)


def matchers(
    kind: str, requested: Collection[str] = (), sentences: SentenceClaims | None = None
) -> list[Matcher]:
    """The kind's own matcher, then the further ones registered for it: those
    that run always, and those `on_request` whose name is in `requested`. With
    `sentences`, a matcher that reads them gets them."""
    return [matcher for matcher, _ in flagged_matchers(kind, requested, sentences)]


def flagged_matchers(
    kind: str, requested: Collection[str] = (), sentences: SentenceClaims | None = None
) -> list[tuple[Matcher, bool]]:
    """`matchers`, each with whether its pairs may stand apart from the groups
    (`MatcherSpec.apart`)."""
    spec = kinds().get(kind)
    extra = [
        (_with_sentences(m, sentences), m.apart)
        for m in _MATCHERS.get(kind, [])
        if not m.on_request or m.name in requested
    ]
    return ([(_with_sentences(spec, sentences), False)] if spec else []) + extra


def _with_sentences(spec: KindSpec | MatcherSpec, sentences: SentenceClaims | None) -> Matcher:
    matcher = spec.sentence_matcher
    if matcher is None or sentences is None:
        return spec.matcher
    known = sentences

    def in_context(claims: Sequence[Any], options: Options) -> Pairs:
        return matcher(claims, options, known)

    return in_context


def further_matchers(kind: str) -> list[MatcherSpec]:
    """The matchers registered for a kind besides its own, with their names."""
    kinds()
    return list(_MATCHERS.get(kind, []))


def optional_matchers() -> list[str]:
    """The names a user can request (`--matcher NAME`)."""
    kinds()
    return sorted({m.name for specs in _MATCHERS.values() for m in specs if m.on_request})


def check_requested(requested: Collection[str]) -> None:
    """An OptionError naming the first requested matcher nobody registered, or
    the requested matcher's own error when its packages are missing."""
    kinds()  # the entry points, read once
    known = {m.name: m for specs in _MATCHERS.values() for m in specs if m.on_request}
    for name in requested:
        if name not in known:
            names = ", ".join(optional_matchers())
            raise OptionError(f"unknown matcher {name!r} (known: {names or 'none'})")
        known[name].check_ready()


def judge(kind: str, members: Sequence[Any], options: Options | None = None) -> Judgement:
    """The registered judge's verdict on claims of one kind (used by `check` for a pair)."""
    spec = kinds().get(kind)
    if spec is None:
        raise KeyError(f"no judge registered for claim kind {kind!r}")
    return spec.judge(members, options or Options())


def _load() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    # The built-in kinds register themselves on import.
    from compare.align import builtin  # noqa: F401

    for entry in _entry_points(ENTRY_POINT_KINDS):
        kind = _load_entry(entry)
        if isinstance(kind, KindSpec):
            register_kind(kind, replace=True)
    for entry in _entry_points(ENTRY_POINT_MATCHERS):
        matcher = _load_entry(entry)
        if isinstance(matcher, MatcherSpec):
            register_matcher(matcher)
    # The matchers' modules, classes and compiled patterns, just made, live as long
    # as the process: moved out of the cycle collector's reach, they are not walked
    # again by each collection a comparison sets off (~0.03 s of CPU of a process's
    # first comparison). Once per process; what is alive now is never collected as
    # a cycle, so a long-lived caller's pending cycles go first.
    gc.collect()
    gc.freeze()


def _entry_points(group: str) -> list[metadata.EntryPoint]:
    return [entry for entry in _installed_entry_points() if entry.group == group]


@cache
def _installed_entry_points() -> tuple[metadata.EntryPoint, ...]:
    """Every installed distribution's entry points of both groups, read once: each
    reading scans all of site-packages (~0.01 s CPU of a process's first compare)."""
    installed = metadata.entry_points()
    groups = (ENTRY_POINT_KINDS, ENTRY_POINT_MATCHERS)
    return tuple(entry for group in groups for entry in installed.select(group=group))


def _load_entry(entry: metadata.EntryPoint) -> object:
    """An extra that fails to import is skipped with one line on stderr: the
    built-in kinds still work."""
    try:
        return entry.load()
    except Exception as error:  # a broken optional extra must not stop a comparison
        print(f"claimdiff: skipping extension {entry.name!r}: {error}", file=sys.stderr)
        return None
