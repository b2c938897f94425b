"""Quote claims: spans from `quotes`, speakers resolved across the article."""

from __future__ import annotations

import re
from itertools import islice

import attrs

from compare.extract import lexicon as lx
from compare.extract.attribution.attributor import Attributor, Site
from compare.extract.attribution.datelines import dateline_end, dateline_places
from compare.extract.attribution.descriptions import Descriptions
from compare.extract.attribution.marks import QuoteSpan, quote_spans
from compare.extract.attribution.phrases import Attribution
from compare.extract.attribution.table import attribute
from compare.extract.claims import Quote, Span
from compare.extract.context import Context
from compare.extract.names import names_a_person
from compare.extract.roles import extract_roles

_WORDS = re.compile(r"\w+")


_TITLE_WORD = re.compile(r"[A-Za-z][\w'’\-]{3,}")


def _title_case_lines(text: str, blocks: list[tuple[int, int]]) -> tuple[str, set[int]]:
    """Headline-style blocks (most words capitalised) and the text with their
    capitalised speech verbs lowered, so that "Hollande Says Trump ‘Makes You
    Want To Retch’" reads like "... says ...". The text keeps its length: every
    offset still points at the same character."""
    chars: list[str] | None = None
    titled: set[int] = set()
    for index, (start, end) in enumerate(blocks):
        # (no more than 26 words are read: a longer block is no headline)
        words = list(islice(_TITLE_WORD.finditer(text, start, end), 26))
        if not 2 <= len(words) <= 25:
            continue
        capitalised = sum(1 for w in words if w.group(0)[0].isupper())
        if capitalised < 0.6 * len(words):
            continue
        titled.add(index)
        for word in words:
            lower = word.group(0).lower()
            if word.group(0)[0].isupper() and lower in lx.HEADLINE_VERBS:
                chars = chars if chars is not None else list(text)
                chars[word.start()] = lower[0]
    return ("".join(chars) if chars is not None else text), titled


