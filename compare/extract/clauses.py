"""Clause rules over word tokens: verb groups, clauses, subjects and objects.

No parser: a sentence is cut into tokens with a coarse class each (wordclass.py),
runs of auxiliaries, negations, adverbs and verbs become verb groups, and the
sentence is cut into clauses at punctuation, subordinators and "and"/"but" before a
new verb or subject. Offsets are kept throughout, so every part found is a span.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from operator import attrgetter

import attrs

from compare.extract.joins import quantified, resume_main, starts_clause, verb_after_asides
from compare.extract.lemmas import AUX_LEMMAS, MODALS, is_verb_lemma, verb_lemma
from compare.extract.neighbours import quoted_verb
from compare.extract.tags import (
    ADV,
    AUX,
    CONJ,
    DET,
    NEG,
    NUM,
    POSS,
    PRON,
    PUNCT,
    SUB,
    VERB,
    WORD,
    Token,
)
from compare.extract.wordclass import tag_tokens
from compare.extract.wordlists import (
    ADVERBIAL,
    AS_HEDGES,
    ASPECTUAL,
    BREAKS,
    CLAUSE_OPENERS,
    CLAUSE_TAKING,
    FAILING,
    RELATIVES,
    REPORTING,
    SAID_TO,
    SUBJECT_PRONOUNS,
    TRANSPARENT,
)


@attrs.frozen
class Group:
    """A verb group: "had not yet been told"; head is the main verb's token index."""

    start: int  # token indices, end exclusive
    end: int
    head: int
    lemma: str
    negated: bool
    passive: bool
    # A participle without auxiliary right after a noun ("countries surveyed in", "the
    # navy patrolling the gulf"): it describes the noun; the clause's verb comes later.
    reduced: bool = False
    bare_ing: bool = False  # an -ing form without auxiliary: never the finite verb


@attrs.frozen
class Clause:
    start: int  # token indices, end exclusive
    end: int
    groups: tuple[Group, ...]
    subordinate: bool  # starts with "when", "who", "because"...
    last_finite: int = -1  # start of the last group that is not a reduced participle
    last_tensed: int = -1  # start of the last group that is not a bare -ing form


_END = attrgetter("end")


@attrs.frozen
class Analysis:
    tokens: tuple[Token, ...]
    clauses: tuple[Clause, ...]

    ends: tuple[int, ...] = attrs.field(init=False)
    clause_starts: tuple[int, ...] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "ends", tuple(map(_END, self.tokens)))
        object.__setattr__(self, "clause_starts", tuple(c.start for c in self.clauses))

    def token_at(self, offset: int) -> int:
        """Index of the token that contains or follows offset."""
        return bisect_right(self.ends, offset)

    def clause_of(self, index: int) -> Clause | None:
        if not self.clauses:
            return None
        return self.clauses[max(0, bisect_right(self.clause_starts, index) - 1)]


def analyse(text: str, offset: int = 0) -> Analysis:
    """Tokens, verb groups and clauses of text (a sentence, or a quote's words)."""
    tokens = tag_tokens(text, offset)
    groups = _groups(tokens)
    return Analysis(tuple(tokens), tuple(_clauses(tokens, groups)))


_GROUP_TAGS = frozenset((AUX, VERB, NEG, ADV))


