"""The command line: the Typer app, what it prints, and the terminal around it.

The top of the dataflow. May import every other part (`exercises`, `grading`,
`progress`, `basics`), and nothing imports it. The commands stay thin: parse,
call one engine function, print what it returns; no SQL, libcst or numpy here.
Engine modules are imported inside the commands, so `rebuild next` starts
without loading the grader, and the Typer app itself loads only when asked
for: `rebuild check` starts the learner's program first (`early.py`).

Public names: `main` (the `rebuild` entry point), `app` (the Typer app).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import typer


def main() -> None:
    """`rebuild`: a plain `check` call starts the learner's program before the
    commands load; the `check` command takes the run over."""
    from trainer.cli.early import EarlyCheck

    with EarlyCheck.start(sys.argv[1:]) as early:
        try:
            _app()(prog_name="rebuild", obj=early)
        except SystemExit as done:
            if early.taken:
                _leave_now(done.code)
            raise


def _leave_now(code: object) -> None:
    """End a check without Python's teardown of numpy and the grader (a tenth of a
    small program's run): the verdict is printed, the record committed, the run ended."""
    import os

    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return  # a closed or broken stream: let Python's own exit handle it
    os._exit(code if isinstance(code, int) else 1 if code else 0)


def _app() -> typer.Typer:
    from trainer.cli import author, practice, upkeep  # noqa: F401  (registers the commands)
    from trainer.cli.commands import app

    return app


def __getattr__(name: str) -> Any:
    if name == "app":
        return _app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
