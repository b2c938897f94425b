from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from compare import Alignment, Comparison, Conflict, Verdict, compare_texts
from compare.align import DIFFER, Severity
from compare.align.closest_actor_clashes import closest_actor_pairs
from compare.align.model import Judgement
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.align.statement_judge import judge_statements_in_context
from compare.extract import Claim, Number, Quote, Role, extract_claims
from compare.extract.claims import Date, Place, Statement, Time
from compare.ingest import Source

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sources"
GLOBE = SOURCES / "boston-globe-2022-01-13.txt"
FT = SOURCES / "financial-times-2022-01-13.md"
# Two articles' opening sentences that tell nothing the other compares, so that a
# sentence under test is read inside an article, not as one alone.
FILLER_A = (
    "The weather was mild for the time of year. "
    "Local shops reported a busy afternoon across the district. "
)
FILLER_B = (
    "Traffic was light in the centre through the morning. "
    "A spokesperson for the council thanked residents for their patience. "
)


def statement_findings(a: str, b: str, conflict: Conflict) -> list[Alignment]:
    """The statement alignments of one conflict type when sentence `a` and sentence `b`
    are each read inside a short article of filler, as a user's comparison reads them."""
    comparison = compare_texts({"a": FILLER_A + a, "b": FILLER_B + b})
    found = comparison.alignments
    return [al for al in found if al.kind == "statement" and al.conflict == conflict]


def pair_number_verdicts(a: str, b: str) -> list[tuple[str, tuple[str, ...]]]:
    """The verdict and member texts of every number alignment when texts `a` and `b`
    are compared as two articles."""
    comparison = compare_texts({"a": a, "b": b})
    return [
        (str(x.verdict), tuple(m.text for m in x.members))
        for x in comparison.alignments
        if x.kind == "number"
    ]


SolePairs = Callable[[list[Statement], Options, SentenceClaims], list[tuple[float, int, int]]]
SoleApart = Callable[[Claim, Claim, SentenceClaims], Any]


def sole_findings(
    pairs: SolePairs, apart: SoleApart, bodies: tuple[str, str], published: str, a: str, b: str
) -> list[tuple[str, str, Conflict]]:
    """(sentence, sentence, conflict) of every pair a sole-telling matcher proposes
    when sentence `a` ends article "a" and `b` ends article "b" (each after its body),
    each pair also read by the matcher's judge, as the registry runs them."""
    claims: list[Claim] = []
    for source_id, text in (("a", bodies[0] + a), ("b", bodies[1] + b)):
        claims.extend(extract_claims(Source.from_text(published + text, id=source_id)))
    told = [c for c in claims if isinstance(c, Statement)]
    sentences = SentenceClaims.index(claims)
    out = []
    for _, i, j in pairs(told, Options(), sentences):
        finding = apart(told[i], told[j], sentences)
        assert finding is not None
        out.append((told[i].sentence, told[j].sentence, finding.conflict))
    return out


def role_verdicts_in(comparison: Comparison, name: str) -> list[Verdict]:
    """The verdicts of the role alignments in which a member names `name`."""
    return [
        al.verdict
        for al in comparison.alignments
        if str(al.kind) == "role" and any(name in m.text for m in al.members)
    ]


def kind_verdicts(a: str, b: str, kind: str) -> list[Verdict]:
    """The verdict of every alignment of one kind when texts `a` and `b` are compared as
    two articles."""
    comparison = compare_texts({"a.txt": a, "b.txt": b})
    return [al.verdict for al in comparison.alignments if al.kind == kind]


def differing_texts(a: str, b: str, kind: str) -> list[str]:
    """ "first / last member's text" of every alignment of one kind that differs, when
    articles `a` and `b` (ids "a" and "b") are compared."""
    comparison = compare_texts({"a": a, "b": b})
    return [
        f"{al.members[0].text} / {al.members[-1].text}"
        for al in comparison.alignments
        if al.kind == kind and al.verdict == Verdict.DIFFER
    ]


