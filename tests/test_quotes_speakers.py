"""Speakers by grammar (issue 12, item 4): sentences written for these tests."""

from __future__ import annotations

import pytest

from compare import Source
from compare.extract import Quote, extract_claims

_INTRO = "Mayor Tom Okafor and engineer Ana Ruiz met residents on Monday night.\n\n"


def quotes(paragraph: str) -> list[Quote]:
    source = Source.from_text(_INTRO + paragraph, id="t")
    return [c for c in extract_claims(source) if isinstance(c, Quote)]


def test_an_adverb_opening_the_sentence_leaves_its_subject_speaking():
    found = quotes("Then he turned on the council, calling its plan “a fairy tale.”")
    assert (found[0].speaker_mention, found[0].rule) == ("he", "participle-subject")


@pytest.mark.parametrize(
    ("paragraph", "mention", "speaker"),
    [
        ("Okafor's pledge to keep the bridge “open for good” was broken.", "Okafor", "Tom Okafor"),
        ("Residents mocked Okafor's “bridge to nowhere” remark.", "Okafor", "Tom Okafor"),
        ("Ruiz faced questions over her claim that the bridge was “sound.”", "her", "Ana Ruiz"),
        ("Okafor's response was: “We will not close it.”", "Okafor", "Tom Okafor"),
    ],
)
def test_the_owner_of_a_noun_of_speech_said_it(paragraph, mention, speaker):
    quote = quotes(paragraph)[0]
    assert (quote.speaker_mention, quote.speaker, quote.rule) == (
        mention,
        speaker,
        "possessed-speech",
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        # A judge's word about the remarks, not words of the remarks.
        "Ruiz said Okafor's remarks were “careless.”",
        "Ruiz denounced Okafor's remarks as “careless.”",
        "Ruiz said Okafor's remarks “have done real harm.”",
    ],
)
def test_a_verdict_on_someones_words_is_the_judges(paragraph):
    quote = quotes(paragraph)[0]
    assert quote.speaker == "Ana Ruiz"


def test_a_cue_before_an_earlier_quote_of_the_sentence_speaks_the_later_one():
    found = quotes(
        "Ruiz called Okafor's promise of a “safe crossing” by spring “wishful thinking.”"
    )
    assert [q.speaker for q in found] == ["Tom Okafor", "Ana Ruiz"]


def test_the_subject_before_a_title_in_quotes_speaks_the_later_quote():
    found = quotes(
        "Ruiz, the author of “Bridges,” a book about old crossings, said the days of "
        "“cheap repairs” are over."
    )
    assert found[-1].speaker == "Ana Ruiz"


def test_a_reported_clause_after_said_is_no_inverted_speaker():
    found = quotes("Only 3 percent of self-described “optimists” said they would cross it.")
    assert found[0].speaker_mention is None


def test_a_tagline_right_after_the_quote_wins_over_an_earlier_verb():
    quote = quotes(
        "Okafor insisted that the crossing had served the town well: “It has never "
        "failed us,” he claimed."
    )[0]
    assert (quote.speaker_mention, quote.rule) == ("he", "cue-after")


def test_a_cue_ending_in_a_colon_introduces_the_next_quote():
    found = quotes(
        "After Ruiz said that the old bridge would do better as “a footpath,” Okafor "
        "said: “I don't agree with her.”"
    )
    assert [q.speaker for q in found] == ["Ana Ruiz", "Tom Okafor"]


def test_someone_heard_asking_is_the_speaker():
    quote = quotes("“Will the bridge close for good?” a resident can be heard asking Okafor.")[0]
    assert quote.speaker == "a resident"


def test_an_elided_year_opens_no_quotation():
    found = quotes(
        "Okafor said in ‘09 that the bridge would last. “It will stand for decades,” he said."
    )
    assert [(q.text, q.speaker_mention) for q in found] == [("It will stand for decades,", "he")]


