"""The reference networks reproduce the figures the article publishes."""

from __future__ import annotations

import re

import numpy as np
import pytest

from tests.article_figures import (
    ALPHA_SWEEP_ERRORS,
    DIRECTION_CHANGES_ERRORS,
    DIRECTION_CHANGES_TABLES,
    HIDDEN_SIZE_ERRORS,
)

NUMBER = re.compile(r"-?\d+(?:\.\d*)?(?:e[-+]?\d+)?")
# Rows in chaotic regimes (alpha 100 and 1000; 32 hidden units at alpha 10),
# where last-bit rounding differences between the article's numpy and ours
# (numpy's vectorised exp, BLAS summation order) are amplified over thousands of
# iterations. Measured here: errors at alpha 100 differ by 3e-11 relative, the
# final synapses by up to 5e-7 (alpha 100) and 6e-5 (alpha 1000), hidden-32 at
# alpha 10 by 0.2%. Each such row is checked on its own, within a band about
# five times the measured drift; every other figure must match to the last
# printed digit. Iteration 0 and the direction counts always match exactly.
CHAOTIC_ERROR_BAND = {("alpha-sweep", "100"): 2e-10, ("direction-changes", "100"): 2e-10, ("hidden-size", "10"): 1e-2}
CHAOTIC_TABLE_BAND = {"100": 3e-6, "1000": 3e-4}
TABLE_HEADERS = ("Synapse 0", "Synapse 0 Update Direction Changes", "Synapse 1", "Synapse 1 Update Direction Changes")


def runs_by_alpha(output: str) -> dict[str, list[str]]:
    """Split a sweep's output into {alpha: lines of that run}."""
    runs: dict[str, list[str]] = {}
    current: list[str] = []
    for line in output.splitlines():
        if line.startswith("Training With Alpha:"):
            current = runs.setdefault(line.split(":", 1)[1], [])
        elif line.strip():
            current.append(line)
    return runs


def errors(lines: list[str]) -> list[float]:
    return [float(line.rsplit(":", 1)[1]) for line in lines if line.startswith("Error")]


def tables(lines: list[str]) -> dict[str, list[float]]:
    found: dict[str, list[float]] = {}
    current: list[float] = []
    for line in lines:
        if line in TABLE_HEADERS:
            current = found.setdefault(line, [])
        elif not line.startswith("Error"):
            current.extend(float(n) for n in NUMBER.findall(line))
    return found


def assert_12_digits(got: list[float], published: list[str]) -> None:
    assert len(got) == len(published)
    for value, text in zip(got, published):
        # The article prints 12 significant digits: agree to the last one printed.
        assert float(f"{value:.12g}") == pytest.approx(float(text), rel=1e-12, abs=0), (value, text)


ERROR_TABLES = [
    ("alpha-sweep", ALPHA_SWEEP_ERRORS),
    ("hidden-size", HIDDEN_SIZE_ERRORS),
    ("direction-changes", DIRECTION_CHANGES_ERRORS),
]
ERROR_ROWS = [(program, alpha, table[alpha]) for program, table in ERROR_TABLES for alpha in table]


@pytest.mark.parametrize(("program", "alpha", "published"), [r for r in ERROR_ROWS if r[:2] not in CHAOTIC_ERROR_BAND])
def test_error_rows(reference_outputs: dict[str, str], program: str, alpha: str, published: list[str]) -> None:
    assert_12_digits(errors(runs_by_alpha(reference_outputs[program])[alpha]), published)


@pytest.mark.parametrize(("program", "alpha", "published"), [r for r in ERROR_ROWS if r[:2] in CHAOTIC_ERROR_BAND])
def test_chaotic_error_rows_drift_only_by_rounding(
    reference_outputs: dict[str, str], program: str, alpha: str, published: list[str]
) -> None:
    got = errors(runs_by_alpha(reference_outputs[program])[alpha])
    assert_12_digits(got[:1], published[:1])
    assert len(got) == len(published)
    band = CHAOTIC_ERROR_BAND[program, alpha]
    for value, expected in zip(got[1:], published[1:]):
        assert value == pytest.approx(float(expected), rel=band)


@pytest.mark.parametrize("alpha", list(DIRECTION_CHANGES_TABLES))
@pytest.mark.parametrize("table", TABLE_HEADERS)
def test_direction_changes_tables(reference_outputs: dict[str, str], alpha: str, table: str) -> None:
    got = tables(runs_by_alpha(reference_outputs["direction-changes"])[alpha])[table]
    published = [float(t) for t in DIRECTION_CHANGES_TABLES[alpha][table]]
    # numpy prints 8 decimals: agree to within half of the last printed digit,
    # but for the weights of chaotic rows (see CHAOTIC_TABLE_BAND).
    band = CHAOTIC_TABLE_BAND.get(alpha, 0) if table in ("Synapse 0", "Synapse 1") else 0
    np.testing.assert_allclose(got, published, rtol=band, atol=5.000001e-9)


def test_two_layer_output(reference_outputs: dict[str, str]) -> None:
    """The article does not print Part 4's output; the network must have learned
    its targets, and its output is the exact value of the seeded run."""
    lines = reference_outputs["two-layer"].splitlines()
    assert lines[0] == "Output After Training:"
    output = [float(n) for n in NUMBER.findall(" ".join(lines[1:]))]
    np.testing.assert_allclose(output, [0.00505119, 0.00505119, 0.99494905, 0.99494905], rtol=0, atol=5.000001e-9)


def test_sigmoid_output(reference_outputs: dict[str, str]) -> None:
    numbers = [float(n) for n in NUMBER.findall(reference_outputs["sigmoid"])]
    x = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
    s = 1 / (1 + np.exp(-x))
    np.testing.assert_allclose(numbers, np.concatenate([s, s * (1 - s)]), rtol=0, atol=5.000001e-9)
