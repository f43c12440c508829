"""Which concept prints a line of the reference's output.

A word or a figure missing from the learner's output is the fault of the code
that prints it. The reference's print calls are matched with the output line by
the words of their string literals (the words a print writes whatever its
values), and the concept whose selectors hold that call is blamed. A line the
reference prints outside every concept, in a loop and before a concept's print
in that loop (the header before each run's error log), heads that concept's
log: it is blamed when it is the only one printing there. A line printed after
the training (a final output) belongs to no concept.
"""

from __future__ import annotations

import ast
import re

from trainer.exercises.catalog import Exercise
from trainer.exercises.levels import is_composite
from trainer.grading.printed import tokens

_WORD = re.compile(r"[A-Za-z]+")


def _print_calls(source: str) -> list[tuple[int, set[str]]]:
    """(line, words of its string literals) of every print call in `source`."""
    calls = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print":
            literals = [c.value for c in ast.walk(node) if isinstance(c, ast.Constant) and isinstance(c.value, str)]
            calls.append((node.lineno, {w.lower() for text in literals for w in _WORD.findall(text)}))
    return calls


def _words(line: str) -> set[str]:
    """The words of a printed line, as the output comparison reads them (figures are not words)."""
    return {token.text for token in tokens(line) if token.value is None}


def printing_concept(exercise: Exercise, line: str) -> str | None:
    """The concept whose reference code prints `line` (the reference's output line), if it can be told."""
    from trainer.exercises.selection import concepts_at_lines  # libcst: paid only on a failure

    source = exercise.reference_source()
    calls = _print_calls(source)
    words = _words(line)
    # the call whose literal words all appear in the line; the most specific if several do
    fitting = [(len(literal), number) for number, literal in calls if literal and literal <= words]
    if not fitting:
        return None
    selectors = {c.id: c.select for c in exercise.concepts if not is_composite(c)}
    holding = concepts_at_lines(source, selectors, [number for number, _ in calls])
    line_number = max(fitting)[1]
    if holding[line_number] is not None:
        return holding[line_number]
    loop = _innermost_loop(source, line_number)
    headed = {c for n, c in holding.items() if c is not None and loop is not None and line_number < n <= loop[1]}
    return headed.pop() if len(headed) == 1 else None


def _innermost_loop(source: str, line: int) -> tuple[int, int] | None:
    """(first, last) line of the innermost loop holding `line`."""
    spans = [
        (node.lineno, node.end_lineno or node.lineno)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, (ast.For, ast.While)) and node.lineno <= line <= (node.end_lineno or node.lineno)
    ]
    return min(spans, key=lambda span: span[1] - span[0]) if spans else None
