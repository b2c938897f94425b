"""One comparison written in the format the user asked for, to stdout or a file.

The CLI only picks the format; everything about how each format reaches its
destination (atomic file writes, no colour in files, a fixed width for saved
terminal reports) lives here, beside the renderers themselves.
"""

from __future__ import annotations

import sys
from pathlib import Path

from compare.align import Comparison
from compare.files import writer
from compare.report.console import ColorChoice, make_console
from compare.report.findings import Filters

#: A terminal report saved to a file is wrapped at this width, whatever the terminal.
SAVED_WIDTH = 100


def emit(output: Path | None, text: str) -> None:
    """Text to stdout, or atomically to `output`."""
    if output is None:
        sys.stdout.write(text)
        return
    with writer(output) as handle:
        handle.write(text)


def write_comparison(
    comparison: Comparison,
    format: str,
    filters: Filters,
    output: Path | None,
    color: ColorChoice,
) -> None:
    """Render `comparison` as terminal text, Markdown, HTML or JSON."""
    if format == "json":
        from compare.report.json import comparison_to_dict, dump

        data = comparison_to_dict(comparison, filters)
        if output is None:
            dump(data, sys.stdout)
        else:
            with writer(output) as handle:
                dump(data, handle)
    elif format == "markdown":
        from compare.report.markdown import comparison_to_markdown

        emit(output, comparison_to_markdown(comparison, filters, output))
    elif format == "html":
        from compare.report.html import comparison_to_html  # only this format needs it

        emit(output, comparison_to_html(comparison))
    else:
        from compare.report.terminal import render

        if output is None:
            render(make_console(color), comparison, filters)
        else:
            with writer(output) as handle:
                render(make_console("never", file=handle, width=SAVED_WIDTH), comparison, filters)