def _groups(tokens: list[Token]) -> list[Group]:
    groups: list[Group] = []
    # Only a run of verb-group tokens can start a group: jump from one to the next.
    in_groups = [k for k, t in enumerate(tokens) if t.tag in _GROUP_TAGS]
    i = 0
    while i < len(tokens):
        if tokens[i].tag not in _GROUP_TAGS:
            at = bisect_left(in_groups, i)
            if at == len(in_groups):
                break
            i = in_groups[at]
        j = i
        while j < len(tokens) and tokens[j].tag in (AUX, VERB, NEG, ADV):
            if j > i and tokens[j].tag == AUX and tokens[j - 1].tag == VERB:
                break  # "what officials said were": two verbs, two groups
            j += 1
        group = _group(tokens, i, j)
        if group is not None:
            # "going to tax", "failed to approve": the clause is about the later verb.
            if (
                j + 1 < len(tokens)
                and tokens[j].lower == "to"
                and tokens[j + 1].tag in (VERB, AUX)
                and (group.lemma in TRANSPARENT or (group.passive and group.lemma in SAID_TO))
                and not (group.lemma == "go" and tokens[group.head].lower != "going")
            ):
                k = j + 1
                while k < len(tokens) and tokens[k].tag in (AUX, VERB, NEG, ADV):
                    k += 1
                later = _group(tokens, j + 1, k)
                if later is not None:
                    failing = group.lemma in FAILING
                    group = attrs.evolve(
                        later, start=group.start, negated=group.negated != failing or later.negated
                    )
                    j = k
            # "kept on arguing": the fact is the arguing
            if (
                group.lemma in ASPECTUAL
                and j + 1 < len(tokens)
                and tokens[j].lower == "on"
                and tokens[j + 1].tag == VERB
                and tokens[j + 1].lower.endswith("ing")
            ):
                later = _group(tokens, j + 1, j + 2)
                if later is not None:
                    group = attrs.evolve(later, start=group.start, negated=group.negated)
                    j += 2
            # "went on to win": the fact is the winning
            if (
                group.lemma == "go"
                and j + 2 < len(tokens)
                and tokens[j].lower == "on"
                and tokens[j + 1].lower == "to"
                and tokens[j + 2].tag == VERB
            ):
                later = _group(tokens, j + 2, j + 3)
                if later is not None:
                    group = attrs.evolve(later, start=group.start, negated=group.negated)
                    j += 3
            groups.append(group)
        i = j
    return groups


def _group(tokens: list[Token], start: int, end: int) -> Group | None:
    while end > start and tokens[end - 1].tag == ADV:
        end -= 1
    while start < end and tokens[start].tag == ADV:
        start += 1
    verbs: list[int] = []
    auxes: list[int] = []
    has_negation = False
    for k in range(start, end):  # one pass: groups are short and there are many
        tag = tokens[k].tag
        if tag == VERB:
            verbs.append(k)
        elif tag == AUX:
            auxes.append(k)
        elif tag == NEG:
            has_negation = True
    if not verbs and not auxes:
        return None
    head = verbs[0] if verbs else auxes[-1]
    if len(verbs) > 1 and verb_lemma(tokens[head].lower) in ASPECTUAL:
        head = next((k for k in verbs[1:] if tokens[k].lower.endswith("ing")), head)
    # The head may already be the last verb ("kept helping"): then there is no later one.
    later = _verb_after(verbs, head)
    if (
        later is not None
        and verb_lemma(tokens[head].lower) == "help"
        and is_verb_lemma(tokens[later].lower)
    ):
        head = later  # "helped guide the team": the fact is the guiding
    get_passive = False
    later = _verb_after(verbs, head)
    # "will get solved": a passive with "get" is about the participle.
    if (
        later is not None
        and verb_lemma(tokens[head].lower) == "get"
        and verb_lemma(tokens[later].lower) != tokens[later].lower
    ):
        head, get_passive = later, True
    word = tokens[head].lower
    before_head = tokens[head - 1].lower if head > 0 else ""
    # After "to" or a modal the verb is a base form: "to lay off" is lay, not lie.
    base = before_head == "to" or before_head in MODALS or AUX_LEMMAS.get(before_head) == "do"
    lemma = word if base and is_verb_lemma(word) else verb_lemma(word)
    negated = (
        has_negation
        or (start > 0 and tokens[start - 1].tag == NEG)
        or (start > 1 and tokens[start - 2].lower == "no" and tokens[start - 1].lower == "longer")
    )
    be_before = bool(auxes) and any(
        AUX_LEMMAS.get(tokens[k].lower) == "be" for k in auxes if k < head
    )
    participle = bool(verbs) and word != lemma and not word.endswith(("ing", "s"))
    before = start - 1
    while before > 0 and tokens[before].tag == ADV:
        before -= 1  # "boats speedily approaching"
    # "the state established The Creamery", "officers prepared to go", "the warship
    # attacked two boats": a past form with an object or an infinitive is the verb.
    has_object = (
        word.endswith("ed")
        and end < len(tokens)
        and (
            tokens[end].tag in (DET, POSS, NUM)
            # "boats suspected to be carrying": a passive of belief, not the verb
            or (tokens[end].lower == "to" and lemma not in SAID_TO)
        )
    )
    # "a fire set by three teenagers", "the car driven by": a passive participle.
    by_after = end < len(tokens) and tokens[end].lower == "by"
    # "-en" forms are participles only ("punches thrown", "cars stolen"), unlike "rose".
    en_participle = word.endswith(("en", "wn", "ne")) and lemma != word
    reduced = (
        not auxes
        and (word.endswith(("ed", "ing")) or by_after or en_participle)
        and before >= 0
        and tokens[before].tag == WORD
        and not has_object
    )
    bare_ing = not auxes and word.endswith("ing")
    passive = (be_before and participle) or get_passive
    return Group(start, end, head, lemma, negated, passive, reduced, bare_ing)


