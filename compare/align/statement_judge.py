"""Whether aligned statements agree, and when they do not, how they differ.

No offline inference model ships in any package this project can use, and
sentence embeddings score contradictions as more alike than paraphrases, so
the verdict comes from rules that can show why. Precision first: a statement
pair differs only on clear evidence, and the evidence is the title.

With frames (claim.frame, when the extractor fills them): the same predicate
lemma negated on one side only (negation); opposite predicate lemmas
(opposite); resolved dates or times that differ (date, time).

Without frames, from the words:
- negation: a word both sentences share is negated in one only. Negated means
  a "not"/"never"/"n't" shortly before it, or a verb that refuses it
  ("declined to respond", "refused to comment" say what "did not respond"
  says);
- opposite: the word diff replaces a word with its opposite (antonyms.py:
  "approved" -> "rejected"), and neither side negates it ("did not win" and
  "lost" agree);
- figure: the word diff replaces a figure before the same word ("40 people" /
  "50 people");
- date: the word diff replaces one weekday with another.
All of them only between sentences that share most of their content words
(CLOSE): aligned sentences that share less are not compared word by word.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import attrs

from compare.align.antonyms import opposite
from compare.align.frames import (
    compare_frames,
    confident,
    same_actor,
    same_head,
    same_predicate,
    two_names,
)
from compare.align.model import Conflict, Difference, Judgement, Severity, Verdict
from compare.align.sentence_claims import NO_SENTENCES, SentenceClaims
from compare.align.sentence_facts import clash
from compare.align.settings import Options
from compare.align.words import STOPWORDS, display_words, stem, word_diff, word_spans, words
from compare.extract import Claim
from compare.extract.claims import Date, Frame, Place, Span, Time

NEGATORS = frozenset("not never no n't cannot nobody nothing none neither nor".split())
# verbs whose complement did not happen: "declined to comment" = "did not comment"
# ("denied" is not one: "denied the charges" does not negate "charges")
REFUSALS = frozenset("declined declines decline refused refuses refuse failed fails fail".split())
# "not only X but also Y" affirms X; "did not immediately respond", "has not yet
# approved" speak of one moment, and a later report may rightly say it happened
NOT_A_DENIAL = frozenset("only immediately yet".split())
WINDOW = 3  # a negator governs a word at most this many words later ("did not immediately say")
CLOSE = 0.6  # share of the shorter sentence's content words the other must have
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


@attrs.frozen
class Finding:
    conflict: Conflict
    a: str  # the reference's words
    b: str  # the other member's words
    severity: Severity | None = None  # None: the conflict type's default (_severity)

    @property
    def title(self) -> str:
        return f"{self.a} vs {self.b}"


def judge_statements(members: Sequence[Claim], options: Options | None = None) -> Judgement:
    """Agree unless a member clearly contradicts the reference (members[0])."""
    return judge_statements_in_context(members, options or Options(), NO_SENTENCES)


def judge_statements_in_context(
    members: Sequence[Claim], options: Options, sentences: SentenceClaims
) -> Judgement:
    """The statement judge with each sentence's other claims at hand: a pair agrees
    only when the figures, tallies, dates, times and places both state agree too."""
    reference = members[0]
    differences = []
    first: Finding | None = None
    for other in members[1:]:
        finding = compare_pair(reference, other, sentences)
        if finding is None:
            continue
        first = first or finding
        differences.append(
            Difference(
                "text",
                finding.conflict.value,
                reference.source,
                other.source,
                finding.a,
                finding.b,
                word_diff(reference.text, other.text),
            )
        )
    if first is None:
        return Judgement(verdict=Verdict.AGREE)
    return Judgement(
        verdict=Verdict.DIFFER,
        differences=tuple(differences),
        conflict=first.conflict,
        severity=first.severity or _severity(first.conflict),
        title=first.title,
    )


def _severity(conflict: Conflict) -> Severity:
    return Severity.VARIANT if conflict in _VARIANT_ONLY else Severity.CONFLICT


def compare_pair(a: Claim, b: Claim, sentences: SentenceClaims = NO_SENTENCES) -> Finding | None:
    """The clearest contradiction between two statements, or None."""
    if a.frame is not None and b.frame is not None:
        if two_names(a.frame.actor, b.frame.actor):
            # "the Jets won" / "the Dolphins lost": two subjects, so neither an
            # opposite nor a negation between them contradicts; the same predicate
            # and object with another subject does ("Ribeiro scored the second goal"
            # / "Asante scored the second goal").
            return _actor(a, b, sentences) or _stated_facts(a, b, sentences)
        if _two_facts(a.frame, b.frame):
            # A negation or an opposite contradicts only when said of one actor and
            # one thing: "Ross wasn't signed" / "the stars are signed", "has not
            # helmed a teen film" / "helmed The Golden Compass" were two facts.
            return _stated_facts(a, b, sentences)
        framed = _by_frames(a, b)
        if framed is not None:
            return framed
    # With each sentence's claims at hand, figures and days are compared as claims
    # (sentence_facts: units, parts of a whole, one predicate); the word diff's
    # cruder figure and weekday rules stand in only without them (`check`).
    known = bool(sentences.of(a) or sentences.of(b))
    return _by_words(a.text, b.text, facts=not known) or _stated_facts(a, b, sentences)


def _two_facts(fa: Frame, fb: Frame) -> bool:
    """Both frames state an actor, or a thing, and they differ."""
    return not (same_actor(fa.actor, fb.actor) and same_head(fa.thing, fb.thing))


def _stated_facts(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """A figure, tally, date, time or place both sentences state, given differently."""
    found = clash(a, _inside(a, sentences), b, _inside(b, sentences))
    if found is None:
        return None
    return Finding(found.conflict, found.a, found.b + found.note, found.severity)


def _inside(statement: Claim, sentences: SentenceClaims) -> list[Claim]:
    """The other claims within the statement's words."""
    return [
        c
        for c in sentences.of(statement)
        if c is not statement and statement.start <= c.start and c.end <= statement.end
    ]


