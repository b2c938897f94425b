"""Currencies however an outlet writes them (extract.currencies): an ISO 4217 code, a
name or a sign name one family and the codes it may be; two sums of one family whose
codes cannot meet are two currencies, no conflict. Sentences written here, in
domains of their own."""

from __future__ import annotations

from compare import Verdict, compare_texts
from compare.align.number_judge import judge_pair
from compare.align.numbers import unit_key
from compare.extract import extract_claims
from compare.extract.claims import Number
from compare.extract.currencies import currency, named_currency, one_currency
from compare.extract.numbers import find_quantities
from compare.ingest import Source

PUBLISHED = "---\npublished: 2025-03-14\n---\n\n"


def _written(text: str) -> list[tuple[float, str | None, str]]:
    return [(q.value, q.unit, q.form) for q in find_quantities(text, 0, len(text))]


def _numbers(text: str, source: str = "a") -> list[Number]:
    claims = extract_claims(Source.from_text(PUBLISHED + text, id=source))
    return [c for c in claims if isinstance(c, Number)]


def test_a_name_a_code_and_a_sign_name_one_family() -> None:
    kronor, sek = currency("kronor"), currency("SEK")
    assert kronor is not None and sek is not None
    assert kronor.family == sek.family == "krona"
    assert one_currency(kronor, sek)
    dollar, nzd = currency("$"), currency("NZ$")
    assert dollar is not None and nzd is not None and one_currency(dollar, nzd)


def test_two_countries_dollars_are_two_currencies() -> None:
    usd, aud = currency("US$"), currency("A$")
    assert usd is not None and aud is not None
    assert usd.family == aud.family and not one_currency(usd, aud)


def test_a_name_that_is_a_verb_or_adjective_is_no_currency_after_a_figure() -> None:
    assert named_currency("Norwegian kroner") == "Norwegian kroner"
    assert named_currency("rupees") == "rupees"
    assert named_currency("won") is None
    assert named_currency("real") is None
    assert named_currency("pounds") is None  # a weight too: numbers._sterling decides


def test_a_code_before_a_sum_is_read_as_money() -> None:
    assert _written("The dealer paid SEK 45,000 for the violin.") == [(45000.0, "SEK", "money")]
    assert _written("Tickets raised KES 2 million for the clinic.") == [(2000000.0, "KES", "money")]


def test_a_code_before_a_small_bare_number_is_no_sum() -> None:
    assert _written("Delegates at COP 29 met again.") == []
    assert all(form != "money" for _, _, form in _written("The PHP 8 release sped up the site."))


def test_a_name_and_a_code_of_one_currency_share_a_unit_key() -> None:
    (named,) = _numbers("The violin sold for 45,000 kronor at the spring sale.")
    (coded,) = _numbers("The violin fetched SEK 60,000 at the spring sale.", "b")
    assert unit_key(named) == unit_key(coded) == "money:krona"


def test_sums_in_two_countries_dollars_are_not_judged() -> None:
    (us,) = _numbers("The orchard sold for US$4.4 million at the spring sale.")
    (nz,) = _numbers("The orchard sold for NZ$7.3 million at the spring sale.", "b")
    judgement = judge_pair(us, nz)
    assert judgement.verdict == Verdict.AGREE and judgement.unchecked


def test_a_fine_named_in_kronor_and_in_sek_is_a_figure_conflict() -> None:
    a = (
        "Gothenburg District Court found the ferry operator Kattegat Line negligent "
        "and fined it 250,000 kronor."
    )
    b = (
        "Gothenburg District Court ordered Kattegat Line to pay a fine of SEK 400,000 "
        "over the collision."
    )
    comparison = compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})
    found = [al for al in comparison.alignments if al.conflict is not None]
    assert found and {al.conflict.value for al in found if al.conflict is not None} == {"figure"}


def test_a_short_form_of_the_family_noun_stands_for_every_currency_of_it() -> None:
    rs, rupee_sign = currency("Rs"), currency("₹")
    assert rs is not None and rupee_sign is not None and one_currency(rs, rupee_sign)
    (short,) = _numbers("The metro extension will cost Rs 420 crore, the state said.")
    (sign,) = _numbers("The state put the metro extension's cost at ₹420 crore.", "b")
    judgement = judge_pair(short, sign)
    assert judgement.verdict == Verdict.AGREE and not judgement.unchecked
    usd, aud = currency("US$"), currency("A$")
    assert usd is not None and aud is not None and not one_currency(usd, aud)
