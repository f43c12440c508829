"""`rebuild author new` and `rebuild author check`: write and check your own exercises."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from trainer.cli.commands import app, echo_lines, guarded, live_catalog

author = typer.Typer(
    name="author",
    help="Write your own exercises from seeded numpy programs, and check catalogs.\n\n"
    "Example: rebuild author new softmax --from softmax.py",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(author)


def _default_folder() -> Path:
    from trainer.basics.paths import state_dir
    from trainer.exercises.catalogs import USER_FOLDER

    return state_dir() / USER_FOLDER


@author.command("new")
def new(
    exercise_id: Annotated[str, typer.Argument(metavar="ID", help="The new exercise's id, e.g. softmax.")],
    program: Annotated[
        Path, typer.Option("--from", metavar="PROGRAM.py", help="A seeded numpy program that trains and prints.")
    ],
    catalog: Annotated[
        Optional[Path],
        typer.Option("--catalog", metavar="DIR", help="The catalog folder (default: exercises/ in your data folder)."),
    ] = None,
) -> None:
    """Turn a program into an exercise: copy it as the reference and propose its catalog entry.

    The entry (concepts, ladder, empty hints, a task to write) is appended to DIR/catalog.toml
    for you to edit; then run `rebuild author check ID`.

    Example: rebuild author new softmax --from softmax.py
    """
    from trainer.cli.views import authored_lines
    from trainer.exercises.authoring import author_new

    folder = catalog if catalog is not None else _default_folder()
    taken = live_catalog().ids
    echo_lines(authored_lines(guarded(lambda: author_new(exercise_id, program, folder, taken))))


@author.command("check")
def check(
    target: Annotated[
        Optional[str],
        typer.Argument(metavar="[ID|DIR]", help="An exercise or a catalog folder (default: every catalog)."),
    ] = None,
) -> None:
    """Check exercises: the reference runs and is deterministic, every concept is real and
    load-bearing, every skeleton fails as handed out, the ladder widens, tasks ask without telling.

    Exit code 0: no problem; 1: problems (each with its catalog file, exercise and field); 2: unusable input.

    Example: rebuild author check softmax
    """
    from trainer.basics.paths import cache_dir, state_dir
    from trainer.cli.terminal import progress
    from trainer.exercises.catalogs import user_catalog_folders
    from trainer.grading.validation import check_target
    from trainer.progress.settings import load_settings

    catalog = live_catalog()
    folders = user_catalog_folders(state_dir(), guarded(lambda: load_settings(state_dir())).catalogs)
    with progress("Running each reference, skeleton and altered program"):
        report = guarded(lambda: check_target(catalog, folders, target, cache_dir()))
    echo_lines(report.lines())
    raise typer.Exit(1 if report.problems else 0)
