"""Propose an exercise from a program: concepts, ladder, state and dataflow (libcst).

A pure function of the program's text. It finds what a numpy training program
is made of: its functions, the seed, the weight draws, and the training loop
(the loop whose body updates arrays, the longest one if several do) with its
assignments and its updates. The proposal is a starting point the author edits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import libcst as cst
import libcst.matchers as m
from libcst.helpers import get_full_name_for_node

SelectorTable = dict[str, str | list[str]]  # one selector as the catalog writes it


@dataclass
class ProposedConcept:
    id: str
    label: str
    select: list[SelectorTable]
    names: list[str] = field(default_factory=list)  # what it computes, in order (for the dataflow)


@dataclass(frozen=True)
class Proposal:
    concepts: tuple[ProposedConcept, ...]
    ladder: tuple[tuple[str, ...], ...]
    state: tuple[str, ...]
    dataflow: tuple[tuple[str, str], ...]
    outcome: str
    docstring: str | None


def _body(node: cst.For | cst.FunctionDef) -> Sequence[cst.BaseStatement]:
    body = node.body
    return body.body if isinstance(body, cst.IndentedBlock) else ()


def _simple(statement: cst.BaseStatement) -> cst.BaseSmallStatement | None:
    if isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1:
        return statement.body[0]
    return None


def _assigned(small: cst.BaseSmallStatement | None) -> list[str]:
    """The plain names a statement assigns to (`a = b = ...`, `a: T = ...`)."""
    if isinstance(small, cst.Assign):
        return [t.target.value for t in small.targets if isinstance(t.target, cst.Name)]
    if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name) and small.value is not None:
        return [small.target.value]
    return []


def _updated(small: cst.BaseSmallStatement | None) -> str | None:
    if isinstance(small, cst.AugAssign) and isinstance(small.target, cst.Name):
        return small.target.value
    return None


def _uses(node: cst.CSTNode, name: str) -> bool:
    return bool(m.findall(node, m.Name(name)))


def _updates_in(loop: cst.For) -> int:
    return sum(1 for s in _body(loop) if _updated(_simple(s)) is not None)


def training_loop(module: cst.Module) -> cst.For | None:
    """The loop whose body updates arrays (the longest if several do), else the longest loop."""
    loops = [loop for loop in m.findall(module, m.For(target=m.Name())) if isinstance(loop, cst.For)]
    return max(loops, key=lambda loop: (_updates_in(loop) > 0, len(_body(loop))), default=None)


def _slug(name: str, taken: set[str]) -> str:
    base = name.strip("_").replace("_", "-") or "value"
    ident, n = base, 2
    while ident in taken:
        ident, n = f"{base}-{n}", n + 1
    taken.add(ident)
    return ident


def _function_concepts(module: cst.Module, taken: set[str]) -> list[ProposedConcept]:
    concepts = []
    for statement in module.body:
        if isinstance(statement, cst.FunctionDef):
            name = statement.name.value
            params = ", ".join(p.name.value for p in statement.params.params)
            concepts.append(ProposedConcept(_slug(name, taken), f"the body of {name}({params})", [{"function": name}]))
    return concepts


def _seed_concept(module: cst.Module, taken: set[str]) -> ProposedConcept | None:
    calls = {
        get_full_name_for_node(line.value.func) or ""
        for line in m.findall(module, m.Expr(value=m.Call()))
        if isinstance(line, cst.Expr) and isinstance(line.value, cst.Call)
    }
    seeds = sorted(name for name in calls if name.endswith("seed"))
    if not seeds:
        return None
    return ProposedConcept(_slug("seed", taken), "seeding the random generator", [{"call": seeds}])


def _draws(small: cst.BaseSmallStatement | None) -> bool:
    """Does the statement draw random numbers (np.random.*, a Generator's methods)?"""
    calls = m.findall(small, m.Call()) if small is not None else []
    names = [get_full_name_for_node(c.func) or "" for c in calls if isinstance(c, cst.Call)]
    return any("random" in n or n.startswith("rng.") for n in names)


def _init_concept(
    module: cst.Module, loop: cst.For | None, state: Sequence[str], in_loop: set[str], taken: set[str]
) -> ProposedConcept | None:
    """The weight draws: statements outside the loop drawing the arrays the loop updates."""
    inside = {id(s) for s in _body(loop)} if loop is not None else set()
    names: list[str] = []
    for line in m.findall(module, m.SimpleStatementLine()):
        if id(line) in inside or not isinstance(line, cst.SimpleStatementLine) or len(line.body) != 1:
            continue
        small = line.body[0]
        for name in _assigned(small):
            if name in state and name not in in_loop and _draws(small) and name not in names:
                names.append(name)
    if not names:
        return None
    return ProposedConcept(_slug("init", taken), "the initial weights, drawn at random", [{"assign": names}])


def _loop_concepts(loop: cst.For, state: list[str], taken: set[str]) -> list[ProposedConcept]:
    """One concept per quantity the loop computes, then one for the updates."""
    by_name: dict[str, ProposedConcept] = {}
    steps: list[ProposedConcept] = []
    update = ProposedConcept("update", "the weight updates", [], [])
    plain_updates: list[str] = []
    for statement in _body(loop):
        small = _simple(statement)
        target = _updated(small)
        if target is not None:
            update.names.append(target)
            continue
        names = _assigned(small)
        if not names:
            continue
        if names[0] in state:  # `W = W - lr * dW`: an update written out
            plain_updates.append(names[0])
            update.names.append(names[0])
            continue
        concept = by_name.get(names[0])
        if concept is None:
            concept = ProposedConcept(_slug(names[0], taken), f"what {names[0]} holds", [{"assign": names}], [])
            steps.append(concept)
        concept.names.extend(n for n in names if n not in concept.names)
        by_name.update(dict.fromkeys(names, concept))
    augmented = [n for n in dict.fromkeys(update.names) if n not in plain_updates]
    update.select = []
    if augmented:
        update.select.append({"update": augmented})
    if plain_updates:
        update.select.append({"assign": plain_updates})
    if update.select:
        update.id = _slug("update", taken)
        steps.append(update)
    target = loop.target.value if isinstance(loop.target, cst.Name) else "i"
    steps.append(ProposedConcept(_slug("loop", taken), "the whole training step", [{"loop_over": target}]))
    return steps


def _state(loop: cst.For | None) -> tuple[list[str], set[str]]:
    """The arrays the loop carries (updated in place or from themselves), and
    every name the loop assigns."""
    if loop is None:
        return [], set()
    state: list[str] = []
    assigned: set[str] = set()
    for statement in _body(loop):
        small = _simple(statement)
        target = _updated(small)
        if target is not None and target not in state:
            state.append(target)
        for name in _assigned(small):
            assigned.add(name)
            value = getattr(small, "value", None)
            if value is not None and _uses(value, name) and name not in state:
                state.append(name)
    return state, assigned - set(state)


def _ladder(concepts: Sequence[ProposedConcept], in_loop: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """Widening: half the step, the other half, the whole step's quantities, then
    everything (the functions, the seed, the draws and the loop) at the top."""
    steps, loop = list(in_loop[:-1]), in_loop[-1:]  # the loop concept comes last
    half = max(1, len(steps) // 2)
    outside = [c.id for c in concepts if c.id not in in_loop or c.id in loop]
    levels = [tuple(steps[:half]), tuple(steps[half:]), tuple(steps), tuple(outside)]
    ladder: list[tuple[str, ...]] = []
    for level in levels:
        if level and level not in ladder and (not ladder or len(level) >= len(ladder[-1]) or level == levels[-1]):
            ladder.append(level)
    return tuple(ladder)


def propose(source: str) -> Proposal:
    """The proposed concepts, ladder, state and dataflow of a program."""
    module = cst.parse_module(source)
    loop = training_loop(module)
    state, in_loop = _state(loop)
    taken: set[str] = set()
    concepts = _function_concepts(module, taken)
    seed = _seed_concept(module, taken)
    init = _init_concept(module, loop, state, in_loop, taken)
    concepts += [c for c in (seed, init) if c is not None]
    loop_concepts = _loop_concepts(loop, state, taken) if loop is not None else []
    concepts += loop_concepts
    dataflow = tuple((c.id, name) for c in loop_concepts for name in c.names)
    prints = bool(m.findall(module, m.Call(func=m.Name("print"))))
    docstring = module.get_docstring()
    return Proposal(
        tuple(concepts),
        _ladder(concepts, [c.id for c in loop_concepts]),
        tuple(state),
        dataflow,
        "prints" if prints else "state",
        docstring,
    )
