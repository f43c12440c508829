"""Comparing arrays: shape first, then every element within an explicit tolerance.

A value agrees when it is within `RTOL` relative (plus `ATOL`), widened by the
band measured from the reference's own sensitivity to a one-ulp perturbation
(chaotic regimes). The band is bounded: never more than `BAND_CAP` of the
array's own size, so a run that looks different is never called equal.
"""

from __future__ import annotations

import numpy as np

RTOL = 1e-9
ATOL = 1e-12
BAND_FACTOR = 100.0  # how many times the reference's own perturbation drift is tolerated
BAND_CAP = 0.05  # ... but at most this fraction of the array's largest value
OUTPUT_CAP = 0.01  # where chaos hides the weights, the output must still agree this closely


def band_between(exact: np.ndarray, perturbed: np.ndarray | None) -> float | None:
    """How far one ulp of rounding moved this array in the reference, times the
    allowed factor; None where that exceeds `BAND_CAP` of the array's size: past
    that point the reference cannot say what the array should be (chaos), so it
    is not compared at all rather than compared loosely."""
    if perturbed is None or perturbed.shape != exact.shape or not exact.size:
        return 0.0
    with np.errstate(invalid="ignore"):
        drift = float(np.nanmax(np.abs(exact - perturbed)))
        scale = float(np.nanmax(np.abs(exact)))
    if not np.isfinite(drift):
        return None
    band = BAND_FACTOR * drift
    return band if band <= BAND_CAP * scale else None


def output_band(exact: np.ndarray, band: float | None) -> float:
    """The band for the network's output error where the weights are past
    comparing: its own band, or 1% of the output's range (sigmoid units, so at
    least 1), whichever is wider. Curves that differ by more look different."""
    scale = float(np.nanmax(np.abs(exact))) if exact.size else 0.0
    return max(band or 0.0, OUTPUT_CAP * max(scale, 1.0))


def aligned(got: np.ndarray, want: np.ndarray) -> np.ndarray | None:
    """`got` laid out as `want`: itself, or its transpose (the same numbers kept the
    other way round, weights of shape (4, 3) used as W.T); None if neither fits."""
    if got.shape == want.shape:
        return got
    return got.T if got.ndim == 2 and got.shape == want.shape[::-1] else None


def close(got: np.ndarray, want: np.ndarray, band: float = 0.0) -> bool:
    """Same shape (or transposed), and every element within tolerance. Never broadcasts."""
    laid = aligned(got, want)
    if laid is None:
        return False
    got = laid
    got_nan, want_nan = np.isnan(got), np.isnan(want)
    if not np.array_equal(got_nan, want_nan):
        return False
    with np.errstate(invalid="ignore", over="ignore"):
        limit = ATOL + RTOL * np.abs(want) + band
        return bool(np.all((np.abs(got - want) <= limit) | want_nan | (got == want)))


def scale_factor(got: np.ndarray, want: np.ndarray, band: float = 0.0) -> float | None:
    """The nonzero factor with got == factor * want (a flipped sign, alpha folded in), if any."""
    laid = aligned(got, want)
    if laid is None or not np.isfinite(laid).all() or not np.isfinite(want).all():
        return None
    got = laid
    norm = float(np.dot(want.ravel(), want.ravel()))
    if norm == 0.0:
        return None
    factor = float(np.dot(got.ravel(), want.ravel())) / norm
    return factor if factor != 0.0 and close(got / factor, want, band) else None


def shape_text(shape: tuple[int, ...]) -> str:
    return str(tuple(shape))
