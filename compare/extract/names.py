"""People in an article: name mentions, titles, and one canonical name each.

"Michael Carpenter", "Carpenter" and "Mr. Carpenter" are one person: a short
mention resolves to the full name in the same article that ends with it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

import attrs

from compare.extract import lexicon as lx
from compare.extract.lemmas import classes
from compare.extract.people_nouns import counting_nouns

_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’\-]*"
# An initial is followed by more of the name: "John C. Smith", not "Plan B. Then".
_INITIAL = r"[A-Z]\.(?=[ \u00a0]+[A-Z])"
_PARTICLE = r"(?:de|da|di|del|della|van|von|der|den|bin|ibn|al|el|la|le|du|dos|das|ter)"
_PARTICLES = frozenset(_PARTICLE[3:-1].split("|"))
_GAP = r"[ \u00a0]+"
# A later word may be an abbreviated title ("State Sen. Aisha Rahman"): a period
# before another capitalised word stays in the run, and _split_at_sentence_ends
# cuts the run there unless the word is a title or an initial ("Sunday. Captain").
_ABBREVIATED = rf"{_CAP}\.(?={_GAP}[A-Z])"
# A run opens with a capital not inside a word: written capital first (the check of
# the character before it follows, as a lookbehind over both), so that re skips in C
# to the next capital instead of trying the pattern at every position. (An initial
# as the first word, "C. Smith", is a capitalised word and its period.)
NAME_RE = re.compile(
    rf"[A-ZÀ-ÖØ-Þ](?<![\w'’\-].)[\w'’\-]*\.?"
    rf"(?:{_GAP}(?:{_PARTICLE}{_GAP})?(?:{_INITIAL}|{_ABBREVIATED}|{_CAP}))*"
)
_TOKEN = re.compile(r"\S+")


@attrs.frozen
class Mention:
    start: int
    end: int
    text: str
    possessive: bool


def name_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Capitalised word runs in text[start:end], with sentence-initial function
    words and trailing possessives trimmed."""
    end = len(text) if end is None else end
    found = []
    for match in NAME_RE.finditer(text, start, end):
        base = match.start()
        words = match.group(0)
        if " " not in words and "\u00a0" not in words:
            # One word (most runs: "The", "He", "Smith"): one run of one token.
            if not _opens_no_name(words):
                mention = _one_word(base, words)
                if mention is not None:
                    found.append(mention)
            continue
        run = [(base + t.start(), base + t.end()) for t in _TOKEN.finditer(words)]
        for tokens in _split_at_sentence_ends(text, run):
            mention = _mention(text, tokens)
            if mention is not None:
                found.append(mention)
                if mention.possessive:
                    owned = _owned_name(text, tokens, mention.end)
                    if owned is not None:
                        found.append(owned)
    return found


def _owned_name(text: str, tokens: list[tuple[int, int]], owner_end: int) -> Mention | None:
    """The person named after an owner in one capitalised run: "Greystone's Patricia
    Lindqvist" names Lindqvist as well as Greystone. Only a person's name (perhaps
    after a title) counts: "Harlow's CEO" names no one."""
    rest = [(ts, te) for ts, te in tokens if ts > owner_end]
    if not rest:
        return None
    mention = _mention(text, rest)
    if mention is None or mention.possessive or not names_a_person(mention.text):
        return None
    return mention


@lru_cache(maxsize=4096)
def names_in(phrase: str) -> tuple[Mention, ...]:
    """name_mentions(phrase), read once per wording: an article names the same
    speaker again and again ("Smith said" after each of his quotes)."""
    return tuple(name_mentions(phrase))


def _split_at_sentence_ends(
    text: str, tokens: list[tuple[int, int]]
) -> list[list[tuple[int, int]]]:
    """ "Sunday. Captain Smith" is two runs: a period ends a run unless it ends an
    abbreviation ("Sen.") or an initial ("C.")."""
    runs: list[list[tuple[int, int]]] = [[]]
    for ts, te in tokens:
        runs[-1].append((ts, te))
        word = text[ts:te]
        if word.endswith(".") and len(word) > 2 and word.lower() not in lx.TITLES:
            runs.append([])
    return [run for run in runs if run]


def _mention(text: str, tokens: list[tuple[int, int]]) -> Mention | None:
    """One name from its tokens: leading function words and a possessive trimmed."""
    while tokens and _opens_no_name(text[tokens[0][0] : tokens[0][1]]):
        tokens.pop(0)
    possessive = False
    for i, (ts, te) in enumerate(tokens):
        word = text[ts:te]
        if word.endswith(("'s", "’s")) or (i > 0 and word.endswith(("'", "’"))):
            # "Russia's deputy": the name ends at the possessive.
            cut = 2 if word.endswith("s") else 1
            tokens = [*tokens[:i], (ts, te - cut)]
            possessive = True
            break
    if not tokens:
        return None
    s, e = tokens[0][0], tokens[-1][1]
    last = text[tokens[-1][0] : e]
    if last.endswith(".") and len(last) > 2 and last.lower() not in lx.TITLES:
        e -= 1  # sentence-final period, not an initial
    if e > s and text[s:e].strip():
        return Mention(s, e, text[s:e], possessive)
    return None


