"""Matching quotes across sources, and judging the wording and the speaker."""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache

from compare.align.frames import when_clash
from compare.align.intentions import intends
from compare.align.model import Conflict, Difference, DiffOp, Judgement, Severity, Verdict
from compare.align.people import same_person
from compare.align.quote_leads import paired_leads
from compare.align.quote_speakers import speakers_clash, unchecked_speakers
from compare.align.settings import Options
from compare.align.spelling import one_spelling
from compare.align.synonyms import are_synonyms
from compare.align.verb_kinds import kind_of
from compare.align.words import (
    STOPWORDS,
    TEXTS_REMEMBERED,
    classify,
    contained_span,
    remembered,
    word_diff,
    words,
)
from compare.extract import Quote
from compare.extract.lemmas import MODALS, classes
from compare.extract.wordlists import NUMBER_WORDS

MIN_WORDS = 2  # a one-word scare quote matches too much to mean anything
MIN_CONTAINMENT = 0.75
# The same words from two different named people: only long quotes are the same quote.
MIN_WORDS_ACROSS_SPEAKERS = 6
# A short quote found inside one this many times longer is only a phrase both share.
SHORT_IN_LONG = 3


def shared_words(a: Quote, b: Quote, wa: list[str], wb: list[str]) -> tuple[int, int]:
    """(words, content words) the two quotes share in order, leaving out the words an
    editor put in [brackets]: they are the editor's, not the speaker's."""
    editor = _bracketed(a.text) | _bracketed(b.text)
    matcher = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False)
    spoken = [
        w
        for block in matcher.get_matching_blocks()
        for w in wa[block.a : block.a + block.size]
        if w not in editor
    ]
    return len(spoken), sum(w not in STOPWORDS for w in spoken)


def _bracketed(text: str) -> set[str]:
    return {w for m in _SQUARE.finditer(text) for w in words(m.group(0))}


_SQUARE = re.compile(r"\[[^\[\]]*\]")


def quote_pairs(
    quotes: Sequence[Quote], options: Options | None = None
) -> list[tuple[float, int, int]]:
    tokens = [words(q.text) for q in quotes]
    index: dict[str, list[int]] = defaultdict(list)
    for i, toks in enumerate(tokens):
        if is_narration(quotes[i].text):
            continue  # a reporter's paragraph read as a quotation: no one said it
        for word in set(toks) - STOPWORDS:
            index[word].append(i)
    seen: set[tuple[int, int]] = set()
    pairs: list[tuple[float, int, int]] = []
    leads: list[tuple[float, int, int]] = []
    for postings in index.values():
        if len(postings) > 200:
            continue  # a word this common can't single out a quote
        for x in range(len(postings)):
            for y in range(x + 1, len(postings)):
                i, j = postings[x], postings[y]
                if quotes[i].source == quotes[j].source or (i, j) in seen:
                    continue
                seen.add((i, j))
                score, lead = _scored(quotes[i], quotes[j], tokens[i], tokens[j])
                if score > 0:
                    (leads if lead else pairs).append((score, i, j))
    # A quotation told whole by another outlet is judged with it: pairing its opening
    # clause with a third version as well would put all three in one group, which the
    # judge can only leave unchecked (quote_leads), and the whole quotations told alike
    # would lose their ✓.
    whole = {k for _, i, j in pairs for k in (i, j)}
    return pairs + [(score, i, j) for score, i, j in leads if i not in whole and j not in whole]


def _most_matched(short: list[str], long: list[str]) -> int:
    """At most the words contained_span can match: those both have, counted with
    repeats (its matching blocks pair equal words one to one)."""
    return sum((Counter(short) & Counter(long)).values())


# "..., police said." "..., Holm said.": attributions closing sentences. A
# quotation that holds two is the reporter's paragraph, taken in whole when a
# quotation mark opened and did not close.
_ATTRIBUTION = re.compile(r"\b(?:said|says|told reporters|reported)\s*[.;]")


def is_narration(text: str) -> bool:
    """Is the 'quotation' a run of the reporter's own attributed sentences?"""
    return len(_ATTRIBUTION.findall(text)) >= 2


def quote_score(a: Quote, b: Quote, wa: list[str], wb: list[str]) -> float:
    return _scored(a, b, wa, wb)[0]


