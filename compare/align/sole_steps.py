"""Each article's only moment of one step of a story, told in the words of its trade.

Some moments a report tells once, and outlets tell them in words that share none:
the start of a game ("The match kicked off at 18:00" / "The game started at 8pm",
play_starts.py), a court's decision ("A court on Tuesday ordered the landlord to
repay" / "In a ruling handed down on 23 November", court_decisions.py). The event
matchers (same_event_days.py) tie two clauses by their verbs and a participant in
common; these share neither. Here a reading names the step a date or time is of,
and two articles' moments of one step are paired when:

- each is its article's only moment of the reading's steps, of its kind (one value
  among its times, or among its dates): an article that tells two games, a trial's
  verdict and its sentence, or a planned start and a delayed one leaves its
  moments to the other matchers;
- both are of one step (a verdict is no sentence), and at least one is told by
  the trade's own words (`anchored`: "the 6pm start" alone may be of anything);
- nothing parts them: the reading's own test (`apart`: two contests), a negation
  on one side, a saying's day, a state or a plan against a deed, two days, a
  weekday the calendar may put on the other's day, values told too loosely or in
  zones too uncertain to differ.

The pairs are for CrossKindSpecs with `differs`: they run after every other matcher
on claims nothing paired, are shown only when the time (or date) judge finds the
two differ, and never make an agreement.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from compare.align.closest_day_clashes import agree_loosely, dated_event, one_precision
from compare.align.event_times import decided, ongoing, planned
from compare.align.same_days import dates_a_saying, days_apart
from compare.align.same_event_days import told_apart
from compare.align.sentence_claims import SentenceClaims
from compare.extract.claims import Claim, Date, Time

StepOf = Callable[[Claim], "str | None"]


def sole_step_pairs(
    claims: Sequence[Claim],
    sentences: SentenceClaims,
    step_of: StepOf,
    score: float,
    *,
    anchored: Callable[[Claim], bool] | None = None,
    apart: Callable[[Claim, Claim], bool] | None = None,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of two articles' only moments of one step among `claims`
    (those nothing paired), as the module's docstring reads them. Without `anchored`
    every moment of a step is told in its trade's words; without `apart` the reading
    parts no two moments of one step."""
    every = sentences.claims() or list(claims)
    steps: dict[tuple[str, type], list[tuple[str, Claim]]] = defaultdict(list)
    told_in: set[tuple[str, int, type]] = set()
    for claim in every:
        if not isinstance(claim, (Date, Time)):
            continue
        step = step_of(claim)
        if step is None or not dated_event(claim, sentences):
            continue
        sentence = (claim.source, claim.sentence_start, type(claim))
        if sentence not in told_in:  # "at 7:05 p.m. local time, 0105 GMT": one moment
            told_in.add(sentence)
            steps[(claim.source, type(claim))].append((step, claim))
    only = {
        key: told[0]
        for key, told in steps.items()
        if len({getattr(c, "value", None) for _, c in told}) == 1
    }
    free = {id(c): i for i, c in enumerate(claims)}
    pairs = []
    firsts = sorted(only.items(), key=lambda item: item[0][0])
    for x, ((source_a, kind_a), (step_a, a)) in enumerate(firsts):
        for (source_b, kind_b), (step_b, b) in firsts[x + 1 :]:
            if source_a == source_b or kind_a is not kind_b or step_a != step_b:
                continue
            if id(a) not in free or id(b) not in free:
                continue
            if not one_precision(a, b) or not decided(a, b) or agree_loosely(a, b):
                continue
            if not told_apart(a, b):
                continue
            if anchored is not None and not (anchored(a) or anchored(b)):
                continue
            if moments_parted(a, b, sentences) or (apart is not None and apart(a, b)):
                continue
            i, j = sorted((free[id(a)], free[id(b)]))
            pairs.append((score, i, j))
    return pairs


def moments_parted(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    """The day matchers' guards that read one step as two moments: a negation on
    one side, a saying's day, a state or a plan against a deed, two days."""
    fa, fb = a.frame, b.frame
    if fa is not None and fb is not None and fa.negated != fb.negated:
        return True
    if dates_a_saying(a) or dates_a_saying(b):
        return True
    if ongoing(a) != ongoing(b) or planned(a) != planned(b):
        return True
    return isinstance(a, Time) and days_apart(a, b, sentences)
