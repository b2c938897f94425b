"""Ingest: files → clean text with offsets back to the original lines."""

from compare.ingest.clean import BODY, CAPTION, HEADLINE, ROLES, STANDFIRST, SUBHEADING, Block
from compare.ingest.offsets import OffsetMap
from compare.ingest.sentences import Sentence
from compare.ingest.source import Metadata, Source, load_source, with_unique_ids

__all__ = [
    "BODY",
    "CAPTION",
    "HEADLINE",
    "ROLES",
    "STANDFIRST",
    "SUBHEADING",
    "Block",
    "Metadata",
    "OffsetMap",
    "Sentence",
    "Source",
    "load_source",
    "with_unique_ids",
]
