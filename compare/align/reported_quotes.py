"""A quotation in one source and the same speaker's reported speech in another.

One outlet quotes a speaker ('"This is a hard deal for us, but a farm without
hands grows nothing," Ezeala said'), another reports the saying in its own words
("Ezeala said afterwards that the deal was hard on the firm but that no farm could
grow anything without its workers"). quote_statements.py asks each side to cover
half of the other, since without a speaker in common only what was said ties the
two; reported speech drops words, adds the reporter's ("afterwards", "the firm")
and shifts tense and person, so a told quote often covers less. Here the speaker
stands in for the missing words: the statement's own reporting verb must credit
the person the quote's attribution names, which the quote's extraction has resolved
through its article ("he said" after "Chief executive Ada Ezeala"): named before the
statement's first verb of saying, as its subject ("Their coach, Ada Ezeala, said",
"Ezeala admitted afterwards that"), a bare "He"/"She" opening the sentence when the
article's sentence before names the speaker, or read by attributions.attributed
("..., Ezeala said", "said Ezeala", "according to Ezeala"); never a name after a verb
led by "that" or "which" ("reports that said Ezeala would return" credit the
reports). Then

- the quoted words alone are scored against the reported sentence with its
  attribution left out, by the statement model under
  its own cover floor and threshold; the shifts of reported speech (will/would,
  we/they, I/he) are function words the model does not weigh;
- each is the other's best such pair among that speaker's quotes and reported
  sayings in the two articles: a speaker quoted twice is never matched on the
  weaker of two sayings;
- a denial on one side only, another quotation in the statement, and anything
  that unpairs a loose pair (unpair.unpairs: two figures, days, places, opposite
  words) set them apart.

A speaker quoted in one sentence only of one article and reported in one sentence
only of the other needs no score: the two are that person's one saying in each
article, however far the reporter's words stray from the quoted ones ('"I never saw
the dog," he said' / "The rider told the inquiry he had not noticed the animal"), when
two of the quote's uncommon words are told again in the reported clause, by stem,
WordNet synonym or derivational family (TOLD_ALIKE): a speaker's one quote and one
reported saying are often two things said. Such a lone pair is known by the
surname the quote's attribution ends with, credited by the statement as above, the
statement holding no quotation mark; it scores under every scored pair
(LONE_SCORE) and passes the same tests of a denial, another quotation and
unpairing.

The reported saying is looked for among every body statement, also one a statement
matcher has already paired (the spec's `paired_statements`): a saying names its
speaker and title, which tie it to another sentence of that speaker in the other
article ("Head librarian Lena Hartwig urged readers to return overdue books" / "Head
librarian Lena Hartwig said every book returned would help"), and that pair, made
first, would leave the quote nothing to meet. The quote itself must still be unpaired.

The quote is looked for in every body sentence, also one that holds a statement of
its own ('"We lost nearly every blossom," said Dascalu, whose family has farmed the
valley since 1951'): quote_statements.py lets such a sentence's statement stand for
the quote, but the statement matchers pair it by its words, without the speaker
that ties it to a reported saying. When a statement matcher has already shown the
two sentences agreeing, the pair is not shown twice (the spec's `agreed_once`).

The statement judge then reads the two sentences (quote_statements.judge_pair),
and only an agreement is kept (a pairing across kinds never makes a discrepancy),
so a negation or an opposite inside the reported clause is never shown with a ✓.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from compare.align.actor_names import names
from compare.align.attributions import attributed
from compare.align.derivations import families
from compare.align.frequencies import information
from compare.align.mutual_best import INDEXED
from compare.align.prefix_denials import prefix_denied
from compare.align.quote_statements import as_statement, longest_quotes
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.align.statements import StatementScorer, different_quotations, quotations
from compare.align.synonyms import senses
from compare.align.unpair import unpairs
from compare.align.words import STOPWORDS, has_negator, stem, words
from compare.extract.claims import Claim, Quote, Role, Statement
from compare.ingest import HEADLINE


def reported_quote_pairs(
    claims: Sequence[Claim], options: Options, sentences: SentenceClaims
) -> list[tuple[float, int, int]]:
    """Scored (quote, statement) pairs among `claims` (those nothing paired yet): a
    quote and its speaker's reported saying in another source that tell one thing."""
    quotes = [i for i in said_sentences(claims) if _speaker(claims[i])]
    # every body statement, whoever it credits: the word model's weights are read over
    # all their sayings (pairs are kept to the quote's speaker below)
    statements = [
        i for i, c in enumerate(claims) if isinstance(c, Statement) and c.block != HEADLINE
    ]
    if not quotes or not statements:
        return []
    # who each statement credits and what it says besides, read once per statement
    reported = {i: _reported(claims[i], sentences) for i in statements}
    # how each quote's article describes its speaker ("Judge Lena Hartwig"): a report
    # crediting "the judge" credits her
    roles = [c for c in sentences.claims() if isinstance(c, Role)]
    described = {qi: _described(claims[qi], roles) for qi in quotes}
    # names left out: the speaker's own names and places tie any two of their sayings
    # ("ticket prices on the Quay Lane ferry" / "the Quay Lane terminal will shut"),
    # so what was said must match in its common words
    scorer = StatementScorer(
        [_unnamed(claims[i].text) for i in quotes] + [_unnamed(reported[i][1]) for i in statements]
    )
    scored: list[tuple[float, int, int]] = []
    lone: list[tuple[float, int, int]] = []  # (score, quote, statement) of lone sayings
    # (words told alike, quote, statement) of a speaker quoted or reported more than once
    kindred: list[tuple[int, int, int]] = []
    # how much of each kindred candidate's report the quote tells, read once: the
    # denial check below asks it again of the pairs kept
    shares: dict[tuple[int, int], float] = {}
    for q, qi in enumerate(quotes):
        quote = claims[qi]
        assert isinstance(quote, Quote)
        speaker = _speaker(quote)
        for s, si in enumerate(statements):
            statement = claims[si]
            if statement.source == quote.source:
                continue
            if not (speaker | described[qi]) & reported[si][0]:
                continue  # reported speech of another speaker: no evidence of one saying
            if not speaker & reported[si][0] and _described_otherwise(
                statement.source, speaker, reported[si][0], roles
            ):
                continue  # "the judge" of the report's article is someone else
            score = scorer.score(q, len(quotes) + s)
            if score < options.statement_threshold:
                told = told_alike(_unnamed(quote.text), _unnamed(reported[si][1]))
                if told >= TOLD_ALIKE:
                    if _lone_saying(quote, statement, quotes, statements, claims, reported):
                        lone.append((LONE_SCORE, qi, si))
                    else:
                        shares[(qi, si)] = told_clauses_share(
                            _unnamed(reported[si][1]), _unnamed(quote.text)
                        )
                        if shares[(qi, si)] >= KINDRED_SHARE:
                            kindred.append((told, qi, si))
                continue
            scored.append((score, qi, si))
    pairs = []
    for score, qi, si in scored:
        # each the other's best: no stronger pair holds either side
        if any(other > score and (q == qi or s == si) for other, q, s in scored):
            continue
        quote, statement = claims[qi], claims[si]
        assert isinstance(quote, Quote)
        if _apart(quote, statement, reported[si][1], sentences, clauses=False):
            continue
        pairs.append((score, qi, si))
    lone += [(LONE_SCORE, qi, si) for qi, si in mutually_most_alike(kindred)]
    for score, qi, si in lone:
        quote, statement = claims[qi], claims[si]
        assert isinstance(quote, Quote)
        said = reported[si][1]
        # a denial is read in the told clauses only when the report keeps to the quote
        share = shares.get((qi, si))
        if share is None:
            share = told_clauses_share(_unnamed(said), _unnamed(quote.text))
        close = share >= KINDRED_SHARE
        if _apart(quote, statement, said, sentences, clauses=close):
            continue
        pairs.append((score, qi, si))
    return pairs


