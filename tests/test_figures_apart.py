"""One figure on each side, far apart: no ✓ (figures_apart.py), on sentences
written for these tests; figures told loosely, in ranges or in other units agree."""

from __future__ import annotations

import pytest

from compare.align.figures_apart import sole_figures_apart
from compare.extract import Claim, extract_claims
from compare.ingest import Source


def _inside(text: str) -> list[Claim]:
    claims = extract_claims(Source.from_text(text, id="a"))
    statement = next(c for c in claims if c.kind == "statement")
    return [
        c
        for c in claims
        if c is not statement and statement.start <= c.start and c.end <= statement.end
    ]


def _apart(a: str, b: str) -> bool:
    found = sole_figures_apart(_inside(a), _inside(b))
    assert sole_figures_apart(_inside(b), _inside(a)) is found  # either order
    return found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "About 10,000 residents signed a petition against the stadium plan.",
            "Some 15,000 people put their names to a petition against the plan.",
        ),
        (
            "The leak came from a 16-inch pipeline that carries crude to the refinery.",
            "The leak came from a 24-inch line that moves oil from the platforms to shore.",
        ),
        (
            "The company employs about 31,000 people in its plants across Europe.",
            "Halvorsen has roughly 46,500 staff in its European plants.",
        ),
        (
            "The minister promised to build 5,000 affordable homes in the region.",
            "The minister has pledged 7,500 new affordable homes for the region.",
        ),
        (
            "Shares in the bank rose 3% in early trading on Tuesday.",
            "The bank's stock climbed 9% in early trading on Tuesday.",
        ),
        # two figures told exactly, near but neither the other rounded
        (
            "The ferry was carrying 412 passengers when it struck the rocks.",
            "There were 386 passengers aboard the ferry when it struck the rocks.",
        ),
        # one figure of a counted thing each, beside other figures
        (
            "The Harlow index dropped 1,240 points by the close.",
            "The Harlow index closed 1,420 points lower, while the bond yield fell 3.4 per cent.",
        ),
        # one figure both give alike, and one of one verb left on each side
        (
            "The chain employs about 9,000 people in 14 countries.",
            "Marrow Foods employs roughly 13,500 staff across 14 countries.",
        ),
        # a ceiling told as the estimate ("as many as", "up to") is the figure told:
        # a figure far under it is another estimate, not one inside its range
        (
            "About 10,000 residents signed a petition against the stadium plan.",
            "As many as 15,000 people put their names to a petition against the plan.",
        ),
        (
            "Up to 20,000 people joined the march through the capital, organisers said.",
            "About 8,000 people took part in the march through the capital.",
        ),
        (
            "The storm dropped as much as 12 inches of rain on the coast.",
            "The storm brought 5 inches of rain to the coast.",
        ),
        # lengths in two systems, compared once converted: 2 miles is 3.2 km
        (
            "The parade route covered two miles, from the harbour to the cathedral.",
            "The parade wound 6.4 kilometres from the harbour to the cathedral.",
        ),
        (
            "Divers found the wreck in 40 feet of water off the point.",
            "The wreck lies in about 30 metres of water off the point.",
        ),
        # spans of time in two units, compared in the larger: 1.5 years / 2 years
        (
            "The coach has been suspended from all club duties for 18 months.",
            "The league handed the coach a two-year suspension from club duties.",
        ),
    ],
)
def test_sole_figures_far_apart(a, b):
    assert _apart(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one figure told loosely
        (
            "About 30 people were treated for minor injuries at the scene.",
            "Nearly 30 passengers had minor injuries, the coastguard said.",
        ),
        (
            "About 200 workers were inside the plant when the fire broke out.",
            "Some 210 employees were inside the plant when the fire started.",
        ),
        # within a range the other side states from below
        (
            "As many as 150 fans waited outside the stadium gates.",
            "About 140 supporters waited outside the stadium gates.",
        ),
        # a bound told as a bound: what falls under it is inside it
        (
            "Fewer than 40 staff still work at the depot.",
            "Only 25 employees still work at the depot.",
        ),
        (
            "More than 1,100 firefighters are working the fire lines.",
            "About 1,400 firefighters are now on the fire near the ridge.",
        ),
        # one length in two systems, rounded
        (
            "The parade route covered two miles, from the harbour to the cathedral.",
            "The parade wound 3.2 kilometres from the harbour to the cathedral.",
        ),
        (
            "Divers found the wreck in 40 feet of water off the point.",
            "The wreck lies in about 12 metres of water off the point.",
        ),
        (
            "The crane arm is 30 metres long and can lift 40 tonnes.",
            "The crane's arm reaches about 100 feet.",
        ),
        # one span of time in two units
        (
            "The club has agreed to a 20-year lease on the stadium site.",
            "The owners have signed a lease running two decades on the site.",
        ),
        (
            "Patients receive the infusion every four weeks at the clinic.",
            "Patients are given the infusion once every 28 days at the clinic.",
        ),
        # two figures on one side: which one the other means is not known
        (
            "About 3,000 people spent the night outdoors after the quake.",
            "Some 3,000 residents, 400 of them children, slept in the open.",
        ),
        # one figure the other rounded
        (
            "The Harlow index dropped 1,200 points by the close.",
            "The Harlow index closed 1,240 points lower on the day.",
        ),
        (
            "The ferry was carrying 400 passengers when it struck the rocks.",
            "There were 386 passengers aboard the ferry when it struck the rocks.",
        ),
        # beside a figure both give alike, figures of two verbs count two things
        (
            "The plan adds 14 nurses and keeps all six clinics open, but cuts 40 vacant posts.",
            "The budget pays for 14 new nursing posts, and none of the six clinics will shut,"
            " though three were at risk in May.",
        ),
        # a part and its whole, read the other way round
        (
            "The Yes side carried 30 of the 39 districts in the vote.",
            "Thirty districts out of 39 voted in favour of the plan.",
        ),
    ],
)
def test_figures_that_may_be_one(a, b):
    assert not _apart(a, b)
