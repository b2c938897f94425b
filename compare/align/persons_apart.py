"""Two sentences that each name a person in full, and neither of whom the other
sentence names: "Education Secretary Simon Aldous said the offer was fair" /
"Simon Okonkwo, the education secretary, described the offer as fair".

News writing names a person in full once and by the surname after, so the surname
is what tells one person from another: another Simon is another person. When each
sentence names someone and neither surname is in the other sentence, the two
sentences are told of two people, or of one person under two names; either way the
pair is not shown to be about one doer, and an agreement over it is not shown
(the pair is left unchecked, not reported as a conflict: the two may well be two
people each doing their part). A person named on one side only ("Police arrested
two men" / "Sgt Dana Klee arrested two men"), or named by the surname on the other
("Aldous said" / "Simon Aldous said"), or with only a title ("the minister") is
left alone: that is the group and title rules' business."""

from __future__ import annotations

import re
from functools import lru_cache

from compare.align.actor_names import names
from compare.extract import Claim
from compare.extract.lexicon import REPORTING_VERBS, ROLE_NOUNS
from compare.extract.names import Mention, name_mentions, names_a_person, split_title
from compare.extract.people_nouns import people_noun

# After a name: an apposition that describes a person ("Simon Okonkwo, the
# education secretary,", "Raymond Ortega, 38,", "Ana Ruiz, who ...")
_APPOSITION = re.compile(r",\s+(?:the|a|an|\d+|who|whose)\b", re.IGNORECASE)
# A single name described by its age: "Okonkwo, 38,"
_AGED = re.compile(r",\s+\d+\b")
# A name after these is a place's as often as not ("In Leeds, the council said")
_PLACE_PREPOSITIONS = frozenset("in at from to near into across outside inside of".split())
_WORD_BEFORE = re.compile(r"([A-Za-z][a-z'’-]*)\W*$")
_WORD_AFTER = re.compile(r"\W*([a-z]+)")


@lru_cache(maxsize=4096)  # a sentence is judged against each of its partners
def surnames(sentence: str) -> frozenset[str]:
    """The surnames of the people the sentence names in full ("Sergei Antonescu",
    "Transport Secretary Helen Okoro", "Greystone's Patricia Lindqvist")."""
    return frozenset(
        split_title(mention.text)[1].split()[-1].lower().rstrip(".")
        for mention in name_mentions(sentence)
        if _a_person(sentence, mention)
    )


def _a_person(sentence: str, mention: Mention) -> bool:
    """A name in full told as a person's or owning something ("Aaron Bell's
    dismissal"), or a lone surname told as one by its
    apposition or its speech ("Okonkwo, 38, bought", "said Tully, the minister");
    a common word opening the sentence ("Police, who ...") is no name."""
    if " " not in mention.text.strip():
        return bool(names(mention.text)) and _told_as_person(sentence, mention, titled=False)
    return names_a_person(mention.text) and (
        mention.possessive or _told_as_person(sentence, mention)
    )


def _told_as_person(sentence: str, mention: Mention, *, titled: bool = True) -> bool:
    """A run of capitalised words is a person's name (not "Port Sereno", "Brackwood
    Zoo") where news writing marks it as one: after a title ("Transport Secretary
    Helen Okoro"), after a noun for people or a post ("forecaster Aaron Blake",
    "chief executive Ingrid Solheim"), with an apposition ("Simon Okonkwo, the
    education secretary,"), or speaking ("said Ana Ruiz", "Ana Ruiz said")."""
    if titled and split_title(mention.text)[0]:
        return True
    before = _WORD_BEFORE.search(sentence, 0, mention.start)
    if before is not None:
        word = before.group(1).lower()
        if word in _PLACE_PREPOSITIONS:
            return False
        if word in REPORTING_VERBS or (
            titled and (word in ROLE_NOUNS or people_noun(word) is not None)
        ):
            return True
    if (_APPOSITION if titled else _AGED).match(sentence, mention.end):
        return True
    after = _WORD_AFTER.match(sentence, mention.end)
    return after is not None and after.group(1) in REPORTING_VERBS


def persons_apart(a: Claim, b: Claim) -> bool:
    """Each sentence names a person in full, and none of them is named in the other."""
    people_a, people_b = surnames(a.sentence), surnames(b.sentence)
    if not people_a or not people_b:
        return False
    return not people_a & names(b.sentence) and not people_b & names(a.sentence)
