"""A place after "to" or "from" a verb of taking or going names ("were taken to St
Mary's Hospital", "moved its headquarters to Chicago", "extradited from Spain") is
a place claim, so two sentences giving two destinations are not shown as agreeing;
after other verbs "to" names a person or a body (compare.extract.places)."""

from __future__ import annotations

import pytest

from compare import compare_texts
from compare.extract.places import find_places


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The injured were taken to St Mary's Hospital.", "St Mary's Hospital"),
        (
            "Three victims were flown to Addenbrooke's Hospital by helicopter.",
            "Addenbrooke's Hospital",
        ),
        ("The company will move its headquarters to Chicago next year.", "Chicago"),
        ("The team will travel to Madrid on Sunday.", "Madrid"),
        ("The suspect was extradited to France last week.", "France"),
        ("The suspect was extradited from Spain in May.", "Spain"),
        ("The flight was diverted to Shannon after a warning light came on.", "Shannon"),
        ("Hundreds of families fled to Goma as the rebels advanced.", "Goma"),
        ("The casualties were rushed to Leeds General Infirmary.", "Leeds General Infirmary"),
        ("Migrants were deported to Honduras on charter flights.", "Honduras"),
    ],
)
def test_a_destination_after_a_verb_of_going_is_a_place(sentence: str, name: str) -> None:
    assert name in [p.name for p in find_places(sentence, 0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said to Reuters that talks would resume.",
        "She wrote to Congress asking for more funds.",
        "The champions lost to Arsenal on Saturday.",
        "He spoke to Johnson by telephone on Monday.",
        "Thousands of fans took to Reddit to complain.",
        "The bill now goes to Parliament for a vote.",
        "The award was given to Martinez for her reporting.",
        "A letter from Smith was read out in court.",
    ],
)
def test_to_after_other_verbs_names_no_place(sentence: str) -> None:
    places = find_places(sentence, 0)
    assert all(not p.text.lower().startswith(("to ", "from ")) for p in places), places


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The injured were taken to St Mary's Hospital.",
            "The injured were taken to Royal London Hospital.",
        ),
        (
            "The company will move its headquarters to Chicago.",
            "The company will move its headquarters to Dallas.",
        ),
        ("The team will travel to Madrid on Sunday.", "The team will travel to Lisbon on Sunday."),
        ("The suspect was extradited to France.", "The suspect was extradited to Spain."),
        ("The suspect was extradited from France.", "The suspect was extradited from Spain."),
        ("The flight was diverted to Shannon.", "The flight was diverted to Dublin."),
        (
            "Ambulances took the wounded to Mercy Hospital.",
            "Ambulances took the wounded to Grace Hospital.",
        ),
    ],
)
def test_two_destinations_are_no_agreement(a: str, b: str) -> None:
    comparison = compare_texts({"a": a, "b": b})
    statements = [al for al in comparison.alignments if al.kind == "statement"]
    assert statements, "the two sentences were not paired"
    assert all(al.verdict != "agree" for al in statements)


def test_one_destination_told_twice_still_agrees() -> None:
    comparison = compare_texts(
        {
            "a": "The injured were taken to St Mary's Hospital.",
            "b": "The injured were taken to St Mary's Hospital, police said.",
        }
    )
    assert any(al.verdict == "agree" for al in comparison.alignments if al.kind == "statement")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The 34-year-old, from Toledo, was taken to hospital.", "Toledo"),
        ("Pritchard, from Merthyr Tydfil, improved his record to 24 wins.", "Merthyr Tydfil"),
        ("The victim, a 23-year-old from Dayton, died at the scene.", "Dayton"),
        ("A man from Leeds was arrested on Friday.", "Leeds"),
        ("Two residents from Ashby were among the injured.", "Ashby"),
    ],
)
def test_where_a_person_comes_from_is_a_place(sentence: str, name: str) -> None:
    assert name in [p.name for p in find_places(sentence, 0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The statement, from the Associated Press, was brief.",
        "A letter from Smith was read out in court.",
        "Prices rose in June, from May, the data showed.",
        "The report from Amnesty said the figure was higher.",
    ],
)
def test_from_after_no_person_names_no_place(sentence: str) -> None:
    assert not any(p.text.startswith("from") for p in find_places(sentence, 0))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The 34-year-old, from Toledo, was taken to hospital.",
            "The 34-year-old, from Dayton, was taken to hospital.",
        ),
        (
            "The driver, from Leeds, was arrested at the scene.",
            "The driver, from Bradford, was arrested at the scene.",
        ),
        # the home town both give is told alike; the streets still clash
        (
            "A man from Toledo collapsed on Lakeshore Drive near the finish.",
            "A Toledo man collapsed on Grand Avenue near the finish.",
        ),
    ],
)
def test_two_home_towns_or_a_shared_one_beside_two_sites_are_no_agreement(a: str, b: str) -> None:
    comparison = compare_texts({"a": a, "b": b})
    assert not any(al.verdict == "agree" and al.kind == "statement" for al in comparison.alignments)


def test_a_name_opening_with_an_accented_capital_is_a_place() -> None:
    # names outside the English-speaking world open with accented capitals as often
    found = [p.name for p in find_places("The bus broke down near Ōvreby and in Ålsund.", 0)]
    assert found == ["Ōvreby", "Ålsund"]
