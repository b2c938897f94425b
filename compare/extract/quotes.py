"""Direct quotes and who said them: the public names of the attribution package.

`quote_spans` (attribution.marks) finds the quoted stretches of a paragraph;
the rules in `attribution.table` find each quote's speaker; `Attributor`
(attribution.attributor) holds the phrase readers the rules share.
"""

from __future__ import annotations

from compare.extract.attribution.attributor import Attributor, Site
from compare.extract.attribution.marks import QuoteSpan, quote_spans
from compare.extract.attribution.patterns import CUE
from compare.extract.attribution.phrases import Attribution
from compare.extract.attribution.table import RULES, Rule, attribute

__all__ = [
    "CUE",
    "RULES",
    "Attribution",
    "Attributor",
    "QuoteSpan",
    "Rule",
    "Site",
    "attribute",
    "quote_spans",
]
