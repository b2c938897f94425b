"""Property tests (hypothesis): two articles whose one sentence differs only in a
slot of these classes of English are never shown as agreeing on it:

- permission and prevention: "let / allowed X to enter" against "blocked / barred /
  stopped X from entering", and "let X into" against "kept X out of": opposite
  verbs, or opposite directions of one motion (compare.align.opposites);
- a standing between two named sides: "A leads B 3-2" (a score after the name
  of the other side, extract.number_filters) against another score; told from
  the other side ("B trails A 2-3") it is the same score (number_facts.sides_swapped);
- a scoreline of sets: "won 6-4, 3-6, 7-5", one claim whose every set is part of the
  fact (extract.number_forms.scorelines, numbers.judge_pair);
- a bare head of a post: "chief executive" / "head of operations", a head whose
  post the words beside it give (align.roles);
- a quote that widens or narrows what is owned to: "full responsibility" /
  "responsibility for our part" (align.quotes).

Each has a control: the same sentence twice still agrees. The sentences are
written for these tests; none comes from a benchmark or corpus.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare import Comparison, Verdict, compare_texts
from compare.extract.number_forms import scorelines
from compare.extract.numbers import find_quantities

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
OPENING = "The day began quietly in the town. "
CLOSING = " Officials said more details would follow later in the week."


def compare_pair(a: str, b: str) -> Comparison:
    return compare_texts(
        {"a": PUBLISHED + OPENING + a + CLOSING, "b": PUBLISHED + OPENING + b + CLOSING}
    )


def verdicts(comparison: Comparison, kinds: set[str], words: tuple[str, str]) -> list[Verdict]:
    """Verdicts of the alignments of these kinds with a member of each article over
    that article's words."""
    found = []
    for al in comparison.alignments:
        if str(al.kind) not in kinds or {m.source for m in al.members} != {"a", "b"}:
            continue
        over = {
            m.source
            for m in al.members
            for text, word in [(comparison.source(m.source).text, words[m.source == "b"])]
            if m.start < text.find(word) + len(word) and m.end > text.find(word) >= 0
        }
        if over == {"a", "b"}:
            found.append(al.verdict)
    return found


# --- permission and prevention -------------------------------------------------

ACTORS = ["Police", "Stewards", "The city council", "Border guards", "Security staff"]
GROUPS = ["the marchers", "the fans", "the reporters", "the families", "the strikers"]
PLACES = ["the main square", "the stadium", "the courthouse", "the harbour", "the old bridge"]
LET = ["allowed", "permitted"]
STOPPED = ["blocked", "barred", "stopped", "prevented"]


@SETTINGS
@given(
    st.sampled_from(ACTORS),
    st.sampled_from(GROUPS),
    st.sampled_from(PLACES),
    st.sampled_from(LET),
    st.sampled_from(STOPPED),
)
def test_letting_in_and_keeping_out_never_agree(
    actor: str, group: str, place: str, let: str, stopped: str
) -> None:
    a = f"{actor} {let} {group} to enter {place} on Saturday."
    b = f"{actor} {stopped} {group} from entering {place} on Saturday."
    comparison = compare_pair(a, b)
    assert Verdict.AGREE not in verdicts(comparison, {"statement"}, (let, stopped))


@SETTINGS
@given(st.sampled_from(ACTORS), st.sampled_from(GROUPS), st.sampled_from(PLACES))
def test_letting_into_and_keeping_out_of_never_agree(actor: str, group: str, place: str) -> None:
    a = f"{actor} let {group} into {place} on Saturday."
    b = f"{actor} kept {group} out of {place} on Saturday."
    comparison = compare_pair(a, b)
    assert Verdict.AGREE not in verdicts(comparison, {"statement"}, ("into", "out of"))


def test_letting_in_twice_agrees() -> None:
    a = "Police allowed the marchers to enter the main square on Saturday."
    assert Verdict.AGREE in verdicts(compare_pair(a, a), {"statement"}, ("allowed", "allowed"))


# --- standings between two named sides ----------------------------------------

SIDES = [("Kemboi", "Tanui"), ("Ostrava", "Brno"), ("Lindqvist", "Moreau")]
STANDINGS = ["leads", "trails"]
SCORES = [(3, 2), (4, 1), (5, 3), (2, 1), (6, 4)]


@SETTINGS
@given(
    st.sampled_from(SIDES),
    st.sampled_from(STANDINGS),
    st.sampled_from(SCORES),
    st.sampled_from(SCORES),
)
def test_a_standing_after_a_name_is_a_tally(
    sides: tuple[str, str], standing: str, first: tuple[int, int], second: tuple[int, int]
) -> None:
    if first == second:
        return
    one, other = sides
    score_a, score_b = "-".join(map(str, first)), "-".join(map(str, second))
    a = f"{one} now {standing} {other} {score_a} in their meetings over the distance."
    b = f"{one} now {standing} {other} {score_b} in their meetings over the distance."
    comparison = compare_pair(a, b)
    assert Verdict.AGREE not in verdicts(comparison, {"statement", "number"}, (score_a, score_b))
    differ = [al for al in comparison.alignments if al.verdict == Verdict.DIFFER]
    assert any(str(al.conflict) == "tally" for al in differ)


@SETTINGS
@given(st.sampled_from(SIDES), st.sampled_from(SCORES))
def test_a_score_told_from_the_other_side_is_no_conflict(
    sides: tuple[str, str], score: tuple[int, int]
) -> None:
    one, other = sides
    high, low = score
    a = f"{one} now leads {other} {high}-{low} in their meetings over the distance."
    b = f"{other} now trails {one} {low}-{high} in their meetings over the distance."
    comparison = compare_pair(a, b)
    assert not [al for al in comparison.alignments if al.verdict == Verdict.DIFFER]


