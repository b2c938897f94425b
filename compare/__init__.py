"""claimdiff: compare what different news outlets say about the same event.

Pipeline: ingest (files → Source) → extract (claims) → align (matches,
verdicts) → report (terminal, Markdown, JSON, CI formats); compare.pipeline
runs the first three.

The names below are imported on first use, so that `claimdiff --version` and
`import compare` stay fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"

if TYPE_CHECKING:
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

_HOMES = {
    "compare.align": "Alignment Comparison Conflict Options Severity Unique Verdict "
    "compare_files compare_sources compare_texts",
    "compare.errors": "ClaimdiffError InputError",
    "compare.extract": "Claim Date Frame Kind Number Place Quote Role Span Statement Time "
    "extract_claims",
    "compare.ingest": "Metadata Sentence Source load_source",
}
_HOME = {name: module for module, names in _HOMES.items() for name in names.split()}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'compare' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOME[name]), name)
    globals()[name] = value
    return value


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
