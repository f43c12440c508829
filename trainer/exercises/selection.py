"""Find the code a concept *is*, with libcst matchers.

A concept is declared in the catalog by selectors (a function body, the
assignments to given names, the augmented assignments to the weights, ...). This
module turns selectors into line spans of the source: runs of consecutive
statements of one block, so that a run can be replaced by one blank.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import libcst as cst
import libcst.matchers as m
from libcst.helpers import get_full_name_for_node
from libcst.metadata import MetadataWrapper, PositionProvider

from trainer.exercises.catalog import Selector


@dataclass(frozen=True, order=True)
class Span:
    """Lines first..last (1-based, inclusive) of one run of statements."""

    first: int
    last: int
    indent: str
    concept: str


def _names(names: Sequence[str]) -> m.Name:
    return m.Name(m.MatchIfTrue(lambda value: value in names))


def _assigns_to(names: Sequence[str]) -> m.OneOf[m.BaseMatcherNode]:
    target = _names(names)
    return m.OneOf(
        m.Assign(targets=[m.ZeroOrMore(), m.AssignTarget(target=target), m.ZeroOrMore()]),
        m.AnnAssign(target=target),
    )


def _statements(module: cst.Module, selector: Selector) -> Iterable[cst.CSTNode]:
    """The statement nodes one selector picks out."""
    names = selector.names
    if selector.kind == "function":
        for fn in m.findall(module, m.FunctionDef(name=_names(names))):
            yield from fn.body.body  # type: ignore[attr-defined]
    elif selector.kind == "loop_over":
        for loop in m.findall(module, m.For(target=_names(names))):
            yield from loop.body.body  # type: ignore[attr-defined]
    elif selector.kind == "assign":
        yield from m.findall(module, m.SimpleStatementLine(body=[_assigns_to(names)]))  # type: ignore[list-item]  # libcst stubs: OneOf is a valid statement matcher
    elif selector.kind == "update":
        yield from m.findall(module, m.SimpleStatementLine(body=[m.AugAssign(target=_names(names))]))
    elif selector.kind == "call":
        calls = m.Expr(m.Call(func=m.MatchIfTrue(lambda f: get_full_name_for_node(f) in names)))
        yield from m.findall(module, m.SimpleStatementLine(body=[calls]))
    elif selector.kind == "block":
        for branch in m.findall(module, m.If()):
            if m.findall(branch.body, _names(names)):  # type: ignore[attr-defined]
                yield branch


class _BlockCollector(cst.CSTVisitor):
    """Every statement list (the module's and each indented block's), in order."""

    def __init__(self) -> None:
        self.blocks: list[Sequence[cst.BaseStatement]] = []

    def visit_Module(self, node: cst.Module) -> None:
        self.blocks.append(node.body)

    def visit_IndentedBlock(self, node: cst.IndentedBlock) -> None:
        self.blocks.append(node.body)


def concept_spans(source: str, selectors: Mapping[str, Sequence[Selector]]) -> list[Span]:
    """The spans to blank for the given concepts, outermost first, sorted by line.

    A span nested inside another one (the forward pass inside a blanked loop body)
    is dropped: the outer blank already holds it.
    """
    return _outermost(_all_spans(source, selectors))


def _all_spans(source: str, selectors: Mapping[str, Sequence[Selector]]) -> list[Span]:
    """Every run of statements each concept selects, nested ones included."""
    wrapper = MetadataWrapper(cst.parse_module(source))
    module = wrapper.module
    positions = wrapper.resolve(PositionProvider)
    collector = _BlockCollector()
    module.visit(collector)
    spans: list[Span] = []
    for concept, concept_selectors in selectors.items():
        chosen = {id(s) for selector in concept_selectors for s in _statements(module, selector)}
        for block in collector.blocks:
            spans.extend(_runs(block, chosen, concept, positions))
    return spans


def _runs(
    block: Sequence[cst.BaseStatement], chosen: set[int], concept: str, positions: Mapping[cst.CSTNode, Any]
) -> Iterable[Span]:
    """Maximal runs of consecutive chosen statements in one block."""
    run: list[cst.BaseStatement] = []
    for statement in [*block, None]:
        if statement is not None and id(statement) in chosen:
            run.append(statement)
            continue
        if run:
            first, last = positions[run[0]], positions[run[-1]]
            yield Span(first.start.line, last.end.line, " " * first.start.column, concept)
            run = []


def concept_at_line(source: str, selectors: Mapping[str, Sequence[Selector]], line: int) -> str | None:
    """The concept whose code holds `line`: the innermost one, so that a line of
    the forward pass inside the training loop is the forward pass, not the loop."""
    return concepts_at_lines(source, selectors, [line]).get(line)


def concepts_at_lines(
    source: str, selectors: Mapping[str, Sequence[Selector]], lines: Sequence[int]
) -> dict[int, str | None]:
    """`concept_at_line` for several lines, parsing the source once."""
    try:
        spans = _all_spans(source, selectors)
    except cst.ParserSyntaxError:
        return dict.fromkeys(lines)
    found: dict[int, str | None] = {}
    for line in lines:
        holding = [span for span in spans if span.first <= line <= span.last]
        found[line] = min(holding, key=lambda s: s.last - s.first).concept if holding else None
    return found


def _outermost(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.first, -s.last, s.concept)):
        if kept and span.first <= kept[-1].last:
            continue
        kept.append(span)
    return kept


def matched_concepts(source: str, selectors: Mapping[str, Sequence[Selector]]) -> dict[str, int]:
    """How many statements each concept selects (the catalog self-check)."""
    module = cst.parse_module(source)
    return {c: sum(1 for s in sel for _ in _statements(module, s)) for c, sel in selectors.items()}


def selected_statements(module: cst.Module, selectors: Sequence[Selector]) -> list[cst.CSTNode]:
    """The statement nodes of `module` that `selectors` pick out (for altering them)."""
    return [s for selector in selectors for s in _statements(module, selector)]