def _when_or_where(span: Span, statement: Claim, sentences: SentenceClaims) -> bool:
    """Does the span overlap a date, time or place the sentence states?"""
    return any(
        isinstance(c, (Date, Time, Place)) and c.start < span.end and span.start < c.end
        for c in sentences.of(statement)
    )


def _actor(a: Claim, b: Claim, sentences: SentenceClaims) -> Finding | None:
    """The same predicate, polarity and object, told of two named subjects."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return None
    if not (fa.lemma and fb.lemma and fa.actor and fb.actor and fa.thing and fb.thing):
        return None
    if _when_or_where(fa.actor, a, sentences) or _when_or_where(fb.actor, b, sentences):
        return None  # a misread subject: "patrolling the Gulf of Aden on Thursday"
    if fa.negated != fb.negated or not same_predicate(fa.lemma, fb.lemma):
        return None
    if not confident(fa.lemma) or words(fa.thing.text) != words(fb.thing.text):
        return None  # "scored 11 goals" / "scored two goals" need not be one fact
    return Finding(Conflict.ACTOR, fa.actor.text, fb.actor.text, Severity.CONFLICT)


def _by_frames(a: Claim, b: Claim) -> Finding | None:
    fa, fb = a.frame, b.frame
    assert fa is not None and fb is not None
    # The matcher holds the sentences for one statement; an extracted thing or a
    # described actor that differs is more often a misread clause than another fact.
    core = compare_frames(_core(fa), _core(fb), when=False)
    if core.conflict == Conflict.NEGATION:
        return Finding(Conflict.NEGATION, _predicate(fa), _predicate(fb))
    if fa.lemma and fb.lemma and fa.negated == fb.negated and opposite(fa.lemma, fb.lemma):
        return Finding(Conflict.OPPOSITE, _predicate(fa), _predicate(fb))
    if not (fa.lemma and fb.lemma and confident(fa.lemma) and same_predicate(fa.lemma, fb.lemma)):
        return None  # the day or time of another predicate may be another event's
    if fa.date_value and fb.date_value and not _compatible_dates(fa.date_value, fb.date_value):
        return Finding(Conflict.DATE, _said(fa.date, fa.date_value), _said(fb.date, fb.date_value))
    if fa.time_value and fb.time_value and fa.time_value != fb.time_value:
        return Finding(Conflict.TIME, _said(fa.time, fa.time_value), _said(fb.time, fb.time_value))
    return None


def _said(span: Span | None, value: str) -> str:
    """The qualifier as written ("on Monday"), else its resolved value."""
    return span.text if span is not None else value


def _compatible_dates(a: str, b: str) -> bool:
    """ "2013-06" holds "2013-06-08": a coarser date is no clash."""
    return a.startswith(b) or b.startswith(a)


# Read on 44 real events, every negation, opposite, date and time the judge found
# between two matched statements was a false conflict (successive events, a dateline,
# the same fact in other words): until the frames tell them apart, such a difference is
# shown as a variant — never a conflict, and never hidden behind a ✓. Figures stay
# conflicts (half of those read were real).
_VARIANT_ONLY = frozenset({Conflict.DATE, Conflict.TIME, Conflict.NEGATION, Conflict.OPPOSITE})


def _core(frame: Frame) -> Frame:
    """The predicate and polarity only."""
    return Frame(predicate=frame.predicate, lemma=frame.lemma, negated=frame.negated)


def _predicate(frame: Frame) -> str:
    text = frame.predicate.text if frame.predicate is not None else frame.lemma or ""
    return f"not {text}" if frame.negated and "not" not in text.split() else text


def _by_words(text_a: str, text_b: str, *, facts: bool = True) -> Finding | None:
    """Contradictions in the word diff."""
    wa, wb = words(text_a), words(text_b)
    if not _close(wa, wb):
        return None  # too little in common for a word-level difference to be clear
    da, db = display_words(text_a), display_words(text_b)
    breaks_a, breaks_b = _breaks(text_a), _breaks(text_b)
    na, nb = _negated(wa, breaks_a), _negated(wb, breaks_b)
    polarity_a = _polarities(wa, na)
    for root, states_b in _polarities(wb, nb).items():
        states_a = polarity_a.get(root)
        if states_a is None or len(states_a) > 1 or len(states_b) > 1 or states_a == states_b:
            continue  # a word said both ways in one sentence is no flip between them
        i = next(k for k, w in enumerate(wa) if _content_root(w) == root)
        j = next(k for k, w in enumerate(wb) if _content_root(w) == root)
        if _subordinate(wa, i, breaks_a) or _subordinate(wb, j, breaks_b):
            # "While Ross wasn't signed, the stars are", "actions that could harm
            # species": a clause about something else than the sentence's fact.
            continue
        return Finding(Conflict.NEGATION, _shown(da, i, na), _shown(db, j, nb))
    # the other rules look at what the word diff replaces: the same slot, another word
    for op in word_diff(text_a, text_b):
        if op.op != "replace":
            continue
        xs, ys = words(op.a), words(op.b)
        for x in xs:
            for y in ys:
                if (
                    opposite(x, y)
                    and not _near_negator(wa, x)
                    and not _near_negator(wb, y)
                    and not _scaled_down(wa, x)
                    and not _scaled_down(wb, y)
                ):
                    return Finding(Conflict.OPPOSITE, x, y)
        if not facts:
            continue
        figure = _figures(xs + _after(wa, op.a), ys + _after(wb, op.b))
        if figure is not None:
            return figure
        days_a, days_b = WEEKDAYS.intersection(xs), WEEKDAYS.intersection(ys)
        if len(days_a) == 1 and len(days_b) == 1 and days_a != days_b:
            return Finding(Conflict.DATE, next(iter(days_a)).title(), next(iter(days_b)).title())
    return None


def _content_root(word: str) -> str | None:
    return _root(word) if word not in STOPWORDS and word.isalpha() else None


def _polarities(ws: list[str], negated: dict[int, int]) -> dict[str, set[bool]]:
    """Content word root -> whether it is negated, for each time it occurs."""
    out: dict[str, set[bool]] = {}
    for k, w in enumerate(ws):
        root = _content_root(w)
        if root is not None:
            out.setdefault(root, set()).add(k in negated)
    return out


SUBORDINATORS = frozenset(
    "while whilst although though if whether unless that which who whom because as".split()
)


def _subordinate(ws: list[str], i: int, breaks: frozenset[int]) -> bool:
    """Is word i in a clause a subordinator opens ("while Ross wasn't signed")?"""
    for k in range(i - 1, -1, -1):
        if ws[k] in SUBORDINATORS:
            return True
        if k in breaks:
            return False
    return False


def _close(wa: list[str], wb: list[str]) -> bool:
    """Most of the shorter sentence's content words are in the longer one."""
    ca = {_root(w) for w in wa if w not in STOPWORDS}
    cb = {_root(w) for w in wb if w not in STOPWORDS}
    return bool(ca and cb) and len(ca & cb) >= CLOSE * min(len(ca), len(cb))