def extract_quotes(ctx: Context) -> list[Quote]:
    shadow, titled = _title_case_lines(ctx.text, [(b.start, b.end) for b in ctx.source.blocks])
    blocks = [(b.start, b.end) for b in ctx.source.blocks]
    places = dateline_places(ctx.text, blocks, ctx.source.metadata.dateline)
    attributor = Attributor(shadow, ctx.people, places)
    descriptions = Descriptions(extract_roles(ctx))
    quotes: list[Quote] = []
    runs_on: list[bool] = []
    previous: Quote | None = None
    previous_block = -2
    previous_open = False  # the last quote ran on past its paragraph's end
    for index, block in enumerate(ctx.source.blocks):
        following = ctx.source.blocks[index + 1] if index + 1 < len(ctx.source.blocks) else None
        opens = following is not None and ctx.text[following.start] in '“"«„'
        spans = quote_spans(ctx.text, block.start, block.end, index, next_opens_quote=opens)
        outside = _outside_words(ctx.text, block.start, block.end, spans, most=3)
        for k, span in enumerate(spans):
            open_sentence = ctx.sentence_at(span.open)
            close_sentence = ctx.sentence_at(
                max(span.open, span.close - 1 if not span.closed else span.close)
            )
            floor = max(open_sentence.start, block.start, spans[k - 1].close + 1 if k else 0)
            if floor == block.start:
                floor = dateline_end(ctx.text, block.start, span.open)  # "GAZA CITY — “...”"
            limit = min(close_sentence.end, block.end)
            if k + 1 < len(spans):
                limit = min(limit, spans[k + 1].open)
            limit = max(limit, min(span.close + 1, block.end))
            ended = ctx.text[span.start : span.end].rstrip("”’\"' ").endswith(".") and not (
                ctx.text[span.close + 1 : span.close + 4].lstrip().startswith(("—", "–"))
            )
            if not ctx.text[span.close + 1 : limit].strip() and limit < block.end and not ended:
                # "“...!” Clinton said." / "“...” — Ana Ruiz": the attribution may
                # stand after the point where the sentence splitter ended the quote
                # (not after a full stop: "“...bad mom.” Employees treated well stay").
                next_sentence = ctx.sentence_at(limit + 1)
                limit = max(limit, min(next_sentence.end, block.end))
                if k + 1 < len(spans):
                    limit = min(limit, spans[k + 1].open)
            starts_sentence = not ctx.text[floor : span.open].strip()
            site = Site.of(attributor.text, span, floor, limit, starts=starts_sentence)
            found = attribute(attributor, site)
            if (
                found is None
                and k
                and floor > open_sentence.start >= block.start
                and previous is not None
                and (previous.speaker is None or previous.rule == "possessed-speech")
            ):
                # "Fitton called Clinton's “claim of right” over her emails “disturbing”":
                # the cue stands before the sentence's earlier quote, whose speaker is
                # not the sentence's; read from the sentence start with the earlier
                # quotes' words blanked out.
                found = attribute(
                    attributor,
                    _whole_sentence_site(attributor.text, spans, k, site, open_sentence.start),
                )
            if found is None and following is not None and outside < 3:
                # A quote-only paragraph signed on the line below it.
                found = _named(
                    attributor,
                    attributor.signature(following.start, following.end),
                    "signature-line",
                )
            if found is None and index in titled:
                # "Issa: Clinton’s ‘Honesty Is In Question’", "Bolton and Gorka Slam ‘...’".
                found = _named(
                    attributor, attributor.headline_speaker(block.start, span.open), "headline"
                )
            basis = "cue" if found is not None else None
            same_sentence = previous is not None and previous.sentence_start == open_sentence.start
            if found is None and not starts_sentence and not same_sentence:
                found = _named(
                    attributor,
                    attributor.subject_of(span, floor) or attributor.subject_after(span, limit),
                    "sentence-subject",
                )
                basis = "subject" if found is not None else None
            elif (
                found is None
                and same_sentence
                and previous is not None
                and previous.speaker is None
            ):
                # An unattributed title or scare quote earlier in the sentence: the
                # sentence's subject speaks this one ("X, host of “The Show,” listed ...: “...”").
                found = _named(
                    attributor, attributor.subject_of(span, open_sentence.start), "sentence-subject"
                )
                basis = "subject" if found is not None else None
            if (
                found is None
                and starts_sentence
                and k == 0
                and open_sentence.start > block.start
                and ctx.text[span.close + 1 : limit].strip(" .,!?”\"'’") == ""
            ):
                # "Bolton distanced himself from the movement. “I’m going to support
                # him.”": a quote-only sentence after a sentence about its speaker.
                found = _named(
                    attributor,
                    attributor.last_reporter(block.start, floor)
                    or _speaker_of_sentence_before(ctx, attributor, block.start, floor),
                    "sentence-before",
                )
                basis = "carried" if found is not None else None
            inherited = previous is not None and (
                previous_block == index
                or (previous_block == index - 1 and (previous_open or (k == 0 and outside < 3)))
            )
            if found is None and not inherited and k == 0 and outside < 3 and index > 0:
                # A quote-only paragraph after one that reports speech without
                # quoting ("Bush said Libya had failed."): the same speaker.
                prior = ctx.source.blocks[index - 1]
                basis = "carried"
                if ctx.text[prior.start : prior.end].rstrip().endswith(":"):
                    # "Clinton released the following statement:" then the quote.
                    last = ctx.sentence_at(prior.end - 1)
                    found = _named(
                        attributor, attributor.introducer(last.start, prior.end), "introduced"
                    )
                if found is None:
                    found = _named(
                        attributor,
                        attributor.last_reporter(prior.start, prior.end),
                        "paragraph-before",
                    )
            speaker, mention, cue = _resolve(
                ctx, attributor, found, previous if inherited else None
            )
            mention_span = (
                _mention_span(ctx.text, found)
                if found is not None
                else (previous.speaker_span if inherited and previous is not None else None)
            )
            if speaker is not None and speaker == mention:
                # "the former vice presidential candidate": the person so described.
                speaker = descriptions.person(speaker) or speaker
            if speaker is not None and speaker == mention and found is not None:
                # "the canal's vice-president of operations, Aurelio Castrellón, told":
                # the person so described is named right after, in apposition.
                named = _apposed_name(ctx.text, found.mention_start + len(found.mention))
                if named is not None:
                    speaker = mention = named.text
                    mention_span = named
            rule = found.rule if found is not None else None
            if found is None and speaker is not None:
                basis = "carried"
                rule = "previous-quote"
            if speaker is None:
                basis = rule = None
                mention_span = None
            # A quotation of several sentences whose speaker is named after it
            # ("“... killed. When you see ...,” said Ana Ruiz"): its sentence runs
            # on to the attribution, which its first sentence does not hold.
            named_after = (
                limit
                if found is not None
                and basis == "cue"
                and open_sentence.end <= found.mention_start < limit
                else 0
            )
            quote = Quote(
                **ctx.fields(span.start, span.end, open_sentence, through=named_after),
                speaker=speaker,
                speaker_mention=mention,
                speaker_span=mention_span,
                cue=cue,
                partial=_is_partial(ctx.text, floor, span),
                speaker_basis=basis,
                rule=rule,
            )
            quotes.append(quote)
            runs_on.append(not span.closed)
            previous, previous_block, previous_open = quote, index, not span.closed
    # One explicit attribution covers its sentence: in "words like “maybe” and
    # “perhaps”, he told reporters" the cue after the last quote names the
    # speaker of both.
    for i, quote in enumerate(quotes):
        if quote.speaker_basis not in (None, "subject"):
            continue
        for other in quotes[i + 1 :]:  # text order: the sentence's quotes are adjacent
            if other.sentence_start != quote.sentence_start:
                break
            if other.speaker_basis == "cue" and other.rule != "possessed-speech":
                # (a noun's owner speaks only the quote the noun governs)
                quotes[i] = _speaker_from(quote, other, "cue", "later-cue")
                break
    # A quote running on into the next paragraph is often attributed only there.
    for i in range(len(quotes) - 2, -1, -1):
        if runs_on[i] and quotes[i].speaker is None and quotes[i + 1].speaker is not None:
            quotes[i] = _speaker_from(quotes[i], quotes[i + 1], "carried", "runs-on")
    return quotes


