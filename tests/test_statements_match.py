"""Statement matching through the public path, on sentences written here."""

from __future__ import annotations

import pytest
from conftest import claim_fields

import compare
from compare.align import statement_model
from compare.align.frequencies import information
from compare.align.grouping import group
from compare.align.pair_features import Sentence, pair_features
from compare.align.statements import CONTEXT_FEATURES, StatementScorer
from compare.extract import Statement, extract_claims
from compare.ingest import Source

OPENING = "The regional assembly met in the old town hall on Wednesday morning.\n\n"


def statement_pairs_of(a: str, b: str) -> list[tuple[str, str]]:
    comparison = compare.compare_texts({"a": OPENING + a, "b": OPENING + b})
    return [
        (x.members[0].text, x.members[1].text)
        for x in comparison.alignments
        if x.kind == "statement" and "town hall" not in x.members[0].text
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Moscow wants the alliance to sharply reduce its military presence near Russian "
            "borders.",
            "Moscow demanded that the alliance cut back its troop deployments close to the "
            "Russian frontier.",
        ),
        (
            "Officials said the storm killed three people and destroyed dozens of homes.",
            "Three people died and dozens of houses were wrecked in the storm, officials said.",
        ),
    ],
)
def test_a_paraphrase_with_little_word_overlap_matches(a, b):
    pairs = statement_pairs_of(a, b)
    assert len(pairs) == 1
    assert pairs[0][0].startswith(a[:20])


def test_same_topic_different_facts_do_not_match():
    a = "Moscow wants the alliance to drastically reduce its troop presence near Russian borders."
    b = "The alliance's ministers will meet again in Brussels next month to discuss the budget."
    assert statement_pairs_of(a, b) == []


def test_two_articles_weigh_words_as_general_english_does():
    """A pair scores the same beside sentences on other matters: word weights
    come from a general frequency list, not from the few sentences at hand."""
    a = "The harbour authority approved the dredging contract for the northern quay."
    b = "The northern quay's dredging contract was approved by the harbour authority."
    alone = StatementScorer([a, b]).score(0, 1)
    others = ["Ticket prices for the summer festival went up again.", "It rained all week."]
    assert StatementScorer([a, b, *others]).score(0, 1) == alone >= statement_model.THRESHOLD


def test_the_articles_own_topic_words_weigh_less():
    story = [f"Officials in Lisbon discussed the harbour on day {n}." for n in range(9)]
    scorer = StatementScorer([*story, "A new bakery opened near the cathedral."])
    assert scorer.weight("harbour") < information("harbour")
    assert scorer.weight("bakery") == information("bakery")


def test_the_weights_file_names_every_feature_computed():
    features = pair_features(
        Sentence("The mayor spoke on Monday."), Sentence("The mayor talked."), information
    )
    assert features is not None
    assert set(features) | set(CONTEXT_FEATURES) == set(statement_model.WEIGHTS)
    assert 0.0 <= statement_model.MIN_COVER < 1.0 and 0.0 < statement_model.THRESHOLD < 1.0


def test_two_different_quotes_of_one_speaker_are_not_one_statement():
    # Everything the two sentences share besides their quotations is who spoke.
    a = (
        "“The budget leaves our schools with nothing to spare this winter,” the city's finance"
        " director, Maria Okafor, said, referring to the plan the council adopted last week."
    )
    b = (
        '"We will have to close two libraries before the spring," said Maria Okafor,'
        " the city's finance director."
    )
    assert statement_pairs_of(a, b) == []
    # The same quotation told twice still lets the sentences match.
    c = (
        '"The budget leaves our schools with nothing to spare this winter," said Maria Okafor,'
        " the city's finance director."
    )
    assert len(statement_pairs_of(a, c)) == 1


def _statements(*pairs: tuple[str, str]) -> list[Statement]:
    return [Statement(**claim_fields(source, text)) for source, text in pairs]


def test_a_pair_across_many_sources_survives_complete_linkage():
    """a~b and b~c but not a~c: grouping cannot put all three together, yet
    each pair is what comparing its two sources alone would keep."""
    claims = _statements(("a", "one"), ("b", "two"), ("c", "three"))
    pairs = [(0.9, 0, 1), (0.8, 1, 2)]
    assert group(claims, pairs) == [([0, 1], 0.9)]
    assert group(claims, pairs, leftover_pairs=True) == [([0, 1], 0.9), ([1, 2], 0.8)]


