"""One deed, told by its verb or by its noun after a support verb, credited to two
doers of one kind: sentences written for these tests, in domains the benchmark
sets do not tell (astronomy, tenancy law, chess, shipping, software)."""

from __future__ import annotations

import pytest
from conftest import FILLER_A, FILLER_B, statement_findings

from compare import Conflict, compare_texts
from compare.align.deed_frames import frames_of
from compare.extract import extract_claims
from compare.ingest import Source


def _frames(sentence: str):
    claims = [
        c for c in extract_claims(Source.from_text(sentence, id="x")) if c.kind == "statement"
    ]
    return frames_of(claims[0])


def test_a_support_verb_tells_the_deed_of_its_noun():
    found = _frames("The discovery was made by Helen Marsh on a cold night in October.")
    assert any("discover" in f.verbs and f.thing == "" and "Helen Marsh" in f.doer for f in found)


def test_a_noun_without_a_deed_after_a_support_verb_tells_none():
    found = _frames("Helen Marsh made the coffee before the observatory opened for the night.")
    assert not [f for f in found if "Helen Marsh" in f.doer]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the verb on one side, its noun after a support verb on the other
        (
            "The comet was discovered by amateur astronomer Helen Marsh in October.",
            "The discovery itself was made by Tomas Greer, a telescope technician.",
        ),
        # two support verbs, one noun: two bodies of one town
        (
            "The complaint was lodged by the Dunmore Tenants' Union at a hearing in Dunmore.",
            "It was the Dunmore Landlords' Federation that filed the complaint in May.",
        ),
        # a participle set between commas after its noun; "put forward" the noun
        (
            "The proposal, brought by alderman Ada Finch, was adopted after a short debate.",
            "The proposal was put forward by alderman Omar Lind during a short debate.",
        ),
        # one verb, active and passive
        (
            "The winning move was played by grandmaster Olek Brandt after a long think.",
            "Grandmaster Ivo Salas played the winning move after a long think.",
        ),
    ],
)
def test_one_deed_credited_to_two_doers_is_an_actor_conflict(a, b):
    assert statement_findings(a, b, Conflict.ACTOR)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a person and the body they lead
        (
            "The complaint was lodged by the Dunmore Tenants' Union last spring.",
            "Union chair Maria Costa filed the complaint in May.",
        ),
        # "X and Y did it" / "X did it"
        (
            "The comet was discovered by Helen Marsh and Tomas Greer in October.",
            "Helen Marsh made the discovery in October.",
        ),
        # the one who announced it is no doer
        (
            "The discovery was made by Tomas Greer, a telescope technician.",
            "Observatory director Rana Idris announced the discovery on Friday.",
        ),
        # a recipient is no doer
        (
            "The first licence was given to ferry captain Joan Welby.",
            "Harbour master Piet Aalders issued the licences on Monday.",
        ),
        # two things: the first move and the second
        (
            "The first move was played by grandmaster Olek Brandt.",
            "Grandmaster Ivo Salas played the second move.",
        ),
    ],
)
def test_no_actor_conflict(a, b):
    assert not statement_findings(a, b, Conflict.ACTOR)


def test_a_doer_the_other_article_names_is_no_other_doer():
    a = "The comet was discovered by amateur astronomer Helen Marsh in October. "
    b = (
        "The discovery itself was made by Tomas Greer, a telescope technician. "
        "Helen Marsh confirmed the orbit a week later. "
    )
    comparison = compare_texts({"a": FILLER_A + a, "b": FILLER_B + b})
    assert not [al for al in comparison.alignments if al.conflict == Conflict.ACTOR]


def test_a_sentence_quoting_its_doer_is_left_to_the_speaker_judge():
    a = '"We will rebuild the pier," said harbour master Joan Welby, who inspected the pier.'
    b = '"We will rebuild the pier," said engineer Piet Aalders, who inspected the pier.'
    assert not statement_findings(a, b, Conflict.ACTOR)


def test_a_participle_phrase_after_the_subject_leaves_the_subject_the_doer():
    found = _frames("Beekeepers tending hives on the ridge found the queen in the old orchard.")
    assert any(f.doer == "Beekeepers" and "find" in f.verbs for f in found)
    assert not any(f.doer == "hives" for f in found)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two participles joined by "and", set beside their noun, share the doer
        (
            "The bylaw, drafted and tabled by councillor Ines Varga, passed on a show of hands.",
            "The bylaw was tabled by councillor Otto Brenner at the March sitting.",
        ),
        # a participle with its particle, set beside its noun
        (
            "The timetable, drawn up by planner Ada Moss, takes effect in the spring.",
            "The timetable was drawn up by planner Leo Quist over the winter.",
        ),
    ],
)
def test_participles_set_beside_their_noun_credit_the_doer_after_by(a, b):
    assert statement_findings(a, b, Conflict.ACTOR)


def test_a_phrase_between_commas_after_the_subject_leaves_the_passive_its_thing():
    found = _frames(
        "The pavilion, built on the edge of the old cricket ground, was restored by "
        "the Harwick Heritage Trust with lottery money."
    )
    assert any(
        "restore" in f.verbs and f.thing == "pavilion" and "Harwick Heritage Trust" in f.doer
        for f in found
    )


def test_a_passive_after_a_phrase_between_commas_is_one_deed_with_the_other_articles():
    a = (
        "The pavilion, built on the edge of the old cricket ground, was restored by "
        "the Harwick Heritage Trust with lottery money."
    )
    b = "The pavilion was restored by the Ellery Conservation Society after the storm."
    assert statement_findings(a, b, Conflict.ACTOR)


def test_the_doer_inside_the_phrase_between_commas_is_not_the_passives_doer():
    a = (
        "The pavilion, designed by architect Rosa Lind, was built by the Harwick Building "
        "Company in 1911."
    )
    b = "The pavilion was designed by architect Rosa Lind before the war."
    assert not statement_findings(a, b, Conflict.ACTOR)