# --- scorelines of sets --------------------------------------------------------

PLAYERS = [("Ana Horvat", "Lena Brandt"), ("Tomas Ruiz", "Piet de Boer")]
OPENINGS = [["6-4", "3-6"], ["7-6", "4-6"], ["6-2", "6-7"]]
LAST_SETS = ["7-5", "6-3", "6-1", "7-6"]


@SETTINGS
@given(
    st.sampled_from(PLAYERS),
    st.sampled_from(OPENINGS),
    st.sampled_from(LAST_SETS),
    st.sampled_from(LAST_SETS),
    st.sampled_from([", ", " "]),
)
def test_scorelines_differing_in_one_set_never_agree(
    players: tuple[str, str], opening: list[str], last_a: str, last_b: str, joiner: str
) -> None:
    if last_a == last_b:
        return
    winner, loser = players
    line_a, line_b = joiner.join([*opening, last_a]), joiner.join([*opening, last_b])
    a = f"{winner} beat {loser} {line_a} on Sunday to win the title."
    b = f"{winner} beat {loser} {line_b} on Sunday to win the title."
    comparison = compare_pair(a, b)
    assert Verdict.AGREE not in verdicts(comparison, {"statement", "number"}, (line_a, line_b))
    differ = [al for al in comparison.alignments if al.verdict == Verdict.DIFFER]
    assert any(str(al.conflict) == "tally" for al in differ)


def test_one_scoreline_twice_agrees() -> None:
    a = "Ana Horvat beat Lena Brandt 6-4, 3-6, 7-5 on Sunday to win the title."
    line = "6-4, 3-6, 7-5"
    assert Verdict.AGREE in verdicts(compare_pair(a, a), {"number"}, (line, line))


def test_ranges_listed_are_no_scoreline() -> None:
    text = "The survey polled voters aged 18-24, 25-34 and 35-44 in the county."
    found = sorted(find_quantities(text, 0, len(text)), key=lambda q: q.start)
    assert found
    assert all(q.form != "tally" for q in scorelines(text, found))


def test_a_scoreline_is_one_claim() -> None:
    text = "Horvat beat Brandt of Austria 6-4, 3-6, 7-5 on Sunday."
    found = sorted(find_quantities(text, 0, len(text)), key=lambda q: q.start)
    merged = list(scorelines(text, found))
    assert [text[q.start : q.end] for q in merged] == ["6-4, 3-6, 7-5"]


# --- bare heads of posts -------------------------------------------------------

PEOPLE = ["Gordon Hale", "Marta Quist", "Samir Daud"]
COMPANIES = ["Pacifica", "Northwind", "Corbel"]
HEAD_POSTS = ["chief executive", "head of operations", "chief of staff", "head of sales"]


@SETTINGS
@given(
    st.sampled_from(PEOPLE),
    st.sampled_from(COMPANIES),
    st.sampled_from(HEAD_POSTS),
    st.sampled_from(HEAD_POSTS),
)
def test_two_posts_of_one_bare_head_never_agree(
    person: str, company: str, post_a: str, post_b: str
) -> None:
    if post_a == post_b:
        return
    a = f"{company}'s {post_a}, {person}, flew to the site on Saturday."
    b = f"{person}, {company}'s {post_b}, flew to the site on Saturday."
    comparison = compare_pair(a, b)
    assert Verdict.AGREE not in verdicts(comparison, {"role"}, (post_a, post_b))


@pytest.mark.parametrize(
    ("post_a", "post_b"),
    [
        ("Chief Financial Officer", "Finance Chief"),  # one family of words: one post
        ("Fire Chief", "Fire and Rescue Chief"),  # a title cut short
    ],
)
def test_one_post_of_a_bare_head_agrees(post_a: str, post_b: str) -> None:
    a = f"{post_a} Marta Quist arrived at the site on Saturday."
    b = f"{post_b} Marta Quist arrived at the site on Saturday."
    comparison = compare_pair(a, b)
    roles = [al for al in comparison.alignments if str(al.kind) == "role"]
    assert roles
    assert all(al.verdict == Verdict.AGREE for al in roles)


# --- quotes that widen or narrow what is owned to -------------------------------

EXTENTS = [
    ("full responsibility for", "responsibility for our part in"),
    ("responsibility for the whole of", "responsibility for some of"),
    ("entire blame for", "blame for part of"),
]
THINGS = ["this spill", "the outage", "the delays"]


@SETTINGS
@given(st.sampled_from(PEOPLE), st.sampled_from(EXTENTS), st.sampled_from(THINGS))
def test_a_quote_told_to_another_extent_never_agrees(
    person: str, extents: tuple[str, str], thing: str
) -> None:
    wide, narrow = extents
    a = f'"We accept {wide} {thing}," {person} told reporters.'
    b = f'"We accept {narrow} {thing}," {person} told reporters.'
    comparison = compare_pair(a, b)
    quotes = [al for al in comparison.alignments if str(al.kind) == "quote"]
    assert not [al for al in quotes if al.verdict == Verdict.AGREE]
    assert any(str(al.conflict) == "wording" for al in quotes)


def test_one_quote_twice_agrees() -> None:
    a = '"We accept full responsibility for this spill," Gordon Hale told reporters.'
    comparison = compare_pair(a, a)
    assert next(al for al in comparison.alignments if str(al.kind) == "quote").verdict == (
        Verdict.AGREE
    )
