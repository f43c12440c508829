"""The `rebuild` command line: parse, call one engine function, print the result."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Annotated, TypeVar

import typer

from trainer.errors import RebuildError

T = TypeVar("T")

app = typer.Typer(
    name="rebuild",
    help="Learn neural networks by rebuilding them from memory.",
    add_completion=True,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _guarded(action: Callable[[], T]) -> T:
    """Run an engine call; turn its typed errors into a message and exit code 2."""
    try:
        return action()
    except RebuildError as error:
        typer.echo(f"rebuild: {error}", err=True)
        raise typer.Exit(error.exit_code) from None
    except OSError as error:
        typer.echo(f"rebuild: {error.strerror or error}: {error.filename or ''}".rstrip(": "), err=True)
        raise typer.Exit(2) from None


@app.command("list")
def list_exercises(
    as_json: Annotated[bool, typer.Option("--json", help="Print the catalog as JSON.")] = False,
) -> None:
    """List the exercises: id, title and what each one is about.

    Example: rebuild list --json
    """
    from trainer.listing import catalog_rows

    rows = _guarded(catalog_rows)
    if as_json:
        typer.echo(json.dumps(rows, indent=2))
        return
    width = max(len(r["id"]) for r in rows)
    title_width = max(len(r["title"]) for r in rows)
    for row in rows:
        typer.echo(f"{row['id']:<{width}}  {row['title']:<{title_width}}  {row['summary']}")


@app.command()
def solution(
    exercise_id: Annotated[str, typer.Argument(metavar="ID", help="The exercise id (see `rebuild list`).")],
) -> None:
    """Print the reference program of an exercise, exactly as shipped.

    Example: rebuild solution three-layer
    """
    from trainer.listing import reference_text

    sys.stdout.write(_guarded(lambda: reference_text(exercise_id)))
