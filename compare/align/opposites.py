"""Predicates that state opposite outcomes: approved / rejected, rose / fell.

Two sources that say the same thing happened to the same thing with opposite
verbs contradict each other. The list holds the verbs (and a few adjectives)
news reports turn on, and WordNet's direct antonyms of verbs and adjectives
between their two commonest senses extend it (the pairs of data/antonyms.txt, read
by antonyms.py); lookups go through WordNet's morphology.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from compare.align.antonyms import wordnet_antonyms
from compare.align.synonyms import table
from compare.align.words import STOPWORDS

# Lemma pairs, one pair per entry: the first word's opposite is the second. Pairs of
# a rising and a falling verb, or of an approving and a disapproving one, are not
# listed: the classes below (_RISE x _FALL, _APPROVING x _DISAPPROVING) give them all.
# Besides verbs: "into" / "out", opposite directions of one motion ("let them into" / "kept
# them out of"), where the verbs alone may be no opposites.
_NEWS_OPPOSITES = """
approve veto; approve deny; accept refuse; accept decline; win lose; defeat lose;
acquit convict; gain lose; grow shrink; expand contract; raise lower; raise cut;
confirm deny; admit deny; allow ban; allow forbid; allow prohibit; permit ban;
permit forbid; lift impose; pass fail; succeed fail; agree disagree; agree refuse;
open close; start end; begin end; join leave; enter leave; arrive depart; hire fire;
buy sell; include exclude; survive die; live die; release detain; release arrest;
free detain; guilty innocent; legal illegal; alive dead; strengthen weaken; uphold overturn;
uphold reverse; sign veto; ratify reject; resume suspend; continue stop; find lose;
open shut; lead trail; reopen close; reopen shut; expand reduce; expand shrink;
issue withdraw; issue revoke; allow block; allow bar; allow prevent; allow stop;
permit block; permit bar; permit prevent; permit stop; let block; let bar; let stop;
into out; defend criticize; defend condemn; defend attack; praise attack; welcome regret;
grant refuse; grant deny; grant reject; accept deny; improve worsen; improve deteriorate;
ease worsen; ease intensify; ease tighten; loosen tighten; relax tighten; widen narrow;
expand narrow; increase cut; cheer boo; obey defy; remand release; remand free;
good poor; ahead behind; guilty acquit; innocent convict; stay leave; remain leave;
support undermine; northbound southbound; eastbound westbound; allow refuse;
permit refuse; allow reject; approve vote_down; pass vote_down
"""


# Irregular forms of the verbs above that WordNet's table may not carry.
_IRREGULAR = dict(
    pair.split()
    for pair in (
        "won win|lost lose|fell fall|fallen fall|rose rise|risen rise|sold sell|bought buy|"
        "began begin|begun begin|grew grow|grown grow|shrank shrink|shrunk shrink|left leave|"
        "found find|forbade forbid|forbidden forbid|upheld uphold|died die|dying die|lying lie|"
        "sank sink|sunk sink|leapt leap|dove dive"
    ).split("|")
)


# Verbs of a figure's motion: any verb that moves it up is the opposite of any that moves
# it down ("shares jumped 18%" / "stock sank 18%"), not only the pairs listed above.
# "lose" / "advance" / "slip" / "slide" / "dip" are left out: they are as often no motion
# of a figure ("lost the vote", "the army advanced", "slipped away").
_RISE = frozenset(
    "rise jump climb soar surge rally rebound spike leap rocket increase gain".split()
)
_FALL = frozenset("fall drop plunge plummet tumble slump sink sag decline decrease dive".split())


# Verbs that move a figure only when the figure follows them ("shares slipped 6.2%",
# "the index advanced 2%"): elsewhere they are as often no motion of a figure ("slipped
# away", "the troops advanced", "lost the vote"), so they join the two classes above
# only there (figure_moves_apart).
_FIGURE_RISE = _RISE | frozenset("advance add".split())
_FIGURE_FALL = _FALL | frozenset("slip dip slide lose shed".split())


def moves_a_figure(word: str) -> bool:
    """Can the word be a verb that moves a figure after it (a cheap filter)?"""
    return bool(lemmas(word) & (_FIGURE_RISE | _FIGURE_FALL))


def figure_moves_apart(a: str, b: str, after_a: str, after_b: str) -> bool:
    """Do two verbs, each followed by a figure (`after_a`, `after_b`: the word after
    each), move it opposite ways?"""
    if not (after_a[:1].isdigit() and after_b[:1].isdigit()):
        return False
    return figure_verbs_apart(a, b)


def figure_verbs_apart(a: str, b: str) -> bool:
    """Would two verbs move a figure opposite ways, were it their object or what they
    move by (the caller knows it is: the number judge reads a figure's own verbs)?"""
    la, lb = lemmas(a), lemmas(b)
    if la & lb:
        return False
    return bool(
        (la & _FIGURE_RISE and lb & _FIGURE_FALL) or (la & _FIGURE_FALL and lb & _FIGURE_RISE)
    )


# Verbs of a stance taken towards a thing (a decision, a plan, a ruling): any verb of
# approval is the opposite of any verb of disapproval when one holder takes both
# towards one thing ("accepted the referee's decision" / "disputed the referee's
# decision", "endorsed the bill" / "fought the bill"), not only the pairs listed
# above. Verbs with a commoner sense of another kind are left out ("decline" a figure,
# "deny" a report, "regret" a loss, "hail" a cab).
_APPROVING = frozenset(
    "accept approve support back endorse welcome praise applaud embrace favor favour "
    "champion".split()
)
_DISAPPROVING = frozenset(
    "reject oppose dispute challenge contest fight resist criticize criticise condemn "
    "denounce spurn rebuff".split()
)


# Verbs of keeping a thing in force against verbs of ending it: any of the first is the
# opposite of any of the second ("extended the closure" / "lifted the closure", "will
# keep the discount" / "will scrap the discount"). "Stop", "drop" and "remove" are left
# out: they are as often a motion ("stopped at the border", "dropped 3%") as an end.
_KEEPING = frozenset("keep retain extend maintain prolong".split())
_ENDING = frozenset("scrap abolish axe lift end cancel revoke rescind".split())


# Adjectives of a slight degree against those of a great one, said of one harm or
# amount ("little damage" / "extensive damage", "slight injuries" / "severe injuries");
# WordNet pairs only a few of them (minor / major). "Light" is left out: a colour and a
# weight as often as a degree.
_SLIGHT = frozenset("slight minor minimal little superficial".split())
_GREAT = frozenset("extensive severe serious heavy widespread".split())


def _pairs() -> frozenset[frozenset[str]]:
    pairs = {frozenset((up, down)) for up in _RISE for down in _FALL}
    pairs |= {frozenset((yes, no)) for yes in _APPROVING for no in _DISAPPROVING}
    pairs |= {frozenset((kept, ended)) for kept in _KEEPING for ended in _ENDING}
    pairs |= {frozenset((slight, great)) for slight in _SLIGHT for great in _GREAT}
    for entry in _NEWS_OPPOSITES.replace("\n", " ").split(";"):
        words = entry.split()
        if len(words) == 2:
            pairs.add(frozenset(words))
    return frozenset(pairs)


# WordNet adjectives that are also other, commoner words ("he left", "the first of").
_AMBIGUOUS = frozenset("left right first last like unlike even present due back".split())


@cache
def _wordnet_pairs() -> frozenset[frozenset[str]]:
    """Direct antonyms from WordNet (antonyms.py's table)."""
    left_out = _AMBIGUOUS | STOPWORDS
    return frozenset(frozenset(pair) for pair in wordnet_antonyms() if not set(pair) & left_out)


@cache
def _table() -> tuple[frozenset[frozenset[str]], frozenset[str]]:
    pairs = _pairs() | _wordnet_pairs()
    return pairs, frozenset(w for pair in pairs for w in pair)


@cache
def lemmas(word: str) -> frozenset[str]:
    """The word itself and the lemmas WordNet's morphology reduces it to
    ("rose" → rise, "fell" → fall, "approved" → approve)."""
    word = word.lower()
    _, known = _table()
    found = {word} | {lemma for _, lemma in table().lemmas(word)}
    if word in _IRREGULAR:
        found.add(_IRREGULAR[word])
    endings = (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""),
               ("ing", "e"), ("s", ""))  # fmt: skip
    for end, new in endings:  # "denied" → deny
        stem = word[: len(word) - len(end)]
        if word.endswith(end) and stem + new in known:
            found.add(stem + new)
        if word.endswith(end) and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in known:
            found.add(stem[:-1])  # "dropped" → drop
    # British spellings of the table's "-ize" verbs: "criticised" → criticise → criticize
    found |= {w[:-3] + "ize" for w in found if w.endswith("ise") and w[:-3] + "ize" in known}
    return frozenset(found)


