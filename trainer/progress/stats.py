"""`rebuild stats`: streaks, recent activity, mastery and what is coming due.

Read only, and built from SQL aggregates and the derived cards, so it stays
fast with a long history.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from trainer.progress.clock import day_begins, from_stamp, practice_day
from trainer.progress.journal import Context, current_cards
from trainer.progress.memory import due_day, memories
from trainer.progress.planner import reached_level
from trainer.progress.store import Store
from trainer.progress.streaks import streaks

HEATMAP_WEEKS = 12
FORECAST_DAYS = 14


def _day_end(ctx: Context, day: date) -> datetime:
    """The instant practice day `day` ends, in the learner's current zone."""
    return day_begins(day + timedelta(days=1), ctx.moment.zone, ctx.settings.day_starts_at)


def gather(ctx: Context) -> dict[str, Any]:
    today = practice_day(ctx.moment.local, ctx.settings.day_starts_at)
    with Store.open(ctx.state) as store:
        per_day = store.daily_totals(ctx.settings.day_starts_at)
        cards = current_cards(ctx, store)
    # A practice day is any day with a recorded check, extra practice and fails included.
    days = [date.fromisoformat(day) for day, (_, _, checks) in per_day.items() if checks]
    total, passed = sum(n for n, _, _ in per_day.values()), sum(p for _, p, _ in per_day.values())
    first_day = today - timedelta(days=today.weekday() + 7 * (HEATMAP_WEEKS - 1))  # a Monday: whole weeks
    streak = streaks(days, today)
    now = ctx.moment.stamp
    known = [card for card in cards.values() if card.exercise in ctx.catalog.ids]
    return {
        "today": today.isoformat(),
        "current_streak": streak.current,
        "longest_streak": streak.longest,
        "last_practice_day": streak.last_day.isoformat() if streak.last_day else None,
        "reviews": total,
        "passed": passed,
        "pass_rate": round(passed / total, 4) if total else None,
        "due_now": sum(card.due <= now for card in known),
        "heatmap": [
            {
                "day": day.isoformat(),
                "reviews": per_day.get(day.isoformat(), (0, 0, 0))[0],
                "passed": per_day.get(day.isoformat(), (0, 0, 0))[1],
                "checks": per_day.get(day.isoformat(), (0, 0, 0))[2],
            }
            for day in (first_day + timedelta(days=i) for i in range((today - first_day).days + 1))
        ],
        "exercises": [_mastery(exercise, cards, now) for exercise in ctx.catalog.exercises],
        "forecast": _forecast(ctx, known, today),
        "cards": _cards(ctx, cards),
    }


def _cards(ctx: Context, cards: dict[tuple[str, str], Any]) -> list[dict[str, Any]]:
    """What the schedule believes: one object per memory, shared or not."""
    shared = memories(ctx.catalog)
    out: dict[str, dict[str, Any]] = {}
    for key, card in sorted(cards.items()):
        memory = shared.get(key)
        if memory is None or memory.key in out:
            continue
        out[memory.key] = {
            "concept": card.concept,
            "exercises": list(memory.exercises),
            "stability": round(card.stability or 0.0, 2),
            "difficulty": round(card.difficulty or 0.0, 2),
            "reps": card.reviews,
            "lapses": card.lapses,
            "due": due_day(card, ctx.moment.zone, ctx.settings.day_starts_at).isoformat(),
        }
    return list(out.values())


def _mastery(exercise: Any, cards: dict[tuple[str, str], Any], now: str) -> dict[str, Any]:
    own = [cards[(exercise.id, c)] for c in exercise.concept_ids if (exercise.id, c) in cards]
    return {
        "id": exercise.id,
        "level": reached_level(exercise, cards) if own else None,
        "concepts": len(exercise.concept_ids),
        "introduced": len(own),
        "stability_days": round(min(card.stability or 0.0 for card in own), 2) if own else None,
        "next_due": min(card.due for card in own) if own else None,
        "due_now": sum(card.due <= now for card in own),
    }


def _forecast(ctx: Context, known: list[Any], today: date) -> list[dict[str, Any]]:
    """Cards falling due on each of the coming practice days (today includes the overdue)."""
    ends = [_day_end(ctx, today + timedelta(days=i)) for i in range(FORECAST_DAYS)]
    counts = [0] * FORECAST_DAYS
    for card in known:
        due = from_stamp(card.due)
        for i, end in enumerate(ends):
            if due < end:
                counts[i] += 1
                break
    return [{"day": (today + timedelta(days=i)).isoformat(), "due": n} for i, n in enumerate(counts)]
