"""`rebuild next`: choose an exercise and level, write its skeleton."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainer.catalog import Catalog, Exercise
from trainer.errors import RebuildError, WorkspaceConflict
from trainer.levels import Level, resolve_level
from trainer.skeleton import Skeleton, read_header
from trainer.skeleton_cache import cached_skeleton

DEFAULT_WORKSPACE = Path("rebuild-workspace")


@dataclass(frozen=True)
class Request:
    exercise: str | None = None
    level: str | None = None
    concept: str | None = None
    force: bool = False


@dataclass(frozen=True)
class Handout:
    skeleton: Skeleton
    title: str
    path: Path
    written: bool  # False: the learner's attempt was already there and was kept


def skeleton_for(catalog: Catalog, exercise_id: str, level: str, concept: str | None, cache: Path | None) -> Skeleton:
    exercise = catalog.get(exercise_id)
    return cached_skeleton(exercise, resolve_level(exercise, level, concept), cache)


def _regenerated(text: str, catalog: Catalog, cache: Path | None) -> Skeleton | None:
    """The skeleton the file at hand was written as, if its header says."""
    header = read_header(text)
    if header is None or header.exercise not in catalog.ids:
        return None
    exercise = catalog.get(header.exercise)
    concept = header.concepts[0] if header.level == "1" and header.concepts else None
    try:
        return cached_skeleton(exercise, resolve_level(exercise, header.level, concept), cache)
    except RebuildError:  # an edited header naming no real level: treat the file as edited
        return None


def is_untouched(path: Path, catalog: Catalog, cache: Path | None) -> bool:
    text = path.read_text(encoding="utf-8", errors="replace")
    skeleton = _regenerated(text, catalog, cache)
    return skeleton is not None and skeleton.text == text


def _first_not_started(catalog: Catalog, workspace: Path) -> Exercise | None:
    for exercise in catalog.exercises:
        if not (workspace / f"{exercise.id}.py").exists():
            return exercise
    return None


def _pick(catalog: Catalog, request: Request, workspace: Path) -> tuple[Exercise, Level] | Path:
    """What to hand out; or the path of the attempt already waiting."""
    if request.exercise is not None:
        exercise = catalog.get(request.exercise)
    else:
        found = _first_not_started(catalog, workspace)
        if found is None:
            # Everything was handed out: resume the first exercise in curriculum order.
            return workspace / f"{catalog.exercises[0].id}.py"
        exercise = found
    return exercise, resolve_level(exercise, request.level or "1", request.concept)


def preview(catalog: Catalog, request: Request, cache: Path | None) -> Skeleton:
    """The skeleton `request` asks for, written nowhere (`--stdout`)."""
    exercise = catalog.get(request.exercise or catalog.exercises[0].id)
    return cached_skeleton(exercise, resolve_level(exercise, request.level or "1", request.concept), cache)


def hand_out(catalog: Catalog, request: Request, workspace: Path, cache: Path | None) -> Handout:
    """Write the next skeleton into `workspace`, never clobbering the learner's edits."""
    picked = _pick(catalog, request, workspace)
    if isinstance(picked, Path):
        skeleton = _regenerated(picked.read_text(encoding="utf-8", errors="replace"), catalog, cache)
        if skeleton is None:
            skeleton = skeleton_for(catalog, picked.stem, "1", None, cache)
        return Handout(skeleton, catalog.get(skeleton.exercise).title, picked, written=False)
    exercise, level = picked
    skeleton = cached_skeleton(exercise, level, cache)
    path = workspace / f"{exercise.id}.py"
    if path.exists() and not request.force:
        if path.is_dir():
            raise WorkspaceConflict(f"{path} is a folder; move it away or choose another place with --dir.")
        if path.read_text(encoding="utf-8", errors="replace") != skeleton.text and not is_untouched(
            path, catalog, cache
        ):
            raise WorkspaceConflict(
                f"{path} holds your work on {exercise.id}; it was not overwritten. Check it with "
                f"`rebuild check {path}`, or replace it with a fresh skeleton: "
                f"`rebuild next --exercise {exercise.id} --level {level.name} --force`."
            )
    workspace.mkdir(parents=True, exist_ok=True)
    path.write_text(skeleton.text, encoding="utf-8")
    return Handout(skeleton, exercise.title, path, written=True)
