"""What a concept's code says, for the catalog checks: its formulas and its reach.

`formulas` gives the token sequences of the expressions a learner recalls for a
concept (right-hand sides and returned values; seeds, weight draws and prints
are specification, not recall). `covered` tells which concepts a set of blanks
reaches, so a ladder can be seen to widen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import libcst as cst
import libcst.matchers as m
from libcst.helpers import get_full_name_for_node

from trainer.exercises.catalog import Exercise, Selector
from trainer.exercises.selection import concept_spans, selected_statements

_TOKEN = re.compile(r"[A-Za-z_]\w*|\d+(?:\.\d*)?|\S")
_MODULE_PREFIX = re.compile(r"\b(?:np|numpy)\s*\.\s*")


def tokens(text: str) -> list[str]:
    """Code or prose as tokens, `np.` dropped (`np.dot(a,b)` and `dot(a, b)` agree)."""
    return _TOKEN.findall(_MODULE_PREFIX.sub("", text))


def _specification(node: cst.CSTNode) -> bool:
    """Seeds, random draws and prints: what a task statement must state."""
    for call in m.findall(node, m.Call()):
        name = get_full_name_for_node(call.func) if isinstance(call, cst.Call) else None
        if name and (name == "print" or "random" in name or name.endswith("seed")):
            return True
    return False


def _expressions(statement: cst.CSTNode) -> Iterable[cst.BaseExpression]:
    for small in m.findall(statement, m.Assign() | m.AugAssign() | m.AnnAssign() | m.Return()):
        value = getattr(small, "value", None)
        if isinstance(value, cst.BaseExpression):
            yield value


def formulas(source: str, selectors: Sequence[Selector]) -> list[list[str]]:
    """The token sequences of the expressions a concept's code computes."""
    module = cst.parse_module(source)
    found: list[list[str]] = []
    for statement in selected_statements(module, selectors):
        for line in [statement, *m.findall(statement, m.SimpleStatementLine())]:
            if isinstance(line, cst.SimpleStatementLine) and not _specification(line):
                found += [tokens(module.code_for_node(e)) for e in _expressions(line)]
    return [f for f in found if f]


def covered(source: str, exercise: Exercise, blanked: Sequence[str]) -> set[str]:
    """The concepts some of whose code lies inside the blanks of `blanked`."""
    spans = concept_spans(source, {c: exercise.concept(c).select for c in blanked})
    reached = set(blanked)
    for concept in exercise.concepts:
        for own in concept_spans(source, {concept.id: concept.select}):
            if any(span.first <= own.first and own.last <= span.last for span in spans):
                reached.add(concept.id)
    return reached
