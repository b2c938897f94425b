"""Verbs one of which names a kind of the other: "scorched" is a way to "burn",
"manufactured" a way to "make".

Two outlets often tell one event with a general verb and a specific one ("has
burned 8,500 acres" / "had scorched 5,800 acres"); WordNet's synonym sets do not
join them, its hypernyms do. The table in data/verb_kinds.txt holds, for each
verb, the single-word verbs of the direct hypernyms of its three commonest senses
(the same senses data/synonyms.txt keeps) that are among the general verb's
commonest senses too (for a phrasal verb, one of its words'), built from Princeton WordNet 3.0 by
`python bench/build_synonyms.py /usr/share/wordnet`. Only a direct link counts:
two verbs that share a hypernym ("stab" and "shoot" are both ways to "wound")
are two events.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from compare.align.frames import confident
from compare.align.synonyms import SENSES_KEPT, senses, table, verb_synsets
from compare.align.wordnet_files import index_entries, table_entry, table_lines
from compare.align.words import TEXTS_REMEMBERED, remembered
from compare.extract.claims import Claim
from compare.extract.lemmas import verb_lemma


@lru_cache(maxsize=16384)
def _general_of(verb: str) -> frozenset[str] | None:
    """The general verbs the table lists for a verb; None when it lists no such verb."""
    return table_entry(table_lines("verb_kinds.txt"), verb)


@lru_cache(maxsize=16384)
def _verb_lemmas(word: str) -> frozenset[str]:
    """The verb lemmas an inflected word may be a form of ("scorched": scorch)."""
    word = word.lower()
    return frozenset({word} | {lemma for part, lemma in table().lemmas(word) if part == "v"})


# Light verbs that news uses for one event, which WordNet files under other senses:
# "the trial is set for June 12" is "scheduled for June 12".
_NEWS_KINDS = {"set": frozenset({"schedule"}), "slate": frozenset({"schedule"})}


@lru_cache(maxsize=16384)
def general_verbs(word: str) -> frozenset[str]:
    """The verbs the word's verb senses are a kind of ("scorch": burn, heat...). A
    light verb ("set", "make") names no event of its own: only its news sense."""
    found = {g for lemma in _verb_lemmas(word) for g in _NEWS_KINDS.get(lemma, ())}
    if confident(word):
        found.update(g for lemma in _verb_lemmas(word) for g in _general_of(lemma) or ())
    return frozenset(found)


@lru_cache(maxsize=65536)
def kind_of(a: str, b: str) -> bool:
    """Does one verb name a kind of the other's event ("scorch" / "burn"), or of a
    synonym of it ("break out" is a way to "begin", which is to "start")? A linking
    verb names a state entered or kept, no event: WordNet puts "die" under "change
    state", a synonym of "become", yet "who in 1974 became the first woman to" and
    "died on 9 May" tell two events."""
    if verb_lemma(a) in LINKING_VERBS or verb_lemma(b) in LINKING_VERBS:
        return False
    return _kind_of(a, b) or _kind_of(b, a)


# Verbs that link a subject to a state ("became the first woman", "remained
# closed"): what they say is the state, not an event of their own.
LINKING_VERBS = frozenset("be become seem remain stay".split())


def _kind_of(specific: str, general: str) -> bool:
    # a general verb of the specific one, or a synonym of one (senses shared)
    return bool(general_verbs(specific) & _verb_lemmas(general)) or bool(
        _general_senses(specific) & senses(general)
    )


@lru_cache(maxsize=16384)
def _general_senses(word: str) -> frozenset[str]:
    """Every sense group of the verbs the word names a kind of, once per word: a
    verb shares a sense with one of them exactly when it shares one with this union
    (the many-article compare asks kind_of of every two verbs of its counts)."""
    return frozenset().union(*(senses(k) for k in general_verbs(word)))


# Particles that make a phrasal verb of the verb before them: "broke out", "set off".
PARTICLES = frozenset("out up off down in on over away back".split())


def _single_or_phrasal(lemma: str) -> bool:
    parts = lemma.split("_")
    return len(parts) == 1 or (len(parts) == 2 and parts[1] in PARTICLES)


# The longest fixed phrase read after a verb: "gave way" (give_way), "pulled the plug"
# (pull_the_plug); longer WordNet idioms are rare in news and costly to match.
IDIOM_WORDS = 3


def _listed(lemma: str) -> bool:
    """A verb, a phrasal verb or a short idiom WordNet lists whole."""
    return _single_or_phrasal(lemma) or len(lemma.split("_")) <= IDIOM_WORDS


# What a casualty figure counts, by its verb: those hit, those hurt and those killed
# are three counts of one attack ("shooting three people, killing one" / "shot to
# death one person and injured two others"), though WordNet makes killing and
# wounding ways to shoot. Two verbs of two different casualty counts are two facts.
CASUALTY_COUNTS = {
    **dict.fromkeys(("shoot", "stab", "hit", "strike"), "hit"),
    **dict.fromkeys(("injure", "wound", "hurt", "maim"), "hurt"),
    **dict.fromkeys(("kill", "die", "slay", "murder"), "killed"),
}


def _casualty_count(claim: Claim, lemma: str) -> str | None:
    """Which casualty count a figure gives, by its predicate; "shot to death" kills."""
    count = CASUALTY_COUNTS.get(lemma)
    after = after_predicate(claim) if count is not None else None
    if after is not None and "to death" in after[:40].lower():
        return "killed"
    return count


# A market's move at the close and one its verb does not place there ("plunged 5.4
# per cent" / "closed down 3.9 percent") are two moments of one day's trading.
CLOSING = frozenset({"close", "end", "settle"})
MARKET_UNITS = frozenset({"%", "points"})
# The other side must tell a move, so a closing figure against a plain level or score
# ("turnout ended at 44%" / "turnout was 38%") is still compared.
MOVES = frozenset(
    "fall drop plunge plummet tumble slide slump sink dip slip decline lose "
    "rise gain jump climb soar surge rally rebound advance".split()
)


def two_counts(x: Claim, y: Claim) -> bool:
    """Figures whose verbs say they count two things: two casualty counts ("three
    shot" / "one shot to death"), or a market's close and another moment of its day."""
    lemma_x, lemma_y = predicate_lemma(x) or "", predicate_lemma(y) or ""
    cx, cy = _casualty_count(x, lemma_x), _casualty_count(y, lemma_y)
    if cx is not None and cy is not None and cx != cy:
        return True
    if getattr(x, "unit", None) not in MARKET_UNITS or getattr(y, "unit", None) not in MARKET_UNITS:
        return False
    verb_x, verb_y = lemma_x.split("_")[0], lemma_y.split("_")[0]  # "close_down": close
    if verb_x in CLOSING:
        return verb_y in MOVES
    return verb_y in CLOSING and verb_x in MOVES


def after_predicate(claim: Claim) -> str | None:
    """The claim's sentence after its frame's predicate; None without one in it."""
    frame = claim.frame
    if frame is None or frame.predicate is None:
        return None
    at = frame.predicate.end - claim.sentence_start
    return claim.sentence[at:] if 0 <= at <= len(claim.sentence) else None


@remembered(TEXTS_REMEMBERED)  # read for every pair the claim is in
def predicate_lemma(claim: Claim) -> str | None:
    """The lemma of the claim's predicate, with its particle or idiom's words when
    WordNet knows the phrasal verb ("the fire broke out": break_out) or the idiom
    ("the roof gave way": give_way), else the frame's lemma."""
    frame = claim.frame
    if frame is None or not frame.lemma:
        return claim.frame_lemma
    after = after_predicate(claim)
    if after is None:
        return frame.lemma  # no predicate, or one read outside the claim's sentence
    following = after.split(maxsplit=IDIOM_WORDS - 1)[: IDIOM_WORDS - 1]
    # the longest idiom first ("pulled the plug"), then a phrasal verb or a verb and
    # its noun ("gave way"); a word after punctuation is no part of it
    for size in range(len(following), 0, -1):
        told = following[:size]
        if any(not word.isalpha() for word in told[:-1]) or not told[-1].strip(",.;:").isalpha():
            continue
        phrasal = "_".join([frame.lemma, *(w.strip(",.;:").lower() for w in told)])
        if _general_of(phrasal) is not None:
            return phrasal
    return frame.lemma


def build(wordnet_dir: Path) -> Iterator[str]:
    """Lines of data/verb_kinds.txt from WordNet's index.verb and data.verb."""
    yield "# Direct hypernyms of verbs, from Princeton WordNet 3.0 (see WORDNET-LICENSE)."
    yield "# Built by: python bench/build_synonyms.py WORDNET_DICT_DIR"
    yield "# '<verb> <general verb> ...': single-word verbs of the direct hypernyms of the"
    yield "# verb's three commonest senses, each among the general verb's three too."
    listed = {
        lemma: offsets[:SENSES_KEPT]
        for lemma, offsets in index_entries(wordnet_dir / "index.verb")
        if _listed(lemma)
    }
    # the general verbs' senses: single words and phrasal verbs, as before idioms
    # were listed, so that an idiom adds its own line and changes no other
    senses = {lemma: offsets for lemma, offsets in listed.items() if _single_or_phrasal(lemma)}
    members, hypernyms = verb_synsets(wordnet_dir)
    for verb, offsets in sorted(listed.items()):
        # the general sense is among the general verb's commonest too: "walk" (a base
        # on balls) is a kind of "hit" only in baseball. A phrasal verb's sense is
        # specific already: its general sense need be common for one of its words
        # ("break out" is to "begin, start", start's fourth sense).
        phrasal = "_" in verb
        general = {
            word
            for offset in offsets
            for parent in hypernyms.get(offset, ())
            for word in members.get(parent, ())
            if "_" not in word
            and word != verb
            and any(parent in senses.get(w, ()) for w in (members[parent] if phrasal else [word]))
        }
        if "_" in verb:
            # a phrasal verb's one-word synonyms: "break out" is "erupt"
            general.update(
                word
                for offset in offsets
                for word in members.get(offset, ())
                if "_" not in word and offset in senses.get(word, ())
            )
        if general:
            yield f"{verb} {' '.join(sorted(general))}"
