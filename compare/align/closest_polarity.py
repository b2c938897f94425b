"""One clause denied, or told with the opposite predicate, in the two articles'
mutually closest sentences.

Outlets that contradict one another on whether a thing happened, or which way it
went, seldom tell the rest in the same words: "the traffic adjudicator ruled that
the signage at the junction was clear" / "The adjudicator ruled that the signs at
the junction were not clear enough for drivers", "the structure had worsened
since its last inspection in 2024" / "the pier's condition had improved since the
previous inspection in 2024". denied_cores and opposed_cores ask every root of the
shorter clause to be in the longer one, since there nothing else ties the two
clauses to one fact; here, as for closest_day_clashes, the rest of the two
sentences does: the two statements' sentences share at least MIN_SHARED content
words (one in lower case) and each is the other's closest (no other sentence of
either article shares as many with it).

Within them, one clause of each is read as a core (denied_cores.Core) and the two
are one fact told both ways when
- one denies a head ("not", "never", a denied intention or seeming) that the other
  states, one word or WordNet synonyms (a negation), or neither is denied and the
  heads are opposites, not converses (an opposite; a verb with its particle read
  whole: "turned down" / "accepted");
- they are about one thing: the subjects share a root (or a passive's subject is
  what the active verb is done to), or, where they do not, what follows the heads
  shares MIN_SHARED roots;
- nothing sets two facts apart: a past state against a present one ("was not
  open" / "is open"), a future or a plan against a deed ("will not pay" / "paid"),
  a modal or a condition (the cores are not read then), two subjects named apart
  ("Ribeiro did not score" / "Asante scored": each names someone the other
  sentence never names), a verb of saying as the head, a question, a head inside
  a quotation, a verb of refusing or denying (or "without") before the head
  ("denied that it had broken the rules" says what "had not broken" says), a
  denied noun ("does not a television show make"), a denial with "only" ("did
  not send only three"), a verb's -ing form with no auxiliary before it (a gerund
  or a participle, "skipping out on entering", no predicate), and for opposites
  an article that uses the other's word anywhere ("was arrested" ... "was
  released without bail": two stages of one story, each article telling both),
  and a beginning against an end, a departure against an arrival (date21's
  two ends of one activity).
It reports only discrepancies, never an agreement.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from compare.align.actor_names import names, names_and_acronyms
from compare.align.antonyms import has_opposite
from compare.align.both_sides import uses_opposite_form
from compare.align.closest_actor_clashes import closest_by_content, first_of_sentences
from compare.align.closest_day_clashes import EVENT_ENDS
from compare.align.denied_cores import (
    Core,
    affirmed_cores,
    content_word,
    denied_cores,
    same_root,
    stated_clauses,
    stated_core,
)
from compare.align.frames import WEEKDAYS
from compare.align.model import Conflict
from compare.align.nobody_denials import nobody_denials
from compare.align.opposed_cores import (
    BEFORE_PREDICATE,
    core_tense,
    opposed_pairs,
    opposed_words,
    told_as_predicate,
)
from compare.align.other_instances import instances_apart
from compare.align.seeming import seemed_state
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.settings import Options
from compare.align.sole_predicates import times_apart, told_once
from compare.align.synonyms import senses
from compare.align.word_contradictions import (
    DENIALS,
    REFUSALS,
    Finding,
    may_be_opposite,
    word_root,
)
from compare.align.words import TEXTS_REMEMBERED, display_words, remembered, words
from compare.extract import Claim
from compare.extract.claims import Statement
from compare.extract.lemmas import classes
from compare.extract.wordlists import REPORTING

SCORE = 0.42  # under the word model's sure pairs, as the other closest-sentence matchers
MIN_SHARED = 2  # content words two sentences share to be one another's closest
_QUOTES = re.compile('["\u201c\u201d]')
# Words after a verb that make it a phrasal verb WordNet may know whole ("turn down").
_PARTICLES = frozenset("down up off out back over away in on".split())

# A state entered against the way out of it: successive stages, both true of one story
# (general English; the opposites table pairs them as opposite outcomes).
_STAGES = (
    (frozenset("arrest detain jail imprison".split()), frozenset("release free".split())),
    (frozenset("enter join".split()), frozenset("leave exit quit".split())),
    (frozenset("hire appoint".split()), frozenset("fire dismiss sack".split())),
    (frozenset("open reopen".split()), frozenset("close shut".split())),
    (frozenset("impose suspend".split()), frozenset("lift resume".split())),
    (frozenset("issue".split()), frozenset("withdraw revoke".split())),
    (frozenset("find".split()), frozenset("lose".split())),
)

Head = tuple[Core, str]  # a core of a clause without a negator, and its head as written


def _candidate(claim: Claim) -> bool:
    """A statement of a sentence that asks nothing."""
    return isinstance(claim, Statement) and "?" not in claim.sentence


@remembered(TEXTS_REMEMBERED)  # read once per sentence: the matcher asks of many pairs
def _opposable(text: str) -> tuple[Head, ...]:
    """The cores of the sentence's clauses without a negator around each predicate
    word that has an opposite, a verb with its particle read whole ("turn_down")."""
    found = []
    for clause in stated_clauses(text):
        ws = clause.words
        seeming = _seemed(ws)
        for k, w in enumerate(ws):
            if not content_word(w) or not told_as_predicate(ws, k):
                continue
            if w.endswith("ing") and not (k > 0 and ws[k - 1] in BEFORE_PREDICATE):
                continue  # "skipping out on entering", "options: extending the date"
            told = w
            verb = classes(w).get("verb")
            if verb is not None and k + 1 < len(ws) and ws[k + 1] in _PARTICLES:
                phrasal = f"{verb}_{ws[k + 1]}"
                if has_opposite(phrasal):
                    told = phrasal
            if told == w and not may_be_opposite(w):
                continue
            core = stated_core(clause, k, seeming.get(k))
            if core is not None:
                found.append((core, told))
    return tuple(found)


def _seemed(ws: Sequence[str]) -> dict[int, int]:
    """Where each state told under a verb of seeming stands, and where that verb
    stands ("the population appears to be growing": "growing" is what is said of
    the population, as in "is growing")."""
    found = {}
    for k in range(len(ws)):
        at = seemed_state(ws, k, content_word)
        if at is not None:
            found[at] = k
    return found


def polarity_told(text_a: str, text_b: str) -> Finding | None:
    """A clause of one sentence denied, or told with the opposite head, in the
    other, read as loosely tied cores (the sentences' closeness ties them)."""
    found = polarity_cores(text_a, text_b)
    return found[0] if found is not None else None


@remembered(TEXTS_REMEMBERED)  # the matcher, then the judge, ask about one pair
def polarity_cores(text_a: str, text_b: str) -> tuple[Finding, Core, Core] | None:
    """polarity_told's finding with the two cores it read (text_a's first)."""
    for denied_text, stated_text, flip in ((text_a, text_b, False), (text_b, text_a, True)):
        for denied in (*denied_cores(denied_text), *nobody_denials(denied_text)):
            if says(denied) or not verb_or_adjective(denied.head_word):
                continue  # "does not a television show make": a noun is no predicate
            if "only" in words(denied_text):
                continue  # "did not sell only the house": the rest was sold
            for stated in affirmed_cores(stated_text, denied):
                if _one_thing(denied, stated, denied_text, stated_text):
                    if flip:
                        return Finding(Conflict.NEGATION, stated.said, denied.said), stated, denied
                    return Finding(Conflict.NEGATION, denied.said, stated.said), denied, stated
    heads_b = _opposable(text_b)
    if not heads_b:
        return None
    for x, told_x in _opposable(text_a):
        for y, told_y in heads_b:
            if says(x) or not opposed_words(told_x, told_y) or _two_ends(x, y, text_a, text_b):
                continue
            if _one_thing(x, y, text_a, text_b):
                return Finding(Conflict.OPPOSITE, x.head_word, y.head_word), x, y
    return None


def _two_ends(x: Core, y: Core, text_x: str, text_y: str) -> bool:
    """A beginning against an end, a departure against an arrival ("voting began
    at 8am" / "the election ended in the evening"), an entry into a state against
    the way out of it ("was arrested" / "was released without bail"): successive
    stages of one story, both true, unless one side tells a state that lasts
    ("remained open" / "was closed")."""
    if _lasting(x, text_x) or _lasting(y, text_y):
        return False
    va = classes(x.head_word).get("verb", x.head_word)
    vb = classes(y.head_word).get("verb", y.head_word)
    return any((va in p and vb in q) or (va in q and vb in p) for p, q in (*EVENT_ENDS, *_STAGES))


def _lasting(core: Core, text: str) -> bool:
    """Is the head told right after a verb of lasting ("remained open", "stays shut")?"""
    at = text.lower().find(core.head_word)
    before = words(text[:at])[-1:] if at > 0 else []
    return any(w.startswith(("remain", "stay")) for w in before)


def verb_or_adjective(word: str) -> bool:
    found = classes(word)
    return "verb" in found or "adj" in found


def says(core: Core) -> bool:
    """Is the head a verb of saying ("did not say")? Who said what is the speaker
    judge's."""
    return classes(core.head_word).get("verb", core.head_word) in REPORTING


def _one_thing(x: Core, y: Core, text_x: str, text_y: str) -> bool:
    """Whether two cores with denied or opposite heads tell one fact of one thing."""
    if {core_tense(x), core_tense(y)} == {"past", "present"} or x.future != y.future:
        return False  # "was not open" / "is open"; "will not pay" / "paid"
    if quoted(x, text_x) or quoted(y, text_y):
        return False
    if governed(x, text_x) or governed(y, text_y):
        return False
    meet = any(same_root(s, y.subject) for s in x.subject) or _crossed(x, y) or _crossed(y, x)
    if not meet and sum(same_root(r, y.rest) for r in x.rest) < MIN_SHARED:
        return False
    return not named_apart(x, y, text_x, text_y)


def _crossed(passive: Core, active: Core) -> bool:
    """ "The main was not damaged" / "The collapse damaged the main": the passive's
    subject is what the active verb is done to."""
    return (
        passive.passive
        and not active.passive
        and any(same_root(s, active.rest) for s in passive.subject)
    )


def quoted(core: Core, text: str) -> bool:
    """Is the head told inside a quotation (an odd number of quotation marks
    before it)?"""
    at = text.lower().find(core.head_word)
    return at >= 0 and len(_QUOTES.findall(text[:at])) % 2 == 1


def governed(core: Core, text: str) -> bool:
    """Does a verb of refusing or denying, or "without", stand before the head
    ("denied that it had broken the rules", "failed to publish", "left without
    paying"): a clause told plainly under it is no fact stated?"""
    at = text.lower().find(core.head_word)
    before = words(text[:at]) if at >= 0 else []
    return any(w in REFUSALS or w in DENIALS or w == "without" for w in before)


def named_apart(x: Core, y: Core, text_x: str, text_y: str) -> bool:
    """Does each subject name someone the other sentence never names ("Ribeiro
    did not score" / "Asante scored": two people)? A word either sentence writes in
    lower case is no name ("Engineers' findings" / "consulting engineers")."""
    common = set(re.findall(r"\b[a-z]+\b", text_x)) | set(re.findall(r"\b[a-z]+\b", text_y))
    common |= _opening_words(text_x, text_y) | _opening_words(text_y, text_x)
    names_x = {n for n in names(text_x) - common if word_root(n) in x.subject}
    names_y = {n for n in names(text_y) - common if word_root(n) in y.subject}
    if not names_x or not names_y:
        return False
    return not names_x & names_and_acronyms(text_y) and not names_y & names_and_acronyms(text_x)


def _opening_words(text: str, other: str) -> set[str]:
    """The sentence's first word when it is an English word (a noun, verb or
    adjective the lemma tables know) that neither sentence capitalises anywhere
    else: "Repeat surveys suggest", "Counts made on return visits" name nobody."""
    first = display_words(text)[:1]
    if not first or not classes(first[0].lower()):
        return set()
    word = first[0]
    later = display_words(text)[1:] + display_words(other)[1:]
    return set() if word in later else {word.lower()}


def closest_polarity_apart(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """The judge's reading: one clause denied or turned opposite in the articles'
    mutually closest sentences (see the module's docstring)."""
    if a.source == b.source or not sentences.by_sentence:
        return None
    if not (_candidate(a) and _candidate(b)):
        return None
    read = polarity_cores(a.text, b.text)
    if read is None:
        return None
    found, x, y = read
    if times_apart(a.sentence, b.sentence):
        return None  # "rose last year" / "fell this year": two periods
    if instances_apart(a, b):
        return None  # "claimed the attack" / "claimed a similar attack": other_instances.py
    every = first_of_sentences(sentences)
    one_day = found.conflict == Conflict.OPPOSITE and _state_on_one_day(a, b, x, y)
    if (
        not one_day
        and not closest_by_content(a, b, sentences, every)
        and not told_once(a, b, x, y, every)
    ):
        return None
    if (
        found.conflict == Conflict.OPPOSITE
        and not one_day
        and not _same_thing(x, y)
        and (_tells(a.source, found.b, every) or _tells(b.source, found.a, every))
    ):
        return None  # "was arrested" ... "was released without bail": two stages told
    return found


def _state_on_one_day(a: Claim, b: Claim, x: Core, y: Core) -> bool:
    """One subject told on one weekday to change into a state and, on the other
    side, to have stayed in the opposite one ("The line reopened on Wednesday
    morning" / "The line remained closed on Wednesday"): a state that lasted
    through the day the other says it ended, so no two stages of one story, though
    each article may tell the closure and the reopening elsewhere. Not two parts of
    the day ("remained closed on Monday morning" / "reopened on Monday evening"),
    nor a clock time on either side (the hour may part them)."""
    if _lasting(x, a.text) == _lasting(y, b.text):
        return False  # neither lasts, or both do
    if not any(same_root(s, y.subject) for s in x.subject):
        return False
    # the day each head's own clause names
    days = [frozenset(d for d in WEEKDAYS if same_root(d, core.rest)) for core in (x, y)]
    if len(days[0]) != 1 or days[0] != days[1]:
        return False
    if _CLOCK.search(a.text) or _CLOCK.search(b.text):
        return False
    parts = [_DAY_PARTS & set(words(c.text)) for c in (a, b)]
    return not (parts[0] and parts[1] and not parts[0] & parts[1])


_CLOCK = re.compile(r"\b\d{1,2}(?::|\.)\d\d\b|\b\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)", re.IGNORECASE)
_DAY_PARTS = frozenset("morning afternoon evening night midday noon midnight dawn".split())


def _same_thing(x: Core, y: Core) -> bool:
    """Do both heads govern the same words ("supports the idea that several species
    lived side by side" / "undermines the idea that several species lived side by
    side")? Then the article's other use of the opposite verb ("to support local
    scientists") is about something else, no second stage of this thing."""
    return len(x.rest) >= MIN_SHARED and x.rest == y.rest


def _tells(source: str, word: str, every: Sequence[Claim]) -> bool:
    """Does the article use a form of the word in any of its sentences?"""
    return any(c.source == source and uses_opposite_form(c.sentence, word) for c in every)


def closest_polarity_pairs(
    statements: Sequence[Statement],
    options: Options | None = None,
    sentences: SentenceClaims = NO_SENTENCES,
) -> list[tuple[float, int, int]]:
    """Pairs (score, i, j) of statements that closest_polarity_apart reads as one
    fact denied or turned opposite. Candidates come from indexes, never from all
    pairs: a denied head meets the statements that hold its root or a WordNet
    sense of it, an opposable head those whose head's verb is opposed to it."""
    index: dict[str, set[int]] = defaultdict(set)  # roots and sense groups
    heads: dict[str, set[int]] = defaultdict(set)  # opposable heads, by verb or word
    for i, statement in enumerate(statements):
        if not _candidate(statement):
            continue
        for w in words(statement.text):
            if content_word(w):
                index[word_root(w)].add(i)
                for group in senses(w):
                    index[f"#{group}"].add(i)
        for _, told in _opposable(statement.text):
            heads[told].add(i)
    candidates: set[tuple[int, int]] = set()
    for i, statement in enumerate(statements):
        if not _candidate(statement):
            continue
        for core in (*denied_cores(statement.text), *nobody_denials(statement.text)):
            keys = [core.head, *(f"#{g}" for g in senses(core.head_word))]
            for j in set().union(*(index.get(key, set()) for key in keys)):
                candidates.add((min(i, j), max(i, j)))
    for x, y in opposed_pairs(heads):
        candidates.update((min(i, j), max(i, j)) for i in heads[x] for j in heads[y])
    pairs = []
    for i, j in sorted(candidates):
        if statements[i].source == statements[j].source:
            continue
        if closest_polarity_apart(statements[i], statements[j], sentences) is not None:
            pairs.append((SCORE, i, j))
    return pairs