def _verb_after(verbs: list[int], head: int) -> int | None:
    """The first verb after the head (verbs are token indices, increasing)."""
    at = bisect_right(verbs, head)
    return verbs[at] if at < len(verbs) else None


def _first_word(tokens: list[Token], start: int, end: int) -> Token | None:
    """The first token of tokens[start:end] that is no punctuation (without copying)."""
    for k in range(start, end):
        if tokens[k].tag != PUNCT:
            return tokens[k]
    return None


# The tags of tokens that may cut a clause (punctuation, a subordinator, a conjunction,
# a subject pronoun); a clause opener ("as", "after") cuts whatever its tag.
_MAY_CUT = frozenset((PUNCT, SUB, CONJ, PRON))


def _clauses(tokens: list[Token], groups: list[Group]) -> list[Clause]:
    starts = {g.start for g in groups}
    group_starts = [g.start for g in groups]  # increasing: groups run left to right
    cuts = {0}
    since = 0  # the last cut: a verb group starting at or after it precedes token i
    # "When the officers saw the weapon they fired": no comma closes the opening clause,
    # the subject pronoun of the main one does.
    opening = bool(tokens) and tokens[0].lower in ADVERBIAL
    # Most tokens (words, verbs, numbers) cut nothing: only the others are visited.
    may_cut = [i for i, t in enumerate(tokens) if t.tag in _MAY_CUT or t.lower in CLAUSE_OPENERS]
    for i in may_cut:
        token = tokens[i]
        verb_since_cut = bisect_left(group_starts, since) < bisect_left(group_starts, i)
        listed = token.text == "," and i + 1 < len(tokens) and tokens[i + 1].tag == NUM
        breaks = token.tag == PUNCT and token.text in BREAKS
        punctuation = breaks and not listed and not quoted_verb(tokens, i)
        # "came as two officers prepared", "described how rioters tried": these open a
        # clause when a subject and its verb follow.
        subordinator = (token.tag == SUB and i > 0) or (
            token.lower in CLAUSE_OPENERS
            and i > 0
            and not (token.lower == "as" and tokens[i - 1].lower in AS_HEDGES)  # "as many as 35"
            and starts_clause(tokens, i + 1, starts)
        )
        # "between 750000 and 800000 will be sold": before the piece has its own verb,
        # "and" joins parts of one subject.
        conjunction = token.tag == CONJ and verb_since_cut and starts_clause(tokens, i + 1, starts)
        subject = (
            opening
            and verb_since_cut
            and token.tag == PRON
            and token.lower in SUBJECT_PRONOUNS
            and i + 1 in starts
            # not the subject of what is said or thought: "If you say he's brash, I agree"
            and not (tokens[i - 1].tag == VERB and verb_lemma(tokens[i - 1].lower) in CLAUSE_TAKING)
        )
        if punctuation or subordinator or conjunction or subject:
            cuts.add(quantified(tokens, i) if subordinator else i)
            since, opening = i, False
    pieces = [(a, b) for a, b in itertools.pairwise([*sorted(cuts), len(tokens)]) if b > a]
    pieces, resumed = resume_main(tokens, groups, pieces)
    # A piece without a verb ("38", "north of the office") belongs to the clause before it.
    merged: list[tuple[int, int, list[Group], bool]] = []
    # Whether the clauses with verbs so far are all subordinate and the last one is a
    # "who"/"which" relative clause.
    after_relative = False
    main_seen = False
    opened = False  # a subordinate clause ("When ...", "Because ...") opened the sentence
    heads = [g.head for g in groups]  # increasing: groups are disjoint, left to right
    held = False  # the last clause is a subordinator still waiting for its verb
    # Where "who"/"which" open a relative clause (looked up per piece below).
    relatives = [k for k in may_cut if tokens[k].tag == SUB and tokens[k].lower in ("who", "which")]

    def resumed_after(a: int) -> bool:
        return any(r > a for r in resumed)

    for n, (a, b) in enumerate(pieces):
        inside = groups[bisect_left(heads, a) : bisect_left(heads, b)]
        first = _first_word(tokens, a, b)
        # "After we came here, we realized": also at the start, before a comma.
        opener = (
            first is not None
            and first.lower in CLAUSE_OPENERS
            and (a > 0 or (b < len(tokens) and starts_clause(tokens, a + 1, starts)))
        )
        # "Two days after the storm ended, the port reopened": a measure before an
        # adverbial clause belongs to the main clause, not to the adverbial one.
        adverbial = a > 0 and first is not None and first.lower in ADVERBIAL
        # ", injuring 50", ", currently deployed on patrol": a participle clause; but
        # after a relative clause between commas the verb is the subject's own
        # ("Reid, who has launched a line, opened up about ...").
        participle = (
            bool(inside)
            and not after_relative
            # "Expected by many to win, the team ...": a participle opening the sentence
            and (tokens[a].text in ",–—(" or (a == 0 and inside[0].start == 0 and b < len(tokens)))
            # (", given a new sentence": an -en participle too)
            and tokens[inside[0].head].lower.endswith(("ing", "ed", "en"))
            and all(tokens[k].tag == ADV for k in range(a + 1, inside[0].start))
            and not any(tokens[k].tag == AUX for k in range(inside[0].start, inside[0].end))
        )
        subordinate = (first is not None and first.tag == SUB) or participle or opener
        if a in resumed:
            # The verb after a relative clause or an "after doing ..." phrase: the main
            # clause again, unless the sentence opened with a subordinate one.
            subordinate = opened and not main_seen
        opened = opened or (a == 0 and (first is not None and first.lower in ADVERBIAL))
        if first is not None and first.tag == CONJ and merged and merged[-1][3]:
            # "that he took out his revolver and fired": the second verb is still
            # inside the reported clause.
            subordinate = True
        if inside:
            # "The paper said Nichols, who ..., offered": the reporting verb is no main clause
            main_seen = main_seen or (
                not subordinate and not all(g.lemma in REPORTING for g in inside)
            )
            relative = any(a <= k < b for k in relatives)
            # After a relative or -ing clause (and what hangs on it: "who shocked the
            # world when he floored Lewis", ", sailing west,"), ", showed" is the
            # subject's own verb.
            sailing = participle and tokens[inside[0].head].lower.endswith("ing")
            after_relative = (
                relative or sailing or (subordinate and after_relative)
            ) and not main_seen
        if (
            not inside
            and merged
            and merged[-1][2]
            and first is not None
            and first.tag == SUB
            and verb_after_asides(tokens, groups, pieces, n)
        ):
            # "although a handful of people, including two children, were inside"
            held = True
            merged.append((a, b, [], True))
        elif not inside and merged:
            merged[-1] = (merged[-1][0], b, merged[-1][2], merged[-1][3])
        elif (
            inside
            and merged
            and not merged[-1][2]
            and not adverbial
            # "The three who voted against it would not comment": the subject waits
            # for the verb after its relative clause
            and not (first is not None and first.lower in RELATIVES and resumed_after(a))
        ):
            merged[-1] = (merged[-1][0], b, inside, subordinate or held)
            held = False
        else:
            merged.append((a, b, inside, subordinate))
    clauses = []
    for a, b, inside, subordinate in merged:
        # An infinitive is no finite verb a participle could yield to ("Her lawyer
        # negotiated with officials to change the venue").
        finite = max(
            (g.start for g in inside if not g.reduced and tokens[g.start - 1].lower != "to"),
            default=-1,
        )
        tensed = max((g.start for g in inside if not g.bare_ing), default=-1)
        clauses.append(Clause(a, b, tuple(inside), subordinate, finite, tensed))
    return clauses
