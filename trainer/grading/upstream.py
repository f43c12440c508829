"""What each quantity of one training iteration is computed from, in the reference.

A learner's quantity that equals the reference's could not have been computed
from a wrong input: when it matches, everything the reference computes it from
in that iteration is right too, even where the learner keeps no array of its own
for it (an error fused into the delta, a forward pass kept in a method's locals).
The dependencies are read from the reference's training loop, statement by
statement in order, so that a weight used by the forward pass (its value from
the previous iteration) is not mistaken for the same weight after its update.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterable

from trainer.exercises.catalog import Exercise


def _names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _targets(node: ast.stmt) -> list[ast.expr]:
    if isinstance(node, ast.Assign):
        return list(node.targets)
    if isinstance(node, (ast.AugAssign, ast.AnnAssign)):
        return [node.target]
    return []


def _in_order(body: Iterable[ast.stmt]) -> Iterable[ast.stmt]:
    """Every statement of a block and of the blocks it holds, in execution order
    (functions defined there are not run there)."""
    for statement in body:
        yield statement
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        for field in ("body", "orelse", "finalbody"):
            yield from _in_order(getattr(statement, field, []))
        for handler in getattr(statement, "handlers", []):
            yield from _in_order(handler.body)


def _training_loop(tree: ast.Module, names: set[str]) -> ast.For | ast.While | None:
    """The innermost loop whose body assigns the most of the dataflow's quantities."""
    best: tuple[int, int, ast.For | ast.While] | None = None
    for loop in ast.walk(tree):
        if not isinstance(loop, (ast.For, ast.While)):
            continue
        assigned = {n for s in _in_order(loop.body) for t in _targets(s) for n in _names(t)} & names
        key = (len(assigned), loop.lineno)  # a later loop with as many is nested in the earlier one
        if assigned and (best is None or key > best[:2]):
            best = (*key, loop)
    return best[2] if best else None


@functools.cache
def _upstream(source: str, names: tuple[str, ...]) -> dict[str, frozenset[str]]:
    loop = _training_loop(ast.parse(source), set(names))
    if loop is None:
        return {}
    computed: dict[str, set[str]] = {}  # a name assigned so far this iteration -> what it came from
    for statement in _in_order(loop.body):
        targets = _targets(statement)
        if not targets:
            continue
        assert isinstance(statement, (ast.Assign, ast.AugAssign, ast.AnnAssign))
        used = _names(statement.value) if statement.value is not None else set()
        if isinstance(statement, ast.AugAssign):
            used |= _names(statement.target)
        # only names computed earlier in this iteration: a weight read before its
        # update is last iteration's, which this iteration's values cannot vouch for
        sources = {u for u in used if u in computed} | {s for u in used for s in computed.get(u, ())}
        for name in {n for t in targets for n in _names(t)}:
            computed[name] = set(sources)
    return {name: frozenset(sources) for name, sources in computed.items() if name in names}


def upstream(exercise: Exercise) -> dict[str, frozenset[str]]:
    """For each quantity of the dataflow and state: the dataflow's quantities that one
    iteration of the reference computes it from (directly or not) before it."""
    names = tuple(dict.fromkeys([*(name for _, name in exercise.dataflow), *exercise.state]))
    try:
        return _upstream(exercise.reference_source(), names)
    except (OSError, SyntaxError):
        return {}
