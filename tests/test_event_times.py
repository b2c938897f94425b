"""Days and clock times of one event named in other words (compare.align.event_times):
the noun and the verb of one event, two nouns of one sense, each article's only
day or time of that event. What parts two facts keeps them apart: a plan against a
deed, an earlier or another occurrence, another doer, another thing, two days or
times of the event in one article. Articles written here."""

from __future__ import annotations

import pytest

from compare import Source, Verdict, compare_texts
from compare.align.event_times import is_datable, occurrence_words
from compare.align.time_nouns import own_event
from compare.extract import Date, extract_claims

PUBLISHED = "---\npublished: 2026-10-08\n---\n\n"
FILLER_A = "Officials gave few other details. The area was quiet by the evening."
FILLER_B = "Nobody answered calls on Thursday night. More reports are expected."


def _kinds(a: str, b: str) -> list[tuple[str, Verdict, tuple[str, ...]]]:
    comparison = compare_texts(
        {"a.md": PUBLISHED + a + " " + FILLER_A, "b.md": PUBLISHED + b + " " + FILLER_B}
    )
    return [
        (al.kind, al.verdict, tuple(m.text for m in al.members)) for al in comparison.alignments
    ]


def _differs(found: list[tuple[str, Verdict, tuple[str, ...]]], kind: str) -> bool:
    return any(k == kind and v == Verdict.DIFFER for k, v, _ in found)


# Noun of the event on one side, its verb (or another noun of one sense) on the other.
DATE_PAIRS = [
    ("The film had its world premiere on Sept. 29 in Venice.", "The film premiered on Oct. 1."),
    ("At its premiere on Sept. 29, the film drew long applause.", "It premiered on Oct. 1."),
    ("The opera's premiere on Sept. 29 was sold out.", "The opera premiered on Oct. 1 to cheers."),
    ("The explosion on Monday shattered windows.", "A gas main exploded on Tuesday in the square."),
    ("The banks completed their merger on Monday.", "The two banks merged on Tuesday."),
    ("Smith's arrest on Monday shocked the town.", "Police arrested Smith on Tuesday."),
    ("The mayor's speech on Monday drew crowds.", "The mayor spoke on Tuesday."),
]
TIME_PAIRS = [
    ("The blast happened at about 7.15am.", "A loud bang at 5.40am woke the street."),
    ("The blast happened at 7.15am.", "The bang came at 5.40am, residents said."),
    ("The explosion happened at 7:15 a.m. near the depot.", "A gas main exploded at 5:40 a.m."),
    ("The strike hit at about 10 p.m.", "The missile struck shortly after midnight."),
    ("The crash happened at 6 p.m.", "The bus crashed at 8:30 p.m. on a bend."),
    # a phrase of place after the event's noun describes it: an explosion, not a depot
    ("The explosion at the depot happened at 7:15 a.m.", "A gas main exploded at 5:40 a.m."),
    (
        "The blast happened at 7.15am, as people were getting ready.",
        "A bang shook homes at 5.40am.",
    ),
]


@pytest.mark.parametrize(("a", "b"), DATE_PAIRS)
def test_days_of_one_event_in_other_words_differ(a: str, b: str) -> None:
    assert _differs(_kinds(a, b), "date")


@pytest.mark.parametrize(("a", "b"), TIME_PAIRS)
def test_times_of_one_event_in_other_words_differ(a: str, b: str) -> None:
    assert _differs(_kinds(a, b), "time")


@pytest.mark.parametrize(("a", "b"), DATE_PAIRS + TIME_PAIRS)
def test_the_same_day_or_time_agrees(a: str, b: str) -> None:
    same_b = b.replace("Oct. 1", "Sept. 29").replace("Tuesday", "Monday")
    for said, same in (("5.40am", "7.15am"), ("5:40 a.m.", "7:15 a.m."), ("8:30", "6")):
        same_b = same_b.replace(said, same)
    same_b = same_b.replace("shortly after midnight", "at about 10 p.m.")
    found = _kinds(a, same_b)
    assert not _differs(found, "date") and not _differs(found, "time")


