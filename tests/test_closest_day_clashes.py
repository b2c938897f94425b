"""Two days (or clock times) nothing else paired, told in the two articles' mutually
closest sentences, are one fact with two values (closest_day_clashes); what tells two
moments apart parts them. Sentences written here, in domains of their own."""

from __future__ import annotations

from conftest import day_pairs

from compare import Verdict, compare_texts
from compare.align.closest_day_clashes import closest_clash_pairs, dates_report, stamped
from compare.align.sentence_claims import SentenceClaims
from compare.extract import extract_claims
from compare.extract.claims import Claim, Date, Time
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"  # a Friday


def paired(a: str, b: str) -> list[tuple[str, str]]:
    """The texts of the dates and times the matcher pairs across the two articles."""
    return day_pairs(closest_clash_pairs, a, b)


def test_one_event_in_other_words_on_two_days_pairs() -> None:
    a = "The orchestra gave the premiere of the new cello concerto at the Linden Hall on 3 March."
    b = "The new cello concerto was heard at the Linden Hall on March 5."
    assert paired(a, b) == [("on 3 March", "on March 5")]


def test_two_clock_times_of_one_moment_pair() -> None:
    a = "The two climbers reached the summit cairn of Ben Alder at 4:10 p.m."
    b = "The two climbers stood at the summit cairn of Ben Alder at 6.45pm."
    assert paired(a, b) == [("at 4:10 p.m.", "at 6.45pm.")]


def test_shown_as_a_time_conflict() -> None:
    a = "The two climbers reached the summit cairn of Ben Alder at 4:10 p.m."
    b = "The two climbers stood at the summit cairn of Ben Alder at 6.45pm."
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    times = [al for al in comparison.alignments if al.kind == "time"]
    assert [al.verdict for al in times] == [Verdict.DIFFER]
    assert times[0].conflict is not None and times[0].conflict.value == "time"


def test_one_time_told_loosely_within_half_an_hour_does_not_pair() -> None:
    a = "The two climbers reached the summit cairn of Ben Alder at about 4:10 p.m."
    b = "The two climbers stood at the summit cairn of Ben Alder shortly before 4:35 p.m."
    assert paired(a, b) == []


def test_a_departure_and_an_arrival_do_not_pair() -> None:
    a = "The barge, loaded with 300 tonnes of grain, left the river port of Aldmoor on 3 March."
    b = "The barge docked at the river port of Aldmoor on 9 March."
    assert paired(a, b) == []


def test_a_beginning_and_an_end_do_not_pair() -> None:
    a = "The chess tournament in the old library began at 10 a.m."
    b = "The chess tournament in the old library ended at 6 p.m."
    assert paired(a, b) == []


def test_two_instalments_with_their_own_figures_do_not_pair() -> None:
    a = "Volunteers planted 400 oak saplings on the hillside on Tuesday."
    b = "On Wednesday, volunteers planted 650 oak saplings on the hillside."
    assert paired(a, b) == []


def test_figures_of_two_units_tell_no_instalments() -> None:
    # hours of snowfall and centimetres of snow count two things: one snowfall
    a = "Heavy snow began falling over the pass on 3 March and lasted nearly 20 hours."
    b = "Heavy snow started falling over the pass on 5 March, leaving 40 centimetres."
    assert paired(a, b) == [("on 3 March", "on 5 March")]


def test_the_day_of_a_saying_does_not_pair() -> None:
    a = "The museum reopened its west gallery of Roman glass, the trust said on Tuesday."
    b = "The west gallery of Roman glass reopened to the public on Thursday."
    assert paired(a, b) == []


def test_the_day_of_a_confirmation_does_not_pair() -> None:
    a = "Two rare owls were released into the forest reserve, the rangers confirmed on Tuesday."
    b = "The two rare owls were released into the forest reserve on Thursday."
    assert paired(a, b) == []


def test_a_month_after_since_does_not_pair() -> None:
    a = "Volunteers have tended the pear trees of the walled garden since February 2019."
    b = "Volunteers took over the pear trees of the walled garden in March 2019."
    assert paired(a, b) == []


def test_two_months_each_with_its_year_pair() -> None:
    a = "Volunteers took over the pear trees of the walled garden in February 2019."
    b = "Volunteers took over the pear trees of the walled garden in March 2019."
    assert paired(a, b) == [("in February 2019", "in March 2019")]


def test_a_usual_schedule_does_not_pair_with_the_day_itself() -> None:
    a = "The ferry to the island sailed early, at 7 a.m., because of the gales."
    b = "The regular ferry to the island sails at 9 a.m. every day."
    assert paired(a, b) == []


def test_a_sentence_relating_two_moments_does_not_pair() -> None:
    a = "The lighthouse lamp was relit at 11 p.m., three hours after the storm cut the cable."
    b = "Engineers restored the cable to the lighthouse lamp at 8 p.m."
    assert paired(a, b) == []


def test_words_of_names_alone_do_not_tie() -> None:
    a = "Marta Lindqvist flew in from Oslo on Monday."
    b = "Marta Lindqvist spoke to the staff of the Oslo office on Wednesday."
    assert paired(a, b) == []


def claims_of(text: str) -> tuple[SentenceClaims, list[Claim]]:
    claims = list(extract_claims(Source.from_text(PUBLISHED + text, id="a")))
    return SentenceClaims.index(claims), [c for c in claims if isinstance(c, (Date, Time))]


def test_a_page_stamp_is_no_event_time() -> None:
    sentences, days = claims_of(
        "Glass museum reopens 9:15am UK, Tuesday 11 March 2025 Crowds came."
    )
    assert [stamped(c, sentences) for c in days] == [True, True]
    sentences, days = claims_of("The west gallery reopened at 2 p.m. on 11 March 2025.")
    assert [stamped(c, sentences) for c in days] == [False, False]


def test_a_day_right_after_a_verb_of_saying_dates_the_saying() -> None:
    _, days = claims_of(
        "Two owls were released into the reserve, the rangers confirmed last night."
    )
    assert [dates_report(c) for c in days] == [True]
    _, days = claims_of("Two owls were released into the reserve last night.")
    assert [dates_report(c) for c in days] == [False]


def test_a_closer_sentence_of_another_value_wins() -> None:
    # the second sentence of b shares more with a than the first, so a pairs with it
    a = "The cello concerto was first performed at the Linden Hall on 3 March."
    b = (
        "The cello concerto was rehearsed at the Linden Hall on 1 March. "
        "The cello concerto was first performed to a full Linden Hall on 5 March."
    )
    assert paired(a, b) == [("on 3 March", "on 5 March")]


def test_a_month_without_its_year_does_not_pair_with_a_day() -> None:
    a = "The orchard society pruned the old pear trees of the walled garden in February 2025."
    b = "The orchard society pruned the old pear trees of the walled garden in January."
    assert paired(a, b) == []


def test_two_places_part_two_meetings() -> None:
    a = "The beekeepers' association held its annual honey show in Ashby on Saturday."
    b = "The beekeepers' association opened its annual honey show in Thornbury on Sunday."
    assert paired(a, b) == []


def test_one_place_with_and_without_its_accent_is_one_place() -> None:
    a = "The beekeepers' association held its annual honey show in Orléans on 3 May."
    b = "The beekeepers' association staged its annual honey show in Orleans on 4 May."
    assert paired(a, b) == [("on 3 May", "on 4 May")]
