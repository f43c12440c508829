"""A simulated learner: practice sessions with an injected clock, no grading run.

Verdicts are built directly (the grader has its own tests), so months of
practice replay in seconds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from trainer.basics.paths import cache_dir
from trainer.exercises.catalog import load_catalog
from trainer.exercises.handout import Handout
from trainer.grading.verdict import ConceptResult, Verdict
from trainer.progress.clock import Moment
from trainer.progress.journal import Context, next_exercise, record_check
from trainer.progress.planner import NothingDue, Wanted
from trainer.progress.settings import Settings

Failures = Callable[[Handout], int]  # failed checks before the pass


def moment(local: str, zone: str) -> Moment:
    """A moment from a local wall-clock time, e.g. moment("2026-03-29 09:00", "Europe/Paris")."""
    at = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone))
    return Moment(at.astimezone(ZoneInfo("UTC")), zone)


def context(state: Path, at: Moment, **settings: object) -> Context:
    # the skeletons come from the tests' shared cache: blanking them again for every simulated learner is slow
    return Context(load_catalog(), state, cache_dir(), at, Settings(**{"fuzz": False, **settings}))  # type: ignore[arg-type]


def verdict(handout: Handout, passed: bool) -> Verdict:
    concepts = handout.skeleton.concepts or load_catalog().get(handout.skeleton.exercise).concept_ids
    results = [ConceptResult(c, True if passed else (False if i == 0 else None)) for i, c in enumerate(concepts)]
    return Verdict(handout.skeleton.exercise, passed, "simulated", handout.skeleton.level, results)


def later(ctx: Context, minutes: float) -> Context:
    return replace(ctx, moment=Moment(ctx.moment.utc + timedelta(minutes=minutes), ctx.moment.zone))


def session(ctx: Context, workspace: Path, failures: Failures = lambda h: 0, limit: int = 40) -> list[Handout]:
    """Practise until nothing is due: each handout checked until it passes, a minute apart."""
    done: list[Handout] = []
    for _ in range(limit):
        handout = next_exercise(ctx, Wanted(), workspace)
        if isinstance(handout, NothingDue):
            return done
        for failed in range(failures(handout) + 1):
            ctx = later(ctx, 1)
            record_check(ctx, verdict(handout, failed == failures(handout)))
        done.append(handout)
    raise AssertionError(f"more than {limit} handouts in one session")
