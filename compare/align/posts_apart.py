"""Posts given after a name that two sources give apart, under a title they share.

"Ms Justice Sinead Furlong, the President of the Court of Appeal" / "Ms Justice
Sinead Furlong, the Chief Justice": the form of address before the name ("Ms
Justice", "Dr", "Professor", "Judge") is alike on both sides and links the two
sources' descriptions (roles.judge_roles), but it says only what the person is
called; the post in apposition after the name says which office they hold. When
both sources give such a post and no post of one agrees with any of the other's,
the shared title vouches for nothing, and the pair is left unchecked: no ✓.
A post set off before the name is read alike ("The curate, the Rev Julian Marsh" /
"the church's rector, the Rev. Julian Marsh"; "the institute's director, Dr Zarina
Rahimova" / "Dr Zarina Rahimova, deputy director of the institute").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from compare.align.titles import DEGREES
from compare.extract.claims import Role

_WORD = re.compile(r"[\w'’.\-]+")
_DETERMINERS = frozenset({"the", "a", "an"})


def after_name(role: Role) -> bool:
    """Is the description written after the person's name ("X, the Chief Justice"),
    not before it as the name's title ("Chief Justice X")?"""
    at_name, at_role = role.text.find(role.person), role.text.rfind(role.role)
    return 0 <= at_name < at_role


def in_apposition(role: Role) -> bool:
    """Is the description a post set off from the name by a comma, after it ("X, the
    Chief Justice") or before it ("The curate, the Rev X"), not the name's own title?"""
    if after_name(role):
        return True
    at_name, at_role = role.text.find(role.person), role.text.find(role.role)
    return (
        at_role >= 0
        and at_role + len(role.role) <= at_name
        and ("," in role.text[at_role + len(role.role) : at_name])
    )


def before_a_title(role: Role) -> bool:
    """Is the description a post set off before a name that has a title of its own
    ("The curate, the Rev Julian Marsh")? Such a post links no sources: the title
    already does, and the post is what the posts' check compares."""
    at_name, at_role = role.text.find(role.person), role.text.find(role.role)
    if at_role < 0 or at_role + len(role.role) > at_name:
        return False
    between = role.text[at_role + len(role.role) : at_name]
    if "," not in between:
        return False
    title = [w for w in _WORD.findall(between.split(",")[-1]) if w.lower() not in _DETERMINERS]
    # a degree's title ("Dr") tells no post: the post set off before it is the one
    # the source gives ("the museum's director, Dr Ana Ruiz"), as before a bare name
    return bool(title) and not all(w.lower().rstrip(".") in DEGREES for w in title)


def posts_apart(
    first: Sequence[Role], second: Sequence[Role], agree: Callable[[Role, Role], bool]
) -> bool:
    """Do both sources give posts after the name, none of one agreeing with any of
    the other's? `agree(a, b)` says whether two descriptions may name one post."""
    posts_a = [r for r in first if in_apposition(r)]
    posts_b = [r for r in second if in_apposition(r)]
    if not posts_a or not posts_b:
        return False
    return not any(agree(a, b) for a in posts_a for b in posts_b)
