"""A person two aligned statements describe with titles that do not agree.

"Deputy Mayor Ellen Voss approved the budget" / "Mayor Ellen Voss approved the
budget": the role judge shows the titles' difference, but a ✓ on the statements
would tell the reader the sentences agree, title and all. Such a pair is left
unchecked by the statement judge (no ✓, no second finding beside the role's).
"""

from __future__ import annotations

from collections.abc import Sequence

from compare.align.model import Verdict
from compare.align.people import same_person
from compare.align.roles import judge_roles
from compare.align.sentence_claims import SentenceClaims
from compare.extract import Claim, Role


def titles_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> bool:
    """Do the statements describe one person with titles the role judge tells apart?
    Each side's descriptions of the person are judged together, as the role judge
    judges an article's ("Police spokesman Brig. Gen. X" / "Brigadier General X, a
    police spokesman" agree), not one description against one."""
    roles_a, roles_b = _roles(a, sentences), _roles(b, sentences)
    for x in roles_a:
        same = [y for y in roles_b if same_person(x.person, y.person) is True]
        if not same:
            continue
        mine = [r for r in roles_a if same_person(x.person, r.person) is True]
        if judge_roles([*mine, *same]).verdict == Verdict.DIFFER:
            return True
    return False


def _roles(statement: Claim, sentences: SentenceClaims) -> Sequence[Role]:
    return [
        c
        for c in sentences.of(statement)
        if isinstance(c, Role) and statement.start <= c.start and c.end <= statement.end
    ]
