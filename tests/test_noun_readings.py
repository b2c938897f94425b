"""Nouns that the lexicon also lists as verb forms stay nouns inside a noun phrase:
a singular noun in -s is no plural subject ("a bus depot in"), a base form in -ed or
-ing is no participle ("a wing on", "a shed near"), and a noun that is only a rarer,
older past of its verb ("crew" of "crow") is the noun. Sentences invented here."""

from __future__ import annotations

import pytest

from compare.extract.lemmas import noun_of_its_own
from compare.extract.neighbours import plural
from compare.extract.wordclass import tag_tokens


def _tag_of(sentence: str, word: str) -> str:
    return next(t.tag for t in tag_tokens(sentence) if t.text == word)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The driver stopped at a roadside gas depot in the hills.", "depot"),
        ("She joined a small survey crew for the summer.", "crew"),
        ("He slept in a narrow bed near the door.", "bed"),
        ("Patients moved to the new surgical wing on Friday.", "wing"),
        ("Tools were kept in a garden shed behind the house.", "shed"),
        ("Residents spoke at a lengthy hearing on the plan.", "hearing"),
        ("The band played on Tuesday evening at the pier.", "evening"),
    ],
)
def test_a_noun_inside_a_noun_phrase_is_no_verb(sentence: str, word: str) -> None:
    assert _tag_of(sentence, word) == "word"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The robots measure between two and three feet.", "measure"),
        ("Share prices rose in early trading.", "rose"),
        ("The old woman lay in bed for a week.", "lay"),
        ("The visitor left before noon.", "left"),
        ("Several boats shed their loads in the storm.", "shed"),
        ("Need to act now, the memo said.", "Need"),  # a base form opening a sentence
        ("A clerk working for the firm was hurt.", "working"),  # a noun before it
    ],
)
def test_verbs_after_their_subjects_stay_verbs(sentence: str, word: str) -> None:
    assert _tag_of(sentence, word) == "verb"


def test_a_singular_noun_in_s_is_no_plural() -> None:
    assert not plural("gas") and not plural("bus")
    assert plural("robots") and plural("people")
    assert plural("glimbers")  # out of the lexicon: the -s decides


def test_only_a_rarer_older_past_that_is_a_noun_is_read_as_the_noun() -> None:
    assert noun_of_its_own("crew")  # "crowed" is the usual past of "crow"
    # the usual pasts of their verbs, or no noun of their own
    assert not any(noun_of_its_own(w) for w in ("rose", "left", "lay", "ground", "found"))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a base form that ends in -s is no -s form: after a singular noun it is a noun
        (
            "The referee waved play on after a remark by a Kestrel witness about the clock.",
            "witness",
        ),
        ("Crews cleared the snow from a Harwick access road in the valley.", "access"),
        ("The choir sang at a Dunmore address for the mayor.", "address"),
    ],
)
def test_a_base_form_in_s_after_a_noun_is_no_verb(sentence: str, word: str) -> None:
    assert _tag_of(sentence, word) == "word"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The two unions discuss the offer on Monday.", "discuss"),  # after a plural
        ("The mayor discusses the offer on Monday.", "discusses"),  # an -s form
    ],
)
def test_verbs_in_s_after_their_subjects_stay_verbs(sentence: str, word: str) -> None:
    assert _tag_of(sentence, word) == "verb"
