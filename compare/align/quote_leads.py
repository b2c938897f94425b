"""Two quotations of one speaker that open with one clause and go on differently.

Outlets quoting one remark often cut it at other places, or report the words of its
opening clause differently and then paraphrase the rest in other words: "No child will
have to cross the ring road to get to school, and every child will be safe" / "Some
children will have to cross the ring road to get to school, and we will make sure the
crossing is safe". Taken whole, the two share too few words to be one quotation
(quotes.MIN_CONTAINMENT), and the change in the opening clause ("No child" / "Some
children") goes unseen.

When the whole quotations are too far apart, their opening clauses (up to the first
comma, semicolon, dash, colon or sentence end after at least MIN_LEAD words; a quotation
with no such end is its own opening clause) are compared as quotations of their own:
of like length (MIN_LENGTH_RATIO), sharing words from their openings (OPENING_SLACK),
the shorter's word stems held in the longer, not scattered, at ONE_OPENING_CONTAINMENT
(looser than a whole quotation's MIN_CONTAINMENT: "This is not the last statue we will
bring home" / "This may be the last statue we can bring home"), with at least two
content words shared, and both quotations must be credited to one named person
(people.same_person), since a clause told alike by two people is only a phrase both
used. The pair is then judged on the opening clauses alone: what follows them was cut
or paraphrased, not misquoted. Opening clauses told alike say nothing of the rest, so
such a pair is no ✓ (the caller marks it unchecked).
"""

from __future__ import annotations

import difflib
import re

import attrs

from compare.align.people import same_person
from compare.align.words import STOPWORDS, contained_span, stem, words
from compare.extract import Quote

MIN_LEAD = 5  # an opening clause this short ("Honestly, ...") is no clause of its own
MIN_CONTAINMENT = 0.75  # as quotes.MIN_CONTAINMENT
MIN_CONTENT = 2  # content words the two opening clauses share
# What of the shorter opening clause the longer must hold, as stems: less than a whole
# quotation needs (MIN_CONTAINMENT), since one speaker, one opening and a like length
# already say it is one remark ("This is not the last statue we will bring home" /
# "This may be the last statue we can bring home")
ONE_OPENING_CONTAINMENT = 0.6
MIN_LENGTH_RATIO = 0.75  # the shorter opening clause against the longer
OPENING_SLACK = 2  # words either clause may have before the words they share
# Where a clause ends inside a quotation.
_CLAUSE_END = re.compile(r"\s*(?:[,;:]|[.!?](?=\s|$)|\s[-–—]+\s)\s*")


@attrs.frozen
class Leads:
    """The opening clauses of two quotations, as written (for the judge's word diff)."""

    a: str
    b: str


def opening_clause(text: str) -> str:
    """The text up to the first clause end after at least MIN_LEAD words, or the whole."""
    for end in _CLAUSE_END.finditer(text):
        if len(words(text[: end.start()])) >= MIN_LEAD:
            return text[: end.start()]
    return text


def paired_leads(a: Quote, b: Quote, a_text: str, b_text: str) -> Leads | None:
    """The opening clauses of `a_text` and `b_text` (the two quotations' texts, as the
    caller spells them) when they are one quoted clause of one named speaker, and the
    quotations as wholes are not one (their containment under MIN_CONTAINMENT)."""
    if same_person(a.speaker, b.speaker) is not True:
        return None
    wa, wb = words(a_text), words(b_text)
    if _contained(wa, wb):
        return None  # one quotation as a whole: judged whole
    lead_a, lead_b = opening_clause(a_text), opening_clause(b_text)
    # word stems: "a single store" / "many stores" keep their noun in common
    la, lb = [stem(w) for w in words(lead_a)], [stem(w) for w in words(lead_b)]
    if min(len(la), len(lb)) < MIN_LEAD:
        return None
    if min(len(la), len(lb)) < MIN_LENGTH_RATIO * max(len(la), len(lb)):
        return None  # a short phrase inside a longer clause: only words both used
    if not _open_alike(la, lb) or not _contained(la, lb, ONE_OPENING_CONTAINMENT):
        return None
    shared = set(la) & set(lb)
    if len(shared - STOPWORDS) < MIN_CONTENT:
        return None
    return Leads(lead_a, lead_b)


def _open_alike(la: list[str], lb: list[str]) -> bool:
    """Do the two clauses share words from their openings ("No child will have to" /
    "Some children will have to"), not only somewhere inside?"""
    blocks = [
        m
        for m in difflib.SequenceMatcher(a=la, b=lb, autojunk=False).get_matching_blocks()
        if m.size
    ]
    return bool(blocks) and blocks[0].a <= OPENING_SLACK and blocks[0].b <= OPENING_SLACK


def _contained(wa: list[str], wb: list[str], floor: float = MIN_CONTAINMENT) -> bool:
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if not short:
        return False
    matched, first, last = contained_span(short, long)
    if matched / len(short) < floor:
        return False
    return last - first <= 1.5 * len(short) + 2  # not scattered (as quotes.quote_score)