def said_sentences(claims: Sequence[Claim]) -> list[int]:
    """One quote per sentence, its longest, also in a sentence that holds a statement."""
    return longest_quotes(claims)


# Under every scored pair: a lone saying takes no quote or statement a scored pair wants.
LONE_SCORE = 0.01


def _lone_saying(
    quote: Quote,
    statement: Claim,
    quotes: Sequence[int],
    statements: Sequence[int],
    claims: Sequence[Claim],
    reported: Mapping[int, tuple[frozenset[str], str]],
) -> bool:
    """Is the quote its speaker's only quoted sentence in its article, and the
    statement the only one of its article that reports that speaker's saying? One
    person quoted once by one outlet and reported once by the other is telling one
    saying twice, however far the reporter's words stray from the quoted ones ('"I
    never saw the dog," he said' / "The rider told the inquiry he had not noticed the
    animal"). The speaker is known by the surname the quote's attribution ends with."""
    surname = _surname(quote)
    if not surname:
        return False
    spoken = [
        i for i in quotes if claims[i].source == quote.source and _surname(claims[i]) == surname
    ]
    told = [
        i for i in statements if claims[i].source == statement.source and surname in reported[i][0]
    ]
    return len(spoken) == 1 and len(told) == 1 and not _QUOTE_MARKS.search(statement.sentence)


