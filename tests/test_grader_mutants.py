"""Mutation tests: every mutant of a reference that changes its numbers must fail.

Mutants are made with libcst (one operator or constant changed at a time); a
mutant that leaves every figure and the final state bit-for-bit unchanged is
equivalent and skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import libcst as cst
import numpy as np
import pytest

from trainer.exercises.catalog import load_catalog
from trainer.grading.check import grade
from trainer.grading.sandbox import Limits, Trace, run_program

SWAPS: dict[type, type] = {
    cst.Add: cst.Subtract,
    cst.Subtract: cst.Add,
    cst.Multiply: cst.Add,
    cst.AddAssign: cst.SubtractAssign,
    cst.SubtractAssign: cst.AddAssign,
}


class _MutateOne(cst.CSTTransformer):
    """Changes the `target`-th mutable node (operator or integer), nothing else."""

    def __init__(self, target: int) -> None:
        self.target, self.seen = target, -1

    def _hit(self) -> bool:
        self.seen += 1
        return self.seen == self.target

    def leave_BinaryOperation(self, original: cst.BinaryOperation, updated: cst.BinaryOperation) -> cst.BaseExpression:
        swap = SWAPS.get(type(updated.operator))
        return updated.with_changes(operator=swap()) if swap and self._hit() else updated

    def leave_AugAssign(self, original: cst.AugAssign, updated: cst.AugAssign) -> cst.AugAssign:
        swap = SWAPS.get(type(updated.operator))
        return updated.with_changes(operator=swap()) if swap and self._hit() else updated

    def leave_Integer(self, original: cst.Integer, updated: cst.Integer) -> cst.Integer:
        return updated.with_changes(value=str(int(updated.value) + 1)) if self._hit() else updated


def mutants(source: str) -> Iterator[str]:
    module = cst.parse_module(source)
    target = 0
    while True:
        mutator = _MutateOne(target)
        mutated = module.visit(mutator).code
        if mutator.seen < target:
            return
        yield mutated
        target += 1


def _same(a: Trace, b: Trace) -> bool:
    if a.status != b.status or a.stdout != b.stdout or a.snapshots.keys() != b.snapshots.keys():
        return False
    return all(
        a.snapshots[k].keys() == b.snapshots[k].keys()
        and all(np.array_equal(a.snapshots[k][n], b.snapshots[k][n], equal_nan=True) for n in a.snapshots[k])
        for k in a.snapshots
    )


@pytest.mark.parametrize("exercise_id", ["two-layer", "three-layer", "sigmoid"])
def test_every_number_changing_mutant_fails(tmp_path: Path, exercise_id: str) -> None:
    exercise = load_catalog().get(exercise_id)
    reference = run_program(exercise.reference_path, "full", Limits(timeout=600))
    killed = equivalent = 0
    survivors = []
    for index, text in enumerate(mutants(exercise.reference_source())):
        path = tmp_path / f"mutant{index}.py"
        path.write_text(text)
        if _same(run_program(path, "full", Limits(timeout=600)), reference):
            equivalent += 1
            continue
        verdict = grade(load_catalog(), path, exercise_id, False, Limits(timeout=300), tmp_path / "cache")
        if verdict.passed:
            survivors.append(index)
        else:
            killed += 1
    assert not survivors, f"mutants that change the numbers but pass: {survivors}"
    assert killed > 5, (killed, equivalent)
