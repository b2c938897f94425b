"""Two clauses whose doers are two bodies (compare.align.other_doers): a person's act
and a thing's, or two kinds of people, each dated once, are two facts, not one fact
told with two times. Sentences written here, on other stories than the sets'."""

from __future__ import annotations

from compare import Conflict, Verdict, compare_texts
from compare.align.other_doers import other_doers
from compare.extract import extract_claims
from compare.extract.claims import Date, Time
from compare.ingest import Source


def _time(text: str) -> Time | Date:
    claims = extract_claims(Source.from_text(text, id="a"))
    return next(c for c in claims if isinstance(c, (Time, Date)))


def _conflicts(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    found = compare_texts({"a": a, "b": b}).alignments
    return [(al.verdict, al.conflict) for al in found if al.verdict is Verdict.DIFFER]


def test_a_things_fall_and_a_persons_fall_are_two_moments() -> None:
    a = "The scaffolding gave way at 6:20 a.m., site managers said."
    b = "A bricklayer slipped from a ladder at 7:45 a.m., site managers said."
    assert other_doers(_time(a), _time(b))
    assert _conflicts(a, b) == []


def test_two_kinds_of_people_are_two_doers() -> None:
    a = "Lifeguards closed the beach at 2 p.m., council staff said."
    b = "Surfers closed the beach at 4 p.m., council staff said."
    assert other_doers(_time(a), _time(b))


def test_one_kind_of_people_or_an_event_noun_keeps_the_pair() -> None:
    officers = "Officers sealed the street at 9 p.m."
    police = "Police sealed the street at 11 p.m."
    assert not other_doers(_time(officers), _time(police))
    blast = "The explosion shook the depot at 5 a.m."
    crew = "A worker shook the depot at 6 a.m."
    assert not other_doers(_time(blast), _time(crew))
    they = "They sealed the street at 11 p.m."
    assert not other_doers(_time(officers), _time(they))


def test_a_body_is_no_object_and_a_relative_clause_doer_is_left_unread() -> None:
    firm = "The charity will face the tribunal on 4 May."
    lawyers = "The charity's solicitors are due before the tribunal on May 11."
    assert not other_doers(_time(firm), _time(lawyers))
    relative = "The search for the missing hiker, which began at 5 a.m., ended at noon."
    crew = "Rangers found the hiker at 9 a.m."
    assert not other_doers(_time(relative), _time(crew))


def test_each_articles_only_site_of_two_doers_acts_is_no_place_variant() -> None:
    a = "Supporters met at Greyfield Arena to follow the derby on a big screen."
    b = "The derby was staged at Lowmoor Stadium."
    assert _conflicts(a, b) == []
    a = "The cyclist was flown to Eastmere General Hospital."
    b = "The governor thanked nurses at Holyvale Infirmary."
    assert _conflicts(a, b) == []


def test_one_ground_of_one_match_told_twice_stays_a_variant() -> None:
    a = "The derby was staged at Greyfield Arena on Saturday."
    b = "The derby was played at Lowmoor Stadium on Saturday."
    assert (Verdict.DIFFER, Conflict.PLACE) in _conflicts(a, b)


def test_a_denied_group_of_another_kind_is_no_negation() -> None:
    a = "None of the pupils were hurt, police said."
    b = "The teacher was hurt, police said."
    assert _conflicts(a, b) == []


def test_a_denied_subject_of_the_same_kind_stays_a_negation() -> None:
    a = "None of the pupils were hurt, police said."
    b = "Three pupils were hurt, police said."
    assert (Verdict.DIFFER, Conflict.NEGATION) in _conflicts(a, b)


def test_a_place_before_the_day_names_no_event() -> None:
    a = "Residents painted benches in the square on Saturday."
    b = "They mended fences in the square on Sunday."
    assert _conflicts(a.replace("square", "meadow"), b.replace("square", "meadow")) == []
    assert _conflicts(a.replace("square", "harbour"), b.replace("square", "harbour")) == []
