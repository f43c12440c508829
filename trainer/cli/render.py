"""Plain-text pictures for the terminal."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

BARS = "▁▂▃▄▅▆▇█"


def sparkline(values: Sequence[float], low: float, high: float) -> str:
    """One character per value on a log scale between low and high."""
    if not values:
        return ""
    lo, hi = math.log10(max(low, 1e-12)), math.log10(max(high, 1e-12))
    span = (hi - lo) or 1.0
    chars = []
    for value in values:
        if not math.isfinite(value):
            chars.append("!")
            continue
        level = (math.log10(max(value, 1e-12)) - lo) / span
        chars.append(BARS[min(len(BARS) - 1, max(0, round(level * (len(BARS) - 1))))])
    return "".join(chars)


def curves(learner: Sequence[float], reference: Sequence[float]) -> list[str]:
    """The learner's error curve beside the reference's, on one shared scale."""
    if not learner or not reference:
        return []
    finite = [v for v in (*learner, *reference) if math.isfinite(v) and v > 0]
    low, high = (min(finite), max(finite)) if finite else (1e-12, 1.0)
    return [
        f"error, yours:     {sparkline(learner, low, high)}  {learner[-1]:.6g}",
        f"error, reference: {sparkline(reference, low, high)}  {reference[-1]:.6g}",
    ]


def when(due: datetime, now: datetime) -> str:
    """A due time in words, in the learner's local time: 'now', 'in 5 hours
    (Sat 14:00)', 'in 3 days (Tue 1 Dec)'."""
    seconds = (due - now).total_seconds()
    if seconds <= 0:
        return "now"
    if seconds < 3600:
        return f"in {max(1, round(seconds / 60))} minutes"
    if seconds < 36 * 3600:
        return f"in {round(seconds / 3600)} hours ({due.strftime('%a %H:%M')})"
    return f"in {round(seconds / 86400)} days ({due.strftime('%a')} {due.day} {due.strftime('%b')})"


SHADES = " ░▒▓█"


def heatmap(days: Sequence[dict[str, Any]]) -> list[str]:
    """Weeks as columns, weekdays as rows (Mon first): shade = passes that day."""
    if not days:
        return []
    first = datetime.fromisoformat(days[0]["day"]).weekday()
    cells: list[str | None] = [None] * first + [_shade(d["passed"], d["checks"]) for d in days]
    rows = []
    for weekday, name in enumerate(("Mon", "", "Wed", "", "Fri", "", "Sun")):
        row = "".join(" " if c is None else c for c in cells[weekday::7])
        rows.append(f"{name:<4}{row}")
    return rows


def _shade(passed: int, checks: int) -> str:
    if checks == 0:
        return "·"
    return SHADES[min(len(SHADES) - 1, 1 + passed // 2)] if passed else "x"


def stats_lines(stats: dict[str, Any], due_text: Callable[[str], str]) -> list[str]:
    """`rebuild stats` as text; `due_text` turns a UTC stamp into words."""
    rate = f"{stats['pass_rate']:.0%}" if stats["pass_rate"] is not None else "-"
    lines = [
        f"Streak: {stats['current_streak']} day(s), longest {stats['longest_streak']}.",
        f"Reviews: {stats['reviews']}, {rate} passed. Due now: {stats['due_now']} concept(s).",
        "",
        f"Last {-(-len(stats['heatmap']) // 7)} weeks (· no practice, x no pass, ░▒▓█ passes):",
        *heatmap(stats["heatmap"]),
        "",
        f"{'exercise':<18} {'level':<6} {'concepts':<9} {'stability':<10} next due",
    ]
    for row in stats["exercises"]:
        level = row["level"] or "-"
        stability = f"{row['stability_days']:.1f} d" if row["stability_days"] is not None else "-"
        due = due_text(row["next_due"]) if row["next_due"] else "not started"
        lines.append(f"{row['id']:<18} {level:<6} {row['introduced']:>2}/{row['concepts']:<6} {stability:<10} {due}")
    forecast = " ".join(str(d["due"]) for d in stats["forecast"])
    lines += ["", f"Due in the next {len(stats['forecast'])} days (today first): {forecast}"]
    return lines
