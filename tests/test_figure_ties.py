"""Two statements tied by one figure each article gives only once (figure_ties.py):
paired however the counted thing is named or the figure written; a figure given
twice or paired already, a part against a whole, a size told as a compound ("a
four-person crew"), a handful, spans of time, two kinds of person, a denial on one
side and names apart tie nothing. Sentences of our own, in other domains than the
contradiction sets'."""

from __future__ import annotations

from compare.align.figure_ties import figure_key, figure_tied_pairs
from compare.align.settings import Options
from compare.extract.claims import Claim, Number
from tests.test_mutual_best import _read

MUSEUM_A = (
    "The Ravensworth Museum closed its east wing for the winter. "
    "It lent 38 paintings to a gallery abroad. "
    "The loan ends in the spring."
)
MUSEUM_B = (
    "Visitors to Ravensworth found the east wing shut. "
    "Thirty-eight canvases went on loan overseas as part of the deal. "
    "Staff said the pictures would be back by April."
)


def _tied(a: str, b: str, *, numbers_paired: bool = False) -> set[tuple[str, str]]:
    statements, sentences = _read({"a": a, "b": b})
    claims: list[Claim] = list(statements)
    if not numbers_paired:  # the matcher is given the numbers nothing paired
        claims += [
            c for told in sentences.by_sentence.values() for c in told if isinstance(c, Number)
        ]
    found = figure_tied_pairs(claims, Options(), sentences)
    return {(claims[i].text[:20], claims[j].text[:20]) for _, i, j in found}


def _keys(text: str) -> list[object]:
    statements, sentences = _read({"a": text})
    return [figure_key(c) for c in sentences.of(statements[0]) if isinstance(c, Number)]


def test_one_figure_of_things_named_otherwise_ties_two_sentences() -> None:
    # "38 paintings" / "Thirty-eight canvases": no noun and no word in common
    assert _tied(MUSEUM_A, MUSEUM_B) == {("It lent 38 paintings", "Thirty-eight canvase")}


def test_a_figure_paired_already_ties_nothing() -> None:
    # the number alignment shows that fact
    assert not _tied(MUSEUM_A, MUSEUM_B, numbers_paired=True)


def test_a_figure_an_article_gives_twice_ties_nothing() -> None:
    twice = MUSEUM_B + " In all, 38 works left the building that week."
    assert not _tied(MUSEUM_A, twice)


def test_sums_and_percentages_written_two_ways_tie() -> None:
    a = (
        "The ferry line lost €3.5 million over the winter months. "
        "Fares on the island routes rose by 12% for every traveller."
    )
    b = (
        "Losses at the operator reached 3.5 million euros, its accounts show. "
        "Passengers now pay twelve percent more for each crossing to the islands."
    )
    assert ("The ferry line lost ", "Losses at the operat") in _tied(a, b)
    assert ("Fares on the island ", "Passengers now pay t") in _tied(a, b)


def test_a_part_is_not_the_whole() -> None:
    # "seven of the climbers" is a part of some count, "seven climbers" the count
    a = "Rescuers reached the ridge at dawn. Seven of the climbers were flown to Sion."
    b = "Seven climbers spent the night on the ridge. Helicopters arrived after dawn."
    assert not _tied(a, b)


def test_sizes_ages_spans_and_handfuls_are_no_figure_of_a_fact() -> None:
    assert _keys("A four-person crew sailed from Brest.") == [None]
    assert _keys("The 45-year-old skipper sailed from Brest.") == [None]
    assert _keys("The crossing from Brest to Cork took three days.") == [None]
    assert _keys("Three sailors left Brest on the morning tide.") == [None]
    assert _keys("Nine sailors left Brest on the morning tide.")[0] is not None


def test_a_verb_read_as_the_counted_word_counts_nothing() -> None:
    # "nine abstained": no noun says what the nine are
    assert _keys("Twenty members backed the motion, and nine abstained.")[1] is None


def test_two_kinds_of_person_are_two_groups() -> None:
    a = "About 6,000 nurses joined the march through Lyon on Tuesday."
    b = "Roughly 6,000 teachers walked out of classrooms in the city."
    assert not _tied(a, b)
    b_people = "Roughly 6,000 people walked out of hospitals in the city."
    assert _tied(a, b_people)


def test_a_denial_on_one_side_unties() -> None:
    a = "The operator ran 36 trains on the coastal line over the weekend."
    b = "Thirty-six services on the coast route did not run, the company said."
    assert not _tied(a, b)


def test_names_given_apart_untie_and_forms_of_one_name_do_not() -> None:
    a = "Ardell Shipping sold 12% of the container terminal last year."
    b = "Brona Holdings sold a twelve percent stake in the terminal."
    assert not _tied(a, b)
    b_same = "The Ardell group sold a twelve percent stake in the terminal."
    assert _tied(a, b_same)


def test_one_clock_time_ties_two_sentences() -> None:
    # "at noon" / "by midday": one time, each article's only one
    a = "The swing bridge over the Ouse reopened at noon on Friday after repairs."
    b = "Traffic was crossing the Ouse again by midday, engineers said."
    assert _tied(a, b) == {("The swing bridge ove", "Traffic was crossing")}


def test_one_calendar_day_ties_two_sentences() -> None:
    # "on 3 March" / "from March 3": one day, each article's only sentence giving it
    a = "Lessons at the Harwell campus will restart on 3 March 2031, the trust said."
    b = "Pupils are due back in Harwell classrooms from March 3, 2031."
    assert _tied(a, b) == {("Lessons at the Harwe", "Pupils are due back ")}


def test_a_measure_is_no_count_of_things() -> None:
    # "12 nautical miles" (unit key "mi") is a distance, not twelve things: it does not
    # meet "a dozen ships"
    miles = _keys("Territorial waters reach out to 12 nautical miles from the shore.")
    ships = _keys("Raiders are holding about a dozen ships off the coast.")
    assert miles and ships and not set(miles) & set(ships)
