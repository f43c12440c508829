"""Spaced repetition with FSRS: one card per (exercise, concept).

A card is never stored as the truth: it is replayed from the review log, one
review per scheduled handout (its last check), so rebuilding it gives the same
card. Intervals are in days (no same-day learning steps): rebuilding a network
from memory is practice for tomorrow, not in ten minutes.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
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


def _step(card: CardRecord | None, final: ReviewRecord, concept: str, ranks: dict[str, int], fuzz: bool) -> CardRecord:
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
    grade = rating(final, concept)
    random.seed(f"{final.exercise}/{concept}/{final.at}")
    after, _ = scheduler(fuzz).review_card(before, grade, from_stamp(final.at))
    again = grade == Rating.Again
    return CardRecord(
        final.exercise,
        concept,
        int(after.state),
        after.step,
        after.stability,
        after.difficulty,
        to_stamp(after.due),
        to_stamp(after.last_review) if after.last_review else None,
        best if again else max(best, ranks.get(final.level, 0)),
        count + 1,
        lapses + again,
    )


def advance(
    card: CardRecord | None, final: ReviewRecord, concept: str, ranks: dict[str, int], fuzz: bool
) -> CardRecord:
    """The card of (final.exercise, concept) after one more final review."""
    with _own_random():
        return _step(card, final, concept, ranks, fuzz)


def replay(concept: str, finals: Iterable[ReviewRecord], ranks: dict[str, int], fuzz: bool) -> CardRecord | None:
    """The card of a concept after the final reviews that blanked it (None if
    none did). `ranks` maps level names to their rank."""
    card = None
    with _own_random():
        for final in finals:
            if concept in final.concepts:
                card = _step(card, final, concept, ranks, fuzz)
    return card
