"""Each article's only figure of a counted thing: compared even when the sentences
around the two figures share no names or words (compare.align.sole_figures).
Sentences written here, in domains of their own."""

from __future__ import annotations

import attrs
from conftest import figure_conflicts, figures_in

from compare import Source
from compare.align.dedupe import distinct_numbers
from compare.align.number_clues import Clues, reportable
from compare.align.number_facts import actor_names
from compare.align.numbers import unit_key
from compare.align.sole_figures import sole_figures
from compare.extract import Number, extract_claims


def test_one_toll_told_with_other_names_and_verbs_is_a_conflict():
    a = (
        "An avalanche swept over the lodge at Kestrel Pass on Sunday, killing 6 guides, "
        "the Alpine Rescue Service said.\n\nThe road to the pass stays closed."
    )
    b = (
        "Nine guides died when snow buried the lodge in the Varn valley, the mountain "
        "service said.\n\nThe road to the pass stays closed."
    )
    assert ("6", "Nine") in figure_conflicts(a, b)


def test_one_measured_noun_ties_two_figures():
    a = "Stewards said a queue of 300 metres formed outside the Orla Arena before dawn."
    b = "By daybreak a queue of 500 metres stretched along Mill Road, police said."
    assert ("300", "500") in figure_conflicts(a, b)


def test_deaths_against_injuries_stay_apart():
    a = "An avalanche swept over the lodge at Kestrel Pass on Sunday, killing 6 guides."
    b = "Fourteen guides were injured when snow buried the lodge in the Varn valley."
    assert figure_conflicts(a, b) == []


def test_another_period_stays_apart():
    a = "An avalanche swept over the lodge at Kestrel Pass on Sunday, killing 6 guides."
    b = "In 2019, an avalanche in the Varn valley killed nine guides."
    assert figure_conflicts(a, b) == []


def test_two_verbs_with_nothing_else_in_common_stay_apart():
    # each article's only count of volunteers, but of two things done
    a = "About 40 volunteers sorted donations at the Elm Street depot on Friday."
    b = "The charity said 65 volunteers drove meals to flooded homes in Bexford."
    assert figure_conflicts(a, b) == []


def test_a_magnitude_is_no_sole_figure():
    numbers = figures_in("Water poured into hundreds of homes in Bexford overnight.")
    outcomes = [Clues.of(n).outcome for n in numbers]
    assert numbers and not sole_figures(numbers, unit_key, outcomes)


def test_two_values_of_one_thing_are_not_sole():
    numbers = figures_in(
        "The depot opened.\n\nAbout 40 volunteers sorted donations on Friday.\n\n"
        "By Saturday, 12 volunteers were still packing boxes."
    )
    outcomes = [Clues.of(n).outcome for n in numbers]
    assert len(numbers) == 2 and not sole_figures(numbers, unit_key, outcomes)


def test_a_count_that_just_is_against_one_event_stays_apart():
    # each article's only count of people, but the light verb ties them to nothing
    a = "On Monday about 130 people were marching toward the town hall in Oxley."
    b = "The bakery on Fen Street had about 60 people inside at the time, staff said."
    assert figure_conflicts(a, b) == []


def test_a_count_of_another_year_does_not_stop_a_figure_being_sole():
    a = (
        "A flood swept through the Orrin valley on Monday, killing 5 farmers, officials said."
        "\n\nIn 2019, a flood in the same valley killed 11 farmers."
    )
    b = "Eight farmers died when the Orrin river burst its banks, police said."
    conflicts = figure_conflicts(a, b)
    assert ("5", "Eight") in conflicts and ("11", "Eight") not in conflicts


def test_the_body_not_the_headline_stands_for_a_repeated_figure():
    source = Source.from_text(
        "# Blast at Corvin chemical plant kills 8 workers\n\n"
        "An explosion tore through the plant on Monday, killing 8 workers, officials said.",
        id="t",
    )
    numbers = [c for c in extract_claims(source) if isinstance(c, Number)]
    kept, repeats = distinct_numbers(numbers)
    eights = [n for n in kept if n.value == 8]
    assert len(eights) == 1 and eights[0].block != "headline"
    assert [r.block for r, _ in repeats] == ["headline"]


