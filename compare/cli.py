"""The claimdiff command line. Thin: parse options, call the pipeline, render."""

from __future__ import annotations

import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from compare import __version__
from compare.enums import SHOWABLE, Kind, TextEnum
from compare.errors import ClaimdiffError, InputWarning

if TYPE_CHECKING:
    from compare.ingest import Source
    from compare.report.console import ColorChoice

# The engine, extractors and reports are imported inside the commands, so that
# `claimdiff --version` and `--help` cost little more than importing typer.

app = typer.Typer(
    name="claimdiff",
    help="Compare what news outlets say about the same event: quotes, numbers, roles, statements.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class ColorMode(TextEnum):
    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


class ExtractFormat(TextEnum):
    TERMINAL = "terminal"
    JSON = "json"


class ReportFormat(TextEnum):
    TERMINAL = "terminal"
    MARKDOWN = "markdown"
    HTML = "html"
    JSON = "json"


class CheckFormat(TextEnum):
    TERMINAL = "terminal"
    GITHUB = "github"
    JUNIT = "junit"
    JSON = "json"
    SARIF = "sarif"


Files = Annotated[
    list[Path],
    typer.Argument(
        help="Article files (.txt, .md; .html with the [html] extra).",
        show_default=False,
        metavar="FILE",
    ),
]
Color = Annotated[
    ColorMode, typer.Option("--color", help="Colour: auto (only on a terminal), always, never.")
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimdiff {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """claimdiff: what do different outlets say about the same event?"""


def _color(value: ColorMode) -> ColorChoice:
    choices: dict[str, ColorChoice] = {"auto": "auto", "always": "always", "never": "never"}
    return choices[value.value]


def _load_all(paths: list[Path], color: ColorChoice) -> list[Source]:
    from compare import pipeline
    from compare.report.console import make_console
    from compare.report.progress import progress_over

    progress = make_console(color, stderr=True)
    return pipeline.load(progress_over(paths, "Reading sources", progress))


KINDS = tuple(Kind)


def _kinds(value: str | None) -> set[str]:
    from compare import validate

    return set(validate.subset("--kind", value, tuple(KINDS), "kind") or KINDS)


KindOption = Annotated[
    Optional[str],  # noqa: UP045 - typer reads the annotation at run time
    typer.Option(
        "--kind", help="Only these kinds, comma-separated.", metavar="[" + "|".join(KINDS) + "],..."
    ),
]


@app.command()
def extract(
    files: Files,
    format: Annotated[
        ExtractFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ExtractFormat.TERMINAL,
    kind: KindOption = None,
    sentences: Annotated[
        bool, typer.Option("--sentences", help="List the sentences read instead of claims.")
    ] = False,
    explain: Annotated[
        bool,
        typer.Option("--explain", help="Show which attribution rule found each quote's speaker."),
    ] = False,
    color: Color = ColorMode.AUTO,
) -> None:
    """Show the claims found in each article, with file:line."""
    from compare.extract import extract_claims
    from compare.report.claims import print_claims, print_sentences, write_claims_json
    from compare.report.console import make_console
    from compare.report.explain import print_explanations
    from compare.report.progress import progress_over

    choice = _color(color)
    kinds = _kinds(kind)
    sources = _load_all(files, choice)
    console = make_console(choice)
    if sentences:
        print_sentences(console, sources)
        return
    results = [
        (source, [c for c in extract_claims(source) if c.kind in kinds])
        for source in progress_over(sources, "Extracting", make_console(choice, stderr=True))
    ]
    if format == "json":
        write_claims_json(results, sys.stdout)  # each quote's "rule" is in the JSON
    elif explain:
        print_explanations(console, results)
    else:
        print_claims(console, results)


@app.command()
def compare(
    files: Files,
    format: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ReportFormat.TERMINAL,
    output: Annotated[
        Optional[Path],  # noqa: UP045 - typer reads the annotation at run time
        typer.Option("--output", "-o", help="Write the report to this file instead of stdout."),
    ] = None,
    only: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--only",
            help="Only these, comma-separated: sections (conflict, variant) or verdicts.",
            metavar="[" + "|".join(SHOWABLE) + "],...",
        ),
    ] = None,
    kind: KindOption = None,
    show_all: Annotated[
        bool,
        typer.Option("--all", help="List every agreement, and statements only one source carries."),
    ] = False,
    min_score: Annotated[
        float,
        typer.Option("--min-score", min=0.0, max=1.0, help="Hide alignments scoring below this."),
    ] = 0.0,
    tolerance: Annotated[
        Optional[float],  # noqa: UP045
        typer.Option(
            "--tolerance",
            min=0.0,
            max=0.99,
            show_default=False,
            help="Relative gap under which two figures count as close (0.05 is 5%; default 0.01).",
        ),
    ] = None,
    many_to_one: Annotated[
        bool,
        typer.Option(
            "--many-to-one", help="Let one statement match several of another source's sentences."
        ),
    ] = False,
    matcher: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--matcher",
            help="Optional matchers to run too, comma-separated: semantic (needs the extra).",
            metavar="NAME,...",
        ),
    ] = None,
    color: Color = ColorMode.AUTO,
) -> None:
    """Compare two or more articles about the same event: conflicts first."""
    from compare import pipeline, validate
    from compare.align import Options
    from compare.align.registry import check_requested
    from compare.files import target_of
    from compare.report.console import make_console
    from compare.report.findings import Filters
    from compare.report.progress import progress_over, working
    from compare.report.write import write_comparison

    choice = _color(color)
    matchers = tuple(m.strip() for m in (matcher or "").split(",") if m.strip())
    check_requested(matchers)  # an unknown name or a missing extra, before any reading
    options = Options(one_to_one=not many_to_one, matchers=matchers)
    if tolerance is not None:
        options = Options(tolerance=tolerance, one_to_one=not many_to_one, matchers=matchers)
    validate.output_not_an_input(output, files)
    if output is not None:
        target_of(output)  # a device, FIFO or folder is refused before the work, not after
    filters = Filters(
        only=validate.subset("--only", only, tuple(SHOWABLE), "value"),
        kinds=frozenset(_kinds(kind)) if kind else frozenset(),
        min_score=min_score,
        all=show_all,
    )
    sources = _load_all(files, choice)
    if len(sources) < 2:
        raise ClaimdiffError("compare needs at least two articles")
    progress = make_console(choice, stderr=True)
    claims = pipeline.extract(progress_over(sources, "Extracting claims", progress))
    with working("Aligning claims", progress):
        comparison = pipeline.align(sources, claims, options)
    write_comparison(comparison, format.value, filters, output, choice)


