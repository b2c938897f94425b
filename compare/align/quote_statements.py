"""A quotation in one source, the same thing told as a statement in another.

One outlet quotes a speaker ('"The depot will close in May," Okoro said'), another
tells it in its own words or as indirect speech ("Okoro said the depot would close
in May"). The quote's sentence holds no Statement claim (it is mostly the quote)
and the other sentence no quotation, so neither kind's own matcher pairs them: on
MRPC's held-out fifths 86 paraphrases were lost so. Here the quote's whole sentence
is scored against the statement by the statement model (the shifts of reported
speech, "I"/"he", "will"/"would", are function words it does not weigh), and a
pair is proposed only when

- they share enough uncommon words to be a candidate of the word model, and it
  scores them past its threshold;
- the statement quotes nothing else (two quotations are the quote matcher's);
- the quote's speaker, when named, is named in the statement, or the statement
  names nobody the quote's sentence does not ("Okoro said" / "Lind said": two
  people, whatever the words);
- nothing in the two sentences unpairs them (unpair.unpairs: a negation on one
  side, two figures, days, times or places, opposite words).

The statement judge then reads the two sentences as statements (judge_pair), and
`align` keeps the pair only when it agrees: a pairing across kinds never makes a
discrepancy.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from compare.align.actor_names import names
from compare.align.model import Judgement
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.align.statement_judge import judge_statements_in_context
from compare.align.statements import (
    CANDIDATE_INFORMATION,
    INDEXED_INFORMATION,
    MODEL,
    StatementScorer,
    different_quotations,
    quotations,
)
from compare.align.unpair import unpairs
from compare.extract.claims import Claim, Quote, Statement
from compare.ingest import HEADLINE


def as_statement(quote: Quote) -> Statement:
    """The quote's whole sentence as a statement, for the statement model and judge."""
    return Statement(
        source=quote.source,
        text=quote.sentence,
        start=quote.sentence_start,
        end=quote.sentence_end,
        sentence=quote.sentence,
        sentence_start=quote.sentence_start,
        sentence_end=quote.sentence_end,
        line=quote.line,
        block=quote.block,
    )


def quote_statement_pairs(
    claims: Sequence[Claim], options: Options, sentences: SentenceClaims
) -> list[tuple[float, int, int]]:
    """Scored (quote, statement) pairs of different sources that tell one thing."""
    quotes = quote_sentences(claims, sentences)
    statements = [
        i for i, c in enumerate(claims) if isinstance(c, Statement) and c.block != HEADLINE
    ]
    if not quotes or not statements:
        return []
    rows = quotes + statements
    texts = [claims[i].sentence for i in quotes] + [claims[i].text for i in statements]
    scorer = StatementScorer(texts)
    # the quoted words alone in place of their sentences: what was said must be what
    # the statement tells, not only who said it and where (shared names weigh much)
    passages = StatementScorer([claims[i].text for i in quotes] + texts[len(quotes) :], like=scorer)
    # the quotes' uncommon words, to find the statements sharing enough of them
    index: dict[str, list[int]] = defaultdict(list)
    for q in range(len(quotes)):
        for term in scorer.terms[q]:
            if scorer.weight(term) >= INDEXED_INFORMATION:
                index[term].append(q)
    pairs = []
    for s in range(len(quotes), len(rows)):
        shared: defaultdict[int, float] = defaultdict(float)
        for term in scorer.terms[s]:
            for q in index.get(term, ()):
                shared[q] += scorer.weight(term)
        for q, total in shared.items():
            quote, statement = claims[rows[q]], claims[rows[s]]
            if total < CANDIDATE_INFORMATION or quote.source == statement.source:
                continue
            score = min(_score(scorer, q, s), _score(passages, q, s))
            if score < options.statement_threshold:
                continue
            assert isinstance(quote, Quote)
            if _apart(quote, statement, sentences):
                continue
            pairs.append((score, rows[q], rows[s]))
    return pairs


# Half of each side's weight covered by the other: a quotation told again shares most
# of what it says. The model alone pairs sentences that share a speaker and a place
# but say two things (on MRPC's tuning fifths the only two quote/statement pairs
# under this were no paraphrases).
MIN_COVER = 0.5


def _score(scorer: StatementScorer, i: int, j: int) -> float:
    """The model's probability, 0 when either side covers under MIN_COVER of the other."""
    if not scorer.covers(i, j, MIN_COVER):
        return 0.0
    features = scorer.features(i, j)
    if features is None or features["min_cover"] < MIN_COVER:
        return 0.0
    return MODEL.probability(features)


def quote_sentences(claims: Sequence[Claim], sentences: SentenceClaims) -> list[int]:
    """One quote per sentence that holds no statement (the sentence is mostly the
    quote): its longest."""
    return longest_quotes(claims, sentences)


def longest_quotes(
    claims: Sequence[Claim], without_statements: SentenceClaims | None = None
) -> list[int]:
    """One quote per body sentence, its longest; with `without_statements`, only in
    sentences that hold no statement of their own."""
    longest: dict[tuple[str, int], int] = {}
    for i, claim in enumerate(claims):
        if not isinstance(claim, Quote) or claim.block == HEADLINE:
            continue
        if without_statements is not None and any(
            isinstance(c, Statement) for c in without_statements.of(claim)
        ):
            continue  # the sentence's statement stands for it
        key = (claim.source, claim.sentence_start)
        known = longest.get(key)
        if known is None or len(claim.text) > len(claims[known].text):
            longest[key] = i
    return sorted(longest.values())


def _apart(quote: Quote, statement: Claim, sentences: SentenceClaims) -> bool:
    """Why the two are no pair, whatever their words share (see the module)."""
    text = statement.sentence
    quoted = quotations(text)
    if quoted and different_quotations(quote.sentence, quotations(quote.sentence), text, quoted):
        return True
    speaker = names(quote.speaker or "")
    named = names(text)
    if speaker and not speaker & named and named - names(quote.sentence):
        return True  # the statement names someone the quote's sentence does not
    return bool(unpairs(as_statement(quote), statement, sentences))


def judge_pair(members: Sequence[Claim], options: Options, sentences: SentenceClaims) -> Judgement:
    """The statement judge on the two sentences, the quote read as its sentence."""
    told = [as_statement(m) if isinstance(m, Quote) else m for m in members]
    return judge_statements_in_context(told, options, sentences)
