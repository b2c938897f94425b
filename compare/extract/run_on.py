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
without a frame (compare.extract.frames builds the run-on pieces' dates, times and
places unframed), and the user is told once per source.
"""

from __future__ import annotations

import warnings

from compare.errors import InputWarning
from compare.ingest import Source
from compare.ingest.sentences import RUN_ON_CHARS


def run_on_characters(source: Source) -> int:
    """How many characters of the source lie in run-on pieces."""
    return sum(s.end - s.start for s in source.sentences if s.run_on)


def warn_run_on(source: Source, characters: int) -> None:
    """One line on stderr (through the CLI's warning hook): never a silent change."""
    warnings.warn(
        f"{source.path or source.id}: {characters:,} characters run on for over "
        f"{RUN_ON_CHARS:,} without a sentence end; there claimdiff makes no statements, "
        "finds no reporter for a figure and gives claims no clause frame",
        InputWarning,
        3,
    )
