"""A denied intention denies the act intended: "does not plan to appeal" says, of
what lies ahead, what "will not appeal" says, against "said it would appeal".

A verb of intending is "intend" itself, a WordNet synonym of it in one of the
commonest senses ("mean") or a verb whose sense WordNet files as a kind of
intending ("plan", "aim", "propose"), read through the project's synonym and
verb-kind tables: no word list. Only "<verb> to <act>" right after the negator
is read so; "did not want to", "did not expect to" (wishes and guesses, not
intentions) stay as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from compare.align.synonyms import are_synonyms
from compare.align.verb_kinds import kind_of

INTEND = "intend"


@lru_cache(maxsize=4096)
def intends(word: str) -> bool:
    """Whether the word is a form of a verb of intending."""
    return are_synonyms(word, INTEND) or kind_of(word, INTEND) or word.startswith(INTEND)


def intended_act(ws: Sequence[str], head: int) -> int | None:
    """Where the act stands that the verb of intending at `head` names ("plan to
    appeal": the index of "appeal"); None when the head intends nothing."""
    if head + 2 < len(ws) and ws[head + 1] == "to" and ws[head + 2].isalpha() and intends(ws[head]):
        return head + 2
    return None
