"""A negator governs the words of its own clause only: the speaker named after a
quotation is not denied with it (unpair._negation_reading). Sentences written here."""

from __future__ import annotations

from compare import Verdict, compare_texts
from compare.align.quote_statements import as_statement
from compare.align.unpair import _negation_reading, unpairs
from compare.extract import Quote, Statement, extract_claims
from compare.ingest import Source


def test_the_speaker_after_a_quotation_is_not_denied() -> None:
    _, denied = _negation_reading('"We will not sail this year," Orlova told the council.')
    assert "sail" in denied
    assert "orlova" not in denied and "told" not in denied


def test_a_denial_within_one_clause_still_counts() -> None:
    _, denied = _negation_reading("The council did not approve the harbour plan.")
    assert any(w.startswith("approv") for w in denied)


def test_a_comma_is_no_edge_of_a_denial() -> None:
    # an aside or a list after the negator is still denied with it
    _, aside = _negation_reading("The police did not, however, arrest anyone at the pier.")
    assert any(w.startswith("arrest") for w in aside)
    _, listed = _negation_reading("Officers did not arrest, charge or question the driver.")
    assert {"arrest", "charge", "question"} <= listed


def test_a_saying_told_both_ways_with_one_denial_each_is_not_unpaired() -> None:
    a = '"Children on the island are growing up without learning to sail," Orlova told the council.'
    b = "Mayor Anna Orlova said children on the island were growing up without learning to sail."
    quotes = [c for c in extract_claims(Source.from_text(a, id="a")) if isinstance(c, Quote)]
    second = [c for c in extract_claims(Source.from_text(b, id="b")) if isinstance(c, Statement)]
    assert quotes and second
    assert unpairs(as_statement(quotes[0]), second[0]) != "negated on one side"


def test_a_denial_on_one_side_only_still_unpairs() -> None:
    a = "Mayor Anna Orlova said the ferry would not sail on Sunday."
    b = "Mayor Anna Orlova said the ferry would sail on Sunday."
    first = [c for c in extract_claims(Source.from_text(a, id="a")) if isinstance(c, Statement)]
    second = [c for c in extract_claims(Source.from_text(b, id="b")) if isinstance(c, Statement)]
    assert unpairs(first[0], second[0]) == "negated on one side"


def test_the_quote_and_its_report_agree() -> None:
    a = (
        "The island council voted to build a sailing school. "
        '"Children on the island are growing up without learning to sail," Orlova told the '
        "council."
    )
    b = (
        "A sailing school will be built on the island. Mayor Anna Orlova said children on the "
        "island were growing up without learning to sail, and that the school would change it."
    )
    comparison = compare_texts({"a": a, "b": b})
    assert any(
        al.verdict == Verdict.AGREE
        and any("growing up" in m.sentence and m.source == "a" for m in al.members)
        and any("growing up" in m.sentence and m.source == "b" for m in al.members)
        for al in comparison.alignments
    )
