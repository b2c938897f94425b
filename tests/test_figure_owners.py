"""Two figures of one kind that are two owners', a forecast or an aim against what
is, and a past period against the running one are two facts, not one told two ways
(compare/align/figure_owners.py, forecasts.py, occasions.py). Sentences invented
here, in domains of their own."""

from __future__ import annotations

from compare import Verdict, compare_texts
from compare.align.figure_owners import another_of_kind, owner_names, owners_apart
from compare.align.forecasts import expecting, forecasts_apart, foreseen
from compare.align.occasions import occasions_apart
from compare.extract import extract_claims
from compare.extract.claims import Number
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"


def figure(text: str, value: str) -> Number:
    """The figure written `value` in the one-sentence article `text`."""
    claims = extract_claims(Source.from_text(PUBLISHED + text, id="x"))
    return next(c for c in claims if isinstance(c, Number) and c.text == value)


def reported(a: str, b: str) -> list[str]:
    """The titles of the number alignments across the two articles that are no agreement."""
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    return [
        al.title
        for al in comparison.alignments
        if al.kind == "number" and al.verdict != Verdict.AGREE and len(al.sources) == 2
    ]


def test_two_named_owners_neither_named_in_the_other_sentence() -> None:
    a = figure("Harbourton tram drivers won a rise of 700 crowns in March.", "700")
    b = figure("Millbay drivers settled for a rise of 650 crowns in the autumn.", "650")
    assert owner_names(a) == {"harbourton"}
    assert owners_apart(a, b)
    same = figure("Harbourton tram drivers settled for a rise of 650 crowns.", "650")
    assert not owners_apart(a, same)


def test_an_owner_named_in_the_other_sentence_ties_the_two() -> None:
    a = figure("Harbourton tram drivers won a rise of 700 crowns in March.", "700")
    b = figure("Millbay drivers, like those in Harbourton, won 650 crowns.", "650")
    assert not owners_apart(a, b)


def test_numerals_of_a_series_name_two_owners() -> None:
    a = figure("Line 4 carries about 3,200 riders a day across the river.", "about 3,200")
    b = figure("Line 9 carries about 2,900 riders a day across the river.", "about 2,900")
    assert owners_apart(a, b)


def test_another_of_its_kind_against_the_story_s_own() -> None:
    a = figure("A second ferry, due in 2027, will have 12 cabins.", "12")
    b = figure("The ferry has eight cabins for overnight passengers.", "eight")
    assert another_of_kind(a) and not another_of_kind(b)
    assert owners_apart(a, b)


def test_a_subject_joined_to_the_story_s_own_is_not_another_s() -> None:
    a = figure("Up to 30 crews from his and neighbouring depots cleared the line.", "Up to 30")
    b = figure("About 30 crews cleared the line by dawn.", "About 30")
    assert not owners_apart(a, b)


def test_a_country_opening_the_sentence_is_an_owner() -> None:
    a = figure("Norway, long its biggest buyer, took 3,000 tonnes of the catch.", "3,000")
    b = figure("Denmark bought about 5,000 tonnes of the catch.", "about 5,000")
    assert owner_names(a) == {"norway"} and owner_names(b) == {"denmark"}
    assert owners_apart(a, b)
    # a common word opening the sentence is no owner
    c = figure("Police arrested 12 people after the match.", "12")
    d = figure("Officers arrested 15 people after the match.", "15")
    assert not owners_apart(c, d)


def test_a_clause_joined_by_and_keeps_its_subject() -> None:
    a = figure("Trade held up, and Peruvian buyers took 800 crates.", "800")
    b = figure("Chilean buyers took about 1,500 crates.", "about 1,500")
    assert owners_apart(a, b)


def test_two_towns_rises_are_not_reported() -> None:
    a = "Harbourton tram drivers won a pay rise of 700 crowns a month after the strike."
    b = "Millbay tram drivers won a pay rise of 650 crowns a month after a strike."
    assert reported(a, b) == []
    # one town's rise told two ways is still a discrepancy
    c = "Harbourton tram drivers won a pay rise of 650 crowns a month after a strike."
    assert reported(a, c) != []


def test_a_forecast_or_an_aim_against_what_is() -> None:
    assert expecting(figure("The council expects the scheme to divert 200 tonnes.", "200"))
    assert foreseen(figure("The aim was to vaccinate 5,000 children by March.", "5,000"))
    assert not foreseen(figure("By Friday 3,200 children had been vaccinated.", "3,200"))
    # a comparison after the figure, or a clause past a comma, is not the figure's
    assert not foreseen(figure("Turnout was 38%, higher than officials had predicted.", "38%"))
    assert not foreseen(
        figure(
            "The deal is worth 2.3 billion crowns, though neither side would confirm it.",
            "2.3 billion",
        )
    )
    assert foreseen(figure("Losses will reach $15 million, analysts expect.", "$15 million"))
    # a word of expecting before a clause of deeds about the noun is not the figure's
    assert not foreseen(
        figure(
            "More had been hoped for, and more expected from a club that paid $9 million for him.",
            "$9 million",
        )
    )
    assert foreseen(figure("Analysts expect that sales will reach $9 million.", "$9 million"))
    # a goal is scored as often as set
    assert not foreseen(figure("She scored 11 goals to lead the league.", "11"))


def test_a_ceiling_against_a_ceiling_is_not_a_forecast_against_what_is() -> None:
    a = figure("The contract could be worth up to $40 million.", "up to $40 million")
    b = figure("Reports put the contract as high as $42 million.", "as high as $42 million")
    c = figure("The contract is worth $42 million.", "$42 million")
    assert foreseen(a) and not foreseen(b)
    assert not forecasts_apart(a, b)
    assert forecasts_apart(a, c)


def test_a_past_period_against_the_running_one() -> None:
    assert occasions_apart(
        "The pass was closed for 19 days by snow last winter.",
        "This winter it has already been closed for four days.",
    )
    # a past period named as a comparison's base is not the figure's own
    assert occasions_apart(
        "So far this year ridership is up 3 percent on last year.",
        "Ridership rose 6 percent last year.",
    )
    assert occasions_apart(
        "Visits rose 4% last season.",
        "This season visits are up 2% compared with the same weeks last season.",
    )
    # a sentence naming both as its own keeps them tied
    assert not occasions_apart(
        "Visits rose 4% last season and rose again this season.",
        "Visits rose 2% this season.",
    )
    assert not occasions_apart("Sales rose 3% this year.", "Sales rose 5% this year.")


def test_two_kinds_of_one_thing_are_two_facts() -> None:
    from compare.align.figure_owners import kinds_apart

    a = figure("Turnip prices rose 30 percent over the winter.", "30 percent")
    b = figure("Leek prices were up 22 percent in the same weeks.", "22 percent")
    assert kinds_apart(a, b) and owners_apart(a, b)
    # one kind told twice, an adjective of order, or people described two ways
    c = figure("Turnip prices rose 25 percent over the winter.", "25 percent")
    assert not kinds_apart(a, c)
    d = figure("The main quake measured 6.1 on Tuesday.", "6.1")
    e = figure("The first quake measured 6.4 on Tuesday.", "6.4")
    assert not kinds_apart(d, e)
    f = figure("Search teams found 12 bodies in the mud.", "12")
    g = figure("Rescue teams found 15 bodies in the mud.", "15")
    assert not kinds_apart(f, g)
    # the other kind named in the figure's own clause ties the two
    h = figure("Leek prices, like turnip prices, were up 22 percent.", "22 percent")
    assert not kinds_apart(a, h)
