"""One result told on two sides of the standard it is measured against: "came in
under budget" / "ran over budget", "finished ahead of schedule" / "is running behind
schedule", "sales came in above forecasts" / "fell below forecasts".

A side word right before a bare standard noun (no article, no possessive: "under
budget", not "a row over the budget") says where a result stands against what was
planned or expected. Under (below, within) and over (above, beyond) are opposite
sides of a sum, a figure or a capacity; ahead of and behind are opposite sides of a
timetable. Outlets that disagree on which side seldom tell the rest in the same
words ("The renovation, which cost 48 million, came in under budget" / "The project,
budgeted at 48m, ran over budget after contractors found ..."), so no word matcher
meets the two sentences; what ties them is that each is its article's only sentence
telling the standard with a side, as an article's only figure of a kind ties two
figures (sole_figures).

The standards are general English nouns of a plan or an expectation (STANDARDS).
Left alone: an article that tells the standard in two sentences or on both sides
(two phases, a forecast and an outcome), a side told under a negator ("did not
come in under budget") or with a forecast or a possibility ("is expected to finish
ahead of schedule", "could run over budget": no outcome told), a standard noun
that modifies a noun after it ("over budget cuts": a compound, no side), a
side word inside a quotation, and two sides of two things, told by head nouns
apart ("the new library came in under budget" / "the swimming pool ran over
budget", "sales came in above forecasts" / "profits fell below forecasts"; an
undertaking's general noun, "the project", may name either). Never an agreement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import attrs

from compare.align.blocking import cross_source_pairs
from compare.align.model import Conflict, Severity
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.synonyms import are_synonyms
from compare.align.word_contradictions import Finding
from compare.align.words import STOPWORDS, stem, words
from compare.extract import Claim
from compare.extract.claims import Statement
from compare.extract.lemmas import classes
from compare.extract.wordlists import REPORTING

SCORE = 0.3  # as the other sole-claim matchers: under the word model's pairs
# Nouns of what a result is measured against: a plan, an expectation, a limit
# (general English; singular, a plural is read by its lemma).
STANDARDS = frozenset(
    "budget schedule target forecast estimate expectation projection quota capacity".split()
)
# Where a side word puts a result against its standard.
_SIDES = {
    "under": "low",
    "below": "low",
    "within": "low",
    "over": "high",
    "above": "high",
    "beyond": "high",
    "ahead of": "early",
    "behind": "late",
}
_OPPOSITE = frozenset({frozenset({"low", "high"}), frozenset({"early", "late"})})
_SIDE = re.compile(
    r"\b(?P<side>under|below|within|over|above|beyond|ahead\s+of|behind)\s+"
    r"(?P<noun>[a-z]+)\b(?P<after>\s+[a-z]+)?",
    re.IGNORECASE,
)
# No outcome told: a negator, or a forecast or a possibility, in the clause before the side.
_NEGATED = re.compile(r"\b(?:not|never|no)\b|n't\b", re.IGNORECASE)
_UNTOLD = re.compile(
    r"\b(?:will|would|could|might|(?-i:may)|should|must|can|expects?|"
    r"expected|expecting|forecasts?|predicts?|predicted|projected|likely|unlikely|set\s+to|"
    r"on\s+(?:course|track)|aims?|aimed|hopes?|hoped|if|unless|whether)\b",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"[.;:!?]|,\s|\b(?:and|but|while|whereas|although|though)\b")
_QUOTES = re.compile('["\u201c\u201d]')


@attrs.frozen
class Side:
    """A result put on one side of a standard: the side, the standard and the words."""

    side: str  # "low", "high", "early" or "late"
    standard: str  # the standard noun's lemma
    text: str  # as written: "under budget"
    subject: frozenset[str] = frozenset()  # the nouns of what is measured: "library"


def _lemma(noun: str) -> str:
    found = classes(noun.lower()).get("noun")
    return found if found is not None else noun.lower()


@lru_cache(maxsize=4096)
def _read_sides(sentence: str) -> tuple[tuple[Side, str], ...]:
    """Every side of a standard the sentence tells, with how it is told: "told" (an
    outcome), "forecast" (a forecast or a possibility) or "denied" (under a negator)."""
    found = []
    for match in _SIDE.finditer(sentence):
        standard = _lemma(match.group("noun"))
        if standard not in STANDARDS:
            continue
        after = (match.group("after") or "").strip().lower()
        if after and after not in STOPWORDS and "noun" in classes(after):
            continue  # "over budget cuts": the standard names a kind of cut
        before = sentence[: match.start()]
        if len(_QUOTES.findall(before)) % 2 == 1:
            continue  # inside a quotation
        clause = _CLAUSE_START.split(before)[-1]
        if _NEGATED.search(clause):
            how = "denied"  # "did not come in under budget"
        elif _UNTOLD.search(clause):
            how = "forecast"  # "is expected to finish ahead of schedule"
        else:
            how = "told"
        side = _SIDES[" ".join(match.group("side").lower().split())]
        text = sentence[match.start() : match.end("noun")]
        found.append((Side(side, standard, text, _subject(before)), how))
    return tuple(found)


def sides(sentence: str) -> tuple[Side, ...]:
    """The results the sentence puts on a side of a standard, told as outcomes."""
    return tuple(side for side, how in _read_sides(sentence) if how == "told")


def forecast_sides(sentence: str) -> tuple[Side, ...]:
    """The sides the sentence gives a result as a forecast or a possibility ("is on
    track to come in under budget"), not under a negator."""
    return tuple(side for side, how in _read_sides(sentence) if how == "forecast")


# Nouns of any undertaking, which another outlet may name by its own noun ("The
# renovation" / "The project"): no sign of two things (general English).
_GENERIC = frozenset(
    "project projects work works scheme job programme program development construction "
    "contract plan".split()
)
_RELATIVES = frozenset({"which", "who", "that"})
_ASIDE = re.compile(r",[^,]*,")  # "The quay, financed by the region, ran over": the aside


def _subject(before: str) -> frozenset[str]:
    """What the clause before a side measures, by its nouns: the subject's head
    ("The council said the new library came in": library; "the bridge, which came
    in": bridge), or for an undertaking told by a general noun or a deed ("The
    library project", "Work on the tunnel", "Dredging of the channel") the nouns it
    is told of (library, tunnel, channel); none when unread or told of nothing."""
    said = words(_ASIDE.sub(" ", before))
    reported = [k for k, w in enumerate(said) if classes(w).get("verb") in REPORTING]
    if reported:
        said = said[reported[-1] + 1 :]
    relatives = [k for k, w in enumerate(said) if w in _RELATIVES]
    if relatives:  # the relative's antecedent: the last noun before "which"
        nouns = [w for w in said[: relatives[-1]] if "noun" in classes(w)]
        return frozenset(nouns[-1:])
    run, k = _noun_run(said, 0)
    if not run:
        return frozenset()
    head = run[-1]
    if head not in _GENERIC and not head.endswith("ing"):
        return frozenset({head})
    told_of = set(run[:-1])  # "the library project": library
    if k < len(said) and said[k] in _PHRASE_OPENERS:  # "work on the tunnel": tunnel
        told_of.update(_noun_run(said, k + 1)[0][-1:])
    return frozenset(told_of)


def _noun_run(said: Sequence[str], k: int) -> tuple[list[str], int]:
    """The nouns (and names) of the noun phrase from word k, its determiners and
    leading adjectives skipped, and where the phrase ends."""
    found: list[str] = []
    while k < len(said):
        w = said[k]
        if w in _DETERMINERS or (not found and (w in STOPWORDS or not w.isalpha())):
            k += 1  # "the", an owner ("the council's")
            continue
        kinds = classes(w)
        if w in STOPWORDS or not w.isalpha():
            break
        if "noun" in kinds or not kinds or w.endswith("ing"):
            found.append(w)  # a noun, or a word no lexicon knows: a name ("Kessing")
        elif "adj" not in kinds or found:
            break
        k += 1
    return found, k


_PHRASE_OPENERS = frozenset({"of", "on", "in", "at", "for"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that"})


def _one_thing(x: Side, y: Side) -> bool:
    """May the two sides measure one thing? Nouns told apart ("the library" / "the
    swimming pool", "sales" / "profits") measure two; an undertaking told of
    nothing ("the project") or an unread subject may be either."""
    nx, ny = x.subject, y.subject
    if not nx or not ny:
        return True
    return any(stem(a) == stem(b) or are_synonyms(a, b) for a in nx for b in ny)


def _told_by(source: str, standard: str, every: Sequence[Claim]) -> set[tuple[str, str]]:
    """The sentences of the article that tell the standard with a side, and each side."""
    return {
        (claim.sentence, side.side)
        for claim in every
        if claim.source == source
        for side in sides(claim.sentence)
        if side.standard == standard
    }


def _sole(source: str, standard: str, every: Sequence[Claim]) -> bool:
    """Does the article tell the standard with a side in one sentence, one side?"""
    told = _told_by(source, standard, every)
    return len({sentence for sentence, _ in told}) == 1 and len({s for _, s in told}) == 1


def _apart(a: Claim, b: Claim, every: Sequence[Claim]) -> Finding | None:
    """The conflict of one thing on opposite sides of one standard; two things on
    opposite sides are unpaired (no ✓ over "under budget" / "over budget")."""
    two_things = None
    for x in sides(a.sentence):
        for y in sides(b.sentence):
            if x.standard != y.standard or frozenset({x.side, y.side}) not in _OPPOSITE:
                continue
            if not _one_thing(x, y):
                # "the library came in under budget" / "the pool ran over budget"
                two_things = Finding(Conflict.OPPOSITE, x.text, y.text, unpaired=True)
                continue
            if _sole(a.source, x.standard, every) and _sole(b.source, y.standard, every):
                return Finding(Conflict.OPPOSITE, x.text, y.text, Severity.CONFLICT)
    return two_things


def standard_sides_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """The judge's reading: one standard, each article's only side of it, opposite;
    or an outcome against a forecast of the opposite side, which is no conflict (the
    forecast may simply have failed) but no agreement either."""
    if a.source == b.source or not sentences.by_sentence:
        return None
    told_a, told_b = sides(a.sentence), sides(b.sentence)
    if told_a and told_b:
        return _apart(a, b, sentences.statements())
    if told_a or told_b:
        return _forecast_against_outcome(a.sentence, b.sentence)
    return None


def _forecast_against_outcome(a: str, b: str) -> Finding | None:
    """ "is on track to come in under budget" / "ran over budget": one thing, opposite
    sides, one of them only forecast: unpaired (no ✓, no conflict)."""
    # each side with whether it is told as an outcome; a pair needs one of each
    read_a = [(x, True) for x in sides(a)] + [(x, False) for x in forecast_sides(a)]
    read_b = [(y, True) for y in sides(b)] + [(y, False) for y in forecast_sides(b)]
    for x, x_told in read_a:
        for y, y_told in read_b:
            if x_told != y_told and _opposite_of_one_thing(x, y):
                return Finding(Conflict.OPPOSITE, x.text, y.text, unpaired=True)
    return None


def _opposite_of_one_thing(x: Side, y: Side) -> bool:
    return (
        x.standard == y.standard and frozenset({x.side, y.side}) in _OPPOSITE and _one_thing(x, y)
    )


def standard_side_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs of statements of two sources that put one standard on opposite sides,
    one statement a sentence (the first of it)."""
    firsts: dict[tuple[str, str], int] = {}
    for i, s in enumerate(statements):
        if sides(s.sentence):
            firsts.setdefault((s.source, s.sentence), i)
    having = sorted(firsts.values())
    return [
        (SCORE, i, j)
        for i, j in cross_source_pairs((having,), lambda k: statements[k].source)
        if _conflict(_apart(statements[i], statements[j], statements))
    ]


def _conflict(found: Finding | None) -> bool:
    return found is not None and not found.unpaired
