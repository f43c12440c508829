"""Figures drawn in the terminal, for when matplotlib is not installed."""

from __future__ import annotations

import math
from collections.abc import Sequence

from trainer.cli.render import sparkline
from trainer.grading.figures import Figure, Surface

WIDTH = 60
SHADES = " .:-=+*#%@"  # low error to high


def _resample(values: Sequence[float], width: int) -> list[float]:
    if len(values) <= width:
        return list(values)
    return [values[round(i * (len(values) - 1) / (width - 1))] for i in range(width)]


def _linear_line(values: Sequence[float], low: float, high: float) -> str:
    bars = "▁▂▃▄▅▆▇█"
    span = (high - low) or 1.0
    return "".join(bars[min(7, max(0, round((v - low) / span * 7)))] for v in values)


def lines(figure: Figure, width: int = WIDTH) -> list[str]:
    """One labelled row per series, all on one shared scale."""
    finite = [y for s in figure.series for y in s.ys if math.isfinite(y)]
    low, high = min(finite), max(finite)
    label_width = max(len(s.label) for s in figure.series)
    out = [f"{figure.title} ({figure.y_label} against {figure.x_label}" + (", log scale)" if figure.log_y else ")")]
    for s in figure.series:
        ys = _resample(s.ys, width)
        drawn = sparkline(ys, low, high) if figure.log_y else _linear_line(ys, low, high)
        out.append(f"  {s.label:<{label_width}}  {drawn}  {s.ys[0]:.4g} → {s.ys[-1]:.4g}")
    out.append(f"  {'':<{label_width}}  {s.xs[0]:g}{'':>{max(1, width - 12)}}{s.xs[-1]:g}")
    return out


def surface(figure: Figure, columns: int = 41, rows: int = 21) -> list[str]:
    """The error surface as shades, the descent path as o, its end as X."""
    grid: Surface = figure.surface  # type: ignore[assignment]
    pick_c = [round(i * (len(grid.xs) - 1) / (columns - 1)) for i in range(columns)]
    pick_r = [round(i * (len(grid.ys) - 1) / (rows - 1)) for i in range(rows)]
    flat = [z for row in grid.zs for z in row]
    low, high = min(flat), max(flat)
    canvas = [
        [SHADES[min(len(SHADES) - 1, int((grid.zs[r][c] - low) / ((high - low) or 1) * len(SHADES)))] for c in pick_c]
        for r in reversed(pick_r)
    ]
    for i, (x, y) in enumerate(zip(figure.series[0].xs, figure.series[0].ys) if figure.series else ()):
        column = _cell(x, grid.xs, columns)
        row = rows - 1 - _cell(y, grid.ys, rows)
        canvas[row][column] = "X" if i == len(figure.series[0].xs) - 1 else "o"
    out = [f"{figure.title} (shade: error from {low:.2f} ' ' to {high:.2f} '@'; o: gradient descent, X: where it ends)"]
    out += [
        f"  {grid.ys[-1] if i == 0 else grid.ys[0] if i == rows - 1 else '':>5} |{''.join(row)}|"
        for i, row in enumerate(canvas)
    ]
    out.append(f"  {'':>5}  {grid.xs[0]:<{columns - 4}g}{grid.xs[-1]:g}")
    out.append(f"  {'':>5}  {figure.x_label} →, {figure.y_label} ↑")
    return out


def _cell(value: float, axis: Sequence[float], cells: int) -> int:
    fraction = (value - axis[0]) / (axis[-1] - axis[0])
    return min(cells - 1, max(0, round(fraction * (cells - 1))))


def sketch(figure: Figure) -> list[str]:
    return surface(figure) if figure.surface is not None else lines(figure)
