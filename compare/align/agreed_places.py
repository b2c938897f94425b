"""Two places in two sentences already aligned as one fact: "The decider drew a
crowd of 14,200 at Estadio Norte" / "a sellout crowd of 14,200 at Estadio Sur",
"The pact was signed on Friday at the ministry in Ardent" / "Negotiators signed
the text on Friday at the mill in Brask".

The place matchers tie a place to its event's verb, to one noun it is said of, to
a kind of happening or to three shared words. An outlet that tells a fact in its
own words often shares none of those with the other, yet the aligner still joins
the two sentences: a figure of one counted thing told alike, or a statement the
statement judge finds to agree. The judge compares places after "in" only for
towns "in" which a deed was done, since no offline list says which town lies in
which region; so a ✓ may stand over two sentences that place their one fact in
two towns.

Here, once the kinds are aligned, every agreeing statement pair and every
agreeing pair of figures (two sentences, two articles) is read for its
sentences' places: at each level (a venue or named site, or a town: a venue is
never set against the town it stands in, anchored_places._level), when each
sentence gives exactly one place outside quotations, datelines and origins,
those two are set against each other under anchored_places' guards (one place
named anywhere in the other article, a widely known name, another instance, two
days, a plan against a deed, a negation, a departure against an arrival). The
place judge decides; a statement pair becomes the place discrepancy, a pair of
figures keeps its agreement and the two places are shown as differing beside it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from compare.align.anchored_places import _apart, _level
from compare.align.closest_place_clashes import site_candidate
from compare.align.model import AGREE, DIFFER, Alignment, Conflict, Judgement, fingerprint
from compare.align.place_names import named_in, places_fit
from compare.align.place_sites import judge_sites
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.align.sole_kinds import tells_one
from compare.align.words import words
from compare.extract.claims import Claim, Place

# the kinds whose agreement ties two sentences to one fact
_TYING = frozenset({"statement", "number"})


def placed_apart(
    members: Sequence[Claim],
    texts: Mapping[str, str],
    sentences: SentenceClaims,
    options: Options,
) -> tuple[tuple[Place, Place], Judgement] | None:
    """The two places, and the place judge's discrepancy, of two claims of two
    articles whose sentences each give one place of a level that differ."""
    if len(members) != 2 or members[0].source == members[1].source:
        return None
    a, b = members
    for level in ("site", "town"):
        at_a, at_b = _told(a, sentences, level), _told(b, sentences, level)
        if len(at_a) != 1 or len(at_b) != 1:
            continue  # none, or two places of the level: which is the fact's?
        pa, pb = at_a[0], at_b[0]
        if named_in(pa, pb.sentence) or named_in(pb, pa.sentence):
            continue  # "on 117th St. near 97th Ave." / "at 97th Avenue and 117th Street"
        if not _apart(pa, pb, dict(texts), sentences):
            continue
        judgement = judge_sites([pa, pb], options)
        if judgement.verdict == DIFFER:
            return (pa, pb), attrs.evolve(judgement, conflict=Conflict.PLACE)
    return None


def _told(claim: Claim, sentences: SentenceClaims, level: str) -> list[Place]:
    """The places of the claim's sentence at the level, one per place named."""
    found = [
        c
        for c in sentences.of(claim)
        if isinstance(c, Place) and site_candidate(c, after_names=True) and _level(c) == level
    ]
    if not tells_one(found, places_fit):
        return found  # two places: the caller sets them aside
    return found[:1]


def agreed_place_clashes(
    alignments: Sequence[Alignment],
    texts: Mapping[str, str],
    sentences: SentenceClaims,
    options: Options,
) -> list[Alignment]:
    """The alignments with each agreeing statement pair whose sentences place the
    fact apart turned into a place discrepancy, and for each agreeing pair of
    figures likewise a place discrepancy of the two places added beside it."""
    out: list[Alignment] = []
    shown = {frozenset(id(m) for m in a.members) for a in alignments if a.verdict == DIFFER}
    added: list[Alignment] = []
    for alignment in alignments:
        if alignment.verdict != AGREE or str(alignment.kind) not in _TYING:
            out.append(alignment)
            continue
        found = placed_apart(alignment.members, texts, sentences, options)
        if found is None:
            out.append(alignment)
            continue
        (pa, pb), judgement = found
        if str(alignment.kind) == "statement":
            out.append(
                attrs.evolve(
                    alignment,
                    verdict=judgement.verdict,
                    differences=judgement.differences,
                    conflict=judgement.conflict,
                    severity=judgement.severity,
                    title=judgement.title,
                )
            )
            continue
        out.append(alignment)
        key = frozenset((id(pa), id(pb)))
        if any(key <= told for told in shown):
            continue
        shown.add(key)
        pair = (pa, pb)
        added.append(
            Alignment(
                fingerprint("place", *sorted(f"{m.source}:{_said(m)}" for m in pair)),
                "place",
                judgement.verdict,
                alignment.score,
                pair,
                judgement.differences,
                conflict=judgement.conflict,
                severity=judgement.severity,
                title=judgement.title,
            )
        )
    return out + added


def _said(claim: Claim) -> str:
    return " ".join(words(claim.text))
