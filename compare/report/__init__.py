"""Report: terminal, Markdown, JSON and CI renderings of claims and comparisons."""

from compare.report.console import make_console

__all__ = ["make_console"]
