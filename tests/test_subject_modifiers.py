"""A subject described by a phrase after a preposition ("Sales in Oslo fell"), the
heads frames compare for it, and implicative verbs ("managed to open")."""

from __future__ import annotations

from compare import Source
from compare.align.frames import head, same_actor
from compare.align.statement_judge import compare_pair
from compare.extract import Frame, Statement, extract_claims
from compare.extract.claims import Span


def statement(text: str) -> Statement:
    claims = extract_claims(Source.from_text(text), qualifiers=True)
    found = next(c for c in claims if isinstance(c, Statement))
    assert isinstance(found, Statement)
    return found


def frame(text: str) -> Frame:
    found = statement(text).frame
    assert found is not None
    return found


def span(text: str) -> Span:
    return Span(0, len(text), text)


def test_the_subject_keeps_the_noun_its_phrase_describes() -> None:
    read = frame("Bookings for the autumn cruise have dropped sharply this month.")
    assert read.actor is not None and read.actor.text == "Bookings for the autumn cruise"
    assert read.lemma == "drop"


def test_a_preposition_after_a_verb_opens_no_subject_phrase() -> None:
    read = frame("Earlier on Friday the ferry operator cancelled its evening sailings.")
    assert read.actor is not None
    assert "Earlier" not in read.actor.text and "on" not in read.actor.text.split()


def test_the_noun_before_the_phrase_heads_it() -> None:
    assert head(span("Tickets for the final")) == head(span("the tickets"))
    assert head(span("up to 40 cabins")) == head(span("cabins"))  # no noun before "to"


def test_two_names_after_one_noun_are_two_actors() -> None:
    assert not same_actor(span("Shares in Norvale"), span("Shares in Tindra"))
    assert not same_actor(span("Shares in Norvale"), span("Tindra's shares"))
    assert same_actor(span("Shares in Norvale"), span("Norvale's shares"))
    assert same_actor(span("Visitors to the museum"), span("Visitors to Halden Museum"))


def test_the_phrase_still_ties_what_it_ties_alone() -> None:
    # read before as "the depot" on both sides: the same thing, in two nouns
    assert same_actor(span("Work at the depot"), span("Traffic at the depot"))
    assert same_actor(span("Water in the Brenn reservoir"), span("the reservoir"))


def test_one_noun_rising_and_falling_is_an_opposite() -> None:
    found = compare_pair(
        statement("Shares in Norvale rose in early trading on Thursday."),
        statement("Norvale's shares fell in morning trade on Thursday."),
    )
    assert found is not None and found.conflict == "opposite" and not found.unpaired


def test_two_companies_shares_are_no_opposite() -> None:
    found = compare_pair(
        statement("Shares in Norvale rose in early trading on Thursday."),
        statement("Shares in Tindra fell in early trading on Thursday."),
    )
    assert found is None or found.unpaired


def test_managed_to_states_the_act() -> None:
    read = frame("The pilot managed to land the glider in a field.")
    assert read.lemma == "land" and not read.negated


def test_forgot_to_denies_the_act() -> None:
    read = frame("The night guard forgot to lock the side gate.")
    assert read.lemma == "lock" and read.negated


def test_a_part_of_a_group_is_headed_by_the_group() -> None:
    assert head(span("None of the hikers")) == head(span("One of the hikers"))
    assert head(span("Two of the guards")) != head(span("Two of the hikers"))
    assert head(span("the loss of her brother")) == head(span("the loss"))


def test_none_of_them_against_one_of_them_is_a_negation() -> None:
    found = compare_pair(
        statement("None of the hikers was hurt, the rangers said."),
        statement("One of the hikers was hurt after slipping on a scree slope."),
    )
    assert found is not None and found.conflict == "negation"


def test_not_only_affirms() -> None:
    read = frame("The coastguard not only reached the yacht but towed it to port.")
    assert read.lemma == "reach" and not read.negated


def test_nothing_in_a_phrase_is_a_denied_subject_either_way() -> None:
    lower = frame("Indeed, nothing in the contract obliges the club to pay the fee.")
    upper = frame("Nothing in the contract obliges the club to pay the fee.")
    assert lower.negated and upper.negated


def test_no_plans_to_denies_the_planned_act() -> None:
    read = frame("The mill owners have no plans to close the plant at Ardle.")
    assert read.lemma == "close" and read.negated
    kept = frame("The council has plans for the library site.")
    assert kept.lemma == "have" and not kept.negated


def test_no_plans_against_the_act_is_a_negation() -> None:
    found = compare_pair(
        statement("The mill owners said they had no plans to close the plant."),
        statement("The mill owners said they would close the plant next spring."),
    )
    assert found is not None and found.conflict == "negation"