def _scored(a: Quote, b: Quote, wa: list[str], wb: list[str]) -> tuple[float, bool]:
    """The pair's score, and whether it comes from the opening clauses alone (quote_leads)."""
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) < MIN_WORDS:
        # A one-word quote matches only itself, from the same speaker.
        same_speaker = a.speaker == b.speaker or same_person(a.speaker, b.speaker) is True
        return 0.9 if wa == wb and a.speaker and same_speaker else 0.0, False
    if _most_matched(short, long) / len(short) < MIN_CONTAINMENT:
        # contained_span could not match enough: skip its diff (a bound, for speed)
        return _lead_score(a, b), True
    matched, first, last = contained_span(short, long)
    containment = matched / len(short)
    if containment < MIN_CONTAINMENT or matched < MIN_WORDS:
        return _lead_score(a, b), True
    if last - first > 1.5 * len(short) + 2:
        return 0.0, False  # the shared words are scattered, not one quotation
    spoken, content = shared_words(a, b, wa, wb)
    if content < MIN_WORDS and spoken < MIN_WORDS_ACROSS_SPEAKERS:
        # "the ... has spoken": only little words, or an editor's [brackets], shared
        return 0.0, False
    people = speakers_clash(a, b)
    short_in_long = len(short) < MIN_WORDS_ACROSS_SPEAKERS and len(long) > SHORT_IN_LONG * len(
        short
    )
    if short_in_long and people is not True:
        return 0.0, False  # "Oh, God!" inside someone's long account: not surely that remark
    if (
        a.frame is not None
        and b.frame is not None
        and len(short) < MIN_WORDS_ACROSS_SPEAKERS
        and when_clash(a.frame, b.frame)
    ):
        return 0.0, False  # a short phrase said on another day or elsewhere: another statement
    if people is False and (len(short) < MIN_WORDS_ACROSS_SPEAKERS or containment < 0.9):
        return 0.0, False
    overlap = 2 * matched / (len(wa) + len(wb))
    return 0.5 * containment + 0.5 * overlap + (0.05 if people else 0.0), False


def _lead_score(a: Quote, b: Quote) -> float:
    """A pair of quotations one speaker opens with one clause and goes on differently
    (quote_leads), scored on the opening clauses, below any whole quotation."""
    leads = paired_leads(a, b, a.text, b.text)
    if leads is None:
        return 0.0
    la, lb = words(leads.a), words(leads.b)
    short = min(len(la), len(lb))
    matched = contained_span(*sorted((la, lb), key=len))[0]
    return 0.4 * matched / short + 0.4 * 2 * matched / (len(la) + len(lb))


