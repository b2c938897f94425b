"""Matching how the same person is described across sources: the role claims
about one person, and the judge of their descriptions (the words themselves are
compared in compare.align.titles)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

import attrs

from compare.align.model import Conflict, Difference, Judgement, Severity, Verdict
from compare.align.people import person_key, same_person
from compare.align.posts_apart import before_a_title, in_apposition, posts_apart
from compare.align.settings import Options
from compare.align.titles import (
    degree_only,
    informative,
    name_title,
    once_held,
    posts_of_other_kinds,
    role_words,
    roles_agree,
    roles_clash,
    two_bodies,
    two_heads,
    two_posts,
    without_career,
    wordnet_post_only,
)
from compare.extract import Role


def role_groups(roles: Sequence[Role]) -> list[list[int]]:
    """All role claims about one person, across sources."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, role in enumerate(roles):
        key = person_key(role.person) or _lone_surname(role)
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


def _lone_surname(role: Role) -> str | None:
    """'ruiz' for a person an article names by surname only, described by an
    appositive ("Ruiz, a division chief"): same_person then joins it to the full
    name ending with it. A title before a surname ("Senator Obama") is left alone:
    an article from another year may rightly give another one."""
    shown = role.person.split()
    if not re.match(r"(?:a|an|the)\s", role.role):
        return None
    if len(shown) != 1 or not shown[0][:1].isupper() or not shown[0][1:].islower():
        return None
    return shown[0].lower()


def role_pairs(
    roles: Sequence[Role], options: Options | None = None
) -> list[tuple[float, int, int]]:
    """Every pair of role claims, from two sources, about one person."""
    pairs = []
    for group in role_groups(roles):
        for x, i in enumerate(group):
            for j in group[x + 1 :]:
                if roles[i].source != roles[j].source:
                    pairs.append((1.0, i, j))
    return pairs


def judge_roles(members: Sequence[Role], options: Options | None = None) -> Judgement:
    """Agree when the sources' descriptions hang together: two sources are linked
    when a description of one holds another's, and one source's descriptions are
    all right together (it says both "Sgt." and "sheriff's deputy"). Otherwise a
    title conflict when two titles can't both be right, else a variant."""
    by_source: dict[str, list[Role]] = defaultdict(list)
    # A post set off before a titled name ("The curate, the Rev Ana Ruiz") neither
    # links sources nor makes a difference: it only keeps a ✓ off two posts apart.
    posts: dict[str, list[Role]] = defaultdict(list)
    # A post once held set off beside the name ("the co-op's former chairman, X") is
    # no description to compare, but two such posts apart are no agreement either.
    held: dict[str, list[Role]] = defaultdict(list)
    for role in members:
        if informative(role):
            (posts if before_a_title(role) else by_source)[role.source].append(role)
        elif once_held(role) and in_apposition(role):
            held[role.source].append(role)
    by_source = _without_degrees(by_source)
    sources = list(by_source)
    linked = _linked_sources(by_source, _links(members))
    if len(sources) < 2 or len(set(linked.values())) == 1:
        told = list(dict.fromkeys([*sources, *posts]))
        compared = list(dict.fromkeys([*told, *held]))
        unchecked = any(
            posts_apart(
                by_source[first] + posts[first] + held[first],
                by_source[second] + posts[second] + held[second],
                _one_post_held,
            )
            for x, first in enumerate(compared)
            for second in compared[x + 1 :]
        )
        # One source's description against none the others give that could be
        # compared (a courtesy title, a career): nothing checked, so no ✓.
        alone = len(told) == 1 and len({r.source for r in members}) > 1
        return Judgement(verdict=Verdict.AGREE, unchecked=unchecked or alone)
    reference = by_source[sources[0]]
    differences = []
    clashes = []
    shown: set[int] = {linked[sources[0]]}
    for source in sources[1:]:
        if linked[source] in shown:
            continue
        shown.add(linked[source])
        others = by_source[source]
        ref, other = best_pair(reference, others)
        differences.append(
            Difference("role", "role", ref.source, other.source, ref.role, other.role)
        )
    for x, first in enumerate(sources):
        for second in sources[x + 1 :]:
            if linked[first] == linked[second]:
                continue
            clashes += [
                (r, o)
                for r in by_source[first]
                for o in by_source[second]
                if roles_clash(r.role, o.role)
            ]
    if not differences:
        return Judgement(verdict=Verdict.AGREE)
    if (
        not clashes
        and any(all(wordnet_post_only(r.role) for r in roles) for roles in by_source.values())
        and not all(posts_of_other_kinds(d.a, d.b) for d in differences)
    ):
        # a post only WordNet knows, beside another word of its kind or unread: no
        # clash of ranks, and nothing tells whether the two words are one post; left
        # unchecked (no ✓). Two kinds of person WordNet tells apart, posts of one
        # body ("the choir's treasurer" / "the choir's conductor"), are two posts: a
        # variant.
        return Judgement(verdict=Verdict.AGREE, unchecked=True)
    if clashes:
        a, b = clashes[0]
        severity, title = Severity.CONFLICT, f"{a.role} vs {b.role}"
    else:
        severity, title = Severity.VARIANT, f"{differences[0].a} / {differences[0].b}"
    return Judgement(
        verdict=Verdict.DIFFER,
        differences=tuple(differences),
        conflict=Conflict.TITLE,
        severity=severity,
        title=title,
    )


