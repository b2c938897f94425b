"""Two vote tallies of as many voters are one body's vote (vote_totals); two scores
naming one side, with that side's points alike, are one match (match_scores).
Sentences written here, in domains of their own."""

from __future__ import annotations

from compare import Source, Verdict, compare_texts
from compare.align.match_scores import one_match
from compare.align.vote_totals import body_tallies, one_body
from compare.extract import Number, extract_claims

PUBLISHED = "---\npublished: 2025-06-12\n---\n\n"


def _differing(a: str, b: str) -> list[tuple[str, ...]]:
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    return [
        tuple(m.text for m in al.members)
        for al in comparison.alignments
        if al.kind == "number" and al.verdict == Verdict.DIFFER and al.conflict == "tally"
    ]


def _tallies(*texts: str) -> list[Number]:
    found: list[Number] = []
    for k, text in enumerate(texts):
        source = Source.from_text(PUBLISHED + text, id="ab"[k])
        found.extend(
            c for c in extract_claims(source) if isinstance(c, Number) and c.pair is not None
        )
    return found


# each article tells two votes, so neither is its article's only vote tally
VOTES_A = (
    "Trustees voted 9-4 to sell the old pumping station to the canal society. "
    "A motion to delay the sale until the autumn was rejected by five votes to two."
)
VOTES_B = (
    "The Hexley Waterways Trust board backed the sale of the pumping station by ten "
    "votes to three on Tuesday. Its finance panel had earlier cleared the price 6-1."
)


def test_members_voting_and_the_named_council_voting_are_one_vote() -> None:
    # "Councillors" opens its sentence capitalised: no name set against the council's
    a = (
        "Parking charges are coming to the riverside at Brackley. "
        "Councillors voted 7-4 for the scheme, which will cover 300 bays from March."
    )
    b = (
        "After a long and heated meeting, Brackley Town Council voted by eight votes to "
        "three to bring in charges along the river."
    )
    assert _differing(a, b) == [("7-4", "eight votes to three")]


def test_the_vote_of_another_size_is_not_paired_with_it() -> None:
    pairs = _differing(VOTES_A, VOTES_B)
    assert not any("9-4" in p and "6-1" in p for p in pairs)


def test_two_votes_of_one_size_in_one_article_are_no_body_s_own() -> None:
    numbers = _tallies(
        "Councillors voted 7-4 to close the lido. They then voted 6-5 to sell the site.",
        "The council backed the closure of the lido by eight votes to three.",
    )
    totals = body_tallies(numbers)
    texts = {numbers[i].text for i in totals}
    assert texts == {"eight votes to three"}


def test_two_named_bodies_of_one_size_are_two_votes() -> None:
    numbers = _tallies(
        "Harlow Rowing Club voted 7-4 to buy a new eight.",
        "Epping Sculling Association voted 8-3 to buy a new eight.",
    )
    totals = body_tallies(numbers)
    assert len(totals) == 2
    assert not one_body(0, 1, totals, numbers)


def test_a_common_word_opening_the_sentence_names_no_body() -> None:
    numbers = _tallies(
        "Members voted 7-4 to buy a new eight.",
        "The Harlow Rowing Club voted 8-3 to buy a new eight.",
    )
    assert one_body(0, 1, body_tallies(numbers), numbers)


def test_two_scores_naming_one_side_with_its_points_alike_are_one_match() -> None:
    a = "The Quarry Hill Otters won the county shield on Saturday, beating Fenwick Rovers 31-27."
    b = (
        "Bells rang in Quarry Hill on Sunday after the Otters beat Fenwick Rovers 31-24 "
        "in the shield final."
    )
    assert ("31-27", "31-24") in _differing(a, b)


def test_a_running_score_is_no_result() -> None:
    numbers = _tallies(
        "A late try from Ana Ruiz for the Otters made it 4-3 against Fenwick Rovers.",
        "The Otters beat Fenwick Rovers 5-4 in the final.",
    )
    assert not one_match(0, 1, numbers)


def test_an_article_with_two_scores_against_the_side_pairs_neither() -> None:
    numbers = _tallies(
        "The Otters beat Fenwick Rovers 31-27 in the final. "
        "Earlier in the season Fenwick Rovers had lost to them 31-12.",
        "The Otters beat Fenwick Rovers 31-24 in the final.",
    )
    final_b = next(k for k, n in enumerate(numbers) if n.source == "b")
    assert not any(one_match(k, final_b, numbers) for k in range(final_b))
