"""A quote in one article, its speaker's reported speech in the other: an agreement
when the reported clause tells what was quoted, never when it denies it or another
person says it."""

from __future__ import annotations

import pytest
from conftest import quote_statement_verdicts

from compare.align import AGREE, registry
from compare.align.reported_quotes import mutually_most_alike, told_part, told_share

QUOTED = (
    "Harbour master Ilse Brandvold walked the frozen quay on Monday morning. "
    '"I have worked on this coast my whole life and never seen ice like this in the '
    'harbour," she said.'
)
# the reporter's own words around the saying leave the quote covering under half of
# the statement: only the speaker in common ties the two
REPORTED = (
    "The harbour master, Ilse Brandvold, told reporters she had {} seen such ice in her "
    "years on the coast, and urged boat owners to check their moorings twice a day."
)


mixed = quote_statement_verdicts


def test_registered_across_kinds() -> None:
    assert "quote as reported speech" in [spec.name for spec in registry.cross_kinds()]


def test_quote_told_as_its_speakers_reported_speech_agrees() -> None:
    assert mixed(QUOTED, REPORTED.format("never")) == [("statement", str(AGREE))]


@pytest.mark.parametrize(
    "reported",
    [
        REPORTED.format("often"),  # the denial taken out: never a ✓
        # the same words reported of another person
        REPORTED.format("never").replace("The harbour master, Ilse Brandvold,", "Oskar Lunde"),
    ],
)
def test_reported_speech_that_differs_is_no_agreement(reported: str) -> None:
    assert mixed(QUOTED, reported) == []


HAIL = (
    "Vineyard owner Tomas Reyes watched the hail from his porch on Sunday. "
    '"We covered every row with netting, every single one, and it still was not enough," '
    "Reyes said."
)
# a pronoun opening the reported sentence: the person the sentence before names
NETS = (
    "{} grows grapes on 40 hectares near Aldea. {} said {} workers had stretched nets over "
    "all the rows before the storm, but that on the upper slopes it had not been enough to "
    "save the fruit."
)


def test_pronoun_speaker_is_the_person_named_just_before() -> None:
    assert mixed(HAIL, NETS.format("Tomas Reyes", "He", "his")) == [("statement", str(AGREE))]


def test_pronoun_after_another_person_is_another_speaker() -> None:
    assert mixed(HAIL, NETS.format("Neighbour Ana Soler", "She", "her")) == []


# The reported saying shares its speaker's name and title with another of the
# speaker's sentences, which the statement matchers pair with it first; the quote
# must still find its report.
CRANES = (
    "Port director Mirela Kostova urged shippers to book their berths early this winter. "
    "Crews have been working through the night since the storm. "
    '"Every crane we repair now is a crane we will have for the spring harvest," Kostova said.'
)
CRANES_REPORTED = (
    "The port has been badly hit by the storm. Port director Mirela Kostova said every "
    "crane repaired now would {}be a crane available for the spring harvest."
)


def test_reported_saying_paired_on_its_speaker_still_meets_the_quote() -> None:
    assert ("statement", str(AGREE)) in mixed(CRANES, CRANES_REPORTED.format(""))


def test_reported_saying_paired_on_its_speaker_that_denies_the_quote_is_no_agreement() -> None:
    assert mixed(CRANES, CRANES_REPORTED.format("not ")) == []


# One person quoted once by one outlet and reported once by the other, in words the
# word model finds too far apart to pair, two of the quote's uncommon words told
# again ("found my keys" / "find the keys", "gone" / "vanished"): the lone saying of
# each side is one saying told twice.
LONE_QUOTED = (
    "Baker Lena Varga saw the raid from her doorway. "
    '"It was over in seconds. By the time I had found my keys they were gone," Varga said.'
)
LONE_REPORTED = (
    "Lena Varga, 44, who runs the bakery opposite, said the robbers had vanished before "
    "she could even find the keys to her van."
)


def test_lone_quote_and_lone_reported_saying_of_one_speaker_agree() -> None:
    assert mixed(LONE_QUOTED, LONE_REPORTED) == [("statement", str(AGREE))]


@pytest.mark.parametrize(
    "reported",
    [
        # a denial set in: never a ✓
        LONE_REPORTED.replace("had vanished", "had not vanished"),
        # a second saying of the speaker in that article: which one tells the quote?
        LONE_REPORTED + " Varga said the street had been quiet all morning.",
        # another person's saying
        LONE_REPORTED.replace("Lena Varga", "Ida Lisko"),
        # one uncommon word of the quote told again: as often another saying
        LONE_REPORTED.replace("find the keys to", "reach"),
        # the statement quotes words itself
        LONE_REPORTED.replace("had vanished", 'had "simply vanished"'),
    ],
)
def test_lone_saying_needs_one_saying_of_that_speaker_and_two_words_alike(
    reported: str,
) -> None:
    assert mixed(LONE_QUOTED, reported) == []


def test_a_saying_told_beside_a_deed_credits_the_deeds_doer() -> None:
    # ", saying ..." reports the speaker's words beside what they did
    reported = (
        "Lena Varga, 44, who runs the bakery opposite, praised the police, saying the "
        "robbers had vanished before she could even find the keys to her van."
    )
    assert mixed(LONE_QUOTED, reported) == [("statement", str(AGREE))]


def test_told_part_keeps_the_clauses_the_other_side_tells() -> None:
    quoted = (
        "Every litre we store now is a litre we can pour in August, and nobody knows "
        "when it will rain"
    )
    said = "every litre stored now would be a litre to pour in August"
    assert "nobody" not in told_part(quoted, said)
    assert "litre" in told_part(quoted, said)
    # a denial in the told clause stays
    assert "not" in told_part("We will not store a litre more", said)


def test_told_share_counts_the_reported_clause_words_the_quote_tells() -> None:
    quote = "The ferry crews rowed through the fog and the wind"
    assert told_share("the crews rowed through fog", quote) == 1.0
    assert told_share("the museum bought a painting for the gallery", quote) == 0.0


def test_each_saying_meets_the_one_it_tells_most() -> None:
    # (words told alike, quote, statement): quote 1 tells statement 7 most and
    # statement 7 is told most by quote 1; quote 2 ties between 8 and 9
    kindred = [(3, 1, 7), (2, 1, 8), (2, 2, 8), (2, 2, 9)]
    assert mutually_most_alike(kindred) == [(1, 7)]
