"""The noun a relative or participle clause is about, as its verb's subject.

A clause cut at "which" or at a comma has no noun phrase right before its verb, so
frames of such clauses had no actor: "The tornado, which tore through town on
Wednesday" (the tornado tore), "The stoppage, which was set to begin at 5am" (the
stoppage was to begin), "The verdict, delivered on Tuesday" (the verdict was
delivered), and the sentence's own verb after such an aside: "The race, which
carries a prize fund of £1 million, went off at 3.40pm" (the race went off). Dates
and times are told in these clauses more than anywhere, and an event's noun is its
subject ("the race went off"), so without it the day or time belonged to no event.

Only "which" and "who" right before the verb (or before its "was set to", "is due
to" chain) open a relative clause here ("Cheeks, who was fired March 2": Cheeks,
the thing of the passive; an active "who" is read by relative_doer); "that"
opens as many clauses of what was said as relative ones ("116-112, a margin that
drew surprise": the figure's clause is not the margin's).
"""

from __future__ import annotations

from compare.extract.clauses import Analysis, Clause
from compare.extract.phrases import noun_phrase_after, noun_phrase_before
from compare.extract.tags import ADV, AUX, CONJ, DET, NUM, POSS, PREP, PUNCT, SUB, VERB, WORD
from compare.extract.verb_groups import Group
from compare.extract.wordlists import CALENDAR_NAMES

_RELATIVE = frozenset({"which", "who"})
# Days and months: "on Tuesday, which" tells of the clause before, not of the day.
_WHEN_WORDS = CALENDAR_NAMES | frozenset({"today", "yesterday"})
_DAY_WORDS = _WHEN_WORDS | frozenset("morning afternoon evening night".split())
# Adjectives of a verb chain before "to": "was due to open", "is likely to close".
_BEFORE_TO = frozenset("due likely about able unable set bound certain sure".split())
# Tokens of a verb chain between a relative pronoun and the verb whose subject it
# is: "which was set to begin", "that had been due to open".
_CHAIN = frozenset({AUX, VERB, ADV})


def antecedent(
    analysis: Analysis, clause: Clause, group: Group
) -> tuple[tuple[int, int], bool] | None:
    """The noun phrase the group's clause is about, and whether it is the thing
    acted on (a passive, or a participle without auxiliary: "The verdict, delivered
    on Tuesday") rather than the doer."""
    tokens = analysis.tokens
    at = _chain_start(analysis, group.start)
    if at > 0 and tokens[at - 1].tag == SUB and tokens[at - 1].lower in _RELATIVE:
        found = _before(analysis, at - 1)
        return (found, group.passive) if found is not None else None
    if at < 1 or tokens[at - 1].text != ",":
        return None
    comma = at - 1
    if group.start == at and _bare_participle(analysis, group):
        # "The verdict, delivered on Tuesday at the courthouse, came ..."
        found = noun_phrase_before(analysis, Clause(clause.start, comma, (), False), comma)
        if found is not None and found[0] == clause.start and _opens(analysis, found[0]):
            return found, True
    found = _after_aside(analysis, comma)
    return (found, group.passive) if found is not None else None


def relative_doer(analysis: Analysis, clause: Clause, group: Group) -> tuple[int, int] | None:
    """The doer of a relative clause's verb: "the man who shot the guard" (the man),
    "Officer Kevin Marsh, who fired" (Officer Kevin Marsh). Only "who", whose
    antecedent is a person and ends right before it; "that" and "which" open as
    many clauses of what was said or done as relative ones."""
    at = group.start - 1
    if at < 1 or analysis.tokens[at].lower != "who":
        return None
    end = _past_comma(analysis, at)
    return noun_phrase_before(analysis, Clause(0, end, (), False), end)


# How far before its "who" a cleft's "It was" may stand, over a doer with its
# phrases and an aside ("It was officers of the coastguard, acting on a tip, who").
_CLEFT_REACH = 20
_CLEFT_BE = frozenset("is was were".split())
# What may stand between a cleft's doer and its "who": the doer's own phrases
# ("the skipper of a trawler from Wick") and an aside set off by commas.
_DESCRIBING = frozenset({PREP, DET, WORD, NUM, POSS})


def cleft_doer(analysis: Analysis, group: Group) -> tuple[int, int] | None:
    """The doer a cleft singles out for its "who" clause: "It was the skipper of a
    trawler from Wick who first spotted" (the skipper of a trawler, not Wick), "It
    was Dana Whitlow, watching from the bridge, who noticed" (Dana Whitlow, not the
    bridge). The noun phrase right after an "It was" that opens its clause."""
    tokens = analysis.tokens
    who = _chain_start(analysis, group.start) - 1
    if who < 3 or tokens[who].lower != "who":
        return None
    for k in range(who - 2, max(-1, who - _CLEFT_REACH), -1):
        if tokens[k].lower != "it" or tokens[k + 1].lower not in _CLEFT_BE:
            continue
        if k > 0 and tokens[k - 1].tag not in (PUNCT, CONJ):
            return None
        focus = noun_phrase_after(analysis, k + 2, who)
        if focus is None or focus[0] != k + 2:
            return None
        return focus if _describes(analysis, focus[1], who) else None
    return None


