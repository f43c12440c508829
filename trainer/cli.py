"""The `rebuild` command line: parse, call one engine function, print the result."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional, TypeVar

import typer

from trainer.errors import RebuildError

if TYPE_CHECKING:
    import threading

    from trainer.progress import Context

T = TypeVar("T")
NoRecord = Annotated[bool, typer.Option("--no-record", help="Grade only; record nothing.")]
Timeout = Annotated[float, typer.Option("--timeout", metavar="SECONDS", help="Wall-clock limit for your program.")]
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


def _echo(lines: Iterable[str]) -> None:
    for line in lines:
        typer.echo(line)


def _context() -> Context:
    """The engine's view of now: catalog, folders, settings, the clock."""
    from trainer.catalog import load_catalog
    from trainer.progress import live_context

    return _guarded(lambda: live_context(load_catalog()))


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

    Looking at it while an attempt on that exercise is open counts as a lapse.

    Example: rebuild solution three-layer
    """
    from trainer.progress import record_solution_view

    context = _context()
    text = _guarded(lambda: context.catalog.get(exercise_id).reference_source())
    recording = _guarded(lambda: record_solution_view(context, exercise_id))
    sys.stdout.write(text)
    if recording.recorded:
        typer.echo(f"rebuild: your open {exercise_id} attempt counts as a lapse; it will come back soon.", err=True)


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
    practice: Annotated[bool, typer.Option("--practice", help="Extra practice that leaves your schedule alone.")] = False,
    directory: Workspace = WORKSPACE,
    force: Annotated[bool, typer.Option("--force", help="Hand out afresh, replacing a waiting attempt or your edits.")] = False,
    to_stdout: Annotated[bool, typer.Option("--stdout", help="Print the skeleton instead of writing it (records nothing).")] = False,
    open_editor: Annotated[bool, typer.Option("--open", help="Open the file in $VISUAL / $EDITOR (or `editor` in config.toml).")] = False,
) -> None:
    """Hand out the next exercise: what is due, else something new.

    Example: rebuild next --exercise alpha-sweep --level 2 --open
    """
    from trainer.planner import NothingDue, Wanted
    from trainer.progress import next_exercise as hand_out
    from trainer.views import handout_lines, nothing_due_lines

    wanted = Wanted(exercise=exercise, level=level, concept=concept, practice=practice, force=force)
    context = _context()
    command = _editor(context.settings.editor) if open_editor and not to_stdout else None
    handout = _guarded(lambda: hand_out(context, wanted, directory, write=not to_stdout))
    if isinstance(handout, NothingDue):
        _echo(nothing_due_lines(handout, context.moment))
        return
    if to_stdout:
        sys.stdout.write(handout.skeleton.text)
        return
    _echo(handout_lines(handout))
    if command is not None:
        from trainer.editor import open_in_editor

        _guarded(lambda: open_in_editor(command, handout.path))


def _editor(configured: str | None) -> list[str]:
    import os

    from trainer.editor import editor_command

    return _guarded(lambda: editor_command(configured, os.environ))


@app.command()
def check(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="Your program, e.g. rebuild-workspace/alpha-sweep.py.")],
    exercise: Annotated[
        Optional[str], typer.Option("--exercise", "-e", metavar="ID", help="Which exercise it is (default: from its header or name).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the verdict as one JSON object.")] = False,
    no_record: NoRecord = False,
    full: Annotated[bool, typer.Option("--full", help="Also run to completion and compare every printed figure.")] = False,
    timeout: Timeout = 10.0,
) -> None:
    """Grade your program against the reference network; say what is wrong.

    Exit code 0: passed; 1: failed; 2: the file cannot be graded.

    Example: rebuild check rebuild-workspace/alpha-sweep.py --full
    """
    from trainer.grading import grade
    from trainer.progress import record_check
    from trainer.sandbox import Limits
    from trainer.terminal import progress
    from trainer.views import recording_lines, verdict_lines

    context = _context()
    with progress("Running your program" + (" to the end" if full else "")):
        verdict = _guarded(lambda: grade(context.catalog, file, exercise, full, Limits(timeout=timeout), context.cache))
    recording = None if no_record else _guarded(lambda: record_check(context, verdict))
    if as_json:
        recorded = {"recorded": bool(recording and recording.recorded), "attempt": recording.attempt if recording else 0}
        typer.echo(json.dumps({**verdict.to_dict(), **recorded}))
    else:
        _echo(verdict_lines(verdict, file))
        if recording is not None:
            _echo(recording_lines(recording, verdict.exercise, context.moment))
    raise typer.Exit(0 if verdict.passed else 1)


@app.command()
def stats(
    as_json: Annotated[bool, typer.Option("--json", help="Print the statistics as one JSON object.")] = False,
) -> None:
    """Show your streak, recent practice, mastery per exercise and what is coming due.

    Example: rebuild stats --json
    """
    from trainer.clock import from_stamp
    from trainer.render import stats_lines, when
    from trainer.stats import gather

    context = _context()
    numbers = _guarded(lambda: gather(context))
    if as_json:
        typer.echo(json.dumps(numbers, indent=2))
        return
    local = context.moment.local
    for line in stats_lines(numbers, lambda stamp: when(from_stamp(stamp).astimezone(local.tzinfo), local)):
        typer.echo(line)


@app.command("export")
def export_command(
    file: Annotated[
        Optional[Path], typer.Argument(metavar="[FILE]", help="Where to write the JSON (default: standard output).")
    ] = None,
) -> None:
    """Write your whole history (hand-outs, reviews, hints) as JSON.

    Example: rebuild export my-history.json
    """
    from trainer.atomic import replace_file
    from trainer.history import export_history

    context = _context()
    text = json.dumps(_guarded(lambda: export_history(context)), indent=1, ensure_ascii=False) + "\n"
    if file is None:
        sys.stdout.write(text)
    else:
        _guarded(lambda: replace_file(file, text.encode("utf-8")))
        typer.echo(f"Wrote your history to {file}.", err=True)


@app.command("import")
def import_command(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A file written by `rebuild export` (- for standard input).")],
) -> None:
    """Merge a history written by `rebuild export` into yours; nothing is duplicated.

    Example: rebuild import my-history.json
    """
    from trainer.history import import_history, read_export
    from trainer.terminal import progress

    context = _context()
    text = sys.stdin.read() if str(file) == "-" else _guarded(lambda: read_export(file))
    with progress("Merging and replaying your history"):
        added = _guarded(lambda: import_history(context, text))
    typer.echo(f"Imported {added['reviews']} new recorded check(s), {added['handouts']} hand-out(s), {added['hints']} hint(s); "
               "what was there already was kept as it was.")


@app.command()
def doctor() -> None:
    """Check the progress database and rebuild everything derived from the review log.

    Example: rebuild doctor
    """
    from trainer.doctor import checkup
    from trainer.terminal import progress

    context = _context()
    with progress("Checking the database and replaying the review log"):
        result = _guarded(lambda: checkup(context))
    typer.echo(f"Database: {result.database} (schema {result.schema}, {result.reviews} recorded check(s))")
    for line in result.repaired:
        typer.echo(f"Repaired: {line}")
    for line in result.notes:
        typer.echo(f"Note: {line}")
    for line in result.problems:
        typer.echo(f"Problem: {line}")
    if result.healthy:
        typer.echo("All is well.")
        return
    typer.echo("Keep a copy of your history (`rebuild export backup.json`) before anything else.")
    raise typer.Exit(2)


@app.command()
def hint(
    target: Annotated[
        Optional[str], typer.Argument(metavar="[FILE|ID]", help="Your file or its exercise (default: your latest open attempt).")
    ] = None,
    concept: Annotated[Optional[str], typer.Option("--concept", metavar="NAME", help="Which blank to get a hint for.")] = None,
) -> None:
    """Show the next hint for a blank: a nudge, then the idea in words, then the formula.

    Each step is recorded with your attempt and makes its review count as Hard.

    Example: rebuild hint rebuild-workspace/three-layer.py
    """
    from trainer.hints import give_hint
    from trainer.views import hint_lines

    context = _context()
    _echo(hint_lines(_guarded(lambda: give_hint(context, target, concept))))


@app.command()
def watch(
    file: Annotated[
        Optional[Path], typer.Argument(metavar="[FILE]", help="The file to watch (default: your latest open attempt).")
    ] = None,
    no_record: NoRecord = False,
    directory: Workspace = WORKSPACE,
    timeout: Timeout = 10.0,
) -> None:
    """Check your file every time you save it; after a pass, Enter hands out the next exercise.

    Ctrl-C stops watching.

    Example: rebuild watch rebuild-workspace/alpha-sweep.py
    """
    import threading

    from trainer.sandbox import Limits
    from trainer.terminal import clear_screen
    from trainer.views import watch_lines
    from trainer.watching import current_skeleton, watch_file

    context = _context()
    path = file if file is not None else _guarded(lambda: current_skeleton(context))
    wants_next, stop = threading.Event(), threading.Event()
    threading.Thread(target=_read_enter, args=(wants_next, stop), daemon=True).start()
    events = watch_file(context, path, Limits(timeout=timeout), wants_next, stop, directory, record=not no_record)
    try:
        for event in events:
            clear_screen()
            _echo(watch_lines(event, context.moment))
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


@app.command()
def plot(
    exercise_id: Annotated[str, typer.Argument(metavar="ID", help="The exercise whose figure to draw, e.g. alpha-sweep.")],
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", metavar="FILE", help="Where to save the PNG (default: ID.png).")
    ] = None,
    terminal: Annotated[bool, typer.Option("--terminal", help="Draw in the terminal even if matplotlib is installed.")] = False,
) -> None:
    """Draw the article's figure for a network: error curves per alpha, the error surface over two weights...

    Saves a PNG with the `plot` extra (pip install 'rebuild[plot]'); otherwise draws in the terminal.

    Example: rebuild plot two-layer -o surface.png
    """
    from trainer.figures import figure
    from trainer.plotting import png_if_possible
    from trainer.sketch import sketch
    from trainer.terminal import progress

    context = _context()
    _guarded(lambda: context.catalog.get(exercise_id))
    with progress(f"Training the {exercise_id} network") as advance:
        drawn = _guarded(lambda: figure(exercise_id, advance))
    saved = None if terminal else _guarded(lambda: png_if_possible(drawn, output or Path(f"{exercise_id}.png")))
    if saved is not None:
        typer.echo(f"Saved the figure ({drawn.title}) to {saved}.")
        return
    if not terminal:
        typer.echo("(matplotlib is not installed, so here it is in the terminal; "
                   "`pip install 'rebuild[plot]'` for a PNG)", err=True)
    _echo(sketch(drawn))


@app.command()
def config(
    key: Annotated[Optional[str], typer.Argument(metavar="[KEY]", help="A setting, e.g. new_per_day.")] = None,
    value: Annotated[Optional[str], typer.Argument(metavar="[VALUE]", help="Its new value.")] = None,
    reset: Annotated[bool, typer.Option("--reset", help="Put KEY back to its default.")] = False,
) -> None:
    """Show or change your settings (kept in config.toml beside your progress).

    Example: rebuild config new_per_day 5
    """
    from dataclasses import asdict

    from trainer.paths import state_dir
    from trainer.settings import CONFIG_FILE, Settings, change_setting, load_settings, require_known, shown

    state = state_dir()
    if key is not None and (value is not None or reset):
        _guarded(lambda: change_setting(state, key, None if reset else value))
    current, defaults = asdict(_guarded(lambda: load_settings(state))), asdict(Settings())
    if key is not None:
        _guarded(lambda: require_known(key))
    for name, setting in current.items():
        if key is None or name == key:
            note = "" if setting == defaults[name] else f"   (default: {shown(defaults[name])})"
            typer.echo(f"{name} = {shown(setting)}{note}")
    if key is None:
        typer.echo(f"In {state / CONFIG_FILE}. Change one with `rebuild config KEY VALUE`.")