def _without_degrees(by_source: dict[str, list[Role]]) -> dict[str, list[Role]]:
    """The sources' descriptions with a degree's title alone ("Dr") set aside, when
    every source still gives one: two outlets' "Dr" link nothing they say of the post
    ("the museum's director, Dr Ana Ruiz" / "Deputy director Ana Ruiz")."""
    kept = {s: [r for r in roles if not degree_only(r)] for s, roles in by_source.items()}
    if len(by_source) < 2 or not all(kept.values()):
        return by_source
    return defaultdict(list, kept)


def _one_post_held(r: Role, o: Role) -> bool:
    """One post, read without the words that tell it once held."""
    return _one_post(without_career(r), without_career(o))


def _one_post(r: Role, o: Role) -> bool:
    return (
        roles_agree(r.role, o.role)
        and not two_posts(r, o)
        and not two_heads(r, o)
        and not two_bodies(r, o)
    )


def _links(members: Sequence[Role]) -> dict[str, list[Role]]:
    """What else each source says of the person that may tie it to another: a title
    written into the name ("Cllr Ruth Abara": a councillor), read as a description
    of its own but never compared for a difference. (A post set off before a titled
    name is not read so: tying sources by it hid a title conflict.)"""
    links: dict[str, list[Role]] = defaultdict(list)
    for role in members:
        title = name_title(role.person)
        if title:
            links[role.source].append(attrs.evolve(role, role=title))
    return links


def _linked_sources(
    by_source: dict[str, list[Role]], links: dict[str, list[Role]] | None = None
) -> dict[str, int]:
    """Each source's group: sources whose descriptions agree, directly or through
    another source, share one. `links`: more of each source's descriptions that
    may tie it to another, though never compared for a difference."""
    sources = list(by_source)
    group = {s: k for k, s in enumerate(sources)}
    links = links or {}

    def told(source: str) -> list[Role]:
        return by_source[source] + links.get(source, [])

    def covered(first: str, second: str) -> bool:
        # every description `second` gives agrees with one `first` tells: nothing
        # `second` says is against `first` ("Councillor" beside "Cllr Ruth Abara,
        # cabinet member for highways")
        return all(any(_one_post(r, o) for r in told(first)) for o in by_source[second])

    for x, first in enumerate(sources):
        for second in sources[x + 1 :]:
            if group[first] != group[second] and (
                any(_one_post(r, o) for r in by_source[first] for o in by_source[second])
                or covered(first, second)
                or covered(second, first)
            ):
                old, new = group[second], group[first]
                group = {s: new if g == old else g for s, g in group.items()}
    return group


def best_pair(a: Sequence[Role], b: Sequence[Role]) -> tuple[Role, Role]:
    def shared(pair: tuple[Role, Role]) -> int:
        return len(role_words(pair[0].role) & role_words(pair[1].role))

    return max(((x, y) for x in a for y in b), key=shared)
