"""claimdiff: compare what different news outlets say about the same event.

Pipeline: ingest (files → Source) → extract (claims) → align (matches,
verdicts) → report (terminal, Markdown, JSON, CI formats).
"""

from compare.align import (
    Alignment,
    Comparison,
    Conflict,
    Options,
    Severity,
    Unique,
    Verdict,
    compare_files,
    compare_sources,
    compare_texts,
)
from compare.errors import ClaimdiffError, InputError
from compare.extract import (
    Claim,
    Date,
    Frame,
    Kind,
    Number,
    Place,
    Quote,
    Role,
    Span,
    Statement,
    Time,
    extract_claims,
)
from compare.ingest import Metadata, Sentence, Source, load_source

__version__ = "0.2.0"

__all__ = [
    "Alignment",
    "Claim",
    "ClaimdiffError",
    "Comparison",
    "Conflict",
    "Date",
    "Frame",
    "InputError",
    "Kind",
    "Metadata",
    "Number",
    "Options",
    "Place",
    "Quote",
    "Role",
    "Sentence",
    "Severity",
    "Source",
    "Span",
    "Statement",
    "Time",
    "Unique",
    "Verdict",
    "__version__",
    "compare_files",
    "compare_sources",
    "compare_texts",
    "extract_claims",
    "load_source",
]
