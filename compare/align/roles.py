"""Matching how the same person is described across sources."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from compare.align.model import Conflict, Difference, Judgement, Severity, Verdict
from compare.align.people import person_key, same_person
from compare.align.settings import Options
from compare.align.words import stem, words
from compare.extract import Role
from compare.extract import lexicon as lx

_FILLER = frozenset("a an the of to at in for and s".split())

# Abbreviated titles and the words they stand for: "Capt." is "Captain".
_ABBREVIATIONS = {
    "capt": "captain", "cpt": "captain", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "sgt": "sergeant", "maj": "major", "adm": "admiral", "cmdr": "commander",
    "cdr": "commander", "gov": "governor", "sen": "senator", "rep": "representative",
    "dr": "doctor", "prof": "professor", "supt": "superintendent", "det": "detective",
    "insp": "inspector", "pres": "president", "rev": "reverend", "atty": "attorney",
    "asst": "assistant", "dep": "deputy", "sec": "secretary", "amb": "ambassador",
    "cpl": "corporal", "pvt": "private", "ofc": "officer", "mgr": "manager",
}  # fmt: skip
# Position nouns outlets use for one another.
_ROLE_SYNONYMS = [
    {"lawyer", "attorney", "counsel", "counselor", "counsellor"},
    {"spokesman", "spokeswoman", "spokesperson"},
    {"chairman", "chairwoman", "chair"},
    {"adviser", "advisor"},
    {"ceo", "executive"},
    {"doctor", "physician"},
    {"lawmaker", "legislator"},
]
_ROLE_CANON = {w: min(group) for group in _ROLE_SYNONYMS for w in group}
# Words that change the position itself ("deputy minister" is not "minister").
_RANK = frozenset("deputy vice assistant acting interim associate junior under".split())
_POSITIONS = frozenset(stem(n) for n in lx.ROLE_NOUNS) | frozenset(lx.TITLES)
# Positions one person can't hold at once within one setting: a conflict when two
# sources give one person positions from two different sides.
_SIDES = [
    [{"coach", "manager"}, {"player", "striker", "goalkeeper", "quarterback", "pitcher"}],
    [{"judge"}, {"lawyer", "prosecutor"}, {"defendant"}, {"juror"}],
    [{"doctor", "surgeon"}, {"nurse"}, {"patient"}],
    [{"senator"}, {"congressman", "congresswoman", "representative"}],
    [{"governor"}, {"mayor"}],
    [{"teacher", "lecturer", "professor"}, {"student"}],
    [{"officer", "detective"}, {"suspect"}],
]
_SIDE = {w: (d, s) for d, sides in enumerate(_SIDES) for s, side in enumerate(sides) for w in side}


def _canon(word: str) -> str:
    word = _ABBREVIATIONS.get(word, word)
    return _ROLE_CANON.get(stem(word), stem(word))


def role_words(role: str) -> set[str]:
    return {_canon(w) for w in words(role) if w not in _FILLER}


def roles_agree(a: str, b: str) -> bool:
    """One description holds the other ("president" in "Russian president"), or both
    name the same position at the same rank ("former lawyer", "Lohan's attorney")."""
    wa, wb = role_words(a), role_words(b)
    if not wa or not wb or (wa & _RANK) != (wb & _RANK):
        return False  # "deputy foreign minister" is not "foreign minister"
    if len(wa & wb) / min(len(wa), len(wb)) >= 0.8:
        return True
    return bool((wa & _POSITIONS) - _RANK & (wb & _POSITIONS))


def roles_clash(a: str, b: str) -> str:
    """Why two descriptions can't both be right, or '' when they are only different:
    the same position at another rank, or positions from opposite sides of one setting."""
    wa, wb = role_words(a), role_words(b)
    pa, pb = (wa & _POSITIONS) - _RANK, (wb & _POSITIONS) - _RANK
    if pa & pb and (wa & _RANK) != (wb & _RANK):
        return "rank"  # deputy minister / minister
    sides_a = {_SIDE[w] for w in pa if w in _SIDE}
    sides_b = {_SIDE[w] for w in pb if w in _SIDE}
    same_setting = {d for d, _ in sides_a} & {d for d, _ in sides_b}
    if same_setting and not sides_a & sides_b:
        return "position"  # head coach / player
    return ""


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
    """Agree when every source has a description that another's holds; a title
    conflict when two descriptions can't both be right; otherwise a variant."""
    by_source: dict[str, list[Role]] = defaultdict(list)
    for role in members:
        by_source[role.source].append(role)
    sources = list(by_source)
    reference = by_source[sources[0]]
    differences = []
    clashes = []
    for source in sources[1:]:
        others = by_source[source]
        if any(roles_agree(r.role, o.role) for r in reference for o in others):
            continue
        ref, other = best_pair(reference, others)
        differences.append(
            Difference("role", "role", ref.source, other.source, ref.role, other.role)
        )
        clash = [(r, o) for r in reference for o in others if roles_clash(r.role, o.role)]
        if clash:
            clashes.append(clash[0])
    if not differences:
        return Judgement(verdict=Verdict.AGREE)
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


def best_pair(a: Sequence[Role], b: Sequence[Role]) -> tuple[Role, Role]:
    def shared(pair: tuple[Role, Role]) -> int:
        return len(role_words(pair[0].role) & role_words(pair[1].role))

    return max(((x, y) for x in a for y in b), key=shared)
