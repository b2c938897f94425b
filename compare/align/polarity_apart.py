"""Two statements paired as one fact whose main predicates point opposite ways.

The judge reports a negation or an opposite when it can tie both predicates to
one actor and one thing, mostly through one lemma. Two outlets rarely use one
verb: "Some 2,000 demonstrators did not wait in the cold" / "About 2,000
protesters gathered outside" share no predicate, so no rule of the judge fires,
and the pair, scored alike by its other words, was shown ✓ over a denial.
Likewise a predicate replaced by the antonym of the other side's verb or of one
of its synonyms ("The zoo opened its gates" / "The zoo shut its gates").

A denial on one side only, or opposite predicates, is no evidence of a clash
either (the actor or thing may differ, one side may say the same with a negated
opposite), so neither is reported: the pair is left unchecked, never ✓. Read:
- a predicate denied (by "not", or "no" before its thing: "had no plans to")
  against one that is not, whatever the frames read as their actors (each
  outlet words its subject its own way: "The authority expects the rise to
  bring in $180 million" / "the increase will not raise $180 million");
- "refused / failed / declined to X" against "X";
- a word of one side only whose WordNet or news opposite is a word of the other
  side only, one of them a main predicate; "up" on one side, "down" on the other
  with one predicate ("revised up" / "revised down").
The agreement stays when the other side denies too, in any clause ("no arrests
were made" / "reported no arrests"), or with a word that denies ("declined to",
"unharmed", "failed", "barely"); when the denial is of everyone ("None of the
eleven died" / "All 11 came out alive"), unless the other side tells the denied
deed of someone ("No arrests have been made" / "A woman was arrested"); when the
negated predicate is the other's opposite ("did not survive" / "died"); and for
converses ("won" / "lost"), one game told from either side. A denying verb is no
such word when the denied predicate is itself a verb of stopping or refusal and
the other side's too ("were not suspended" / "were halted").
"""

from __future__ import annotations

import re
from functools import lru_cache

from compare.align.antonyms import has_opposite, lemmas, meant_lemmas, opposite, opposite_pairs
from compare.align.frames import same_predicate
from compare.align.opposed_cores import opposed_words, told_as_predicate
from compare.align.opposites import is_converse
from compare.align.stopping_verbs import STOPPING
from compare.align.synonyms import senses, table
from compare.align.word_contradictions import word_root
from compare.align.words import NEGATORS, STOPWORDS, has_negator, is_negator, stem, words
from compare.extract import Claim
from compare.extract.claims import Frame
from compare.extract.lemmas import AUX_LEMMAS, can_be_verb, verb_lemma


def polarity_apart(a: Claim, b: Claim) -> bool:
    """Is one main predicate denied, or turned to its opposite, against the other?"""
    if _refused(a.text, b.text) or _refused(b.text, a.text):
        return True
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not fa.lemma or not fb.lemma:
        return False
    if has_negator(a.text) == has_negator(b.text) and _words_opposed(a, b, fa.lemma, fb.lemma):
        # (with one side denied, "left the gate unlocked" / "had not locked the
        # gate", opposite words say one thing)
        return True
    denied_a = _denied(fa) or complement_denied(a)
    denied_b = _denied(fb) or complement_denied(b)
    if denied_a != denied_b:
        denying, stating = (a, b) if denied_a else (b, a)
        if (
            _says_none(fa) or _says_none(fb) or _NONE.match(a.text) or _NONE.match(b.text)
        ) and not deed_told_of_someone(denying, stating):
            # "None of the eleven workers died" / "All 11 came out alive": a
            # denial of everyone tells what the other side tells of each
            return False
        denied, other = (a.sentence, b.sentence) if denied_a else (b.sentence, a.sentence)
        if denies_alike(other, denied):
            # "passed off peacefully and no arrests were made" / "reported no
            # arrests": the other side denies too, in a clause the frame is not of
            return False
        if implies_not(b.sentence if denied_a else a.sentence) and not stops_both(denying, stating):
            # "did not comment" / "declined to comment": a verb that denies
            return False
        return not _opposed(fa, fb)
    return denied_a == denied_b and _opposed(fa, fb)


