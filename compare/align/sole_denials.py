"""A deed one article denies of everyone and the other tells of someone, each
article telling it in that sentence only: a negation no wording ties.

"No arrests have been made" / "A 27-year-old man was arrested nearby"; "There
were no injuries" / "Two firefighters were injured"; "No one was hurt" / "The
driver was hurt". The denial is told by the deed's noun after a light verb ("no
arrests were made", "no charges have been filed", "there were no injuries"), or
by a bare "no one" or "nobody" with the deed's verb, so the two sentences share
no subject and often no other word: the readings that ask for one subject
(closest_polarity, sole_predicates.told_once) cannot tie them, and polarity_apart
only keeps the pair from a ✓. A denial of everyone holds whoever the other side's
subject is; what ties the two sentences to one fact is the story: the deed's verb
(or its noun: WordNet's derivational links, derivations.verb_relatives) is told in
that sentence only in each article, as sole_figures ties an article's only figure
of a kind.

What keeps two facts apart (precision first: a false negation costs more than a
missed one): a denial narrowed by a modifier ("no serious injuries": some may be
minor) or by what follows its head when the other sentence does not tell it ("no
one was hurt in the second car"), either article telling the deed in another
sentence too (a story of two moments: "no arrests at first ... a man was later
arrested"), another day or period (sole_predicates.times_apart,
same_days.days_apart, or the other side alone naming a past period or year), another
instance ("a similar raid": other_instances, or "similar", "another" anywhere), a
plan or a forecast ("no one will be charged"; modals and conditions are never
read: nobody_denials), a denial inside a quotation (a speaker's loose words:
"Nobody picked us"), a bare "none" (it stands for a noun told before it: "fired at
officers but none were hit"), a telling of the deed in a sentence that denies
anything ("No-one was injured", read by no denial rule; "no injuries to police (the
Post says three were injured)"), the deed told inside a quotation or under a verb of
denying or refusing on the other side, a denial inside someone's claim
("claimed", "alleged", "insisted"), "only", and "not yet" against a deed the
other side tells as done later ("later", "since", "subsequently").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from compare.align.closest_actor_clashes import first_of_sentences
from compare.align.closest_polarity import (
    governed,
    quoted,
)
from compare.align.denied_cores import Core, affirmed_cores, content_word, every_clause
from compare.align.derivations import verb_relatives
from compare.align.model import Conflict
from compare.align.nobody_denials import nobody_denials
from compare.align.other_instances import instances_apart
from compare.align.same_days import days_apart
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.sole_predicates import times_apart
from compare.align.word_contradictions import NEGATORS, Finding, word_root
from compare.align.words import AUXILIARIES, TEXTS_REMEMBERED, remembered, words
from compare.extract import Claim
from compare.extract.claims import Statement
from compare.extract.lemmas import classes

SCORE = 0.4  # a later round's pair, under the word model's sure pairs
# Verbs that carry a deed told by its noun: "no arrests were made", "no charges have
# been filed", "no injuries were reported", "no evacuation took place".
_SUPPORT_VERBS = frozenset(
    "make report record file bring lay carry confirm issue occur happen take order".split()
)
# Of them, those whose subject tells the deed rather than doing it.
_REPORTING_VERBS = frozenset("report record confirm".split())
_THERE = re.compile(
    r"\bthere\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+no\s+([a-z]+)", re.IGNORECASE
)
# Words of a clause that tell no fact: a modal, a condition, a future.
_NO_FACT = frozenset(
    "will would shall can could may might must should ought if unless whether until".split()
)
# Verbs that make what follows someone's claim, not the outlet's fact.
_CLAIMS = frozenset("claimed claims alleged alleges insisted insists maintained argued".split())
# What sets the deed told of someone on another occasion than the one the denial
# speaks of: "over a similar crash", "last month", "in 2019".
_ANOTHER_OCCASION = re.compile(
    r"\b(?:similar|separate|earlier|previous|another|unrelated)\b"
    r"|\b(?:last|previous|past)\s+(?:year|month|week|season|spring|summer|autumn|winter)\b"
    r"|\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_QUOTES = re.compile('["\u201c\u201d]')
# Words that tell a deed done after a moment: "not yet charged" / "was later charged".
_LATER = frozenset("later since subsequently afterwards eventually then".split())


def _candidate(claim: Claim) -> bool:
    return isinstance(claim, Statement) and "?" not in claim.sentence


def _deed_verbs(noun: str) -> frozenset[str]:
    """The verbs a noun of a deed tells ("arrests": arrest, "injuries": injure)."""
    found = classes(noun)
    lemma = found.get("noun")
    if lemma is None:
        return frozenset()
    verbs = set(verb_relatives(lemma))
    if "verb" in found:
        verbs.add(found["verb"])  # "arrests", "charges": the noun is the verb's own form
    return frozenset(verbs)


# A clause's end right after "there were no N": what follows does not narrow the N.
_CLAUSE_END = re.compile(r"\s*(?:$|[.,;:]|and\b|but\b|reported\b)", re.IGNORECASE)


class Denial(NamedTuple):
    """A deed denied of everyone: the words told, the verbs the deed is told by, the
    roots after the head that narrow it, and the doer's roots when the denial names
    one ("Police have made no arrests": only the police's arrests are denied)."""

    said: str
    verbs: frozenset[str]
    narrowed: frozenset[str]
    doers: frozenset[str] = frozenset()


@remembered(TEXTS_REMEMBERED)
def universal_denials(text: str) -> tuple[Denial, ...]:
    """The deeds a sentence denies of everyone: by their noun, as subject ("No
    arrests have been made": arrest; "There were no injuries": injure) or as object
    of a light verb ("Police have made no arrests"); of a bare "no one" or
    "nobody" ("No one was hurt": hurt); or with "anyone" as the object ("Police
    have not charged anyone": charge). A noun with a modifier ("no serious
    injuries") denies only some of the deeds, and is left alone."""
    found = []
    for core in nobody_denials(text):
        if core.future:
            continue  # "no one will be charged": a forecast or a plan, no fact
        verb = classes(core.head_word).get("verb")
        if core.said.startswith("none") and core.pronoun:
            continue  # a bare "none" stands for a noun told before it: "none were hit"
        if core.pronoun:  # a bare "no one", "nobody": the head is the deed
            if verb is not None and verb not in _SUPPORT_VERBS:
                found.append(Denial(core.said, frozenset({verb}), core.rest))
            continue
        told = core.said.split()
        if verb not in _SUPPORT_VERBS or told[0] != "no" or len(core.subject) != 1:
            continue  # "none of the suspects": people, not a deed
        subject = [w for w in told[1:] if word_root(w) in core.subject]
        verbs = _deed_verbs(subject[-1]) if subject else frozenset()
        if verbs:
            found.append(Denial(core.said, verbs, core.rest))
    for match in _THERE.finditer(text):
        verbs = _deed_verbs(match.group(1).lower())
        if verbs and _CLAUSE_END.match(text, match.end()):
            found.append(Denial(match.group(0), verbs, frozenset()))
    found.extend(_object_denials(text))
    return tuple(found)


def _object_denials(text: str) -> list[Denial]:
    """Deeds denied by their object, a clause's last words: "made no arrests",
    "have not charged anyone"."""
    found = []
    for clause in every_clause(text):
        ws = clause.words
        if len(ws) < 3 or set(ws) & _NO_FACT:
            continue
        if any(w in ("not", "never") or w.endswith("n't") for w in ws[:-3]):
            continue  # "did not say it had made no arrests": two negators
        verb = classes(ws[-3]).get("verb") if ws[-2] == "no" else None
        if verb in _SUPPORT_VERBS:
            verbs = _deed_verbs(ws[-1])  # "made no arrests"
            start = len(ws) - 3
        elif ws[-1] in ("anyone", "anybody") and (ws[-3] == "not" or ws[-3].endswith("n't")):
            told = classes(ws[-2]).get("verb")  # "have not charged anyone"
            verbs = frozenset({told}) if told and told not in _SUPPORT_VERBS else frozenset()
            start = len(ws) - 3
        else:
            continue
        auxiliaries = ws[:start]
        while auxiliaries and auxiliaries[-1] in AUXILIARIES:
            auxiliaries = auxiliaries[:-1]
        doers = frozenset(word_root(w) for w in auxiliaries if content_word(w))
        if verb in _REPORTING_VERBS:
            doers = frozenset()  # "the fire service reported no injuries": anyone's
        if verbs:
            found.append(Denial(" ".join(ws[start:]), verbs, frozenset(), doers))
    return found


def _deed_core(stated_text: str, verb: str) -> Core | None:
    """A clause of the sentence without a negator whose head is the verb."""
    probe = Core(frozenset(), word_root(verb), verb, verb, frozenset(), True, False, False, "")
    for core in affirmed_cores(stated_text, probe):
        if classes(core.head_word).get("verb") == verb:
            return core
    return None


def _denied_of_everyone(
    denied_text: str, stated_text: str
) -> tuple[Finding, frozenset[str]] | None:
    """A deed denied of everyone against a clause, without a negator, whose head is
    the deed's verb, and the roots of the verbs (for the told-once test)."""
    for said, verbs, narrowed, doers in universal_denials(denied_text):
        if _inside_quotation(denied_text, said):
            continue  # '"Nobody has opened this grave in 1,200 years," she said': a saying
        if narrowed and not narrowed <= frozenset(word_root(w) for w in words(stated_text)):
            continue  # "no one was hurt in the second car": the other side's hurt may be elsewhere
        for verb in sorted(verbs):
            stated = _deed_core(stated_text, verb)
            if stated is None or stated.future or quoted(stated, stated_text):
                continue
            if _denies_anything(stated_text):
                continue  # "No-one was injured"; "no injuries to police (three were injured,
                # the Post says)": a sentence that denies is no plain telling of the deed
            if doers and not stated.passive and not doers & stated.subject:
                continue  # "Police have made no arrests" / "Customs officers arrested two men"
            if governed(stated, stated_text) or _CLAIMS & set(words(denied_text)):
                continue
            if "yet" in words(denied_text) and _LATER & set(words(stated_text)):
                continue  # "no one has yet been charged" / "was later charged"
            if "only" in words(denied_text):
                continue
            if _ANOTHER_OCCASION.search(stated_text) and not _ANOTHER_OCCASION.search(denied_text):
                continue  # "was arrested over a similar raid last month"
            forms = frozenset(word_root(v) for v in verbs)
            return Finding(Conflict.NEGATION, said, stated.head_word), forms
    return None


def _denies_anything(text: str) -> bool:
    """Does the sentence hold a negator anywhere ("no-one", "not", "without")?"""
    return any(
        w in NEGATORS or w.endswith("n't") or w.startswith("no-") or w == "without"
        for w in words(text)
    )


def _inside_quotation(text: str, said: str) -> bool:
    """Are the words told inside a quotation (an odd number of quotation marks
    before them)? A speaker's words are the speaker's, often loose ("Nobody picked
    us"), not the outlet's fact."""
    at = text.lower().find(said.lower().split()[0])
    return at >= 0 and len(_QUOTES.findall(text[:at])) % 2 == 1


def _forms(word: str) -> frozenset[str]:
    verb = classes(word).get("verb")
    return frozenset({word_root(word), *([word_root(verb)] if verb else [])})


def _told_elsewhere(claim: Claim, forms: frozenset[str], every: Sequence[Claim]) -> bool:
    """Does the claim's article tell any of the forms in another sentence?"""
    for other in every:
        if other.source != claim.source or other.sentence_start == claim.sentence_start:
            continue
        if any(_forms(w) & forms for w in words(other.sentence)):
            return True
    return False


def sole_denial_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """The judge's reading: one deed each article tells once, denied of everyone
    by one and told of someone by the other (see the module's docstring)."""
    if a.source == b.source or not sentences.by_sentence:
        return None
    if not (_candidate(a) and _candidate(b)):
        return None
    if times_apart(a.sentence, b.sentence) or instances_apart(a, b) or days_apart(a, b, sentences):
        return None  # "rose last year" / "fell this year"; "a similar raid"; two days
    every: list[Claim] | None = None  # read only for a pair that denies: a pass over every sentence
    for denied, stated, flip in ((a, b, False), (b, a, True)):
        read = _denied_of_everyone(denied.text, stated.text)
        if read is None:
            continue
        found, forms = read
        if every is None:
            every = first_of_sentences(sentences)
        if _told_elsewhere(denied, forms, every) or _told_elsewhere(stated, forms, every):
            continue  # a story of two moments ("no arrests at first ... later arrested")
        return Finding(found.conflict, found.b, found.a) if flip else found
    return None


def sole_denial_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of statements that sole_denial_apart reads as one deed
    denied of everyone and told of someone. Candidates come from an index of the
    verbs each statement's words are forms of, never from all pairs."""
    index: dict[str, set[int]] = {}
    for i, statement in enumerate(statements):
        if not _candidate(statement):
            continue
        for w in words(statement.text):
            verb = classes(w).get("verb")
            if verb is not None:
                index.setdefault(verb, set()).add(i)
    candidates: set[tuple[int, int]] = set()
    for i, statement in enumerate(statements):
        if not _candidate(statement):
            continue
        verbs = [v for denial in universal_denials(statement.text) for v in denial.verbs]
        for key in verbs:
            for j in index.get(key, ()):
                if statements[j].source != statement.source:
                    candidates.add((min(i, j), max(i, j)))
    return [
        (SCORE, i, j)
        for i, j in sorted(candidates)
        if sole_denial_apart(statements[i], statements[j], sentences) is not None
    ]
