"""The exercise catalog: typed view of `exercises/catalog.toml`.

The built-in catalog ships with rebuild; user catalogs (folders holding a
`catalog.toml` in the same format and their programs under `reference/`) are
read by `trainer.exercises.catalogs`. Each exercise knows where it came from.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from trainer.basics.atomic import write_atomic
from trainer.basics.errors import CatalogError, UnknownExercise
from trainer.basics.resources import data_dir

FORMAT_VERSION = 1
BUILTIN = "built-in"
SELECTOR_KINDS = ("function", "assign", "update", "call", "block", "loop_over")
Outcome = Literal["prints", "state"]


@dataclass(frozen=True)
class Selector:
    """Which code a concept is: one of SELECTOR_KINDS and its argument."""

    kind: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Concept:
    id: str
    label: str
    select: tuple[Selector, ...]
    hints: tuple[str, ...]


@dataclass(frozen=True)
class Origin:
    """The catalog an exercise comes from: its name, its file, its programs' folder."""

    name: str
    file: Path
    reference_dir: Path


def builtin_origin() -> Origin:
    return Origin(BUILTIN, data_dir("exercises") / "catalog.toml", data_dir("reference"))


@dataclass(frozen=True)
class Exercise:
    id: str
    title: str
    summary: str
    reference: str
    outcome: Outcome
    task: str
    concepts: tuple[Concept, ...]
    ladder: tuple[tuple[str, ...], ...]
    state: tuple[str, ...] = ()
    dataflow: tuple[tuple[str, str], ...] = ()
    requires: tuple[str, ...] = ()  # exercises introduced before this one
    origin: Origin | None = None  # None: the built-in catalog

    @property
    def catalog(self) -> str:
        """The name of the catalog this exercise comes from (`built-in` or a folder)."""
        return self.origin.name if self.origin else BUILTIN

    @property
    def catalog_file(self) -> Path:
        return (self.origin or builtin_origin()).file

    @property
    def reference_path(self) -> Path:
        return (self.origin or builtin_origin()).reference_dir / self.reference

    def reference_source(self) -> str:
        return self.reference_path.read_text(encoding="utf-8")

    def concept(self, concept_id: str) -> Concept:
        for concept in self.concepts:
            if concept.id == concept_id:
                return concept
        raise KeyError(concept_id)

    @property
    def concept_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.concepts)


@dataclass(frozen=True)
class Catalog:
    format_version: int
    exercises: tuple[Exercise, ...]
    warnings: tuple[str, ...] = ()  # user catalogs (or entries) skipped, and why

    @property
    def ids(self) -> list[str]:
        return [e.id for e in self.exercises]

    def get(self, exercise_id: str) -> Exercise:
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise UnknownExercise(exercise_id, self.ids)


def _selector(raw: dict[str, Any]) -> Selector:
    if len(raw) != 1 or next(iter(raw)) not in SELECTOR_KINDS:
        raise CatalogError(f"a selector must have exactly one of {SELECTOR_KINDS}, got {raw}")
    kind, value = next(iter(raw.items()))
    names = (value,) if isinstance(value, str) else tuple(value)
    return Selector(kind, names)


def _concept(raw: dict[str, Any]) -> Concept:
    return Concept(
        id=raw["id"],
        label=raw["label"],
        select=tuple(_selector(s) for s in raw["select"]),
        hints=tuple(raw.get("hints", ())),
    )


def parse_exercise(raw: dict[str, Any], library: dict[str, Concept], origin: Origin | None = None) -> Exercise:
    """One [[exercise]] table; CatalogError (or KeyError, TypeError, ValueError
    for a missing or mistyped field) if it is not a usable exercise."""
    own = [_concept(c) for c in raw.get("concept", [])]
    own_ids = {c.id for c in own}
    try:
        shared = [library[i] for i in raw.get("concepts", []) if i not in own_ids]
    except KeyError as missing:
        raise CatalogError(f"exercise {raw['id']!r} uses unknown library concept {missing}") from None
    exercise = Exercise(
        id=raw["id"],
        title=raw["title"],
        summary=raw["summary"],
        reference=raw["reference"],
        outcome=raw.get("outcome", "prints"),
        task=" ".join(raw["task"].split()),
        concepts=tuple(shared + own),
        ladder=tuple(tuple(level) for level in raw.get("ladder", [])),
        state=tuple(raw.get("state", ())),
        dataflow=tuple((concept, name) for concept, name in raw.get("dataflow", ())),
        requires=tuple(raw.get("requires", ())),
        origin=origin,
    )
    unknown = {c for level in exercise.ladder for c in level} | {c for c, _ in exercise.dataflow}
    unknown -= set(exercise.concept_ids)
    if unknown:
        raise CatalogError(f"exercise {exercise.id!r}: ladder names unknown concepts {sorted(unknown)}")
    return exercise


def check_version(raw: dict[str, Any]) -> int:
    version = raw.get("format_version")
    if version != FORMAT_VERSION:
        raise CatalogError(f"catalog format_version {version!r} is not supported (expected {FORMAT_VERSION})")
    return FORMAT_VERSION


def parse_library(raw: dict[str, Any]) -> dict[str, Concept]:
    return {c.id: c for c in (_concept(r) for r in raw.get("concept", []))}


def parse_catalog(raw: dict[str, Any], origin: Origin | None = None) -> Catalog:
    version = check_version(raw)
    library = parse_library(raw)
    exercises = tuple(parse_exercise(r, library, origin) for r in raw["exercise"])
    for index, exercise in enumerate(exercises):
        earlier = {e.id for e in exercises[:index]}
        if origin is None and not set(exercise.requires) <= earlier:  # the order respects `requires`: no cycles
            wrong = sorted(set(exercise.requires) - earlier)
            raise CatalogError(f"exercise {exercise.id!r} requires {wrong}, which must be exercises listed before it")
    return Catalog(format_version=version, exercises=exercises)


@cache
def load_catalog(cache: Path | None = None) -> Catalog:
    """The built-in catalog (parsed once per process, its parse kept in `cache`);
    with the user's catalogs: `trainer.exercises.catalogs.combined_catalog`."""
    return parse_catalog(_parsed_toml((data_dir("exercises") / "catalog.toml").read_bytes(), cache))


def _parsed_toml(raw: bytes, cache: Path | None) -> dict[str, Any]:
    """`raw` parsed, through a JSON copy named by its digest: parsing this TOML takes a
    fifth of the time before `rebuild check` can start a program, reading JSON a hundredth."""
    copy = cache / "catalogs" / f"{hashlib.sha256(raw).hexdigest()[:32]}.json" if cache else None
    with contextlib.suppress(OSError, ValueError):
        parsed = json.loads(copy.read_bytes()) if copy else None
        if isinstance(parsed, dict):
            return parsed
    parsed = tomllib.loads(raw.decode("utf-8"))
    if copy is not None:
        write_atomic(copy, json.dumps(parsed).encode())
    return parsed
