"""A thing one outlet says there was none of and the other says there was, on
sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import verdicts_of

from compare import Conflict, Verdict
from compare.align.denied_things import denied, denied_and_stated

FILLER_A = "The weather was mild for the time of year. Shops reported a busy afternoon. "
FILLER_B = "Traffic was light in the centre. The council thanked residents for their patience. "


@pytest.mark.parametrize(
    ("sentence", "phrases"),
    [
        ("There was no smell of gas before the blast.", ("smell of gas before", "smell of gas")),
        # the shorter reading is kept too: a word after the noun cannot be told apart
        ("Police found no sign of forced entry.", ("sign of forced entry", "sign of forced")),
        ("The crash caused no injuries.", ()),  # one word: too common to tie two sentences
        ("There was no warning.", ()),
        # a noun that another noun describes ("no dialysis machine") names one thing
        ("The clinic still has no dialysis machine.", ("dialysis machine",)),
        ("No one was hurt in the crash.", ()),
        ("No bones have been found.", ()),  # a verb after the noun is no compound
    ],
)
def test_denied_phrases_are_read(sentence, phrases):
    assert denied(sentence) == phrases


APART = [
    (
        "Residents had reported a smell of gas the evening before the blast.",
        "Neighbours said there had been no smell of gas before the explosion.",
    ),
    (
        "Detectives said there was a sign of forced entry at the back door.",
        "Police found no sign of forced entry at the flat.",
    ),
    (
        "Witnesses described a flash of light seconds before the crash.",
        "The pilot reported no flash of light before the engine failed.",
    ),
    # a compound stated with any word before it
    (
        "The district hospital's new wing has its own maternity theatre.",
        "There is still no maternity theatre at the district hospital.",
    ),
    ("The settlement includes holiday pay for last year.", "The settlement has no holiday pay."),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_a_thing_denied_and_stated_is_a_negation(a, b):
    found = denied_and_stated(a, b)
    assert found is not None and found.conflict == Conflict.NEGATION
    shown = verdicts_of(a, b, FILLER_A, FILLER_B)
    assert (Verdict.DIFFER, Conflict.NEGATION) in shown
    assert (Verdict.AGREE, None) not in shown


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two days: two facts
        ("A smell of gas was reported on Friday.", "There was no smell of gas on Monday."),
        # both deny it
        (
            "There was no sign of forced entry, police said.",
            "Detectives found no sign of forced entry.",
        ),
        # the stating side denies it too, in other words
        ("There was not a sign of forced entry.", "Police found no sign of forced entry."),
        # another thing of the same kind
        ("There was a smell of smoke in the hall.", "There was no smell of gas in the hall."),
        # another compound of one of its nouns
        ("The ward has a blood fridge.", "There is no blood bank at the clinic."),
        # under a condition, inside a quotation, or stated by a sentence that denies
        # in a word of its own
        (
            "The driver ran a stop sign on the avenue.",
            'The avenue has no stop sign, no bump, nothing," a neighbour said.',
        ),
        (
            "The state's farm plan was meant to rescue the dairy industry.",
            "Without the state's plan there would be no dairy industry.",
        ),
        (
            "The specific reason for the delay is unknown.",
            "No specific reason for the delay was given.",
        ),
    ],
)
def test_two_days_two_denials_or_two_things_are_no_negation(a, b):
    assert denied_and_stated(a, b) is None
