"""What `rebuild next` hands out: due reviews first, then new material.

Pure: the cards, the open handouts and the time come in; a plan comes out.
"""

from __future__ import annotations

from dataclasses import dataclass

from trainer.exercises.catalog import Catalog, Exercise
from trainer.exercises.levels import FULL, Level, blanked_concepts, custom_level, resolve_level
from trainer.progress.records import CardRecord, HandoutRecord
from trainer.progress.scheduling import STABLE_DAYS

Cards = dict[tuple[str, str], CardRecord]


@dataclass(frozen=True)
class Wanted:
    exercise: str | None = None
    level: str | None = None
    concept: str | None = None
    practice: bool = False  # extra practice: leaves the schedule alone
    force: bool = False  # hand out afresh even if an attempt is waiting


@dataclass(frozen=True)
class Plan:
    exercise: Exercise
    level: Level
    kind: str  # "scheduled" or "practice"
    due: tuple[str, ...]
    new: tuple[str, ...]
    level_up: bool = False

    @property
    def why(self) -> str:
        """Why this handout, in words."""
        blanked = blanked_concepts(self.exercise, self.level)
        due = [c for c in blanked if c in self.due]
        if self.kind == "practice":
            return "extra practice; your schedule stays as it is"
        if self.level_up:
            return f"you are ready for level {self.level.name}: these blanks together, for the first time"
        parts = ([f"{_listed(due)} due for review"] if due else []) + (
            [f"{_listed(self.new)} new to you"] if self.new else []
        )
        return "; ".join(parts)


def _listed(concepts: list[str] | tuple[str, ...]) -> str:
    return f"{', '.join(concepts)} {'is' if len(concepts) == 1 else 'are'}"


@dataclass(frozen=True)
class Waiting:
    handout: HandoutRecord


@dataclass(frozen=True)
class NothingDue:
    next_due: CardRecord | None  # None: nothing was ever reviewed
    new_left: int  # concepts not yet introduced (today's limit reached)


def curriculum(exercise: Exercise) -> list[str]:
    """The order concepts are introduced in: the ladder's core first."""
    ordered = [c for group in exercise.ladder for c in group] + list(exercise.concept_ids)
    return list(dict.fromkeys(c for c in ordered if c in exercise.concept_ids))


def _stable(cards: Cards, exercise: Exercise, concept: str, rank: int) -> bool:
    card = cards.get((exercise.id, concept))
    return card is not None and (card.stability or 0.0) >= STABLE_DAYS and card.best_rank >= rank


def reached_level(exercise: Exercise, cards: Cards) -> str:
    """Level 1 until every concept is stable on its own; then each ladder
    level in turn, until its concepts are stable at that level; then `full`."""
    if not all(_stable(cards, exercise, c, 1) for c in exercise.concept_ids):
        return "1"
    for rank, group in enumerate(exercise.ladder, start=2):
        if not all(_stable(cards, exercise, c, rank) for c in group):
            return str(rank)
    return FULL


def level_up(exercise: Exercise, cards: Cards) -> bool:
    """True if the reached level is one the learner has not passed yet: new
    material, handed out like a new concept."""
    name = reached_level(exercise, cards)
    if name == "1":
        return False
    rank = int(name) if name != FULL else len(exercise.ladder) + 2
    concepts = exercise.concept_ids if name == FULL else resolve_level(exercise, name).concepts
    return any(cards[(exercise.id, c)].best_rank < rank for c in concepts)


def prerequisites_met(catalog: Catalog, exercise: Exercise, cards: Cards) -> bool:
    """Is every exercise `exercise` requires learned well enough to build on:
    each of its concepts stable on its own (its level 2 reached)?"""
    return all(reached_level(catalog.get(required), cards) != "1" for required in exercise.requires)


def due_concepts(exercise: Exercise, cards: Cards, now: str) -> tuple[str, ...]:
    return tuple(c for c in exercise.concept_ids if (card := cards.get((exercise.id, c))) and card.due <= now)


def new_concepts(exercise: Exercise, cards: Cards, taken: set[tuple[str, str]]) -> list[str]:
    return [c for c in curriculum(exercise) if (exercise.id, c) not in cards and (exercise.id, c) not in taken]


