"""Figures as PNG files, with matplotlib (the optional `plot` extra)."""

from __future__ import annotations

from pathlib import Path

from trainer.basics.errors import RebuildError
from trainer.grading.figures import Figure, two_layer_errors


class NoMatplotlib(RebuildError):
    pass


def png_if_possible(figure: Figure, path: Path) -> Path | None:
    """`save_png`, or None when matplotlib is not installed."""
    try:
        return save_png(figure, path)
    except NoMatplotlib:
        return None


def save_png(figure: Figure, path: Path) -> Path:
    """Draw `figure` into `path`; NoMatplotlib if the extra is not installed."""
    try:
        import matplotlib

        matplotlib.use("Agg")  # files only: no display needed
        import matplotlib.pyplot as plt
    except ImportError:
        raise NoMatplotlib("matplotlib is not installed: pip install 'rebuild[plot]'") from None
    if figure.surface is not None:
        _surface(plt, figure)
    else:
        _fig, axes = plt.subplots(figsize=(8, 5))
        for series in figure.series:
            axes.plot(series.xs, series.ys, label=series.label)
        if figure.log_y:
            axes.set_yscale("log")
        axes.set(title=figure.title, xlabel=figure.x_label, ylabel=figure.y_label)
        axes.legend()
    plt.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    plt.savefig(path, dpi=120)
    plt.close("all")
    return path


def _surface(plt: object, figure: Figure) -> None:
    import numpy as np

    grid = figure.surface
    assert grid is not None
    fig = plt.figure(figsize=(8, 6))  # type: ignore[attr-defined]
    axes = fig.add_subplot(projection="3d")
    xs, ys = np.meshgrid(grid.xs, grid.ys)
    axes.plot_surface(xs, ys, np.array(grid.zs), cmap="viridis", alpha=0.8, linewidth=0)
    for series in figure.series:
        path_x, path_y = np.array(series.xs), np.array(series.ys)
        axes.plot(path_x, path_y, two_layer_errors(path_x, path_y), color="red", linewidth=2, label=series.label)
    axes.set(title=figure.title, xlabel=figure.x_label, ylabel=figure.y_label, zlabel="error")
    axes.legend()
