"""Comparing numbers: printed figures as numbers, arrays shape first.

Tolerances are explicit: a value agrees when it is within `RTOL` relative (plus
`ATOL`), widened by the band measured from the reference's own sensitivity to a
one-ulp perturbation (chaotic regimes), and, for printed figures, by half a unit
of the last digit the learner printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

RTOL = 1e-9
ATOL = 1e-12
BAND_FACTOR = 100.0  # how many times the reference's own perturbation drift is tolerated

_NUMBER = re.compile(r"(?<![\w.])[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?(?![\w])|(?<![\w])(?:nan|inf)(?![\w])")


@dataclass(frozen=True)
class Printed:
    value: float
    text: str

    @property
    def is_label(self) -> bool:
        """Integers printed without a point: iteration numbers, "Synapse 0"."""
        return re.fullmatch(r"[-+]?\d+", self.text) is not None

    @property
    def resolution(self) -> float:
        """Half a unit of the last printed digit."""
        mantissa, _, exponent = self.text.lower().partition("e")
        decimals = len(mantissa.partition(".")[2])
        return 0.5 * 10.0 ** (-decimals + (int(exponent) if exponent else 0))


def printed_numbers(text: str) -> list[Printed]:
    return [Printed(float(m.group()), m.group()) for m in _NUMBER.finditer(text)]


def close(got: np.ndarray, want: np.ndarray, band: np.ndarray | float = 0.0) -> bool:
    """Same shape, and every element within tolerance. Never broadcasts."""
    got, want = np.asarray(got, dtype=float), np.asarray(want, dtype=float)
    if got.shape != want.shape:
        return False
    if np.isnan(got).any() != np.isnan(want).any():
        return False
    limit = ATOL + RTOL * np.abs(want) + BAND_FACTOR * np.asarray(band, dtype=float)
    return bool(np.all((np.abs(got - want) <= limit) | (np.isnan(got) & np.isnan(want))))


def close_up_to_scale(got: np.ndarray, want: np.ndarray, band: np.ndarray | float = 0.0) -> bool:
    """Same shape and equal up to one nonzero factor (a flipped sign, alpha folded in)."""
    got, want = np.asarray(got, dtype=float), np.asarray(want, dtype=float)
    if got.shape != want.shape or not np.isfinite(got).all():
        return False
    norm = float(np.dot(want.ravel(), want.ravel()))
    if norm == 0.0:
        return close(got, want, band)
    factor = float(np.dot(got.ravel(), want.ravel())) / norm
    return factor != 0.0 and close(got / factor, want, band)


def printed_agree(got: Printed, want: float, band: float) -> bool:
    if np.isnan(want) or np.isnan(got.value):
        return bool(np.isnan(want) and np.isnan(got.value))
    limit = ATOL + RTOL * abs(want) + BAND_FACTOR * band + got.resolution
    return abs(got.value - want) <= limit


def shape_text(shape: tuple[int, ...]) -> str:
    return str(tuple(shape))
