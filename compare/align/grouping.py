"""Turn scored candidate pairs into groups: best pairs first, one claim per source."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence

from compare.extract import Claim


def group(
    claims: Sequence[Claim],
    pairs: Iterable[tuple[float, int, int]],
    *,
    one_to_one: bool = True,
    leftover_pairs: Collection[tuple[int, int]] = (),
) -> list[tuple[list[int], float]]:
    """Greedy complete-linkage agglomeration. With `one_to_one`, a pair joins two groups only when
    they share no source, so each group holds at most one claim per source;
    without it, one claim may gather several of another source's claims (a
    sentence split in two elsewhere). A pair among `leftover_pairs` (i < j; with
    `one_to_one`) that cannot join its claims' groups still stands as a group of
    two when neither claim has a counterpart in the other's source yet: across
    many sources, complete linkage then loses none of those pairs that comparing
    the two sources alone would keep. Returns (member indexes, weakest score that joined them)
    for groups of 2+, the pairs standing apart last."""
    groups, apart = group_apart(claims, pairs, one_to_one=one_to_one, leftover_pairs=leftover_pairs)
    return groups + apart


def group_apart(
    claims: Sequence[Claim],
    pairs: Iterable[tuple[float, int, int]],
    *,
    one_to_one: bool = True,
    leftover_pairs: Collection[tuple[int, int]] = (),
    pairs_only_under: float = 0.0,
) -> tuple[list[tuple[list[int], float]], list[tuple[list[int], float]]]:
    """`group`'s groups, and apart from them the pairs that stand as groups of two
    outside their claims' groups (loose: complete linkage kept them out). A pair
    scoring under `pairs_only_under` (with `one_to_one`) joins no group and lets
    no two groups join: after the grouping it stands as a pair of two apart, when
    neither claim has a counterpart in the other's source yet."""
    pairs = list(pairs)
    alone = [p for p in pairs if one_to_one and p[0] < pairs_only_under]
    if alone:
        pairs = [p for p in pairs if p[0] >= pairs_only_under]
    scored = {(min(i, j), max(i, j)) for _, i, j in pairs}
    parent = list(range(len(claims)))
    sources: dict[int, set[str]] = {i: {c.source} for i, c in enumerate(claims)}
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    weakest: dict[int, float] = {}
    partnered: set[tuple[int, str]] = set()  # (claim, source) paired outside its group
    leftovers: list[tuple[list[int], float]] = []

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def has_counterpart(i: int, source: str) -> bool:
        return source in sources[find(i)] or (i, source) in partnered

    def leave_over(score: float, i: int, j: int) -> None:
        si, sj = claims[i].source, claims[j].source
        free = si != sj and not has_counterpart(i, sj) and not has_counterpart(j, si)
        if one_to_one and free and (min(i, j), max(i, j)) in leftover_pairs:
            partnered.update({(i, sj), (j, si)})
            leftovers.append((sorted((i, j)), score))

    for score, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        if one_to_one and sources[ri] & sources[rj]:
            leave_over(score, i, j)
            continue
        # Complete linkage: every claim of one group must match every claim of the
        # other, so A~C and C~B never put A beside B unless A~B too; and a claim
        # already paired outside its group with a source keeps that pair alone.
        if (
            not all(
                (min(x, y), max(x, y)) in scored
                for x in members[ri]
                for y in members[rj]
                if claims[x].source != claims[y].source
            )
            or any((x, s) in partnered for x in members[ri] for s in sources[rj])
            or any((y, s) in partnered for y in members[rj] for s in sources[ri])
        ):
            leave_over(score, i, j)
            continue
        parent[rj] = ri
        sources[ri] |= sources.pop(rj)
        members[ri].extend(members.pop(rj))
        weakest[ri] = min(score, weakest.get(ri, score), weakest.pop(rj, score))

    for score, i, j in sorted(alone, key=lambda p: (-p[0], p[1], p[2])):
        si, sj = claims[i].source, claims[j].source
        if si != sj and not has_counterpart(i, sj) and not has_counterpart(j, si):
            partnered.update({(i, sj), (j, si)})
            leftovers.append((sorted((i, j)), score))
    groups = [(sorted(idx), weakest[root]) for root, idx in members.items() if len(idx) > 1]
    return groups, leftovers


def apart_groups(
    groups: Sequence[tuple[list[int], float]], pairs: Iterable[tuple[float, int, int]]
) -> list[tuple[list[int], float]]:
    """The pairs whose two claims the grouping put in no group together, best first,
    each pair once: a sentence that states two facts, already grouped with the
    counterpart of one, meets the counterpart of the other here."""
    together = {(min(i, j), max(i, j)) for idx, _ in groups for i in idx for j in idx}
    best: dict[tuple[int, int], float] = {}
    for score, i, j in pairs:
        key = (min(i, j), max(i, j))
        if key not in together and score > best.get(key, float("-inf")):
            best[key] = score
    ordered = sorted(best.items(), key=lambda item: (-item[1], item[0]))
    return [([i, j], score) for (i, j), score in ordered]


def outsider_pairs(
    claims: Sequence[Claim],
    groups: Sequence[tuple[list[int], float]],
    pairs: Iterable[tuple[float, int, int]],
    firm: Callable[[int, int], bool],
) -> list[tuple[list[int], float]]:
    """Pairs across what complete linkage kept apart: a claim in no group, or a
    group, whose pairs all reach one other group ("nearly 300,000 comments" paired
    with one of the three outlets that agree on "nearly 235,000"; two outlets'
    "some 700 metres" beside three outlets' "about 600 metres"): its best `firm`
    pair into that group, once for each two. When either reaches a third, or the
    two hold one source (that article gives the fact apart), one may count
    something else, and they stay unpaired."""
    cluster = {i: k for k, (idx, _) in enumerate(groups) for i in idx}

    def of(i: int) -> int:
        return cluster.get(i, len(groups) + i)  # a claim in no group stands alone

    sources: dict[int, set[str]] = {}
    for i, claim in enumerate(claims):
        sources.setdefault(of(i), set()).add(claim.source)
    reach: dict[int, set[int]] = {}
    best: dict[tuple[int, int], tuple[float, int, int]] = {}  # any pair
    best_firm: dict[tuple[int, int], tuple[float, int, int]] = {}
    for score, i, j in pairs:
        ci, cj = of(i), of(j)
        if ci == cj:
            continue
        reach.setdefault(ci, set()).add(cj)
        reach.setdefault(cj, set()).add(ci)
        meeting = (min(ci, cj), max(ci, cj))
        if sources[ci] & sources[cj]:
            continue
        for table in (best, best_firm) if firm(i, j) else (best,):
            if score > table.get(meeting, (float("-inf"), -1, -1))[0]:
                table[meeting] = (score, i, j)
    lone = len(groups)  # clusters from here on are claims in no group
    kept = []
    for (ci, cj), (score, i, j) in best.items():
        if (reach[ci] == {cj} and ci >= lone) or (reach[cj] == {ci} and cj >= lone):
            if (ci, cj) in best_firm:
                firm_score, fi, fj = best_firm[(ci, cj)]
                kept.append((sorted((fi, fj)), firm_score))
        elif reach[ci] == {cj} and reach[cj] == {ci}:
            kept.append((sorted((i, j)), score))  # two groups that meet only each other
    return sorted(kept, key=lambda item: (-item[1], item[0]))
