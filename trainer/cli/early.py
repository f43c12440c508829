"""A plain `rebuild check FILE` starts the learner's program before the commands load.

Typer and the commands take about 40 ms to import, a fifth of a small
program's own run. So the entry point reads a `check` call's arguments itself,
only the options the command has and nothing else, and starts the check at
once; the `check` command takes the run over when its own parsing agrees, and
starts afresh when not. Whatever is unusual (`--help`, an unknown option, a
missing file, a bad setting) starts nothing here: the command says it, as always.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.basics.errors import RebuildError

if TYPE_CHECKING:
    from trainer.grading.check import CheckRun

FLAGS = ("--json", "--no-record", "--full")
VALUED = {"-e": "exercise", "--exercise": "exercise", "--timeout": "timeout"}


@dataclass(frozen=True)
class CheckCall:
    """What a run depends on: the file, the exercise asked for, the CPU limit."""

    file: Path
    exercise: str | None = None
    timeout: float | None = None


def parse_check_call(argv: list[str]) -> CheckCall | None:
    """`check FILE` with the check command's own options, else None (let the command parse it)."""
    if not argv or argv[0] != "check":
        return None
    found: dict[str, str] = {}
    args = iter(argv[1:])
    for arg in args:
        name, equals, value = arg.partition("=")
        if arg in FLAGS:
            continue
        if arg.startswith("-e") and not arg.startswith(("-e=", "--")) and len(arg) > 2:
            found["exercise"] = arg[2:]  # -eID, as click reads it
        elif (name in VALUED and name.startswith("--")) or (arg in VALUED and not equals):
            given = value if equals else next(args, None)
            if given is None:
                return None
            found[VALUED[name]] = given
        elif arg.startswith("-") or "file" in found:
            return None
        else:
            found["file"] = arg
    return _call(found)


def _call(found: dict[str, str]) -> CheckCall | None:
    if "file" not in found:
        return None
    try:
        timeout = float(found["timeout"]) if "timeout" in found else None
    except ValueError:
        return None
    return CheckCall(Path(found["file"]), found.get("exercise"), timeout)


class EarlyCheck:
    """The check started from the command line's words, until the command takes it over."""

    def __init__(self, call: CheckCall | None = None, run: CheckRun | None = None) -> None:
        self._call, self._run = call, run
        self.taken = False

    @classmethod
    @contextlib.contextmanager
    def start(cls, argv: list[str]) -> Iterator[EarlyCheck]:
        """A check started at once if `argv` is a plain `check` call; a run the command
        did not take over is ended when the block is left."""
        early = cls(*_started(parse_check_call(argv)))
        try:
            yield early
        finally:
            if early._run is not None:
                early._run.__exit__(None, None, None)

    def take(self, call: CheckCall) -> CheckRun | None:
        """The run started for `call`, if it was (once)."""
        if self._run is None or call != self._call:
            return None
        run, self._run, self.taken = self._run, None, True
        return run


def _started(call: CheckCall | None) -> tuple[CheckCall | None, CheckRun | None]:
    if call is None or not call.file.is_file():
        return None, None
    from trainer.basics.paths import cache_dir, state_dir
    from trainer.grading.check import prepare_check
    from trainer.grading.launch import Limits

    try:
        prepared = prepare_check(call.file, Limits(timeout=call.timeout))  # loads numpy while the catalog is read
        from trainer.progress.settings import learner_catalog

        return call, prepared.start(learner_catalog(state_dir(), cache_dir()), call.exercise, cache_dir())
    except (RebuildError, OSError):
        return None, None  # the command will say what is wrong
