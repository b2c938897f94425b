"""The subject a clause leaves unsaid, read from the sentence's opening words.

A sentence cut into clauses at punctuation and at words that open a clause loses
the subject of two common shapes of news sentence:
- a main clause resumed after a relative clause: "Fenwick & Vale, which runs 14
  hotels, does not plan to appeal" (the clause "does not plan to appeal" opens
  with its auxiliary; its subject is the opening noun phrase);
- a relative clause right after the opening noun phrase: "Fenwick & Vale, which
  runs 14 hotels" (its subject is that noun phrase);
- a reported clause whose subject is a pronoun standing for the one who reports:
  "Pillar said it would not refund fees", "The union says they will strike".
Both are read only where the shape is plain: the opening noun phrase is the
words before the sentence's first break, and that break is a comma before
"which" or "who" (a relative clause follows the noun phrase), or the reporting
verb "said" / "says" itself. "it" never stands for a noun whose commonest sense
is a kind of person ("The spokeswoman said it would ...": the company, unnamed).
Everything else is left as the clause says it (no subject, or a pronoun that
names no one).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from compare.align.words import words
from compare.extract.people_nouns import counting_nouns, noun_forms

_RELATIVES = frozenset({"which", "who"})
_REPORTING = frozenset({"said", "says"})
_PRONOUNS = frozenset({"it", "he", "she", "they"})
# Words a clause opens with when its subject stands before it: an auxiliary or a
# negator right after a relative clause ("..., does not plan to appeal").
_VERB_OPENINGS = frozenset("is are was were has have had do does did will would not never".split())


_Part = tuple[str, tuple[str, ...]]  # the break before a part, and the part's words


@attrs.frozen
class Clause:
    """One clause's words, and the words of a subject it leaves unsaid (() when
    it says its own or none is found)."""

    words: tuple[str, ...]
    unsaid: tuple[str, ...]


def clauses(
    text: str, breaks: re.Pattern[str], plain: Callable[[str], str], shortest: int = 2
) -> tuple[Clause, ...]:
    """The text cut at `breaks` into clauses of at least `shortest` words, each
    with the subject it leaves unsaid."""
    parts: list[_Part] = []
    start, before = 0, ""
    for match in breaks.finditer(text):
        parts.append((before, tuple(plain(w) for w in words(text[start : match.start()]))))
        start, before = match.end(), match.group(0).lower()
    parts.append((before, tuple(plain(w) for w in words(text[start:]))))
    parts = [(b, ws) for b, ws in parts if ws or b in _REPORTING]
    opening = _opening(parts)
    return tuple(
        Clause(ws, opening if opening and _leaves_unsaid(parts, k, opening) else ())
        for k, (_, ws) in enumerate(parts)
        if len(ws) >= shortest
    )


def _leaves_unsaid(parts: list[_Part], k: int, opening: tuple[str, ...]) -> bool:
    """Whether part k's subject is the opening noun phrase: a pronoun right after
    "said", or an auxiliary or negator right after the relative clause."""
    brk, ws = parts[k]
    if k == 1 and _relative(brk, ws):
        # "The trust, which backed the plan, ...": the relative pronoun stands for the
        # opening noun phrase (a clause that says its own subject, "which the council
        # approved", keeps it: the unsaid one is read only where none is said)
        return True
    if brk in _REPORTING:
        return ws[0] in _PRONOUNS and _stands_for(ws[0], opening)
    return k == 2 and brk == "," and _relative(*parts[1]) and ws[0] in _VERB_OPENINGS


def _opening(parts: list[_Part]) -> tuple[str, ...]:
    """The sentence's opening noun phrase, when a relative clause or "said" follows it."""
    if len(parts) < 2 or not parts[0][1]:
        return ()
    if parts[1][0] in _REPORTING or _relative(*parts[1]):
        return parts[0][1]
    return ()


def _relative(brk: str, ws: tuple[str, ...]) -> bool:
    """Whether a part is a relative clause: opened by "which" or "who" (the break
    itself, or its first word after a comma)."""
    return brk in _RELATIVES or (brk == "," and bool(ws) and ws[0] in _RELATIVES)


def _stands_for(pronoun: str, opening: tuple[str, ...]) -> bool:
    """Whether the pronoun may stand for the opening noun phrase: "it" not for a person."""
    person = any(form in counting_nouns() for form in noun_forms(opening[-1]))
    return not (pronoun == "it" and person)
