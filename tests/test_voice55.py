"""Stop 55's quote and speaker readings: one speaker's quotation reworded in its little
words (reworded_quotes.py), speakers told apart by sex, by posts of other kinds of
people, by age and across a shared name particle (speaker_genders.py,
speakers_apart.py), no ✓ for content words one quotation lacks, and nouns for people
read as posts in role extraction."""

from __future__ import annotations

from compare import Source, compare_texts
from compare.align.model import Comparison
from compare.align.quotes import tells_amount_or_mode
from compare.align.reworded_quotes import _reworded
from compare.align.speaker_genders import _text_sex
from compare.extract import extract_claims
from compare.extract.claims import Role
from compare.extract.roles import _post_noun


def _quotes(comparison: Comparison) -> list[tuple[str, str | None]]:
    return [
        (str(a.verdict), str(a.conflict) if a.conflict else None)
        for a in comparison.alignments
        if a.kind == "quote"
    ]


def _roles(comparison: Comparison) -> list[tuple[str, str | None]]:
    return [
        (str(a.verdict), str(a.conflict) if a.conflict else None)
        for a in comparison.alignments
        if a.kind == "role"
    ]


# --- one speaker's quotation reworded -------------------------------------------


def test_a_quantifier_and_inflections_changed_pair_one_speakers_quotes() -> None:
    found = compare_texts(
        {
            "a": '"Every barn in Holmvik lost its roof," said farmer Ola Brekke.',
            "b": '"Most barns in Holmvik lost their roofs," said farmer Ola Brekke.',
        }
    )
    assert ("differ", "wording") in _quotes(found)


def test_two_speakers_little_words_apart_are_not_paired() -> None:
    found = compare_texts(
        {
            "a": '"Every barn in Holmvik lost its roof," said farmer Ola Brekke.',
            "b": '"Most barns in Holmvik lost their roofs," said vet Sigrun Dahl.',
        }
    )
    assert ("differ", "wording") not in _quotes(found)


def test_reworded_needs_three_shared_content_words_in_a_run() -> None:
    same = "every barn in holmvik lose its roof".split()
    assert _reworded(same, "most barn in holmvik lose their roof".split()) > 0
    assert _reworded(same, "the storm was the worst any of us remember".split()) == 0
    assert _reworded("we will see".split(), "we will not see".split()) == 0  # too short


# --- words one version lacks ----------------------------------------------------


def test_figures_quantifiers_and_modals_change_what_was_said() -> None:
    assert tells_amount_or_mode("40")
    assert tells_amount_or_mode("forty")
    assert tells_amount_or_mode("several")
    assert tells_amount_or_mode("may")
    assert tells_amount_or_mode("could")
    assert not tells_amount_or_mode("one")  # a pronoun as often
    assert not tells_amount_or_mode("all")  # "we are all shocked"
    assert not tells_amount_or_mode("will")  # a tense
    assert not tells_amount_or_mode("has")


def test_a_modal_put_into_a_quotation_is_a_wording_conflict() -> None:
    found = compare_texts(
        {
            "a": '"We reopen the depot on the first of June next year," said Ines Varo.',
            "b": '"We may reopen the depot on the first of June next year," said Ines Varo.',
        }
    )
    assert ("differ", "wording") in _quotes(found)


def test_a_noun_one_quotation_lacks_inside_it_gets_no_tick() -> None:
    found = compare_texts(
        {
            "a": '"The inspection found the wiring deficient in the east wing," said Ines Varo.',
            "b": (
                '"The inspection found the wiring deficient in places in the east wing," '
                "said Ines Varo."
            ),
        }
    )
    assert ("agree", None) not in _quotes(found)


def test_the_same_quotation_told_alike_keeps_its_tick() -> None:
    said = "The inspection found the wiring deficient in the east wing"
    found = compare_texts(
        {"a": f'"{said}," said Ines Varo.', "b": f'"{said}," Ines Varo said on Monday.'}
    )
    assert ("agree", None) in _quotes(found)


# --- speakers told apart --------------------------------------------------------

_WORDS = "This bridge joins the two halves of our town again after ten long years"


def test_she_against_a_spokesman_is_two_people() -> None:
    found = compare_texts(
        {
            "a": f'The bridge opened on Monday. "{_WORDS}," she said.',
            "b": f'The bridge opened on Monday. "{_WORDS}," the council spokesman said.',
        }
    )
    assert ("differ", "speaker") in _quotes(found)


