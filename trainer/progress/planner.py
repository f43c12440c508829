"""What `rebuild next` hands out: due reviews first, then new material.

Pure: the cards, the open handouts and the time come in; a plan comes out.
"""

from __future__ import annotations

from dataclasses import dataclass

from trainer.exercises.catalog import Catalog, Exercise
from trainer.exercises.levels import FULL, Level, blanked_concepts, custom_level, is_composite, resolve_level
from trainer.progress.memory import memories
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
    new_left: int  # concepts not yet introduced (today's budget spent)
    held_back: int = 0  # memories due today in exercises already handed out twice today


MAX_HANDOUTS_PER_DAY = 2  # of one exercise: a third time the same evening teaches little
DEFAULT_SECONDS_PER_BLANK = 120.0  # until the learner's own checks say otherwise
# New material takes at most this share of a day's budget: each new concept
# brings its own reviews in the days after, which must fit too.
NEW_SHARE = 0.5


@dataclass(frozen=True)
class Today:
    """What the plan needs to know about the learner's day."""

    due_by: str  # UTC stamp: the end of today's practice day; a card due before it is due today
    minutes_left: float  # of today's time budget, after today's hand-outs
    budget: float  # today's whole budget, in minutes
    new_minutes_left: float  # of the share of the budget new material may take (NEW_SHARE)
    seconds_per_blank: float  # the learner's own pace
    new_allowed: int = 1000  # what is left of `new_per_day`
    handed: tuple[tuple[str, int], ...] = ()  # scheduled hand-outs of each exercise today
    rested: frozenset[str] = frozenset()  # exercises with no scheduled check yet today

    def times(self, exercise: str) -> int:
        return dict(self.handed).get(exercise, 0)

    def fits(self, blanks: int) -> bool:
        """New material fits if it stays within the budget and within its
        share of it, or if it is the day's first hand-out."""
        cost = blanks * self.seconds_per_blank / 60
        return self.minutes_left >= self.budget or cost <= min(self.minutes_left, self.new_minutes_left)


def curriculum(exercise: Exercise) -> list[str]:
    """The order concepts are introduced in, one level-1 gap each: the ladder's
    core first. Composite concepts (the whole training step) are not gaps: they
    arrive with the top of the ladder."""
    ordered = [c for group in exercise.ladder for c in group] + list(exercise.concept_ids)
    return list(dict.fromkeys(c for c in ordered if c in exercise.concept_ids and not _composite(exercise, c)))


def _composite(exercise: Exercise, concept: str) -> bool:
    return is_composite(exercise.concept(concept))


def _stable(cards: Cards, exercise: Exercise, concept: str, rank: int) -> bool:
    card = cards.get((exercise.id, concept))
    return card is not None and (card.stability or 0.0) >= STABLE_DAYS and card.best_rank >= rank


def reached_level(exercise: Exercise, cards: Cards) -> str:
    """Level 1 until every concept of the curriculum is stable on its own; then
    each ladder level in turn, until its concepts are stable at that level; then `full`."""
    if not all(_stable(cards, exercise, c, 1) for c in curriculum(exercise)):
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
    return any((card := cards.get((exercise.id, c))) is None or card.best_rank < rank for c in concepts)


def prerequisites_met(catalog: Catalog, exercise: Exercise, cards: Cards) -> bool:
    """Is every exercise `exercise` requires learned well enough to build on:
    each of its concepts stable on its own (its level 2 reached)?"""
    return all(reached_level(catalog.get(required), cards) != "1" for required in exercise.requires)


def due_concepts(exercise: Exercise, cards: Cards, due_by: str) -> tuple[str, ...]:
    """The concepts of `exercise` due today (`due_by`: when today's practice day ends)."""
    return tuple(c for c in exercise.concept_ids if (card := cards.get((exercise.id, c))) and card.due < due_by)


def new_concepts(exercise: Exercise, cards: Cards, taken: set[tuple[str, str]]) -> list[str]:
    return [c for c in curriculum(exercise) if (exercise.id, c) not in cards and (exercise.id, c) not in taken]


def _level_for(exercise: Exercise, cards: Cards, due: tuple[str, ...], first: tuple[str, ...]) -> Level:
    """The reached level, widened to cover the due concepts it can hold.

    Level 1 stays a single small gap: the most overdue concept alone (the others
    stay due and come next), else `first`. A composite concept is blanked only
    where the ladder puts it: a due one waits until nothing smaller is due, then
    comes back at its own level, the top of the ladder."""
    name = reached_level(exercise, cards)
    if name == FULL:
        return Level(FULL, ())
    base = resolve_level(exercise, name).concepts if name != "1" else ()
    held = tuple(c for c in due if not _composite(exercise, c) or c in base)
    if name == "1" and held:
        return custom_level(exercise, name, (min(held, key=lambda c: cards[(exercise.id, c)].due),))
    if not held and due:
        name = _level_holding(exercise, due[0])
        if name == FULL:
            return Level(FULL, ())
        base = resolve_level(exercise, name).concepts
    return custom_level(exercise, name, tuple(base) + held + (first if not base and not held else ()))


