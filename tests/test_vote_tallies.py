"""Each article's only vote tally is the tally of the vote the event is about,
however the outlets word the vote (compare.align.vote_tallies). Sentences written
here; the guards (two votes in one article, another year's vote, sports scores)
beside them."""

from __future__ import annotations

import pytest

from compare import Source, Verdict, compare_texts
from compare.align.vote_tallies import vote_tally
from compare.extract import Number, extract_claims


def _tally_conflicts(a: str, b: str) -> list[tuple[str, ...]]:
    comparison = compare_texts({"a": a, "b": b})
    return [
        tuple(m.text for m in al.members)
        for al in comparison.alignments
        if al.kind == "number" and al.verdict == Verdict.DIFFER
    ]


ONE_VOTE = [
    (
        "The Alder County commission voted 5-2 to shut the Pine Lake landfill.",
        "The landfill plan passed 4-3 shortly after midnight.",
        ("5-2", "4-3"),
    ),
    (
        "The assembly approved the fishing quota 61-38 on Wednesday.",
        "The bill cleared the chamber by a 58-41 vote.",
        ("61-38", "58-41"),
    ),
    (
        "The union's members rejected the offer 212-190, the branch secretary said.",
        "Workers turned the deal down in a 230-172 vote at the Corran depot.",
        ("212-190", "230-172"),
    ),
    # shares of the vote set against each other
    (
        "Councillor Mara Quint won the runoff 57% to 43%, unseating the incumbent.",
        "Quint edged out the incumbent, taking the seat by a 52% to 48% margin.",
        ("57% to 43%", "52% to 48%"),
    ),
    # votes counted on each side, with verbs that name no vote
    (
        "The Varlow parish council endorsed the bypass 9-4 after a long debate.",
        "The bypass scheme got through the chamber by 8 votes to 5 on Monday.",
        ("9-4", "8 votes to 5"),
    ),
]


@pytest.mark.parametrize(("a", "b", "tallies"), ONE_VOTE)
def test_each_articles_only_vote_tally_is_one_fact(
    a: str, b: str, tallies: tuple[str, str]
) -> None:
    assert tallies in _tally_conflicts(a, b)


APART = [
    # two votes in one article: the committee's and the council's
    (
        "The finance committee backed the plan 4-1 in May, and the full council "
        "voted 7-2 to adopt it on Tuesday.",
        "The landfill plan passed 6-3 shortly after midnight.",
    ),
    # another year's vote
    (
        "In 2019, the Alder County commission voted 5-2 to shut the Pine Lake landfill.",
        "The landfill plan passed 4-3 shortly after midnight.",
    ),
    # scores are no votes
    (
        "Dunmore beat Orbury 3-1 on Saturday to reach the cup final.",
        "Orbury lost 2-0 at Dunmore in the cup semifinal.",
    ),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_other_tallies_are_not_tied_as_one_vote(a: str, b: str) -> None:
    assert _tally_conflicts(a, b) == []


def _tallies(text: str) -> list[Number]:
    claims = extract_claims(Source.from_text(text, id="t"))
    return [c for c in claims if isinstance(c, Number) and c.pair is not None]


@pytest.mark.parametrize(
    ("sentence", "is_vote"),
    [
        ("The council voted 6-3 to approve the stadium.", True),
        ("The measure was carried by a 7-2 majority.", True),
        ("The court ruled in a 5-4 decision.", True),
        ("The three-judge panel split 2-1.", True),
        ("She won the runoff 55 per cent to 45 per cent.", True),
        # votes counted on each side, whatever the verb
        ("The motion scraped through by 41 votes to 38.", True),
        ("The final count was 1,310 votes to 904.", True),
        # the vote told first, what it decided after it, then the tally
        ("Trustees voted to sell Ferncliff Lodge 6-3.", True),
        ("The assembly passed the motion to rename Harbour Park 11-4.", True),
        # a word of who voted or how before the vote's noun; the vote named before a colon
        ("The medal went to Arlo Venn after a 6-1 judges' vote.", True),
        ("The board chose the site on a 4-3 split decision.", True),
        ("The ballot was as close as it gets: 9-8.", True),
        ("The Hawks won 3-1 at home.", False),
        ("The Hawks took a 3-1 home win.", False),
        ("The match was as close as it gets: 2-1.", False),
        ("They backed the Hawks, who went on to win 3-1.", False),
        ("She leads the series 3-2.", False),
    ],
)
def test_a_vote_tally_is_told_by_a_verb_or_noun_of_voting(sentence: str, is_vote: bool) -> None:
    tallies = _tallies(sentence)
    assert tallies and all(vote_tally(t) == is_vote for t in tallies)
