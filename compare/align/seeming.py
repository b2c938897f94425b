"""A denied seeming denies the state seemed: "did not appear to be armed" says, as
far as the writer tells it, what "were not armed" says, against "were armed".

A verb of seeming is a WordNet synonym of "seem" in the project's synonym table
("appear", "look"): no word list. Only "<verb> to be <word>" and "<verb> to have
(been) <word>" right after the negator are read so; "did not appear in court",
"did not look to sell" (another sense: an appearance, an intention) stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from compare.align.synonyms import are_synonyms

SEEM = "seem"
_LINKS = ("be", "have")  # "to be armed", "to have been damaged", "to have left"


@lru_cache(maxsize=4096)
def seems(word: str) -> bool:
    """Whether the word is a form of a verb of seeming."""
    return are_synonyms(word, SEEM)


def seemed_state(ws: Sequence[str], head: int, content: Callable[[str], bool]) -> int | None:
    """Where the word stands that the verb of seeming at `head` says of its subject
    ("appear to be armed": the index of "armed"); None when the head seems nothing."""
    if head + 3 >= len(ws) or ws[head + 1] != "to" or ws[head + 2] not in _LINKS:
        return None
    if not seems(ws[head]):
        return None
    at = head + 3
    if ws[at] == "been" and at + 1 < len(ws):
        at += 1
    return at if content(ws[at]) else None
