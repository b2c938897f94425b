"""One quote's speakers told apart by what each whole article says (speakers_apart.py)."""

from __future__ import annotations

from compare import compare_texts
from compare.align.model import Comparison

_WORDS = "This bridge joins the two halves of our town again"


def _quotes(comparison: Comparison) -> list[tuple[str, str | None]]:
    return [
        (str(a.verdict), str(a.conflict) if a.conflict else None)
        for a in comparison.alignments
        if a.kind == "quote"
    ]


def test_a_pronoun_speaker_the_other_article_never_names_is_another_person() -> None:
    found = compare_texts(
        {
            "a": f'Mayor Tomas Brenn opened the bridge on Monday. "{_WORDS}," he said.',
            "b": f'The bridge opened on Monday. "{_WORDS}," said engineer Ilse Varnholt.',
        }
    )
    assert ("differ", "speaker") in _quotes(found)


def test_a_pronoun_speaker_stays_unchecked_when_its_article_names_both() -> None:
    found = compare_texts(
        {
            "a": (
                "Mayor Tomas Brenn opened the bridge with Ilse Varnholt on Monday. "
                f'"{_WORDS}," he said.'
            ),
            "b": (
                "Mayor Tomas Brenn cut the ribbon on Monday. "
                f'"{_WORDS}," said engineer Ilse Varnholt.'
            ),
        }
    )
    assert ("differ", "speaker") not in _quotes(found)


def test_two_lone_surnames_neither_article_writes_are_two_people() -> None:
    found = compare_texts(
        {
            "a": f'The bridge opened on Monday. "{_WORDS}," Brenn said.',
            "b": f'The bridge opened on Monday. "{_WORDS}," Varnholt said.',
        }
    )
    assert ("differ", "speaker") in _quotes(found)


def test_a_description_against_a_person_its_article_titles_otherwise() -> None:
    said = "The tunnel will stay shut until the inspection is over"
    found = compare_texts(
        {
            "a": f'"{said}," said Police Sergeant Rhian Dowd.',
            "b": (
                "Police Sergeant Rhian Dowd closed the road on Friday. "
                f'"{said}," said a spokesman for the rail company.'
            ),
        }
    )
    assert ("differ", "speaker") in _quotes(found)


def test_a_description_that_fits_the_title_is_no_conflict() -> None:
    said = "The tunnel will stay shut until the inspection is over"
    found = compare_texts(
        {
            "a": f'"{said}," said Police Sergeant Rhian Dowd.',
            "b": (
                "Police Sergeant Rhian Dowd closed the road on Friday. "
                f'"{said}," the sergeant said.'
            ),
        }
    )
    assert ("differ", "speaker") not in _quotes(found)


def test_a_description_against_a_name_its_article_gives_untitled_has_no_tick() -> None:
    said = "The tunnel will stay shut until the inspection is over"
    found = compare_texts(
        {
            "a": f'"{said}," said Rhian Dowd.',
            "b": f'Rhian Dowd closed the road on Friday. "{said}," said the engineer.',
        }
    )
    assert _quotes(found) == []


def test_a_description_against_a_name_its_article_never_writes_still_agrees() -> None:
    said = "The tunnel will stay shut until the inspection is over"
    found = compare_texts(
        {
            "a": f'"{said}," said Rhian Dowd.',
            "b": f'The road closed on Friday. "{said}," said the engineer.',
        }
    )
    assert _quotes(found) == [("agree", None)]


def test_he_said_after_a_paragraph_naming_only_one_person_is_that_person() -> None:
    found = compare_texts(
        {
            "a": (
                "Ilse Varnholt, the engineer, inspected the deck.\n\n"
                "Mayor Tomas Brenn thanked the builders on Monday.\n\n"
                f'"{_WORDS}," he said.'
            ),
            "b": (
                "Mayor Tomas Brenn thanked the builders on Monday.\n\n"
                f'"{_WORDS}," said Ilse Varnholt, the engineer.'
            ),
        }
    )
    assert ("differ", "speaker") in _quotes(found)


def test_he_said_after_a_paragraph_naming_the_other_speaker_stays_unchecked() -> None:
    found = compare_texts(
        {
            "a": (
                "Mayor Tomas Brenn and the engineer Ilse Varnholt walked the deck on Monday.\n\n"
                f'"{_WORDS}," he said.'
            ),
            "b": (
                "Mayor Tomas Brenn thanked the builders on Monday.\n\n"
                f'"{_WORDS}," said Ilse Varnholt, the engineer.'
            ),
        }
    )
    assert ("differ", "speaker") not in _quotes(found)


def test_a_name_the_other_article_misspells_by_one_letter_is_no_other_person() -> None:
    found = compare_texts(
        {
            "a": f'The bridge opened on Monday. "{_WORDS}," Brennan said.',
            "b": f'The bridge opened on Monday. "{_WORDS}," said Tomas Brenan.',
        }
    )
    assert ("differ", "speaker") not in _quotes(found)


def test_a_description_of_several_people_is_no_other_person() -> None:
    said = "The tunnel will stay shut until the inspection is over"
    found = compare_texts(
        {
            "a": f'"{said}," said engineer Rhian Dowd.',
            "b": (
                "Engineers Rhian Dowd and Olu Bade closed the road on Friday. "
                f'"{said}," the pair said.'
            ),
        }
    )
    assert ("differ", "speaker") not in _quotes(found)


_TOLD = "We had minutes, not hours, and the water came so fast that nobody could move the cars"
_OTHER = (
    "The flood hit the valley on Monday night. Mayor Ana Ruiz declared an emergency. "
    f'"{_TOLD}," said fire chief Tom Okafor.'
)


def test_a_quote_with_no_speech_verb_after_a_sentence_naming_one_person_is_theirs() -> None:
    found = compare_texts(
        {
            "a": (
                "The flood hit the valley on Monday night. Fire chief Tom Okafor led the "
                f'rescue.\n\nMayor Ana Ruiz recalled the night. "{_TOLD}."'
            ),
            "b": _OTHER,
        }
    )
    assert ("differ", "speaker") in _quotes(found)


def test_a_lone_surname_none_of_the_full_names_words_is_another_person() -> None:
    found = compare_texts(
        {
            "a": (
                "The flood hit the valley on Monday night. Fire chief Tom Okafor led the "
                f'rescue.\n\nRuiz, the mayor, told the radio: "{_TOLD}."'
            ),
            "b": _OTHER,
        }
    )
    assert ("differ", "speaker") in _quotes(found)


def test_a_description_resolved_to_a_person_the_other_title_does_not_fit() -> None:
    found = compare_texts(
        {
            "a": (
                "The flood hit the valley on Monday night. Fire chief Tom Okafor led the "
                "rescue. Ana Ruiz, a spokeswoman for the council, visited.\n\n"
                f'"{_TOLD}," the spokeswoman said.'
            ),
            "b": _OTHER,
        }
    )
    assert ("differ", "speaker") in _quotes(found)


def test_a_description_resolved_to_a_person_the_other_title_fits_is_no_conflict() -> None:
    found = compare_texts(
        {
            "a": (
                "The flood hit the valley on Monday night. Fire chief Tom Okafor led the "
                "rescue. Ana Ruiz, the deputy fire chief, visited.\n\n"
                f'"{_TOLD}," the fire chief said.'
            ),
            "b": _OTHER,
        }
    )
    assert ("differ", "speaker") not in _quotes(found)
