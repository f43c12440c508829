"""The command line: the Typer app, what it prints, and the terminal around it.

The top of the dataflow. May import every other part (`exercises`, `grading`,
`progress`, `basics`), and nothing imports it. The commands stay thin: parse,
call one engine function, print what it returns; no SQL, libcst or numpy here.
Engine modules are imported inside the commands, so `rebuild next` starts
without loading the grader.

Public names: `app` (the `rebuild` entry point).
"""

from trainer.cli import author, practice, upkeep  # noqa: F401  (registers the commands)
from trainer.cli.app import app

__all__ = ["app"]
