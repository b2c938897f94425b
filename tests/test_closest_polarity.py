"""One clause denied, or told with the opposite predicate, in the two articles'
mutually closest sentences (closest_polarity); a plan against a deed, two named
subjects, a denial under "denied", a gerund, two stages of one story and a
quotation part them. Sentences written here, in domains of their own."""

from __future__ import annotations

from compare import Conflict, Verdict, compare_texts
from compare.align.closest_polarity import closest_polarity_pairs, polarity_told
from compare.align.denied_cores import denied_cores
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.extract import extract_claims
from compare.extract.claims import Claim, Statement
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"
OTHER_A = "The orchestra's new season opens in the spring with three premieres. "
OTHER_B = "Tickets for the summer festival go on sale at the box office next week. "


def paired(a: str, b: str) -> list[tuple[str, str]]:
    """The statements the matcher pairs across the two articles."""
    claims: list[Claim] = []
    for source_id, text in (("a", OTHER_A + a), ("b", OTHER_B + b)):
        claims.extend(extract_claims(Source.from_text(PUBLISHED + text, id=source_id)))
    told = [c for c in claims if isinstance(c, Statement)]
    found = closest_polarity_pairs(told, Options(), SentenceClaims.index(claims))
    return sorted((told[i].text, told[j].text) for _, i, j in found)


def test_a_predicate_denied_beside_more_words_pairs() -> None:
    a = "The referee ruled that the tackle on the winger was legal."
    b = "The referee ruled that the tackle on the winger was not legal under the new laws."
    assert len(paired(a, b)) == 1
    found = polarity_told(a, b)
    assert found is not None and found.conflict == Conflict.NEGATION


def test_shown_as_a_negation_not_an_agreement() -> None:
    a = "The referee ruled that the tackle on the winger was legal."
    b = "The referee ruled that the tackle on the winger was not legal under the new laws."
    comparison = compare_texts({"a": PUBLISHED + OTHER_A + a, "b": PUBLISHED + OTHER_B + b})
    told = [al for al in comparison.alignments if al.kind == "statement" and "legal" in str(al)]
    assert told and all(al.verdict == Verdict.DIFFER for al in told)


def test_a_denied_seeming_denies_the_state() -> None:
    (core,) = denied_cores("The hikers did not appear to be injured when they reached the hut.")
    assert core.head_word == "injured"
    a = "Rescuers said the hikers did not appear to be injured and walked down unaided."
    b = "Rescuers confirmed the hikers were injured, and one was flown to the valley."
    found = polarity_told(a, b)
    assert found is not None and found.conflict == Conflict.NEGATION


def test_opposite_predicates_with_subjects_told_apart_pair() -> None:
    a = (
        "A survey by the river trust found that the water quality had worsened"
        " since the last survey in 2023."
    )
    b = (
        "The trust's findings showed the river's condition had improved"
        " since the previous survey in 2023."
    )
    found = polarity_told(a, b)
    assert found is not None and found.conflict == Conflict.OPPOSITE


def test_a_phrasal_opposite_is_read_whole() -> None:
    a = "The tenants' association accepted the landlord's offer after a long meeting."
    b = "After a long meeting, the association turned down the landlord's offer."
    found = polarity_told(a, b)
    assert found is not None and found.conflict == Conflict.OPPOSITE


def test_a_plan_against_a_deed_does_not_pair() -> None:
    a = "The museum will not lend the tapestry to the touring exhibition."
    b = "The museum lent the tapestry to the touring exhibition."
    assert polarity_told(a, b) is None


def test_two_named_subjects_do_not_pair() -> None:
    a = "Okonkwo did not finish the marathon in Lisbon."
    b = "Haldorsen finished the marathon in Lisbon."
    assert polarity_told(a, b) is None


def test_a_clause_under_a_denial_does_not_pair() -> None:
    a = "The contractor denied that the scaffold was unsafe on the day."
    b = "Inspectors said the scaffold was not unsafe on the day."
    assert polarity_told(a, b) is None


