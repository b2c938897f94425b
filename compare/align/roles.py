"""Matching how the same person is described across sources."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from compare.align.model import AGREE, DIFFER, Difference
from compare.align.people import person_key, same_person
from compare.align.words import stem, words
from compare.extract import Role

_FILLER = frozenset("a an the of to at in for and s".split())


def role_words(role: str) -> set[str]:
    return {stem(w) for w in words(role) if w not in _FILLER}


def roles_agree(a: str, b: str) -> bool:
    """One description holds the other ("president" in "Russian president")."""
    wa, wb = role_words(a), role_words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.8


def role_groups(roles: Sequence[Role]) -> list[list[int]]:
    """All role claims about one person, across sources."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, role in enumerate(roles):
        key = person_key(role.person)
        if key:
            by_key[key].append(i)
    groups = []
    for idx in by_key.values():
        # Same surname can still be two people ("Bill Clinton", "Hillary Clinton").
        while idx:
            head = roles[idx[0]]
            same = [i for i in idx if same_person(head.person, roles[i].person) is not False]
            groups.append(same)
            idx = [i for i in idx if i not in same]
    return [g for g in groups if len({roles[i].source for i in g}) > 1]


def judge_roles(members: Sequence[Role]) -> tuple[str, tuple[Difference, ...]]:
    """Agree when every source has a description that another's holds; else differ."""
    by_source: dict[str, list[Role]] = defaultdict(list)
    for role in members:
        by_source[role.source].append(role)
    sources = list(by_source)
    reference = by_source[sources[0]]
    differences = []
    for source in sources[1:]:
        others = by_source[source]
        if any(roles_agree(r.role, o.role) for r in reference for o in others):
            continue
        ref, other = best_pair(reference, others)
        differences.append(
            Difference("role", "role", ref.source, other.source, ref.role, other.role)
        )
    return (DIFFER if differences else AGREE), tuple(differences)


def best_pair(a: Sequence[Role], b: Sequence[Role]) -> tuple[Role, Role]:
    def shared(pair: tuple[Role, Role]) -> int:
        return len(role_words(pair[0].role) & role_words(pair[1].role))

    return max(((x, y) for x in a for y in b), key=shared)
