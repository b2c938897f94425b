"""Choosing a claim's verb in an analysed sentence, and the noun phrases around it.

- main_group: the verb of a sentence's main clause (for statements and quotes);
- group_near: the verb of the clause a claim sits in, nearest to it (numbers, dates…);
- noun_phrase_before / after: the subject and object around a verb group.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from operator import attrgetter

from compare.extract.clauses import Analysis, Clause
from compare.extract.lemmas import AUX_LEMMAS, MODALS
from compare.extract.tags import (
    ADV,
    AUX,
    CONJ,
    DET,
    NOUNISH,
    POSS,
    PREP,
    PRON,
    PUNCT,
    VERB,
    WORD,
    Token,
)
from compare.extract.verb_groups import Group
from compare.extract.wordlists import BREAKS, NEGATIVE_SUBJECTS, REPORTING

_START = attrgetter("start")
WINDOW = 40  # tokens: how far from a claim its verb may be
# What may stand between a verb and a figure in its object list ("14 rifles, 31 magazines").
_LIST_GLUE = frozenset(("of", "and", "or", ",", "-", "–", "per", "%", "$", "£", "€"))


def _yields(clause: Clause, group: Group) -> bool:
    """A reduced participle yields to a later verb of its clause ("the navy patrolling
    the gulf thwarted", "countries surveyed in May showed")."""
    if not group.reduced:
        return False
    if clause.last_finite > group.start:
        return True
    return group.bare_ing and clause.last_tensed > group.start


def main_group(analysis: Analysis) -> tuple[Clause, Group] | None:
    """The main clause's verb: not in a subordinate clause, not a reporting verb."""
    with_verbs = [c for c in analysis.clauses if c.groups]
    if len(with_verbs) == 1 and len(with_verbs[0].groups) == 1:
        return with_verbs[0], with_verbs[0].groups[0]  # one verb: nothing to rank
    tokens = analysis.tokens
    clefted = _cleft(analysis)
    if clefted is not None:
        return clefted
    # Each verb is ranked by three marks against it, then by its place; the first verb
    # with no mark ranks first, so the verbs after it need no reading.
    reported: set[int] | None = None  # read only when a subordinate clause has a verb
    ranked = []
    for n, (clause, g) in enumerate((c, g) for c in analysis.clauses for g in c.groups):
        reporting = _reporting(tokens, g, clause) or _parenthetical(tokens, g)
        subordinate = False
        if clause.subordinate:
            if reported is None:
                reported = _reported_clauses(analysis)
            subordinate = clause.start not in reported
        lesser = (
            _yields(clause, g)
            or _nonfinite(analysis, g)
            or _inverted(analysis, clause, g)
            or _naming(tokens, g)
        )
        if not (reporting or subordinate or lesser):
            return clause, g
        ranked.append((reporting, subordinate, lesser, n, clause, g))
    if not ranked:
        return None
    best = min(ranked, key=lambda r: r[:4])
    return best[4], best[5]


# How far past a cleft's "It was" its "who" may stand ("It was the deputy mayor who").
_CLEFT_REACH = 8


def _cleft(analysis: Analysis) -> tuple[Clause, Group] | None:
    """ "It was Dutch police who followed the money": a cleft puts its fact in the
    "who" clause (follow, done by Dutch police); its "It was" only singles out the
    doer. The verb of the first clause after the "who" of an "It" + "be" that opens
    the sentence or a clause, with no verb between."""
    tokens = analysis.tokens
    pairs = [(c, g) for c in analysis.clauses for g in c.groups]
    for _, group in pairs:
        at = group.start - 1
        if group.lemma != "be" or at < 0 or tokens[at].lower != "it":
            continue
        if at > 0 and tokens[at - 1].tag not in (PUNCT, CONJ):
            continue
        for k in range(group.end, min(group.end + _CLEFT_REACH, len(tokens))):
            who = _past_aside(tokens, k) if k > group.end else None
            if who is not None:  # "It was Dana Whitlow, watching from the bridge, who"
                k = who
            if tokens[k].lower == "who" and k > group.end:
                later = [(c, g) for c, g in pairs if g.start > k]
                return later[0] if later else None
            if tokens[k].tag in (VERB, AUX, PUNCT):
                break
    return None


# How long an aside set off by commas between a cleft's doer and its "who" may be.
_ASIDE_REACH = 12


def _past_aside(tokens: Sequence[Token], comma: int) -> int | None:
    """The "who" right after an aside that opens at the comma at token `comma`
    and closes at the next one ("..., watching from the bridge, who")."""
    if tokens[comma].text != ",":
        return None
    for k in range(comma + 1, min(comma + _ASIDE_REACH, len(tokens) - 1)):
        if tokens[k].text == ",":
            return k + 1 if k > comma + 1 and tokens[k + 1].lower == "who" else None
        if tokens[k].tag == PUNCT or tokens[k].lower == "who":
            return None
    return None


_NAMING = frozenset("call name dub".split())


def _naming(tokens: tuple[Token, ...], group: Group) -> bool:
    """'a ransomware crew called Saltmarsh claimed ...': a naming verb between a
    common noun and a name gives the noun its name; the clause's verb comes later.
    ("The mayor called Smith" with no verb after it keeps "called": nothing else
    ranks.)"""
    if group.lemma not in _NAMING or group.passive or group.negated:
        return False
    if group.start == 0 or group.end >= len(tokens):
        return False
    noun, name = tokens[group.start - 1], tokens[group.end]
    return noun.tag == WORD and noun.text.islower() and name.text[:1].isupper()


# Verbs of admitting report what they admit, as "said" does: "admitted (that) the road
# had not been gritted" states that the road had not been gritted. The speaker grants
# it, so the clause is the sentence's fact; with a plain object ("admitted the
# failings", "conceded two goals") or denied ("did not admit wrongdoing") the
# admitting is.
_ADMITTING = frozenset("admit acknowledge concede".split())
# A verb of denying reports the clause it denies, only after "that": "denied that a
# bird strike had damaged the engine" states, of its speaker, that none had (the
# clause's frame is denied: denied_report); "denied the charges", "denied
# responsibility", "denied carrying out the attack" state the denying.
_DENYING = frozenset({"deny"})


def _denies_that(tokens: tuple[Token, ...], group: Group) -> bool:
    return not group.negated and group.end < len(tokens) and tokens[group.end].lower == "that"


def denied_report(analysis: Analysis, group: Group) -> bool:
    """Is the group the verb of a clause a "denied that" reports ("Skyline denied that
    a bird strike had damaged the engine": damage, denied)?"""
    before = [g for c in analysis.clauses for g in c.groups if g.end <= group.start]
    if not before:
        return False
    last = max(before, key=attrgetter("end"))
    return last.lemma in _DENYING and _denies_that(analysis.tokens, last)


# Reporting verbs that also take a plain object: "claimed another title", "announced a
# recall" state the claiming or announcing when nothing was reported after them.
_WITH_OBJECT = frozenset("claim announce confirm declare report".split()) | _ADMITTING


def _reporting(tokens: tuple[Token, ...], group: Group, clause: Clause | None = None) -> bool:
    """A reporting verb, unless it acts on something ("responded to the allegations",
    "reported to the police", "claimed another coach"); "said to"/"told to" still report."""
    if group.lemma in _DENYING:
        return _denies_that(tokens, group)
    if group.lemma not in REPORTING and group.lemma not in _ADMITTING:
        return False
    if group.lemma == "accord":
        return True  # "according to the police" only ever reports
    after = tokens[group.end] if group.end < len(tokens) else None
    if after is None:
        return True
    if group.lemma in ("respond", "reply") and after.lower in ("by", "with"):
        return False  # "responded by opening fire": an act, not words
    if group.negated:
        return False  # "declined to say whether", "I never said I would": the denial is the fact
    if group.passive and after.lower not in ("to", "that") and after.tag != PUNCT:
        return False  # "The fire was reported at 3:33": the reporting is the fact
    if (
        clause is not None
        and group.lemma in _WITH_OBJECT
        # ("announced new rallies"; not "announced Monday that")
        and (after.tag in (DET, POSS) or (after.tag == WORD and after.text.islower()))
        and after.lower not in ("that", "this")
        and group is clause.groups[-1]
    ):
        return False
    return after.lower != "to" or group.lemma in ("say", "tell") or _that_after(tokens, group.end)


def _that_after(tokens: tuple[Token, ...], index: int) -> bool:
    """'confirmed to the AP that ...': the listener, then what was reported."""
    for k in range(index + 1, min(index + 8, len(tokens))):
        if tokens[k].lower == "that":
            return True
        if tokens[k].tag in (VERB, AUX, PUNCT):
            return False
    return False


# Verbs of opinion that stand between commas as an aside: "Some amnesty, I think, is".
_ASIDES = frozenset("think believe guess suppose say know hope fear".split())


def _parenthetical(tokens: tuple[Token, ...], group: Group) -> bool:
    """An aside between commas: ", I think,", ", experts believe,"."""
    if group.lemma not in _ASIDES or group.end >= len(tokens) or tokens[group.end].text != ",":
        return False
    k = group.start - 1
    while k >= 0 and group.start - k <= 3 and tokens[k].tag in (PRON, WORD):
        k -= 1
    return k < group.start - 1 and k >= 0 and tokens[k].text == ","


def _inverted(analysis: Analysis, clause: Clause, group: Group) -> bool:
    """A question's auxiliary before its subject ("Could this rejection happen?"):
    the verb that follows the subject is the clause's own."""
    tokens = analysis.tokens
    return (
        group.head == group.start == clause.start
        and (tokens[group.head].lower in MODALS or AUX_LEMMAS.get(tokens[group.head].lower) == "do")
        and group.end < clause.end
        and tokens[group.end].tag in (DET, POSS, PRON, WORD)
        and any(g.start > group.end for g in clause.groups)
    )


def _reported_clauses(analysis: Analysis) -> set[int]:
    """Starts of the clauses that hold what a reporting verb reported: "told NY1 that
    Kimani was holding ..." (a subordinate clause, but the sentence's fact)."""
    tokens = analysis.tokens
    starts = set()
    for before, clause in zip(analysis.clauses, analysis.clauses[1:], strict=False):
        if before.groups and _reporting(tokens, before.groups[-1]):
            first = next((t for t in tokens[clause.start : clause.end] if t.tag != PUNCT), None)
            if first is not None and first.lower == "that":
                starts.add(clause.start)
    return starts


def _nonfinite(analysis: Analysis, group: Group) -> bool:
    """An infinitive or an -ing form without auxiliary is not a sentence's main verb:
    "To see such a movement coming from ... is disgraceful", "charged with killing X
    has been jailed"."""
    if group.bare_ing:
        return True
    return group.start > 0 and analysis.tokens[group.start - 1].lower == "to"


def group_near(analysis: Analysis, index: int) -> tuple[Clause, Group] | None:
    """The verb of the clause that token index sits in, nearest to it."""
    clause = analysis.clause_of(index)
    if clause is None or not clause.groups:
        return main_group(analysis)
    past_relative = _past_relative(analysis, clause, index)
    if past_relative is not None:
        return past_relative
    # Only verbs near the figure compete (a clause may run for pages in bad input).
    groups = clause.groups
    low = bisect_left(groups, index - WINDOW, key=_START)
    high = bisect_right(groups, index + WINDOW, key=_START)
    near = list(groups[low:high]) or [groups[min(low, len(groups) - 1)]]
    if len(near) == 1:
        return clause, near[0]  # most clauses have one verb: nothing to rank
    tokens = analysis.tokens
    in_phrase = _after_preposition(analysis, clause, index)

    def rank(g: Group) -> tuple[bool, bool, bool, bool, float]:
        # A figure in the verb's object or a phrase after it ("seized 14 rifles, 31
        # magazines and 923 rounds", "fell by 2%", "shot 11 times") or in its subject
        # ("40 people died") belongs to that verb before any other; a participle that
        # yields to its clause's verb only when neither governs. A reporting verb
        # only counts when nothing else does ("added 10 users"; "said 17 people died"
        # is about dying), and a participle after the figure's noun describes it
        # ("two viruses deformed wing virus ...").
        reporting = g.lemma in REPORTING
        if g.start <= index:
            between = tokens[g.end : index]
            governs = all(
                t.tag in NOUNISH or t.tag in (PREP, ADV) or t.lower in _LIST_GLUE for t in between
            )
            # A verb right before the figure ("creating up to 400 jobs") takes it as its
            # object even when a later verb of the clause would otherwise win.
            direct = all(t.lower in _HEDGES or t.tag == DET for t in between)
            yields = _yields(clause, g) and not direct
            return not governs, reporting, yields, False, max(0, index - g.end + 1)
        # "Hundreds of children holding candles gathered": the figure's noun may carry
        # participles that describe it before its own verb.
        inner = [h for h in clause.groups if index < h.start < g.start]
        joined = any(t.tag == CONJ for t in tokens[index + 1 : g.start])
        if inner and all(h.reduced for h in inner) and not joined:
            between = tokens[index + 1 : inner[0].start]
        else:
            between = tokens[index + 1 : g.start]
        # The subject may carry phrases ("the two incidents on consecutive days in
        # the park were not related"); a determiner or pronoun after the figure's noun
        # opens another phrase unless a preposition leads it in.
        # An infinitive after the figure never has it as subject ("add ten users in
        # Asia to make up for ...").
        infinitive = tokens[g.start - 1].lower == "to"
        governs = (
            not in_phrase
            and not infinitive
            and all(
                (t.tag in NOUNISH and (t.tag not in (DET, PRON) or tokens[k - 1].tag == PREP))
                or t.tag in (ADV, PREP)
                or (t.tag == PUNCT and t.text not in BREAKS)  # "Mt. Cook", "Aoraki - Mt"
                for k, t in enumerate(between, start=index + 1)
            )
        )
        return not governs, reporting, _yields(clause, g), g.reduced, g.start - index - 0.5

    return clause, min(near, key=rank)


def _past_relative(analysis: Analysis, clause: Clause, index: int) -> tuple[Clause, Group] | None:
    """The verb after a relative clause between commas that follows the figure's noun:
    "The two jurors, who did not give their names, said ..." -> said."""
    tokens = analysis.tokens
    first = clause.groups[0]
    if first.start <= index:
        return None
    comma = next(
        (
            k
            for k in range(index + 1, first.start - 1)
            if tokens[k].text == "," and tokens[k + 1].lower in ("who", "which")
        ),
        None,
    )
    if comma is None or any(
        t.tag not in NOUNISH and t.tag != ADV and t.text != "," for t in tokens[index + 1 : comma]
    ):
        return None
    at = max(0, bisect_right(analysis.clause_starts, clause.start) - 1)
    for later in analysis.clauses[at + 1 : at + 4]:
        if later.groups and not later.subordinate and tokens[later.start].text == ",":
            group = later.groups[0]
            if group.start <= later.start + 2:
                return later, group
    return None


# Hedges before a figure: "by about 2,000", "set by more than 30".
_HEDGES = frozenset(
    "about around nearly almost some roughly approximately just only over under more less "
    "fewer than up to at least as many much".split()
)


def _after_preposition(analysis: Analysis, clause: Clause, index: int) -> bool:
    """Whether the figure is the object of a preposition ("set by three teenagers"),
    so it cannot be the subject of a verb after it; "between X and Y" can."""
    tokens = analysis.tokens
    k = index - 1
    while k >= clause.start and tokens[k].lower in _HEDGES:
        k -= 1
    if k < clause.start:
        return False  # "up to 400 people were hired": the hedges open the clause
    word = tokens[k]
    return word.tag == PREP and word.lower not in ("between", "of", "than")


def noun_phrase_before(analysis: Analysis, clause: Clause, index: int) -> tuple[int, int] | None:
    """The noun phrase that ends right before token index (a subject), as token bounds."""
    tokens = analysis.tokens
    k = index - 1
    while k >= clause.start and tokens[k].tag == ADV:
        k -= 1
    end = k + 1
    start = end
    while k >= clause.start:
        tag = tokens[k].tag
        if tag in NOUNISH or (tokens[k].lower == "of" and start < end):
            start = k
            if tag == DET and not (k > clause.start and tokens[k - 1].lower == "of"):
                break
            k -= 1
            continue
        if tag == CONJ and start < end and k > clause.start and tokens[k - 1].tag == WORD:
            start = k  # "Paul Riva and Alan Steinberg"
            k -= 1
            continue
        break
    while start < end and tokens[start].lower in ("of", "and"):
        start += 1
    return (start, end) if start < end else None


def noun_phrase_after(analysis: Analysis, index: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase that starts at token index (an object), as token bounds."""
    tokens = analysis.tokens
    k = index
    while k < limit and tokens[k].tag == ADV:
        k += 1
    start = k
    if k + 1 < limit and tokens[k].tag == VERB and tokens[k + 1].tag == WORD:
        k += 1  # "by falling rock": a participle used as an adjective
    while k < limit:
        tag = tokens[k].tag
        nounish = tag in NOUNISH and not (tag == DET and k > start and tokens[k - 1].lower != "of")
        # "AK-47 rifles" written "AK - 47 rifles"
        nounish = nounish or (
            tokens[k].text in "-–" and k > start and k + 1 < limit and tokens[k + 1].tag in NOUNISH
        )
        if not (nounish or (tokens[k].lower == "of" and k > start and k + 1 < limit)):
            break
        k += 1
    while k > start and tokens[k - 1].lower == "of":
        k -= 1
    return (start, k) if k > start else None


def subject_negated(analysis: Analysis, bounds: tuple[int, int] | None) -> bool:
    """'No one was killed', 'none of the ships were hit'."""
    if bounds is None:
        return False
    return analysis.tokens[bounds[0]].lower in NEGATIVE_SUBJECTS
