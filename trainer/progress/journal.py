"""Progress: hand-outs, checks and looks at solutions, recorded in the store.

Each function is one transaction, so a kill at any moment keeps all of an event
or none of it. Cards are rebuilt from the review log after every scheduled
review, never updated in place.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.exercises.catalog import Catalog, Exercise
from trainer.exercises.handout import Handout, write_skeleton
from trainer.exercises.levels import blanked_concepts, custom_level, level_names, level_rank
from trainer.exercises.skeleton_cache import cached_skeleton
from trainer.progress.clock import Moment, day_begins, from_stamp, practice_day, to_stamp
from trainer.progress.planner import NothingDue, Plan, Waiting, Wanted, plan
from trainer.progress.records import HandoutRecord, HintRecord, ReviewRecord, content_uid
from trainer.progress.scheduling import advance, replay
from trainer.progress.settings import Settings
from trainer.progress.store import Store

if TYPE_CHECKING:
    from trainer.grading.check import Verdict

UNFILLED = "unfilled"  # the grading mode of a file whose blanks are still empty

LOCAL_TIME = "%Y-%m-%dT%H:%M:%S"
KEEP_BACKUPS = 7  # daily copies of the database, newest kept


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


def _ranks(exercise: Exercise) -> dict[str, int]:
    return {name: level_rank(exercise, name) for name in level_names(exercise)}


def rebuild_cards(
    store: Store, catalog: Catalog, exercise_id: str, fuzz: bool, only: tuple[str, ...] | None = None
) -> None:
    """Replay `exercise_id`'s final reviews into its cards (inside a
    transaction): all of them, or `only` those of some concepts."""
    exercise = catalog.get(exercise_id)
    finals = store.final_reviews(exercise_id)
    ranks = _ranks(exercise)
    concepts = [c for c in exercise.concept_ids if only is None or c in only]
    cards = [replay(c, finals, ranks, fuzz) for c in concepts]
    store.replace_cards(exercise_id, concepts, [card for card in cards if card is not None])


def _update_cards(ctx: Context, store: Store, review: ReviewRecord) -> None:
    """Apply a new final review to its cards: one FSRS step when it is the
    handout's first and the newest review, else a replay of those cards."""
    exercise = ctx.catalog.get(review.exercise)
    cards = store.cards()
    current = [cards.get((review.exercise, c)) for c in review.concepts]
    if review.attempt > 1 or any(card and card.last_review and card.last_review > review.at for card in current):
        rebuild_cards(store, ctx.catalog, review.exercise, ctx.settings.fuzz, only=review.concepts)
        return
    ranks = _ranks(exercise)
    updated = [advance(card, review, c, ranks, ctx.settings.fuzz) for card, c in zip(current, review.concepts)]
    store.replace_cards(review.exercise, list(review.concepts), updated)


def next_exercise(ctx: Context, wanted: Wanted, workspace: Path, write: bool = True) -> Handout | NothingDue:
    """Hand out what is due, else new material; record the handout."""
    with Store.open(ctx.state) as store:
        today = store.handouts_since(day_start(ctx.moment, ctx.settings.day_starts_at))
        introduced = len({(h.exercise, c) for h in today if h.kind == "scheduled" for c in h.new})
        seen_today = frozenset(h.exercise for h in today if h.kind == "scheduled")
        chosen = plan(
            ctx.catalog,
            wanted,
            store.cards(),
            store.open_handouts(ctx.catalog.ids),
            ctx.moment.stamp,
            ctx.settings.new_per_day - introduced,
            seen_today,
        )
        if isinstance(chosen, NothingDue):
            return chosen
        if isinstance(chosen, Waiting):
            return _resume(ctx, chosen.handout, write)
        skeleton = cached_skeleton(chosen.exercise, chosen.level, ctx.cache)
        if not write:
            return Handout(
                skeleton,
                chosen.exercise.title,
                workspace / f"{chosen.exercise.id}.py",
                False,
                chosen.kind,
                why=chosen.why,
            )
        latest = store.latest_handout(chosen.exercise.id)
        finished = latest is not None and store.is_closed(latest.uid)
        stamp = ctx.moment.local.strftime("%Y%m%d-%H%M%S")
        path, archived = write_skeleton(
            ctx.catalog, skeleton, workspace, wanted.force, stamp if finished else None, ctx.cache
        )
        with store.transaction():
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


def _resume(ctx: Context, handout: HandoutRecord, write: bool) -> Handout:
    """The attempt already handed out; its skeleton again if the file is gone."""
    exercise = ctx.catalog.get(handout.exercise)
    level = custom_level(exercise, handout.level, () if handout.level == "full" else handout.concepts)
    skeleton = cached_skeleton(exercise, level, ctx.cache)
    path = Path(handout.path)
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
    """Looking at the answer during an open attempt is a lapse: Again for all
    of its concepts, and the attempt is over."""
    with Store.open(ctx.state) as store, store.transaction():
        handout, why_not = _open_attempt(store, exercise_id)
        if handout is None:
            return Recording(False, why_not)
        return _append_review(ctx, store, handout, False, {c: False for c in handout.concepts}, "solution")


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
