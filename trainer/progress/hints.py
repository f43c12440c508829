"""`rebuild hint`: a concept's hints in steps (a nudge, the idea in words, the
formula). Each step seen is recorded with the open attempt and lowers that
review's rating to Hard."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainer.basics.errors import RebuildError
from trainer.exercises.skeleton import read_header
from trainer.progress.journal import Context, record_hint
from trainer.progress.records import HandoutRecord, HintRecord, ReviewRecord
from trainer.progress.store import Store


class NoHint(RebuildError):
    pass


@dataclass(frozen=True)
class Hint:
    exercise: str
    concept: str
    label: str
    step: int
    steps: int
    text: str


def _exercise_of(ctx: Context, target: str, named: str | None) -> str:
    if named is not None:
        if named not in ctx.catalog.ids:
            raise NoHint(f"{named!r} is not an exercise; `rebuild list` shows them: {', '.join(ctx.catalog.ids)}.")
        return named
    path = Path(target)
    if path.is_file():
        header = read_header(path.read_text(encoding="utf-8", errors="replace"))
        if header is not None and header.exercise in ctx.catalog.ids:
            return header.exercise
        if path.stem in ctx.catalog.ids:
            return path.stem
        raise NoHint(
            f"{path} is not a rebuild exercise (no header, and its name is not an exercise id); "
            f"say which it is, e.g. `rebuild hint {target} --exercise alpha-sweep`."
        )
    if target in ctx.catalog.ids:
        return target
    raise NoHint(
        f"{target!r} is neither a file nor an exercise; give your file or one of {', '.join(ctx.catalog.ids)}."
    )


def _attempt(ctx: Context, store: Store, target: str | None, named: str | None) -> HandoutRecord:
    if target is None and named is None:
        waiting = store.open_handouts(ctx.catalog.ids)
        if not waiting:
            raise NoHint("No attempt is open, so there is nothing to hint at. Start one with `rebuild next`.")
        return waiting[-1]
    exercise = _exercise_of(ctx, target or "", named)
    latest = store.latest_handout(exercise)
    if latest is None or store.is_closed(latest.uid):
        raise NoHint(
            f"No attempt on {exercise} is open; hints belong to an attempt. Start one with "
            f"`rebuild next --exercise {exercise}`."
        )
    return latest


def _concept(handout: HandoutRecord, reviews: list[ReviewRecord], seen: dict[str, int], steps: dict[str, int]) -> str:
    """The concept the last check failed on; else the first with hints left."""
    for review in reversed(reviews):
        failed = [c for c, ok in review.verdicts.items() if ok is False and c in handout.concepts]
        if failed:
            return failed[0]
    return next((c for c in handout.concepts if seen.get(c, 0) < steps[c]), handout.concepts[0])


def give_hint(ctx: Context, target: str | None, concept: str | None, named: str | None = None) -> Hint:
    """The next hint step for the open attempt `target` names (a file or an
    exercise; `named`: the exercise of a file without a header; by default the latest
    open attempt), recorded with it."""
    with Store.open(ctx.state) as store:
        handout = _attempt(ctx, store, target, named)
        reviews = store.select(ReviewRecord, "handout = ?", (handout.uid,), "attempt")
        seen: dict[str, int] = {}
        for hint in store.select(HintRecord, "handout = ?", (handout.uid,)):
            seen[hint.concept] = max(seen.get(hint.concept, 0), hint.step)
    exercise = ctx.catalog.get(handout.exercise)
    steps = {c: len(exercise.concept(c).hints) for c in handout.concepts}
    if concept is not None and concept not in handout.concepts:
        raise NoHint(f"{concept!r} is not one of the blanks of this attempt: {', '.join(handout.concepts)}.")
    chosen = concept or _concept(handout, reviews, seen, steps)
    hints = exercise.concept(chosen).hints
    if not hints:
        raise NoHint(
            f"{chosen} has no hints in the catalog; `rebuild solution {exercise.id}` shows the answer (a lapse)."
        )
    step = min(seen.get(chosen, 0) + 1, len(hints))
    if seen.get(chosen, 0) < step:
        record_hint(ctx, handout, chosen, step)
    return Hint(exercise.id, chosen, exercise.concept(chosen).label, step, len(hints), hints[step - 1])
