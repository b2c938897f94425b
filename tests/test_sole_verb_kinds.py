"""Two sole figures whose verbs are one event named at two levels of WordNet's verb
hierarchy ("scorched" is a way to "burn"): compared (compare.align.sole_ties).
Sentences written here; the guards that part two facts are tested beside them."""

from __future__ import annotations

import pytest
from conftest import figure_conflicts

# (first article's sentence, second's, its figures): one count, the second verb a
# kind of the first's event, nothing else in common between the sentences
ONE_EVENT = [
    (
        "The blaze has burned 3,200 acres of grassland near Orrin Creek, crews said.",
        "By Friday the fire had scorched 4,100 acres, the state forestry office reported.",
        ("3,200", "4,100"),
    ),
    (
        "Flames seared 900 hectares of pine in the Dunmore hills overnight.",
        "Officials said the wildfire burned 1,400 hectares before the wind dropped.",
        ("900", "1,400"),
    ),
    (
        "Rising water flooded 300 homes along the Tamsin river overnight.",
        "The torrent inundated 450 homes, volunteers at the shelter reported.",
        ("300", "450"),
    ),
    (
        "Protesters marched 12 miles from the port to the capitol.",
        "The crowd walked 20 miles in the heat, organisers said.",
        ("12", "20"),
    ),
]


@pytest.mark.parametrize(("a", "b", "figures"), ONE_EVENT)
def test_a_verb_naming_a_kind_of_the_others_event_ties_sole_figures(
    a: str, b: str, figures: tuple[str, str]
) -> None:
    assert figures in figure_conflicts(a, b)


# Verbs of one family that count two facts stay apart.
TWO_FACTS = [
    # those shot and those killed: WordNet makes killing a way to shoot
    (
        "A gunman shot 9 shoppers at the Halden mall on Saturday, police said.",
        "The attacker killed 14 shoppers before officers arrived, witnesses said.",
    ),
    # homes destroyed and homes damaged: two counts of one storm
    (
        "The tornado destroyed 40 homes on the east side of Parnell, the mayor said.",
        "Some 90 homes were damaged as the storm crossed the county line.",
    ),
    # another year's fire
    (
        "The blaze has burned 3,200 acres of grassland near Orrin Creek, crews said.",
        "In 2019, a fire scorched 4,100 acres in the same hills.",
    ),
    # two verbs of no one family, nothing else in common
    (
        "The blaze has burned 3,200 acres of grassland near Orrin Creek, crews said.",
        "Farmers have planted 4,100 acres of barley since the rain came.",
    ),
]


@pytest.mark.parametrize(("a", "b"), TWO_FACTS)
def test_verbs_of_two_facts_stay_apart(a: str, b: str) -> None:
    assert figure_conflicts(a, b) == []
