"""Conflicts found through a name after an owner, and opposites from either table
(sentences written for these tests, issue 13)."""

from __future__ import annotations

from compare import Alignment, Conflict, Verdict, compare_texts
from compare.extract.names import name_mentions


def _differing(a: str, b: str, kind: str) -> list[Alignment]:
    comparison = compare_texts({"a": a, "b": b})
    return [al for al in comparison.alignments if al.kind == kind and al.verdict == Verdict.DIFFER]


def _agreeing(a: str, b: str, kind: str) -> list[Alignment]:
    comparison = compare_texts({"a": a, "b": b})
    return [al for al in comparison.alignments if al.kind == kind and al.verdict == Verdict.AGREE]


def test_a_name_after_an_owner_in_one_capitalised_run_is_a_mention_of_its_own():
    mentions = name_mentions("with Brightwood's Henrik Saari as host")
    assert [(m.text, m.possessive) for m in mentions] == [
        ("Brightwood", True),
        ("Henrik Saari", False),
    ]
    # an owner's post is no person: "Brightwood's CEO" names only Brightwood
    assert [m.text for m in name_mentions("Brightwood's CEO said")] == ["Brightwood"]


QUOTE = '"Music is the one language every town in this valley shares,"'


def test_a_quote_credited_to_a_person_named_after_an_owner_clashes_with_another_speaker():
    a = f"Festival director Marta Vogel opened the season. {QUOTE} Vogel said at the opening gala."
    b = (
        "The season was planned with Brightwood's Henrik Saari as its host. "
        f"{QUOTE} Saari said at the opening gala."
    )
    assert [al.conflict for al in _differing(a, b, "quote")] == [Conflict.SPEAKER]
    assert not _agreeing(a, b, "quote")


def test_the_same_speaker_named_after_an_owner_still_agrees():
    a = f"Brightwood's Henrik Saari hosted the gala. {QUOTE} Saari said."
    b = f"Henrik Saari, the host, spoke last. {QUOTE} Saari told the audience."
    assert not _differing(a, b, "quote")
    assert _agreeing(a, b, "quote")


def test_opposite_news_verbs_of_one_actor_and_thing_are_an_opposite():
    a = "Local dairy farmers welcomed the new water tariff, saying it was fairer than expected."
    b = "Local dairy farmers condemned the new water tariff as a threat to small herds."
    assert [al.conflict for al in _differing(a, b, "statement")] == [Conflict.OPPOSITE]
    assert not _agreeing(a, b, "statement")


def test_an_actor_behind_an_appositive_backing_what_it_opposes_elsewhere_is_paired():
    a = (
        "The largest tenants' group, the Harbour Renters Association, backed the rent"
        " freeze in a letter on Monday."
    )
    b = "The Harbour Renters Association opposed the rent freeze, calling it far too little."
    assert [al.conflict for al in _differing(a, b, "statement")] == [Conflict.OPPOSITE]


def test_converse_verbs_of_two_sides_are_no_opposite():
    a = "Northgate Rovers beat Eastfield United in the cup final on Saturday."
    b = "Eastfield United lost to Northgate Rovers in the cup final on Saturday."
    assert not [al for al in _differing(a, b, "statement") if al.conflict == Conflict.OPPOSITE]


def test_one_thing_denied_under_two_bare_nouns_is_a_negation():
    a = (
        "The sculptures were not insured, gallery owner Ines Kroll said, because the"
        " premiums had tripled."
    )
    b = "The pieces were insured, Kroll said, though she would not name the insurer."
    assert [al.conflict for al in _differing(a, b, "statement")] == [Conflict.NEGATION]
    assert not _agreeing(a, b, "statement")


def test_two_nouns_that_tell_things_apart_are_still_two_facts():
    from compare.align.statement_judge import compare_pair
    from compare.extract import extract_claims
    from compare.ingest import Source

    def statement(source: str, text: str):
        claims = extract_claims(Source.from_text(text, id=source))
        return next(c for c in claims if c.kind == "statement")

    def shown(found) -> bool:  # a conflict shown, not a pair left unchecked
        return found is not None and not found.unpaired

    # a modifier or a name tells two things apart; only a bare noun refers back
    # (the judge leaves such a pair unchecked: no conflict, and no ✓ either)
    a = statement("a", "The first sculpture was not insured, the owner said.")
    b = statement("b", "The second statue was insured, the owner said.")
    assert not shown(compare_pair(a, b))
    a = statement("a", "The Kroll Gallery was not insured, the owner said.")
    b = statement("b", "The warehouse was insured, the owner said.")
    assert not shown(compare_pair(a, b))


def test_opposite_verbs_one_sentence_uses_both_of_are_no_opposite():
    a = (
        "Robert Hale, 41, fell about 300 feet while climbing to a ridge hut on Mount Ard"
        " on Sunday, police said."
    )
    b = "Robert Hale, 41, was climbing to a ridge hut on Mount Ard on Sunday."
    assert not [al for al in _differing(a, b, "statement") if al.conflict == Conflict.OPPOSITE]


def test_short_statements_of_one_actor_turned_round_are_paired_as_an_opposite():
    a = "Turnout increased after the televised debate, officials in the capital noted."
    b = "Yet turnout decreased after the scandal, as younger voters stayed home."
    assert [al.conflict for al in _differing(a, b, "statement")] == [Conflict.OPPOSITE]


def test_short_statements_sharing_only_the_verb_are_not_paired():
    from compare.align.frame_statements import frame_statement_pairs
    from compare.extract import extract_claims
    from compare.ingest import Source

    statements = [
        c
        for key, text in (
            ("a", "The rupee strengthened on Monday."),
            ("b", "Local demand weakened over the summer."),
        )
        for c in extract_claims(Source.from_text(text, id=key))
        if c.kind == "statement"
    ]
    assert frame_statement_pairs(statements) == []


def test_one_verb_denied_of_two_bare_nouns_with_one_object_is_paired_as_a_negation():
    a = "The lease does not allow pets, the landlord said."
    b = "The contract allows pets in every flat on the estate."
    assert [al.conflict for al in _differing(a, b, "statement")] == [Conflict.NEGATION]


def test_a_denial_of_a_doer_named_by_a_pronoun_is_not_paired_on_few_words():
    from compare.align.frame_statements import frame_statement_pairs
    from compare.extract import extract_claims
    from compare.ingest import Source

    def pairs(a: str, b: str) -> list[tuple[float, int, int]]:
        statements = [
            c
            for key, text in (("a", a), ("b", b))
            for c in extract_claims(Source.from_text(text, id=key))
            if c.kind == "statement"
        ]
        return frame_statement_pairs(statements)

    # "he" may be anyone: with one word shared besides the verb, no pair
    assert (
        pairs(
            "Hale does not own the flats, his lawyer said.", "He owns the flats, a neighbour said."
        )
        == []
    )
    assert (
        pairs(
            "Hale does not own the flats, his lawyer said.",
            "He said he had owned the flat for ten years.",
        )
        == []
    )
