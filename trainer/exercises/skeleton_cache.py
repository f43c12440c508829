"""A disk cache of skeletons, so that handing one out does not load libcst.

A skeleton is a pure function of the reference text, the exercise's concept
definitions and the level, so the key hashes exactly those. A corrupt or
unwritable cache is never an error: the skeleton is just computed again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path

from trainer.basics.atomic import write_atomic
from trainer.exercises.catalog import Exercise
from trainer.exercises.levels import Level
from trainer.exercises.skeleton import Blank, Skeleton, blank_source

CACHE_FORMAT = 2  # 2: full-level docstrings no longer double backslashes


def _key(source: str, exercise: Exercise, level: Level) -> str:
    material = json.dumps(
        [
            CACHE_FORMAT,
            source,
            exercise.id,
            exercise.title,
            exercise.task,
            level.name,
            level.concepts,
            [(c.id, c.label, [(s.kind, s.names) for s in c.select]) for c in exercise.concepts],
        ],
    )
    return hashlib.sha256(material.encode()).hexdigest()[:32]


def _load(path: Path) -> Skeleton | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        blanks = tuple(Blank(**b) for b in raw.pop("blanks"))
        return Skeleton(**{**raw, "concepts": tuple(raw["concepts"])}, blanks=blanks)
    except (OSError, ValueError, TypeError, KeyError):
        return None


def _store(path: Path, skeleton: Skeleton) -> None:
    write_atomic(path, json.dumps(asdict(skeleton)).encode("utf-8"))


def cached_skeleton(exercise: Exercise, level: Level, cache_dir: Path | None) -> Skeleton:
    source = exercise.reference_source()
    if cache_dir is None:
        return blank_source(source, exercise, level)
    path = cache_dir / "skeletons" / f"{_key(source, exercise, level)}.json"
    skeleton = _load(path)
    if skeleton is None:
        skeleton = blank_source(source, exercise, level)
        _store(path, skeleton)
    return skeleton