def _whole_sentence_site(
    text: str, spans: list[QuoteSpan], k: int, site: Site, sentence_start: int
) -> Site:
    """`site` with its words before the quote read from the sentence start, the
    words inside earlier quotes blanked (their marks stay), so that no cue inside
    a quotation is read as this quote's."""
    chars = list(text[sentence_start : spans[k].open])
    for earlier in spans[:k]:
        for i in range(max(earlier.start, sentence_start), min(earlier.end, spans[k].open)):
            chars[i - sentence_start] = " "
    return attrs.evolve(site, before_start=sentence_start, before="".join(chars))


def _named(attributor: Attributor, found: Attribution | None, rule: str) -> Attribution | None:
    if found is None or attributor.is_place(found):
        return None
    return attrs.evolve(found, rule=rule)


def _speaker_from(quote: Quote, other: Quote, basis: str, rule: str) -> Quote:
    """`quote` credited to the speaker of `other`."""
    return attrs.evolve(
        quote,
        speaker=other.speaker,
        speaker_mention=other.speaker_mention,
        speaker_span=other.speaker_span,
        cue=other.cue,
        speaker_basis=basis,
        rule=rule,
    )


# ", Aurelio Castrellón, told" / ", 'Ofa Kaufana, who": a description's last words
# (cut short by the attribution's noun phrase), a comma, then a full name that ends
# the apposition.
_APPOSED = re.compile(
    r"[^,.;:!?\"“”\n]{0,40}?,\s+(?P<name>['’ʻ]?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})"
    r"(?=\s*(?:,|\.|$|told\b|said\b|says\b))"
)


def _apposed_name(text: str, end: int) -> Span | None:
    """The full name set off by commas right after a described speaker, if any."""
    found = _APPOSED.match(text, end, min(len(text), end + 120))
    if found is None:
        return None
    name = found.group("name")
    if not names_a_person(name.lstrip("'’ʻ")):
        return None
    return Span(start=found.start("name"), end=found.end("name"), text=name)


