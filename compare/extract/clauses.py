"""Clause rules over word tokens: a sentence's clauses around its verb groups.

No parser: a sentence is cut into tokens with a coarse class each (wordclass.py),
runs of auxiliaries, negations, adverbs and verbs become verb groups (verb_groups.py),
and the sentence is cut into clauses at punctuation, subordinators and "and"/"but" before a
new verb or subject. Offsets are kept throughout, so every part found is a span.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from operator import itemgetter
from typing import NamedTuple

import attrs

from compare.extract.group_adverbs import with_group_adverbs
from compare.extract.joins import quantified, resume_main, starts_clause, verb_after_asides
from compare.extract.lemmas import verb_lemma
from compare.extract.neighbours import quoted_verb
from compare.extract.tags import (
    ADV,
    AUX,
    CONJ,
    NUM,
    PRON,
    PUNCT,
    SUB,
    VERB,
    Token,
)
from compare.extract.verb_groups import Group, verb_groups
from compare.extract.wordclass import tag_tokens
from compare.extract.wordlists import (
    ADVERBIAL,
    AS_HEDGES,
    BREAKS,
    CLAUSE_OPENERS,
    CLAUSE_TAKING,
    RELATIVES,
    REPORTING,
    SUBJECT_PRONOUNS,
)


class Clause(NamedTuple):
    """A clause of a sentence (a tuple, as Token and Group are: several a sentence)."""

    start: int  # token indices, end exclusive
    end: int
    groups: tuple[Group, ...]
    subordinate: bool  # starts with "when", "who", "because"...
    last_finite: int = -1  # start of the last group that is not a reduced participle
    last_tensed: int = -1  # start of the last group that is not a bare -ing form


_END = itemgetter(3)  # Token.end, read by index (cheaper than by name)


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

    def shifted(self, by: int) -> Analysis:
        """The same words standing `by` characters further on: the clauses count
        tokens, so only the tokens' offsets move."""
        moved = tuple(
            [Token(t.text, t.lower, t.start + by, t.end + by, t.tag) for t in self.tokens]
        )
        return Analysis(moved, self.clauses)


# Each sentence is analysed when extraction frames it, and again when the judges read
# its other clauses (frames.clause_frames, at offset 0): remembering the analysis by
# its text makes the second one a shift of the offsets (~3% of comparing 80 articles).
# Nothing in an analysis but its tokens' offsets depends on where the text stands.
# Emptied by `forget_analyses` (align.words.forget_texts, after each comparison); a
# longer text (a page without full stops) is analysed each time, as words.py does.
ANALYSES_REMEMBERED = 8192
LONGEST_REMEMBERED = 5000  # characters
_ANALYSES: dict[str, tuple[int, Analysis]] = {}  # text -> (its offset, its analysis)


def analyse(text: str, offset: int = 0) -> Analysis:
    """Tokens, verb groups and clauses of text (a sentence, or a quote's words)."""
    if len(text) > LONGEST_REMEMBERED:
        return _analyse(text, offset)
    known = _ANALYSES.get(text)
    if known is None:
        if len(_ANALYSES) >= ANALYSES_REMEMBERED:
            _ANALYSES.clear()  # a long-lived process reading ever more text
        known = _ANALYSES[text] = (offset, _analyse(text, offset))
    at, analysis = known
    return analysis if at == offset else analysis.shifted(offset - at)


def forget_analyses() -> None:
    """Empty the remembered analyses: a long-lived process does not keep its texts."""
    _ANALYSES.clear()


def _analyse(text: str, offset: int) -> Analysis:
    tokens = with_group_adverbs(tag_tokens(text, offset))
    groups = verb_groups(tokens)
    return Analysis(tuple(tokens), tuple(_clauses(tokens, groups)))


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
        # ", having lost the vote,": a perfect participle, whatever its verb's form
        perfect = bool(inside) and tokens[inside[0].start].lower == "having"
        participle = (
            bool(inside)
            and not after_relative
            # "Expected by many to win, the team ...": a participle opening the sentence
            and (tokens[a].text in ",–—(" or (a == 0 and inside[0].start == 0 and b < len(tokens)))
            # (", given a new sentence": an -en participle too)
            and (perfect or tokens[inside[0].head].lower.endswith(("ing", "ed", "en")))
            and all(tokens[k].tag == ADV for k in range(a + 1, inside[0].start))
            and (
                perfect
                or not any(tokens[k].tag == AUX for k in range(inside[0].start, inside[0].end))
            )
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
            relative = bool(relatives) and any(a <= k < b for k in relatives)
            # After a relative or -ing clause (and what hangs on it: "who shocked the
            # world when he floored Lewis", ", sailing west,"), ", showed" is the
            # subject's own verb.
            sailing = participle and (perfect or tokens[inside[0].head].lower.endswith("ing"))
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
        finite = tensed = -1  # (a clause without a verb has neither)
        for g in inside:  # left to right: the last one found is the last in the clause
            if not g.reduced and tokens[g.start - 1].lower != "to":
                finite = g.start
            if not g.bare_ing:
                tensed = g.start
        clauses.append(Clause(a, b, tuple(inside), subordinate, finite, tensed))
    return clauses
