"""Does the catalog ask for recall? Checks a catalog validator can reuse.

`recall_problems`: a task statement or a TODO label must never spell out code the
learner is asked to remember. The reference's own concept statements are cut
into short runs of tokens (three in a row, at least one of them an operation:
`1 / (`, `* ( 1`, `- y )`, `. T .`, `np . dot`); any run that also appears in
the text is a giveaway. Runs that draw from numpy's seeded generator are not:
the seed and the order and range of the weight draws are part of the
specification, needed to match the reference's numbers.

`ladder_problems`: each level of an exercise blanks strictly more of the
reference than the one below, no two levels hand out the same skeleton, and a
composite concept (one whose code holds other concepts', like the whole
training step) is blanked only at the top of the ladder.
"""

from __future__ import annotations

import io
import re
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
# Idioms the issue that introduced these checks names, looked for whitespace-insensitively
# whenever the recalled code contains them.
IDIOMS = {
    "1/(1+": r"1\s*/\s*\(\s*1\s*\+",
    "*(1-": r"\*\s*\(\s*1\s*-",
    ".T": r"[\w)\]]\s*\.\s*T\b",
    "dot(": r"\bdot\s*\(",
    "exp(-": r"\bexp\s*\(\s*-",
}
_TEXT_TOKEN = re.compile(r"\d+(?:\.\d+)?|\w+|\*\*|[-+*/@%<>=!]=|[-+*/@%<>=(),.\[\]:]")
Run = tuple[str, ...]


def code_tokens(code: str) -> list[str]:
    """Python tokens of `code`, string literals and comments left out (the words a
    program prints are specification, not recall)."""
    kept = (tokenize.NAME, tokenize.NUMBER, tokenize.OP)
    readline = io.StringIO(code).readline
    return [t.string for t in tokenize.generate_tokens(readline) if t.type in kept]


def text_tokens(text: str) -> list[str]:
    return _TEXT_TOKEN.findall(text)


def runs(tokens: list[str]) -> set[Run]:
    """Every WINDOW tokens in a row that compute something and draw nothing."""
    windows = (tuple(tokens[i : i + WINDOW]) for i in range(len(tokens) - WINDOW + 1))
    return {w for w in windows if OPERATIONS & set(w) and not SPECIFIED & set(w)}


def concept_code(exercise: Exercise, source: str | None = None) -> dict[str, str]:
    """Each concept's code in the reference, as the statements it selects."""
    source = exercise.reference_source() if source is None else source
    lines = source.splitlines(keepends=True)
    return {
        c.id: "".join("".join(lines[s.first - 1 : s.last]) for s in concept_spans(source, {c.id: c.select}))
        for c in exercise.concepts
    }


def giveaways(text: str, code: str) -> list[str]:
    """The pieces of `code` that `text` spells out."""
    found = [f"`{' '.join(run)}`" for run in sorted(runs(code_tokens(_dedent(code))) & runs(text_tokens(text)))]
    squeezed = re.sub(r"\s+", "", code)
    found += [f"`{idiom}`" for idiom, pattern in IDIOMS.items() if idiom in squeezed and re.search(pattern, text)]
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
        for concept, statements in code.items():
            found = giveaways(text, statements)
            if found:
                problems.append(f"{exercise.id}: {where} spells out {concept}: {', '.join(found)}")
    return problems


def _dedent(code: str) -> str:
    """Statements cut out of an indented block, made tokenizable."""
    return "\n".join(line.strip() for line in code.splitlines() if line.strip()) + "\n"


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
