"""The optional [semantic] extra: a statement matcher on sentence embeddings.

Registered through the `claimdiff.matchers` entry point and run only when asked
for (`claimdiff compare --matcher semantic`, or `Options(matchers=("semantic",))`).
Importing this package imports neither onnxruntime nor numpy: the model loads
on the first comparison that asks for it, and a missing extra is reported then,
as one line with the install command.
"""

from __future__ import annotations

from compare.align.registry import MatcherSpec
from compare.extract.claims import Kind
from compare.semantic.encoder import MissingExtra, require
from compare.semantic.matcher import semantic_statement_pairs

NAME = "semantic"

MATCHER = MatcherSpec(
    kind=Kind.STATEMENT,
    name=NAME,
    matcher=semantic_statement_pairs,
    on_request=True,
    check_ready=require,
)


def available() -> bool:
    """Whether the extra's packages are installed (without loading the model)."""
    try:
        require()
    except MissingExtra:
        return False
    return True


__all__ = ["MATCHER", "NAME", "MissingExtra", "available", "semantic_statement_pairs"]
