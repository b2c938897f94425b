"""A figure with no counted noun after it counts the noun its clause gives it for:
"put the crowd at 11,600", "the number of confirmed cases rose to 23", "Attendance
was 9,400" (compare.align.predicated_counts). Sentences written here."""

from __future__ import annotations

from conftest import figure_conflicts, figure_valued

from compare.align.numbers import unit_key
from compare.align.predicated_counts import predicated_noun


def test_the_object_a_value_is_set_on_is_counted():
    assert (
        predicated_noun(figure_valued("Stewards put the crowd at 7,300 on Sunday.", 7300))
        == "crowd"
    )


def test_the_number_of_a_thing_counts_the_thing():
    risen = figure_valued("The number of reported infections has risen to 64, officials said.", 64)
    assert predicated_noun(risen) == "infections"
    told = figure_valued("There are now 58 reported infections in the district.", 58)
    assert unit_key(risen) == unit_key(told)


def test_a_quantity_standing_at_a_value_counts_its_noun():
    assert (
        predicated_noun(figure_valued("The backlog of parcels stood at 80,000.", 80000))
        == "backlog"
    )
    assert (
        predicated_noun(figure_valued("Attendance was 9,400, the club said.", 9400)) == "attendance"
    )


def test_a_figure_with_its_own_noun_or_no_value_verb_counts_nothing_more():
    assert predicated_noun(figure_valued("The crowd cheered 12 goals.", 12)) is None
    assert predicated_noun(figure_valued("It rose to 40 on Friday.", 40)) is None
    assert predicated_noun(figure_valued("The total reached 310.", 310)) is None


def test_one_count_stated_after_its_noun_and_before_it_is_compared():
    a = "The number of confirmed infections has climbed to 112, the health board said."
    b = "There are now 140 confirmed infections, according to the health board."
    assert ("112", "140") in figure_conflicts(a, b)


def test_a_person_or_a_name_stated_at_a_figure_is_no_count():
    assert predicated_noun(figure_valued("His coach, Ivo Marek, was 71 on Friday.", 71)) is None
    assert predicated_noun(figure_valued("The old trainer was 68 that day.", 68)) is None
    assert predicated_noun(figure_valued("The city's Clean Air Index reached 310.", 310)) is None
