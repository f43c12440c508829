"""Spaced repetition with FSRS: one step of one card.

A card is never stored as the truth: it is replayed from the review log (see
`memory`: one review per concept per practice day), so rebuilding it gives the
same card. Intervals are in days (no same-day learning steps): rebuilding a
network from memory is practice for tomorrow, not in ten minutes.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from trainer.progress.clock import from_stamp, to_stamp
from trainer.progress.records import CardRecord, ReviewRecord

STABLE_DAYS = 7.0  # a card this stable counts as mastered at its level
SEVERAL_FAILED_CHECKS = 2  # passing after this many failed checks rates Hard

if TYPE_CHECKING:  # fsrs is imported only where a card is replayed
    from fsrs import Rating, Scheduler


@cache
def scheduler(fuzz: bool) -> Scheduler:
    from fsrs import Scheduler

    return Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=fuzz)


def rating(final: ReviewRecord, concept: str) -> Rating:
    """Fail → Again; pass → Good; pass after hints or several failed checks → Hard.
    Never Easy: a first Easy means an eight-day gap."""
    from fsrs import Rating

    if not final.passed:
        return Rating.Again
    if final.hints.get(concept, 0) > 0 or final.attempt > SEVERAL_FAILED_CHECKS:
        return Rating.Hard
    return Rating.Good


@contextmanager
def _own_random() -> Iterator[None]:
    """FSRS fuzzes with the global `random`. Each step seeds it from its
    review, so replaying the log gives the very same intervals; the caller's
    random state is given back afterwards."""
    state = random.getstate()
    try:
        yield
    finally:
        random.setstate(state)


def fsrs_step(card: CardRecord | None, exercise: str, concept: str, at: str, grade: int, fuzz: bool) -> CardRecord:
    """`card` after one review rated `grade` (an fsrs.Rating value) at `at`;
    best_rank is left to the caller."""
    from fsrs import Card, Rating, State

    if card is None:
        before, best, count, lapses = Card(card_id=0), 0, 0, 0
    else:
        before = Card(
            card_id=0,
            state=State(card.state),
            step=card.step,
            stability=card.stability,
            difficulty=card.difficulty,
            due=from_stamp(card.due),
            last_review=from_stamp(card.last_review) if card.last_review else None,
        )
        best, count, lapses = card.best_rank, card.reviews, card.lapses
    with _own_random():
        random.seed(f"{exercise}/{concept}/{at}")
        after, _ = scheduler(fuzz).review_card(before, Rating(grade), from_stamp(at))
    return CardRecord(
        exercise,
        concept,
        int(after.state),
        after.step,
        after.stability,
        after.difficulty,
        to_stamp(after.due),
        to_stamp(after.last_review) if after.last_review else None,
        best,
        count + 1,
        lapses + (grade == Rating.Again),
    )


def _step(card: CardRecord | None, final: ReviewRecord, concept: str, ranks: dict[str, int], fuzz: bool) -> CardRecord:
    grade = rating(final, concept)
    after = fsrs_step(card, final.exercise, concept, final.at, int(grade), fuzz)
    best = after.best_rank if not final.passed else max(after.best_rank, ranks.get(final.level, 0))
    return replace(after, best_rank=best)


def advance(
    card: CardRecord | None, final: ReviewRecord, concept: str, ranks: dict[str, int], fuzz: bool
) -> CardRecord:
    """The card of (final.exercise, concept) after one more final review."""
    with _own_random():
        return _step(card, final, concept, ranks, fuzz)
