"""The statement matcher: synonyms, pair features and the fitted model."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.align import statement_model
from compare.align.pair_features import Sentence, cover_bound, pair_features
from compare.align.statements import MODEL, StatementScorer
from compare.align.synonyms import SynonymTable, are_synonyms, build


@pytest.mark.parametrize(
    ("a", "b"),
    [("prizes", "awards"), ("bought", "purchased"), ("began", "started"), ("children", "kids")],
)
def test_inflected_synonyms_are_found(a, b):
    assert are_synonyms(a, b)


@pytest.mark.parametrize(("a", "b"), [("buy", "sell"), ("the", "a"), ("bridge", "council")])
def test_other_words_are_not_synonyms(a, b):
    assert not are_synonyms(a, b)


def _fake_wordnet(folder: Path) -> None:
    """Three noun lemmas in WordNet's index layout, one irregular plural."""
    header = "  1 This software and database is being provided to you\n"
    index = {
        "noun": (
            "award n 2 1 @ 2 0 00000001 00000009\n"
            "mouse n 1 1 @ 1 0 00000002\n"
            "prize n 1 1 @ 1 0 00000001\n"
            "rodent n 1 1 @ 1 0 00000002\n"
            "unique_thing n 1 1 @ 1 0 00000001\n"
        ),
        "verb": "",
        "adj": "",
        "adv": "",
    }
    for name, body in index.items():
        (folder / f"index.{name}").write_text(header + body, "latin-1")
        (folder / f"{name}.exc").write_text("mice mouse\n" if name == "noun" else "", "latin-1")


def test_build_groups_senses_two_words_share(tmp_path):
    _fake_wordnet(tmp_path)
    table = SynonymTable("\n".join(build(tmp_path)))
    assert table.senses("prizes") & table.senses("award")
    assert table.senses("mice") & table.senses("rodent")  # irregular plural
    assert not table.senses("prize") & table.senses("mouse")
    assert table.senses("unique") == frozenset()  # multi-word lemmas are left out


def test_the_model_knows_every_feature():
    features = pair_features(Sentence("The mayor spoke."), Sentence("The mayor talked."), len)
    assert features is not None
    assert set(features) == set(statement_model.WEIGHTS)


def _score(a: str, b: str) -> float:
    scorer = StatementScorer([a, b])
    return scorer.score(0, 1)


def test_a_paraphrase_with_synonyms_matches():
    a = "The company bought the factory for $2 million on Monday."
    b = "On Monday the firm purchased the plant for $2 million."
    assert _score(a, b) >= statement_model.THRESHOLD


def test_a_sentence_that_adds_new_facts_does_not_match():
    a = "The mayor began the inquiry after residents complained about the noise."
    b = a[:-1] + ", and fired the police chief on Friday over the missing funds."
    assert _score(a, b) < statement_model.THRESHOLD


def test_sentences_on_one_topic_with_little_in_common_do_not_match():
    a = "Negotiators said the talks would resume in Geneva next month after a short break."
    b = "Protesters gathered outside the Geneva hotel where the delegations were staying."
    assert _score(a, b) < statement_model.THRESHOLD


def test_pairs_with_less_in_common_than_the_model_knows_score_zero():
    features = pair_features(Sentence("a b c d"), Sentence("a x y z"), lambda _: 1.0)
    assert features is not None
    features["min_cover"] = statement_model.MIN_COVER / 2
    assert MODEL.probability(features) == 0.0


_SENTENCE = st.lists(
    st.sampled_from(
        "the mayor council bought purchased firm company plant factory rose fell 12 "
        "Monday residents complained noise inquiry began started said told".split()
    ),
    min_size=1,
    max_size=15,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(_SENTENCE, _SENTENCE)
def test_the_cheap_bound_never_rules_out_a_pair_the_model_would_judge(a, b):
    sa, sb = Sentence(a), Sentence(b)
    features = pair_features(sa, sb, lambda _: 1.0)
    if features is None:
        return
    bound = min(cover_bound(sa, sb, lambda _: 1.0), cover_bound(sb, sa, lambda _: 1.0))
    assert bound + 1e-9 >= features["min_cover"]
    assert 0.0 <= MODEL.probability(features) <= 1.0


def test_synonym_table_reads_its_lines_in_any_order() -> None:
    # The table is searched by bisection; lines out of order (a hand-edited file)
    # must still be found, and a word with a space in it must not run into the ids.
    table = SynonymTable("# comment\nv soar 7\n~v rose rise\nv rise 7 9\nn rise 3\n")
    assert table.senses("rose") == frozenset({"7", "9"})
    assert table.senses("rising") == frozenset({"7", "9"})  # a verb form, not the noun
    assert table.senses("soars") == frozenset({"7"})
    assert table.senses("rise 7") == frozenset()
    assert table.lemmas("walk") == set()
