"""Skeleton files in the workspace: write them, never clobbering the learner's edits."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainer.basics.atomic import replace_file
from trainer.basics.errors import RebuildError, WorkspaceConflict
from trainer.exercises.catalog import Catalog
from trainer.exercises.levels import Level, custom_level
from trainer.exercises.skeleton import Skeleton, read_header
from trainer.exercises.skeleton_cache import cached_skeleton

DONE_FOLDER = "done"  # finished attempts are moved here, never deleted


@dataclass(frozen=True)
class Handout:
    skeleton: Skeleton
    title: str
    path: Path
    written: bool  # False: the learner's attempt was already there and was kept
    kind: str = "scheduled"  # or "practice": checks of it leave the schedule alone
    archived: Path | None = None  # where an earlier, finished attempt was moved
    why: str = ""  # why this exercise now, in words


def header_level(catalog: Catalog, text: str) -> tuple[str, Level] | None:
    """The exercise and level a skeleton's header names, if it names real ones."""
    header = read_header(text)
    if header is None or header.exercise not in catalog.ids:
        return None
    try:
        return header.exercise, custom_level(catalog.get(header.exercise), header.level, header.concepts)
    except RebuildError:  # an edited header naming no real level
        return None


def is_untouched(path: Path, catalog: Catalog, cache: Path | None) -> bool:
    """True if `path` is exactly a skeleton as handed out: nothing to lose."""
    text = path.read_text(encoding="utf-8", errors="replace")
    named = header_level(catalog, text)
    return named is not None and cached_skeleton(catalog.get(named[0]), named[1], cache).text == text


def _archive(path: Path, stamp: str) -> Path:
    done = path.parent / DONE_FOLDER
    done.mkdir(exist_ok=True)
    target = done / f"{path.stem}.{stamp}{path.suffix}"
    path.replace(target)
    return target


def write_skeleton(
    catalog: Catalog, skeleton: Skeleton, workspace: Path, force: bool, finished_stamp: str | None, cache: Path | None
) -> tuple[Path, Path | None]:
    """Write `skeleton` to <workspace>/<id>.py. A file holding edits is kept
    (WorkspaceConflict) unless `force`; if it holds a finished attempt
    (`finished_stamp` given), it is moved to <workspace>/done/ first."""
    path = workspace / f"{skeleton.exercise}.py"
    archived = None
    if path.is_dir():
        raise WorkspaceConflict(f"{path} is a folder; move it away or choose another place with --dir.")
    if (
        path.exists()
        and not force
        and path.read_text(encoding="utf-8", errors="replace") != skeleton.text
        and not is_untouched(path, catalog, cache)
    ):
        if finished_stamp is None:
            raise WorkspaceConflict(
                f"{path} holds your work on {skeleton.exercise}; it was not overwritten. Check it with "
                f"`rebuild check {path}`, or replace it with a fresh skeleton: `rebuild next --exercise "
                f"{skeleton.exercise} --level {skeleton.level} --force`."
            )
        archived = _archive(path, finished_stamp)
    replace_file(path, skeleton.text.encode("utf-8"))
    return path, archived
