"""The `rebuild` command line: parse, call one engine function, print the result."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Optional, TypeVar

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


@app.command("next")
def next_exercise(
    exercise: Annotated[
        Optional[str], typer.Option("--exercise", "-e", metavar="ID", help="Practise this exercise.")
    ] = None,
    level: Annotated[
        Optional[str], typer.Option("--level", "-l", metavar="N|full", help="1 = one gap, higher = more; full = from scratch.")
    ] = None,
    concept: Annotated[
        Optional[str], typer.Option("--concept", metavar="NAME", help="At level 1: which concept to blank.")
    ] = None,
    directory: Annotated[
        Path, typer.Option("--dir", "-d", metavar="DIR", help="Workspace folder for the skeleton files.")
    ] = Path("rebuild-workspace"),
    force: Annotated[bool, typer.Option("--force", help="Overwrite a file you have edited.")] = False,
    to_stdout: Annotated[bool, typer.Option("--stdout", help="Print the skeleton instead of writing it.")] = False,
) -> None:
    """Hand out the next exercise: a reference program with gaps to fill.

    Example: rebuild next --exercise alpha-sweep --level 2
    """
    from trainer.catalog import load_catalog
    from trainer.handout import Request, hand_out, preview
    from trainer.paths import cache_dir

    request = Request(exercise=exercise, level=level, concept=concept, force=force)
    if to_stdout:
        skeleton = _guarded(lambda: preview(load_catalog(), request, cache_dir()))
        sys.stdout.write(skeleton.text)
        return
    handout = _guarded(lambda: hand_out(load_catalog(), request, directory, cache_dir()))
    skeleton = handout.skeleton
    typer.echo(f"{skeleton.exercise}: {handout.title}, level {skeleton.level}")
    if skeleton.concepts:
        typer.echo(f"Fill in: {', '.join(skeleton.concepts)}")
    else:
        typer.echo("Write the whole program from the task statement in its docstring.")
    if handout.written:
        typer.echo(f"Written to {handout.path}")
    else:
        typer.echo(f"Your attempt is waiting in {handout.path} (kept as it is).")
    typer.echo(f"When it is ready: rebuild check {handout.path}")


@app.command()
def check(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="Your program, e.g. rebuild-workspace/alpha-sweep.py.")],
    exercise: Annotated[
        Optional[str], typer.Option("--exercise", "-e", metavar="ID", help="Which exercise it is (default: from its header or name).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the verdict as one JSON object.")] = False,
    no_record: Annotated[bool, typer.Option("--no-record", help="Grade only; record nothing.")] = False,
    full: Annotated[bool, typer.Option("--full", help="Also run to completion and compare every printed figure.")] = False,
    timeout: Annotated[float, typer.Option("--timeout", metavar="SECONDS", help="Wall-clock limit for your program.")] = 10.0,
) -> None:
    """Grade your program against the reference network; say what is wrong.

    Exit code 0: passed; 1: failed; 2: the file cannot be graded.

    Example: rebuild check rebuild-workspace/alpha-sweep.py --full
    """
    from trainer.catalog import load_catalog
    from trainer.grading import grade
    from trainer.paths import cache_dir
    from trainer.render import curves
    from trainer.sandbox import Limits

    limits = Limits(timeout=timeout)
    verdict = _guarded(lambda: grade(load_catalog(), file, exercise, full, limits, cache_dir()))
    if as_json:
        typer.echo(json.dumps(verdict.to_dict()))
    else:
        typer.echo(f"{'PASSED' if verdict.passed else 'FAILED'} {verdict.exercise}: {verdict.summary}")
        for result in verdict.concepts:
            mark = {True: "ok  ", False: "FAIL", None: "    "}[result.passed]
            typer.echo(f"  {mark} {result.concept}" + (f": {result.message}" if result.message and not verdict.passed and result.message != verdict.summary else ""))
        for line in curves(verdict.learner_curve, verdict.reference_curve):
            typer.echo(line)
        if verdict.passed:
            typer.echo("Next: `rebuild next` for your next exercise.")
        else:
            typer.echo(f"Fix it and run `rebuild check {file}` again.")
    raise typer.Exit(0 if verdict.passed else 1)
