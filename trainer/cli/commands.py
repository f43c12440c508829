"""The Typer app, its shared options, and the one way every command calls the engine.

Each command parses its arguments, calls one engine function through `guarded`
(typed errors become a message and exit code 2) and prints the lines it gets back.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, Optional, TypeVar

import typer

from trainer.basics.errors import RebuildError

if TYPE_CHECKING:
    from trainer.exercises.catalog import Catalog
    from trainer.progress.journal import Context

T = TypeVar("T")
NoRecord = Annotated[bool, typer.Option("--no-record", help="Grade only; record nothing.")]
Timeout = Annotated[
    Optional[float],
    typer.Option(
        "--timeout",
        metavar="SECONDS",
        help="CPU seconds your program may use (default: 3x the reference's, at least 10).",
    ),
]
Workspace = Annotated[Path, typer.Option("--dir", "-d", metavar="DIR", help="Workspace folder for the skeleton files.")]
WORKSPACE = Path("rebuild-workspace")

app = typer.Typer(
    name="rebuild",
    add_completion=True,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _show_version(asked: bool) -> None:
    if asked:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"rebuild {version('rebuild')}")
        except PackageNotFoundError:
            typer.echo("rebuild (not installed as a package)")
        raise typer.Exit(0)


@app.callback()
def main(
    show_version: Annotated[
        bool, typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Learn neural networks by rebuilding them from memory.

    Start with `rebuild next`, fill in the blanks, then `rebuild check FILE` (or `rebuild watch`).
    """


def guarded(action: Callable[[], T], as_json: bool = False) -> T:
    """Run an engine call; turn its typed errors into a message and exit code 2
    (with `as_json`, the message is a JSON object on standard output)."""
    try:
        return action()
    except RebuildError as error:
        _fail(str(error), error.exit_code, as_json)
    except OSError as error:
        _fail(f"{error.strerror or error}: {error.filename or ''}".rstrip(": "), 2, as_json)
    raise AssertionError("unreachable")  # pragma: no cover


def _fail(message: str, code: int, as_json: bool) -> NoReturn:
    if as_json:
        typer.echo(json.dumps({"error": message, "exit_code": code}))
    else:
        typer.echo(f"rebuild: {message}", err=True)
    raise typer.Exit(code)


def echo_lines(lines: Iterable[str]) -> None:
    for line in lines:
        typer.echo(line)


def live_catalog() -> Catalog:
    """The built-in catalog and the user's catalogs; what had to be skipped is
    said once, on standard error."""
    from trainer.basics.paths import cache_dir, state_dir
    from trainer.progress.settings import learner_catalog

    catalog = guarded(lambda: learner_catalog(state_dir(), cache_dir()))
    for warning in catalog.warnings:
        typer.echo(f"rebuild: warning: {warning}", err=True)
    return catalog


def live(as_json: bool = False) -> Context:
    """The engine's view of now: catalog, folders, settings, the clock."""
    from trainer.progress.journal import live_context

    catalog = live_catalog()
    return guarded(lambda: live_context(catalog), as_json)


@app.command("list")
def list_exercises(
    as_json: Annotated[bool, typer.Option("--json", help="Print the catalog as JSON.")] = False,
) -> None:
    """List the exercises: id, title and what each one is about.

    Example: rebuild list --json
    """
    from trainer.exercises.listing import catalog_rows

    rows = catalog_rows(live_catalog())
    if as_json:
        typer.echo(json.dumps(rows, indent=2))
        return
    width = max(len(r["id"]) for r in rows)
    title_width = max(len(r["title"]) for r in rows)
    for row in rows:
        mark = "" if row["catalog"] == "built-in" else f"  [{row['catalog']}]"
        typer.echo(f"{row['id']:<{width}}  {row['title']:<{title_width}}  {row['summary']}{mark}")
