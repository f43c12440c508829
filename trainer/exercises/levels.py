"""The fading ladder: which concepts are blanked at each level of an exercise.

Level 1 blanks one concept; levels 2, 3, ... blank the groups the catalog lists
in the exercise's `ladder`, each strictly wider than the one below, the whole
training step (a composite concept) only at the top; `full` leaves only the
imports and the task statement. `trainer.exercises.recall` checks a ladder.
"""

from __future__ import annotations

from dataclasses import dataclass

from trainer.basics.errors import UnknownLevel
from trainer.exercises.catalog import Concept, Exercise

FULL = "full"


@dataclass(frozen=True)
class Level:
    name: str  # "1", "2", ... or "full"
    concepts: tuple[str, ...]  # empty at `full`

    @property
    def is_full(self) -> bool:
        return self.name == FULL


def is_composite(concept: Concept) -> bool:
    """A concept that holds other concepts' code (the whole training step): it is
    blanked only at the top of a ladder, never as a level-1 gap."""
    return any(selector.kind == "loop_over" for selector in concept.select)


def level_names(exercise: Exercise) -> list[str]:
    return [str(n) for n in range(1, len(exercise.ladder) + 2)] + [FULL]


def resolve_level(exercise: Exercise, name: str = "1", concept: str | None = None) -> Level:
    """The level called `name`; at level 1, `concept` picks the one blank
    (default: the first concept of the ladder's first group, the exercise's core)."""
    name = name.strip().lower()
    if name not in level_names(exercise):
        raise UnknownLevel(
            f"{exercise.id} has no level {name!r}. Its levels are {', '.join(level_names(exercise))}, "
            f"e.g. `rebuild next --exercise {exercise.id} --level 2`."
        )
    if concept is not None and concept not in exercise.concept_ids:
        raise UnknownLevel(
            f"{exercise.id} has no concept {concept!r}. Its concepts are {', '.join(exercise.concept_ids)}."
        )
    if name == FULL:
        return Level(FULL, ())
    if name == "1":
        default = exercise.ladder[0][0] if exercise.ladder else exercise.concept_ids[0]
        if concept is not None and is_composite(exercise.concept(concept)):
            raise UnknownLevel(
                f"{concept} holds the other concepts of {exercise.id}, so it is never a level-1 gap; "
                f"it is blanked at level {len(exercise.ladder) + 1}: `rebuild next --exercise {exercise.id} "
                f"--level {len(exercise.ladder) + 1}`."
            )
        return Level("1", (concept or default,))
    return Level(name, exercise.ladder[int(name) - 2])


def level_rank(exercise: Exercise, name: str) -> int:
    """1 for level 1, k for level k, and one past the ladder for `full`."""
    return len(exercise.ladder) + 2 if name == FULL else int(name)


def custom_level(exercise: Exercise, name: str, concepts: tuple[str, ...]) -> Level:
    """Level `name` blanking exactly `concepts` (in the exercise's order): what
    the schedule hands out when several concepts are due at once."""
    resolve_level(exercise, name)  # validates the name
    unknown = [c for c in concepts if c not in exercise.concept_ids]
    if unknown:
        raise UnknownLevel(
            f"{exercise.id} has no concept {unknown[0]!r}. Its concepts are {', '.join(exercise.concept_ids)}."
        )
    if name == FULL:
        return Level(FULL, ())
    return Level(name, tuple(c for c in exercise.concept_ids if c in concepts))


def blanked_concepts(exercise: Exercise, level: Level) -> tuple[str, ...]:
    """The concepts a learner writes at `level`: at `full`, all of them."""
    return exercise.concept_ids if level.is_full else level.concepts