@app.command()
def check(
    config: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--config", "-c", help="claimdiff.toml or pyproject.toml (default: found upwards)."
        ),
    ] = None,
    format: Annotated[
        CheckFormat, typer.Option("--format", "-f", help="Output format.")
    ] = CheckFormat.TERMINAL,
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output", "-o", help="Write the result to this file instead of stdout."),
    ] = None,
    baseline: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--baseline", help="Baseline file (default: from the config)."),
    ] = None,
    select: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--select",
            metavar="CODE",
            help="Only these rules can fail (codes or prefixes: CD2, CD101; repeatable). "
            "Replaces [check] select.",
        ),
    ] = None,
    ignore: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--ignore",
            metavar="CODE",
            help="These rules never fail (repeatable); adds to [check] ignore.",
        ),
    ] = None,
    accept: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--accept", metavar="ID", help="Accept this finding into the baseline (repeatable)."
        ),
    ] = None,
    write_baseline: Annotated[
        bool,
        typer.Option("--write-baseline", help="Accept every current finding into the baseline."),
    ] = False,
    rules: Annotated[bool, typer.Option("--rules", help="List the rule codes and exit.")] = False,
    color: Color = ColorMode.AUTO,
) -> None:
    """Check configured events for new conflicts (for CI and pre-commit).

    Exit 0: nothing new fails; 1: a new finding fails; 2: usage, config or input error.
    """
    from compare.check.command import run_check

    if rules:
        from compare.report.rules import ALL_RULES

        for rule in ALL_RULES:
            typer.echo(f"{rule.code}  {rule.name:<14} {rule.summary}")
        return
    failed = run_check(
        config=config,
        format=format.value,
        output=output,
        baseline=baseline,
        select=select,
        ignore=ignore,
        accept=accept,
        rewrite_baseline=write_baseline,
        color=_color(color),
    )
    if failed:
        raise typer.Exit(1)


@app.command()
def add(
    target: Annotated[str, typer.Argument(help="A URL (http/https) or a saved .html page.")],
    to: Annotated[Path, typer.Option("--to", help="Folder for the source file.")] = Path("sources"),
    force: Annotated[
        bool, typer.Option("--force", help="Replace a file of the same name.")
    ] = False,
    timeout: Annotated[
        float, typer.Option("--timeout", help="Seconds the whole download may take.")
    ] = 15.0,
    name: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--name", help="File name to write (default: <outlet>-<date>.md)."),
    ] = None,
) -> None:
    """Fetch an article page (or read a saved one) and write it as a clean source file."""
    from compare import validate
    from compare.ingest import load_source
    from compare.ingest.adding import add_source

    validate.timeout(timeout)
    path = add_source(target, to, force=force, timeout=timeout, name=name)
    source = load_source(path)
    typer.echo(f"wrote {path} ({source.label}: {source.metadata.title or source.headline})")


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: object = None,
    line: str | None = None,
) -> None:
    """Our warnings as one line each; anything else as Python prints it."""
    if issubclass(category, InputWarning):
        print(f"claimdiff: warning: {message}", file=sys.stderr)
    else:
        print(warnings.formatwarning(message, category, filename, lineno, line), file=sys.stderr)


def main() -> None:
    """Entry point: user errors become one line on stderr and exit code 2."""
    warnings.showwarning = _show_warning
    warnings.simplefilter("always", InputWarning)
    try:
        code = app(standalone_mode=False)
    except typer.TyperException as error:
        # A bad option or value, as click words it, in one line instead of a usage block.
        message = error.format_message() if hasattr(error, "format_message") else str(error)
        if type(error).__name__ == "NoArgsIsHelpError":  # bare `claimdiff`: the help
            print(message)
            sys.exit(0)
        print(f"claimdiff: error: {' '.join(message.split())}", file=sys.stderr)
        sys.exit(2)
    except typer.Abort:
        print("claimdiff: interrupted", file=sys.stderr)
        sys.exit(130)
    except ClaimdiffError as error:
        print(f"claimdiff: error: {error}", file=sys.stderr)
        sys.exit(error.exit_code)
    except BrokenPipeError:  # `claimdiff ... | head`: the reader left, nothing to say
        sys.stderr.close()
        sys.exit(1)
    except OSError as error:  # stdout on a full disk, a vanished terminal
        print(f"claimdiff: error: {error.strerror or error}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print("claimdiff: interrupted", file=sys.stderr)
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)