def judge_quotes(members: Sequence[Quote], options: Options | None = None) -> Judgement:
    """Words changed in a quote are a wording conflict (an inflection only, a variant);
    the same words credited to two different people, a speaker conflict."""
    reference = members[0]
    differences: list[Difference] = []
    qualified = False  # a modifier one version lacks: neither a ✓ nor a finding
    for other in members[1:]:
        a_text, b_text = plain(reference.text), plain(other.text)
        leads = paired_leads(reference, other, a_text, b_text)
        if leads is not None:
            # one opening clause, then other words (quote_leads): judged on the
            # clause, and no ✓ for the rest
            a_text, b_text = leads.a, leads.b
            qualified = True
        ops = refine(word_diff(a_text, b_text), a_text, b_text)
        changes = classify(ops)
        moved = _moved_words(changes)
        for kind, op in changes:
            if kind == "truncation" and not _qualifies_opening(op, ops):
                qualified = qualified or (
                    short_edge(op) and not _marked(op, ops, reference.text, other.text)
                )
                continue  # one outlet quoted more of the sentence: not a discrepancy
            lacked = set(words(op.a or op.b))
            if (
                kind in ("insertion", "deletion")
                and not lacked & (moved | _NEGATIONS | _EXTENT | _WHICH_ONE)
                and not any(map(tells_amount_or_mode, lacked))
                and not _one_of(op, ops)
                and not _adverb_of_manner(lacked)
                and not any(map(tentative, lacked))
                and not dropped_conjunct(op.a or op.b, a_text if op.a else b_text)
            ):
                # Words one version lacks ("has progressed" / "progressed", a stray "of",
                # "the"): read on real events, never two outlets disagreeing. A word that
                # moved (deleted here, inserted there) is a reordering, and shown. A
                # modifier one version lacks ("found and severely punished" / "found
                # and punished") changes how strongly something was said: judged on
                # real events an abridgement, no conflict, but no ✓ for the words either;
                # nor for any content word one version lacks inside the quotation ("the
                # plan was [never] approved" is read above; "[seriously] deficient",
                # "[serious] mistakes", "in [some respects]"): the two did not check
                # out as the same words, whatever the cut was.
                qualified = (
                    qualified
                    or _modifiers(lacked)
                    or (
                        bool(lacked - STOPWORDS)
                        and not _marked(op, ops, reference.text, other.text)
                    )
                )
                continue
            if kind == "substitution" and _trivial(op.a, op.b):
                continue  # "the regulation" / "this regulation"
            if is_editorial(op, _equal_before(op, ops), reference.text, other.text):
                continue  # "[The police] have" / "bridge… Nobody": an editor's marked change
            differences.append(
                Difference("text", kind, reference.source, other.source, op.a, op.b, ops)
            )
        if speakers_clash(reference, other) is False:
            differences.append(speaker_difference(reference, other))
    if not differences:
        # Two speakers named differently, one only through a pronoun or an earlier
        # quote ("she said"): not checked to be one speaker, so no ✓ either
        unchecked = any(unchecked_speakers(reference, other) for other in members[1:])
        return Judgement(verdict=Verdict.AGREE, unchecked=unchecked or qualified)
    speaker = next((d for d in differences if d.field == "speaker"), None)
    wording = [d for d in differences if d.field == "text"]
    if speaker is not None:
        conflict, severity, title = (
            Conflict.SPEAKER,
            Severity.CONFLICT,
            f"{speaker.a} vs {speaker.b}",
        )
    else:
        # Even an inflection ("loud" / "loudly") misquotes: the words in quotation
        # marks are the claim; so does a reordering ("If I could give you more" /
        # "If there was any more I could give you").
        conflict, severity = Conflict.WORDING, Severity.CONFLICT
        title = "; ".join(_change(d) for d in wording[:3])
    return Judgement(
        verdict=Verdict.DIFFER,
        differences=tuple(differences),
        conflict=conflict,
        severity=severity,
        title=title,
    )


_NEGATIONS = frozenset("not no never nothing nobody none neither nor".split())
_COORDINATORS = frozenset({"and", "or", "nor"})
# Longest list item read as one left out: "firefighters and", "and the schools"
_CONJUNCT_WORDS = 4


def dropped_conjunct(lacked: str, longer: str = "") -> bool:
    """Is the run of words one version lacks, inside the quotation, one item of a
    list with its "and" / "or" ("our firefighters and police officers" / "our
    police officers"), or with its comma in the longer version ("nurses, teachers
    and drivers")? A shortened quote leaves out how something was said; an item
    left out of what the speaker listed changes what was said, and without an
    ellipsis nothing tells the reader so."""
    said = lacked.split()
    if not 1 <= len(said) <= _CONJUNCT_WORDS:
        return False
    if any("aux" in classes(w) for w in words(lacked)):
        return False  # "is dangerous and needs": a clause's predicate, an abridgement
    items = [w for w in words(lacked) if w not in _COORDINATORS and w not in STOPWORDS]
    if not items or not all(set(classes(w)) & _ITEM_CLASSES for w in items):
        return False
    ends = {said[0].lower().strip(",;"), said[-1].lower().strip(",;")}
    if len(said) > 1 and ends & _COORDINATORS:
        return True
    # the item set off by a comma in the longer version: ", teachers and" / "nurses, teachers,"
    run = r"\s+".join(map(re.escape, said))
    return bool(re.search(r",\s*" + run + r"\s*(?:,|\b(?:and|or)\b)", longer, re.IGNORECASE))


# What a listed item is: a noun, or a describing word before it
_ITEM_CLASSES = frozenset({"noun", "adj"})
# Words that tell how much of a thing is meant: put in or left out, they widen or narrow
# what the speaker owned to ("full responsibility" / "responsibility for our part").
# Approximators too: "almost every venue" is not "every venue", nor "barely" any.
_EXTENT = frozenset(
    "full fully part partly partial partially entire entirely whole wholly only solely "
    "completely total totally some most almost nearly virtually practically barely hardly "
    "scarcely".split()
)


