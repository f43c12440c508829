"""What the review log says about each memory: one review per concept per day.

A concept is one memory wherever the same code is asked for: the library
concepts of the catalog (sigmoid, derivative, the forward pass, the deltas...)
are one card shared by every exercise that uses them; a concept an exercise
defines itself is its own card.

Each practice day gives a card at most one review, rated from the grader's
per-concept verdicts of that day's scheduled checks:

- blamed (`false`) in any check that day: Again, at the first blaming check;
- else verified (`true`): Good, or Hard after a hint on that concept or after
  several failed checks of the attempt;
- else (only `null`: the grader could not tell): no review at all.

A fail is a review on its day and a pass on a later day is another, so a
failure is never erased by the pass that follows. A pass on a day the card is
not due (a level-up, or a concept blanked alongside a due one) raises the level
reached but is not a review: FSRS would read it as a success at an interval it
never chose. A fail always counts.

Pure: the reviews, the catalog and the rollover hour come in; cards come out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from trainer.exercises.catalog import Catalog, Concept
from trainer.exercises.levels import level_names, level_rank
from trainer.progress.clock import from_stamp, practice_day, zone_info
from trainer.progress.records import CardRecord, ReviewRecord
from trainer.progress.scheduling import SEVERAL_FAILED_CHECKS, fsrs_step

AGAIN, HARD, GOOD = 1, 2, 3  # fsrs.Rating values, without importing fsrs here


@dataclass(frozen=True)
class Memory:
    """One card: a concept and the exercises that share it."""

    concept: str
    exercises: tuple[str, ...]  # in catalog order

    @property
    def key(self) -> str:
        return f"{self.concept}@{'+'.join(self.exercises)}"


@cache
def memories(catalog: Catalog) -> dict[tuple[str, str], Memory]:
    """{(exercise, concept): its memory}. The same concept definition (same id,
    same code selected, same hints) in several exercises is one memory."""
    groups: dict[Concept, list[str]] = {}
    for exercise in catalog.exercises:
        for concept in exercise.concepts:
            groups.setdefault(concept, []).append(exercise.id)
    return {
        (exercise_id, concept.id): Memory(concept.id, tuple(exercises))
        for concept, exercises in groups.items()
        for exercise_id in exercises
    }


@dataclass(frozen=True)
class DayReview:
    day: date
    at: str  # the check the rating comes from
    zone: str
    rating: int  # AGAIN, HARD or GOOD
    exercise: str
    rank: int  # the level rank of the check's hand-out


def _day(review: ReviewRecord, day_starts_at: int) -> date:
    return practice_day(datetime.fromisoformat(review.local_time), day_starts_at)


def day_reviews(
    concept: str, reviews: Iterable[ReviewRecord], ranks: dict[str, dict[str, int]], day_starts_at: int
) -> list[DayReview]:
    """The reviews of one memory, one per practice day, oldest first.
    `reviews`: the scheduled checks of the exercises sharing it, in time order;
    `ranks`: {exercise: {level name: rank}}."""
    days: dict[date, list[ReviewRecord]] = {}
    for review in reviews:
        if review.kind == "scheduled" and concept in review.concepts and review.exercise in ranks:
            days.setdefault(_day(review, day_starts_at), []).append(review)
    out = []
    for day, checks in days.items():
        blamed = [r for r in checks if r.verdicts.get(concept) is False]
        verified = [r for r in checks if r.verdicts.get(concept) is True]
        if blamed:
            chosen, grade = blamed[0], AGAIN
        elif verified:
            chosen = verified[0]
            hard = any(r.hints.get(concept, 0) > 0 or r.attempt > SEVERAL_FAILED_CHECKS for r in verified)
            grade = HARD if hard else GOOD
        else:
            continue
        rank = max(ranks[r.exercise].get(r.level, 0) for r in verified) if verified else 0
        out.append(DayReview(day, chosen.at, chosen.zone, grade, chosen.exercise, rank))
    return out


def due_day(card: CardRecord, zone: str, day_starts_at: int) -> date:
    """The practice day a card falls due, in `zone`."""
    return practice_day(from_stamp(card.due).astimezone(zone_info(zone)), day_starts_at)


@dataclass(frozen=True)
class Replayed:
    card: CardRecord | None  # the FSRS state (exercise field: the first sharer)
    best: dict[str, int]  # {exercise: highest level rank verified there}


def advance_memory(memory: Memory, state: Replayed, review: DayReview, day_starts_at: int, fuzz: bool) -> Replayed:
    """`state` after one more day's review of `memory`."""
    card, best = state.card, dict(state.best)
    if review.rating != AGAIN:
        best[review.exercise] = max(best.get(review.exercise, 0), review.rank)
    not_due = card is not None and due_day(card, review.zone, day_starts_at) > review.day
    if review.rating == AGAIN or not not_due:  # a pass before the card is due is progress, not a review
        card = fsrs_step(card, memory.exercises[0], memory.concept, review.at, review.rating, fuzz)
    return Replayed(card, best)


def replay_memory(memory: Memory, days: list[DayReview], day_starts_at: int, fuzz: bool) -> Replayed:
    state = Replayed(None, {})
    for review in days:
        state = advance_memory(memory, state, review, day_starts_at, fuzz)
    return state


def rows(memory: Memory, replayed: Replayed) -> list[CardRecord]:
    """The stored rows of a memory: one per sharing exercise, the same FSRS
    state in each, with that exercise's own best level. A memory verified
    anywhere counts as passed at level 1 everywhere: level 1 is the concept
    alone, and it is the same code."""
    card = replayed.card
    if card is None:
        return []
    anywhere = 1 if replayed.best else 0
    return [
        CardRecord(
            exercise,
            card.concept,
            card.state,
            card.step,
            card.stability,
            card.difficulty,
            card.due,
            card.last_review,
            max(anywhere, replayed.best.get(exercise, 0)),
            card.reviews,
            card.lapses,
        )
        for exercise in memory.exercises
    ]


def level_ranks(catalog: Catalog) -> dict[str, dict[str, int]]:
    return {e.id: {name: level_rank(e, name) for name in level_names(e)} for e in catalog.exercises}


def derive_cards(
    catalog: Catalog, reviews: list[ReviewRecord], day_starts_at: int, fuzz: bool, only: Iterable[Memory] | None = None
) -> tuple[list[Memory], list[CardRecord]]:
    """The memories replayed (all, or `only` these) and their card rows.
    `reviews`: scheduled checks in time order (at least those of the sharers)."""
    ranks = level_ranks(catalog)
    chosen = list(dict.fromkeys(only if only is not None else memories(catalog).values()))
    out: list[CardRecord] = []
    for memory in chosen:
        own = [r for r in reviews if r.exercise in memory.exercises]
        days = day_reviews(memory.concept, own, ranks, day_starts_at)
        out += rows(memory, replay_memory(memory, days, day_starts_at, fuzz))
    return chosen, out
