"""Two sentences of one speaker are compared on what was said, not on who said it; and
two one-sentence texts are no loose pair for merely being each other's closest."""

from __future__ import annotations

from compare.align import compare_texts
from compare.align.attributions import attributed, one_speaker
from compare.align.statements import graded_statement_pairs


def statement_verdicts(a: str, b: str) -> list[str]:
    comparison = compare_texts({"a": a, "b": b})
    return [str(x.verdict) for x in comparison.alignments if x.kind == "statement"]


def test_attribution_blanked_and_speaker_named() -> None:
    told = attributed("Harbour Master Tove Lind, who runs the port, said the quay would reopen.")
    assert {"tove", "lind"} <= told.speakers
    assert "quay would reopen" in told.said and "Lind" not in told.said
    after = attributed("The quay will reopen in June, said Tove Lind, the harbour master.")
    assert {"tove", "lind"} <= after.speakers and "harbour master" not in after.said
    # who is told is not who tells
    assert attributed("The agency told Tove Lind the quay would reopen.").speakers == set()


def test_one_speaker_needs_a_shared_name() -> None:
    assert one_speaker("Tove Lind said the quay would reopen.", "The quay reopens, said Tove Lind.")
    assert not one_speaker("Tove Lind said the quay would reopen.", "Ivo Brandt said so too.")
    assert not one_speaker("The quay will reopen in June.", "The quay reopens, said Tove Lind.")


def test_one_speakers_two_facts_are_not_one_statement() -> None:
    a = "Harbour Master Tove Lind said the dredger had run aground on a sandbank overnight."
    b = "Tove Lind, the harbour master, said that ferry fares would rise by a tenth in spring."
    assert statement_verdicts(a, b) == []


def test_one_speakers_one_fact_still_pairs() -> None:
    a = "Harbour Master Tove Lind said the dredger had run aground on a sandbank overnight."
    b = "The dredger ran aground on a sandbank in the night, said Tove Lind, the harbour master."
    assert statement_verdicts(a, b) == ["agree"]


def test_no_loose_pair_without_a_choice() -> None:
    # a pair the model is unsure of: each sentence the other's closest
    told = "Tove Lind said the dredger ran aground on a sandbank."
    retold = (
        "A dredger working near the harbour mouth ran aground, officials said, "
        "and was refloated at high tide."
    )
    other = "Wheat prices fell sharply in Chicago trading."
    # among other sentences, being the closest says something: a loose pair
    assert graded_statement_pairs([told, retold, other], ["a", "b", "a"]).loose
    # two one-sentence texts are each other's closest whatever they say
    assert graded_statement_pairs([told, retold], ["a", "b"]).loose == []


def test_one_speakers_two_facts_are_no_sure_pair_among_others() -> None:
    a = "Harbour Master Tove Lind said the dredger had run aground on a sandbank overnight."
    b = "Tove Lind, the harbour master, said that ferry fares would rise by a tenth in spring."
    other = "Wheat prices fell sharply in Chicago trading."
    graded = graded_statement_pairs([a, b, other], ["a", "b", "a"])
    assert all({i, j} != {0, 1} for _, i, j in graded.tight)


def test_a_description_before_the_name_is_attribution_too() -> None:
    told = attributed("The head of the port authority, Tove Lind, said fares would rise.")
    assert {"tove", "lind"} <= told.speakers
    assert "port authority" not in told.said and "fares would rise" in told.said
    # a subject set off before a parenthetical "X said" is what was said
    assert "The ferry" in attributed("The ferry, Tove Lind said, will sail at noon.").said
