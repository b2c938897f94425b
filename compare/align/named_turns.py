"""One named person's deed told and denied, or told with opposite verbs: "The night
foreman, Wessel Venhuis, was acquitted of every count" / "night foreman Wessel Venhuis
was convicted along with the haulier", "Liesl Quellen was among those charged" /
"Liesl Quellen was not among those indicted".

The statement model leaves such pairs apart when the rest of the two sentences
differ (a reason given on one side, a sentence on the other). What ties them is the
doer: the full name nearest before both frames' predicates (a person's name of two
words or more, the same on both sides), and the predicates are one verb denied on
one side only or two opposite verbs (frame_findings.opposed) — the judge's own
reading, asked only of such pairs, must find that negation or opposite, tied to one
actor and thing. A
surname alone ("Venhuis") is not enough: two people of one family, or one person
named in two roles, share it. Pairs apart from the groups, shown only when they
differ.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from compare.align.blocking import cross_source_pairs
from compare.align.frame_findings import opposed
from compare.align.frames import same_predicate
from compare.align.model import Conflict
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.extract import Claim
from compare.extract.claims import Statement
from compare.extract.names import name_mentions, names_a_person, split_title

SCORE = 0.3  # as the other sole-claim matchers: under the word model's pairs
_POLARITY = frozenset({Conflict.NEGATION, Conflict.OPPOSITE})


_SUBJECT_WORDS = 8  # "The bakery's owner, Liesl Quellen, 47, was": the words before the verb


def _doer_names(claim: Claim) -> frozenset[str]:
    """The full name (two words or more, a person's) nearest before the frame's
    predicate among its last words: the subject, active or passive ("Wessel Venhuis
    was acquitted" has no actor). A name owning the subject ("Wessel Venhuis's lawyer
    was") names no doer; a name said before a reporting verb is no nearer than the
    subject after it ("Police in New York said Tom Reed was")."""
    frame = claim.frame
    if frame is None or frame.predicate is None:
        return frozenset()
    end = frame.predicate.start - claim.sentence_start
    if end <= 0:
        return frozenset()
    spans = list(re.finditer(r"\S+", claim.sentence[:end]))[-_SUBJECT_WORDS:]
    if not spans:
        return frozenset()
    named = [
        (m, split_title(m.text)[1])  # "Owner Mira Solberg": the name after the post
        for m in name_mentions(claim.sentence, spans[0].start(), end)
    ]
    named = [(m, core) for m, core in named if len(core.split()) > 1 and names_a_person(core)]
    if not named or named[-1][0].possessive:
        return frozenset()
    return frozenset({named[-1][1]})


def _turned(a: Claim, b: Claim) -> bool:
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not fa.lemma or not fb.lemma:
        return False
    if fa.negated != fb.negated:
        return same_predicate(fa.lemma, fb.lemma)
    # two opposite verbs both denied ("not acquitted" / "not convicted") clash in
    # nothing; two active deeds, one with a thing done and one without ("buys grain"
    # / "sells"), may be done to two things (a passive's subject is its thing)
    active = fa.actor is not None and fb.actor is not None
    if fa.negated or (active and (fa.thing is None) != (fb.thing is None)):
        return False
    return opposed(fa.lemma, fb.lemma)


def named_turn_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of statements of two sources whose frames tell one named doer's deed
    told and denied, or turned opposite, and that the judge finds so."""
    from compare.align.statement_judge import compare_pair

    buckets: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(statements):
        for name in _doer_names(s):
            buckets[name].append(i)
    found = []
    for i, j in cross_source_pairs(buckets.values(), lambda k: statements[k].source):
        a, b = statements[i], statements[j]
        if not _turned(a, b):
            continue
        finding = compare_pair(a, b, sentences)
        if finding is not None and not finding.unpaired and finding.conflict in _POLARITY:
            found.append((SCORE, i, j))
    return found
