"""Statement matching through the public path, on sentences written here."""

from __future__ import annotations

import pytest

import compare
from compare.align import statement_model
from compare.align.frequencies import information
from compare.align.pair_features import Sentence, pair_features
from compare.align.statements import StatementScorer

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
    assert set(features) == set(statement_model.WEIGHTS)
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


def test_a_verb_and_its_noun_or_adjective_are_one_family():
    from compare.align.derivations import families

    assert families("swollen") & families("swelling")
    assert families("decided") & families("decision")
    assert not families("decided") & families("swelling")


def test_word_alignment_joins_a_nominalisation_after_synonyms():
    from compare.align.pair_features import _align

    a = Sentence("The parish council decided on Tuesday to sell the old library.")
    b = Sentence("The parish council's decision to sell the old library came on Tuesday.")
    aligned = {a.words[i]: b.words[j] for i, j in _align(a, b).items()}
    assert aligned["decided"] == "decision"
    assert aligned["library"] == "library"


def test_a_hyphenated_word_english_also_writes_whole_is_that_word():
    assert Sentence("co-operation by e-mail").stems == Sentence("cooperation by email").stems
    # joined, "year-old" is no English word: it stays as written
    assert Sentence("a 40-year-old driver").stems == ["a", "40", "year-old", "driver"]