# What parts two facts, though the words name one event.
APART = [
    # a plan against a deed
    ("The launch was scheduled for 9:15 a.m.", "The rocket launched at 11:58 a.m."),
    ("The vote is expected on Monday.", "Lawmakers voted on Tuesday."),
    ("The premiere was planned for Sept. 29.", "The film premiered on Oct. 1."),
    # an earlier, a first, another occurrence
    ("A first launch attempt on Monday was called off.", "The rocket launched on Tuesday."),
    ("An earlier blast happened at 5.40am.", "The blast happened at 7.15am."),
    ("A second explosion happened at 7:15 a.m.", "The explosion happened at 5:40 a.m."),
    # another doer, another thing
    ("Smith was arrested on Monday at his home.", "Jones was arrested on Tuesday."),
    ("The navy sank a trawler on Sept. 29.", "The navy sank a pirate skiff on Oct. 1."),
    ("Harlow agreed on Monday to buy the bank.", "Its board agreed on Sunday to sell."),
    # another person's day, another occurrence named on both sides
    ("Smith's arrest on Monday shocked the town.", "Jones was arrested on Tuesday."),
    ("Smith's arrest on Monday shocked the town.", "Jones's arrest on Tuesday shocked the town."),
    ("The mayor's speech on Monday drew crowds.", "The governor spoke on Tuesday."),
    ("The first blast happened at 7.15am.", "A second blast happened at 7.40am."),
    ("The blast happened at 7.15am.", "Police closed the road at 9.40am."),
    # a doer on one side only: perhaps another act on the same thing
    ("The tower was cleared at 9:14 a.m.", "The rocket cleared the tower at 11 a.m."),
    ("The road was closed at 6 a.m. on Monday.", "Police closed the road at 9 a.m. on Monday."),
    # a state going on, not the moment the event happened
    ("The fire was still burning on Saturday morning.", "A fire broke out on Friday night."),
    ("Two men were discussing the shooting on Tuesday.", "The shooting happened on Saturday."),
    # a doer's noun ties only to an event the other side names, never two acts
    ("The jet took off at 3:42 p.m. from Denver.", "The jet landed at 6:25 p.m. in Omaha."),
    ("Police arrested the driver on Monday.", "Police gave more details on Tuesday."),
    # bounds, not moments
    ("The blaze was out by 7:15 a.m.", "The blaze started at 5:40 a.m."),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_what_parts_two_facts_keeps_them_unpaired(a: str, b: str) -> None:
    found = _kinds(a, b)
    assert not _differs(found, "date") and not _differs(found, "time")


def test_two_times_of_the_event_in_one_article_pair_neither() -> None:
    a = "The launch happened at 9:15 a.m. after a delay. A second launch happened at 3 p.m."
    found = _kinds(a, "The rocket launched at 11:58 a.m.")
    assert not _differs(found, "time")


def test_a_dateline_is_not_the_event_day() -> None:
    a = "Mumbai, Sept. 29 - The navy seized a pirate boat on Sept. 28 off the coast."
    b = "The navy seized a pirate boat on Sept. 28, officials said."
    assert not _differs(_kinds(a, b), "date")


# "first" on one side and a verb of beginning on the other tell the start of one deed
ONSET_PAIRS = [
    ("The first buses ran at 5:30 a.m. on the new line.", "Buses began running at 7 a.m."),
]


@pytest.mark.parametrize(("a", "b"), ONSET_PAIRS)
def test_the_first_deed_and_its_beginning_are_one_moment(a: str, b: str) -> None:
    assert _differs(_kinds(a, b), "time")


def test_a_beginning_of_another_thing_is_no_first() -> None:
    # the first passengers boarding and crews loading cars: two deeds at one ferry
    a = "The first passengers boarded the overnight ferry at 7am."
    b = "Crews began loading cars onto the overnight ferry at 5am."
    assert not _differs(_kinds(a, b), "time")


def test_a_beginning_of_no_deed_is_no_first() -> None:
    # the ceremony's start is not the first batch: "began" governs no deed here
    a = "The opening ceremony for the bakery began at 10 a.m. on the lawn."
    b = "The bakery baked its first batch of loaves at 2.30pm on the lawn."
    assert not _differs(_kinds(a, b), "time")


def test_a_beginning_is_no_first_beside_another_occurrence() -> None:
    # "a second" names another occurrence: a beginning is not read as it
    a = "A second pump was started at 6 a.m."
    b = "Crews started pumping water at 9 a.m."
    assert not _differs(_kinds(a, b), "time")


# A day or time set off by commas right after the sentence's subject dates the
# subject's event ("The vote, at about 10:15 p.m., ended the debate").
APPOSED_PAIRS = [
    (
        "The vote came shortly before 9 p.m., officials said.",
        "The meeting opened at 6 p.m. The vote, at about 10:15 p.m., ended a long night.",
    ),
    (
        "The launch happened on Monday, the agency said.",
        "The launch, on Wednesday, drew a large crowd.",
    ),
]


@pytest.mark.parametrize(("a", "b"), APPOSED_PAIRS)
def test_a_time_set_off_after_the_subject_dates_its_event(a: str, b: str) -> None:
    found = _kinds(a, b)
    assert _differs(found, "time") or _differs(found, "date")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The search, on Sunday, was called off at dusk.", "The search began on Friday."),
        ("The strike, on Monday, was suspended by the union.", "The strike started on Saturday."),
    ],
)
def test_a_day_set_off_before_a_passive_dates_the_deed_done_to_the_subject(a: str, b: str) -> None:
    # "The search, on Sunday, was called off": the day is the calling off's, not
    # the search's, which began on another
    assert not _differs(_kinds(a, b), "date")