def verdicts_of(
    a: str, b: str, filler_a: str = FILLER_A, filler_b: str = FILLER_B
) -> list[tuple[Verdict, Conflict | None]]:
    """The verdict and conflict of every statement alignment that holds sentence `a`,
    when `a` and `b` are each read inside a short article of filler."""
    comparison = compare_texts({"a": filler_a + a, "b": filler_b + b})
    return [
        (al.verdict, al.conflict)
        for al in comparison.alignments
        if al.kind == "statement" and any(m.sentence == a for m in al.members)
    ]


def figure_conflicts(a: str, b: str) -> list[tuple[str, ...]]:
    """The member texts of every number alignment that differs when texts `a` and `b`
    are compared as two articles."""
    comparison = compare_texts({"a": a, "b": b})
    return [
        tuple(m.text for m in al.members)
        for al in comparison.alignments
        if al.kind == "number" and al.verdict == Verdict.DIFFER
    ]


def figures_in(text: str) -> list[Number]:
    """The figures extracted from one text."""
    return [c for c in extract_claims(Source.from_text(text, id="t")) if isinstance(c, Number)]


def figure_valued(text: str, value: float) -> Number:
    """The one figure of `text` with that value."""
    (found,) = [n for n in figures_in(text) if n.value == value]
    return found


def actor_pairs(a: str, b: str, published: str) -> list[tuple[str, str]]:
    """The statements closest_actor_pairs pairs across two articles published that day."""
    header = f"---\npublished: {published}\n---\n\n"
    claims: list[Claim] = []
    for source_id, text in (("a", a), ("b", b)):
        claims.extend(extract_claims(Source.from_text(header + text, id=source_id)))
    told = [c for c in claims if isinstance(c, Statement)]
    found = closest_actor_pairs(told, Options(), SentenceClaims.index(claims))
    return sorted((told[i].text, told[j].text) for _, i, j in found)


def quote_verdicts(a: str, b: str) -> list[tuple[Verdict, Conflict | None]]:
    """The verdict and conflict of every quote alignment of two one-sentence articles."""
    comparison = compare_texts({"a": a, "b": b})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "quote"]


