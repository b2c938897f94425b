"""`claimdiff check` from options to exit status: read the config and the
baseline, run each event, then either update the baseline or write the result.

Kept out of the CLI so that the command line only declares options, and so that
the order of the safety checks (nothing is read or written before every named
file is known to be writable and not one of the inputs) is in one readable place.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from compare import validate
from compare.check.accept import accepting, with_codes
from compare.check.baseline import baseline_text, read_baseline, write_baseline
from compare.check.config import find_config, load_config
from compare.check.run import EventResult, display_path, run_event
from compare.files import target_of, writer
from compare.report.console import ColorChoice, make_console
from compare.report.progress import progress_over
from compare.report.write import SAVED_WIDTH, emit


def run_check(
    *,
    config: Path | None,
    format: str,
    output: Path | None,
    baseline: Path | None,
    select: Sequence[str] | None,
    ignore: Sequence[str] | None,
    accept: Sequence[str] | None,
    rewrite_baseline: bool,
    color: ColorChoice,
) -> bool:
    """Run the configured events; True when a new finding fails (exit 1)."""
    settings = load_config(config if config is not None else find_config(Path.cwd()))
    settings = with_codes(settings, select, ignore)
    baseline_path = baseline if baseline is not None else settings.baseline
    read = [settings.path, *([baseline_path] if baseline_path else [])]
    validate.output_not_an_input(output, read)
    for path in (output, baseline_path if (rewrite_baseline or accept) else None):
        if path is not None:
            target_of(path)  # a device, FIFO or folder is refused before the work, not after
    assert baseline_path is not None
    accepted = [] if rewrite_baseline else read_baseline(baseline_path)
    progress = make_console(color, stderr=True)
    results = [
        run_event(settings, event, accepted)
        for event in progress_over(list(settings.events), "Checking events", progress)
    ]
    if rewrite_baseline or accept:
        text = (
            baseline_text(results)
            if rewrite_baseline
            else accepting(results, accepted, list(accept or []))
        )
        protected = [settings.path, *(Path(s.path) for r in results for s in r.sources if s.path)]
        write_baseline(baseline_path, text, protected)
        count = len(read_baseline(baseline_path))
        shown = display_path(baseline_path)
        print(f"claimdiff: {shown} now accepts {count} finding(s)", file=sys.stderr)
        return False
    write_results(results, format, output, color)
    return any(r.new for r in results)


def write_results(
    results: Sequence[EventResult], format: str, output: Path | None, color: ColorChoice
) -> None:
    """The check's result as terminal text, GitHub commands, JUnit, JSON or SARIF."""
    from compare.check.output import check_json, github_commands, junit_xml, render_terminal
    from compare.check.sarif import sarif_text

    texts = {
        "github": github_commands,
        "junit": junit_xml,
        "json": check_json,
        "sarif": sarif_text,
    }
    if format in texts:
        emit(output, texts[format](results))
    elif output is not None:
        with writer(output) as handle:
            render_terminal(make_console("never", file=handle, width=SAVED_WIDTH), results)
    else:
        render_terminal(make_console(color), results)