def test_a_time_set_off_after_a_name_dates_no_event() -> None:
    # a person is no event: "Smith, on Wednesday, ..." dates what Smith did
    a = "The vote came shortly before 9 p.m., officials said."
    b = "Councillor Smith, at about 10:15 p.m., left the chamber."
    assert not _differs(_kinds(a, b), "time")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The bridge was closed from 7am to 7pm on Sunday.",
            "The bridge was closed at 9am on Sunday.",
        ),
        (
            "Polls were open between 7 a.m. and 10 p.m. on Thursday.",
            "Polls opened at 7 a.m. on Thursday.",
        ),
    ],
)
def test_the_end_of_a_span_dates_no_moment(a: str, b: str) -> None:
    # "to 7pm" after "from 7am" ends a span: no moment of the closure to set
    # against another's hour
    found = _kinds(a, b)
    assert not any(k == "time" and v == Verdict.DIFFER for k, v, _ in found)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The search ended on Sunday.", "The search began on Friday."),
        ("The strike ended on Monday at the port.", "The strike started on Saturday at the port."),
        ("The museum closed on 4 May for repairs.", "The museum opened on 1 May after repairs."),
    ],
)
def test_opposite_phases_of_one_event_are_two_facts(a: str, b: str) -> None:
    # one event's beginning and its end fall on two days
    assert not _differs(_kinds(a, b), "date")


def test_a_dateline_with_its_agency_dates_no_event() -> None:
    # the dateline's day sits in the lead's clause and would read as a second day of
    # the lead's event, a rival of the day the lead gives ("on Tuesday evening")
    lead = (
        "LUND, Oct. 8 (Nordwire) - A freight train derailed near the old depot on Tuesday "
        "evening, blocking the main line."
    )
    claims = extract_claims(Source.from_text(PUBLISHED + lead), qualifiers=True)
    datable = {c.text: is_datable(own_event(c)) for c in claims if isinstance(c, Date)}
    assert datable == {"Oct. 8": False, "on Tuesday evening": True}


def test_an_ordinal_century_is_no_other_occurrence() -> None:
    # "19th-century" tells the building's age, not a second or later opening
    a = "The 19th-century opera house reopened its doors on Tuesday after repairs."
    b = "The opera house reopened on Monday after repairs."
    assert _differs(_kinds(a, b), "date")


def test_for_the_first_time_is_no_occurrence() -> None:
    assert "first" not in occurrence_words(
        _first_date("Millbrook Rovers won the shield for the first time on Sunday.")
    )
    assert "first" in occurrence_words(_first_date("The first heat was run on Sunday."))


def _first_date(text: str) -> Date:
    """The first date of a short article published on Friday 14 March 2025."""
    published = "---\npublished: 2025-03-14\n---\n\n"
    claims = extract_claims(Source.from_text(published + text, id="x"))
    return next(c for c in claims if isinstance(c, Date))
