"""A clock time told as a noun's modifier dates the noun's event
(compare.align.time_nouns), and a noun of an act ties to the other side's verb
of it through WordNet (compare.align.event_times: "the collapse" / "gave way",
"the 5:10 p.m. lift-off" / "lifted off"). Two acts of one story stay apart.
Articles written here, on other stories than the sets'."""

from __future__ import annotations

from conftest import time_verdicts

from compare import Conflict, Verdict
from compare.align.event_times import act_nouns, noun_verb
from compare.align.time_nouns import modified_noun
from compare.extract import extract_claims
from compare.extract.claims import Time
from compare.ingest import Source

PUBLISHED = "---\npublished: 2026-06-18\n---\n\n"
FILLER_A = " Farmers in the valley were told to expect delays. Two roads were shut."
FILLER_B = " The co-operative has called a meeting for next week. Prices rose sharply."


def _times(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    return time_verdicts(a, b, PUBLISHED, FILLER_A, FILLER_B)


def _time_of(sentence: str) -> Time:
    claims = extract_claims(Source.from_text(PUBLISHED + sentence, id="a"))
    return next(c for c in claims if isinstance(c, Time))


def test_a_noun_of_an_act_ties_to_a_phrasal_verb_of_it() -> None:
    # giving way is a way to collapse (WordNet), the noun "collapse" is its verb too
    a = "The collapse of the old grain silo happened at 2:15 p.m. on Monday."
    b = "The grain silo gave way at 4:15 p.m. on Monday."
    assert (Verdict.DIFFER, Conflict.TIME) in _times(a, b)


def test_a_time_before_a_noun_dates_the_nouns_act() -> None:
    a = "The weather balloon lifted off at 3:10 p.m. from the airfield."
    b = "Students from the college gathered for the 5:10 p.m. lift-off."
    assert (Verdict.DIFFER, Conflict.TIME) in _times(a, b)


def test_one_time_told_so_agrees() -> None:
    a = "The weather balloon lifted off at 3:10 p.m. from the airfield."
    b = "Students from the college gathered for the 3:10 p.m. lift-off."
    assert (Verdict.DIFFER, Conflict.TIME) not in _times(a, b)


def test_a_departure_and_an_arrival_stay_apart() -> None:
    a = "Passengers boarded the 6am departure from the quay."
    b = "The grain ferry docked at the quay at 9am."
    assert (Verdict.DIFFER, Conflict.TIME) not in _times(a, b)


def test_a_take_off_told_as_a_noun_and_a_landing_stay_apart() -> None:
    a = "Crowds cheered the 2pm take-off of the airship."
    b = "The airship landed at the field at 5pm."
    assert (Verdict.DIFFER, Conflict.TIME) not in _times(a, b)
    a = "Crowds cheered as the airship took off at 2pm."
    b = "Spectators at the field watched the 5pm landing of the airship."
    assert (Verdict.DIFFER, Conflict.TIME) not in _times(a, b)


def test_a_noun_of_saying_names_no_deed() -> None:
    # "reports" is the noun of a verb of saying: it ties to no verb of the other side
    assert noun_verb("reports") == "report"  # read as the verb, then left out as a saying
    a = "The first reports of the fire came in at 7 p.m."
    b = "The storage barn burned at 9 p.m., a neighbour said."
    assert (Verdict.DIFFER, Conflict.TIME) not in _times(a, b)


def test_the_noun_a_time_modifies() -> None:
    assert modified_noun(_time_of("Fans turned up for the 4pm kick-off.")) == "kick-off"
    assert modified_noun(_time_of("She spoke at a 2pm press conference.")) == "press"
    # an adverb after the time dates the clause
    assert modified_noun(_time_of("The market opened at 9am yesterday.")) is None
    assert modified_noun(_time_of("The market opened at 9am.")) is None


def test_the_verb_a_noun_of_an_act_is_spelt_as() -> None:
    assert noun_verb("collapse") == "collapse"
    assert noun_verb("lift-off") == "lift_off"
    assert noun_verb("departure") is None  # a noun of another spelling than its verb
    assert noun_verb("lorry-park") is None  # no phrasal verb


def test_the_nouns_a_clause_states_as_its_event() -> None:
    assert act_nouns(_time_of("The collapse happened at 3 a.m. at the silo.")) == {"collapse"}
    assert act_nouns(_time_of("Crowds filled the stands for the 4pm kick-off.")) == {"kick-off"}
    # a thing told before the time is no event of its own: a ship is no shipping
    assert act_nouns(_time_of("Raiders attacked this cargo ship about 1100 hrs.")) == set()
