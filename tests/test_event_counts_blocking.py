"""The counts of a many-article compare are blocked, not walked all against all
(compare.align.event_counts._telling_candidates), and verb_kinds reads the senses of
a verb's general verbs once: both must give what the walk over every pair gave.
Sentences and verbs written here, in domains of their own."""

from __future__ import annotations

from itertools import combinations, product

from compare import Source
from compare.align.event_counts import _telling_candidates, event_postings, one_event
from compare.align.number_clues import Clues
from compare.align.numbers import _counted, unit_key
from compare.align.sole_figures import figures_of_unit, sentence_figures
from compare.align.synonyms import are_synonyms
from compare.align.verb_kinds import _kind_of, _verb_lemmas, general_verbs, kind_of
from compare.extract import Number, extract_claims

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
