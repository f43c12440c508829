"""Progress: hand-outs, checks and looks at solutions, recorded in the store.

Each function is one transaction, so a kill at any moment keeps all of an event
or none of it. Cards are rebuilt from the review log after every scheduled
review, never updated in place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.exercises.catalog import Catalog
from trainer.exercises.handout import Handout, write_skeleton
from trainer.exercises.levels import blanked_concepts, custom_level
from trainer.exercises.skeleton_cache import cached_skeleton
from trainer.progress.clock import Moment, day_begins, from_stamp, practice_day, to_stamp
from trainer.progress.memory import Memory, derive_cards, memories
from trainer.progress.planner import (
    DEFAULT_SECONDS_PER_BLANK,
    NEW_SHARE,
    NothingDue,
    Plan,
    Today,
    Waiting,
    Wanted,
    plan,
)
from trainer.progress.records import CardRecord, HandoutRecord, HintRecord, ReviewRecord, content_uid
from trainer.progress.settings import Settings
from trainer.progress.store import Store

if TYPE_CHECKING:
    from trainer.grading.verdict import Verdict

UNFILLED = "unfilled"  # the grading mode of a file whose blanks are still empty

LOCAL_TIME = "%Y-%m-%dT%H:%M:%S"
KEEP_BACKUPS = 7  # daily copies of the database, newest kept
MIN_SECONDS_PER_BLANK = 20.0  # a pace estimate is kept within these bounds
MAX_SECONDS_PER_BLANK = 1200.0


@dataclass(frozen=True)
class Context:
    """Everything an engine call needs from outside: no hidden clock or paths."""

    catalog: Catalog
    state: Path  # the folder holding the database
    cache: Path | None
    moment: Moment
    settings: Settings


@dataclass(frozen=True)
class Recording:
    recorded: bool
    reason: str  # what was recorded, or why nothing was
    attempt: int = 0
    next_due: str | None = None  # UTC stamp of the exercise's next due card
    practice: bool = False  # extra practice: recorded, but the schedule did not move


def day_start(moment: Moment, day_starts_at: int) -> str:
    """UTC stamp of the start of the learner's current practice day."""
    return to_stamp(day_begins(practice_day(moment.local, day_starts_at), moment.zone, day_starts_at))


def rebuild_cards(
    store: Store, catalog: Catalog, day_starts_at: int, fuzz: bool, touched: Iterable[Memory] | None = None
) -> None:
    """Replay the review log into the cards (inside a transaction): all of
    them, or those of the `touched` memories."""
    chosen = list(touched) if touched is not None else list(memories(catalog).values())
    exercises = sorted({e for memory in chosen for e in memory.exercises})
    reviews = store.scheduled_reviews(exercises) if exercises else []
    replayed, cards = derive_cards(catalog, reviews, day_starts_at, fuzz, chosen)
    if touched is None:
        store.clear_cards()
    store.replace_cards([(e, m.concept) for m in replayed for e in m.exercises], cards)


def current_cards(ctx: Context, store: Store) -> dict[tuple[str, str], CardRecord]:
    """The cards, replayed first if a migration asked for it."""
    if store.replay_needed():
        with store.transaction():
            if store.replay_needed():  # another process may have just done it
                rebuild_cards(store, ctx.catalog, ctx.settings.day_starts_at, ctx.settings.fuzz)
                store.replay_done()
    return store.cards()


def _update_cards(ctx: Context, store: Store, review: ReviewRecord) -> None:
    """Replay the memories a new scheduled check concerns."""
    shared = memories(ctx.catalog)
    touched = [shared[(review.exercise, c)] for c in review.concepts if (review.exercise, c) in shared]
    rebuild_cards(store, ctx.catalog, ctx.settings.day_starts_at, ctx.settings.fuzz, touched)


def next_exercise(ctx: Context, wanted: Wanted, workspace: Path, write: bool = True) -> Handout | NothingDue:
    """Hand out what is due, else new material; record the handout. The plan
    and its record are one write transaction: processes asking at once queue,
    and each sees the hand-outs of the ones before."""
    with Store.open(ctx.state) as store:
        current_cards(ctx, store)
        if not write:
            return _next(ctx, store, wanted, workspace, write)
        with store.transaction():
            return _next(ctx, store, wanted, workspace, write)


