"""Mutation tests: every mutant of a reference that changes its numbers must fail.

Mutants are made with libcst (one operator or constant changed at a time); a
mutant that leaves every figure and the final state bit-for-bit unchanged is
equivalent and skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import libcst as cst
import pytest

from trainer.basics.paths import cache_dir
from trainer.exercises.catalog import load_catalog
from trainer.grading.channel import same_run
from trainer.grading.check import grade
from trainer.grading.sandbox import Limits, run_program

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


@pytest.mark.parametrize("exercise_id", ["two-layer", "three-layer", "sigmoid"])
def test_every_number_changing_mutant_fails(tmp_path: Path, exercise_id: str) -> None:
    exercise = load_catalog().get(exercise_id)
    probe = not exercise.state
    reference = run_program(exercise.reference_path, 600, Limits(), probe=probe)
    killed = equivalent = 0
    survivors = []
    for index, text in enumerate(mutants(exercise.reference_source())):
        path = tmp_path / f"mutant{index}.py"
        path.write_text(text)
        verdict = grade(load_catalog(), path, exercise_id, Limits(timeout=300), cache_dir())
        if not verdict.passed:  # stopped at its first difference: cheap
            killed += 1
        elif same_run(run_program(path, 600, Limits(), probe=probe), reference):  # only a pass is run again
            equivalent += 1
        else:
            survivors.append(index)
    assert not survivors, f"mutants that change the numbers but pass: {survivors}"
    assert killed > 5, (killed, equivalent)
