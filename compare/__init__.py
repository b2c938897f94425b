"""claimdiff: compare what different news outlets say about the same event.

Pipeline: ingest (files → Source) → extract (claims) → align (matches,
verdicts) → report (terminal, Markdown, JSON, CI formats).
"""

from compare.errors import ClaimdiffError, InputError
from compare.ingest import Metadata, Sentence, Source, load_source

__version__ = "0.1.0"

__all__ = [
    "ClaimdiffError",
    "InputError",
    "Metadata",
    "Sentence",
    "Source",
    "__version__",
    "load_source",
]
