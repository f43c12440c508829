"""The commands of daily practice: list, solution, next, check, hint, watch."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from trainer.basics.errors import RebuildError
from trainer.cli.commands import WORKSPACE, NoRecord, Timeout, Workspace, app, echo_lines, guarded, live, live_catalog

if TYPE_CHECKING:
    import threading


@app.command()
def solution(
    exercise_id: Annotated[str, typer.Argument(metavar="ID", help="The exercise id (see `rebuild list`).")],
) -> None:
    """Print the reference program of an exercise, exactly as shipped.

    Looking at it while an attempt on that exercise is open counts as a lapse.

    Example: rebuild solution three-layer
    """
    from trainer.progress.journal import record_solution_view

    context = live()
    text = guarded(lambda: context.catalog.get(exercise_id).reference_source())
    recording = guarded(lambda: record_solution_view(context, exercise_id))
    sys.stdout.write(text)
    if recording.recorded:
        typer.echo(f"rebuild: your open {exercise_id} attempt counts as a lapse; it will come back soon.", err=True)


@app.command("next")
def next_exercise(
    exercise: Annotated[
        Optional[str], typer.Option("--exercise", "-e", metavar="ID", help="Practise this exercise.")
    ] = None,
    level: Annotated[
        Optional[str],
        typer.Option("--level", "-l", metavar="N|full", help="1 = one gap, higher = more; full = from scratch."),
    ] = None,
    concept: Annotated[
        Optional[str], typer.Option("--concept", metavar="NAME", help="At level 1: which concept to blank.")
    ] = None,
    practice: Annotated[
        bool, typer.Option("--practice", help="Extra practice that leaves your schedule alone.")
    ] = False,
    directory: Workspace = WORKSPACE,
    force: Annotated[
        bool, typer.Option("--force", help="Hand out afresh, replacing a waiting attempt or your edits.")
    ] = False,
    to_stdout: Annotated[
        bool, typer.Option("--stdout", help="Print the skeleton instead of writing it (records nothing).")
    ] = False,
    open_editor: Annotated[
        bool, typer.Option("--open", help="Open the file in $VISUAL / $EDITOR (or `editor` in config.toml).")
    ] = False,
) -> None:
    """Hand out the next exercise: what is due, else something new.

    Example: rebuild next --exercise alpha-sweep --level 2 --open
    """
    from trainer.cli.views import handout_lines, nothing_due_lines
    from trainer.progress.journal import next_exercise as hand_out
    from trainer.progress.planner import NothingDue, Wanted

    wanted = Wanted(exercise=exercise, level=level, concept=concept, practice=practice, force=force)
    context = live()
    command = _editor(context.settings.editor) if open_editor and not to_stdout else None
    handout = guarded(lambda: hand_out(context, wanted, directory, write=not to_stdout))
    if isinstance(handout, NothingDue):
        echo_lines(nothing_due_lines(handout, context.moment))
        return
    if to_stdout:
        sys.stdout.write(handout.skeleton.text)
        return
    echo_lines(handout_lines(handout))
    if command is not None:
        from trainer.cli.editor import open_in_editor

        guarded(lambda: open_in_editor(command, handout.path))


def _editor(configured: str | None) -> list[str]:
    import os

    from trainer.cli.editor import editor_command

    return guarded(lambda: editor_command(configured, os.environ))


@app.command()
def check(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE", help="Your program, e.g. rebuild-workspace/alpha-sweep.py.")],
    exercise: Annotated[
        Optional[str],
        typer.Option("--exercise", "-e", metavar="ID", help="Which exercise it is (default: from its header or name)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the verdict as one JSON object.")] = False,
    no_record: NoRecord = False,
    full: Annotated[
        bool, typer.Option("--full", help="Accepted for old scripts: every check now runs the whole program.")
    ] = False,
    timeout: Timeout = None,
) -> None:
    """Grade your program against the reference network; say what is wrong.

    Exit code 0: passed; 1: failed; 2: the file cannot be graded (or the machine was too busy to grade it).

    Example: rebuild check rebuild-workspace/alpha-sweep.py --json
    """
    from trainer.basics.paths import cache_dir
    from trainer.cli.early import CheckCall, EarlyCheck
    from trainer.cli.terminal import progress
    from trainer.grading.check import start_check  # light: the program starts before numpy loads
    from trainer.grading.launch import Limits

    catalog = live_catalog()
    early = ctx.find_object(EarlyCheck)
    run = (early and early.take(CheckCall(file, exercise, timeout))) or guarded(
        lambda: start_check(catalog, file, exercise, Limits(timeout=timeout), cache_dir()), as_json
    )
    with run:
        from trainer.cli.views import recording_lines, verdict_lines  # these load while the program runs
        from trainer.progress.journal import live_context, record_check

        context = guarded(lambda: live_context(catalog), as_json)
        with progress("Running your program and comparing it with the reference"):
            verdict = guarded(run.verdict, as_json)
    recording = None if no_record else guarded(lambda: record_check(context, verdict), as_json)
    if as_json:
        recorded = {
            "recorded": bool(recording and recording.recorded),
            "attempt": recording.attempt if recording else 0,
        }
        typer.echo(json.dumps({**verdict.to_dict(), **recorded}))
    else:
        echo_lines(verdict_lines(verdict, file, recording))
        if recording is not None:
            echo_lines(recording_lines(recording, verdict.exercise, context.moment))
    raise typer.Exit(0 if verdict.passed else 1)


@app.command()
def hint(
    target: Annotated[
        Optional[str],
        typer.Argument(metavar="[FILE|ID]", help="Your file or its exercise (default: your latest open attempt)."),
    ] = None,
    concept: Annotated[
        Optional[str], typer.Option("--concept", metavar="NAME", help="Which blank to get a hint for.")
    ] = None,
    exercise: Annotated[
        Optional[str],
        typer.Option("--exercise", "-e", metavar="ID", help="Which exercise FILE is (default: its header or name)."),
    ] = None,
) -> None:
    """Show the next hint for a blank: a nudge, then the idea in words, then the formula.

    Each step is recorded with your attempt and makes its review count as Hard.

    Example: rebuild hint rebuild-workspace/three-layer.py
    (a file of your own: rebuild hint mine.py --exercise three-layer)
    """
    from trainer.cli.views import hint_lines
    from trainer.progress.hints import give_hint

    context = live()
    echo_lines(hint_lines(guarded(lambda: give_hint(context, target, concept, exercise))))


@app.command()
def watch(
    file: Annotated[
        Optional[Path], typer.Argument(metavar="[FILE]", help="The file to watch (default: your latest open attempt).")
    ] = None,
    no_record: NoRecord = False,
    directory: Workspace = WORKSPACE,
    timeout: Timeout = None,
) -> None:
    """Check your file every time you save it; after a pass, Enter hands out the next exercise.

    Ctrl-C stops watching.

    Example: rebuild watch rebuild-workspace/alpha-sweep.py
    """
    import threading

    from trainer.cli.terminal import clear_screen
    from trainer.cli.views import watch_lines
    from trainer.cli.watching import current_skeleton, watch_file
    from trainer.grading.launch import Limits

    context = live()
    path = file if file is not None else guarded(lambda: current_skeleton(context, directory))
    wants_next, stop = threading.Event(), threading.Event()
    threading.Thread(target=_read_enter, args=(wants_next, stop), daemon=True).start()
    events = watch_file(context, path, Limits(timeout=timeout), wants_next, stop, directory, record=not no_record)
    try:
        for event in events:
            clear_screen()
            echo_lines(watch_lines(event, context.moment))
    except KeyboardInterrupt:
        typer.echo("\nStopped watching.")
    except RebuildError as error:
        typer.echo(f"rebuild: {error}", err=True)
        raise typer.Exit(error.exit_code) from None


def _read_enter(wants_next: threading.Event, stop: threading.Event) -> None:
    """Each Enter on the terminal asks the watch loop to move on (or re-check)."""
    for _ in sys.stdin:
        wants_next.set()
        stop.set()