def test_a_left_over_pair_stays_one_to_one_per_pair_of_sources():
    claims = _statements(("a", "one"), ("b", "two"), ("b", "three"), ("c", "four"))
    # b's second sentence cannot take a's place beside the first: a already has its b
    pairs = [(0.9, 0, 1), (0.8, 0, 2), (0.7, 1, 3)]
    assert group(claims, pairs, leftover_pairs=True) == [([0, 1], 0.9), ([1, 3], 0.7)]


def test_candidates_are_each_sentences_closest_in_the_other_source():
    a = "The harbour board approved the dredging contract for the northern quay."
    near = "The northern quay dredging contract won the harbour board's approval."
    farther = "The harbour board will meet again next month."
    scorer = StatementScorer([a, near, farther], (), ["x", "y", "y"])
    # the second-closest in y is left out: x's sentence has its closest there
    assert scorer.candidates() == [(0, 1)]


def test_a_sentence_closest_to_one_that_has_a_closer_partner_is_no_candidate():
    """y's sentence is closest to x's first, but x's first has a closer one in y."""
    a = "The harbour board approved the dredging contract for the northern quay."
    near = "The northern quay dredging contract won the harbour board's approval."
    other = "Fishermen said the northern quay dredging would scare the fish."
    scorer = StatementScorer([a, "Fishing boats left at dawn.", near, other], (), "xxyy")
    assert (0, 3) not in scorer.candidates()


def test_what_two_sentences_share_that_their_articles_say_nowhere_else():
    story_a = [
        "The harbour board approved the dredging contract for the quay.",
        "The harbour board also discussed the budget.",
    ]
    story_b = [
        "The harbour board gave the quay dredging contract its approval.",
        "The harbour will be closed while the work goes on.",
    ]
    scorer = StatementScorer([*story_a, *story_b], (), "aabb")
    specific = scorer.features(0, 2)
    topical = scorer.features(1, 2)
    assert specific is not None and topical is not None
    # "dredging" and "quay", rare words, are each said once per article; "harbour"
    # is in every sentence, "contract" is common English
    assert specific["specific_words"] == 2.0
    assert topical["specific_words"] == 0.0
    assert specific["specific_information"] > topical["specific_information"]


def test_two_lone_sentences_sharing_words_are_always_a_candidate():
    """MRPC-style: one sentence per source; nothing ranks above the pair."""
    scorer = StatementScorer(["Shares of the bank fell sharply.", "Bank shares dropped."], (), "ab")
    assert scorer.candidates() == [(0, 1)]


def test_three_outlets_each_pair_of_one_fact_is_aligned():
    texts = {
        "a": "The harbour board approved the dredging contract for the northern quay.",
        "b": "On Monday the harbour board approved a contract to dredge the northern quay.",
        "c": "A contract to dredge the northern quay was approved by the harbour board.",
    }
    comparison = compare.compare_texts(texts)
    joined = [{m.source for m in x.members} for x in comparison.alignments if x.kind == "statement"]
    assert {"a", "b"} in joined or {"a", "b", "c"} in joined
    assert sum(len(s) for s in joined) >= 3


def _statement(text: str) -> Statement:
    claims = extract_claims(Source.from_text(text, id="a"))
    return next(c for c in claims if isinstance(c, Statement))


def test_frames_naming_one_predicate_are_a_feature_of_the_pair():
    council = _statement("The city council approved the new harbour budget on Monday.")
    passed = _statement("On Monday the city council passed the new harbour budget.")
    again = _statement("The council approved the harbour budget after a long debate.")
    scorer = StatementScorer(
        [council.text, passed.text, again.text], [council.frame, passed.frame, again.frame]
    )
    assert scorer.features(0, 2)["same_predicate"] == 1.0  # type: ignore[index]
    assert scorer.features(0, 1)["same_predicate"] == 0.0  # type: ignore[index]
    bare = StatementScorer([council.text, again.text]).features(0, 1)  # no frames: unknown
    assert bare is not None and bare["same_predicate"] == 0.0
