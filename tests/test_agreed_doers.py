"""One deed credited to two parties in a pair the judges agree on
(compare/align/agreed_doers.py)."""

from __future__ import annotations

from conftest import verdicts_of

from compare import Conflict, Verdict

# the same deed, each outlet naming another party as its doer, with other verbs
PAID_APART = (
    "Loomcraft will finance the training of 250 new weavers, the firm said.",
    "The training of 250 new weavers will be funded by the regional government, officials said.",
)
CARRIED_APART = (
    "Soldiers evacuated the 60 patients of the district's care home by truck.",
    "At the care home, volunteer firefighters carried all 60 patients out to safety.",
)
# the same party told twice: no discrepancy
ONE_PARTY = (
    "Loomcraft will finance the training of 250 new weavers, the firm said.",
    "The training of 250 new weavers will be funded by Loomcraft, officials said.",
)


def test_two_parties_for_one_deed_are_no_agreement() -> None:
    for a, b in (PAID_APART, CARRIED_APART):
        assert (Verdict.AGREE, None) not in verdicts_of(a, b)


def test_two_parties_untied_are_an_actor_conflict() -> None:
    assert (Verdict.DIFFER, Conflict.ACTOR) in verdicts_of(*PAID_APART)


def test_the_doer_named_in_the_other_article_is_no_conflict() -> None:
    # the other article speaks of the firm elsewhere: it may tell the firm's part
    filler = "Loomcraft opened a new hall in the town last year. "
    found = verdicts_of(PAID_APART[0], PAID_APART[1], filler_b=filler)
    assert (Verdict.DIFFER, Conflict.ACTOR) not in found


def test_one_party_told_twice_still_agrees() -> None:
    assert (Verdict.DIFFER, Conflict.ACTOR) not in verdicts_of(*ONE_PARTY)


def test_kinds_the_other_article_speaks_of_lose_only_the_tick() -> None:
    # the other article speaks of soldiers elsewhere: no conflict is claimed, but
    # the two kinds of people credited with the deed are no agreement either
    filler = "Soldiers were seen handing out water in the square. "
    found = verdicts_of(CARRIED_APART[0], CARRIED_APART[1], filler_b=filler)
    assert (Verdict.DIFFER, Conflict.ACTOR) not in found
    assert (Verdict.AGREE, None) not in found


def test_a_count_of_people_is_no_doer() -> None:
    from compare.align.agreed_doers import _people

    assert _people("Some 800 residents") is None
    assert _people("Forty-two villagers") is None
    assert _people("the plant") is None  # a person only in a rare sense
    assert _people("keepers at the zoo") == "keeper"