def _after(ws: list[str], replaced: str) -> list[str]:
    """The word after a replaced figure ("40" -> "40 people"), to see what it counts."""
    part = words(replaced)
    for k in range(len(ws) - len(part)):
        if ws[k : k + len(part)] == part:
            return ws[k + len(part) : k + len(part) + 1]
    return []


def _root(word: str) -> str:
    """'approved', 'approves', 'approve' -> 'approv': enough to see one verb in two forms."""
    word = stem(word)
    for end in ("ing", "ed", "e"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


def _negated(ws: list[str], breaks: frozenset[int] = frozenset()) -> dict[int, int]:
    """Words a negator or a refusing verb governs -> the negator's index: the
    first content word after it, within WINDOW ("did not immediately respond") and
    within its clause (`breaks`: indices of words after punctuation)."""
    out = {}
    for k, w in enumerate(ws):
        following = ws[k + 1] if k + 1 < len(ws) else ""
        if following in NOT_A_DENIAL or (w == "none" and following == "of"):
            continue  # "none of the other teams ...": a quantifier, no denial
        if not (w in NEGATORS or w.endswith("n't") or w in REFUSALS):
            continue
        start = k + 2 if (w == "no" and following == "one") else k + 1  # "no one" is a pronoun
        for m in range(start, min(len(ws), k + 1 + WINDOW)):
            if m in breaks:
                break  # "the rich pay nothing," said Giannis: the clause has ended
            if ws[m] in STOPWORDS or ws[m] == "to" or ws[m].endswith("ly"):
                continue
            if not _deferred(ws, m, breaks):
                out[m] = k
            break
    return out


def _deferred(ws: list[str], m: int, breaks: frozenset[int]) -> bool:
    """ "will not be released until he is charged" says it will be, later."""
    for n in range(m + 1, min(len(ws), m + 1 + WINDOW)):
        if n in breaks:
            return False
        if ws[n] in ("until", "till"):
            return True
    return False


def _breaks(text: str) -> frozenset[int]:
    """Indices (into words(text)) of the words that follow a punctuation mark."""
    normal = unicodedata.normalize("NFKC", text)  # the text word_spans indexes
    spans = word_spans(text)
    out = set()
    for n in range(1, len(spans)):
        between = normal[spans[n - 1][1] : spans[n][0]]
        if any(ch in _CLAUSE_MARKS for ch in between):
            out.add(n)
    return frozenset(out)


_CLAUSE_MARKS = frozenset(',;:()"“”—–')


# "insufficiently equipped and experienced" says what "inexperienced" says.
SCALING_DOWN = frozenset("insufficiently barely hardly scarcely inadequately poorly".split())


def _scaled_down(ws: list[str], word: str) -> bool:
    """Is the word within WINDOW + 1 words after a degree word that undoes it?"""
    for k, w in enumerate(ws):
        if w == word and any(v in SCALING_DOWN for v in ws[max(0, k - WINDOW - 1) : k]):
            return True
    return False


def _near_negator(ws: list[str], word: str) -> bool:
    return any(ws[k] == word for k in _negated(ws))


def _shown(display: list[str], i: int, negated: dict[int, int]) -> str:
    return " ".join(display[negated[i] : i + 1]) if i in negated else display[i]


def _figures(wa: list[str], wb: list[str]) -> Finding | None:
    """Different figures counting the same thing: the word after each is the same."""
    after_a = _counted(wa)
    for thing, figure_b in _counted(wb).items():
        figure_a = after_a.get(thing)
        if figure_a is not None and figure_a != figure_b:
            if set(figure_a.split()) & set(wb) or set(figure_b.split()) & set(wa):
                continue  # one side gives both figures ("from 40 to 50 people")
            return Finding(Conflict.FIGURE, f"{figure_a} {thing}", f"{figure_b} {thing}")
    return None


def _counted(ws: list[str]) -> dict[str, str]:
    """Content word -> the figure just before it ("40 people": people -> 40)."""
    out: dict[str, str] = {}
    for k in range(len(ws) - 1):
        if ws[k][:1].isdigit() and ws[k + 1] not in STOPWORDS and ws[k + 1].isalpha():
            out.setdefault(stem(ws[k + 1]), ws[k])
    return out
