"""Two figures of one kind nothing else paired, told in the two articles' mutually
closest sentences, are one fact with two values (closest_figure_clashes); what tells
two facts apart parts them. Sentences written here, in domains of their own."""

from __future__ import annotations

from compare import Verdict, compare_texts
from compare.align.closest_figure_clashes import closest_figure_pairs, share_of_people
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.extract import extract_claims
from compare.extract.claims import Claim, Number
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"


def numbers_of(a: str, b: str) -> tuple[list[Number], SentenceClaims]:
    claims: list[Claim] = []
    for source_id, text in (("a", a), ("b", b)):
        claims.extend(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))
    return [c for c in claims if isinstance(c, Number)], SentenceClaims.index(claims)


def paired(a: str, b: str) -> list[tuple[str, str]]:
    """The texts of the figures the matcher pairs across the two articles."""
    numbers, sentences = numbers_of(a, b)
    found = closest_figure_pairs(numbers, Options(), sentences)
    return sorted((numbers[i].text, numbers[j].text) for _, i, j in found)


def test_one_count_in_other_words_pairs() -> None:
    a = "The observatory's volunteers catalogued 1,450 meteors during the clear night."
    b = "Volunteers at the observatory logged some 2,300 meteors over the clear night sky."
    assert paired(a, b) == [("1,450", "some 2,300")]


def test_two_sums_in_one_currency_pair_and_show_as_a_figure_conflict() -> None:
    a = "The museum paid £64,000 for the restored astronomical clock at auction."
    b = "At the auction the museum bought the restored astronomical clock for £46,000."
    assert paired(a, b) == [("£64,000", "£46,000")]
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    found = [al for al in comparison.alignments if al.kind == "number"]
    assert [al.verdict for al in found] == [Verdict.DIFFER]
    assert found[0].conflict is not None and found[0].conflict.value == "figure"


def test_values_beyond_twice_the_other_do_not_pair() -> None:
    a = "The observatory's volunteers catalogued 1,450 meteors during the clear night."
    b = "Volunteers at the observatory logged some 4,300 meteors over the clear night sky."
    assert paired(a, b) == []


def test_last_year_against_this_year_does_not_pair() -> None:
    a = "The observatory's volunteers catalogued 1,450 meteors during the clear night."
    b = "Last year volunteers at the observatory logged 2,300 meteors over one clear night."
    assert paired(a, b) == []


def test_a_forecast_against_an_outcome_does_not_pair() -> None:
    a = "The museum paid £64,000 for the restored astronomical clock at auction."
    b = "The museum expected to pay £46,000 for the restored astronomical clock at auction."
    assert paired(a, b) == []


def test_two_named_leads_do_not_pair() -> None:
    a = "Okafor ran 42 laps of the velodrome track before the break."
    b = "By the break Lindqvist had ran 57 laps of the velodrome track."
    assert paired(a, b) == []


def test_a_figure_the_other_sentence_gives_too_does_not_pair() -> None:
    a = "Thirty kites rose over the dunes at the festival, twelve of them from Lisbon."
    b = "Twelve kites from Lisbon rose over the dunes at the festival."
    assert paired(a, b) == []


def test_a_share_of_a_population_is_not_compared() -> None:
    numbers, _ = numbers_of("In the survey 58% of anglers said the river was cleaner.", "No word.")
    share = next(n for n in numbers if n.form == "percent")
    assert share_of_people(share)


def test_two_days_of_one_task_do_not_pair() -> None:
    a = "Divers lifted 1,300 bricks of the sunken pier on Saturday."
    b = "On Sunday divers lifted 2,100 bricks of the sunken pier."
    assert paired(a, b) == []


def test_two_tallies_of_one_vote_pair() -> None:
    a = "The chess federation's council elected its new president by 41 votes to 29."
    b = "The chess federation's council chose the new president by 38 votes to 32."
    assert paired(a, b) == [("41 votes to 29", "38 votes to 32")]
