"""One named person's deed told and denied, or told with opposite verbs: "The site
manager, Nils Amberg, was acquitted of all charges" / "site manager Nils Amberg was
convicted alongside his employer", "Ines Falk was among those arrested" / "Ines
Falk was not among those detained".

The statement model leaves such pairs apart when the rest of the two sentences
differ (a reason given on one side, a sentence on the other). What ties them is the
doer: both frames' subjects hold one full name (two capitalised words or more, the
same on both sides), and the predicates are one verb denied on one side only or two
opposite verbs (frame_findings.opposed) — the judge's own reading, asked only of
such pairs, must find that negation or opposite, tied to one actor and thing. A
surname alone ("Amberg") is not enough: two people of one family, or one person
named in two roles, share it. Pairs apart from the groups, shown only when they
differ.
"""

from __future__ import annotations

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

SCORE = 0.3  # as the other sole-claim matchers: under the word model's pairs
_POLARITY = frozenset({Conflict.NEGATION, Conflict.OPPOSITE})


def full_names(text: str) -> frozenset[str]:
    """Runs of two or more capitalised words in the text ("Nils Amberg"), not at
    its first word (a capitalised opening word may be any word)."""
    found = set()
    run: list[str] = []
    for k, word in enumerate([*text.split(), ""]):
        bare = word.strip(",.;:()\"'\u201c\u201d").removesuffix("'s").removesuffix("\u2019s")
        if k > 0 and bare[:1].isupper() and bare[1:].isalpha() and bare[1:].islower():
            run.append(bare)
            if word.endswith((",", ".", ";", ":")):
                if len(run) > 1:
                    found.add(" ".join(run))
                run = []
            continue
        if len(run) > 1:
            found.add(" ".join(run))
        run = []
    return frozenset(found)


_SUBJECT_WORDS = 8  # "The firm's owner, Ines Falk, 61, was": the words before the verb


def _doer_names(claim: Claim) -> frozenset[str]:
    """The full names among the last words before the frame's predicate (its
    subject, active or passive: "Nils Amberg was acquitted" has no actor)."""
    frame = claim.frame
    if frame is None or frame.predicate is None:
        return frozenset()
    before = claim.sentence[: max(0, frame.predicate.start - claim.sentence_start)]
    return full_names(" " + " ".join(before.split()[-_SUBJECT_WORDS:]))


def _turned(a: Claim, b: Claim) -> bool:
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not fa.lemma or not fb.lemma:
        return False
    if fa.negated != fb.negated:
        return same_predicate(fa.lemma, fb.lemma)
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
