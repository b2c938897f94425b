"""Matching how the same person is described across sources."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from compare.align.model import AGREE, DIFFER, Difference
from compare.align.people import person_key, same_person
from compare.align.words import stem, words
from compare.extract import Role
from compare.extract import lexicon as lx

_FILLER = frozenset("a an the of to at in for and s".split())


# Position nouns outlets use for one another.
_ROLE_SYNONYMS = [
    {"lawyer", "attorney", "counsel", "counselor", "counsellor"},
    {"spokesman", "spokeswoman", "spokesperson"},
    {"chairman", "chairwoman", "chair"},
    {"adviser", "advisor"},
    {"ceo", "executive"},
]
_ROLE_CANON = {w: min(group) for group in _ROLE_SYNONYMS for w in group}
# Words that change the position itself ("deputy minister" is not "minister").
_RANK = frozenset("deputy vice assistant acting interim associate junior under".split())
_POSITIONS = frozenset(stem(n) for n in lx.ROLE_NOUNS) | frozenset(lx.TITLES)


def role_words(role: str) -> set[str]:
    return {_ROLE_CANON.get(stem(w), stem(w)) for w in words(role) if w not in _FILLER}


def roles_agree(a: str, b: str) -> bool:
    """One description holds the other ("president" in "Russian president"), or both
    name the same position at the same rank ("former lawyer", "Lohan's attorney")."""
    wa, wb = role_words(a), role_words(b)
    if not wa or not wb or (wa & _RANK) != (wb & _RANK):
        return False  # "deputy foreign minister" is not "foreign minister"
    if len(wa & wb) / min(len(wa), len(wb)) >= 0.8:
        return True
    return bool((wa & _POSITIONS) - _RANK & (wb & _POSITIONS))


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
