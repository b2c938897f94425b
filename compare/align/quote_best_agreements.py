"""A quotation in one source and a statement in another, each the other's closest:
shown only when the statement judge finds they agree.

quote_statements.py pairs a quote with a statement only when the statement model
scores them past its threshold and each covers half of the other: a quotation told
again in indirect speech with a word or two changed ('"We were not good enough with
the bat," the captain said' / "the captain admitted the batting had not been good
enough") falls under it. What stands in for the missing words is what
best_agreements.py reads for two statements: among every statement and every
quotation's sentence of the two articles, each is the other's closest
(mutual_best.py), and none of the tests a mutual-best statement pair must pass
(best_agreements.best_agreement_pairs: a shared word that is no name nor the
topic's own, or a figure; the model's cover floor; unpair.unpairs) sets them apart.
The quote's speaker, when named, must not be someone else than the statement names
(quote_statements' rule), and a denial on one side only parts them, wherever it
falls. Across kinds only an agreement is shown (CrossKindSpec).
"""

from __future__ import annotations

from collections.abc import Sequence

from compare.align.actor_names import names
from compare.align.best_agreements import best_agreement_pairs, body_statement
from compare.align.quote_statements import as_statement, quote_sentences
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.align.words import has_negator
from compare.extract.claims import Claim, Quote


def quote_best_pairs(
    claims: Sequence[Claim], options: Options, sentences: SentenceClaims
) -> list[tuple[float, int, int]]:
    """Scored (quote, statement) pairs among `claims` (those nothing paired yet),
    each the other's closest among every statement and quote sentence there is."""
    every = sentences.claims()
    quotes = [
        q for q in (every[k] for k in quote_sentences(every, sentences)) if isinstance(q, Quote)
    ]
    statements = [c for c in every if body_statement(c)]
    if not quotes or not statements:
        return []
    told = [as_statement(q) for q in quotes] + statements
    free = {id(c): i for i, c in enumerate(claims)}

    def wanted(x: int, y: int) -> bool:
        # a quote and a statement (two statements are best_agreements' own), both
        # free (not paired by another matcher)
        return (
            (x < len(quotes)) != (y < len(quotes))
            and id(told_claim(x)) in free
            and id(told_claim(y)) in free
        )

    def told_claim(k: int) -> Claim:
        return quotes[k] if k < len(quotes) else statements[k - len(quotes)]

    pairs = []
    for score, x, y in best_agreement_pairs(told, options, sentences, wanted=wanted):
        q, s = (x, y) if x < len(quotes) else (y, x)
        quote, statement = quotes[q], statements[s - len(quotes)]
        if _another_speaker(quote, statement):
            continue
        if has_negator(quote.sentence) != has_negator(statement.sentence):
            # "She did not warn that ..." against the warning quoted: a denial on one
            # side only may fall on the saying itself, which unpair's governed words
            # do not reach; across kinds, where only the closeness ties the two, no pair
            continue
        pairs.append((score, free[id(quote)], free[id(statement)]))
    return pairs


def _another_speaker(quote: Quote, statement: Claim) -> bool:
    """The quote's speaker is named, and the statement names someone the quote's
    sentence does not, and not the speaker ("Okoro said" / "Lind said")."""
    speaker = names(quote.speaker or "")
    named = names(statement.sentence)
    return bool(speaker) and not speaker & named and bool(named - names(quote.sentence))
