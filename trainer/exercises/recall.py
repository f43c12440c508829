"""Does the catalog ask for recall? Checks a catalog validator can reuse.

`recall_problems`: a task statement, a TODO label or a hint before the last
must never spell out code the learner is asked to remember. The reference's own
concept statements are cut into short runs of tokens (three in a row, at least
one of them an operation: `1 / (`, `* ( 1`, `- y )`, `. T .`); any run that also
appears in the text is a giveaway, and so is a matrix product of the code written
in prose (`X . synapse_0`). Statements that draw from numpy's seeded generator
are not: the seed and the order and range of the weight draws are part of the
specification, needed to match the reference's numbers.

`ladder_problems`: each level of an exercise blanks strictly more of the
reference than the one below, no two levels hand out the same skeleton, and a
composite concept (one whose code holds other concepts', like the whole
training step) is blanked only at the top of the ladder.
"""

from __future__ import annotations

import ast
import io
import re
import textwrap
import tokenize
from collections.abc import Iterable

from trainer.exercises.catalog import Exercise
from trainer.exercises.levels import Level, is_composite, level_names, resolve_level
from trainer.exercises.selection import Span, concept_spans
from trainer.exercises.skeleton import blank_source

WINDOW = 3
OPERATIONS = frozenset(
    {"+", "-", "*", "/", "@", "%", "**", "==", "!=", "<", ">", "<=", ">=", "=", "+=", "-=", "*=", "/="}
    | {"dot", "T", "exp", "abs", "mean", "sum", "matmul"}
)
SPECIFIED = frozenset({"random", "seed"})  # the seeded draws: the statement must give them
# The idioms of these networks, looked for whitespace-insensitively whenever the
# recalled code contains them (a text can write them without the code's spacing).
IDIOMS = {
    "1/(1+": r"1\s*/\s*\(\s*1\s*\+",
    "*(1-": r"\*\s*\(\s*1\s*-",
    ".T": r"[\w)\]]\s*\.\s*T\b",
    "dot(": r"\bdot\s*\(",
    "exp(-": r"\bexp\s*\(\s*-",
}
_TEXT_TOKEN = re.compile(r"\d+(?:\.\d+)?|\w+|\*\*|[-+*/@%<>=!]=|[-+*/@%<>=(),.\[\]:]")
Run = tuple[str, ...]


def code_statements(code: str) -> list[list[str]]:
    """The Python tokens of each logical line of `code`, string literals and
    comments left out (the words a program prints are specification, not recall)."""
    kept = (tokenize.NAME, tokenize.NUMBER, tokenize.OP)
    lines: list[list[str]] = [[]]
    for token in tokenize.generate_tokens(io.StringIO(code).readline):
        if token.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
            lines.append([])
        elif token.type in kept:
            lines[-1].append(token.string)
    return [line for line in lines if line]


def text_tokens(text: str) -> list[str]:
    return _TEXT_TOKEN.findall(text)


def runs(tokens: list[str]) -> set[Run]:
    """Every WINDOW tokens in a row that compute something."""
    windows = (tuple(tokens[i : i + WINDOW]) for i in range(len(tokens) - WINDOW + 1))
    return {w for w in windows if OPERATIONS & set(w)}


def products(code: str) -> set[tuple[str, str]]:
    """The operands of every matrix product in `code`, however it is written
    (`np.dot(a, b)`, `a.dot(b)`, `a @ b`): prose writes them `a . b` or `a x b`."""
    found = set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult):
            found.add((node.left, node.right))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "dot":
            operands = node.args if len(node.args) == 2 else [node.func.value, *node.args]
            if len(operands) == 2:
                found.add((operands[0], operands[1]))
    return {(ast.unparse(a), ast.unparse(b)) for a, b in found}


def concept_code(exercise: Exercise, source: str | None = None) -> dict[str, list[str]]:
    """Each concept's code in the reference: its runs of statements, dedented."""
    source = exercise.reference_source() if source is None else source
    lines = source.splitlines(keepends=True)
    return {
        c.id: [textwrap.dedent("".join(lines[s.first - 1 : s.last])) for s in concept_spans(source, {c.id: c.select})]
        for c in exercise.concepts
    }


def _recalled(snippets: list[str]) -> list[str]:
    """The snippets' statements that are to be recalled: not the seeded draws."""
    return [s for s in snippets if not SPECIFIED & {t for line in code_statements(s) for t in line}]


