"""Which concept prints a line of the reference's output.

A word or a figure missing from the learner's output is the fault of the code
that prints it. The reference's print calls are matched with the output line by
the words of their string literals (the words a print writes whatever its
values), and the concept whose selectors hold that call is blamed. A line the
reference prints outside every concept (a header before each run, a label) is
part of the log that the exercise's printing concept writes: when exactly one
concept prints, the log is its job.
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
    concept = holding[max(fitting)[1]]
    if concept is not None:
        return concept
    printing = {c for c in holding.values() if c is not None}
    return printing.pop() if len(printing) == 1 else None
