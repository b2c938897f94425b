"""Wide statement pairs: sentences of one event that share only the event's own
words, paired one to one after the sure pairs, shown only when they agree."""

from __future__ import annotations

from compare.align import AGREE, Options, compare_texts
from compare.align.grouping import group_apart
from compare.align.loose_statements import WIDE_PAIRS_UNDER, WIDE_SCORE
from compare.align.pair_features import Sentence
from compare.align.wide_statements import shared_words, wide_candidates
from compare.align.words import stem
from compare.extract import extract_claims
from compare.ingest import Source


def test_sentences_naming_the_same_people_only_share_no_word() -> None:
    assert not shared_words(
        "Mayor Ilse Brandauer opened the ferry terminal on Friday.",
        "Mayor Ilse Brandauer warned that the budget would not stretch.",
    )
    assert shared_words(
        "Mayor Ilse Brandauer opened the ferry terminal on Friday.",
        "The terminal was opened by Mayor Ilse Brandauer.",
    ) == {stem("opened"), stem("terminal")}
    # a common word that only starts the sentence is a word, not a name
    assert shared_words("Police closed the bridge.", "The bridge was shut by police.")


def test_candidates_leave_out_sentences_paired_with_that_source() -> None:
    texts = [
        "Flames gutted the old creamery warehouse before dawn.",
        "A cargo ship ran aground near the lighthouse.",
        "Before dawn, flames gutted the creamery's old warehouse.",
        "Flames gutted the old creamery warehouse overnight.",
    ]
    sentences = [Sentence(t) for t in texts]
    sources = ["a", "a", "b", "c"]
    found = wide_candidates(sentences, sources, set(), lambda term: 1.0)
    pairs = {(i, j) for _, i, j in found}
    assert (0, 2) in pairs and (0, 3) in pairs and (2, 3) in pairs
    assert not any(1 in pair for pair in pairs)  # no word of the ship's sentence is shared
    assert [c for c, _, _ in found] == sorted((c for c, _, _ in found), reverse=True)
    # sentence 0 already has a partner in source b: no wide pair with b
    pairs = {(i, j) for _, i, j in wide_candidates(sentences, sources, {(0, "b")}, lambda t: 1.0)}
    assert (0, 2) not in pairs and (0, 3) in pairs
    # words the articles use in nearly every sentence meet no pair
    assert not wide_candidates(sentences, sources, set(), lambda term: 0.2)


FIRE = {
    "a": (
        "Warehouse fire in Palmer. "
        "The warehouse fire in Palmer started in the loading bay of the creamery warehouse. "
        "Flames broke through the roof of the Palmer warehouse. "
        "Nobody was inside the Palmer warehouse when the fire started, the fire chief said. "
        "Investigators are treating the Palmer warehouse fire as suspicious."
    ),
    "b": (
        "Palmer warehouse burns. "
        "The warehouse fire in Palmer was reported by a passing driver. "
        "The fire destroyed the Palmer warehouse, which stored dairy equipment. "
        "The Palmer fire is being treated by investigators as suspicious, officials said. "
        "The fire in Palmer burst through the warehouse roof."
    ),
    "c": (
        "Fire destroys Palmer warehouse. "
        "The Palmer warehouse fire burned for six hours. "
        "A warehouse fire in Palmer is considered suspicious by investigators. "
        "Fire crews from three towns fought the Palmer warehouse fire. "
        "Crews cut a hole in the roof to let the smoke out."
    ),
}


def test_a_fact_told_in_the_event_s_own_words_is_a_wide_pair_that_agrees() -> None:
    comparison = compare_texts(FIRE)
    statements = [a for a in comparison.alignments if a.kind == "statement"]
    roof = [a for a in statements if any("broke through" in m.sentence for m in a.members)]
    assert len(roof) == 1 and any("burst through" in m.sentence for m in roof[0].members)
    assert roof[0].score <= WIDE_SCORE and roof[0].verdict == AGREE
    assert all(a.verdict == AGREE for a in statements if a.score <= WIDE_SCORE)
    # sentences sharing only the words of every sentence ("fire", "warehouse",
    # "Palmer") tell different facts: "reported by a passing driver" / "burned
    # for six hours" stay apart
    assert not any(
        any("driver" in m.sentence for m in a.members)
        and any("six hours" in m.sentence for m in a.members)
        for a in statements
    )
    # headlines name the story: no wide pair between them
    assert not any(
        a.score <= WIDE_SCORE and any(m.block == "headline" for m in a.members) for a in statements
    )


def test_wide_pairs_only_one_to_one() -> None:
    comparison = compare_texts(FIRE, Options(one_to_one=False))
    assert all(a.score > WIDE_SCORE for a in comparison.alignments if a.kind == "statement")


def test_two_quotations_of_one_speaker_are_not_a_wide_pair() -> None:
    texts = {
        "a": (
            "The ferry strike entered its third day. "
            '"We will not sail until the rota is fixed," union leader Tomasz Wierzba '
            "said of the ferry strike."
        ),
        "b": (
            "The ferry strike continued on Thursday. "
            '"Our members have been patient for two years," union leader Tomasz Wierzba '
            "said of the ferry strike."
        ),
    }
    comparison = compare_texts(texts)
    assert not any(
        a.kind == "statement" and any("Wierzba" in m.sentence for m in a.members)
        for a in comparison.alignments
    )


def test_a_wide_pair_joins_no_group() -> None:
    """A~B sure, C~A and C~B wide: C does not join A and B's group (the judge
    would then compare C with both as one fact); each wide pair stands apart as a
    pair of two, shown only when it agrees."""
    texts = [
        ("a", "The dam's spillway gates were opened at noon."),
        ("b", "Engineers opened the dam's spillway gates at noon."),
        ("c", "The spillway gates of the dam were opened at midday."),
        ("d", "The reservoir behind the dam rose steadily all week after the storms."),
    ]
    claims = [
        next(c for c in extract_claims(Source.from_text(text, id=key)) if c.kind == "statement")
        for key, text in texts
    ]
    pairs = [(0.9, 0, 1), (0.1, 0, 2), (0.1, 1, 2), (0.1, 2, 3)]
    groups, apart = group_apart(claims, pairs, pairs_only_under=WIDE_PAIRS_UNDER)
    assert groups == [([0, 1], 0.9)]
    assert [idx for idx, _ in apart] == [[0, 2], [1, 2], [2, 3]]
    # without the flag, complete linkage lets C join the group
    groups, _ = group_apart(claims, pairs)
    assert [0, 1, 2] in [idx for idx, _ in groups]
