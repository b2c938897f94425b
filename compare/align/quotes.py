"""Matching quotes across sources, and judging the wording and the speaker."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from compare.align.frames import when_clash
from compare.align.model import Conflict, Difference, DiffOp, Judgement, Severity, Verdict
from compare.align.people import same_person
from compare.align.settings import Options
from compare.align.words import STOPWORDS, classify, contained_span, word_diff, words
from compare.extract import Quote

MIN_WORDS = 2  # a one-word scare quote matches too much to mean anything
MIN_CONTAINMENT = 0.75
# The same words from two different named people: only long quotes are the same quote.
MIN_WORDS_ACROSS_SPEAKERS = 6


def quote_pairs(
    quotes: Sequence[Quote], options: Options | None = None
) -> list[tuple[float, int, int]]:
    tokens = [words(q.text) for q in quotes]
    index: dict[str, list[int]] = defaultdict(list)
    for i, toks in enumerate(tokens):
        for word in set(toks) - STOPWORDS:
            index[word].append(i)
    seen: set[tuple[int, int]] = set()
    pairs = []
    for postings in index.values():
        if len(postings) > 200:
            continue  # a word this common can't single out a quote
        for x in range(len(postings)):
            for y in range(x + 1, len(postings)):
                i, j = postings[x], postings[y]
                if quotes[i].source == quotes[j].source or (i, j) in seen:
                    continue
                seen.add((i, j))
                score = quote_score(quotes[i], quotes[j], tokens[i], tokens[j])
                if score > 0:
                    pairs.append((score, i, j))
    return pairs


def quote_score(a: Quote, b: Quote, wa: list[str], wb: list[str]) -> float:
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) < MIN_WORDS:
        # A one-word quote matches only itself, from the same speaker.
        same_speaker = a.speaker == b.speaker or same_person(a.speaker, b.speaker) is True
        return 0.9 if wa == wb and a.speaker and same_speaker else 0.0
    matched, first, last = contained_span(short, long)
    containment = matched / len(short)
    if containment < MIN_CONTAINMENT or matched < MIN_WORDS:
        return 0.0
    if last - first > 1.5 * len(short) + 2:
        return 0.0  # the shared words are scattered, not one quotation
    if (
        a.frame is not None
        and b.frame is not None
        and len(short) < MIN_WORDS_ACROSS_SPEAKERS
        and when_clash(a.frame, b.frame)
    ):
        return 0.0  # a short phrase said on another day or elsewhere: another statement
    people = speakers_clash(a, b)
    if people is False and (len(short) < MIN_WORDS_ACROSS_SPEAKERS or containment < 0.9):
        return 0.0
    overlap = 2 * matched / (len(wa) + len(wb))
    return 0.5 * containment + 0.5 * overlap + (0.05 if people else 0.0)


def judge_quotes(members: Sequence[Quote], options: Options | None = None) -> Judgement:
    """Words changed in a quote are a wording conflict (an inflection only, a variant);
    the same words credited to two different people, a speaker conflict."""
    reference = members[0]
    differences: list[Difference] = []
    for other in members[1:]:
        ops = refine(word_diff(reference.text, other.text))
        for kind, op in classify(ops):
            if kind == "truncation":
                continue  # one outlet quoted more of the sentence: not a discrepancy
            position = ops.index(op)
            before = next((o.b for o in reversed(ops[:position]) if o.op == "equal"), "")
            if is_editorial(op, before, reference.text, other.text):
                continue  # "[The police] have" / "bridge… Nobody": an editor's marked change
            differences.append(
                Difference("text", kind, reference.source, other.source, op.a, op.b, ops)
            )
        if speakers_clash(reference, other) is False:
            differences.append(
                Difference(
                    "speaker",
                    "speaker",
                    reference.source,
                    other.source,
                    reference.speaker or "",
                    other.speaker or "",
                )
            )
    if not differences:
        return Judgement(verdict=Verdict.AGREE)
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
        # marks are the claim. Words only present in one version (a quote shortened
        # inside, "progressed" / "has progressed") or an article are a variant: read on
        # real events, such findings were nearly never two outlets disagreeing.
        conflict = Conflict.WORDING
        changed = {w for d in wording for w in words(f"{d.a} {d.b}")}
        replaced = [d for d in wording if d.kind not in ("insertion", "deletion")]
        severity = Severity.VARIANT if changed <= _ARTICLES or not replaced else Severity.CONFLICT
        title = "; ".join(_change(d) for d in wording[:3])
    return Judgement(
        verdict=Verdict.DIFFER,
        differences=tuple(differences),
        conflict=conflict,
        severity=severity,
        title=title,
    )


_ARTICLES = frozenset({"a", "an", "the"})


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


def speakers_clash(a: Quote, b: Quote) -> bool | None:
    """same_person for two quotes' speakers, counting only speakers the quote's own
    sentence names: a speaker carried over from an earlier quote or paragraph
    (which a reordering can change), or reached through a pronoun or a possessive
    description ("he", "Reid's rep": someone else than Reid), is no evidence of a clash."""
    people = same_person(a.speaker, b.speaker)
    if people is False and not (_named_here(a) and _named_here(b)):
        return None
    return people


_POSSESSIVE = re.compile(r"['’]s\s+\w")


def _named_here(quote: Quote) -> bool:
    if quote.speaker_basis == "carried":
        return False
    mention = quote.speaker_mention or quote.speaker or ""
    if _POSSESSIVE.search(mention):
        return False
    return same_person(mention, quote.speaker) is True


def refine(ops: tuple[DiffOp, ...]) -> tuple[DiffOp, ...]:
    """Split uneven replacements so that words pair up next to the shared text:
    'loud, and the rhetoric …' → 'loudly' becomes loud→loudly plus a truncation."""
    out: list[DiffOp] = []
    for i, op in enumerate(ops):
        if op.op != "replace":
            out.append(op)
            continue
        a, b = op.a.split(), op.b.split()
        k = min(len(a), len(b))
        at_start = i == 0 or all(o.op != "equal" for o in ops[:i])
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


def _extra(a: str, b: str) -> DiffOp:
    return DiffOp("delete", a, "") if a else DiffOp("insert", "", b)