def giveaways(text: str, snippets: list[str]) -> list[str]:
    """The pieces of a concept's code (its `snippets`) that `text` spells out."""
    recalled = [" ".join(line) for s in snippets for line in code_statements(s) if not SPECIFIED & set(line)]
    code_runs = set().union(*(runs(line.split()) for line in recalled))
    found = [f"`{' '.join(run)}`" for run in sorted(code_runs & runs(text_tokens(text)))]
    squeezed = "".join(recalled).replace(" ", "")
    found += [f"`{idiom}`" for idiom, pattern in IDIOMS.items() if idiom in squeezed and re.search(pattern, text)]
    for a, b in sorted(set().union(*(products(s) for s in _recalled(snippets)))):
        if re.search(rf"(?<![\w.]){re.escape(a)}\s*(?:\.|@|\*|x|·|×|times|dot)\s*{re.escape(b)}(?!\w)(?!\.\w)", text):
            found.append(f"`{a} . {b}`")
    return found


def recall_problems(exercise: Exercise, source: str | None = None) -> list[str]:
    """Where the task statement, a TODO label or a hint before the last gives
    away a concept's code (only the last hint may tell the formula)."""
    code = concept_code(exercise, source)
    problems = []
    texts = [("the task statement", exercise.task)]
    texts += [(f"the label of {c.id}", c.label) for c in exercise.concepts]
    texts += [(f"hint {n} of {c.id}", hint) for c in exercise.concepts for n, hint in enumerate(c.hints[:-1], 1)]
    for where, text in texts:
        for concept, snippets in code.items():
            found = giveaways(text, snippets)
            if found:
                problems.append(f"{exercise.id}: {where} spells out {concept}: {', '.join(found)}")
    return problems


def _lines(spans: Iterable[Span]) -> frozenset[int]:
    return frozenset(n for s in spans for n in range(s.first, s.last + 1))


def structural_composites(exercise: Exercise, source: str) -> set[str]:
    """Concepts whose code holds another concept's code."""
    own = {c.id: _lines(concept_spans(source, {c.id: c.select})) for c in exercise.concepts}
    return {a for a, lines in own.items() if any(b != a and other < lines for b, other in own.items())}


def ladder_problems(exercise: Exercise, source: str | None = None) -> list[str]:
    """Where the exercise's ladder fails to widen, repeats a skeleton, or hands
    out a composite concept below its top."""
    source = exercise.reference_source() if source is None else source
    problems = []
    marked = {c.id for c in exercise.concepts if is_composite(c)}
    for concept in sorted(structural_composites(exercise, source) - marked):
        problems.append(
            f"{exercise.id}: {concept} holds other concepts' code but is not composite (select it by loop_over)"
        )
    default = resolve_level(exercise, "1").concepts[0]
    if default in marked:
        problems.append(f"{exercise.id}: level 1 starts with the composite {default}")
    for rank, group in enumerate(exercise.ladder[:-1], start=2):
        for concept in sorted(marked & set(group)):
            problems.append(f"{exercise.id}: level {rank} blanks the composite {concept} below the top of the ladder")
    levels = [Level("1", (default,))] + [resolve_level(exercise, n) for n in level_names(exercise)[1:-1]]
    covered = [_lines(concept_spans(source, {c: exercise.concept(c).select for c in lv.concepts})) for lv in levels]
    for below, above, lower, upper in zip(levels, levels[1:], covered, covered[1:]):
        if not lower < upper:
            problems.append(f"{exercise.id}: level {above.name} does not blank strictly more than level {below.name}")
    problems += _repeated_skeletons(exercise, source, marked)
    return problems


def _repeated_skeletons(exercise: Exercise, source: str, composite: set[str]) -> list[str]:
    singles = [Level("1", (c,)) for c in exercise.concept_ids if c not in composite]
    ladder = [resolve_level(exercise, n) for n in level_names(exercise)[1:]]
    seen: dict[str, str] = {}
    problems = []
    for level in singles + ladder:
        text = blank_source(source, exercise, level).text.split("\n", 2)[2]  # the code, without the header
        name = f"level {level.name}" + (f" ({level.concepts[0]})" if level.name == "1" else "")
        if text in seen:
            problems.append(f"{exercise.id}: {name} hands out the same skeleton as {seen[text]}")
        seen.setdefault(text, name)
    return problems
