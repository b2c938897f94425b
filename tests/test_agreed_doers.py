"""One deed credited to two parties in a pair the judges agree on
(compare/align/agreed_doers.py)."""

from __future__ import annotations

from conftest import verdicts_of

from compare import Conflict, Verdict
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.align.statement_judge import judge_statements_in_context
from compare.extract import Claim, extract_claims
from compare.ingest import Source

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


def _statements(a: str, b: str) -> list[Claim]:
    """The first statement of each text, as sources "a" and "b"."""
    found = []
    for source, text in (("a", a), ("b", b)):
        claims = extract_claims(Source.from_text(text, id=source))
        found.append(next(c for c in claims if c.kind == "statement"))
    return found


def test_the_statement_judge_itself_tells_the_actor_conflict() -> None:
    # The verdict is the judge's: the report, check and JSON read it, nothing in
    # the alignment loop re-judges a statement pair afterwards.
    members = _statements(*PAID_APART)
    with_texts = SentenceClaims.index(members, texts=dict(zip("ab", PAID_APART, strict=True)))
    judged = judge_statements_in_context(members, Options(), with_texts)
    assert (judged.verdict, judged.conflict) == (Verdict.DIFFER, Conflict.ACTOR)
    assert judged.title  # the two doers, in words
    # without the articles' texts the judge cannot tell the other doer is never
    # spoken of: it claims no conflict
    without = judge_statements_in_context(members, Options(), SentenceClaims.index(members))
    assert without.conflict is not Conflict.ACTOR


def test_the_statement_judge_leaves_a_contrary_slot_unchecked() -> None:
    # the other article speaks of soldiers elsewhere: no actor conflict, and the
    # two kinds of people credited with one deed leave the pair without a ✓
    texts = {"a": CARRIED_APART[0], "b": CARRIED_APART[1] + " Soldiers handed out water."}
    members = _statements(texts["a"], texts["b"])
    judged = judge_statements_in_context(
        members, Options(), SentenceClaims.index(members, texts=texts)
    )
    assert (judged.verdict, judged.unchecked) == (Verdict.AGREE, True)
