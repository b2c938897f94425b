"""`claimdiff extract --explain`: each quote with the attribution rule that fired."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape

from compare.extract import Claim, Quote
from compare.extract.attribution.explain import explain
from compare.ingest import Source


def print_explanations(console: Console, results: Sequence[tuple[Source, Sequence[Claim]]]) -> None:
    """Per source, each quote (file:line, its words) and the line saying why
    it has its speaker."""
    for source, claims in results:
        quotes = [c for c in claims if isinstance(c, Quote)]
        console.print(f"[bold]{escape(source.label)}[/bold] · {len(quotes)} quotes")
        for quote in quotes:
            where = f"{source.path or source.id}:{quote.line}"
            console.print(f"  [dim]{escape(where)}[/dim] “{escape(quote.text)}”")
            console.print(f"      [cyan]{escape(explain(quote))}[/cyan]", soft_wrap=True)
        console.print()
