"""Wrong but well-formed versions of a concept's code (libcst), for `author check`.

A concept is load-bearing when getting it wrong changes the program's numbers.
Its code is altered in a way a learner could get it wrong and that still runs:
each assignment's or update's right-hand side is multiplied by 1.5, a function
returns its first argument, a lone call (the seed) and an `if` block (a print)
are dropped. Nodes are never mutated: the transformer returns changed copies.
"""

from __future__ import annotations

from collections.abc import Sequence

import libcst as cst

from trainer.exercises.catalog import Selector
from trainer.exercises.selection import selected_statements

FACTOR = "1.5"


def _scaled(value: cst.BaseExpression) -> cst.BaseExpression:
    inner = value.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])
    return cst.BinaryOperation(left=inner, operator=cst.Multiply(), right=cst.Float(FACTOR))


def _pass_line() -> cst.SimpleStatementLine:
    return cst.SimpleStatementLine(body=[cst.Pass()])


class _Alter(cst.CSTTransformer):
    def __init__(self, chosen: set[int], functions: set[str]) -> None:
        self.chosen = chosen
        self.functions = functions

    def leave_SimpleStatementLine(
        self, original_node: cst.SimpleStatementLine, updated_node: cst.SimpleStatementLine
    ) -> cst.BaseStatement:
        if id(original_node) not in self.chosen:
            return updated_node
        body: list[cst.BaseSmallStatement] = []
        for small in updated_node.body:
            value = (
                getattr(small, "value", None) if isinstance(small, cst.Assign | cst.AugAssign | cst.AnnAssign) else None
            )
            if isinstance(value, cst.BaseExpression):
                body.append(small.with_changes(value=_scaled(value)))
            elif isinstance(small, cst.Expr) and isinstance(small.value, cst.Call):
                body.append(cst.Pass())
            else:
                body.append(small)
        return updated_node.with_changes(body=body)

    def leave_If(self, original_node: cst.If, updated_node: cst.If) -> cst.BaseStatement:
        return _pass_line() if id(original_node) in self.chosen else updated_node

    def leave_FunctionDef(self, original_node: cst.FunctionDef, updated_node: cst.FunctionDef) -> cst.FunctionDef:
        if original_node.name.value not in self.functions:
            return updated_node
        params = original_node.params.params
        value: cst.BaseExpression = cst.Name(params[0].name.value) if params else cst.Name("None")
        body = cst.IndentedBlock(body=[cst.SimpleStatementLine(body=[cst.Return(value=value)])])
        return updated_node.with_changes(body=body)


def altered_source(source: str, selectors: Sequence[Selector]) -> str | None:
    """`source` with the code of `selectors` made wrong, or None when they select
    nothing that can be altered (the result would be the program itself)."""
    module = cst.parse_module(source)
    chosen = {id(node) for node in selected_statements(module, selectors)}
    functions = {name for s in selectors if s.kind == "function" for name in s.names}
    altered = module.visit(_Alter(chosen, functions)).code
    return None if altered == source else altered
