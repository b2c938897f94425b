"""One standard told on opposite sides, each article's only side of it
(standard_sides): "under budget" / "over budget", "ahead of schedule" / "behind
schedule"; a forecast, a denial, a compound, an article telling both sides and a
side told alike part nothing. Sentences written here, in domains of their own."""

from __future__ import annotations

from compare import Conflict, Verdict, compare_texts
from compare.align.both_sides import says_both
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.align.standard_sides import forecast_sides, sides, standard_side_pairs
from compare.extract import extract_claims
from compare.extract.claims import Claim, Statement
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-06-02\n---\n\n"
OTHER_A = "The ferry terminal's second berth handles freight from the islands. "
OTHER_B = "Harbour workers welcomed the first container ship at the new quay on Monday. "


def _claims(a: str, b: str) -> list[Claim]:
    claims: list[Claim] = []
    for source_id, text in (("a", OTHER_A + a), ("b", OTHER_B + b)):
        claims.extend(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))
    return claims


def paired(a: str, b: str) -> list[tuple[str, str]]:
    """The statements the matcher pairs across the two articles."""
    claims = _claims(a, b)
    told = [c for c in claims if isinstance(c, Statement)]
    found = standard_side_pairs(told, Options(), SentenceClaims.index(claims))
    return sorted((told[i].sentence, told[j].sentence) for _, i, j in found)


def test_a_bare_standard_after_a_side_word_is_read() -> None:
    (side,) = sides("The harbour dredging, which cost 9 million, came in under budget.")
    assert (side.side, side.standard, side.text) == ("low", "budget", "under budget")
    (side,) = sides("Passenger numbers were running above forecasts by midsummer.")
    assert (side.side, side.standard) == ("high", "forecast")


def test_no_outcome_no_compound_no_article() -> None:
    assert sides("The quay is expected to finish ahead of schedule.") == ()
    assert sides("The dredging did not come in under budget.") == ()
    assert sides("Dock workers protested over budget cuts at the port.") == ()
    assert sides("The unions fell out over the budget for the quay.") == ()
    assert sides("The ferry sailed over water too shallow for its keel.") == ()


def test_opposite_sides_each_articles_only_one_pair() -> None:
    a = "The new quay, which cost 40 million euros, came in under budget, the port said."
    b = "The quay, financed by the regional government, ran over budget after piling problems."
    assert len(paired(a, b)) == 1
    comparison = compare_texts({"a": PUBLISHED + OTHER_A + a, "b": PUBLISHED + OTHER_B + b})
    told = [al for al in comparison.alignments if al.kind == "statement" and "budget" in str(al)]
    assert told and all(al.verdict == Verdict.DIFFER for al in told)
    assert any(al.conflict == Conflict.OPPOSITE for al in told)


def test_a_timetable_early_against_late_pairs() -> None:
    a = "Dredging of the outer channel finished two weeks ahead of schedule."
    b = "Work in the channel was running behind schedule when the storms arrived."
    assert len(paired(a, b)) == 1


def test_the_same_side_or_another_standard_does_not_pair() -> None:
    a = "The new quay came in under budget, the port said."
    assert paired(a, "The quay was completed within budget, officials said.") == []
    assert paired(a, "The quay opened ahead of schedule, officials said.") == []


def test_an_article_telling_both_sides_is_left_alone() -> None:
    a = (
        "The first berth came in under budget. The second berth ran over budget"
        " when the piles had to be driven deeper."
    )
    b = "The quay ran over budget after piling problems, officials said."
    assert paired(a, b) == []


def test_says_both_reads_the_words_that_differ() -> None:
    claims = _claims(
        "The quay came in under budget and was busy all summer.",
        "The quay ran over budget, the port admitted.",
    )
    a, b = (c for c in claims if isinstance(c, Statement) and "budget" in c.sentence)
    assert not says_both(a, b, "under budget", "over budget")


def test_two_things_on_opposite_sides_neither_pair_nor_agree() -> None:
    # the ferry terminal and the car park: two results, no conflict and no ✓
    pairs = [
        (
            "The port said the new ferry terminal came in under budget, costing 30 million.",
            "The port's new lorry park ran over budget by 4 million, auditors found.",
        ),
        (
            "Cargo volumes at the port came in above forecasts in May.",
            "Passenger fares at the port fell below forecasts in May.",
        ),
        (
            "Work on the southern breakwater finished ahead of schedule in March.",
            "Engineers said the lock gate is running behind schedule because of storms.",
        ),
    ]
    for a, b in pairs:
        assert paired(a, b) == []
        comparison = compare_texts({"a": PUBLISHED + OTHER_A + a, "b": PUBLISHED + OTHER_B + b})
        told = [al for al in comparison.alignments if al.members[0].sentence == a]
        assert not [al for al in told if al.kind == "statement"], (a, told)


def test_one_thing_told_of_by_an_undertaking_still_pairs() -> None:
    a = "Work on the lock gate finished three weeks ahead of schedule, the port said."
    b = "The lock gate opened behind schedule after storms delayed the final works."
    assert len(paired(a, b)) == 1


def test_says_both_passes_over_a_particle() -> None:
    # "of" in "because of storms" is no form of "ahead"
    claims = _claims(
        "The lock gate was finished two weeks ahead of schedule.",
        "The lock gate was finished behind schedule because of storms.",
    )
    a, b = (c for c in claims if isinstance(c, Statement) and "schedule" in c.sentence)
    assert not says_both(a, b, "ahead of schedule", "behind schedule")


def test_a_forecast_side_against_the_opposite_outcome_is_no_agreement() -> None:
    """ "is on track to come in under budget" / "ran over budget": a forecast is not an
    outcome, so no conflict is told, but two sentences this close in words must not be
    shown as an agreement either (a ✓ over them would hide the clash)."""
    a = "The renovation of the town library is on track to come in under budget, the council said."
    b = "The renovation of the town library ran over budget, the council said."
    comparison = compare_texts({"a": PUBLISHED + OTHER_A + a, "b": PUBLISHED + OTHER_B + b})
    told = [al for al in comparison.alignments if "budget" in str(al)]
    assert all(al.verdict != Verdict.AGREE for al in told)
    assert not any(al.verdict == Verdict.DIFFER for al in told)


def test_a_forecast_side_against_the_same_side_may_agree() -> None:
    (forecast,) = forecast_sides("The tunnel is expected to finish ahead of schedule.")
    assert (forecast.side, forecast.standard) == ("early", "schedule")
    assert forecast_sides("The tunnel did not finish ahead of schedule.") == ()
    assert forecast_sides("The tunnel finished ahead of schedule.") == ()
