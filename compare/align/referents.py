"""One thing named by two outlets with two bare nouns: "The paintings were not
insured" / "The works were insured", "The fee does not include add-ons" / "The
package includes add-ons".

A frame's actor or thing whose head nouns differ is most often another thing, and
the statement judge reads the pair as two facts. But when one outlet denies what
the other states with the same verb, and the other part of the frame (who, or to
what) is the same, a bare definite noun on each side ("the" and one lower-case
noun, nothing that tells one of several apart: no "first", no "other", no name)
refers back to the one thing the story is about, under the word each writer chose.
"""

from __future__ import annotations

import re

from compare.extract.claims import Span

# "The works", "its fee", "their package": a determiner that points back, and one
# lower-case noun (a capital would be a name: "the Jets")
_BARE = re.compile(r"(?i:the|its|their|this|these)\s+([a-z][a-z-]+)")


def bare_noun(span: Span | None) -> str | None:
    """The noun of a bare definite description ("The works": works), else None."""
    if span is None:
        return None
    found = _BARE.fullmatch(span.text.strip())
    return found.group(1) if found is not None else None


def renamed(a: Span | None, b: Span | None) -> bool:
    """Both parts are bare definite descriptions, perhaps of one thing."""
    return bare_noun(a) is not None and bare_noun(b) is not None