# A statement holding a quotation mark quotes someone itself, or opens inside another
# outlet's quotation ('She was steadier," said her sister'): no reported saying.
_QUOTE_MARKS = re.compile('["\u201c\u201d]')
# Uncommon words of the quote told again in the reported clause (names left out, as
# for the scorer: a speaker's own places tie any two of their sayings), by their stem, a
# WordNet synonym or a word of their family: what ties a lone pair to one saying. On
# the read sets one such word was as often two sayings as one ("game", "water",
# "lost"); two were one saying in all but one of the pairs no key names.
TOLD_ALIKE = 2


def told_alike(quoted: str, said: str) -> int:
    """How many of the quote's uncommon words the reported clause tells again."""
    told = _told_keys(said)
    alike = {
        w for w in _content(quoted) if information(stem(w)) >= INDEXED and _word_keys(w) & told
    }
    return len(alike)


# Where a saying's clauses part: a comma, semicolon, colon or dash, or a conjunction
# opening a clause of its own.
_CLAUSE_END = re.compile(r"[,;:\u2013\u2014]+|\s(?=(?:and|but|while|because|although)\s)")


def told_part(saying: str, other: str) -> str:
    """The clauses of `saying` that tell one of `other`'s uncommon words again (by
    stem, WordNet synonym or derivational family); the whole saying when none or
    all do. A reporter tells part of a quotation ('"Every book you bring back now is
    a book a child can borrow this winter, and nobody can tell us when the new branch
    will open"' / "said every book brought back now would be a book a child could
    borrow this winter"): a denial in a clause the other side never tells is no
    denial of what both say, while one in a told clause still is."""
    told = _told_keys(other)
    clauses = [c for c in _CLAUSE_END.split(saying) if c.strip()]
    kept = [
        c
        for c in clauses
        if any(information(stem(w)) >= INDEXED and _word_keys(w) & told for w in _content(c))
    ]
    return " ".join(kept) if kept else saying


def _denies(text: str) -> bool:
    """A negator in the text, "cannot" too ("a village cannot win"), or a word
    WordNet gives as the opposite of itself without its prefix: a reporter tells
    "I could not sleep that night" as "he had been unable to sleep that night"."""
    return has_negator(text) or any(w == "cannot" or prefix_denied(w) for w in words(text))


# Of a speaker quoted or reported more than once, the share of the reported clause's
# uncommon words the quote must tell: a reporter's summary of one saying keeps to it,
# while another saying of the same speaker shares a word or two of the topic only
# ("Szabadi is best known for her duets with her sister" / "a critic says Szabadi got
# the role because her duets sell out").
KINDRED_SHARE = 0.5


def told_share(said: str, quoted: str) -> float:
    """The share of the reported clause's uncommon words the quote tells again (by
    stem, WordNet synonym or derivational family); 0 for a clause without any."""
    told = _told_keys(quoted)
    uncommon = [w for w in _content(said) if information(stem(w)) >= INDEXED]
    if not uncommon:
        return 0.0
    return sum(1 for w in uncommon if _word_keys(w) & told) / len(uncommon)


