"""The subject of a clause whose subject is followed by a participle phrase:
"Herders grazing cattle near the border first reported the swarm", "A fisheries
officer conducting shore surveillance spotted the boat".

English sets a present participle phrase straight after a subject to tell what its
people were doing ("two walkers exercising their dogs found the bones"); the frame
reader takes the participle's object for the subject ("cattle reported the swarm").
When the words before the frame's actor open the sentence with a noun phrase and
then a participle (a word in -ing whose verb WordNet knows), the doer is that
opening phrase: the participle's object is not who did the deed.
"""

from __future__ import annotations

import re

from compare.align.words import STOPWORDS
from compare.extract.lemmas import classes, verb_lemma

# the opening phrase (up to five words, no punctuation) and the participle after it
_OPENING = re.compile(
    r"^(?P<subject>[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,4}?)\s+(?P<participle>[a-z]{3,}ing)\s"
)


def opening_subject(sentence: str, actor_at: int) -> str | None:
    """The opening noun phrase when a participle phrase stands between it and the
    frame's actor (which begins `actor_at` characters into the sentence); None when
    the sentence opens otherwise."""
    found = _OPENING.match(sentence)
    if found is None or actor_at < found.end("participle"):
        return None
    participle = found.group("participle")
    if verb_lemma(participle) == participle or "verb" not in classes(participle):
        return None  # "morning", "building": no participle
    last = found.group("subject").split()[-1]
    kinds = classes(last.lower())
    if last.lower() in STOPWORDS or ("noun" not in kinds and not last[:1].isupper()):
        return None  # the phrase must end on its head noun ("Herders", "officer")
    if "verb" in kinds and "noun" not in kinds:
        return None
    return found.group("subject")
