"""HTML report: one self-contained page (no network, no external assets).

The page has the conflicts with their evidence, the articles side by side with
the aligned claims highlighted and linked both ways (click a claim: its
counterpart in the other column scrolls into view), any two of N articles
chosen with two menus, and the coverage matrix as a grid that grows by rows,
so fifty or more sources stay readable. It reads the judges' output
(verdict, conflict, severity, title) and re-judges nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

import attrs

from compare.align import Alignment, Comparison, Severity, Verdict
from compare.extract import Claim
from compare.extract.claims import Kind
from compare.ingest import Source
from compare.report.claims import describe
from compare.report.findings import side
from compare.report.html_assets import SCRIPT, STYLE

# Sections of the page, in the order a fact-checker wants them.
_ORDER = {Severity.CONFLICT: 0, Severity.VARIANT: 1, Severity.INFO: 2}


@attrs.frozen
class _Mark:
    """A highlighted stretch of one source's text: a claim in an alignment."""

    start: int
    end: int
    anchor: str  # the element id: "c<source>-<claim>"
    group: str  # the alignment id, shared by every member
    verdict: str
    kind: str
    tip: str


def comparison_to_html(comparison: Comparison, pair: tuple[int, int] = (0, 1)) -> str:
    """The whole page. `pair` picks the two sources shown side by side first."""
    sources = comparison.sources
    letters = {s.id: _letter(i) for i, s in enumerate(sources)}
    paths = {s.id: s.path or s.id for s in sources}
    marks, anchors = _marks(comparison)
    left, right = (min(max(p, 0), len(sources) - 1) for p in pair)
    if left == right and len(sources) > 1:
        right = 1 if left == 0 else 0
    ordered = sorted(comparison.alignments, key=_rank)
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>claimdiff: {len(sources)} sources</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<header><h1>claimdiff: {len(sources)} sources compared</h1>",
        _sources_table(sources, letters),
        f'<p class="summary">{escape(_summary(comparison))}</p></header>',
        "<main>",
        _findings_section(ordered, letters, paths, anchors),
        _side_by_side(sources, marks, letters, left, right),
        _matrix(comparison, ordered, letters, anchors),
        "</main>",
        f"<script>{SCRIPT}</script>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _letter(index: int) -> str:
    """A, B, ... Z, AA, AB, ...: a short name for a source that scales past 26."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def _rank(alignment: Alignment) -> tuple[int, int]:
    differs = alignment.verdict != Verdict.AGREE
    return (_ORDER.get(alignment.severity, 2), 0 if differs else 1)


def _summary(comparison: Comparison) -> str:
    alignments = comparison.alignments
    conflicts = sum(a.severity == Severity.CONFLICT for a in alignments)
    variants = sum(a.severity == Severity.VARIANT for a in alignments)
    differ = sum(a.verdict == Verdict.DIFFER for a in alignments)
    close = sum(a.verdict == Verdict.APPROXIMATE for a in alignments)
    agree = sum(a.verdict == Verdict.AGREE for a in alignments)
    return (
        f"{conflicts} conflicts, {variants} variants ({differ} differ, {close} close figures), "
        f"{agree} agreements; {len(comparison.unique)} claims only one source carries."
    )


def _sources_table(sources: Sequence[Source], letters: dict[str, str]) -> str:
    rows = [
        "<table class=sources><thead><tr><th></th><th>outlet</th><th>title</th>"
        "<th>published</th><th>file</th></tr></thead><tbody>"
    ]
    for source in sources:
        meta = source.metadata
        rows.append(
            f"<tr><th>{letters[source.id]}</th><td>{escape(source.label)}</td>"
            f"<td>{escape(meta.title or source.headline)}</td><td>{escape(meta.published)}</td>"
            f"<td><code>{escape(source.path or source.id)}</code></td></tr>"
        )
    rows.append("</tbody></table>")
    return "".join(rows)


def _title(alignment: Alignment) -> str:
    if alignment.title:
        return alignment.title
    if alignment.verdict == Verdict.AGREE:
        return "agree"
    kinds = sorted({d.kind for d in alignment.differences})
    return f"{alignment.verdict}: {', '.join(kinds)}" if kinds else str(alignment.verdict)


def _findings_section(
    ordered: Sequence[Alignment],
    letters: dict[str, str],
    paths: dict[str, str],
    anchors: dict[int, str],
) -> str:
    out = ['<section id="findings"><h2>Findings</h2>']
    shown = [a for a in ordered if a.verdict != Verdict.AGREE or a.severity != Severity.INFO]
    agreements = [a for a in ordered if a not in shown]
    if not shown:
        out.append("<p>No conflicts or variants.</p>")
    out.append('<ol class="findings">')
    for alignment in shown:
        out.append(_finding(alignment, letters, paths, anchors))
    out.append("</ol>")
    if agreements:
        out.append(f"<details><summary>{len(agreements)} agreements</summary><ul class=agree>")
        for alignment in agreements:
            first = alignment.members[0]
            where = " ".join(
                _claim_link(m, letters, anchors, f"{letters[m.source]}:{m.line}")
                for m in alignment.members
            )
            out.append(
                f"<li><span class=kind>{escape(str(alignment.kind))}</span> "
                f"{escape(_short(describe(first)))} {where}</li>"
            )
        out.append("</ul></details>")
    out.append("</section>")
    return "\n".join(out)


def _finding(
    alignment: Alignment,
    letters: dict[str, str],
    paths: dict[str, str],
    anchors: dict[int, str],
) -> str:
    severity = str(alignment.severity)
    head = (
        f'<li class="finding {severity} v-{alignment.verdict}" id="f-{alignment.id}">'
        f"<p class=head><span class=badge>{escape(severity)}</span> "
        f"<span class=kind>{escape(str(alignment.kind))}</span> "
        f"<strong>{escape(_title(alignment))}</strong></p><ul class=evidence>"
    )
    rows = [head]
    for member in alignment.members:
        where = f"{letters[member.source]} · {paths[member.source]}:{member.line}"
        disputed = side(alignment, member)
        told = f" <strong class=side>{escape(disputed)}</strong>" if disputed else ""
        rows.append(
            f"<li>{_claim_link(member, letters, anchors, where)}{told}"
            f"<blockquote>{escape(_short(describe(member), 400))}</blockquote></li>"
        )
    rows.append("</ul></li>")
    return "".join(rows)


def _claim_link(claim: Claim, letters: dict[str, str], anchors: dict[int, str], text: str) -> str:
    anchor = anchors.get(id(claim))
    if anchor is None:
        return f"<code>{escape(text)}</code>"
    source = letters[claim.source]
    return f'<a class=goto href="#{anchor}" data-source="{source}">{escape(text)}</a>'


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _marks(comparison: Comparison) -> tuple[dict[str, list[_Mark]], dict[int, str]]:
    """Per source the stretches to highlight, and each aligned claim's anchor id."""
    index = {s.id: i for i, s in enumerate(comparison.sources)}
    marks: dict[str, list[_Mark]] = {s.id: [] for s in comparison.sources}
    anchors: dict[int, str] = {}
    for alignment in comparison.alignments:
        for member in alignment.members:
            per_source = marks[member.source]
            anchor = f"c{index[member.source]}-{len(per_source)}"
            anchors[id(member)] = anchor
            per_source.append(
                _Mark(
                    member.start,
                    member.end,
                    anchor,
                    alignment.id,
                    str(alignment.verdict),
                    str(alignment.kind),
                    _short(_title(alignment), 120),
                )
            )
    return marks, anchors


