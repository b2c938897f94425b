"""A settlement told by its kind with a describing word before it ("near the fishing
town of Arlow", "the port city of Velmar") is a place claim, as "near the town of
Kessab" is (compare.extract.places)."""

from __future__ import annotations

import pytest

from compare.extract.places import find_places


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The storm came ashore near the fishing town of Arlow Point early on Monday.",
            "Arlow Point",
        ),
        ("The ferry sank off the port city of Velmar.", "Velmar"),
        ("Rebels attacked a checkpoint in the small mountain village of Duska.", "Duska"),
        ("The man was arrested at the town of Harlow on Friday.", "Harlow"),
        ("The fire spread towards the coastal town of Bramley.", "Bramley"),
        ("Voters in the capital city of Orvan queued for hours.", "Orvan"),
    ],
)
def test_a_described_settlement_is_a_place(sentence: str, name: str) -> None:
    assert name in [p.name for p in find_places(sentence, 0)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a lower-case word before "of" that is no settlement's kind: no place told
        "The match was played in front of Harlow supporters.",
        "He spoke at the end of Parliament's session.",
    ],
)
def test_other_words_before_of_name_no_settlement(sentence: str) -> None:
    assert all(p.name not in ("Harlow", "Parliament") for p in find_places(sentence, 0))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The goats were found on the slopes of Mount Elwen.", "Mount Elwen"),
        ("The slide broke away on the north face of the Dent Grise.", "Dent Grise"),
        ("Two climbers fell on the eastern slope of the Col Vert.", "Col Vert"),
        ("The rider crashed on the descent of the Col de Rasse.", "Col de Rasse"),
        ("Protesters sat on the steps of the Old Courthouse.", "Old Courthouse"),
        ("The body was found on the banks of the River Tarn.", "River Tarn"),
        ("Crews camped at the foot of Ben Arran.", "Ben Arran"),
    ],
)
def test_a_part_of_a_named_landform_or_building_is_a_place(sentence: str, name: str) -> None:
    """ "on the slopes of X", "on the north face of X": where on the named place."""
    assert name in [p.name for p in find_places(sentence, 0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The party held firm in the face of Russian pressure.",
        "She spoke on the side of Labour voters.",
    ],
)
def test_a_face_or_side_without_a_compass_point_is_no_place(sentence: str) -> None:
    assert all(p.name not in ("Russian", "Labour") for p in find_places(sentence, 0))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Harlan Motors will close its Kettering plant next year.", "Kettering"),
        ("The ships will be built at the group's Port Elwin yard.", "Port Elwin"),
        ("Staff at Brisco's Norwich office were told on Monday.", "Norwich"),
        ("The meeting was held in the union's Dundee headquarters.", "Dundee"),
    ],
)
def test_a_name_before_an_owned_site_is_its_place(sentence: str, name: str) -> None:
    """ "its Kettering plant" is the plant in Kettering."""
    assert name in [p.name for p in find_places(sentence, 0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm will close its plant next year.",
        "Harlan will close its Monday shift at the plant.",
    ],
)
def test_no_name_or_no_site_no_owned_place(sentence: str) -> None:
    assert find_places(sentence, 0) == []
