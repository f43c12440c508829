"""Plain-text pictures for the terminal."""

from __future__ import annotations

import math
from collections.abc import Sequence

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
