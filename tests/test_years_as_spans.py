"""A year told as a year in one article and as a span of years from the other's
publication year is one fact (years_as_spans); each side told once, a span that ended
at another time, an age beside a year of no beginning, or a sentence of two moments
part it. Sentences written here."""

from __future__ import annotations

import datetime as dt

from compare import Verdict, compare_texts
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.align.years_as_spans import year_span_pairs
from compare.extract import extract_claims
from compare.extract.claims import Claim, Date, Number
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"


def paired(a: str, b: str) -> list[tuple[str, str]]:
    """The texts of the year and the figure of years the matcher pairs."""
    claims: list[Claim] = []
    for source_id, text in (("a", a), ("b", b)):
        claims.extend(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))
    free = [c for c in claims if isinstance(c, (Date, Number))]
    published = {"a": dt.date(2025, 3, 14), "b": dt.date(2025, 3, 14)}
    found = year_span_pairs(free, Options(), SentenceClaims.index(claims, published))
    return sorted((free[i].text, free[j].text) for _, i, j in found)


def test_a_year_and_the_years_since_it_pair() -> None:
    a = "The lawsuit against the Corvel mill was first lodged in 2018."
    b = "Neighbours of the Corvel mill went to court seven years ago."
    assert paired(a, b) == [("in 2018", "seven")]


def test_an_age_counts_from_a_beginning() -> None:
    a = "The Kelby footbridge, which was built in 1977, will be replaced."
    b = "Engineers said the 48-year-old footbridge could no longer carry crowds."
    assert paired(a, b) == [("in 1977", "48-year-old")]


def test_an_age_beside_a_year_of_no_beginning_does_not_pair() -> None:
    a = "Rules on the Kelby footbridge were changed in 1977."
    b = "Engineers said the 48-year-old footbridge could no longer carry crowds."
    assert paired(a, b) == []


def test_a_span_to_come_counts_forward() -> None:
    a = "The second Orla turbine is due to start turning in 2028."
    b = "The second Orla turbine should be running three years from now."
    assert paired(a, b) == [("in 2028", "three")]


def test_another_year_does_not_pair() -> None:
    a = "The lawsuit against the Corvel mill was first lodged in 2017."
    b = "Neighbours of the Corvel mill went to court seven years ago."
    assert paired(a, b) == []


def test_a_span_that_ended_at_another_time_does_not_pair() -> None:
    a = "The Orla family bought the Corvel mill in 2023."
    b = "Ana Orla had saved for two years to pay for the roof."
    assert paired(a, b) == []


def test_a_span_beside_a_date_of_its_own_does_not_pair() -> None:
    a = "The finance chief, Dev Aran, joined the Corvel board in 2023."
    b = "Mira Tol, who joined in 2021 from a rival mill, has spent two years on the plan."
    assert paired(a, b) == []


def test_a_year_told_twice_does_not_pair() -> None:
    a = "The Corvel mill closed in 2018. A first buyer came forward in 2018 as well."
    b = "Neighbours of the Corvel mill went to court seven years ago."
    assert paired(a, b) == []


def test_the_pair_is_shown_as_an_agreement() -> None:
    comparison = compare_texts(
        {
            "a": PUBLISHED + "The lawsuit against the Corvel mill was first lodged in 2018.\n",
            "b": PUBLISHED + "Neighbours of the Corvel mill went to court seven years ago.\n",
        }
    )
    spans = [
        al for al in comparison.alignments if {m.text for m in al.members} == {"in 2018", "seven"}
    ]
    assert [al.verdict for al in spans] == [Verdict.AGREE]


def test_the_length_of_a_thing_is_no_span_from_now() -> None:
    a = "The Kelby club signed its first sponsor in 2022."
    b = "Tom Reyes is in the first year of a three-year deal with the Kelby club."
    assert paired(a, b) == []


def test_a_stretch_up_to_now_is_no_year() -> None:
    a = "The Kelby club won the regional cup in 2022."
    b = "Rival clubs have courted the Kelby coach over the past 3 years."
    assert paired(a, b) == []


def test_a_span_up_to_now_in_a_sentence_of_plans_counts_back() -> None:
    a = "The Kelby ferry first sailed to the islands in 1997."
    b = "The Kelby ferry, which has sailed to the islands for 28 years, will be retired."
    assert paired(a, b) == [("in 1997", "28")]


def test_a_span_from_another_moment_does_not_pair() -> None:
    a = "Voters on the Kelby coast approved the harbour bond in 2022 after a long campaign."
    b = "Three years after that vote, the Kelby harbour board opened its new quay."
    assert paired(a, b) == []


def test_a_headline_repeating_the_span_does_not_part_the_body_pair() -> None:
    # the headline restates the body's news: it is no second telling of the span
    a = (
        "# Harlow Rovers end 11-year wait for a league title\n\n"
        "It was the Rovers' first title since 2014."
    )
    b = "For Harlow Rovers it is a first championship in 11 years."
    assert ("since 2014", "11") in paired(a, b)