def _one_word(start: int, word: str) -> Mention | None:
    """_mention of a run of one word that opens a name: the same trimming, without
    the token lists (most runs are one word)."""
    possessive = word.endswith(("'s", "’s"))
    if possessive:
        word = word[:-2]
    if word.endswith(".") and len(word) > 2 and word.lower() not in lx.TITLES:
        word = word[:-1]  # sentence-final period, not an initial
    if word and word.strip():
        return Mention(start, start + len(word), word, possessive)
    return None


def _opens_no_name(word: str) -> bool:
    # "Stated Stone:", "Added Ruiz": a sentence-initial speech verb is not a first name.
    return word in lx.NAME_STOPWORDS or (word.endswith("ed") and word.lower() in lx.REPORTING_VERBS)


# Title words that modify the post after them ("Chief Executive", "Deputy Director")
_MODIFIERS = frozenset("chief deputy assistant acting vice senior interim associate".split())


@lru_cache(maxsize=4096)
def split_title(name: str) -> tuple[str, str]:
    """("Russian Foreign Minister", "Sergey Lavrov") from "Russian Foreign Minister
    Sergey Lavrov": the title runs to its last title word before the name."""
    words = name.split()
    cut = 0
    for i, word in enumerate(words[:-1]):
        if word.lower().rstrip(",") in lx.TITLES or (i == 0 and _post(word)):
            cut = i + 1
        elif i and i == cut and words[i - 1].lower() in _MODIFIERS and _post(word):
            cut = i + 1  # "Chief Executive Harriet Moss": the post a modifier titles
        elif i and _post(word) and _name_after(words[i + 1 :]):
            cut = i + 1  # "Deputy City Manager Ana Ruiz": a post ending a run of titles
        elif _person_noun(word) and whole_name(words[i + 1 :]):
            cut = i + 1  # "Senior Coroner Ana Ruiz": a noun for a person before a whole name
    if cut and len(words) - cut > 3:
        cut = 0  # too long to be a name: not a title then
    return " ".join(words[:cut]), " ".join(words[cut:])


def _name_after(words: list[str]) -> bool:
    """Are the words after a post inside a capitalised run a person's name on their
    own ("City Council Member Ana Ruiz": "Ana Ruiz")? Then the post ends the title,
    wherever it stands; a post followed by one word ("Tom Farmer Jr") is not cut."""
    return 2 <= len(words) <= 3 and is_person_name(" ".join(words))


def _post(word: str) -> bool:
    """A capitalised noun of a position opening a name as its title: "Commissioner
    Ana Ruiz" (the title list holds the commonest only). Inside a longer run
    ("City Council Member", "General Manager") it ends the title only when a whole
    name follows it (_name_after)."""
    return word[:1].isupper() and word.lower() in lx.ROLE_NOUNS


_SUFFIXES = frozenset("jr sr ii iii iv".split())


def whole_name(words: list[str]) -> bool:
    """A given name and a surname at least, a generation's suffix not counted: in
    "Tom Farmer Jr" "Tom" is the given name, no post ("Farmer Jr" is no whole name)."""
    named = [w for w in words if w.lower().rstrip(".") not in _SUFFIXES]
    return _name_after(words) and len(named) >= 2


def _person_noun(word: str) -> bool:
    """A capitalised noun whose commonest sense in WordNet is a kind of person
    ("Coroner", "Warden", "Provost"), or such a noun after a modifier joined by a
    hyphen ("Vice-captain"). It is a post only before a whole name (_name_after):
    a first name that is also such a noun ("Hunter Biden") has one word after it."""
    if not word[:1].isupper():
        return False
    lower = word.lower()
    modifier, _, noun = lower.rpartition("-")
    if modifier and modifier not in _MODIFIERS:
        return False
    if noun in lx.ROLE_NOUNS:
        return True
    # Only a noun: a word that is an adjective too ("Italian", "Republican") tells
    # where a person is from or what they side with, no post.
    kinds = classes(noun)
    return noun in counting_nouns() and "noun" in kinds and "adj" not in kinds


def is_post_word(word: str) -> bool:
    """A word naming a post: a title, a role noun, or a capitalised noun for a
    person ("Clerk" in "Clerk of the Privy Council")."""
    lower = word.lower()
    return lower in lx.TITLES or lower.rstrip("s") in lx.ROLE_STEMS or _person_noun(word)