def seconds_per_blank(store: Store) -> float:
    """The learner's own pace: the median over their recent passing checks of
    the time from hand-out to pass, per blank."""
    recent = store.select(ReviewRecord, "passed = 1 AND source = 'check'", order="at DESC LIMIT 20")
    paces = sorted(r.seconds / len(r.concepts) for r in recent if r.concepts)
    if not paces:
        return DEFAULT_SECONDS_PER_BLANK
    return min(max(paces[len(paces) // 2], MIN_SECONDS_PER_BLANK), MAX_SECONDS_PER_BLANK)


def today_of(ctx: Context, store: Store) -> Today:
    """Today's practice day as the planner sees it: its end, its budget left,
    the hand-outs already made."""
    start = day_start(ctx.moment, ctx.settings.day_starts_at)
    today = practice_day(ctx.moment.local, ctx.settings.day_starts_at)
    end = to_stamp(day_begins(today + timedelta(days=1), ctx.moment.zone, ctx.settings.day_starts_at))
    handed = [h for h in store.handouts_since(start) if h.kind == "scheduled"]
    pace = seconds_per_blank(store)
    spent = sum(len(h.concepts) for h in handed) * pace / 60
    spent_new = sum(len(h.concepts) for h in handed if h.new) * pace / 60
    introduced = len({(h.exercise, c) for h in handed for c in h.new})
    checked = {r.exercise for r in store.select(ReviewRecord, "kind = 'scheduled' AND at >= ?", (start,))}
    budget = float(ctx.settings.minutes_per_day)
    return Today(
        due_by=end,
        minutes_left=budget - spent,
        budget=budget,
        new_minutes_left=budget * NEW_SHARE - spent_new,
        seconds_per_blank=pace,
        new_allowed=ctx.settings.new_per_day - introduced,
        handed=tuple(Counter(h.exercise for h in handed).items()),
        rested=frozenset(set(ctx.catalog.ids) - checked),
    )


def _next(ctx: Context, store: Store, wanted: Wanted, workspace: Path, write: bool) -> Handout | NothingDue:
    chosen = plan(ctx.catalog, wanted, store.cards(), store.open_handouts(ctx.catalog.ids), today_of(ctx, store))
    if isinstance(chosen, NothingDue):
        return chosen
    if isinstance(chosen, Waiting):
        return _resume(ctx, chosen.handout, workspace, write)
    skeleton = cached_skeleton(chosen.exercise, chosen.level, ctx.cache)
    if not write:
        return Handout(
            skeleton, chosen.exercise.title, workspace / f"{chosen.exercise.id}.py", False, chosen.kind, why=chosen.why
        )
    latest = store.latest_handout(chosen.exercise.id)
    finished = latest is not None and store.is_closed(latest.uid)
    stamp = ctx.moment.local.strftime("%Y%m%d-%H%M%S")
    path, archived = write_skeleton(
        ctx.catalog, skeleton, workspace, wanted.force, stamp if finished else None, ctx.cache
    )
    store.insert(_handout_record(ctx.moment, chosen, path))
    return Handout(skeleton, chosen.exercise.title, path, True, chosen.kind, archived, chosen.why)


def _handout_record(moment: Moment, chosen: Plan, path: Path) -> HandoutRecord:
    concepts = blanked_concepts(chosen.exercise, chosen.level)
    uid = content_uid("handout", chosen.exercise.id, moment.stamp, chosen.level.name, concepts)
    return HandoutRecord(
        uid,
        chosen.exercise.id,
        chosen.level.name,
        concepts,
        chosen.new,
        chosen.kind,
        moment.stamp,
        moment.zone,
        str(path.absolute()),
    )


def attempt_path(stored: str, workspace: Path) -> Path:
    """The file of an attempt. Hand-outs record where they were written, so
    that `rebuild watch` finds them whatever --dir was used; an attempt whose
    folder does not exist here (a history from another machine) lives in
    `workspace`, as does a relative path."""
    path = Path(stored)
    if not path.is_absolute():
        return workspace / path
    return path if path.parent.is_dir() else workspace / path.name


def _resume(ctx: Context, handout: HandoutRecord, workspace: Path, write: bool) -> Handout:
    """The attempt already handed out; its skeleton again if the file is gone."""
    exercise = ctx.catalog.get(handout.exercise)
    level = custom_level(exercise, handout.level, () if handout.level == "full" else handout.concepts)
    skeleton = cached_skeleton(exercise, level, ctx.cache)
    path = attempt_path(handout.path, workspace)
    if path.exists() or not write:
        return Handout(skeleton, exercise.title, path, False, handout.kind)
    path, _ = write_skeleton(ctx.catalog, skeleton, path.parent, False, None, ctx.cache)
    return Handout(skeleton, exercise.title, path, True, handout.kind)


def _open_attempt(store: Store, exercise_id: str) -> tuple[HandoutRecord | None, str]:
    latest = store.latest_handout(exercise_id)
    if latest is None:
        return (
            None,
            f"not recorded: {exercise_id} was never handed out; start with `rebuild next --exercise {exercise_id}`",
        )
    if store.is_closed(latest.uid):
        return None, f"not recorded: this {exercise_id} attempt is finished already; `rebuild next` for the next one"
    return latest, ""


def _append_review(
    ctx: Context, store: Store, handout: HandoutRecord, passed: bool, verdicts: dict[str, bool | None], source: str
) -> Recording:
    previous = store.select(ReviewRecord, "handout = ?", (handout.uid,))
    attempt = max((r.attempt for r in previous), default=0) + 1
    hints: dict[str, int] = {}
    for hint in store.select(HintRecord, "handout = ?", (handout.uid,)):
        hints[hint.concept] = max(hints.get(hint.concept, 0), hint.step)
    seconds = max((ctx.moment.utc - from_stamp(handout.at)).total_seconds(), 0.0)
    review = ReviewRecord(
        content_uid("review", handout.uid, attempt),
        handout.uid,
        ctx.moment.stamp,
        ctx.moment.zone,
        ctx.moment.local.strftime(LOCAL_TIME),
        handout.exercise,
        handout.level,
        handout.kind,
        handout.concepts,
        verdicts,
        passed,
        attempt,
        seconds,
        hints,
        source,
    )
    store.insert(review)
    if handout.kind == "scheduled":
        _update_cards(ctx, store, review)
    dues = [c.due for (e, _), c in store.cards().items() if e == handout.exercise]
    return Recording(
        True, f"recorded as attempt {attempt}", attempt, min(dues) if dues else None, handout.kind == "practice"
    )


def _handed_out_as(verdict: Verdict, handout: HandoutRecord) -> bool:
    """A file with a skeleton header counts for the attempt only if the header
    is this attempt's: an old, already passed skeleton does not."""
    if verdict.level is None:  # no header: the learner's own file
        return True
    return verdict.level == handout.level and {c.concept for c in verdict.concepts} == set(handout.concepts)


def record_check(ctx: Context, verdict: Verdict) -> Recording:
    """Record a graded check against the open attempt of its exercise; the
    first recorded check of a day also leaves a backup of the database."""
    if verdict.mode == UNFILLED:
        return Recording(False, "not recorded: fill in the blanks first")
    with Store.open(ctx.state) as store:
        with store.transaction():
            handout, why_not = _open_attempt(store, verdict.exercise)
            if handout is None:
                return Recording(False, why_not)
            if not _handed_out_as(verdict, handout):
                return Recording(
                    False,
                    f"not recorded: this file was handed out as level {verdict.level} of "
                    f"{verdict.exercise}, but your open attempt is level {handout.level} in "
                    f"{handout.path}; check that one",
                )
            judged = {r.concept: r.passed for r in verdict.concepts}
            verdicts = {c: True if verdict.passed else judged.get(c) for c in handout.concepts}
            recording = _append_review(ctx, store, handout, verdict.passed, verdicts, "check")
        store.back_up(practice_day(ctx.moment.local, ctx.settings.day_starts_at).isoformat(), KEEP_BACKUPS)
        return recording


def record_solution_view(ctx: Context, exercise_id: str) -> Recording:
    """Looking at the answer during an open attempt ends it, and is a lapse
    (Again) for each of its concepts no check of the attempt verified."""
    with Store.open(ctx.state) as store, store.transaction():
        handout, why_not = _open_attempt(store, exercise_id)
        if handout is None:
            return Recording(False, why_not)
        # Only what the learner had not yet shown is lapsed: a concept a check
        # of this attempt already verified keeps that verdict.
        shown = {
            c for r in store.select(ReviewRecord, "handout = ?", (handout.uid,)) for c, v in r.verdicts.items() if v
        }
        verdicts: dict[str, bool | None] = {c: None if c in shown else False for c in handout.concepts}
        return _append_review(ctx, store, handout, False, verdicts, "solution")


def record_hint(ctx: Context, handout: HandoutRecord, concept: str, step: int) -> None:
    with Store.open(ctx.state) as store, store.transaction():
        store.insert(
            HintRecord(
                content_uid("hint", handout.uid, concept, step),
                handout.uid,
                concept,
                step,
                ctx.moment.stamp,
                ctx.moment.zone,
            )
        )


def live_context(catalog: Catalog) -> Context:
    """The context of a command run now: real clock, the learner's folders and settings."""
    from trainer.basics.paths import cache_dir, state_dir
    from trainer.progress.clock import current_moment
    from trainer.progress.settings import load_settings

    settings = load_settings(state_dir())
    return Context(catalog, state_dir(), cache_dir(), current_moment(settings.timezone), settings)
