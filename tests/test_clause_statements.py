"""Statements paired by a clause of one event whose figure, day or place both give
(compare.align.clause_statements), and the measures a sentence names for a figure
(compare.align.measures). Sentences written here."""

from __future__ import annotations

from compare import Verdict, compare_texts
from compare.align.clause_statements import clause_statement_pairs
from compare.align.sentence_claims import SentenceClaims
from compare.extract import Number, Statement, extract_claims
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"


def pairs(a: str, b: str) -> list[tuple[float, int, int]]:
    claims = []
    for source_id, text in (("a", a), ("b", b)):
        claims.extend(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))
    statements = [c for c in claims if isinstance(c, Statement)]
    return clause_statement_pairs(statements, None, SentenceClaims.index(claims))


def statement_verdicts(a: str, b: str) -> list[tuple[Verdict, str | None]]:
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "statement"]


def test_a_figure_of_one_predicate_and_thing_is_paired_and_differs() -> None:
    a = "The inspectors said the farmer sold 14 tractors at the spring auction."
    b = "He sold nine tractors at the auction, the inspectors said."
    assert pairs(a, b)
    assert (Verdict.DIFFER, "figure") in statement_verdicts(a, b)


def test_figures_of_two_places_are_two_facts() -> None:
    # another place scopes the count: no pair, no figure conflict
    a = "About 800 bicycles were sold in Norway last spring."
    b = "The maker said 12,000 bicycles were sold in Portugal last spring."
    assert pairs(a, b) == []


def test_another_thing_of_the_same_verb_is_not_paired() -> None:
    a = "The choir performed the Requiem in 2019."
    b = "The choir performed the Messiah in 2022."
    assert pairs(a, b) == []


def test_an_agreeing_clause_beside_unmatched_figures_is_not_an_agreement() -> None:
    # "sold in Spain" agrees, but the two counts are never compared: no ✓
    a = "The brewer is withdrawing about 3.4 million cans sold in Spain."
    b = "The withdrawal covers 4.3 million bottles sold in Spain."
    assert pairs(a, b) == []


def test_a_part_of_a_spelt_out_whole_is_no_figure_of_its_own() -> None:
    a = "One climber died in the avalanche on the north face."
    b = "Rescuers said two of the three climbers died in the avalanche."
    assert (Verdict.DIFFER, "figure") not in statement_verdicts(a, b)


def test_a_measure_named_before_of_is_the_counted_thing() -> None:
    from compare.align.measures import measures_of

    text = PUBLISHED + "The festival drew a crowd of 12,000 on its final night."
    figure = next(
        c for c in extract_claims(Source.from_text(text, id="a")) if isinstance(c, Number)
    )
    assert measures_of(figure) == frozenset({"crowd"})


def test_a_clause_that_denies_what_a_clause_of_the_other_states_differs() -> None:
    a = "The fans were furious that the umpire did not call a foul on the striker."
    b = "Late in the game, the umpire called a foul on the visiting striker."
    assert (Verdict.DIFFER, "negation") in statement_verdicts(a, b)


def test_an_intention_is_no_denial_of_the_deed() -> None:
    from compare.align.clause_contradictions import by_clauses

    # "planning to buy" says nothing of a purchase; "no damage" denies no verb
    assert (
        by_clauses(
            "The museum had not bought the old mill, its director said.",
            "The museum was planning to buy the old mill and two barns.",
        )
        is None
    )
    assert (
        by_clauses(
            "The storm caused damage to the harbour walls overnight.",
            "Officials said the storm caused no damage to the harbour walls.",
        )
        is None
    )


def test_clauses_of_two_subjects_are_not_compared() -> None:
    from compare.align.clause_contradictions import by_clauses

    assert (
        by_clauses(
            "Ortiz, who had trained for months, landed 40 jabs in the bout.",
            "It was a round in which Kemp did not land a single jab.",
        )
        is None
    )


def test_one_figure_of_one_counted_thing_in_other_words_agrees() -> None:
    from compare.align.figure_statements import figure_statement_pairs

    a = "At least 45 cottages have been flattened by the mudslide."
    b = "The mudslide destroyed 45 cottages in the upper valley."
    claims = []
    for source_id, text in (("a", a), ("b", b)):
        claims.extend(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))
    statements = [c for c in claims if isinstance(c, Statement)]
    assert figure_statement_pairs(statements, None, SentenceClaims.index(claims))
    assert (Verdict.AGREE, None) in statement_verdicts(a, b)


