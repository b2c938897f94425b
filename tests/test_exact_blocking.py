"""Work a many-article compare no longer does pair by pair, and what must stay as
it was: the counts are blocked, not walked all against all
(compare.align.event_counts._telling_candidates); verb_kinds reads the senses of a
verb's general verbs once; figures_of_unit reads a sentence when asked;
frame_statements asks the verbs first.
Sentences and verbs written here, in domains of their own."""

from __future__ import annotations

from itertools import combinations, product

from compare import Source
from compare.align.event_counts import _telling_candidates, event_postings, one_event
from compare.align.frame_statements import _lemmas_related, _may_turn, frame_statement_pairs
from compare.align.number_clues import Clues
from compare.align.numbers import _counted, unit_key
from compare.align.sole_figures import figures_of_unit, sentence_figures
from compare.align.synonyms import are_synonyms
from compare.align.verb_kinds import _kind_of, _verb_lemmas, general_verbs, kind_of
from compare.extract import Number, extract_claims
from compare.extract.claims import Frame, Statement

_VERBS = (
    "burn scorch arrest detain hold seize rise climb fall drop start begin close shut "
    "shutter open kill slay injure hurt wound win beat lose evacuate rescue save fill "
    "pack sell buy plant grow harvest repair fix mend"
).split()

_ARTICLES = {
    "a": (
        "Volunteers planted 300 oak saplings along the riverbank on Saturday. "
        "Wardens rescued 12 swans from the frozen lake. "
        "The storm injured four campers near the ridge."
    ),
    "b": (
        "About 250 trees were planted beside the river at the weekend. "
        "Rangers saved 15 birds trapped in the ice. "
        "Three campers were hurt when a branch fell."
    ),
    "c": (
        "Some 320 saplings went into the ground on the bank. "
        "Fourteen swans were pulled from the lake by wardens. "
        "Five walkers were injured in the storm."
    ),
}


def _numbers() -> list[Number]:
    return [
        c
        for side, text in _ARTICLES.items()
        for c in extract_claims(Source.from_text(text, id=side))
        if isinstance(c, Number)
    ]


def test_one_event_is_symmetric():
    # the blocking asks it once per two lemmas
    for a, b in combinations(_VERBS, 2):
        assert one_event(a, b) == one_event(b, a), (a, b)


def test_the_candidates_are_every_pair_told_alike_across_sources():
    numbers = _numbers()
    outcomes = [Clues.of(n).outcome for n in numbers]
    counts = [
        i
        for i, n in enumerate(numbers)
        if n.frame_lemma and one_event(n.frame_lemma, n.frame_lemma)
    ]
    assert len({numbers[i].source for i in counts}) == 3
    walked = [
        (i, j)
        for i, j in combinations(counts, 2)
        if numbers[i].source != numbers[j].source
        and (one_event(numbers[i].frame_lemma, numbers[j].frame_lemma) or outcomes[i] & outcomes[j])
    ]
    assert walked
    assert _telling_candidates(numbers, counts, outcomes) == walked


def test_postings_pair_counts_of_three_articles():
    numbers = _numbers()
    clues = [Clues.of(n) for n in numbers]
    found = event_postings(
        numbers, unit_key, _counted, [c.outcome for c in clues], [(c.part, c.total) for c in clues]
    )
    # keys ascend as the walk over every pair met them
    pairs = [tuple(p) for p in found.values()]
    assert pairs == sorted(pairs)
    assert all(numbers[i].source != numbers[j].source for i, j in pairs)


def test_kind_of_reads_the_general_verbs_senses_as_a_union():
    for specific, general in product(_VERBS, repeat=2):
        kinds = general_verbs(specific)
        walked = bool(kinds & _verb_lemmas(general)) or any(are_synonyms(k, general) for k in kinds)
        assert _kind_of(specific, general) == walked, (specific, general)


def test_kind_of_still_joins_a_specific_verb_and_its_general_one():
    assert kind_of("scorch", "burn")
    assert not kind_of("plant", "repair")


def test_figures_of_unit_reads_a_sentence_when_asked():
    numbers = _numbers()
    keyed = sentence_figures(numbers, unit_key, lambda n: n.value)
    key = unit_key(numbers[0]) or "?"
    kinds = {key, "tally", "?"}
    eager = {at: frozenset(v for k, v in found if k in kinds) for at, found in keyed.items()}
    lazy = figures_of_unit(keyed, key)
    assert dict(lazy) == eager
    assert lazy.get(("nowhere", 0), frozenset()) == frozenset()
    assert ("nowhere", 0) not in keyed  # asking fills nothing in


def _frame(text: str) -> Frame:
    statement = next(
        c for c in extract_claims(Source.from_text(text, id="x")) if isinstance(c, Statement)
    )
    assert statement.frame is not None
    return statement.frame


def test_a_pair_may_turn_only_on_a_denied_verb_or_opposite_verbs():
    rose = _frame("The river Wenn rose sharply overnight at Kelby weir.")
    fell = _frame("The river Wenn fell sharply overnight at Kelby weir.")
    denied = _frame("The river Wenn did not rise overnight at Kelby weir.")
    assert _may_turn(rose, denied) and _may_turn(denied, rose)
    assert not _may_turn(rose, rose)
    assert _may_turn(rose, fell) == _lemmas_related("rise", "fall")[1]


def test_frame_pairs_found_as_before_on_a_turned_pair():
    texts = {
        "a": "The bakery on Mill Lane did not open its doors on Sunday morning.",
        "b": "The bakery on Mill Lane opened its doors on Sunday morning.",
    }
    statements = [
        c
        for side, text in texts.items()
        for c in extract_claims(Source.from_text(text, id=side))
        if isinstance(c, Statement)
    ]
    assert [(i, j) for _, i, j in frame_statement_pairs(statements)] == [(0, 1)]