def denied_in_a_clause(a: str, b: str) -> bool:
    """Does sentence `a` deny a verb (an auxiliary, then "not" or "never": "would not
    resign", "has never been evacuated", "won't play") that sentence `b` states with
    no denial anywhere ("would resign")? The frame reads one predicate; a second
    clause ("was disappointed and would not resign") holds a deed of its own, and
    its polarity turned round is no agreement to show. A `b` that denies in any
    word ("didn't", "no one", "declined to", "unharmed") may say the same the other
    way round, so only a `b` with no denial at all is read."""
    denied = _clause_denials(a)
    if not denied or has_negator(b) or implies_not(b):  # has_negator reads "n't" too
        return False
    return bool(denied & _verb_lemmas(b))


@lru_cache(maxsize=4096)
def _clause_denials(sentence: str) -> frozenset[str]:
    """The lemmas of the verbs an auxiliary's "not"/"never" (or its "n't") denies."""
    ws = words(sentence)
    found: set[str] = set()
    for k, word in enumerate(ws):
        if word in ("no", "never"):
            # "No evacuation warning was issued", "the ship never reached port":
            # the deed or its noun among the next two words
            found.update(
                verb_lemma(w)
                for w in ws[k + 1 : k + 3]
                if can_be_verb(w) and w not in AUX_LEMMAS and w not in STOPWORDS
            )
            continue
        if word == "not":
            if k == 0 or ws[k - 1] not in AUX_LEMMAS:
                continue  # "not only", "not just": no auxiliary, no denied verb
        elif not (word.endswith("n't") and word[:-3] in _CONTRACTED_AUX):  # words() writes ’ as '
            continue
        after = [w for w in ws[k + 1 : k + 1 + _AUX_REACH] if w not in _BETWEEN]
        if after and can_be_verb(after[0]) and after[0] not in AUX_LEMMAS:
            found.add(verb_lemma(after[0]))
    return frozenset(found)


@lru_cache(maxsize=4096)
def _verb_lemmas(sentence: str) -> frozenset[str]:
    return frozenset(verb_lemma(w) for w in words(sentence) if can_be_verb(w))


_AUX_REACH = 4  # "would not have been evacuated": the words up to the verb
# Words between the denial and its verb: auxiliaries of the verb group, and the
# adverbs that sit there in news prose
_BETWEEN = frozenset(
    "be been being have has had yet ever even also always immediately formally "
    "officially publicly".split()
)
# "didn't", "won't", "can't", "isn't" (words() keeps the contraction whole)
_CONTRACTED_AUX = frozenset(
    "do does did is are was were has have had wo would could ca should must might need".split()
)


def _words_opposed(a: Claim, b: Claim, lemma_a: str, lemma_b: str) -> bool:
    """A word of one side only whose opposite is a word of the other side only,
    one of them its side's main predicate ("The zoo opened its gates" / "The zoo
    will stay closed"); or one predicate moved "up" on one side and "down" on the
    other ("revised up to 210,000" / "revised down to 210,000"). Any two words of
    two long sentences were too often two facts told beside the shared one."""
    words_a, words_b = set(words(a.text)), set(words(b.text))
    said_a, said_b = words_a & _DIRECTIONS, words_b & _DIRECTIONS
    if len(said_a) == len(said_b) == 1 and said_a != said_b:
        return same_predicate(lemma_a, lemma_b)
    only_a = words_a - words_b - STOPWORDS
    only_b = {y for y in words_b - words_a - STOPWORDS if has_opposite(y)}
    if any(
        _direct(x, y) and (lemma_a in lemmas(x) or lemma_b in lemmas(y)) and not is_converse(x, y)
        for x in only_a
        for y in only_b
    ):
        return True
    # Each side's own predicate turned round, whatever the frame took for the main one
    # ("allowed it to resume service" / "has barred the vessel from sailing"): opposite
    # words both told as predicates, read through what each stands for.
    rest_b = words_b - words_a - STOPWORDS
    told_a = _told_predicates(a.text, only_a)
    told_b = _told_predicates(b.text, rest_b)
    # a predicate against the other side's predicate, or against an adjective that
    # describes its noun instead ("The ship was northbound" / "The southbound ship")
    # (two adjectives are no predicates: "the old depot" / "the new depot")
    described_a = {w for w in only_a if _adjective_only(w)}
    described_b = {w for w in rest_b if _adjective_only(w)}
    return any(opposed_words(x, y) for x in told_a for y in told_b | described_b) or any(
        opposed_words(x, y) for x in described_a for y in told_b
    )


def _adjective_only(word: str) -> bool:
    """Is every WordNet reading of the word an adjective ("southbound")?"""
    read = table().lemmas(word)
    return bool(read) and all(part == "a" for part, _ in read)


