"""The `rebuild` command line: parse, call one engine function, print the result."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional, TypeVar

import typer

from trainer.errors import RebuildError

if TYPE_CHECKING:
    from trainer.planner import NothingDue
    from trainer.grading import Verdict
    from trainer.progress import Context, Recording

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

    Looking at it while an attempt on that exercise is open counts as a lapse.

    Example: rebuild solution three-layer
    """
    from trainer.catalog import load_catalog
    from trainer.progress import live_context, record_solution_view

    context = _guarded(lambda: live_context(load_catalog()))
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
    directory: Annotated[
        Path, typer.Option("--dir", "-d", metavar="DIR", help="Workspace folder for the skeleton files.")
    ] = Path("rebuild-workspace"),
    force: Annotated[bool, typer.Option("--force", help="Hand out afresh, replacing a waiting attempt or your edits.")] = False,
    to_stdout: Annotated[bool, typer.Option("--stdout", help="Print the skeleton instead of writing it (records nothing).")] = False,
) -> None:
    """Hand out the next exercise: what is due, else something new.

    Example: rebuild next --exercise alpha-sweep --level 2
    """
    from trainer.catalog import load_catalog
    from trainer.planner import NothingDue, Wanted
    from trainer.progress import live_context
    from trainer.progress import next_exercise as hand_out

    wanted = Wanted(exercise=exercise, level=level, concept=concept, practice=practice, force=force)
    context = _guarded(lambda: live_context(load_catalog()))
    handout = _guarded(lambda: hand_out(context, wanted, directory, write=not to_stdout))
    if isinstance(handout, NothingDue):
        _say_nothing_due(handout, context)
        return
    if to_stdout:
        sys.stdout.write(handout.skeleton.text)
        return
    skeleton = handout.skeleton
    extra = " (extra practice: your schedule is unchanged)" if handout.kind == "practice" else ""
    typer.echo(f"{skeleton.exercise}: {handout.title}, level {skeleton.level}{extra}")
    if skeleton.concepts:
        typer.echo(f"Fill in: {', '.join(skeleton.concepts)}")
    else:
        typer.echo("Write the whole program from the task statement in its docstring.")
    if handout.archived is not None:
        typer.echo(f"Your finished attempt was moved to {_shown(handout.archived)}")
    if handout.written:
        typer.echo(f"Written to {_shown(handout.path)}")
    else:
        typer.echo(f"Your attempt is waiting in {_shown(handout.path)} (kept as it is; `--force` starts afresh).")
    typer.echo(f"When it is ready: rebuild check {_shown(handout.path)}")


def _shown(path: Path) -> str:
    """A path as the learner would type it: relative to here when inside."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _say_nothing_due(nothing: NothingDue, context: Context) -> None:
    from trainer.clock import from_stamp
    from trainer.render import when

    if nothing.next_due is None:
        typer.echo("Nothing is due and nothing new is left.")
    else:
        due = from_stamp(nothing.next_due.due).astimezone(context.moment.local.tzinfo)
        typer.echo(f"Nothing is due. Next review: {nothing.next_due.exercise}, {when(due, context.moment.local)}.")
    if nothing.new_left:
        typer.echo(f"Today's new concepts are done ({nothing.new_left} still to come; `new_per_day` in config.toml sets how many).")
    typer.echo("Extra practice that leaves your schedule alone: rebuild next --practice")


def _show_verdict(verdict: Verdict, file: Path) -> None:
    from trainer.render import curves

    typer.echo(f"{'PASSED' if verdict.passed else 'FAILED'} {verdict.exercise}: {verdict.summary}")
    for result in verdict.concepts:
        mark = {True: "ok  ", False: "FAIL", None: "    "}[result.passed]
        shown = result.message and not verdict.passed and result.message != verdict.summary
        typer.echo(f"  {mark} {result.concept}" + (f": {result.message}" if shown else ""))
    for line in curves(verdict.learner_curve, verdict.reference_curve):
        typer.echo(line)
    if verdict.passed:
        typer.echo("Next: `rebuild next` for your next exercise.")
    else:
        typer.echo(f"Fix it and run `rebuild check {file}` again (stuck? `rebuild hint {file}`).")


def _show_recording(recording: Recording, exercise: str, context: Context) -> None:
    from trainer.clock import from_stamp
    from trainer.render import when

    if not recording.recorded:
        typer.echo(recording.reason[0].upper() + recording.reason[1:] + ".")
        return
    line = f"Recorded as attempt {recording.attempt}."
    if recording.next_due is not None:
        due = from_stamp(recording.next_due).astimezone(context.moment.local.tzinfo)
        line += f" Next review of {exercise}: {when(due, context.moment.local)}."
    typer.echo(line)


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
    from trainer.progress import live_context, record_check
    from trainer.sandbox import Limits

    context = _guarded(lambda: live_context(load_catalog()))
    verdict = _guarded(lambda: grade(context.catalog, file, exercise, full, Limits(timeout=timeout), context.cache))
    recording = None if no_record else _guarded(lambda: record_check(context, verdict))
    if as_json:
        recorded = {"recorded": bool(recording and recording.recorded), "attempt": recording.attempt if recording else 0}
        typer.echo(json.dumps({**verdict.to_dict(), **recorded}))
    else:
        _show_verdict(verdict, file)
        if recording is not None:
            _show_recording(recording, verdict.exercise, context)
    raise typer.Exit(0 if verdict.passed else 1)


@app.command()
def stats(
    as_json: Annotated[bool, typer.Option("--json", help="Print the statistics as one JSON object.")] = False,
) -> None:
    """Show your streak, recent practice, mastery per exercise and what is coming due.

    Example: rebuild stats --json
    """
    from trainer.catalog import load_catalog
    from trainer.clock import from_stamp
    from trainer.progress import live_context
    from trainer.render import stats_lines, when
    from trainer.stats import gather

    context = _guarded(lambda: live_context(load_catalog()))
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
    from trainer.catalog import load_catalog
    from trainer.history import export_history
    from trainer.progress import live_context

    context = _guarded(lambda: live_context(load_catalog()))
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
    from trainer.catalog import load_catalog
    from trainer.history import import_history
    from trainer.progress import live_context

    context = _guarded(lambda: live_context(load_catalog()))
    text = sys.stdin.read() if str(file) == "-" else _guarded(lambda: file.read_text(encoding="utf-8"))
    added = _guarded(lambda: import_history(context, text))
    typer.echo(f"Imported {added['reviews']} new review(s), {added['handouts']} hand-out(s), {added['hints']} hint(s); "
               "what was there already was kept as it was.")


@app.command()
def doctor() -> None:
    """Check the progress database and rebuild everything derived from the review log.

    Example: rebuild doctor
    """
    from trainer.catalog import load_catalog
    from trainer.doctor import checkup
    from trainer.progress import live_context

    context = _guarded(lambda: live_context(load_catalog()))
    result = _guarded(lambda: checkup(context))
    typer.echo(f"Database: {result.database} (schema {result.schema}, {result.reviews} review(s))")
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
