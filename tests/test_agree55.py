"""Agreements told in other words (stop 55): a denial told at another distance from
its negator, by a prefix, a report bundling two sayings, a speaker credited by a
description, and tallies and figures written two ways. Sentences written here."""

from __future__ import annotations

from compare.align import AGREE, compare_texts, registry
from compare.align.reported_quotes import _PRONOUN, _denies, told_clauses_share, told_share
from compare.align.unpair import _denied_widely, _denies_shared, _figures_in
from compare.align.words import stem, words
from compare.extract import Quote, Statement


def test_a_denial_both_sides_tell_at_another_distance_is_shared() -> None:
    a = '"Ten years ago nobody believed that a small yard could build such ferries."'
    b = "He said that a decade ago nobody believed a small yard could build such ferries."
    assert not _denies_shared(a, b)


def test_a_denial_on_one_side_only_is_still_read() -> None:
    a = "The inspectors did not find the cracked beam in the east wing."
    b = "The inspectors found the cracked beam in the east wing on Monday."
    assert _denies_shared(a, b)


def test_a_contrast_word_ends_the_wide_reach() -> None:
    reached = _denied_widely(words("crews did not close the bridge but reopened the coast road"))
    assert stem("bridge") in reached
    assert stem("reopened") not in reached and stem("road") not in reached


def test_a_prefix_denies_as_not_does() -> None:
    assert _denies("he had been unable to finish the race")
    assert not _denies("he had been able to finish the race")
    reached = _denied_widely(words("she was unable to sleep in the shelter"))
    assert stem("sleep") in reached


def test_the_share_is_read_over_the_clauses_that_tell_the_quote() -> None:
    quoted = "We were winning easily and then we threw the match away"
    said = (
        "her team had been winning easily but threw the match away, and that the new "
        "stadium roof would be finished before the autumn season"
    )
    assert told_clauses_share(said, quoted) > told_share(said, quoted)
    assert told_clauses_share(said, quoted) >= 0.5


def test_a_pronoun_may_carry_an_adverb_of_the_telling() -> None:
    assert _PRONOUN.fullmatch("She also")
    assert _PRONOUN.fullmatch("He later")
    assert not _PRONOUN.fullmatch("She firmly")


def test_figures_in_digits_are_read_as_values() -> None:
    assert _figures_in("fined her P30,000 on Monday") == {"30,000"}
    assert _figures_in("a fine of 30000 pula") == {"30,000"}
    assert _figures_in("they went 9-4 up") == {"9", "4"}
    assert _figures_in("free for under-18s since Covid-19") == frozenset()


def test_reported_speech_is_paired_before_the_closest_statement() -> None:
    names = [spec.name for spec in registry.cross_kinds()]
    assert names.index("quote as reported speech") < names.index("quote as best statement")


JUDGE_QUOTED = (
    "Judge Marta Ilves sentenced the builder to four years on Friday. "
    '"The warning signs were there for weeks, and nobody in charge acted on them," '
    "Judge Ilves said."
)
# the report shares three of the quote's words and credits "the judge" alone
JUDGE_REPORTED = (
    "A builder was jailed over the collapse of a school roof in Parnu. "
    "The judge said managers had ignored weeks of warning signs. The roof fell in March."
)


def test_a_report_crediting_the_speakers_title_tells_the_quote() -> None:
    comparison = compare_texts({"a": JUDGE_QUOTED, "b": JUDGE_REPORTED})
    assert any(
        {type(m) for m in al.members} == {Quote, Statement} and al.verdict == AGREE
        for al in comparison.alignments
    )


def test_a_title_the_reports_article_gives_someone_else_credits_nobody() -> None:
    other = JUDGE_REPORTED.replace(
        "The judge said", "Judge Tomas Kask heard the case. The judge said"
    )
    comparison = compare_texts({"a": JUDGE_QUOTED, "b": other})
    assert not any(
        {type(m) for m in al.members} == {Quote, Statement} and al.verdict == AGREE
        for al in comparison.alignments
    )


def test_a_wide_denial_ends_at_a_new_clause_but_reads_not_yet_and_until_on() -> None:
    from compare.align.unpair import _denied_widely
    from compare.align.words import stem, words

    # "and" opens a clause of its own: the reopening is told, not denied
    assert stem("reopened") not in _denied_widely(
        words("No one was hurt and the road was reopened")
    )
    assert stem("charged") in _denied_widely(words("He has not yet been charged with theft"))
    denied = _denied_widely(words("Crews could not reach the barn until dawn, when it collapsed"))
    assert stem("dawn") in denied and stem("collapsed") not in denied


def test_figures_in_text_keep_every_digit() -> None:
    from compare.align.unpair import _figures_in

    # six significant digits made these one figure
    assert _figures_in("1,234,567 and 1,234,568") == {"1,234,567", "1,234,568"}
    assert _figures_in("K25,000 or 25000, and 2.5") == {"25,000", "2.5"}


def test_cannot_denies_as_can_not_does() -> None:
    from compare.align.unpair import _denied
    from compare.align.words import stem, words

    assert stem("attend") in _denied(words("The mayor cannot attend the vote."))
    assert _denied(words("The mayor cannot attend the vote.")) == _denied(
        words("The mayor can not attend the vote.")
    )


def test_an_adverb_after_a_described_speaker_is_not_its_head() -> None:
    from compare.align.reported_quotes import _DESCRIBED

    for opening in ("The judge also", "The judge later", "The trial judge"):
        described = _DESCRIBED.fullmatch(opening)
        assert described is not None and described.group("head") == "judge"