def _told_predicates(text: str, only: set[str]) -> set[str]:
    """The words of `only` the sentence tells as predicates; a form in -s that may be
    a plural noun is left out ("holiday lets" is no "let")."""
    ws = tuple(words(text))
    return {
        w
        for k, w in enumerate(ws)
        if w in only
        and told_as_predicate(ws, k)
        and not (w.endswith("s") and any(part == "n" for part, _ in table().lemmas(w)))
    }


def _direct(x: str, y: str) -> bool:
    """Forms of two opposite lemmas, without the verbs that stand for them: read
    over every word of two sentences, "climbed" (rise) / "cut" (lower) were no
    opposites."""
    pairs = opposite_pairs()
    return any((p, q) in pairs for p in lemmas(x) for q in lemmas(y))


_DIRECTIONS = frozenset({"up", "down"})


def _refused(a: str, b: str) -> bool:
    """The other side does what this side refuses, fails or declines to do: "saw
    the court refuse to accept the ruling" / "saw the court accept the ruling"."""
    if has_negator(b):
        return False  # "declined to comment" / "did not comment": one fact
    ws, others = words(a), set(words(b))
    for k in range(len(ws) - 2):
        if (
            ws[k + 1] == "to"
            and ws[k + 2] in others
            and ws[k] not in others
            and any(lemma in _REFUSING for lemma in _forms(ws[k]))
        ):
            return not any(any(f in _REFUSING for f in _forms(w)) for w in others)
    return False


_REFUSING = frozenset("refuse fail decline".split())


def _denied(frame: Frame) -> bool:
    """The predicate denied, or its thing: "had no plans to", "found no evidence"."""
    return frame.negated or bool(frame.thing is not None and _NO.match(frame.thing.text))


def complement_denied(claim: Claim) -> bool:
    """A verb of thinking or estimating whose clause is denied: "Officials estimate
    the change will not trim outlays" denies the trimming, as "says the change will
    not trim" does (the frame reads through "says", not through "estimate")."""
    frame = claim.frame
    if frame is None or frame.predicate is None or frame.negated:
        return False
    if frame.lemma not in _THINKING:
        return False
    after = claim.sentence[frame.predicate.end - claim.sentence_start :]
    return bool(_DENIED_CLAUSE.search(after))


# Verbs whose object is a clause told as expected, thought or reckoned
_THINKING = frozenset(
    "estimate expect believe think predict forecast project reckon calculate fear hope "
    "suspect assume anticipate".split()
)
# "the change will not trim", "it won't", "they did not", "had never"
_DENIED_CLAUSE = re.compile(
    r"^[^,;:]*?\b(?:will|would|could|can|do|does|did|is|are|was|were|has|have|had|should|"
    r"may|might|must)\s+(?:not|never)\b|^[^,;:]*?\b\w+n[’']t\b",
    re.IGNORECASE,
)


def deed_told_of_someone(denying: Claim, stating: Claim) -> bool:
    """Does the stating side tell, undenied, the very deed the other denies of
    everyone: its verb ("No one was injured" / "Two firefighters were injured"), or
    the verb of the noun the denial is of ("No arrests have been made" / "A woman
    was arrested")? Then the denial of everyone is no way of telling what the other
    side tells of each ("None of the eleven died" / "All 11 came out alive")."""
    fd, fs = denying.frame, stating.frame
    if fd is None or fs is None or not fd.lemma or not fs.lemma or fs.negated:
        return False
    told = word_root(fs.lemma.lower())
    denied = {word_root(fd.lemma.lower())}
    match = _NONE.match(denying.text)
    if match is not None:  # the noun after "no": "No arrests have been made"
        denied |= {word_root(w) for w in words(denying.text[match.end() :])[:1]}
    return told in denied


def stops_both(denying: Claim, stating: Claim) -> bool:
    """Is the denied predicate itself a verb of stopping or refusal, and the other
    side's a verb of stopping or refusal told plainly ("were not suspended" /
    "were halted")? Then the denying verb is no way of saying what the denial says:
    the one tells the services ran, the other that they stopped."""
    fd, fs = denying.frame, stating.frame
    if fd is None or fs is None or not fd.lemma or not fs.lemma or fs.negated:
        return False
    return _stopping(fd.lemma) and _stopping(fs.lemma)


def _stopping(lemma: str) -> bool:
    lemma = lemma.lower()
    return bool(_forms(lemma) & _DENYING) or STOPPING.search(lemma) is not None


