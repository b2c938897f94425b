"""One day (or clock time) given in both articles, told once in each or in sentences
tied by their words, is one fact (same_days); a saying, a plan, a bound or another
day or hour parts it. Sentences written here."""

from __future__ import annotations

from collections.abc import Callable

from compare import Verdict, compare_texts
from compare.align.same_days import lone_day_pairs, same_day_pairs
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.extract import extract_claims
from compare.extract.claims import Claim, Date, Time
from compare.ingest import Source

Pairs = list[tuple[float, int, int]]
PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"  # a Friday: "Thursday" is 13 March


def paired(a: str, b: str, matcher: Callable[..., Pairs] = same_day_pairs) -> list[tuple[str, str]]:
    """The texts of the dates and times same_days pairs across the two articles."""
    claims: list[Claim] = []
    for source_id, text in (("a", a), ("b", b)):
        claims.extend(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))
    days = [c for c in claims if isinstance(c, (Date, Time))]
    found = matcher(days, Options(), SentenceClaims.index(claims))
    return sorted((days[i].text, days[j].text) for _, i, j in found)


def test_one_day_in_other_words_told_once_pairs() -> None:
    a = "The trustees of the Orchard Trust met on Thursday night and sold the boathouse."
    b = "A buyer was found for the old boathouse at a late session on March 13."
    assert paired(a, b) == [("on Thursday night", "on March 13")]


def test_yesterday_and_a_weekday_pair() -> None:
    a = "Flood water reached the lower streets of Kelby yesterday."
    b = "The river burst its banks in Kelby on Thursday."
    assert paired(a, b) == [("yesterday", "on Thursday")]


def test_two_days_do_not_pair() -> None:
    a = "Flood water reached the lower streets of Kelby on Wednesday."
    b = "The river burst its banks in Kelby on Thursday."
    assert paired(a, b) == []


def test_a_saying_is_not_the_deed_it_reports() -> None:
    a = "Flood water reached the lower streets of Kelby on Thursday."
    b = "The river burst its banks in Kelby, county officials said on Thursday."
    assert paired(a, b) == []


def test_a_plan_is_not_the_deed() -> None:
    a = "The new footbridge over the Kel was due to open on March 13."
    b = "Walkers crossed the new footbridge over the Kel on Thursday."
    assert paired(a, b) == []


def test_a_bound_is_not_a_day_of_the_event() -> None:
    a = "Crews expect to clear the mud from the Kelby road by Thursday."
    b = "The Kelby road was cleared of mud on Thursday."
    assert paired(a, b) == []


def test_a_day_told_twice_needs_words_in_common() -> None:
    a = (
        "The river burst its banks in Kelby on Thursday. "
        "A charity match at the cricket ground was called off on Thursday."
    )
    b = "Hundreds of homes in Kelby were flooded on March 13."
    assert paired(a, b) == []
    b = "The river burst its banks on March 13, flooding Kelby."
    assert paired(a, b) == [("on Thursday", "on March 13")]


def test_one_time_on_two_days_does_not_pair() -> None:
    a = "The first ferry left Harwick at 6.15am on Wednesday."
    b = "The first ferry sailed from Harwick at 6.15am on Thursday."
    assert ("at 6.15am", "at 6.15am") not in paired(a, b)


def test_one_day_at_two_hours_does_not_pair() -> None:
    a = "The last ferry left Harwick at 9pm on Thursday."
    b = "The last ferry sailed from Harwick at 11pm on Thursday."
    assert ("on Thursday", "on Thursday") not in paired(a, b)


def test_the_pair_is_an_agreement_through_the_public_path() -> None:
    comparison = compare_texts(
        {
            "a": PUBLISHED + "The trustees met on Thursday night and sold the boathouse.\n",
            "b": PUBLISHED + "A buyer was found for the boathouse at a late session on March 13.\n",
        }
    )
    dates = [al for al in comparison.alignments if str(al.kind) == "date"]
    assert [al.verdict for al in dates] == [Verdict.AGREE]


def test_a_full_day_told_once_in_each_article_pairs_without_words_in_common() -> None:
    a = "The ferry hearing at Dunmere town hall ran late into Thursday night."
    b = "On March 13, councillors backed the new harbour timetable."
    assert paired(a, b, lone_day_pairs) == [("Thursday night", "March 13")]
    assert paired(a, b) == []  # nothing ties the sentences: not same_day_pairs'


def test_lone_days_leave_the_tied_pairs_to_same_days() -> None:
    a = "The trustees of the Orchard Trust met on Thursday night and sold the boathouse."
    b = "A buyer was found for the old boathouse at a late session on March 13."
    assert paired(a, b, lone_day_pairs) == []


def test_a_month_told_once_in_each_article_still_needs_words_in_common() -> None:
    a = "The Dunmere apple harvest ended in February after a wet winter."
    b = "A cider buyer from Rouen toured the valley's orchards in February."
    assert paired(a, b) == []
    assert paired(a, b, lone_day_pairs) == []