def test_names_that_only_say_where_a_thing_is_name_no_actor():
    (number,) = [
        n for n in figures_in("The Corvin chemical plant fire injured 30 workers.") if n.value == 30
    ]
    assert actor_names(number) == set()
    (named,) = [n for n in figures_in("Corvin's plant employs 300 workers.") if n.value == 300]
    assert "corvin" in actor_names(named)


def test_sums_given_per_one_thing_are_one_fact():
    a = "Kelso Pharma set a list price of $48,000 a year for the inhaler."
    b = "Kelso Pharma will charge $84,000 a year for the inhaler before rebates."
    assert ("$48,000", "$84,000") in figure_conflicts(a, b)


def test_the_day_of_the_saying_does_not_date_the_count():
    a = "The flood damaged 64 containers at the Heron Point depot late on Tuesday."
    b = (
        "The flood damaged 48 containers at the depot overnight, the shipping line "
        "Dalvik Freight said on Wednesday."
    )
    assert ("64", "48") in figure_conflicts(a, b)


def test_an_average_and_one_count_are_two_facts():
    a = "Last season, split between two clubs, Okafor hit well, with 22 goals and 12 assists."
    b = "Okafor has averaged more than 20 goals and 10 assists in his six seasons."
    (one,) = [n for n in figures_in(a) if n.value == 22]
    (averaged,) = [n for n in figures_in(b) if n.value == 20]
    ca, cb = Clues.of(one), Clues.of(averaged)
    assert cb.averaged and not ca.averaged
    assert not reportable(
        one, averaged, ca, cb, differ=False, age=False, values_beside={}, value=(22, 20)
    )
    assert reportable(
        one,
        averaged,
        ca,
        attrs.evolve(cb, averaged=False),
        differ=False,
        age=False,
        values_beside={},
        value=(22, 20),
    )
    (aged,) = [n for n in figures_in("The mill averaged 25 tonnes a day.") if n.value == 25]
    assert unit_key(aged) != "age"  # "averaged" ends in "aged" but says no age


def test_those_aboard_told_as_carried_or_aboard_are_one_count():
    a = "A coach carrying 48 pupils overturned on the A9 near Dalwhinnie on Friday, police said."
    b = "There were 39 pupils aboard, the school said on Saturday."
    assert ("48", "39") in figure_conflicts(a, b)


def test_some_of_those_aboard_are_no_count_of_all_aboard():
    a = "A coach carrying 48 pupils overturned on the A9 near Dalwhinnie on Friday, police said."
    b = "About 39 pupils on board had minor cuts, the school said."
    assert figure_conflicts(a, b) == []


def test_times_fired_count_the_shots_fired():
    (fired,) = [
        n for n in figures_in("The guard fired 9 times, the statement said.") if n.value == 9
    ]
    assert unit_key(fired) == unit_key(figures_in("Nine shots were fired.")[0])


def test_a_part_larger_than_the_total_is_a_figure_conflict():
    a = "In all, 6 shots were fired at the depot gate, the ministry said."
    b = "The guard fired 9 times, the statement said."
    assert ("6", "9") in figure_conflicts(a, b)


def test_a_part_smaller_than_the_total_stays_apart():
    a = "In all, 12 shots were fired at the depot gate, the ministry said."
    b = "The guard fired 9 times, the statement said."
    assert figure_conflicts(a, b) == []


def test_two_prison_terms_given_are_a_figure_conflict():
    a = "A county judge on Friday sentenced a Dunmore roofer to 9 years in prison for arson."
    b = "Kerr Walby learned his fate in court. He will spend the next 7 years in a state prison."
    assert ("9", "7") in figure_conflicts(a, b)


def test_the_term_a_defendant_faced_is_not_the_term_given():
    a = "A county judge on Friday sentenced a Dunmore roofer to 9 years in prison for arson."
    assert figure_conflicts(a, "He faces 12 years in a state prison.") == []
    assert figure_conflicts(a, "He could spend the next 12 years in a state prison.") == []


def test_an_age_set_off_after_a_name_with_accents_is_an_age():
    told = figures_in("Director Lívia Hanáková, 41, thanked the crew.")
    (age,) = [n for n in told if n.value == 41]
    assert unit_key(age) == "age"
    (age,) = [n for n in figures_in("The skier Ömer Çelik, 23, was unhurt.") if n.value == 23]
    assert unit_key(age) == "age"
