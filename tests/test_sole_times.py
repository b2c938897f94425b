"""Each article's only clock time (compare.align.sole_times): two values of one moment
are a time conflict when the sentences are tied by a word and nothing parts them;
two moments of one story (a departure and an arrival, an act and the next one told
in other words) are left alone. Articles written here, on other stories than the
sets'."""

from __future__ import annotations

from conftest import time_verdicts

from compare import Conflict, Verdict
from compare.align.sentence_claims import SentenceClaims
from compare.align.sole_times import sole_time_pairs
from compare.extract import extract_claims
from compare.extract.claims import Time
from compare.ingest import Source

PUBLISHED = "---\npublished: 2026-03-12\n---\n\n"
FILLER_A = "The town council met later in the week. Residents were told to boil water."
FILLER_B = "Engineers were still at the site in the evening. A review has been ordered."


def _times(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    return time_verdicts(a, b, PUBLISHED, " " + FILLER_A, " " + FILLER_B)


def _sole_pairs(a: str, b: str) -> list[tuple[str, str]]:
    claims = []
    for source_id, text in (("a", a + " " + FILLER_A), ("b", b + " " + FILLER_B)):
        claims.extend(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))
    times = [c for c in claims if isinstance(c, Time)]
    found = sole_time_pairs(times, None, SentenceClaims.index(claims))
    return [(times[i].text, times[j].text) for _, i, j in found]


def test_each_articles_only_time_of_one_moment_differs() -> None:
    a = "The water main under the depot burst at about 3 a.m."
    b = "Water began pouring out of the depot shortly after 5 a.m."
    assert _sole_pairs(a, b) == [("at about 3 a.m.", "shortly after 5 a.m.")]
    assert (Verdict.DIFFER, Conflict.TIME) in _times(a, b)


def test_two_acts_told_in_words_that_share_nothing_stay_apart() -> None:
    a = "The barge moored at 6.30am."
    b = "Dockers began unloading grain at 9 a.m."
    assert _sole_pairs(a, b) == []


def test_a_departure_and_an_arrival_stay_apart() -> None:
    a = "The overnight ferry left the harbour at 11 p.m."
    b = "The overnight ferry docked in the harbour at 6 a.m."
    assert _sole_pairs(a, b) == []


def test_an_article_with_two_times_gives_no_sole_time() -> None:
    a = "The water main under the depot burst at about 3 a.m. and crews came at 4 a.m."
    b = "Water began pouring out of the depot shortly after 5 a.m."
    assert _sole_pairs(a, b) == []


def test_one_moment_told_loosely_agrees_enough() -> None:
    a = "The water main under the depot burst at about 3 a.m."
    b = "Water began pouring out of the depot shortly after 3.20am."
    assert _sole_pairs(a, b) == []


def test_a_time_told_as_a_nouns_modifier_dates_that_noun() -> None:
    # "at a 2pm briefing" dates the briefing, not the explaining: a saying on one side
    # only does not part it
    a = "The harbour master explained the closure at a 2pm briefing in Port Ellis."
    b = "Port staff handed out leaflets at an 11am briefing in Port Ellis."
    assert _sole_pairs(a, b) == [("2pm", "11am")]


def test_a_take_off_and_a_touch_down_stay_apart() -> None:
    a = "The glider took off from the ridge at 2 p.m."
    b = "The glider touched down on the ridge at 4 p.m."
    assert _sole_pairs(a, b) == []


def test_two_kinds_of_one_general_act_stay_apart() -> None:
    a = "The courier was stabbed near the depot at 3 p.m."
    b = "The courier was shot near the depot at 5 p.m."
    assert _sole_pairs(a, b) == []


def test_a_time_before_an_adverb_of_day_dates_the_clause() -> None:
    # "at 3pm yesterday" is no compound noun: the clause's saying still parts the pair
    a = (
        "The mayor told reporters at 3pm yesterday that the old bridge over the river"
        " had collapsed."
    )
    b = "The old bridge over the river collapsed at 11am yesterday."
    assert (Verdict.DIFFER, Conflict.TIME) not in _times(a, b)


def test_a_time_without_a_determiner_is_no_nouns_modifier() -> None:
    a = "Smith scored the winning goal at 9pm tonight against the old rivals."
    b = "Jones scored the winning goal at 8pm tonight against the old rivals."
    assert (Verdict.DIFFER, Conflict.TIME) not in _times(a, b)


def test_one_time_told_twice_is_still_the_articles_only_time() -> None:
    a = "Water main bursts at 3 a.m. The water main under the depot burst at 3 a.m."
    b = "Water began pouring out of the depot shortly after 5 a.m."
    assert len(_sole_pairs(a, b)) == 1


def test_a_nouns_time_and_a_clause_of_another_deed_stay_apart() -> None:
    # the 2pm is the press conference's; the 6pm the resigning: two moments
    a = "The ferry company's chief spoke at a 2pm press conference in Port Ellis."
    b = "The ferry company's chief resigned at 6pm in Port Ellis, hours after speaking."
    assert _sole_pairs(a, b) == []


def test_a_nouns_time_and_a_clause_of_its_act_pair() -> None:
    a = "Supporters filled the terraces for the 3pm kick-off at Port Ellis."
    b = "The cup tie at Port Ellis kicked off at 5pm."
    assert len(_sole_pairs(a, b)) == 1
