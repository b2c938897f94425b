"""Check results as a terminal summary, GitHub workflow commands, JUnit XML or JSON
(SARIF is in check/sarif.py)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from compare.align.model import Severity
from compare.check.run import EventResult, Failure, describe_difference
from compare.report.json import comparison_to_dict
from compare.report.terminal import clean_lines, plural

CHECK_SCHEMA = "claimdiff.check/1"


def render_terminal(console: Console, results: Sequence[EventResult]) -> None:
    """Per event a status line; new findings in full, most serious first; accepted
    ones counted; then one closing line saying what to do."""
    with clean_lines(console):
        for result in results:
            _event(console, result)
        console.print(Text(closing_line(results), style="bold"))


def _event(console: Console, result: EventResult) -> None:
    head = Text(result.event.name, style="bold")
    head.append(": " + plural(len(result.sources), "source", "sources") + " — ")
    if result.comparison is None:
        head.append("nothing to compare yet")
    else:
        head.append("FAIL" if result.new else "ok", style="red" if result.new else "green")
        accepted = len(result.failures) - len(result.new)
        head.append(f": {len(result.new)} new, {accepted} accepted")
    console.print(head)
    for failure in result.new:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(no_wrap=True, style="dim")
        grid.add_column(overflow="fold")
        colour = "red" if failure.severity == Severity.CONFLICT else "yellow"
        title = Text(f"{failure.severity} {failure.kind}: ", style=colour)
        title.append(failure.title, style="bold")
        grid.add_row(Text(failure.code, style=f"bold {colour}"), failure.id, title)
        for member in failure.members:
            where = Text(f"{result.paths[member.source]}:{member.line}  ", style="dim")
            where.append(_short(member.text if member.kind == "quote" else member.sentence))
            grid.add_row(Text(""), Text(""), where)
        console.print(Padding(grid, (0, 0, 0, 2)))
    for entry in result.stale:
        line = Text("accepted, no longer occurs: ", style="yellow")
        line.append(str(entry.get("title", "")))
        line.append(f"  id {entry.get('id')} (--write-baseline drops it)", style="dim")
        console.print(Padding(line, (0, 0, 0, 2)))


def closing_line(results: Sequence[EventResult]) -> str:
    """'3 conflicts (1 new) in 2 events; accept with `claimdiff check --accept ID` or
    `--write-baseline`.' Findings are called conflicts unless variants fail too."""
    failures = [f for r in results for f in r.failures]
    new = sum(len(r.new) for r in results)
    noun = (
        ("conflict", "conflicts")
        if all(f.severity == Severity.CONFLICT for f in failures)
        else ("finding", "findings")
    )
    events = plural(len(results), "event", "events")
    if not failures:
        return f"No {noun[1]} in {events}."
    line = f"{plural(len(failures), *noun)} ({new} new) in {events}"
    if new:
        return line + "; accept with `claimdiff check --accept ID` or `--write-baseline`."
    return line + "; all accepted in the baseline."


def github_commands(results: Sequence[EventResult]) -> str:
    """Workflow commands for new findings only (accepted ones stay quiet): one
    ::error (conflicts) or ::warning (variants) per source line, and a ::notice
    for each accepted finding that no longer occurs."""
    lines = []
    for result in results:
        for failure in result.new:
            command = "error" if failure.severity == Severity.CONFLICT else "warning"
            message = _message(failure)
            for member in failure.members:
                props = {
                    "file": result.paths[member.source],
                    "line": str(member.line),
                    "title": f"claimdiff {failure.code} ({result.event.name})",
                }
                lines.append(f"::{command} {_properties(props)}::{_data(message)}")
        for entry in result.stale:
            lines.append(
                f"::notice title={_property('claimdiff baseline')}::"
                + _data(
                    f"{result.event.name}: accepted finding {entry.get('id')} no longer occurs: "
                    f"{entry.get('title', '')}"
                )
            )
    return "\n".join(lines) + ("\n" if lines else "")


def _message(failure: Failure) -> str:
    return f"{failure.code} {failure.kind}: {failure.title} [id {failure.id}]"


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _properties(props: dict[str, str]) -> str:
    return ",".join(f"{key}={_property(value)}" for key, value in props.items())


def junit_xml(results: Sequence[EventResult]) -> str:
    """One <testsuite> per event; one <testcase> for the event's comparison and one
    per finding: new findings fail, baselined ones are skipped."""
    suites = ET.Element("testsuites", name="claimdiff check")
    total = failed = skipped = 0
    for result in results:
        suite = ET.SubElement(suites, "testsuite", name=result.event.name)
        cases = 0
        compare_case = ET.SubElement(
            suite, "testcase", classname=result.event.name, name="compare sources"
        )
        compare_case.set("file", ",".join(result.paths.values()))
        cases += 1
        new_ids = {f.id for f in result.new}
        suite_failed = suite_skipped = 0
        for failure in result.failures:
            case = ET.SubElement(
                suite,
                "testcase",
                classname=f"{result.event.name}.{failure.code}",
                name=f"{failure.code} {failure.title} [{failure.id}]",
            )
            first = failure.members[0]
            case.set("file", result.paths[first.source])
            case.set("line", str(first.line))
            cases += 1
            if failure.id in new_ids:
                element = ET.SubElement(case, "failure", message=failure.title, type=failure.code)
                element.text = "\n".join(
                    [f"{result.paths[m.source]}:{m.line}: {m.text}" for m in failure.members]
                    + [describe_difference(d) for d in failure.differences]
                )
                suite_failed += 1
            else:
                ET.SubElement(case, "skipped", message="accepted in the baseline")
                suite_skipped += 1
        suite.set("tests", str(cases))
        suite.set("failures", str(suite_failed))
        suite.set("skipped", str(suite_skipped))
        suite.set("errors", "0")
        total, failed, skipped = total + cases, failed + suite_failed, skipped + suite_skipped
    suites.set("tests", str(total))
    suites.set("failures", str(failed))
    suites.set("skipped", str(skipped))
    suites.set("errors", "0")
    ET.indent(suites)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
    )


def check_json(results: Sequence[EventResult]) -> str:
    data: dict[str, Any] = {"schema": CHECK_SCHEMA, "events": []}
    for result in results:
        data["events"].append(
            {
                "name": result.event.name,
                "sources": list(result.paths.values()),
                "failing": [f.to_baseline(result.paths) for f in result.failures],
                "new": [f.id for f in result.new],
                "stale": list(result.stale),
                "comparison": comparison_to_dict(result.comparison) if result.comparison else None,
            }
        )
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _short(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