# Words that say which one of a series is meant: put in or left out, they move the
# claim to another one ("within this parliament" / "within the next parliament").
_WHICH_ONE = frozenset("next last previous following coming former latter final".split())


# Quantifiers of a noun: put in or left out, they say how many ("rebuild the homes" /
# "rebuild every home", "many of them"), as a figure does. Not those that float
# after a subject and add nothing ("we are all shocked", "they each said", "both").
_QUANTIFIERS = frozenset("every many few several no".split())
# Auxiliaries that are no modal: a tense or a passive, not what may, can or must be.
_TENSE_AUXILIARIES = frozenset({"be", "have", "do", "will"})
_FUTURE = frozenset({"will", "'ll", "’ll", "wo"})


def tells_amount_or_mode(word: str) -> bool:
    """Is the word, put into a quotation or left out of it, one that changes what was
    said rather than how: a figure ("40", "forty"; not "one", a pronoun as often), a
    quantifier, or a modal auxiliary ("we may reopen" / "we reopen", "must")? An
    abridgement drops how something was said, never how many or whether it may be."""
    if any(c.isdigit() for c in word) or (word in NUMBER_WORDS and word != "one"):
        return True  # "40", "40,000", "1.5"
    if word in _QUANTIFIERS:
        return True
    if word in MODALS and word not in _FUTURE:
        return True  # "would", "could": read by their lemma, "would" is "will"
    mode = classes(word).get("aux")
    return mode is not None and mode not in _TENSE_AUXILIARIES


# Words at a quotation's edge one version lacks: this many or fewer are no part of
# the sentence left unquoted but a qualifier of what was quoted.
_EDGE_WORDS = 3


def short_edge(op: DiffOp) -> bool:
    """Are the words one version has past the shared ones, at its start or end, a
    short run with a content word ("We will not shut the library [this winter]",
    "[Frankly,] we ..."): a qualifier of what was said (when, where, how far), not
    more of the sentence quoted? One outlet quoting a longer stretch cuts at a
    clause; three words or fewer are the clause's own limit. No finding (a reader
    can't tell from the words which cut is the speaker's), but no ✓ either."""
    said = words(op.a or op.b)
    return (
        op.op in ("insert", "delete")
        and 1 <= len(said) <= _EDGE_WORDS
        and bool(set(said) - STOPWORDS)
    )


def _qualifies_opening(op: DiffOp, ops: Sequence[DiffOp]) -> bool:
    """Are the words one version has before all the shared ones a negation or a word
    of extent bearing on them ("Not every shelter has ..." / "Every shelter has ...",
    "Almost all of them ..."): not more of the sentence quoted, but what it says
    turned or narrowed? Only when they run into the shared words, no sentence end
    between ("No. Every shelter ...")."""
    if not ops or op is not ops[0] or op.op not in ("insert", "delete"):
        return False
    said = (op.a or op.b).rstrip()
    last = words(said)[-1:]
    if not last or not said[-1:].isalnum():
        return False
    return last[0] in _NEGATIONS | _EXTENT


def _one_of(op: DiffOp, ops: Sequence[DiffOp]) -> bool:
    """Is the word run one version lacks "one of" before a shared "the" ("one of the
    finest" / "the finest", "one of the reasons" / "the reason"): one among several
    against the only one?"""
    if op.op not in ("insert", "delete") or words(op.a or op.b) != ["one", "of"]:
        return False
    at = _position(op, ops)
    after = next((o for o in ops[at + 1 :]), None)
    return after is not None and after.op == "equal" and words(after.a)[:1] == ["the"]


# Verbs that turn a deed into a thought about it: "we will appeal" / "we will consider
# an appeal", "we will win" / "we will try to win", "we hope to reopen". Synonyms of
# weighing and trying (not their kinds: an inspection or a review is a deed) and kinds
# of wishing.
_WEIGHING_OR_TRYING = ("consider", "try")
_WISHING = "desire"


@lru_cache(maxsize=4096)
def tentative(word: str) -> bool:
    """Is the word a verb of intending, weighing, trying or wishing (by WordNet, through
    the project's synonym and verb-kind tables)? Put into a quotation, it says the
    speaker only meant, weighed or tried what the other version says will be done."""
    if "verb" not in classes(word):
        return False
    return (
        intends(word)
        or any(are_synonyms(word, verb) for verb in _WEIGHING_OR_TRYING)
        or are_synonyms(word, _WISHING)
        or kind_of(word, _WISHING)
    )


