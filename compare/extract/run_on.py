"""Text without sentence ends (issue 15): what claimdiff reads in it, and the note it gives.

A stretch of more than RUN_ON_CHARS characters with no sentence end (a transcript
without punctuation, a pasted list, a run of quotes) is cut into pieces at the
sentence bound, and those pieces are marked run_on (compare.ingest.sentences).
A piece is not a sentence, so it is no statement, and the clause analysis that
frames a claim (actor, predicate, polarity) would describe where the cut fell
rather than what was said; it is also most of the cost of such text, which holds
two to three times the claims per megabyte of news. Nor does a piece's start
bound the look back for whoever reported a figure ("officials said" 500
characters earlier), so figures there get no reporter. Run-on text gives its
quotes (with their speakers), figures, roles, dates, times and places, each
without a frame, and the user is told once per source.
"""

from __future__ import annotations

import warnings

from compare.errors import InputWarning
from compare.extract.claims import Claim, Date, Place, Time
from compare.extract.context import Context
from compare.extract.places import find_places
from compare.extract.temporal import find_dates, find_times, parse_published
from compare.ingest import Source
from compare.ingest.sentences import RUN_ON_CHARS


def run_on_characters(source: Source) -> int:
    """How many characters of the source lie in run-on pieces."""
    return sum(s.end - s.start for s in source.sentences if s.run_on)


def unframed_qualifiers(ctx: Context) -> list[Claim]:
    """The dates, times and places of run-on pieces, as claims without a frame
    (in sentences these come from framing, which run-on pieces skip)."""
    published = parse_published(ctx.source.metadata.published)
    out: list[Claim] = []
    for sentence in ctx.source.sentences:
        if not sentence.run_on:
            continue
        dates = find_dates(sentence.text, sentence.start, published)
        for found in dates:
            fields = ctx.fields(found.start, found.end, sentence)
            out.append(Date(**fields, value=found.value, basis=found.basis))
        for found in find_times(sentence.text, sentence.start):
            fields = ctx.fields(found.start, found.end, sentence)
            out.append(Time(**fields, value=found.value, zone=found.zone))
        if sentence.role != "body":
            continue
        for place in find_places(sentence.text, sentence.start):
            if any(d.start < place.end and place.start < d.end for d in dates):
                continue  # "in June" is no place
            fields = ctx.fields(place.start, place.end, sentence)
            out.append(Place(**fields, name=place.name or ""))
    return out


def warn_run_on(source: Source, characters: int) -> None:
    """One line on stderr (through the CLI's warning hook): never a silent change."""
    warnings.warn(
        f"{source.path or source.id}: {characters:,} characters run on for over "
        f"{RUN_ON_CHARS:,} without a sentence end; there claimdiff makes no statements, "
        "finds no reporter for a figure and gives claims no clause frame",
        InputWarning,
        3,
    )