def names_a_person(phrase: str) -> bool:
    """A person's name, perhaps after a title: "Circuit Court Judge David McKeague"."""
    return is_person_name(split_title(phrase)[1])


@lru_cache(maxsize=4096)
def is_person_name(name: str) -> bool:
    """Two or more capitalised words, none of which marks a place or organisation."""
    words = name.split()
    if len(words) < 2 or len(words) > 5:
        return False
    if not all(w[:1].isupper() or w in _PARTICLES for w in words):
        return False
    if any(w.strip(".,") in lx.NON_PERSON_WORDS for w in words):
        return False
    if any(w.isupper() and len(w) > 2 for w in words):  # acronyms: "OSCE", "NATO"
        return False
    return words[0] not in lx.NAME_STOPWORDS


# A run of capitalised words that fills a quotation on its own is a title, not a
# person: “The Big Lebowski”, “Van Wilder”.
_TITLE_OPENS = re.compile(r"[“\"‘]\s*(?:[A-Z][\w'’\-]*\s+){0,4}$")
_TITLE_CLOSES = re.compile(r"(?:\s+[A-Z][\w'’\-]*){0,4}[.,!?]?[”\"’]")


def _quoted_title(text: str, start: int, end: int) -> bool:
    return bool(
        _TITLE_OPENS.search(text, max(0, start - 60), start) and _TITLE_CLOSES.match(text, end)
    )


class PersonIndex:
    """Full names of the people in one text, to resolve short mentions."""

    def __init__(self, text: str) -> None:
        self._by_last: dict[str, list[tuple[int, str]]] = {}
        self._mentions: list[tuple[int, str]] = []  # (offset, canonical) of person mentions
        mentions = name_mentions(text)
        titles: set[int] = set()  # offsets of names that are quoted titles
        self.mentions = mentions  # every capitalised run, in text order, for the extractors
        for mention in mentions:
            _, core = split_title(mention.text)
            if is_person_name(core):
                if _quoted_title(text, mention.start, mention.end):
                    titles.add(mention.start)
                    continue
                last = core.split()[-1].lower()
                self._by_last.setdefault(last, []).append((mention.start, core))
        self._distinct = {
            key: list(dict.fromkeys(name for _, name in entries))
            for key, entries in self._by_last.items()
        }
        self._readings: dict[str, str | list[tuple[int, str]] | None] = {}
        self._owners: set[int] = set()  # offsets of possessive mentions ("Reid's rep")
        for mention in mentions:
            canonical = self.canonical(mention.text, mention.start)
            if canonical is not None and mention.start not in titles:
                self._mentions.append((mention.start, canonical))
                if mention.possessive:
                    self._owners.add(mention.start)
        self._offsets = [offset for offset, _ in self._mentions]

    def canonical(self, mention: str, at: int | None = None) -> str | None:
        """The full name a mention refers to, or None when it names no known person."""
        # An article repeats its names: each wording is read once (the index does
        # not change after it is built).
        try:
            reading = self._readings[mention]
        except KeyError:
            reading = self._readings[mention] = self._reading(mention)
        if not isinstance(reading, list):
            return reading
        if at is None:
            return reading[0][1]
        i = bisect_right(reading, (at, "\uffff")) - 1
        return reading[i][1] if i >= 0 else reading[0][1]

    def _reading(self, mention: str) -> str | list[tuple[int, str]] | None:
        """What canonical gives for a wording: a name, None, or (a surname alone)
        the full names it may stand for by offset, to choose from by position."""
        _, core = split_title(mention.strip())
        words = core.split()
        if not words:
            return None
        key = words[-1].lower()
        candidates = self._by_last.get(key, [])
        if is_person_name(core):
            # A full name; prefer a longer form the article uses ("Joe R. Smith").
            longer = [
                n for n in self._distinct.get(key, ()) if n.endswith(core) and len(n) > len(core)
            ]
            return longer[0] if longer else core
        if len(words) == 1 and candidates:
            return candidates
        return None

    def last_person_before(self, offset: int, not_before: int = 0) -> str | None:
        i = bisect_right(self._offsets, offset) - 1
        if i >= 0 and self._mentions[i][0] >= not_before:
            return self._mentions[i][1]
        return None

    def first_person_in(self, start: int, end: int, *, not_owner: bool = False) -> str | None:
        """The first person named in text[start:end]; with `not_owner`, the first
        not named as an owner ("Reid's representative Jack Ketsoyan": Ketsoyan),
        else the first at all."""
        i = bisect_right(self._offsets, start - 1)
        first = None
        while i < len(self._mentions) and self._mentions[i][0] < end:
            if not (not_owner and self._mentions[i][0] in self._owners):
                return self._mentions[i][1]
            first = first or self._mentions[i][1]
            i += 1
        return first
