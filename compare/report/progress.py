"""A progress bar for long work, shown only when stderr is a terminal."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

T = TypeVar("T")

# Below this many items the work is too quick for a bar to help.
MIN_ITEMS = 3


def progress_over(items: Sequence[T], label: str, console: Console) -> Iterator[T]:
    if not console.is_terminal or len(items) < MIN_ITEMS:
        yield from items
        return
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(label, total=len(items))
        for item in items:
            yield item
            progress.advance(task)


@contextmanager
def working(label: str, console: Console) -> Iterator[None]:
    """A spinner for one long step, only on a terminal."""
    if not console.is_terminal:
        yield
        return
    with console.status(label):
        yield
