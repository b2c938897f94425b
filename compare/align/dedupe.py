"""Within one source, claims that repeat another (a standfirst echoing the body)
are matched once; a repeat counts as covered when its original is aligned."""

from __future__ import annotations

from compare.align.number_facts import in_cut_decimal
from compare.align.numbers import unit_key
from compare.align.people import same_person
from compare.align.words import contained_span, words
from compare.extract import Number, Quote


def distinct_quotes(quotes: list[Quote]) -> tuple[list[Quote], list[tuple[Quote, Quote]]]:
    kept: list[Quote] = []
    repeats: list[tuple[Quote, Quote]] = []
    by_source: dict[str, list[tuple[Quote, list[str]]]] = {}
    for quote in sorted(quotes, key=lambda q: -len(q.text)):
        toks = words(quote.text)
        original = None
        for other, other_toks in by_source.get(quote.source, []):
            matched, _, _ = contained_span(toks, other_toks)
            speakers_fit = (
                quote.speaker is None
                or other.speaker is None
                or quote.speaker == other.speaker
                or same_person(quote.speaker, other.speaker) is True
            )
            if toks and matched / len(toks) >= 0.9 and speakers_fit:
                original = other
                break
        if original is None:
            kept.append(quote)
            by_source.setdefault(quote.source, []).append((quote, toks))
        else:
            repeats.append((quote, original))
    kept.sort(key=lambda q: (q.source, q.start))
    return kept, repeats


def distinct_numbers(numbers: list[Number]) -> tuple[list[Number], list[tuple[Number, Number]]]:
    kept: list[Number] = []
    repeats: list[tuple[Number, Number]] = []
    seen: dict[tuple[str, float, float | None, float | None, str], Number] = {}
    for number in numbers:
        key = (number.source, number.value, number.low, number.high, unit_key(number))
        if key in seen and unit_key(number):
            first = seen[key]
            if _tells_it_better(number, first):
                # The body gives the figure with its clause and source ("killing 12
                # workers ..., officials said"); the headline only echoes it.
                kept[kept.index(first)] = number
                seen[key] = number
                repeats = [(r, number if o is first else o) for r, o in repeats]
                repeats.append((first, number))
            else:
                repeats.append((number, first))
        else:
            seen[key] = number
            kept.append(number)
    return kept, repeats


def _tells_it_better(body: Number, headline: Number) -> bool:
    """Should a body figure stand for the headline's? Yes when the two are one value
    of one unit however spelt ("$182M" / "$182 million": the body gives its clause
    and source); not when the body's reading is doubtful: a decimal cut in two ("$2.
    6 million") is read best where whole."""
    return headline.block == "headline" and body.block != "headline" and not in_cut_decimal(body)
