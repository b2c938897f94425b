"""Where clauses start (a subject and verb after "and", a relative after its quantifier)
and where a clause that a relative pronoun or a subordinator opened ends and the
sentence's own verb comes again: "The man who killed four people | was sentenced",
"although a handful of people, including two children, were inside" (clauses.py)."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from compare.extract.tags import ADV, AUX, DET, NOUNISH, NUM, POSS, PREP, PRON, SUB, WORD, Token
from compare.extract.wordlists import CLAUSE_OPENERS, QUANTIFIERS, RELATIVES, REPORTING, SAID_TO

if TYPE_CHECKING:
    from compare.extract.verb_groups import Group


def verb_after_asides(
    tokens: list[Token], groups: list[Group], pieces: list[tuple[int, int]], n: int
) -> bool:
    """Whether the verbless piece n's verb comes after asides between commas, right
    after the last comma ("although a handful of people, including two children, were
    inside"): then the piece and its asides are that verb's clause."""
    starts = {g.start for g in groups}
    for a, b in pieces[n + 1 :]:
        if tokens[a].text != ",":
            return False
        if any(a <= s < b for s in starts):
            return a + 1 in starts and tokens[a + 1].tag == AUX
    return False


def resume_main(
    tokens: list[Token], groups: list[Group], pieces: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], set[int]]:
    """Cut a relative clause ("The man who killed four people was sentenced") or a
    phrase of a bare -ing form ("after pulling off an escape was captured") where a
    second verb group with an auxiliary follows with only its noun phrases between:
    that group is the sentence's own verb again, not part of the clause."""
    out: list[tuple[int, int]] = []
    resumed: set[int] = set()
    heads = [g.head for g in groups]
    for a, b in pieces:
        first = tokens[a]
        if first.lower not in RELATIVES and first.lower not in CLAUSE_OPENERS:
            out.append((a, b))  # most pieces: no relative pronoun or opener leads them
            continue
        inside = groups[bisect_left(heads, a) : bisect_left(heads, b)]
        opens = (first.lower in RELATIVES and first.tag == SUB) or (
            first.lower in CLAUSE_OPENERS and bool(inside) and inside[0].bare_ing
        )
        # "who killed", or "which Mr. Reffkin founded": only the subject between
        subject = tokens[a + 1 : inside[0].start] if inside else []
        if (
            not opens
            or len(inside) < 2
            or len(subject) > 4
            or not all(t.tag in (DET, POSS, WORD, PRON) for t in subject)
        ):
            out.append((a, b))
            continue
        if inside[0].lemma in REPORTING or inside[0].lemma in SAID_TO:
            out.append((a, b))  # "who said the men were killed": a reported clause
            continue
        # "who spent the month urging jurors to convict him were not celebrating": an
        # -ing form or an infinitive inside the relative clause is no finite verb.
        n = 1
        while n < len(inside) - 1 and (
            inside[n].bare_ing or tokens[inside[n].start - 1].lower == "to"
        ):
            n += 1
        later = inside[n]
        nonfinite = {k for g in inside[1:n] for k in range(g.start, g.end)}
        between = tokens[inside[0].end : later.start]
        word = tokens[later.head].lower
        with_object = later.end < len(tokens) and tokens[later.end].tag in (DET, NUM, POSS)
        if (
            (
                tokens[later.start].tag == AUX
                or (n == 1 and word in (later.lemma, later.lemma + "s"))
                or (n == 1 and with_object)  # "who was confined to a chair overpowered two"
            )
            and not later.reduced
            and all(
                t.tag in (DET, NUM, POSS, WORD, PREP, ADV)
                or (t.tag == PRON and k and between[k - 1].tag == PREP)
                or (t.tag == PRON and k + 1 < len(between) and between[k + 1].lower == "of")
                or inside[0].end + k in nonfinite
                for k, t in enumerate(between)
            )
            and any(t.tag in (WORD, PRON) or t.lower == "her" for t in between[-2:])
        ):
            out += [(a, later.start), (later.start, b)]
            resumed.add(later.start)
        else:
            out.append((a, b))
    return out, resumed


def quantified(tokens: list[Token], index: int) -> int:
    """Where a relative clause starts: before its quantifier in "two of which were
    positioned", "some of whom were hurt" (the figure is the relative's subject)."""
    if (
        index > 1
        and tokens[index].lower in ("which", "whom")
        and tokens[index - 1].lower == "of"
        and (tokens[index - 2].tag == NUM or tokens[index - 2].lower in QUANTIFIERS)
    ):
        return index - 2
    return index


def starts_clause(tokens: list[Token], index: int, starts: set[int]) -> bool:
    """After "and": a verb ("and wounded two men") or a subject and its verb."""
    # The subject may carry a phrase: "and 50 people with serious injuries were taken".
    for k in range(index, min(index + 8, len(tokens))):
        if k in starts:
            return True
        if tokens[k].tag not in NOUNISH and tokens[k].tag not in (PREP, ADV):
            return False
    return False
