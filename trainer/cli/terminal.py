"""How output looks: colour only on a terminal and without NO_COLOR, progress
bars only on a terminal (never in pipes, logs or tests)."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # rich is loaded only when a bar is drawn
    from rich.progress import Progress, TaskID

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


class _LateBar:
    """A rich bar that is built only when the work outlasts PROGRESS_DELAY, so
    quick commands (most checks) never load rich at all."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.done: float | None = None  # None: the work cannot tell, the bar pulses
        self.bar: Progress | None = None
        self.task: TaskID | None = None
        self.closed = False
        self.lock = threading.Lock()
        self.timer = threading.Timer(PROGRESS_DELAY, self.show)
        self.timer.daemon = True

    def show(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        with self.lock:
            if self.closed:  # the work finished while rich was loading
                return
            self.bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.task = self.bar.add_task(self.label, total=None)
            if self.done is not None:
                self.bar.update(self.task, total=1.0, completed=self.done)
            self.bar.start()

    def update(self, done: float) -> None:
        with self.lock:
            self.done = done
            if self.bar is not None and self.task is not None:
                self.bar.update(self.task, total=1.0, completed=done)

    def close(self) -> None:
        self.timer.cancel()
        with self.lock:
            if self.bar is not None:
                self.bar.stop()
            self.closed = True


@contextmanager
def progress(label: str) -> Iterator[Callable[[float], None]]:
    """A progress bar on stderr for work that may take over a second; yields
    a function taking the fraction done (work that cannot tell just pulses)."""
    if not sys.stderr.isatty():
        yield lambda done: None
        return
    bar = _LateBar(label)
    bar.timer.start()
    try:
        yield bar.update
    finally:
        bar.close()
