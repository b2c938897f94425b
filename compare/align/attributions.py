"""Who said it, read off a reported sentence, so that two sentences of one speaker are
compared on what was said.

"Police Chief Laura Benning said the man was armed" and "Laura Benning, the police
chief, said that the video would be made public" share a rare name and a title, which
the word model weighs much, and nothing of what she said: two facts. When both
sentences name one speaker, the pair must also score as one statement with each
sentence's attribution blanked out, as it must with its quotations taken out when
both quote differently (statements.graded_statement_pairs).
"""

from __future__ import annotations

import re
from functools import lru_cache

import attrs

from compare.align.actor_names import names

# The verbs that report speech in news copy, in their past and present forms.
_VERBS = (
    r"(?:said|says|told|tells|added|adds|stated|announced|confirmed|explained|noted|insisted"
    r"|warned|wrote|argued|acknowledged|testified|cautioned|stressed|predicted)"
)
_NAME = r"[A-Z][\w'’.-]*"
_RUN = rf"{_NAME}(?:\s+(?:of\s+|the\s+|de\s+|van\s+)?{_NAME})*"
# "Police Chief Laura Benning said", "Laura Benning, the police chief, said that",
# "Ilse Varga, who steered the bill through parliament, said", "The head of the
# harbour board, Laura Benning, said" (the description before the name goes too)
_BEFORE = re.compile(
    rf"(?:(?P<who>{_RUN})(?:\s*,[^,;\"“”]{{1,90}},)?"
    rf"|\b[Tt]he\s[^,;\"“”]{{1,60}},\s*(?P<named>{_RUN}),)\s+{_VERBS}\b(?:\s+that\b)?"
)
# "..., said Anna Holt, the museum's director." / "..., said Police Chief X." (not
# "told": who follows it is told, not telling)
_AFTER = re.compile(
    rf"\b(?!told|tells){_VERBS}\s+(?P<who>{_RUN})(?:\s*,[^,;\"“”]{{1,60}}(?=[.;]?\s*$))?"
)
# "..., according to Anna Holt."
_ACCORDING = re.compile(rf"\baccording\s+to\s+(?P<who>{_RUN})")


@attrs.frozen
class Attributed:
    """A sentence with its attributions blanked out, and the names of its speakers."""

    said: str
    speakers: frozenset[str]


@lru_cache(maxsize=8192)  # a sentence meets each of its candidates
def attributed(text: str) -> Attributed:
    speakers: set[str] = set()
    cuts: list[tuple[int, int]] = []
    for pattern in (_BEFORE, _AFTER, _ACCORDING):
        for match in pattern.finditer(text):
            who = names(match.group("who") or match.group("named") or "")
            if who:
                speakers |= who
                cuts.append(match.span())
    if not cuts:
        return Attributed(text, frozenset())
    kept, cursor = [], 0
    for start, end in sorted(cuts):
        kept.append(text[cursor:start])
        cursor = max(cursor, end)  # attributions found by two patterns may overlap
    kept.append(text[cursor:])
    return Attributed(" ".join(kept), frozenset(speakers))


def one_speaker(a: str, b: str) -> bool:
    """Both sentences name a speaker, and one of them is the same person."""
    return bool(attributed(a).speakers & attributed(b).speakers)
