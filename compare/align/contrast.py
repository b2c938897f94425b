"""The default statement judge: aligned statements agree unless they contradict.

Frames decide when both statements have one (compare.align.frames: a negated
or an opposite predicate). Without frames, the word diff between the two
sentences stands in, and only a change that is nothing but a contradiction
counts: a negation inserted or removed ("was drunk" / "was not drunk"), or a
word replaced by its opposite ("approved" / "rejected"). Anything else two
aligned statements differ in is paraphrase, and they agree.

The statements matcher's owner may register a fuller judge for the kind
(compare.align.registry.register_kind with replace=True).
"""

from __future__ import annotations

from collections.abc import Sequence

from compare.align.frames import compare_frames
from compare.align.model import Conflict, Difference, Judgement, Severity, Verdict
from compare.align.opposites import are_opposites, is_opposite_word
from compare.align.people import same_person
from compare.align.settings import Options
from compare.align.words import STOPWORDS, word_diff, words
from compare.extract.claims import Claim

NEGATORS = frozenset("not no never none nobody nothing neither nor cannot without".split())
# Words that come and go with a negation ("did not approve" / "approved").
_AUXILIARIES = frozenset("do does did is are was were has have had be been will would".split())


def is_negator(word: str) -> bool:
    return word in NEGATORS or word.endswith("n't")


_PARTS = {"actor": Conflict.ACTOR, "date": Conflict.DATE, "time": Conflict.TIME}


def contradiction(a: Claim, b: Claim) -> tuple[Conflict, str, Severity] | None:
    """The contradiction between two aligned claims' sentences: its type, title and
    severity. The matcher already holds the two for one statement; frames that then
    clash on who, when or where make it a conflict of that part."""
    if a.frame is not None and b.frame is not None:
        match = compare_frames(a.frame, b.frame)
        if match.conflict is not None:
            return match.conflict, match.reason, Severity.CONFLICT
        if match.part == "actor" and a.frame.actor and b.frame.actor:
            # Two named people can't both have done it; two descriptions may be one.
            named = same_person(a.frame.actor.text, b.frame.actor.text) is False
            return Conflict.ACTOR, match.reason, Severity.CONFLICT if named else Severity.VARIANT
        if match.part in _PARTS:
            return _PARTS[match.part], match.reason, Severity.CONFLICT
        if match.part == "place":  # one place may lie inside the other
            return Conflict.PLACE, match.reason, Severity.VARIANT
        return None
    found: tuple[Conflict, str, Severity] | None = None
    for op in word_diff(a.text, b.text):
        if op.op == "equal":
            continue
        wa, wb = words(op.a), words(op.b)
        changed = [w for w in wa + wb if w not in _AUXILIARIES]
        lone_negation = changed and all(is_negator(w) for w in changed) and len(changed) <= 2
        # A lone negation set in or taken out; "not" against "never" is no flip.
        if lone_negation and any(map(is_negator, wa)) != any(map(is_negator, wb)):
            found = found or (
                Conflict.NEGATION,
                f"{op.a or '∅'} → {op.b or '∅'}",
                Severity.CONFLICT,
            )
            continue
        opposite = _opposite_pair(wa, wb) if op.op == "replace" else None
        if opposite is not None:
            x, y = opposite
            rest = [w for w in wa + wb if w not in (x, y) and w not in STOPWORDS]
            if rest:
                return None  # "the Dow rose" / "the Nasdaq fell": another subject too
            found = found or (Conflict.OPPOSITE, f"{x} vs {y}", Severity.CONFLICT)
            continue
        if op.op == "replace" and any(w not in STOPWORDS for w in wa + wb):
            # Other content words replaced: another subject or object ("the Jets won" /
            # "the Dolphins lost"), so an opposite or a negation may not contradict.
            return None
    return found


def _opposite_pair(wa: list[str], wb: list[str]) -> tuple[str, str] | None:
    if len(wa) > 3 or len(wb) > 3:
        return None
    for x in wa:
        if is_opposite_word(x):
            for y in wb:
                if are_opposites(x, y):
                    return x, y
    return None


def judge_statements(members: Sequence[Claim], options: Options | None = None) -> Judgement:
    reference = members[0]
    for other in members[1:]:
        found = contradiction(reference, other)
        if found is not None:
            conflict, title, severity = found
            return Judgement(
                verdict=Verdict.DIFFER,
                differences=(
                    Difference(
                        "text",
                        conflict.value,
                        reference.source,
                        other.source,
                        reference.text,
                        other.text,
                    ),
                ),
                conflict=conflict,
                severity=severity,
                title=title,
            )
    return Judgement(verdict=Verdict.AGREE)
