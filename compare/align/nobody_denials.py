"""A subject that denies: "No one affected is known to have since been diagnosed
with the disease" says of the group what "have not been diagnosed" says, against
"Two of those affected have since been diagnosed with the disease"; "None of the
crates had been opened" against "Three of the crates were opened".

denied_cores reads a "not" or a "never" before the head; here the negation is the
subject's own ("no one", "nobody", "none of the N", "no N"), and the head is the
first verb or adjective after the auxiliaries, adverbs and a verb of report or
seeming that carries it ("is known to have been", "is thought to have"). The
subject's words are those after the quantifier ("affected", "crates"), none for a
bare "no one", so what follows the head must then tie the two (closest_polarity's
one-thing test). The perfect ("has been", "is known to have been") tells no time
apart from the past. Left alone: a quantifier that is not the clause's first word
("gave no one a refund": an object), "not only", a modal or a condition (no fact).
"""

from __future__ import annotations

from compare.align.denied_cores import OBJECT_WINDOW, Core, content_word, every_clause
from compare.align.word_contradictions import word_root
from compare.align.words import TEXTS_REMEMBERED, remembered
from compare.extract.lemmas import classes

_AUXILIARIES = frozenset(
    "is are am was were be been being has have had do does did will would shall".split()
)
_MODALS = frozenset("can could may might must should ought if unless whether until".split())
_PAST = frozenset({"was", "were", "did"})
_PRESENT = frozenset({"is", "are", "am", "do", "does"})
_PERFECT = frozenset({"has", "have", "had"})
_BE = frozenset("be been being was were is are am".split())
# Adverbs between the auxiliaries and the head: no content of the fact.
_ADVERBS = frozenset("yet still already ever even also just since so far".split())
# Verbs that carry a clause's predicate told as reported or seeming: "is known to have".
_CARRIERS = frozenset(
    "known thought believed reported said understood expected seen alleged".split()
)
_MAX_SUBJECT = 4  # words of the subject after the quantifier


def _subject_end(ws: tuple[str, ...], start: int) -> int | None:
    """Where the subject after the quantifier ends: at the first auxiliary, or at
    the first inflected verb when no auxiliary comes within reach."""
    for k in range(start, min(len(ws), start + _MAX_SUBJECT + 1)):
        if ws[k] in _AUXILIARIES:
            return k
    for k in range(start, min(len(ws), start + _MAX_SUBJECT + 1)):
        verb = classes(ws[k]).get("verb")
        if verb is not None and verb != ws[k]:
            return k
    return None


def _carries(ws: tuple[str, ...], k: int) -> bool:
    """Is the word at k an auxiliary, an adverb or a carrier before the head?"""
    w = ws[k]
    if w in _AUXILIARIES or w in _ADVERBS or w == "to":
        return True
    return w in _CARRIERS and k + 1 < len(ws) and ws[k + 1] == "to"


@remembered(TEXTS_REMEMBERED)
def nobody_denials(text: str) -> tuple[Core, ...]:
    """The cores of clauses whose subject denies ("no one", "nobody", "none of
    the N", "no N"), each with the head it denies of the subject."""
    found = []
    for clause in every_clause(text):
        ws = clause.words
        if len(ws) < 3 or any(w in _MODALS or w.removesuffix("n't") in _MODALS for w in ws):
            continue
        if ws[0] == "no" and ws[1] == "one":
            start = 2
        elif ws[0] in ("nobody", "none"):
            start = 1 + (ws[1] == "of")
        elif ws[0] == "no":
            start = 1
        else:
            continue
        if "only" in ws or "not" in ws or any(w.endswith("n't") for w in ws):
            continue
        end = _subject_end(ws, start)
        if end is None:
            continue
        subject = frozenset(word_root(w) for w in ws[start:end] if content_word(w))
        k = end
        while k < len(ws) and _carries(ws, k):
            k += 1
        chain = ws[end:k]
        if k >= len(ws) or not content_word(ws[k]):
            continue
        found_classes = classes(ws[k])
        if "verb" not in found_classes and "adj" not in found_classes:
            continue
        auxiliaries = [w for w in chain if w in _AUXILIARIES]
        tense = ""
        if not set(auxiliaries) & _PERFECT and auxiliaries:
            tense = (
                "past"
                if auxiliaries[0] in _PAST
                else ("present" if auxiliaries[0] in _PRESENT else "")
            )
        rest = frozenset(word_root(w) for w in ws[k + 1 : k + 1 + OBJECT_WINDOW] if content_word(w))
        passive = bool(auxiliaries) and auxiliaries[-1] in _BE
        future = bool(auxiliaries) and auxiliaries[0] in ("will", "would", "shall")
        said = " ".join(ws[: k + 1])
        found.append(
            Core(
                subject,
                word_root(ws[k]),
                ws[k],
                said,
                rest,
                True,
                passive,
                not subject,
                tense,
                future,
            )
        )
    return tuple(found)