def _side_by_side(
    sources: Sequence[Source],
    marks: dict[str, list[_Mark]],
    letters: dict[str, str],
    left: int,
    right: int,
) -> str:
    options = "".join(
        f'<option value="{i}">{letters[s.id]} · {escape(s.label)}</option>'
        for i, s in enumerate(sources)
    )
    out = [
        '<section id="articles"><h2>Articles side by side</h2>',
        '<p class=pick><label>left <select id="pick-left">'
        f"{options}</select></label> <label>right "
        f'<select id="pick-right">{options}</select></label> '
        "<span class=hint>Click a highlighted claim to bring its counterpart into view.</span></p>",
        f'<div class="columns" data-left="{left}" data-right="{right}">',
    ]
    for i, source in enumerate(sources):
        hidden = "" if i in (left, right) else " hidden"
        out.append(
            f'<article class="column" data-index="{i}"{hidden}>'
            f"<h3>{letters[source.id]} · {escape(source.label)}</h3>"
            f"{_article_body(source, marks[source.id])}</article>"
        )
    out.append("</div></section>")
    return "\n".join(out)


def _article_body(source: Source, marks: Sequence[_Mark]) -> str:
    out: list[str] = []
    for block in source.blocks:
        inside = [m for m in marks if m.start < block.end and m.end > block.start]
        tag = "h4" if block.role == "headline" else "p"
        body = _nest(source.text, block.start, block.end, inside)
        out.append(f'<{tag} class="block {escape(block.role)}">{body}</{tag}>')
    return "".join(out)