def _level_holding(exercise: Exercise, concept: str) -> str:
    """The lowest ladder level that blanks `concept` (`full` blanks them all)."""
    return next((str(rank) for rank, group in enumerate(exercise.ladder, start=2) if concept in group), FULL)


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
    catalog: Catalog, wanted: Wanted, cards: Cards, open_handouts: list[HandoutRecord], today: Today
) -> Plan | Waiting | NothingDue:
    """Choose the next handout: a waiting attempt, else the exercise covering
    the most memories due today, else new material or a level-up while
    today's time budget lasts."""
    # Concepts out in a waiting attempt are not new again, unless that attempt is being replaced.
    taken = set() if wanted.force else {(h.exercise, c) for h in open_handouts for c in h.concepts}
    now = today.due_by
    if wanted.exercise is not None:
        return _requested(catalog, wanted, cards, taken, now)
    waiting = [h for h in open_handouts if h.kind == "scheduled" and h.exercise in catalog.ids]
    if waiting and not wanted.force and not wanted.practice:
        return Waiting(waiting[0])
    if wanted.practice:
        return _practice(catalog, wanted, cards, taken, now)
    due = _most_due(catalog, cards, today)
    if due is not None:
        return _requested(catalog, Wanted(exercise=due.id), cards, taken, now)
    fresh = _new_material(catalog, cards, taken, today)
    if fresh is not None:
        return fresh
    known = [card for card in cards.values() if card.exercise in catalog.ids]
    left = sum(len(new_concepts(e, cards, taken)) for e in catalog.exercises)
    held = {_memory(catalog, c) for c in known if c.due < now and today.times(c.exercise) >= MAX_HANDOUTS_PER_DAY}
    return NothingDue(min(known, key=lambda card: card.due) if known else None, left, len(held))


def _memory(catalog: Catalog, card: CardRecord) -> str:
    """Which memory a card row is: rows of one shared memory count once."""
    found = memories(catalog).get((card.exercise, card.concept))
    return found.key if found is not None else f"{card.concept}@{card.exercise}"


def _most_due(catalog: Catalog, cards: Cards, today: Today) -> Exercise | None:
    """The exercise whose blanks would review the most memories due today
    (ties: the most overdue, then catalog order); not one handed out twice today."""
    best: tuple[int, str, int] | None = None
    chosen = None
    for index, exercise in enumerate(catalog.exercises):
        if today.times(exercise.id) >= MAX_HANDOUTS_PER_DAY:
            continue
        due = [cards[(exercise.id, c)] for c in due_concepts(exercise, cards, today.due_by)]
        if not due:
            continue
        score = (-len({_memory(catalog, c) for c in due}), min(c.due for c in due), index)
        if best is None or score < best:
            best, chosen = score, exercise
    return chosen


def _new_material(catalog: Catalog, cards: Cards, taken: set[tuple[str, str]], today: Today) -> Plan | None:
    """The next new concept, or a level-up, if today's budget has room for it."""
    if today.new_allowed <= 0:
        return None
    for exercise in catalog.exercises:
        if today.times(exercise.id) >= MAX_HANDOUTS_PER_DAY or not prerequisites_met(catalog, exercise, cards):
            continue
        fresh = new_concepts(exercise, cards, taken)
        if fresh:
            if not today.fits(1):
                return None
            return Plan(exercise, custom_level(exercise, "1", (fresh[0],)), "scheduled", (), (fresh[0],))
        # A level is raised only after a night's sleep since the check that earned it.
        if exercise.id in today.rested and level_up(exercise, cards):
            chosen = _requested(catalog, Wanted(exercise=exercise.id), cards, taken, today.due_by)
            blanked = blanked_concepts(chosen.exercise, chosen.level)
            if not today.fits(len(blanked)):
                continue
            return Plan(chosen.exercise, chosen.level, "scheduled", chosen.due, blanked, level_up=True)
    return None


def _practice(catalog: Catalog, wanted: Wanted, cards: Cards, taken: set[tuple[str, str]], now: str) -> Plan:
    """Extra practice on the exercise due soonest (or the first one)."""
    known = [card for card in cards.values() if card.exercise in catalog.ids]
    exercise_id = min(known, key=lambda card: card.due).exercise if known else catalog.exercises[0].id
    return _requested(catalog, Wanted(exercise=exercise_id, practice=True), cards, taken, now)