def _adverb_of_manner(lacked: set[str]) -> bool:
    """One "-ly" word that is only ever an adverb ("severely", "fully"): put in or
    left out, it changes how strongly the speaker said it ("will be punished" /
    "will be severely punished"), as "loud" / "loudly" changes how."""
    if len(lacked) != 1:
        return False
    (word,) = lacked
    return word.endswith("ly") and set(classes(word)) == {"adv"}


# Determiners an editor swaps without changing what was said ("the" / "this regulation").
_DETERMINERS = frozenset("a an the this that these those".split())
# Spoken contractions and their full forms; numbers as figures and as words. Quotes
# are compared in one form so that "I'm" / "I am" and "11th hour" / "eleventh-hour"
# are the same words.
_CONTRACTIONS = {
    "won't": "will not", "can't": "can not", "cannot": "can not", "shan't": "shall not",
    "n't": " not", "'m": " am", "'re": " are", "'ve": " have", "'ll": " will", "'d": " would",
}  # fmt: skip
_CONTRACTION = re.compile(
    r"\b(won't|can't|cannot|shan't)\b|(?<=\w)(n't|'m|'re|'ve|'ll|'d)\b", re.IGNORECASE
)
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_ORDINAL = re.compile(r"\b([1-9]|1\d|20)(?:st|nd|rd|th)\b", re.IGNORECASE)
_HYPHEN = re.compile(r"(?<=\w)\s*-\s*(?=\w)")


@remembered(TEXTS_REMEMBERED)  # a quote is read for each pair it is in
def plain(text: str) -> str:
    """The quote in one spelling: apostrophes unified, contractions spelt out,
    ordinals as words, hyphenated words apart ("eleventh-hour", "eleventh - hour"),
    clock times on the 24-hour clock, possessives without the apostrophe and British
    spellings as American ones: how an outlet writes a word is not what was said."""
    text = text.replace("’", "'").replace("‘", "'")
    text = _CONTRACTION.sub(lambda m: _CONTRACTIONS[(m.group(1) or m.group(2)).lower()], text)
    text = _ORDINAL.sub(lambda m: _ORDINALS[int(m.group(1)) - 1], text)
    return _HYPHEN.sub(" ", one_spelling(text))


def _modifiers(lacked: set[str]) -> bool:
    """Are the words one version lacks one or two modifiers ("severely", "much",
    "deeply", "new"): adverbs or adjectives and nothing else, not little words?"""
    if not lacked or len(lacked) > 2:
        return False
    return all(
        w.isalpha()
        and w not in STOPWORDS | _FILLERS
        and set(classes(w)) & _MODIFIER_CLASSES
        and not set(classes(w)) & _OTHER_CLASSES
        for w in lacked
    )


_MODIFIER_CLASSES = frozenset({"adj", "adv"})
_OTHER_CLASSES = frozenset({"noun", "verb", "aux"})
# Words a speaker drops in and an outlet leaves out without changing what was said.
_FILLERS = frozenset("well yes yeah now okay actually so".split())


def _trivial(a: str, b: str) -> bool:
    wa, wb = set(words(a)), set(words(b))
    return bool(wa) and bool(wb) and wa | wb <= _DETERMINERS


def _moved_words(changes: list[tuple[str, DiffOp]]) -> set[str]:
    """Content words deleted in one place and inserted in another: a reordering."""
    gone = {w for kind, op in changes if kind == "deletion" for w in words(op.a)}
    added = {w for kind, op in changes if kind == "insertion" for w in words(op.b)}
    return (gone & added) - _DETERMINERS


def _marked(op: DiffOp, ops: Sequence[DiffOp], a_text: str, b_text: str) -> bool:
    """Is the change one the quotation marks as the editor's (is_editorial)?"""
    return is_editorial(op, _equal_before(op, ops), a_text, b_text)


def _position(op: DiffOp, ops: Sequence[DiffOp]) -> int:
    """Where the op stands among the ops: by identity, since two changes of the same
    words ("the" left out twice) are equal records at two places."""
    found = next((i for i, o in enumerate(ops) if o is op), None)
    return found if found is not None else list(ops).index(op)


def _equal_before(op: DiffOp, ops: Sequence[DiffOp]) -> str:
    """The shared words right before the op (what an editor's mark would follow)."""
    return next((o.b for o in reversed(ops[: _position(op, ops)]) if o.op == "equal"), "")


