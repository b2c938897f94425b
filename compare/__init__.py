"""claimdiff: compare what different news outlets say about the same event.

Pipeline: ingest (files → Source) → extract (claims) → align (matches,
verdicts) → report (terminal, Markdown, JSON, CI formats).
"""

from compare.align import (
    Alignment,
    Comparison,
    Options,
    Unique,
    compare_files,
    compare_sources,
    compare_texts,
)
from compare.errors import ClaimdiffError, InputError
from compare.extract import Claim, Number, Quote, Role, Statement, extract_claims
from compare.ingest import Metadata, Sentence, Source, load_source

__version__ = "0.1.0"

__all__ = [
    "Alignment",
    "Claim",
    "ClaimdiffError",
    "Comparison",
    "InputError",
    "Metadata",
    "Number",
    "Options",
    "Quote",
    "Role",
    "Sentence",
    "Source",
    "Statement",
    "Unique",
    "__version__",
    "compare_files",
    "compare_sources",
    "compare_texts",
    "extract_claims",
    "load_source",
]
