"""The attribution rules beyond the quote's sentence, applied by
`quoting.extract_quotes` in this order when no rule inside the sentence fires
(see `table`)."""

from __future__ import annotations

from compare.extract.attribution.rule import INTRO as _INTRO
from compare.extract.attribution.rule import Rule
from compare.extract.attribution.rule import examples as _ex

BEYOND: tuple[Rule, ...] = (
    Rule(
        "signature-line",
        "beyond",
        "a quote-only paragraph signed on the line below it",
        _ex(
            ("“We will rebuild the bridge.”\n\n— Ana Ruiz, city engineer", "Ana Ruiz"),
        ),
    ),
    Rule(
        "headline",
        "beyond",
        "a headline's name before its colon or its verb",
        _ex(
            ("Okafor Slams ‘Rushed Plan’ For Bridge\n\nThe council met on Monday.", "Okafor"),
        ),
    ),
    Rule(
        "sentence-subject",
        "beyond",
        "no speech verb: the subject of the quote's sentence",
        _ex(
            ("Tom Okafor put the delay down to “careless planning” last year.", "Tom Okafor"),
            (
                "Former Labour councillor Ana Ruiz stood and applauded “the plan” at length.",
                "Ana Ruiz",
            ),
            # In a clause a verb reports ("sniped that ..."), that verb's subject speaks.
            (
                "Ana Ruiz sniped that Tom Okafor, a first-time mayor, was “learning on the job.”",
                "Ana Ruiz",
            ),
            # A cue in a "when" clause closed before the main clause is not the quote's.
            (
                "When Ana Ruiz announced the vote, Tom Okafor famously referred to it as "
                "“a farce”.",
                "Tom Okafor",
            ),
        ),
    ),
    Rule(
        "later-cue",
        "beyond",
        "a later quote of the same sentence has a cue: its speaker speaks both",
        _ex(
            ("Words like “maybe” and “perhaps,” Ana Ruiz told reporters, mean no.", "Ana Ruiz"),
            quote=0,
        ),
    ),
    Rule(
        "sentence-before",
        "beyond",
        "a quote-only sentence: the speaker or subject of the sentence before it",
        _ex(
            (
                "Ana Ruiz distanced herself from the plan. “I will not support it.”",
                "Ana Ruiz",
            ),
        ),
    ),
    Rule(
        "introduced",
        "beyond",
        "a quote-only paragraph after a paragraph ending in a colon: who it introduces",
        _ex(
            (_INTRO + "Ana Ruiz released this statement:\n\n“The bridge is closed.”", "Ana Ruiz"),
        ),
    ),
    Rule(
        "paragraph-before",
        "beyond",
        "a quote-only paragraph: who the paragraph before reports as speaking",
        _ex(
            (_INTRO + "Ana Ruiz said the bridge had failed.\n\n“It is closed.”", "Ana Ruiz"),
        ),
    ),
    Rule(
        "previous-quote",
        "beyond",
        "the speaker of the quote before, in the same or the previous paragraph",
        _ex(
            (
                "“The bridge is closed,” Ana Ruiz said. “It will stay closed.”",
                "Ana Ruiz",
            ),
        ),
    ),
    Rule(
        "runs-on",
        "beyond",
        "a quote running on into the next paragraph, attributed there",
        _ex(
            (
                "“The bridge is closed.\n\n“It will stay closed all year,” said Ana Ruiz.",
                "Ana Ruiz",
            ),
            quote=0,
        ),
    ),
)