def _mention_span(text: str, found: Attribution) -> Span | None:
    """Where the attribution names its speaker, as a span of the clean text; None
    when the mention it carries is not the text at its offset (a rewritten form)."""
    end = found.mention_start + len(found.mention)
    if found.mention_start < 0 or text[found.mention_start : end] != found.mention:
        return None
    return Span(start=found.mention_start, end=end, text=found.mention)


def _resolve(
    ctx: Context, attributor: Attributor, found: Attribution | None, previous: Quote | None
) -> tuple[str | None, str | None, str | None]:
    if found is None:
        if previous is not None and previous.speaker:
            return previous.speaker, previous.speaker_mention, previous.cue
        return None, None, None
    speaker = found.speaker
    pronoun = found.mention.lower()
    pronoun = _POSSESSIVE_PRONOUNS.get(pronoun, pronoun)  # "her claim": resolve "she"
    if pronoun in _SINGULAR_PERSON:
        sentence = ctx.sentence_at(found.mention_start)
        near = (
            previous is not None
            and ctx.sentence_index(sentence.start) - ctx.sentence_index(previous.sentence_start)
            <= 2
            # A title in quotes that only inherited a speaker ("her breakthrough in
            # “American Pie”") is no sign of who spoke last.
            and not (previous.partial and previous.speaker_basis == "carried")
        )
        # The last quote's speaker when it spoke just before; after sentences about
        # someone else ("... Reid managed to mess it up. “It was a mess,” she said")
        # the subject of the sentence before comes first.
        # A speaker owned by someone ("Her film credits include “...”", "his aide")
        # is not the "she" or "he" that follows: that is the owner, or someone else.
        person_before = previous.speaker if previous is not None else None
        if person_before is not None and _OWNED.match(person_before):
            person_before = None
        speaker = (
            _subject_person(ctx, attributor, sentence.start, found.mention_start)
            or (
                _told_about_since(ctx, attributor, sentence.start, previous, pronoun)
                if near
                else None
            )
            or (person_before if near else None)
            or _previous_subject(ctx, attributor, sentence.start)
            or person_before
            or ctx.people.last_person_before(found.mention_start)
        )
    elif pronoun in lx.PRONOUNS:
        # "they", "we", "it" speak for a body ("police said ... they said"), never
        # for one person named nearby: the victim, the person the body spoke about.
        speaker = _body_antecedent(ctx, attributor, found.mention_start, previous)
    return speaker or found.mention, found.mention, found.cue


_SINGULAR_PERSON = frozenset({"he", "she", "i"})
# A third person's pronoun in every case: a sentence using one refers to such a person.
_PRONOUN_FORMS = {
    "he": frozenset({"he", "him", "his", "himself"}),
    "she": frozenset({"she", "her", "hers", "herself"}),
}
_OWNED = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur)\s")

_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "my": "i", "their": "they", "its": "it"}


def _body_antecedent(
    ctx: Context, attributor: Attributor, at: int, previous: Quote | None
) -> str | None:
    """What "they", "we" or "it" refer to: the previous quote's speaker, or the last
    reporting subject since the sentence before, when that is not one person."""
    if (
        previous is not None
        and previous.speaker
        and not names_a_person(previous.speaker)
        and previous.speaker.lower() not in lx.PRONOUNS
    ):
        return previous.speaker
    index = ctx.sentence_index(ctx.sentence_at(at).start)
    start = ctx.source.sentences[max(0, index - 1)].start
    reporter = attributor.last_reporter(start, at)
    if reporter is None or reporter.mention_start >= at:
        return None
    name = reporter.speaker or reporter.mention
    if name.lower() in lx.PRONOUNS or names_a_person(name) or ctx.people.canonical(name, at):
        return None
    return name


