"""Streaks: runs of consecutive practice days with at least one pass."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Streaks:
    current: int  # alive if its last day is today or yesterday
    longest: int
    last_day: date | None


def streaks(days: Iterable[date], today: date) -> Streaks:
    """`days`: the practice days with a passing review, in any order."""
    ordered = sorted(set(days))
    longest, run, previous = 0, 0, None
    for day in ordered:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    alive = previous is not None and today - previous <= timedelta(days=1)
    return Streaks(run if alive else 0, longest, previous)
