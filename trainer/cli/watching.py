"""`rebuild watch`: grade the file on every save, offer the next exercise on a pass.

The loop is a generator of events, so the command line only draws them. File
changes come from the operating system (watchfiles): nothing polls.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from trainer.basics.errors import RebuildError
from trainer.exercises.handout import Handout
from trainer.grading.check import grade
from trainer.grading.launch import Limits
from trainer.grading.verdict import Verdict
from trainer.progress.clock import Moment, current_moment
from trainer.progress.journal import Context, Recording, attempt_path, next_exercise, record_check
from trainer.progress.planner import NothingDue, Wanted
from trainer.progress.store import Store


@dataclass(frozen=True)
class Checked:
    path: Path
    verdict: Verdict
    recording: Recording | None


@dataclass(frozen=True)
class Unusable:
    path: Path
    message: str


@dataclass(frozen=True)
class NextOne:
    handout: Handout | NothingDue


Event = Checked | Unusable | NextOne


def ctx_now(ctx: Context) -> Moment:
    """The time of each check in a long-running watch, in the session's zone."""
    return current_moment(ctx.moment.zone)


def current_skeleton(ctx: Context, workspace: Path) -> Path:
    """The file of the latest open attempt: what `rebuild watch` watches by default."""
    with Store.open(ctx.state) as store:
        waiting = store.open_handouts(ctx.catalog.ids)
    if not waiting:
        raise RebuildError(
            "No attempt is open to watch. Get one with `rebuild next`, or name a file: `rebuild watch FILE`."
        )
    return attempt_path(waiting[-1].path, workspace)


def _check(ctx: Context, path: Path, limits: Limits, record: bool) -> Event:
    ctx = replace(ctx, moment=ctx_now(ctx))
    try:
        verdict = grade(ctx.catalog, path, None, limits, ctx.cache)
    except RebuildError as error:
        return Unusable(path, str(error))
    return Checked(path, verdict, record_check(ctx, verdict) if record else None)


def _signature(path: Path) -> tuple[int, int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size, info.st_ino


def _changes(path: Path, stop: threading.Event, checked: tuple[int, int, int] | None) -> Iterator[None]:
    """Once per batch of saves to `path` (editors that save by renaming
    included). The operating system wakes us; a once-a-second look at the
    file's signature also catches a save made since `checked` (the signature
    the last check saw) that came before the watch started."""
    from watchfiles import watch

    target = path.resolve()
    seen = checked
    for _ in watch(
        target.parent,
        watch_filter=lambda _, changed: Path(changed).resolve() == target,
        debounce=400,
        step=50,
        stop_event=stop,
        recursive=False,
        rust_timeout=1000,
        yield_on_timeout=True,
    ):
        now = _signature(target)
        if now != seen:
            seen = now
            yield


def watch_file(
    ctx: Context,
    path: Path,
    limits: Limits,
    wants_next: threading.Event,
    stop: threading.Event,
    workspace: Path,
    record: bool = True,
) -> Iterator[Event]:
    """Check `path` now and after every save. When the learner asks
    (`wants_next`, which also sets `stop`) after a pass, hand out the next
    exercise and watch its file instead."""
    checked = _signature(path)
    event = _check(ctx, path, limits, record)
    yield event
    while True:
        for _ in _changes(path, stop, checked):
            checked = _signature(path)
            event = _check(ctx, path, limits, record)
            yield event
        if not wants_next.is_set():
            return  # stopped from outside
        wants_next.clear()
        stop.clear()
        if isinstance(event, Checked) and event.verdict.passed:
            handout = next_exercise(replace(ctx, moment=ctx_now(ctx)), Wanted(), workspace)
            yield NextOne(handout)
            if isinstance(handout, NothingDue):
                return
            path = handout.path
        checked = _signature(path)
        event = _check(ctx, path, limits, record)
        yield event