def are_opposites(a: str, b: str) -> bool:
    """Do two words (any inflection) name opposite predicates?"""
    la, lb = lemmas(a), lemmas(b)
    if la & lb:
        return False  # one word can be read as the other ("lost" / "lose")
    pairs, known = _table()
    return any(frozenset((x, y)) in pairs for x in la & known for y in lb & known)


def listed_lemmas(word: str) -> frozenset[str]:
    """The word's lemmas that take part in some opposite pair."""
    return lemmas(word) & _table()[1]


def opposite_lemmas(word: str) -> frozenset[str]:
    """The lemmas opposite to one of the word's: `are_opposites(word, b)` can be true
    only when `listed_lemmas(b)` holds one of them."""
    partners = _partners()
    return frozenset().union(*(partners.get(x, ()) for x in listed_lemmas(word)))


@cache
def _partners() -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for pair in _table()[0]:
        # each word of a pair is the other's partner; a pair of one word ({"x"}: a
        # word opposite to itself) is that word's own
        first, *_, last = (*pair, *pair)
        found[first].add(last)
        found[last].add(first)
    return found


def is_opposite_word(word: str) -> bool:
    """Does the word take part in some opposite pair (a cheap filter)?"""
    return bool(lemmas(word) & _table()[1])


# Opposites that swap their actor and object rather than contradict: "A beat B" is
# "B lost to A", "A sold it to B" is "B bought it from A".
_CONVERSES = frozenset(
    frozenset(pair.split())
    for pair in (
        "win lose|beat lose|defeat lose|buy sell|give receive|lend borrow|gain lose|lead trail"
    ).split("|")
)


def is_converse(a: str, b: str) -> bool:
    """Are two opposite words converses (one fact told from either side)?"""
    return any(frozenset((x, y)) in _CONVERSES for x in lemmas(a) for y in lemmas(b))