def _subject_person(ctx: Context, attributor: Attributor, start: int, end: int) -> str | None:
    """The person a pronoun most likely refers to within its own sentence: the
    subject of the clause before it ("Graham assures his audience he will ...")."""
    subject = attributor.subject_of_text(start, end)
    if subject is None or subject.mention_start >= end or subject.mention.lower() in lx.PRONOUNS:
        # No subject read: the first person named, not one named as an owner
        # ("Reid's representative Jack Ketsoyan left a statement, he said").
        return ctx.people.first_person_in(start, end, not_owner=True)
    named = ctx.people.canonical(subject.mention, subject.mention_start)
    if named is None and subject.speaker and subject.speaker != subject.mention:
        # "Tara Reid's representative Jack Ketsoyan left a statement, he said": the
        # name heading the description, not the possessive one inside it.
        named = ctx.people.canonical(subject.speaker, subject.mention_start)
    return named


def _speaker_of_sentence_before(
    ctx: Context, attributor: Attributor, start: int, end: int
) -> Attribution | None:
    """The subject of the sentence before `end` in the same paragraph, when it
    is a person (a name the article knows, or a personal pronoun)."""
    before = ctx.sentence_at(max(start, end - 1))
    if before.start < start:
        return None
    subject = attributor.subject_of_text(before.start, before.end)
    if subject is None:
        return None
    mention = subject.mention
    if (
        mention.lower() in lx.PERSONAL_PRONOUNS
        or ctx.people.canonical(mention, subject.mention_start)
        or (
            mention[:1].isupper()
            and mention.split()[0] not in lx.NAME_STOPWORDS
            and names_a_person(mention)
        )
    ):
        return subject
    return None


def _told_about_since(
    ctx: Context,
    attributor: Attributor,
    sentence_start: int,
    previous: Quote | None,
    pronoun: str,
) -> str | None:
    """The person a sentence between the last quote and this one is about: its
    subject, a named person other than the last quote's speaker, that the sentence
    itself refers to with the quote's pronoun. After "“...,” said the lecturer Ana
    Ruiz. Tom Berg, who had sat silent, rose to his feet." a "he said" is Berg's:
    the sentence before turned to him. None when the sentence before is the last
    quote's own, its subject is no named person (a pronoun, a body), or it has no
    "he", "his" or "him" for "he" ("Judge Tom Berg set a hearing." then "“...,” she
    said": gender is not read, so a bare name is no sign the speaker changed)."""
    forms = _PRONOUN_FORMS.get(pronoun)
    index = ctx.sentence_index(sentence_start)
    if previous is None or index == 0 or forms is None:
        return None
    before = ctx.source.sentences[index - 1]
    if before.start < previous.end:
        return None  # the sentence before holds the last quote or part of it
    if not forms & set(re.findall(r"[a-z]+", ctx.text[before.start : before.end].lower())):
        return None
    subject = attributor.subject_of_text(before.start, before.end)
    if subject is None or subject.mention.lower() in lx.PRONOUNS:
        return None
    named = ctx.people.canonical(subject.mention, subject.mention_start)
    if named is None or named == previous.speaker:
        return None
    return named


def _previous_subject(ctx: Context, attributor: Attributor, sentence_start: int) -> str | None:
    """The person opening the sentence before (usually its subject): a pronoun
    refers back to "Trump" in "Trump mocked Marco Rubio ... . And he said ..."."""
    index = ctx.sentence_index(sentence_start)
    if index == 0:
        return None
    before = ctx.source.sentences[index - 1]
    return _subject_person(ctx, attributor, before.start, before.end)


def _is_partial(text: str, floor: int, span: QuoteSpan) -> bool:
    content = text[span.start : span.end]
    before = text[floor : span.open].rstrip()
    first = content.lstrip("…. ")[:1]
    whole = first.isupper() or first.isdigit()
    introduced = not before or before.endswith((":", ","))
    return not (whole and introduced)


def _outside_words(text: str, start: int, end: int, spans: list[QuoteSpan], most: int) -> int:
    """The number of words outside the quotes, counted up to `most` (all a caller
    asks is whether there are fewer: a long paragraph is not read to its end)."""
    count = 0
    cursor = start
    for span in [*spans, None]:
        stop = span.open if span is not None else end
        count += sum(1 for _ in islice(_WORDS.finditer(text, cursor, stop), most - count))
        if count >= most or span is None:
            return count
        cursor = span.close + 1
    return count
