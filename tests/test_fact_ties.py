"""What ties two statements only closeness paired to one fact (fact_ties.py): a
clause of each naming one event (any clause of the sentence, a verb and a kind of
it), one figure of one counted thing, one calendar day; sentences of our own, in
other domains than the contradiction sets'."""

from __future__ import annotations

from compare.align.fact_ties import days, one_event, one_fact, predicates
from tests.test_mutual_best import _read

APPRENTICES = (
    "Apprentices in their second year will be allowed to finish their courses in Swindon.",
    "Second-year apprentices will be able to complete their training in Swindon.",
)
GATES = (
    "Gates at the depot were locked by the owners.",
    "The depot gates had been padlocked shut, according to drivers.",
)
REOPENING = (
    "The bakery on Mill Lane will reopen on 4 November 2025.",
    "Customers can return to the Mill Lane bakery on November 4, 2025.",
)
CLOSING = (
    "The bakery closed its doors in November 2025.",
    "Regulars were told the shop would stop trading in November 2025.",
)


def _tied(pair: tuple[str, str]) -> bool:
    statements, sentences = _read({"a": pair[0], "b": pair[1]})
    a = next(s for s in statements if s.source == "a")
    b = next(s for s in statements if s.source == "b")
    return one_fact(a, b, sentences)


def test_a_clause_under_the_main_verb_names_the_event() -> None:
    # "will be allowed to finish" / "will be able to complete": the main verbs name
    # nothing alike, the clauses under them one event (WordNet's synonyms)
    statements, sentences = _read({"a": APPRENTICES[0]})
    assert {"allow", "finish"} <= predicates(statements[0], sentences)
    assert _tied(APPRENTICES)


def test_a_verb_and_a_kind_of_it_name_one_event() -> None:
    assert one_event("padlock", "lock")
    assert _tied(GATES)


def test_two_casualty_counts_are_two_events() -> None:
    # WordNet makes killing a way to shoot; "three shot" / "three killed" differ
    assert not one_event("shoot", "kill")
    assert not one_event("stab", "die")
    assert one_event("slay", "kill")


def test_one_calendar_day_ties_two_sentences() -> None:
    statements, sentences = _read({"a": REOPENING[0]})
    assert days(statements[0], sentences) == {"2025-11-04"}
    assert _tied(REOPENING)


def test_a_month_alone_is_no_day() -> None:
    # most facts of a story share its month: "closed" / "stop trading" name no one
    # event, and "in November 2025" is no day
    statements, sentences = _read({"a": CLOSING[0]})
    assert not days(statements[0], sentences)
    assert not _tied(CLOSING)


def test_two_facts_of_one_topic_stay_apart() -> None:
    assert not _tied((APPRENTICES[0], GATES[1]))