def test_one_figure_said_with_the_other_polarity_is_not_an_agreement() -> None:
    from compare.align.figure_statements import figure_statement_pairs

    a = "The ferry carried 140 passengers across the strait on Monday."
    b = "The ferry did not carry 140 passengers, the operator insisted."
    claims = []
    for source_id, text in (("a", a), ("b", b)):
        claims.extend(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))
    statements = [c for c in claims if isinstance(c, Statement)]
    assert figure_statement_pairs(statements, None, SentenceClaims.index(claims)) == []


def test_who_did_it_to_whom_swapped_is_an_actor_conflict() -> None:
    a = "The delivery van, a white Transit from Leeds, backed into the parked tractor."
    b = "A parked tractor backed into the delivery van outside the depot."
    assert (Verdict.DIFFER, "actor") in statement_verdicts(a, b)


def test_the_passive_tells_the_same_roles() -> None:
    from compare.align.statement_judge import compare_pair

    claims = []
    for source_id, text in (
        ("a", "The old barn was destroyed by the flood on Sunday night."),
        ("b", "The flood destroyed the old barn on Sunday night."),
    ):
        claims.extend(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))
    a, b = (c for c in claims if isinstance(c, Statement))
    assert compare_pair(a, b, SentenceClaims.index(claims)) is None


def test_days_of_one_event_a_few_days_apart_differ_in_loose_sentences() -> None:
    a = "Okafor will take the oath of office on March 3."
    b = "She is expected to take the oath of office on March 7, aides said."
    assert (Verdict.DIFFER, "date") in statement_verdicts(a, b)


def test_a_moment_ago_is_no_measure() -> None:
    from compare.align.measures import measures_of

    text = PUBLISHED + "The last such verdict was eight years ago in this county."
    figure = next(
        c for c in extract_claims(Source.from_text(text, id="a")) if isinstance(c, Number)
    )
    assert measures_of(figure) == frozenset()


def test_a_bylines_date_is_a_stamp() -> None:
    from compare.align.when_where import is_stamp
    from compare.extract import Date

    text = PUBLISHED + "Flood closes bridge. Posted in Local News on Friday, March 7, 2025."
    dates = [c for c in extract_claims(Source.from_text(text, id="a")) if isinstance(c, Date)]
    assert dates and all(is_stamp(d) for d in dates)


def test_two_hedged_clock_times_twenty_minutes_apart_fit() -> None:
    from compare.align.sentence_facts import clash

    claims = []
    for source_id, text in (
        ("a", "The warehouse fire started at around 10pm on Friday in the loading bay."),
        ("b", "Neighbours fled after the warehouse fire started about 9.40pm."),
    ):
        claims.extend(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))
    a, b = (c for c in claims if isinstance(c, Statement))
    index = SentenceClaims.index(claims)
    assert clash(a, index.of(a), b, index.of(b)) is None


def test_a_progressive_is_no_passive() -> None:
    from compare.align.statement_judge import compare_pair

    claims = []
    for source_id, text in (
        ("a", "The mayor said she will be opening the new library this spring."),
        ("b", "The mayor will open the new library this spring."),
    ):
        claims.extend(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))
    a, b = (c for c in claims if isinstance(c, Statement))
    found = compare_pair(a, b, SentenceClaims.index(claims))
    assert found is None or found.conflict != "actor"


def test_a_clock_time_without_am_or_pm_and_a_deadline_are_no_clash() -> None:
    from compare.align.sentence_facts import clash

    for first, second in (
        ("The singer died at 6:41 last night at home.", "The singer died at 6:41pm at home."),
        (
            "Crews had the blaze out by 7 a.m. on Monday.",
            "Crews had the blaze out by 6:40 a.m. on Monday.",
        ),
    ):
        claims = []
        for source_id, text in (("a", first), ("b", second)):
            claims.extend(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))
        a, b = (c for c in claims if isinstance(c, Statement))
        index = SentenceClaims.index(claims)
        found = clash(a, index.of(a), b, index.of(b))
        assert found is None or found.conflict != "time"


def test_negated_clauses_pair_only_sentences_with_one_close_clause_each() -> None:
    # The third sentence shares enough words with the others as a whole, but no
    # clause of it shares three with a clause of theirs: it is not compared.
    from compare.align.clause_negations import clause_negation_pairs

    texts = {
        "a": "Residents complained on Monday that the council did not approve the harbour plan.",
        "b": "After a long debate, the council approved the harbour plan for the old docks.",
        "c": "The council and the harbour board met on Monday, and residents did not approve "
        "of the plan.",
    }
    claims = [
        claim
        for key, text in texts.items()
        for claim in extract_claims(Source.from_text(text, id=key))
    ]
    statements = [c for c in claims if c.kind == "statement"]
    assert [s.source for s in statements] == ["a", "b", "c"]
    pairs = clause_negation_pairs(statements, None, SentenceClaims.index(claims))
    assert [(i, j) for _, i, j in pairs] == [(0, 1)]