def _nest(text: str, start: int, end: int, marks: Iterable[_Mark]) -> str:
    """The text from start to end with marks as nested <mark> elements; a mark that
    crosses the end of an enclosing one is cut there (HTML elements must nest)."""
    events = sorted(marks, key=lambda m: (max(m.start, start), -min(m.end, end)))
    out: list[str] = []
    stack: list[int] = []  # end offsets of the open marks
    cursor = start
    for mark in events:
        m_start, m_end = max(mark.start, start), min(mark.end, end)
        while stack and stack[-1] <= m_start:
            out.append(escape(text[cursor : stack[-1]]) + "</mark>")
            cursor = stack.pop()
        if stack:
            m_end = min(m_end, stack[-1])
        if m_end <= m_start:
            continue
        out.append(escape(text[cursor:m_start]))
        out.append(
            f'<mark id="{mark.anchor}" class="claim v-{mark.verdict} k-{mark.kind}" '
            f'data-group="{mark.group}" title="{escape(mark.tip)}" tabindex="0">'
        )
        cursor = m_start
        stack.append(m_end)
    while stack:
        out.append(escape(text[cursor : stack[-1]]) + "</mark>")
        cursor = stack.pop()
    out.append(escape(text[cursor:end]))
    return "".join(out)


_CELL = {
    Verdict.AGREE: ("agree", "✓"),
    Verdict.APPROXIMATE: ("approximate", "≈"),
    Verdict.DIFFER: ("differ", "≠"),
}


def _matrix(
    comparison: Comparison,
    ordered: Sequence[Alignment],
    letters: dict[str, str],
    anchors: dict[int, str],
) -> str:
    """Sources as rows, aligned claims as columns: the grid grows down with more
    sources and scrolls sideways with more claims, so it never breaks."""
    if len(comparison.sources) < 2 or not ordered:
        return ""
    columns = [a for a in ordered if a.kind != Kind.STATEMENT] or list(ordered)
    out = [
        '<section id="coverage"><h2>Coverage</h2>',
        "<p class=legend><span class=agree>✓ carries it</span> "
        "<span class=differ>≠ differs</span> <span class=approximate>≈ close figure</span> "
        "<span class=absent>· absent</span></p>",
        '<div class="matrix-wrap"><table class="matrix"><thead><tr><th></th>',
    ]
    for number, alignment in enumerate(columns, 1):
        tip = f"{alignment.kind}: {_title(alignment)} — {describe(alignment.members[0])}"
        out.append(f'<th title="{escape(_short(tip, 200))}">{number}</th>')
    out.append("</tr></thead><tbody>")
    for source in comparison.sources:
        row = [f'<tr><th title="{escape(source.label)}">{letters[source.id]}</th>']
        for alignment in columns:
            member = next((m for m in alignment.members if m.source == source.id), None)
            if member is None:
                row.append('<td class="absent">·</td>')
                continue
            css, sign = _CELL.get(alignment.verdict, ("agree", "✓"))
            link = f'<a href="#{anchors[id(member)]}">{sign}</a>' if id(member) in anchors else sign
            row.append(f'<td class="{css}">{link}</td>')
        row.append("</tr>")
        out.append("".join(row))
    out.append("</tbody></table></div></section>")
    return "\n".join(out)
