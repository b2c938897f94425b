"""Two sentences shown as agreeing whose clauses credit the deed to two parties.

A pair the judges agree on states one fact. When each sentence's own clause names
its doer in words (the frame's actor: the subject of an active verb or the agent
after "by"; no pronoun, no count, no saying, no verb of being or going):
- two parties (party_doers.parties_apart: named apart, bodies or kinds of people
  apart, neither named in the other sentence) or two kinds of people (WordNet's
  noun.person, each noun's commonest sense a person: "keepers" / "a vet") keep the
  pair from being shown as an agreement (contrary_slots);
- when both clauses do their deed to a thing and neither article speaks of the
  other's doer anywhere (its names, acronyms spelt out, its head noun), the pair
  is an actor conflict, whatever verbs the outlets chose ("Soldiers evacuated the
  residents" / "volunteer firefighters carried all the residents out"; "X will pay
  for the training" / "The training will be funded by Y").
A person and the body they lead or speak for are no two parties (parties_apart).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from compare.align.actor_names import names, names_and_acronyms
from compare.align.model import Conflict, Judgement, Severity, Verdict
from compare.align.party_doers import parties_apart, party
from compare.align.sole_deeds import _earlier
from compare.align.words import STOPWORDS, stem, words
from compare.extract import Claim
from compare.extract.lemmas import classes
from compare.extract.lexicon import REPORTING_VERBS
from compare.extract.people_nouns import counting_nouns, other_kinds, people_noun, singular
from compare.extract.wordlists import is_number_word

_PRONOUNS = frozenset(
    "i we you he she it they this that these those who which one someone anyone"
    " my our your his her its their".split()
)
_LIST = re.compile(r"\s*(?:,\s*)?(?:and|or|&|as well as|together with|with)\s", re.IGNORECASE)
_APPOSED = re.compile(r",\s*[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*")
NO_DEEDS = frozenset(
    "be have begin start end continue remain become seem lie sit stand come go get".split()
)


def main_doer(claim: Claim) -> str | None:
    """The doer of the claim's own clause, told in words; None when unread, a
    pronoun, a saying or a clause of being."""
    frame = claim.frame
    if frame is None or frame.negated or not frame.lemma or frame.actor is None:
        return None
    if frame.lemma in NO_DEEDS or frame.lemma in REPORTING_VERBS:
        return None
    told = frame.actor  # a "he" / "she" resolved to a name is no evidence here
    text = told.text
    if set(words(text)) & _PRONOUNS:
        return None
    after = claim.sentence[told.end - claim.sentence_start :]
    if _LIST.match(after):
        return None  # "by the highway agency and local volunteers": no one party
    named = _APPOSED.match(after)
    if named is not None:
        text += named.group(0)  # "a night watchman, Pablo Serrat": the name set beside
    return _sentence_case(text) if told.start == claim.sentence_start else text


def _counted(doer: str) -> bool:
    """A doer told by its number ("Sixty-one people", "some 800 residents"): what is
    counted, not who acted."""
    return any(w[:1].isdigit() or is_number_word(w) for w in words(doer))


def _sentence_case(text: str) -> str:
    """A doer opening its sentence with a common word, written as inside a sentence
    ("Soldiers" -> "soldiers": no name)."""
    first, _, rest = text.partition(" ")
    lower = first.lower()
    common = lower in STOPWORDS or classes(lower) or people_noun(lower)
    if first[:1].isupper() and first[1:].islower() and common:
        return " ".join(filter(None, (lower, rest)))
    return text


def agreed_doers_apart(a: Claim, b: Claim) -> str | None:
    """The two doers when the claims' clauses credit their deed to two parties."""
    if a.source == b.source:
        return None
    x, y = main_doer(a), main_doer(b)
    if x is None or y is None:
        return None
    return f"{x} vs {y}" if two_parties(x, y, a.sentence, b.sentence) else None


def two_parties(x: str, y: str, sentence_a: str, sentence_b: str) -> bool:
    """Are two doers told in words two parties (party_doers.parties_apart) or people
    of other kinds ("officers" / "a farmer")?"""
    if parties_apart(x, y, sentence_a, sentence_b):
        return True
    kind_x, kind_y = _people(x), _people(y)
    return kind_x is not None and kind_y is not None and other_kinds(kind_x, kind_y)


def doers_untied(a: Claim, b: Claim, text_a: str, text_b: str) -> tuple[str, str] | None:
    """The two doers when the claims credit their deed to two parties and neither
    article speaks of the other's doer anywhere (its names, acronyms spelt out, or
    the noun heading it): one article then never ties the deed to the other's doer.
    A bare role ("a local fisherman") is no party (described_doers)."""
    x, y = main_doer(a), main_doer(b)
    if a.source == b.source or x is None or y is None:
        return None
    if a.frame is None or b.frame is None or a.frame.thing is None or b.frame.thing is None:
        return None  # a deed done to a thing ("walked", "had worked": no one's deed)
    if _earlier(a, b) or not parties_apart(x, y, a.sentence, b.sentence):
        return None  # an earlier occasion ("In 2019 it was repaired by") is another deed
    if _spoken_of(x, text_b) or _spoken_of(y, text_a):
        return None
    return x, y


def _people(doer: str) -> str | None:
    """The last noun for people in a doer told without a name or a count, when its
    commonest sense is a kind of person ("keepers at the zoo": "keeper"; "the plant",
    a person in a rare sense only, and "the club", a body, which takes in people of
    any kind: None)."""
    if _counted(doer) or names(doer):
        return None
    told = [w for w in words(doer) if people_noun(w) is not None]
    if not told:
        return None
    one = singular(told[-1])
    return one if one in counting_nouns() else None


def _spoken_of(doer: str, text: str) -> bool:
    found = party(doer)
    if found is None:
        return True
    if found.names & names_and_acronyms(text):
        return True
    return bool(found.head) and stem(found.head) in _stems(text)


def actor_judgement(members: Sequence[Claim], texts: Mapping[str, str]) -> Judgement | None:
    """An actor discrepancy for two statements of two sources that would agree but
    whose clauses credit their deed to two parties neither article ties together
    (`doers_untied`); None otherwise, or when the articles' texts are not at hand."""
    if len(members) != 2 or any(m.kind != "statement" or m.source not in texts for m in members):
        return None
    a, b = members
    doers = doers_untied(a, b, texts[a.source], texts[b.source])
    if doers is None:
        return None
    # two named doers cannot both be right; a body or people told by their noun
    # against another party is shown for a reader to check
    severity = Severity.CONFLICT if both_named(*doers) else Severity.VARIANT
    return Judgement(
        verdict=Verdict.DIFFER, conflict=Conflict.ACTOR, severity=severity, title=" vs ".join(doers)
    )


def both_named(x: str, y: str) -> bool:
    """Are both doers (`main_doer`'s) named, not told by a noun only?"""
    found = [party(x), party(y)]
    return all(p is not None and p.names for p in found)


@lru_cache(maxsize=64)
def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words(text))