def test_a_gerund_is_no_predicate() -> None:
    a = "After skipping out on entering the training camp, the striker joined the squad."
    b = "The striker left the training camp on Thursday and joined the squad."
    assert polarity_told(a, b) is None


def test_two_stages_of_one_story_do_not_pair() -> None:
    a = "The ferry captain charged over the collision was released without bail."
    b = "Harbour police arrested the ferry captain over the collision."
    assert polarity_told(a, b) is None
    a = "Voting began at eight in the morning in the regional election."
    b = "The regional election ended in the evening as planned."
    assert polarity_told(a, b) is None


def test_a_lasting_state_against_its_opposite_pairs() -> None:
    a = "The mountain pass remained open to lorries on Sunday."
    b = "The mountain pass was closed to lorries on Sunday."
    found = polarity_told(a, b)
    assert found is not None and found.conflict == Conflict.OPPOSITE


def test_a_quoted_head_does_not_pair() -> None:
    a = 'The coach said: "The pitch was not playable in the second half."'
    b = "The pitch was playable in the second half, the league said."
    assert polarity_told(a, b) is None


def test_a_denied_noun_is_no_predicate() -> None:
    a = "One good season does not a champion make, the coach said of the club."
    b = "The club is a champion of community football in the region."
    assert polarity_told(a, b) is None


def test_sentences_not_mutually_closest_do_not_pair() -> None:
    a = (
        "The referee ruled that the tackle on the winger was legal. "
        "Under the new laws the referee ruled on whether the tackle on the winger was legal"
        " at half-time."
    )  # "legal" told twice in a: no predicate told once ties them (sole_predicates)
    b = "The referee ruled that the tackle on the winger was not legal under the new laws."
    assert paired(a, b) == []


def test_a_state_told_under_a_verb_of_seeming_is_opposable() -> None:
    a = "Field counts suggest the heron colony appears to be growing along the estuary."
    b = "Winter counts suggest the heron colony appears to be shrinking along the estuary."
    assert len(paired(a, b)) == 1
    found = polarity_told(a, b)
    assert found is not None and found.conflict == Conflict.OPPOSITE
    assert {found.a, found.b} == {"growing", "shrinking"}


def test_a_common_word_opening_a_sentence_names_nobody() -> None:
    a = "Repeat audits suggest the library's lending appears to be growing."
    b = "Counts made at the desks suggest the library's lending appears to be shrinking."
    found = polarity_told(a, b)
    assert found is not None and found.conflict == Conflict.OPPOSITE


def test_two_named_subjects_still_part_a_seemed_state() -> None:
    a = "Halvorsen appears to be improving after the knee operation, the club said."
    b = "Lindqvist appears to be worsening after the knee operation, the club said."
    assert polarity_told(a, b) is None


CLOSED_A = "The coast road was closed by a landslide on Monday. "
CLOSED_B = "A landslide closed the coast road on Monday, and drivers were sent inland. "


def test_a_state_that_lasted_through_the_day_the_other_ends_it_pairs() -> None:
    # each article tells the closure too, so neither the closest sentences nor the
    # told-once reading ties them: the one subject and the one day do
    a = CLOSED_A + "The coast road reopened on Tuesday morning after crews cleared the rocks."
    b = CLOSED_B + "The coast road remained closed on Tuesday, with engineers checking the cliff."
    pairs = paired(a, b)
    assert any("reopened" in x and "remained closed" in y for x, y in pairs)
    comparison = compare_texts({"a": PUBLISHED + OTHER_A + a, "b": PUBLISHED + OTHER_B + b})
    shown = [
        al
        for al in comparison.alignments
        if al.verdict == Verdict.DIFFER
        and any("reopened" in m.text for m in al.members)
        and any("remained closed" in m.text for m in al.members)
    ]
    assert shown and shown[0].conflict == Conflict.OPPOSITE


def test_two_parts_of_one_day_are_two_stages() -> None:
    a = CLOSED_A + "The coast road reopened on Tuesday evening after crews cleared the rocks."
    b = CLOSED_B + "The coast road remained closed on Tuesday morning, with engineers checking."
    assert not any("reopened" in x and "remained closed" in y for x, y in paired(a, b))
