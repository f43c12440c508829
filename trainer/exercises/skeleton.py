"""Skeletons: the reference program with concepts blanked out.

Blanking is a pure function source -> source. Every line outside a blank stays
byte-for-byte as in the reference; each blank is one `...` statement carrying a
`# TODO(concept): what belongs here` comment, so the file still parses. A header
comment names the exercise, level and blanks; the grader reads it back.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from trainer.exercises.catalog import Exercise
from trainer.exercises.levels import Level

HEADER = re.compile(
    r"^# rebuild exercise: (?P<exercise>[\w-]+) \| level: (?P<level>\w+)(?: \| blanks: (?P<blanks>[\w, -]*))?$"
)
BLANK = re.compile(r"^(?P<indent>[ \t]*)\.\.\.[ \t]*# TODO\((?P<concept>[\w-]+)\)")


@dataclass(frozen=True)
class Blank:
    concept: str
    original: str  # the reference's own lines that the blank replaces


@dataclass(frozen=True)
class Skeleton:
    exercise: str
    level: str
    concepts: tuple[str, ...]
    text: str
    blanks: tuple[Blank, ...]


@dataclass(frozen=True)
class Header:
    exercise: str
    level: str
    concepts: tuple[str, ...]


def header_lines(exercise_id: str, level: Level) -> str:
    blanks = f" | blanks: {', '.join(level.concepts)}" if level.concepts else ""
    todo = "Write the program the docstring describes" if level.is_full else "Replace each `...` marked TODO"
    return (
        f"# rebuild exercise: {exercise_id} | level: {level.name}{blanks}\n"
        f"# {todo}, then run: rebuild check <this file>\n"
    )


def read_header(text: str) -> Header | None:
    """The header of a skeleton, if `text` starts with one."""
    match = HEADER.match(text.split("\n", 1)[0].rstrip("\r"))
    if not match:
        return None
    blanks = tuple(c.strip() for c in (match["blanks"] or "").split(",") if c.strip())
    return Header(match["exercise"], match["level"], blanks)


def strip_header(text: str) -> str:
    lines = text.splitlines(keepends=True)
    return "".join(lines[2:]) if lines and HEADER.match(lines[0].rstrip("\r\n")) else text


def blank_line(indent: str, concept: str, label: str) -> str:
    return f"{indent}...  # TODO({concept}): {label}\n"


def blank_source(source: str, exercise: Exercise, level: Level) -> Skeleton:
    """Blank the level's concepts out of the reference `source`."""
    from trainer.exercises.selection import concept_spans  # libcst is heavy: load it only to blank

    if level.is_full:
        return _full_skeleton(source, exercise, level)
    lines = source.splitlines(keepends=True)
    selectors = {c: exercise.concept(c).select for c in level.concepts}
    out: list[str] = []
    blanks: list[Blank] = []
    cursor = 0
    for span in concept_spans(source, selectors):
        out.extend(lines[cursor : span.first - 1])
        out.append(blank_line(span.indent, span.concept, exercise.concept(span.concept).label))
        blanks.append(Blank(span.concept, "".join(lines[span.first - 1 : span.last])))
        cursor = span.last
    out.extend(lines[cursor:])
    text = header_lines(exercise.id, level) + "".join(out)
    return Skeleton(exercise.id, level.name, level.concepts, text, tuple(blanks))


def _full_skeleton(source: str, exercise: Exercise, level: Level) -> Skeleton:
    imports = [line for line in source.splitlines(keepends=True) if re.match(r"(import|from)\s", line)]
    task = textwrap.fill(exercise.task, width=79, break_on_hyphens=False)
    raw = "r" if "\\" in task else ""  # a raw docstring reads exactly as the statement, backslashes and all
    text = f'{header_lines(exercise.id, level)}{raw}"""{exercise.title}\n\n{task}\n"""\n\n{"".join(imports)}'
    return Skeleton(exercise.id, level.name, (), text, ())


def fill(text: str, code: Sequence[str]) -> str:
    """Replace the blanks of `text`, in order, with `code` (whole lines each)."""
    pieces = iter(code)
    return "".join(next(pieces) if BLANK.match(line) else line for line in text.splitlines(keepends=True))


def empty_blanks(text: str) -> list[str]:
    """The concepts whose blanks are still untouched in `text`."""
    return [m["concept"] for line in text.splitlines() if (m := BLANK.match(line))]
