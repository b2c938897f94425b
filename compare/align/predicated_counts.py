"""What a figure with no counted noun of its own counts: the noun its clause states
the figure of.

News English often names the counted thing before the figure, as the subject or
object of a verb that gives a value, not after it: "The organisers put the crowd
at 11,600", "Attendance was given as 18,200", "The number of confirmed cases has
risen to 23", "The index peaked at 612", "Turnout stood at 4,100". The figure then
has no noun after it, so numbers.unit_key gave it none and it was paired only with
near-identical sentences ("?"): "14,200 spectators" / "put the crowd at 11,600" or
"31 confirmed cases" / "the number of confirmed cases rose to 23" were never
compared.

The noun is read from the frame: the thing of a verb that sets a value on
something ("put", "estimate", "give", "set", "place", "peg"), the subject of a verb
that says where a quantity stands or has gone ("stand", "rise", "fall", "reach",
"peak", "total", "be"). The figure must be that value: right after "at", "to" or
"as", after the verb itself ("reached 540", "totalled 300") or after a form of
"be" ("Attendance was 18,200"). "The number / total / tally / count of X" counts X;
a noun that says only that there is a quantity ("the figure", "the total", "it")
names nothing, and a name or one person ("Ivo Marek was 71", "the trainer was 68":
an age) is no counted thing.

Measured through the public path at stop 44: on the read sets it types one more
figure conflict ("the number of confirmed cases has risen to 23" / "31 confirmed
cases") and one on the validation sets; no trap, ✓ or agreement moved, no ECB+
finding changed.
"""

from __future__ import annotations

import re

from compare.align.people_counts import GENERAL, commonly_people
from compare.align.words import words
from compare.extract import Number
from compare.extract.wordlists import NOUN_DETERMINERS

# Verbs that set a value on their object ("put the crowd at 11,600").
_SETTING = frozenset("put estimate give set place peg fix".split())
# Verbs that say where their subject's quantity stands or has gone.
_STANDING = frozenset(
    "be stand rise fall climb reach peak total hit top drop grow increase jump number "
    "soar swell edge dip decline sink".split()
)
# Of these, the ones that take the figure as their object ("reached 540").
_TAKING_FIGURE = frozenset("reach total hit top number peak".split())
_BE = frozenset("is was are were be been being stands stood".split())
# "the number of confirmed cases": the quantity of the noun after "of".
_QUANTITY_OF = frozenset("number total tally count sum".split())
# Heads that name no counted thing of their own.
_EMPTY_HEADS = frozenset(
    "number total tally count sum figure figures amount it this that there which what "
    "who whom whose they he she we one ones estimate his hers its theirs all both each none "
    "everyone everything nobody".split()
)
_WRITTEN = re.compile(r"[A-Za-z][\w'’-]*")
_VALUE_LEAD = re.compile(r"\b(?:at|to|as)\s*$", re.IGNORECASE)


def predicated_noun(number: Number) -> str | None:
    """The noun a unitless figure's clause states it of ("put the crowd at 11,600":
    crowd), lower case, or None."""
    if number.unit or number.form != "cardinal" or number.pair is not None:
        return None
    frame = number.frame
    if frame is None or frame.lemma is None or frame.negated:
        return None
    if frame.lemma in _SETTING:
        phrase = frame.thing
    elif frame.lemma in _STANDING:
        phrase = frame.actor
    else:
        return None
    if phrase is None or phrase.start >= number.start:
        return None  # the noun must come before the figure it is given for
    before = number.sentence[: number.start - number.sentence_start]
    if not _gives_value(before, frame.lemma):
        return None
    head = _head(phrase.text)
    if head is None:
        return None
    opens = phrase.start == number.sentence_start
    if _written_as_name(head, phrase.text, opens_sentence=opens):
        return None  # "the index" named ("Air Quality Index"), a person ("Steward was 68")
    if commonly_people(head) and head not in GENERAL and not head.endswith("s"):
        return None  # "the trainer was 68", "the victim was 45": one person's age
    return head


def _written_as_name(head: str, phrase: str, *, opens_sentence: bool) -> bool:
    """Is the head capitalised as written in the phrase, other than as the sentence's
    first word ("Attendance was 9,400"): a name, not a noun?"""
    written = _WRITTEN.findall(phrase)
    return any(
        w.lower() == head and w[:1].isupper() and not (opens_sentence and k == 0)
        for k, w in enumerate(written)
    )


def _gives_value(before: str, lemma: str) -> bool:
    """Is the figure the value the verb gives: after "at", "to", "as", a form of
    "be", or the verb itself when it takes the figure ("reached 540")?"""
    if _VALUE_LEAD.search(before):
        return True
    last = words(before)[-1:]
    if not last:
        return False
    if last[0] in _BE:
        return True
    return lemma in _TAKING_FIGURE and last[0].startswith(lemma[:4])


def _head(phrase: str) -> str | None:
    """The counted noun of a phrase: "The number of confirmed cases" → cases, "the
    city's average index" → index; None for a pronoun or an empty noun."""
    said = [w.lower() for w in words(phrase)]
    if "of" in said:
        cut = said.index("of")
        before, after = said[:cut], said[cut + 1 :]
        # "the number of confirmed cases" counts cases; "the backlog of parcels" a backlog
        said = after if _last_noun(before) in _QUANTITY_OF else before
    head = _last_noun(said)
    if head is None or head in _EMPTY_HEADS:
        return None
    return head


def _last_noun(said: list[str]) -> str | None:
    kept = [w for w in said if w.isalpha() and w not in NOUN_DETERMINERS]
    return kept[-1] if kept else None
