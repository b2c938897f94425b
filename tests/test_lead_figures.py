"""The first figure of a counted thing in each article's lead is one fact told twice
(lead_figures); what tells two facts apart leaves the two figures unpaired.
Sentences written here, in domains of their own."""

from __future__ import annotations

from compare.align.lead_figures import lead_figure_pairs
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.extract import extract_claims
from compare.extract.claims import Claim, Number
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"
SLIDE = (
    "A mudslide buried 36 houses in the hill village of Orvane on Tuesday. "
    "Rescuers worked through the night."
)
# six sentences with claims, none of them a figure of houses: the lead of an article
PREAMBLE = (
    "Officials met the mayor on Wednesday morning. "
    "The regional governor visited the valley on Thursday. "
    "Engineers inspected the dam near the village. "
    "Teachers closed the school for a week. "
    "The army sent trucks with water to the valley. "
    "Volunteers cooked meals for the families. "
)


def paired(a: str, b: str) -> list[tuple[str, str]]:
    claims: list[Claim] = []
    for source_id, text in (("a", a), ("b", b)):
        claims.extend(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))
    numbers = [c for c in claims if isinstance(c, Number)]
    found = lead_figure_pairs(numbers, Options(), SentenceClaims.index(claims))
    return sorted((numbers[i].text, numbers[j].text) for _, i, j in found)


def test_the_first_counts_of_one_thing_in_two_leads_pair() -> None:
    b = "The slide swallowed 52 houses as residents slept, officials said. Crews searched."
    assert paired(SLIDE, b) == [("36", "52")]


def test_two_sums_in_one_currency_pair() -> None:
    a = "The council fined the quarry operator £48,000 for dumping waste by the river."
    b = "A penalty of £84,000 was imposed on the quarry firm over waste left near the river."
    assert paired(a, b) == [("£48,000", "£84,000")]


def test_one_figure_told_alike_does_not_pair() -> None:
    b = "The slide swallowed 36 houses as residents slept, officials said."
    assert paired(SLIDE, b) == []


def test_figures_more_than_twice_apart_do_not_pair() -> None:
    b = "The slide swallowed 152 houses as residents slept, officials said."
    assert paired(SLIDE, b) == []


def test_a_figure_after_the_lead_does_not_pair() -> None:
    b = PREAMBLE + "The slide had swallowed 52 houses as residents slept."
    assert paired(SLIDE, b) == []
    assert paired(SLIDE, "The slide had swallowed 52 houses as residents slept.") != []


def test_a_sentence_with_two_figures_of_the_thing_does_not_pair() -> None:
    b = "The slide swallowed 52 houses and damaged 80 houses nearby, officials said."
    assert paired(SLIDE, b) == []


def test_a_part_against_its_total_does_not_pair() -> None:
    a = "The plant laid off 120 of its 300 workers on Monday. Unions protested."
    b = "The plant laid off 200 workers on Monday. Unions protested."
    assert paired(a, b) == []
    assert paired("The plant laid off 120 workers on Monday.", b) == [("120", "200")]


def test_a_hedge_of_no_figure_does_not_pair() -> None:
    b = "About 60 fans queued outside the hall on Friday. The show began late."
    assert paired("Dozens of fans queued outside the hall on Friday.", b) == []
    assert paired("Around 40 fans queued outside the hall on Friday.", b) == [
        ("Around 40", "About 60")
    ]


def test_a_count_of_places_where_it_happened_does_not_pair() -> None:
    a = "Storms damaged roofs in five villages along the coast overnight, officials said."
    b = "The storm damaged roofs in seven villages along the coast, officials said."
    assert paired(a, b) == []


def test_a_running_total_pairs_only_with_a_running_total() -> None:
    night = "Police made 240 arrests on Friday night across the city."
    running = "Police have made 180 arrests since the riots began last week."
    assert paired(night, running) == []
    since = "Police have made 240 arrests since the riots began last week."
    assert paired(since, running) == [("240", "180")]


def test_last_year_against_this_year_does_not_pair() -> None:
    a = "The plant laid off 200 workers on Monday. Unions protested."
    assert paired(a, "Last year the plant laid off 300 workers. Unions protested.") == []
    assert paired(a, "In 2019 the plant laid off 300 workers. Unions protested.") == []


def test_two_teams_figures_do_not_pair() -> None:
    a = "The Kestrels sold 12,000 tickets for the final. The club was delighted."
    assert paired(a, "The Otters sold 9,000 tickets for the final.") == []
    assert paired(a, "The Kestrels sold 9,000 tickets for the final.") == [("12,000", "9,000")]


def test_counts_of_two_opposite_deeds_do_not_pair() -> None:
    a = "The museum bought 14 paintings at the spring auction."
    assert paired(a, "The museum sold 20 paintings at the spring auction.") == []
    assert paired(a, "The museum acquired 20 paintings at the spring auction.") == [("14", "20")]


def test_all_aboard_against_some_of_them_does_not_pair() -> None:
    a = "A ferry carrying 240 passengers hit a rock off the island on Friday."
    assert paired(a, "About 150 passengers were treated for cuts, the operator said.") == []
    assert paired(a, "There were 180 passengers on board, the operator said.") == [("240", "180")]


def test_a_lead_telling_one_deed_twice_pairs_neither() -> None:
    a = (
        "The river authority fined Marsh Dairies £30,000 on Monday. "
        "Its haulier was fined £8,000 for the same spill."
    )
    b = "The dairy was ordered to pay £45,000, the river authority said."
    assert paired(a, b) == []
    assert paired("The river authority fined Marsh Dairies £30,000 on Monday.", b) == [
        ("£30,000", "£45,000")
    ]