def test_a_date_of_the_days_of_the_news_is_no_second_moment() -> None:
    # "on Friday" falls in the publication year, which no span of whole years reaches
    a = "Mara Lind won the Orla open on Friday, the first local winner since 2017."
    b = "Mara Lind is the first local winner in eight years."
    assert paired(a, b) == [("since 2017", "eight")]


def test_a_wait_of_years_ended_now_counts_back() -> None:
    a = "The Harlow Rovers won their first title since 2016."
    b = "The win ended a nine-year wait for the Harlow Rovers."
    assert paired(a, b) == [("since 2016", "nine-year")]


def test_a_span_before_a_perfect_counts_back() -> None:
    a = "The Kelby mill has not ground any grain since 2012."
    b = "For thirteen years the Kelby mill wheel has stood still."
    assert paired(a, b) == [("since 2012", "thirteen")]


def test_a_body_year_meets_a_span_the_other_headline_also_met() -> None:
    # b's "11 years" agrees with a's headline "11-year" as figures; a's body tells
    # the same fact as a year, and that pair is found too
    comparison = compare_texts(
        {
            "a": PUBLISHED + "# Harlow Rovers end 11-year wait for a title\n\n"
            "It was the Rovers' first league title since 2014.\n",
            "b": PUBLISHED + "For Harlow Rovers it is a first championship in 11 years.\n",
        }
    )
    spans = [
        al for al in comparison.alignments if {m.text for m in al.members} == {"since 2014", "11"}
    ]
    assert [al.verdict for al in spans] == [Verdict.AGREE]


def test_decades_are_spans_of_years() -> None:
    a = "The Tavy viaduct opened to trains in 1995."
    b = "The Tavy viaduct has carried trains for three decades."
    assert paired(a, b) == [("in 1995", "three")]


def test_more_than_reaches_up_to_the_next_step_of_the_figure() -> None:
    # "more than six decades": past 60 years, short of 70 (else "seven decades")
    a = "The Brenn cooperative was founded in 1961 by dairy farmers."
    b = "The Brenn cooperative, set up more than six decades ago, sells cheese abroad."
    assert paired(a, b) == [("in 1961", "more than six")]
    older = "The Brenn cooperative was founded in 1952 by dairy farmers."
    assert paired(older, b) == []


def test_nearly_reaches_down_to_the_step_below() -> None:
    a = "The Ostra pit closed in 1987 after a long strike."
    b = "The Ostra pit shut nearly four decades ago, after a strike."
    assert paired(a, b) == [("in 1987", "nearly four")]
    later = "The Ostra pit closed in 1997 after a long strike."
    assert paired(later, b) == []


def test_more_than_a_round_hundred_keeps_its_step() -> None:
    a = "The Kelby lighthouse was built in 1889 on the cape."
    b = "The Kelby lighthouse, more than 130 years old, is to be repainted."
    assert paired(a, b) == [("in 1889", "more than 130")]
    assert paired("The Kelby lighthouse was built in 1869 on the cape.", b) == []


def test_ago_counts_from_now_beside_another_year() -> None:
    # "thirteen years ago" is told from the day of writing, whatever else is dated
    a = "Divers first found the Selka wreck in 2012."
    b = "The Selka wreck was first found thirteen years ago, but a survey began only in 2023."
    assert paired(a, b) == [("in 2012", "thirteen")]


def test_an_age_set_off_after_a_name_counts_from_now_beside_another_year() -> None:
    a = "Ilse Varga, who was born in 1958, grew up in Szeged."
    b = "Varga, 67, won her first Olympic medal in 2004."
    assert paired(a, b) == [("in 1958", "67")]


def test_a_delivery_begins_a_machines_age() -> None:
    a = "The ferry was delivered to Norlink in 2017."
    b = "The eight-year-old ferry was towed back to port."
    assert paired(a, b) == [("in 2017", "eight-year-old")]


def test_a_stretch_since_a_year_and_the_past_years_pair() -> None:
    a = "The Marlow depot has handled the town's parcels since 2013."
    b = "For the past 12 years the Marlow depot has sorted every parcel in town."
    assert paired(a, b) == [("since 2013", "12")]


def test_a_window_beside_a_year_that_starts_nothing_stays_apart() -> None:
    a = "The Marlow depot was flooded in 2013."
    b = "Over the past 12 years the Marlow depot has sorted every parcel in town."
    assert paired(a, b) == []


def test_a_rule_first_adopted_counts_its_age() -> None:
    a = "The Tarn valley grazing code was first adopted in 1991."
    b = "Farmers say the 34-year-old grazing code no longer fits the valley."
    assert paired(a, b) == [("in 1991", "34-year-old")]
