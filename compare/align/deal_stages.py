"""Two stages of one deal: still being negotiated in one sentence, not in the other.

"Chris Weitz is in negotiations to direct the sequel" / "Summit announced Weitz has
been hired to direct the sequel": the words are one fact's, but one article tells
talks and the other their outcome (or a story that moved on), and a reader shown a
✓ takes the deal as done in both. A sentence that tells someone is making a deal
("is negotiating", "in negotiations", "in talks", "close to signing", "nearing a
deal") set against one that tells none is no agreement to
show (no ✓, no finding: which stage is right is the later article's, which the
judge cannot know). Both in talks, or neither, are judged as before, and so is a
deal in talks against one told as a prospect ("is expected to direct", "is likely
to sign"): neither says it is done. Talks only named ("was briefed on negotiations
with the West", "in the final days of negotiation") are no stage of the fact told.
"""

from __future__ import annotations

import re

from compare.extract import Claim

_IN_THE_MAKING = re.compile(
    r"\b(?:is|are|was|were|be|been|still)\s+negotiating\b"
    r"|\bin\s+(?:negotiations?|talks|discussions)\b"
    r"|\bclose\s+to\s+(?:(?-i:[a-z]+ing)\b|(?:a|an)\s+(?:deal|agreement|contract)\b)"
    r"|\bnearing\s+(?:a|an)\s+(?:deal|agreement|contract)\b",
    re.IGNORECASE,
)


# A thing told as still to come: not done either.
_PROSPECT = re.compile(r"\b(?:expected|likely|set|poised|due)\s+to\b", re.IGNORECASE)


def in_the_making(text: str) -> bool:
    """Does the sentence tell a deal still being negotiated?"""
    return _IN_THE_MAKING.search(text) is not None


def stages_apart(a: Claim, b: Claim) -> bool:
    """Does one statement tell talks toward a deal and the other neither talks nor
    a prospect?"""
    making_a, making_b = in_the_making(a.text), in_the_making(b.text)
    if making_a == making_b:
        return False
    plain = b.text if making_a else a.text
    return _PROSPECT.search(plain) is None