def _change(d: Difference) -> str:
    return f"{d.a or '∅'} → {d.b or '∅'}"


# An editor's words inside a quotation: [brackets], and a (parenthetical) that
# explains who or what is meant ("respect to her (Tara Reid) and her family").
_BRACKETED = re.compile(r"\[([^\[\]]*)\]|\(([^()]*)\)")
_ELLIPSIS = re.compile(r"\.\.\.|…|\. \. \.")


def is_editorial(op: DiffOp, before: str, a_text: str, b_text: str) -> bool:
    """Changes a quotation marks as the editor's: words in [brackets] stand in for
    the speaker's, and an ellipsis right where words are missing stands for them.
    `before` is the shared text just ahead of the change."""
    bracketed_a = {w for m in _BRACKETED.finditer(a_text) for w in words(m.group(0))}
    bracketed_b = {w for m in _BRACKETED.finditer(b_text) for w in words(m.group(0))}
    if op.a and set(words(op.a)) <= bracketed_a:
        return True
    if op.b and set(words(op.b)) <= bracketed_b:
        return True
    if op.op in ("delete", "insert"):
        shorter = b_text if op.op == "delete" else a_text
        anchor = before.split()[-1] if before.split() else ""
        found = shorter.find(anchor) if anchor else -1
        if found < 0:
            return False
        rest = shorter[found + len(anchor) :].lstrip(" ,;:")
        return bool(_ELLIPSIS.match(rest))
    return False


def refine(ops: tuple[DiffOp, ...], a_text: str = "", b_text: str = "") -> tuple[DiffOp, ...]:
    """Split uneven replacements so that words pair up next to the shared text:
    'loud, and the rhetoric …' → 'loudly' becomes loud→loudly plus a truncation.
    With the two texts: a version that runs on past the shared words by whole
    sentences ("I am sorry. I just want" / "And I just wanted") was cut at another
    place, and its extra words pair with nothing."""
    out: list[DiffOp] = []
    for i, op in enumerate(ops):
        if op.op != "replace":
            out.append(op)
            continue
        a, b = op.a.split(), op.b.split()
        k = min(len(a), len(b))
        at_start = i == 0 or all(o.op != "equal" for o in ops[:i])
        at_end = all(o.op != "equal" for o in ops[i + 1 :])
        if (
            (at_start or at_end)
            and len(a) != len(b)
            and (
                _whole_sentences(op.a, a_text, at_start) or _whole_sentences(op.b, b_text, at_start)
            )
        ):
            # Both versions run on past the shared words, differently ("And I just
            # wanted" / "I am sorry. I just want"): two quotations cut at other places.
            out.extend((DiffOp("delete", op.a, ""), DiffOp("insert", "", op.b)))
            continue
        if len(a) == len(b):
            out.extend(DiffOp("replace", x, y) for x, y in zip(a, b, strict=True))
        elif at_start:
            # Pair the words next to the shared text that follows.
            rest_a, rest_b = a[: len(a) - k], b[: len(b) - k]
            if rest_a or rest_b:
                out.append(_extra(" ".join(rest_a), " ".join(rest_b)))
            out.extend(
                DiffOp("replace", x, y)
                for x, y in zip(a[len(a) - k :], b[len(b) - k :], strict=True)
            )
        else:
            out.extend(DiffOp("replace", x, y) for x, y in zip(a[:k], b[:k], strict=True))
            out.append(_extra(" ".join(a[k:]), " ".join(b[k:])))
    return tuple(out)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _whole_sentences(edge: str, text: str, at_start: bool) -> bool:
    """Are the edge words whole sentences at the start (or end) of the quote?"""
    sentences = _SENTENCE_END.split(text.strip())
    said = words(edge)
    for k in range(1, len(sentences)):
        part = sentences[:k] if at_start else sentences[-k:]
        if words(" ".join(part)) == said:
            return True
    return False


def _extra(a: str, b: str) -> DiffOp:
    return DiffOp("delete", a, "") if a else DiffOp("insert", "", b)


def speaker_difference(reference: Quote, other: Quote) -> Difference:
    """The difference of two quotes credited to two speakers."""
    return Difference(
        "speaker",
        "speaker",
        reference.source,
        other.source,
        reference.speaker or "",
        other.speaker or "",
    )