def test_a_man_named_then_he_against_she_is_two_people() -> None:
    found = compare_texts(
        {
            "a": (f'Engineer Marta Oyelaran inspected the span. "{_WORDS}," she said.'),
            "b": (
                f'"{_WORDS}," said Tomas Brenn, the site manager. '
                "Brenn led the works for two years. He said the costs had doubled."
            ),
        }
    )
    assert ("differ", "speaker") in _quotes(found)


def test_a_surname_shared_with_a_relative_tells_no_sex() -> None:
    text = "Ana Kafoury died in May. Kafoury had worked there for years. She was 71."
    assert _text_sex("Charlie Kafoury", text) == set()
    assert _text_sex("Ana Kafoury", text) == {"f"}


def test_a_description_of_another_kind_of_person_is_another_speaker() -> None:
    found = compare_texts(
        {
            "a": f'The bridge opened on Monday. "{_WORDS}," the trainer said.',
            "b": (
                "Miriam Halvorsen, the club's solicitor, spoke at the opening. "
                f'"{_WORDS}," Miriam Halvorsen said.'
            ),
        }
    )
    assert ("differ", "speaker") in _quotes(found)


def test_a_description_of_one_kind_with_the_title_is_no_conflict() -> None:
    found = compare_texts(
        {
            "a": f'The bridge opened on Monday. "{_WORDS}," the officer said.',
            "b": f'"{_WORDS}," said Captain Moira Halvorsen on Monday.',
        }
    )
    assert ("differ", "speaker") not in _quotes(found)


def test_two_names_sharing_a_particle_are_still_two_people() -> None:
    found = compare_texts(
        {
            "a": f'"{_WORDS}," said Yann Le Goff, who led the works.',
            "b": (
                f'It was the engineer, Soizic Le Bihan, who drew the plans. "{_WORDS}," she said.'
            ),
        }
    )
    assert ("differ", "speaker") in _quotes(found)


def test_two_ages_for_the_speaker_leave_the_quote_unchecked() -> None:
    found = compare_texts(
        {
            "a": f'"{_WORDS}," said Aino Vehko, 74, on Monday.',
            "b": f'"{_WORDS}," said the 80-year-old farmer on Monday.',
        }
    )
    assert ("agree", None) not in _quotes(found)


# --- posts by nouns for people ----------------------------------------------------


def test_a_lower_case_noun_for_a_person_names_a_post() -> None:
    assert _post_noun("archaeologist")
    assert _post_noun("curate")
    assert not _post_noun("Cook")  # a capitalised word may be a name
    assert not _post_noun("deaths")


def test_a_description_on_one_side_only_gets_no_tick() -> None:
    found = compare_texts(
        {
            "a": "The chair of the panel, Dame Hilda Marrow, praised the winner.",
            "b": "The panel was led by Baroness Hilda Marrow, a former culture minister.",
        }
    )
    assert ("agree", None) not in _roles(found)


def test_a_relation_by_marriage_is_no_post() -> None:
    found = compare_texts(
        {
            "a": "Her brother-in-law, prison officer Tomas Brenn, was injured.",
            "b": "Prison officer Tomas Brenn was injured in the attack.",
        }
    )
    assert ("differ", "title") not in _roles(found)


def test_a_short_qualifier_at_a_quotations_end_gets_no_tick() -> None:
    found = compare_texts(
        {
            "a": '"We will not close the village library," said councillor Ines Varo.',
            "b": '"We will not close the village library this year," said councillor Ines Varo.',
        }
    )
    assert ("agree", None) not in _quotes(found)


def test_more_of_the_sentence_quoted_keeps_the_tick() -> None:
    found = compare_texts(
        {
            "a": '"We will not close the village library," said councillor Ines Varo.',
            "b": (
                '"We will not close the village library, whatever the budget review '
                'finds in the spring," said councillor Ines Varo.'
            ),
        }
    )
    assert ("agree", None) in _quotes(found)


def test_a_head_beside_one_post_both_name_is_one_post() -> None:
    found = compare_texts(
        {
            "a": "Dr. Ana Ruiz, the region's chief veterinarian, ordered the cull.",
            "b": "Regional chief veterinarian Ana Ruiz ordered the cull on Monday.",
        }
    )
    assert ("differ", "title") not in _roles(found)


def test_a_clause_set_off_after_a_name_is_no_description() -> None:
    text = (
        "Her longtime colleague, harbour police Sgt. Orla Venn, was visibly shaken as she "
        "described her friend and coworker on Monday."
    )
    roles = [c.text for c in extract_claims(Source.from_text(text, id="a")) if isinstance(c, Role)]
    assert roles  # the title before the name is still read
    assert not any("shaken" in r for r in roles)