def test_feet_and_inches_do_not_close_a_quotation():
    found = quotes("“He says I'm short, but I'm like 5’11”, and that is tall,” Okafor said.")
    assert len(found) == 1
    assert found[0].text.endswith("that is tall,")
    assert found[0].speaker == "Tom Okafor"


def test_a_surname_that_is_a_small_word_still_speaks():
    source = Source.from_text(
        "Al From founded the council in 1985.\n\n"
        "Voters saw the party as “a big spender,” From said.",
        id="t",
    )
    quote = next(c for c in extract_claims(source) if isinstance(c, Quote))
    assert quote.speaker == "Al From"


def test_a_relative_pronoun_before_the_speaker_and_a_colon():
    quote = quotes("Ruiz said the plan was sound, to which Okafor replied: “It is not.”")[0]
    assert quote.speaker == "Tom Okafor"


def test_she_after_sentences_about_someone_else_is_not_the_last_quotes_speaker():
    source = Source.from_text(
        # One paragraph, as in sources with one sentence a line.
        "Singer Mara Vale has cancelled her tour.\n\n"
        "“Mara Vale is resting at home,” her manager told the Daily Star. "
        "No reason was given for the break. Vale spent the summer on the road. "
        "Vale had played forty shows in two months. "
        "“It was too much,” she said of the summer.",
        id="t",
    )
    found = [c for c in extract_claims(source) if isinstance(c, Quote)]
    assert found[-1].speaker == "Mara Vale"


def test_a_quoted_word_inside_a_sentence_is_no_utterance_for_a_name_after_it():
    quote = quotes("The council voted to “ban” Northern trucks.")[0]
    assert quote.speaker_mention != "Northern"


def test_a_saying_after_a_determiner_is_a_noun_not_a_cue():
    quote = quotes("“Cross it twice, pay once,” is one common saying here.")[0]
    assert quote.speaker_mention != "one common"


@pytest.mark.parametrize(
    ("paragraph", "mention"),
    [
        # A verb before the preposition: nothing hangs on it, the name stands alone.
        ("The money went to the Okafor Trust, which said it was “a gift”.", "Okafor Trust"),
        # A noun before it: the phrase the preposition hangs on.
        ("The head of the council said the bridge was “unsafe”.", "The head of the council"),
    ],
)
def test_a_phrase_hangs_on_a_noun_before_a_preposition_not_on_a_verb(paragraph, mention):
    assert quotes(paragraph)[0].speaker_mention == mention


def test_a_description_after_a_possessive_describes_the_possessed_not_the_owner():
    # "the singer's rep Tom Okafor": Okafor is the rep, not "the singer".
    found = quotes(
        "In a statement, the singer's rep Tom Okafor confirmed that she had left.\n\n"
        "Earlier this year, the singer said she was now a “social drinker.”"
    )
    assert found[-1].speaker != "Tom Okafor"


def test_a_description_with_of_describes_its_head_not_the_thing_after_of():
    # "president of the team" describes a president: the team is not Tom Okafor.
    found = quotes(
        "Tom Okafor, president of the team, said the season was over.\n\n"
        "The team was nicknamed the “Jail Birds” after several arrests."
    )
    assert found[-1].speaker != "Tom Okafor"


def test_a_pronoun_without_a_subject_prefers_a_person_not_named_as_an_owner():
    found = quotes(
        "According to several reports Ana Ruiz's lawyer Tom Okafor left a statement, he said\n"
        "“We ask for privacy at this time.”"
    )
    assert (found[-1].speaker_mention, found[-1].speaker) == ("he", "Tom Okafor")


def test_quoted_titles_are_not_people_a_pronoun_can_stand_for():
    found = quotes(
        "Ruiz has written for the stage.\n\n"
        "Her play credits include “Van Wilder” and “The Big Bridge.”\n\n"
        "She also hosted the short show “Ruiz Time” on cable."
    )
    assert found[-1].speaker == "Ana Ruiz"