def run_cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m compare` as a user would; returns the finished process."""
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "compare", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd or ROOT,
        timeout=120,
    )


@pytest.fixture(scope="session")
def globe():
    from compare import load_source

    return load_source(GLOBE)


@pytest.fixture(scope="session")
def ft():
    from compare import load_source

    return load_source(FT)


def first_statement(text: str) -> Claim:
    """The first statement claim extracted from `text`, which must hold one."""
    claims = [c for c in extract_claims(Source.from_text(text, id="x")) if c.kind == "statement"]
    assert claims, text
    return claims[0]


def place_differences(a: str, b: str) -> list[tuple[str, Severity]]:
    """The place alignments of two one-text articles that differ: their members' texts
    ("Merrow / Tarvos") and severity."""
    comparison = compare_texts({"a": a, "b": b})
    return [
        (" / ".join(sorted(m.text for m in al.members)), al.severity)
        for al in comparison.alignments
        if al.kind == "place" and al.verdict == DIFFER
    ]


def claim_fields(source: str, sentence: str, text: str | None = None) -> dict[str, Any]:
    """The fields every claim has, for a claim built by hand: `text` (the whole sentence
    when omitted) inside a one-line body sentence that starts at offset 0."""
    text = sentence if text is None else text
    start = sentence.index(text)
    return dict(
        source=source,
        text=text,
        start=start,
        end=start + len(text),
        sentence=sentence,
        sentence_start=0,
        sentence_end=len(sentence),
        line=1,
        block="body",
    )


def role_claim(source: str, title: str) -> Role:
    """A role claim built by hand: `title` before one person's name ("Deputy Ivan Roos")."""
    sentence = f"{title} Ivan Roos spoke."
    return Role(
        **claim_fields(source, sentence, f"{title} Ivan Roos"), person="Ivan Roos", role=title
    )


def time_verdicts(
    a: str, b: str, head: str = "", tail_a: str = "", tail_b: str = ""
) -> list[tuple[Verdict, Conflict | None]]:
    """The verdict and conflict of every time alignment when sentence `a` and sentence
    `b` are each read in a short article: `head` (front matter) first, its tail after."""
    comparison = compare_texts({"a.md": head + a + tail_a, "b.md": head + b + tail_b})
    return [(al.verdict, al.conflict) for al in comparison.alignments if al.kind == "time"]


PlaceMatcher = Callable[[Sequence[Place], Options, SentenceClaims], list[tuple[float, int, int]]]


def place_pairs(matcher: PlaceMatcher, a: str, b: str) -> list[tuple[str, str]]:
    """The texts of the places `matcher` pairs across two short articles, `a` and `b`
    (each given a published date)."""
    claims: list[Claim] = []
    for source_id, text in (("a", a), ("b", b)):
        published = "---\npublished: 2025-03-14\n---\n\n"
        claims.extend(extract_claims(Source.from_text(published + text, id=source_id)))
    places = [c for c in claims if isinstance(c, Place)]
    found = matcher(places, Options(), SentenceClaims.index(claims))
    return sorted((places[i].text, places[j].text) for _, i, j in found)


DayMatcher = Callable[
    [Sequence[Date | Time], Options, SentenceClaims], list[tuple[float, int, int]]
]


def day_pairs(matcher: DayMatcher, a: str, b: str) -> list[tuple[str, str]]:
    """The texts of the dates and times `matcher` pairs across two short articles, `a`
    and `b` (each published on Friday 14 March 2025)."""
    claims: list[Claim] = []
    for source_id, text in (("a", a), ("b", b)):
        published = "---\npublished: 2025-03-14\n---\n\n"
        claims.extend(extract_claims(Source.from_text(published + text, id=source_id)))
    days = [c for c in claims if isinstance(c, (Date, Time))]
    found = matcher(days, Options(), SentenceClaims.index(claims))
    return sorted((days[i].text, days[j].text) for _, i, j in found)


def number_verdicts(comparison: Comparison) -> list[tuple[str, list[str]]]:
    """The verdict and the member texts of every number alignment."""
    return [
        (al.verdict.value, sorted(m.text for m in al.members))
        for al in comparison.alignments
        if al.kind == "number"
    ]


def compare_on_a_friday(a: str, b: str) -> Comparison:
    """Two short articles, both published on Friday 14 March 2025, compared."""
    published = "---\npublished: 2025-03-14\n---\n\n"
    return compare_texts({"a": published + a, "b": published + b})


def judged_statements(a: str, b: str, front: str = "") -> Judgement:
    """The statement judge on the first statement of each of two short articles, with
    every claim of both as the pipeline extracts them (`front`: put before each text,
    a front matter giving the publication date)."""
    claims: list[Claim] = []
    statements: list[Statement] = []
    for source_id, text in (("a", a), ("b", b)):
        found = extract_claims(Source.from_text(front + text, id=source_id))
        claims.extend(found)
        statements.append(next(c for c in found if isinstance(c, Statement)))
    return judge_statements_in_context(statements, Options(), SentenceClaims.index(claims))


def numbers_of(a: str, b: str, published: str = "2025-03-10") -> list[Number]:
    """The figures claimdiff reads in two one-article texts "a" and "b", both
    published on `published`."""
    found: list[Number] = []
    for source_id, text in (("a", a), ("b", b)):
        front = f"---\npublished: {published}\n---\n\n"
        claims = extract_claims(Source.from_text(front + text, id=source_id))
        found.extend(c for c in claims if isinstance(c, Number))
    return found


def only_number(text: str) -> Number:
    """The one figure claimdiff reads in `text` (the test fails if it reads more)."""
    found = [c for c in extract_claims(Source.from_text(text, id="x")) if isinstance(c, Number)]
    assert len(found) == 1, found
    return found[0]


def quote_statement_verdicts(a: str, b: str) -> list[tuple[str, str]]:
    """The kind and verdict of each alignment joining a quote and a statement."""
    comparison = compare_texts({"a": a, "b": b})
    return [
        (str(x.kind), str(x.verdict))
        for x in comparison.alignments
        if {type(m) for m in x.members} == {Quote, Statement}
    ]