def _describes(analysis: Analysis, start: int, who: int) -> bool:
    """Are the tokens from start to the "who" phrases of the noun before them,
    and at most one aside between commas?"""
    tokens = analysis.tokens
    k = start
    while k < who and tokens[k].tag in _DESCRIBING:
        k += 1
    if k == who:
        return True
    if tokens[k].text != "," or tokens[who - 1].text != "," or who - 1 <= k + 1:
        return False
    return all(t.text != "," for t in tokens[k + 1 : who - 1])


def subject_past_relative(
    analysis: Analysis, clause: Clause, group: Group
) -> tuple[int, int] | None:
    """The subject of a verb that resumes its clause after a relative clause: "A truck
    driver who had seen the alert found the girl" (A truck driver). The verb opens its
    clause, the clause before it is a "who" clause, and the one before that is the
    bare noun phrase it describes, with no verb of its own (not "Police thanked the
    driver who ...")."""
    if group.start != clause.start:
        return None
    at = analysis.clauses.index(clause) if clause in analysis.clauses else -1
    if at < 2:
        return None
    relative, head = analysis.clauses[at - 1], analysis.clauses[at - 2]
    if analysis.tokens[relative.start].lower != "who" or head.groups:
        return None
    end = _past_comma(analysis, head.end)
    found = noun_phrase_before(analysis, head, end)
    return found if found is not None and found[0] == head.start else None


def _past_comma(analysis: Analysis, at: int) -> int:
    """Where the noun phrase before token `at` ends: before the comma that sets off
    a relative clause ("Officer Kevin Marsh, who"), if there is one."""
    return at - 1 if at > 0 and analysis.tokens[at - 1].text == "," else at


def _chain_start(analysis: Analysis, start: int) -> int:
    """Where the verb chain ending in the group at start begins ("was set to begin"),
    adverbs included."""
    tokens = analysis.tokens
    k = start
    while k > 0 and (
        tokens[k - 1].tag in _CHAIN
        or (tokens[k - 1].lower == "to" and k > 1 and tokens[k - 2].tag in _CHAIN)
        or (tokens[k - 1].lower in _BEFORE_TO and tokens[k].lower == "to")
        or (tokens[k - 1].lower == "to" and k > 2 and tokens[k - 2].lower in _BEFORE_TO)
    ):
        k -= 1
    return k


def _before(analysis: Analysis, relative: int) -> tuple[int, int] | None:
    """The noun phrase right before a relative pronoun (past its comma), not a date
    or a figure ("in May, which cost 300 jobs" tells of the clause, not of May)."""
    tokens = analysis.tokens
    end = _past_comma(analysis, relative)
    if end < 1 or tokens[end - 1].tag != WORD:
        return None
    found = noun_phrase_before(analysis, Clause(0, end, (), False), end)
    if found is None or tokens[found[1] - 1].lower in _WHEN_WORDS:
        return None
    return found if tokens[found[1] - 1].lower.isalpha() else None


def _bare_participle(analysis: Analysis, group: Group) -> bool:
    """A past participle on its own ("delivered", "completed", "taken")."""
    tokens = analysis.tokens
    head = tokens[group.head]
    return (
        group.head == group.start
        and head.tag == VERB
        and head.lower.endswith(("ed", "en"))
        and not group.passive
    )


def _opens(analysis: Analysis, start: int) -> bool:
    """Does the noun phrase open the sentence or a clause after punctuation?"""
    tokens = analysis.tokens
    return start == 0 or tokens[start - 1].tag in (PUNCT, SUB)


def _after_aside(analysis: Analysis, comma: int) -> tuple[int, int] | None:
    """The subject of a verb right after an aside between commas that follows it:
    "The race, which carries a prize fund, went off" (the race); "The audit,
    completed on September 8, found" (the audit)."""
    tokens = analysis.tokens
    aside = analysis.clause_of(comma - 1) if comma > 0 else None
    if aside is None:
        return None
    start = aside.start + 1 if tokens[aside.start].tag == PUNCT else aside.start
    if not _opens(analysis, start):
        return None
    found = noun_phrase_after(analysis, start, comma)
    if found is None or found[0] != start or found[1] + 1 >= comma:
        return None
    if tokens[found[1]].text != ",":
        return None
    opener = tokens[found[1] + 1]
    relative = opener.tag == SUB and opener.lower in _RELATIVE
    # "The audit, completed on ...", "The mayor, having lost the vote, resigned"
    participle = (opener.tag == VERB and opener.lower.endswith(("ed", "en"))) or (
        opener.lower == "having"
    )
    return found if relative or participle else None


def past_day(
    analysis: Analysis, clause: Clause, subject: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The subject past a day set between it and its verb: "A jury on Tuesday
    convicted" is the jury's act, and "Tuesday" no doer."""
    if subject is None:
        return None
    tokens = analysis.tokens
    start, end = subject
    if tokens[end - 1].lower not in _DAY_WORDS:
        return subject
    k = end - 1
    while k > start and tokens[k - 1].tag == WORD and tokens[k - 1].lower in _DAY_WORDS:
        k -= 1
    if k > start and tokens[k - 1].lower == "on":
        return (start, k - 1) if k - 1 > start else None  # "A jury on Tuesday"
    if k == start and start > clause.start and tokens[start - 1].lower == "on":
        return noun_phrase_before(analysis, clause, start - 1)
    return subject


__all__ = ["antecedent", "cleft_doer", "past_day", "relative_doer", "subject_past_relative"]
