"""Property tests (hypothesis): two sentences whose opening clause is alike but for
one word swapped for an unrelated one ("greeted with cheers" / "greeted with jeers")
are never shown as agreeing, even when the clauses after them ("..., where ...",
"..., although ...") are told in other words; the whole-sentence rule
(swapped_words.swapped_word) reads only sentences that differ in that one word.
Control: the same opening clause, with the clauses after it reworded, still agrees.

The sentences are written for these tests; none comes from a benchmark or corpus.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare import Comparison, Verdict, compare_texts
from compare.align.swapped_words import swapped_in_first_clause

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
OPENING = "The evening went on longer than planned. "
CLOSING = " Organisers said a full programme would be published next week."

SUBJECTS = ["The decision", "The announcement", "The verdict", "The new coach's speech"]
ROOMS = ["the main hall", "the press room", "the council chamber", "the packed stadium"]
WELCOME = ["cheers", "applause"]
SCORN = ["jeers", "boos", "whistles", "heckling"]
AFTERS = [
    ("where most of those present had expected it", "where many had predicted it for weeks"),
    ("as the crowd rose to its feet", "as people stood up from their seats"),
    ("although a few guests had already left", "although some visitors were gone by then"),
]


def compare_pair(a: str, b: str) -> Comparison:
    return compare_texts(
        {"a": PUBLISHED + OPENING + a + CLOSING, "b": PUBLISHED + OPENING + b + CLOSING}
    )


def verdicts_over(comparison: Comparison, words: tuple[str, str]) -> list[Verdict]:
    """Verdicts of alignments with a member of each article over that article's word."""
    found = []
    for al in comparison.alignments:
        over = set()
        for m in al.members:
            text = comparison.source(m.source).text
            at = text.find(words[m.source == "b"])
            if m.start <= at < m.end:
                over.add(m.source)
        if over == {"a", "b"}:
            found.append(al.verdict)
    return found


@SETTINGS
@given(
    st.sampled_from(SUBJECTS),
    st.sampled_from(ROOMS),
    st.sampled_from(WELCOME),
    st.sampled_from(SCORN),
    st.sampled_from(AFTERS),
)
def test_a_word_swapped_in_the_first_clause_is_no_agreement(
    subject: str, room: str, welcome: str, scorn: str, afters: tuple[str, str]
) -> None:
    a = f"{subject} was greeted with {welcome} in {room}, {afters[0]}."
    b = f"{subject} was greeted with {scorn} in {room}, {afters[1]}."
    assert swapped_in_first_clause(a, b)
    assert Verdict.AGREE not in verdicts_over(compare_pair(a, b), (welcome, scorn))


@SETTINGS
@given(
    st.sampled_from(SUBJECTS),
    st.sampled_from(ROOMS),
    st.sampled_from(WELCOME),
    st.sampled_from(AFTERS),
)
def test_the_same_first_clause_reworded_after_still_agrees(
    subject: str, room: str, welcome: str, afters: tuple[str, str]
) -> None:
    a = f"{subject} was greeted with {welcome} in {room}, {afters[0]}."
    b = f"{subject} was greeted with {welcome} in {room}, {afters[1]}."
    assert not swapped_in_first_clause(a, b)
    found = verdicts_over(compare_pair(a, b), (welcome, welcome))
    assert Verdict.AGREE in found
    assert Verdict.DIFFER not in found


def test_sentences_without_a_following_clause_are_left_to_the_whole_sentence_rule() -> None:
    assert not swapped_in_first_clause(
        "The mayor was greeted with cheers in the hall.", "The mayor was greeted with boos."
    )
    assert not swapped_in_first_clause(
        "The mayor was met with cheers in the town hall, where she spoke.",
        "The mayor was met with cheers in the town hall, as she spoke.",
    )