def _level_for(exercise: Exercise, cards: Cards, due: tuple[str, ...], first: tuple[str, ...]) -> Level:
    """The reached level, widened to cover every due concept; at level 1, the
    due concepts themselves (or `first`)."""
    name = reached_level(exercise, cards)
    if name == FULL:
        return Level(FULL, ())
    base = resolve_level(exercise, name).concepts if name != "1" else ()
    return custom_level(exercise, name, tuple(base) + due + (first if not base and not due else ()))


def _kind(exercise: Exercise, level: Level, due: tuple[str, ...], new: tuple[str, ...], practice: bool) -> str:
    covered = set(blanked_concepts(exercise, level))
    return "scheduled" if not practice and covered & (set(due) | set(new)) else "practice"


def _requested(catalog: Catalog, wanted: Wanted, cards: Cards, taken: set[tuple[str, str]], now: str) -> Plan:
    exercise = catalog.get(wanted.exercise or "")
    due = due_concepts(exercise, cards, now)
    fresh = tuple(new_concepts(exercise, cards, taken))
    if wanted.level is not None:
        level = resolve_level(exercise, wanted.level, wanted.concept)
    elif wanted.concept is not None:
        level = resolve_level(exercise, "1", wanted.concept)
    else:
        level = _level_for(exercise, cards, due, fresh[:1] or (resolve_level(exercise).concepts))
    new = tuple(c for c in blanked_concepts(exercise, level) if c in fresh)
    return Plan(exercise, level, _kind(exercise, level, due, new, wanted.practice), due, new)


def plan(
    catalog: Catalog,
    wanted: Wanted,
    cards: Cards,
    open_handouts: list[HandoutRecord],
    now: str,
    new_allowed: int,
    seen_today: frozenset[str] = frozenset(),
) -> Plan | Waiting | NothingDue:
    """Choose the next handout. `now` is a UTC stamp; `new_allowed` is what is
    left of today's limit of new material; `seen_today`: exercises handed out
    today (a level is raised at most once a day, so each one is slept on)."""
    # Concepts out in a waiting attempt are not new again, unless that attempt is being replaced.
    taken = set() if wanted.force else {(h.exercise, c) for h in open_handouts for c in h.concepts}
    if wanted.exercise is not None:
        return _requested(catalog, wanted, cards, taken, now)
    waiting = [h for h in open_handouts if h.kind == "scheduled" and h.exercise in catalog.ids]
    if waiting and not wanted.force and not wanted.practice:
        return Waiting(waiting[0])
    if wanted.practice:
        return _practice(catalog, wanted, cards, taken, now)
    due = [card for card in cards.values() if card.due <= now and card.exercise in catalog.ids]
    if due:
        most_overdue = min(due, key=lambda card: (card.due, catalog.ids.index(card.exercise)))
        return _requested(catalog, Wanted(exercise=most_overdue.exercise), cards, taken, now)
    for exercise in catalog.exercises if new_allowed > 0 else ():
        if not prerequisites_met(catalog, exercise, cards):
            continue
        fresh = new_concepts(exercise, cards, taken)
        if fresh:
            return Plan(exercise, custom_level(exercise, "1", (fresh[0],)), "scheduled", (), (fresh[0],))
        if exercise.id not in seen_today and level_up(exercise, cards):
            chosen = _requested(catalog, Wanted(exercise=exercise.id), cards, taken, now)
            return Plan(
                chosen.exercise,
                chosen.level,
                "scheduled",
                chosen.due,
                blanked_concepts(chosen.exercise, chosen.level),
                level_up=True,
            )
    known = [card for card in cards.values() if card.exercise in catalog.ids]
    left = sum(len(new_concepts(e, cards, taken)) for e in catalog.exercises)
    return NothingDue(min(known, key=lambda card: card.due) if known else None, left)


def _practice(catalog: Catalog, wanted: Wanted, cards: Cards, taken: set[tuple[str, str]], now: str) -> Plan:
    """Extra practice on the exercise due soonest (or the first one)."""
    known = [card for card in cards.values() if card.exercise in catalog.ids]
    exercise_id = min(known, key=lambda card: card.due).exercise if known else catalog.exercises[0].id
    return _requested(catalog, Wanted(exercise=exercise_id, practice=True), cards, taken, now)
