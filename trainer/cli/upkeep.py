"""The commands that look after progress: stats, export, import, doctor, plot, config."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from trainer.cli.commands import app, echo_lines, guarded, live


@app.command()
def stats(
    as_json: Annotated[bool, typer.Option("--json", help="Print the statistics as one JSON object.")] = False,
) -> None:
    """Show your streak, recent practice, mastery per exercise and what is coming due.

    Example: rebuild stats --json
    """
    from trainer.cli.render import stats_lines, when
    from trainer.progress.clock import from_stamp
    from trainer.progress.stats import gather

    context = live()
    numbers = guarded(lambda: gather(context))
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
    from trainer.basics.atomic import replace_file
    from trainer.progress.history import export_history

    context = live()
    text = json.dumps(guarded(lambda: export_history(context)), indent=1, ensure_ascii=False) + "\n"
    if file is None:
        sys.stdout.write(text)
    else:
        guarded(lambda: replace_file(file, text.encode("utf-8")))
        typer.echo(f"Wrote your history to {file}.", err=True)


@app.command("import")
def import_command(
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help="A file written by `rebuild export` (- for standard input).")
    ],
) -> None:
    """Merge a history written by `rebuild export` into yours; nothing is duplicated.

    Example: rebuild import my-history.json
    """
    from trainer.cli.terminal import progress
    from trainer.progress.history import import_history, read_export

    context = live()
    text = sys.stdin.read() if str(file) == "-" else guarded(lambda: read_export(file))
    with progress("Merging and replaying your history"):
        added = guarded(lambda: import_history(context, text))
    typer.echo(
        f"Imported {added['reviews']} new recorded check(s), {added['handouts']} hand-out(s), {added['hints']} hint(s); "
        "what was there already was kept as it was."
    )


@app.command()
def doctor(
    restore: Annotated[
        bool, typer.Option("--restore", help="Put back the newest good daily copy; the damaged file is kept aside.")
    ] = False,
) -> None:
    """Check the progress database and rebuild everything derived from the review log.

    Example: rebuild doctor
    """
    from trainer.cli.terminal import progress
    from trainer.progress.doctor import checkup
    from trainer.progress.doctor import restore as put_back

    context = live()
    if restore:
        done = guarded(lambda: put_back(context, context.moment.local.strftime("%Y%m%d-%H%M%S")))
        if done.kept_aside is not None:
            typer.echo(f"Kept the damaged database aside as {done.kept_aside}")
        typer.echo(f"Restored the daily copy {done.copy}; checks recorded after it was taken are not in it.")
    with progress("Checking the database and replaying the review log"):
        result = guarded(lambda: checkup(context))
    typer.echo(f"Database: {result.database} (schema {result.schema}, {result.reviews} recorded check(s))")
    typer.echo(result.isolation)
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
def plot(
    exercise_id: Annotated[
        str, typer.Argument(metavar="ID", help="The exercise whose figure to draw, e.g. alpha-sweep.")
    ],
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", metavar="FILE", help="Where to save the PNG (default: ID.png).")
    ] = None,
    terminal: Annotated[
        bool, typer.Option("--terminal", help="Draw in the terminal even if matplotlib is installed.")
    ] = False,
) -> None:
    """Draw the article's figure for a network: error curves per alpha, the error surface over two weights...

    Saves a PNG with the `plot` extra (pip install 'rebuild[plot]'); otherwise draws in the terminal.

    Example: rebuild plot two-layer -o surface.png
    """
    from trainer.cli.plotting import png_if_possible
    from trainer.cli.sketch import sketch
    from trainer.cli.terminal import progress
    from trainer.grading.figures import figure

    context = live()
    guarded(lambda: context.catalog.get(exercise_id))
    with progress(f"Training the {exercise_id} network") as advance:
        drawn = guarded(lambda: figure(exercise_id, advance))
    saved = None if terminal else guarded(lambda: png_if_possible(drawn, output or Path(f"{exercise_id}.png")))
    if saved is not None:
        typer.echo(f"Saved the figure ({drawn.title}) to {saved}.")
        return
    if not terminal:
        typer.echo(
            "(matplotlib is not installed, so here it is in the terminal; `pip install 'rebuild[plot]'` for a PNG)",
            err=True,
        )
    echo_lines(sketch(drawn))


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

    from trainer.basics.paths import state_dir
    from trainer.progress.settings import CONFIG_FILE, Settings, change_setting, load_settings, require_known, shown

    state = state_dir()
    if key is not None and (value is not None or reset):
        guarded(lambda: change_setting(state, key, None if reset else value))
    current, defaults = asdict(guarded(lambda: load_settings(state))), asdict(Settings())
    if key is not None:
        guarded(lambda: require_known(key))
    for name, setting in current.items():
        if key is None or name == key:
            note = "" if setting == defaults[name] else f"   (default: {shown(defaults[name])})"
            typer.echo(f"{name} = {shown(setting)}{note}")
    if key is None:
        typer.echo(f"In {state / CONFIG_FILE}. Change one with `rebuild config KEY VALUE`.")
