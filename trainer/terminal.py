"""How output looks: colour only on a terminal and without NO_COLOR, progress
bars only on a terminal (never in pipes, logs or tests)."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

STYLES = {"pass": "\x1b[1;32m", "fail": "\x1b[1;31m", "note": "\x1b[2m", "strong": "\x1b[1m"}
RESET = "\x1b[0m"
PROGRESS_DELAY = 1.0  # seconds before a bar appears: quick work stays quiet


def colours_on(stream: TextIO | None = None) -> bool:
    stream = stream or sys.stdout
    return "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb" and stream.isatty()


def style(text: str, kind: str, stream: TextIO | None = None) -> str:
    return f"{STYLES[kind]}{text}{RESET}" if colours_on(stream) else text


def clear_screen() -> None:
    if sys.stdout.isatty():
        sys.stdout.write("\x1b[2J\x1b[H")
        sys.stdout.flush()


@contextmanager
def progress(label: str) -> Iterator[Callable[[float], None]]:
    """A progress bar on stderr for work that may take over a second; yields
    a function taking the fraction done (work that cannot tell just pulses)."""
    if not sys.stderr.isatty():
        yield lambda done: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(),
                   console=Console(stderr=True), transient=True)
    task = bar.add_task(label, total=None)
    timer = threading.Timer(PROGRESS_DELAY, bar.start)
    timer.daemon = True
    timer.start()
    try:
        yield lambda done: bar.update(task, total=1.0, completed=done)
    finally:
        timer.cancel()
        bar.stop()