def _says_none(frame: Frame) -> bool:
    return frame.actor is not None and bool(_NONE.match(frame.actor.text))


def denies_alike(other: str, denied: str) -> bool:
    """Does the other sentence deny something the denied sentence speaks of: the
    first content word after one of its negators is a word of the denied sentence
    ("no arrests were made" / "reported no arrests"), or the negator governs none,
    or it denies of everyone ("no one was hurt")? A denial of something else ("with
    no appointment needed" / "will not be offered"; "had not acted out of malice" /
    "did not testify") is another clause's. So is a denial that answers one the
    denied sentence makes besides its own ("with no appointment needed" / "will not
    be offered ... giving the vaccine without an appointment"): each side denies the
    appointment, and the offering is still denied on one side only."""
    said = words(other)
    spoken = {stem(w) for w in words(denied)}
    denials = _denials(words(denied))
    answered: set[str] = set()
    for k, word in enumerate(said):
        if not is_negator(word):
            continue
        if word in _EVERYONE or said[k + 1 : k + 2] == ["one"]:
            return True  # "and no one was hurt" / "There were no injuries": a denial of all
        governed = _governed(said, k)
        if not governed:
            return True
        if stem(governed) not in spoken:
            continue
        if stem(governed) not in denials:
            return True  # the denied sentence speaks of it undenied: its one denial
        answered.add(stem(governed))
    # each denial of the denied sentence answered by one of the other's
    return bool(answered) and answered == set(denials)


def _governed(said: list[str], k: int) -> str:
    """The first content word within a negator's reach, "" when none."""
    return next((w for w in said[k + 1 : k + 1 + _GOVERNED] if w not in STOPWORDS | NEGATORS), "")


def _denials(said: list[str]) -> list[str]:
    """The stem each negator of a sentence governs ("" for one that governs none)."""
    return [stem(_governed(said, k)) for k, w in enumerate(said) if is_negator(w)]


_GOVERNED = 4  # "had not yet been told": the words a negator reaches
_EVERYONE = frozenset({"nobody", "none", "nothing", "neither"})


def implies_not(sentence: str) -> bool:
    """Does the sentence hold a verb or adjective whose meaning denies its
    complement ("declined to", "refused", "failed to", "unable to")?"""
    return any(
        _UN.match(w) or any(lemma in _DENYING for lemma in _forms(w)) for w in words(sentence)
    )


# "unharmed", "unchanged", "unable": un- before a word denies it (not "under", "union")
_UN = re.compile(r"^un(?!der|til|ion|it|iv|iq|iform|cle|less)[a-z]{4,}$")


def _forms(word: str) -> frozenset[str]:
    return frozenset({word, *lemmas(word)}) | frozenset(
        word[: -len(end)] + new for end, new in _ENDINGS if word.endswith(end)
    )


_ENDINGS = (("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"), ("ied", "y"))
# Verbs and adjectives of refusal, failure, absence and prevention.
_DENYING = frozenset(
    "decline refuse fail deny reject avoid lack miss prevent stop halt cancel ban forbid "
    "bar block absent withhold dismiss abandon drop scrap oppose failure refusal absence "
    "barely hardly scarcely".split()
)
_NO = re.compile(r"^\W*no\b", re.IGNORECASE)
_NONE = re.compile(r"^\W*(?:no\b|none\b|nobody\b|nothing\b|neither\b)", re.IGNORECASE)


def _opposed(fa: Frame, fb: Frame) -> bool:
    """The lemmas are opposites, or one is the opposite of a synonym of the other."""
    assert fa.lemma is not None and fb.lemma is not None
    x, y = fa.lemma.lower(), fb.lemma.lower()
    if is_converse(x, y):
        return False  # "the Jets won" / "the Dolphins lost": one game from either side
    return x != y and (_opposes(x, y) or _opposes(y, x))


@lru_cache(maxsize=65536)
def _opposes(x: str, y: str) -> bool:
    if not has_opposite(x):
        return False
    if opposite(x, y):
        return True
    # an opposite of a word that shares a sense with y: the table's own words
    kin = senses(y)
    return bool(kin) and any(senses(z) & kin for z in _opposites_of(x))


@lru_cache(maxsize=65536)
def _opposites_of(word: str) -> frozenset[str]:
    meant = meant_lemmas(word)
    return frozenset(b for a, b in opposite_pairs() if a in meant)
