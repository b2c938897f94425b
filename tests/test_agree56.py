"""Stop 56's agreements: a speaker's saying retold in the reporter's own words meets
its quote though the report tells a third of its words only (KINDRED_SHARE)."""

from __future__ import annotations

from compare.align import AGREE, compare_texts
from compare.align.reported_quotes import (
    KINDRED_SHARE,
    TOLD_ALIKE,
    told_alike,
    told_clauses_share,
)
from compare.extract import Quote, Statement

QUOTED = (
    "Coach Rami Haddad led Kestrel Town to the cup on Saturday. "
    '"Our supporters sang through every minute, even when we were two goals down," Haddad said. '
    "The trophy will be shown at the town hall on Monday. "
    '"Next season I want a bigger squad and a proper training ground," Haddad said.'
)
REPORTED = (
    "Kestrel Town won the cup on Saturday. "
    "Haddad said the fans had kept singing for the whole match, even while his side trailed "
    "by two goals. "
    "The cup goes on show at the town hall on Monday. "
    "Haddad added that the club needed more players and better training facilities next season."
)


def test_a_saying_retold_in_other_words_reaches_the_kindred_share() -> None:
    quote = "Our supporters sang through every minute, even when we were two goals down,"
    said = (
        "the fans had kept singing for the whole match, even while his side trailed by two goals."
    )
    assert told_alike(quote, said) >= TOLD_ALIKE
    # a third of the report's uncommon words told again: under the half asked before
    assert KINDRED_SHARE <= told_clauses_share(said, quote) < 0.5


def test_the_retold_saying_agrees_with_its_quote_and_the_other_saying_stays_apart() -> None:
    comparison = compare_texts({"a": QUOTED, "b": REPORTED})
    mixed = [
        (m.text for m in x.members)
        for x in comparison.alignments
        if {type(m) for m in x.members} == {Quote, Statement} and x.verdict == AGREE
    ]
    texts = [" ".join(t) for t in mixed]
    assert any("sang through every minute" in t and "kept singing" in t for t in texts)
    assert not any("sang through every minute" in t and "more players" in t for t in texts)
