"""The score each article's lead tells first is one contest's result told twice
(lead_score_tallies); a part of the contest, another game or another year leaves it
unpaired. Sentences written here, in domains of their own."""

from __future__ import annotations

from compare.align.lead_score_tallies import lead_score_pairs
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.extract import extract_claims
from compare.extract.claims import Claim, Number
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"
FINAL = "Kestrel Town beat the Otters 4-2 on Sunday to lift the cup. Fans filled the square."
TITLE = "Kestrel Town beat the Otters 3-1 on Sunday to take the title."
PREAMBLE = (
    "Officials met the mayor on Wednesday morning. "
    "The regional governor visited the ground on Thursday. "
    "Engineers inspected the stand near the river. "
    "Teachers closed the school for a week. "
    "The council sent buses to the ground. "
    "Volunteers cooked meals for the fans. "
)


def paired(a: str, b: str) -> list[tuple[str, str]]:
    claims: list[Claim] = []
    for source_id, text in (("a", a), ("b", b)):
        claims.extend(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))
    numbers = [c for c in claims if isinstance(c, Number)]
    found = lead_score_pairs(numbers, Options(), SentenceClaims.index(claims))
    return sorted((numbers[i].text, numbers[j].text) for _, i, j in found)


def test_one_result_told_from_either_side_pairs() -> None:
    b = "The Otters' 4-3 defeat ended a ten-year run for the club. Kestrel Town celebrated."
    assert paired(FINAL, b) == [("4-2", "4-3")]
    b = "The Otters lost 3-1 to Kestrel Town in the cup final. Kestrel Town celebrated."
    assert paired(FINAL, b) == [("4-2", "3-1")]


def test_one_score_told_alike_does_not_pair() -> None:
    b = "The Otters lost 4-2 to Kestrel Town in the cup final."
    assert paired(FINAL, b) == []


def test_a_set_or_a_series_is_a_part_of_the_contest() -> None:
    assert paired("Kestrel Town took the first set 25-22 against the Otters.", TITLE) == []
    assert paired("Kestrel Town won the series 3-1 against the Otters.", TITLE) == []
    # the same words with no part named: one result, two scores
    assert paired("Kestrel Town beat the Otters 25-22 on Sunday.", TITLE) == [("25-22", "3-1")]


def test_a_lead_or_a_half_time_score_is_a_standing() -> None:
    b = "Kestrel Town held a 2-1 lead over the Otters at the break. The cup followed."
    assert paired(FINAL, b) == []
    b = "Kestrel Town were 2-0 up at half-time against the Otters. The cup followed."
    assert paired(FINAL, b) == []


def test_another_game_between_sides_the_other_never_names_does_not_pair() -> None:
    b = "Marlow Rovers beat the Herons 3-1 on Sunday in the other final."
    assert paired(FINAL, b) == []


def test_another_year_does_not_pair() -> None:
    b = "Kestrel Town beat the Otters 4-3 in 2019 to lift the cup. Fans filled the square."
    assert paired(FINAL, b) == []


def test_a_score_after_the_lead_does_not_pair() -> None:
    later = "Kestrel Town beat the Otters 4-3 in the final."
    assert paired(FINAL, PREAMBLE + later) == []
    assert paired(FINAL, later) == [("4-2", "4-3")]


def test_a_sentence_with_two_scores_does_not_pair() -> None:
    a = "Kestrel Town beat the Otters 4-2 on Sunday, after a 2-2 draw in March."
    assert paired(a, "Kestrel Town beat the Otters 4-3 on Sunday to lift the cup.") == []


def test_two_rounds_of_a_cup_do_not_pair() -> None:
    a = "Kestrel Town beat the Otters 4-2 on Sunday to reach the cup final."
    assert paired(a, "The Otters lost 3-1 to Kestrel Town in the cup semifinal.") == []
    assert paired(a, "The Otters lost 3-1 to Kestrel Town in the cup.") == [("4-2", "3-1")]
