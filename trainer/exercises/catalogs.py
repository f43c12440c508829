"""User catalogs: folders holding a `catalog.toml` beside their reference programs.

A user catalog folder has the built-in catalog's format (`format_version`,
[[concept]], [[exercise]]) and keeps its programs in `reference/` next to
`catalog.toml`. The learner's own folder is `exercises/` in the rebuild data
folder; `catalogs = [...]` in config.toml adds more (a teacher's git checkout).

Reading is lenient: an entry that cannot be used is reported and skipped, the
rest of its catalog stays usable, and nothing a user catalog holds can break the
built-in one. Ids are unique across catalogs: the first one read wins.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trainer.basics.errors import CatalogError
from trainer.exercises.catalog import (
    BUILTIN,
    FORMAT_VERSION,
    Catalog,
    Concept,
    Exercise,
    Origin,
    builtin_origin,
    check_version,
    load_catalog,
    parse_exercise,
    parse_library,
)

CATALOG_FILE = "catalog.toml"
REFERENCE_FOLDER = "reference"
USER_FOLDER = "exercises"  # inside the rebuild data folder
USER_CATALOG = "user"  # the name `rebuild list` shows for the learner's own folder
EXERCISE_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")  # a file name and a skeleton header word
OUTCOMES = ("prints", "state")


@dataclass(frozen=True)
class CatalogProblem:
    """One thing wrong in a catalog, with where it is."""

    file: Path
    exercise: str | None
    field: str | None
    message: str

    @property
    def location(self) -> str:
        where = str(self.file)
        if self.exercise:
            where += f": exercise {self.exercise}"
        if self.field:
            where += f", {self.field}"
        return where

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


@dataclass(frozen=True)
class CatalogFolder:
    """A catalog to read: a folder, the name it is shown by, and whether the
    learner asked for it (a missing default folder is simply not there yet)."""

    path: Path
    name: str
    configured: bool = True


@dataclass(frozen=True)
class FolderCatalog:
    origin: Origin
    exercises: tuple[Exercise, ...]
    problems: tuple[CatalogProblem, ...]  # entries that could not be used, and why


def user_catalog_folders(state: Path, configured: Sequence[str]) -> list[CatalogFolder]:
    """The learner's own folder, then the folders config.toml lists (relative
    ones are taken from the data folder, where config.toml lives)."""
    folders = [CatalogFolder(state / USER_FOLDER, USER_CATALOG, configured=False)]
    for text in configured:
        path = Path(text).expanduser()
        path = path if path.is_absolute() else state / path
        folders.append(CatalogFolder(path, path.name or str(path)))
    return folders


def _read_toml(file: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogError(
            f"there is no {CATALOG_FILE} here; start one with `rebuild author new ID --from PROGRAM.py "
            f"--catalog {file.parent}`"
        ) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise CatalogError(f"it cannot be read as TOML ({error})") from None


def read_folder(folder: Path, name: str | None = None) -> FolderCatalog:
    """The usable exercises of one catalog folder, and the problems of the others."""
    file = folder / CATALOG_FILE
    origin = Origin(name or folder.name, file, folder / REFERENCE_FOLDER)
    try:
        raw = _read_toml(file)
        check_version(raw)
        library = parse_library(raw)
    except CatalogError as error:
        return FolderCatalog(origin, (), (CatalogProblem(file, None, None, str(error)),))
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        return FolderCatalog(
            origin, (), (CatalogProblem(file, None, "concept", f"a library concept is broken: {error!r}"),)
        )
    entries = raw.get("exercise", [])
    if not isinstance(entries, list):
        return FolderCatalog(origin, (), (CatalogProblem(file, None, "exercise", "must be an array of tables"),))
    exercises: list[Exercise] = []
    problems: list[CatalogProblem] = []
    for entry in entries:
        exercise, problem = _entry(entry, library, origin)
        if problem is not None:
            problems.append(problem)
        elif exercise is not None:
            exercises.append(exercise)
    return FolderCatalog(origin, tuple(exercises), tuple(problems))


def _entry(entry: Any, library: dict[str, Concept], origin: Origin) -> tuple[Exercise | None, CatalogProblem | None]:
    ident = entry.get("id") if isinstance(entry, dict) else None
    ident = ident if isinstance(ident, str) else None

    def problem(field: str | None, message: str) -> tuple[None, CatalogProblem]:
        return None, CatalogProblem(origin.file, ident, field, message)

    if ident is None or not EXERCISE_ID.fullmatch(ident):
        return problem("id", f"{ident!r} is not an id: use lowercase letters, digits and hyphens, e.g. 'softmax'")
    try:
        exercise = parse_exercise(entry, library, origin)
    except KeyError as missing:
        return problem(str(missing.args[0]), f"the field {missing.args[0]!r} is missing")
    except CatalogError as error:
        return problem(None, str(error))
    except (TypeError, ValueError, AttributeError) as error:
        return problem(None, f"a field has the wrong type ({error})")
    if exercise.outcome not in OUTCOMES:
        return problem("outcome", f"must be one of {OUTCOMES}, not {exercise.outcome!r}")
    if not exercise.concepts:
        return problem("concept", "the exercise has no concepts: nothing would be blanked")
    if not exercise.reference_path.is_file():
        return problem("reference", f"{exercise.reference_path} does not exist")
    return exercise, None


def combined_catalog(folders: Sequence[CatalogFolder], cache: Path | None = None) -> Catalog:
    """The built-in catalog followed by the usable exercises of `folders`;
    everything skipped is named in the catalog's `warnings`."""
    builtin = load_catalog(cache)
    exercises = list(builtin.exercises)
    seen = {e.id: BUILTIN for e in exercises}
    warnings: list[str] = []
    for folder in folders:
        if not folder.path.is_dir():
            if folder.configured:
                warnings.append(f"the catalog folder {folder.path} (in config.toml's catalogs) does not exist; skipped")
            continue
        read = read_folder(folder.path, folder.name)
        warnings += [f"{p}; skipped (`rebuild author check {folder.path}` lists every problem)" for p in read.problems]
        for exercise in read.exercises:
            if exercise.id in seen:
                warnings.append(
                    f"{read.origin.file}: exercise {exercise.id}: the id is already used by the {seen[exercise.id]} "
                    "catalog; skipped (rename it)"
                )
                continue
            seen[exercise.id] = folder.name
            exercises.append(exercise)
    return Catalog(FORMAT_VERSION, tuple(exercises), tuple(warnings))


def builtin_folder() -> FolderCatalog:
    """The built-in catalog as a folder catalog (strict: it ships tested)."""
    catalog = load_catalog()
    return FolderCatalog(builtin_origin(), catalog.exercises, ())