def told_clauses_share(said: str, quoted: str) -> float:
    """`told_share` over the clauses of the reported saying that tell the quote's
    words again (`told_part`): a reporter often joins two of a speaker's sayings in
    one sentence ("said the side had dominated but let the lead slip, and that the
    manager would stay"), and the clause telling another saying is no part
    of what the quote must tell."""
    return told_share(told_part(said, quoted), quoted)


def mutually_most_alike(kindred: Sequence[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """The (quote, statement) pairs of `kindred` ((words told alike, quote, statement),
    one speaker's on each) where each tells more of the other's words again than of
    any other saying of that speaker, no tie: a speaker quoted or reported more than
    once, told by two outlets, is paired saying by saying, each with the one the other
    outlet's words follow most, as the lone saying is with its only partner."""
    most_q: dict[int, list[int]] = {}
    most_s: dict[int, list[int]] = {}
    for told, qi, si in kindred:
        for best, key in ((most_q, qi), (most_s, si)):
            known = best.get(key)
            if known is None or told > known[0]:
                best[key] = [told, 1]
            elif told == known[0]:
                known[1] += 1
    return [
        (qi, si) for told, qi, si in kindred if most_q[qi] == [told, 1] and most_s[si] == [told, 1]
    ]


def _told_keys(text: str) -> set[str]:
    """Every key (stem, WordNet synonym, derivational family) of the text's content
    words: what another text's word must meet to be told again."""
    return set().union(*(_word_keys(w) for w in _content(text)))


def _content(text: str) -> set[str]:
    return {w for w in (x.lower() for x in words(text)) if w.isalpha() and w not in STOPWORDS}


def _word_keys(word: str) -> frozenset[str]:
    """A word's stem, its WordNet sense groups and its derivational families."""
    return frozenset({f"t:{stem(word)}", *senses(word), *families(word)})


def _surname(claim: Claim) -> str:
    """The last word of a quote's named speaker, lower case; "" for none."""
    if not isinstance(claim, Quote):
        return ""
    found = [w for w in re.findall(r"[\w'’.-]+", claim.speaker or "") if w[:1].isupper()]
    if not found:
        return ""
    last = found[-1].lower().removesuffix("'s").removesuffix("\u2019s").rstrip(".")
    return last if last in names(claim.speaker or "") else ""


# Verbs that report what someone said, in news copy's past tense: the ones
# attributions.py reads, and those that tell the saying with the reporter's view of
# it ("admitted", "promised", "complained"); and a saying told beside a deed
# ("praised the lifeguards, saying they had been overstretched").
_SAYING = re.compile(
    r"\b(?:said|told|added|stated|announced|confirmed|explained|noted|insisted|warned|wrote"
    r"|argued|acknowledged|stressed|admitted|conceded|promised|pledged|complained|urged"
    r"|maintained|recalled|predicted|cautioned|(?<=, )saying)\b"
    r"(?:\s+(?:afterwards|later|on\s+\w+day))?(?:\s+that\b)?"
)
# "He", "She", or one with an adverb of the telling: "She also said", "He later told"
# an adverb between a subject and its verb of saying ("She also said", "The judge
# later told"): not part of the subject
_ADVERB = r"(?:\s+(?:also|later|then|again|further|afterwards))?"
_PRONOUN = re.compile(rf"(?:He|She){_ADVERB}\s*$")
# a capitalised word after another word: a name (the first word of a text is
# capitalised whatever it is)
_NAMED = re.compile(r"(?<=\S)(\s+)[A-Z][\w'’.-]*")
# "reports that said ...", "a statement which told ...": the relative pronoun is the
# verb's subject
_RELATIVE_END = re.compile(r"\b(?:that|which)\s*$")
_RELATIVE_SAYING = re.compile(
    r"\b(?:that|which)\s+(?:said|says|told|stated|claimed|reported)\s+(?P<who>[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*)*)"
)


def _reported(statement: Claim, sentences: SentenceClaims) -> tuple[frozenset[str], str]:
    """Who the statement's reporting verb credits, and what is said besides.

    The speaker is named before the sentence's first verb of saying, as its subject
    ("Their coach, Lena Hartwig, said", "The driver, 58-year-old Tom Pell, told the
    court"), or is a bare "He" or "She" there, read as the person the article's
    sentence before names (a pronoun opening a sentence refers back to the last
    one), or is found by attributions.attributed ("the line would reopen, Hartwig
    said", "said Lena Hartwig", "according to Lena Hartwig"). A name after a saying
    verb whose subject is a relative pronoun is what was said, not who said it:
    "reports that said Lena Hartwig would resign" credit the reports."""
    text = statement.sentence
    found = attributed(text)
    told = frozenset(found.speakers) - _relative_objects(text)
    match = _SAYING.search(text)
    if match is None or match.start() == 0:
        return told, found.said
    opening = text[: match.start()].strip().rstrip(",")
    if _RELATIVE_END.search(opening):
        return told, found.said
    who = frozenset(names(opening))
    if not who and _PRONOUN.fullmatch(opening):
        who = frozenset(
            names(sentences.sentence_before(statement.source, statement.sentence_start))
        )
    if not who:
        described = _DESCRIBED.fullmatch(opening)
        if described is None:
            return told, found.said
        who = frozenset({_ROLE + stem(described.group("head").lower())})
    return told | who, text[match.end() :]


# A speaker told by a description alone ("The judge said", "Its spokesman told
# residents"): credited as the head noun, which the quote's article gives the
# speaker as a title ("Judge Atsushi Morinaga") or a role ("Neil Waddell, a spokesman
# for the federation"); role claims, compare.extract.
_DESCRIBED = re.compile(
    r"(?:The|the|Its|its|His|his|Her|her|Their|their)(?:\s+[a-z][\w'’-]*){0,2}?"
    rf"\s+(?P<head>[a-z][a-z-]+){_ADVERB}"
)
_ROLE = "role:"


def _described(quote: Claim, roles: Sequence[Role]) -> frozenset[str]:
    """The words (as `_ROLE` keys) the quote's article describes its speaker with."""
    speaker = _speaker(quote)
    if not speaker:
        return frozenset()
    return frozenset(
        _ROLE + stem(w)
        for r in roles
        if r.source == quote.source and names(r.person) & speaker
        for w in words(r.role)
        if w.isalpha() and w not in STOPWORDS
    )


def _described_otherwise(
    source: str, speaker: frozenset[str], credited: frozenset[str], roles: Sequence[Role]
) -> bool:
    """Does the report's own article give a credited description to someone whose
    names are not the speaker's ("the judge" of that article is another judge)?"""
    keys = {k for k in credited if k.startswith(_ROLE)}
    return any(
        r.source == source
        and not names(r.person) & speaker
        and keys & {_ROLE + stem(w) for w in words(r.role) if w.isalpha()}
        for r in roles
    )


def _unnamed(text: str) -> str:
    """The text without its capitalised words past the first (names, mostly)."""
    return _NAMED.sub("", text)


def _relative_objects(text: str) -> frozenset[str]:
    """The names right after a verb of saying led by "that"/"which"."""
    found: set[str] = set()
    for match in _RELATIVE_SAYING.finditer(text):
        found |= names(match.group("who"))
    return frozenset(found)


def _speaker(claim: Claim) -> frozenset[str]:
    """The names of the quote's speaker, when it has one."""
    if not isinstance(claim, Quote):
        return frozenset()
    return frozenset(names(claim.speaker or ""))


def _apart(
    quote: Quote, statement: Claim, said: str, sentences: SentenceClaims, *, clauses: bool = True
) -> bool:
    """Why a quote and a reported saying of its speaker (`said`: what the statement
    says besides its attribution) are no pair (see the module). With `clauses` (a
    speaker's saying paired by the words told again, not by the model's score), a
    denial counts in the clauses the other side tells only (`told_part`)."""
    if clauses:
        # "cannot" read as a denial too: the told clauses pair sayings the scored
        # path would not
        denied = _denies(told_part(quote.text, said)) != _denies(told_part(said, quote.text))
    else:
        denied = has_negator(quote.text) != has_negator(said)
    if denied:
        # a denial on one side only: "he did not say that ..." or the saying turned
        # round; across kinds, only an agreement could be shown, so no pair
        return True
    text = statement.sentence
    quoted = quotations(text)
    if quoted and different_quotations(quote.sentence, quotations(quote.sentence), text, quoted):
        return True
    return bool(unpairs(as_statement(quote), statement, sentences))
