"""Check results as a terminal summary, GitHub workflow commands, JUnit XML or JSON."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.markup import escape

from compare.check.run import EventResult, Failure, describe_difference
from compare.report.json import comparison_to_dict

CHECK_SCHEMA = "claimdiff.check/1"


def render_terminal(console: Console, results: Sequence[EventResult]) -> None:
    for result in results:
        count = len(result.sources)
        head = (
            f"[bold]{escape(result.event.name)}[/bold]: {count} source{'s' if count != 1 else ''}"
        )
        if result.comparison is None:
            console.print(f"{head} — nothing to compare yet")
        else:
            baselined = len(result.failures) - len(result.new)
            status = "[red]FAIL[/red]" if result.new else "[green]ok[/green]"
            console.print(
                f"{head} — {status}: {len(result.new)} new finding(s), {baselined} in the baseline"
            )
        for failure in result.new:
            console.print(f"  [red]✗[/red] {failure.kind}: {escape(failure.title)}")
            for member in failure.members:
                where = f"{result.paths[member.source]}:{member.line}"
                console.print(f"      [dim]{escape(where)}[/dim]  {escape(_short(member.text))}")
            for d in failure.differences:
                console.print(f"      [italic]{escape(describe_difference(d))}[/italic]")
        for entry in result.stale:
            title = escape(str(entry.get("title", "")))
            ident = escape(str(entry.get("id")))
            console.print(
                f"  [yellow]baseline entry no longer occurs[/yellow]: {title} [dim]({ident})[/dim]"
            )


def github_commands(results: Sequence[EventResult]) -> str:
    """Workflow commands: one ::error per new finding and source line, ::notice for
    baseline entries that no longer occur."""
    lines = []
    for result in results:
        for failure in result.new:
            message = _message(failure)
            for member in failure.members:
                props = {
                    "file": result.paths[member.source],
                    "line": str(member.line),
                    "title": f"claimdiff {result.event.name}: {failure.kind} {failure.verdict}",
                }
                lines.append(f"::error {_properties(props)}::{_data(message)}")
        for entry in result.stale:
            lines.append(
                f"::notice title={_property('claimdiff baseline')}::"
                + _data(
                    f"{result.event.name}: baseline entry {entry.get('id')} no longer occurs: "
                    f"{entry.get('title', '')}"
                )
            )
    return "\n".join(lines) + ("\n" if lines else "")


def _message(failure: Failure) -> str:
    differences = "; ".join(describe_difference(d) for d in failure.differences)
    return f"{failure.title} ({differences}) [id {failure.id}]"


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
                classname=f"{result.event.name}.{failure.kind}",
                name=f"{failure.title} [{failure.id}]",
            )
            first = failure.members[0]
            case.set("file", result.paths[first.source])
            case.set("line", str(first.line))
            cases += 1
            if failure.id in new_ids:
                element = ET.SubElement(
                    case, "failure", message=failure.title, type=failure.verdict
                )
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
