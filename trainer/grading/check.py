"""`rebuild check FILE`: grade a learner's program against the reference network.

The runner is started as soon as the learner's file is read, before even its
exercise is known (`prepare_check`): it loads numpy while the catalog is read,
and runs the program once told how (`PreparedCheck.start`). Numpy and the
comparison load in the grader while the program runs; the grading of its run
is `judging.py`'s.
"""

from __future__ import annotations

import ast
import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.basics.errors import UnusableFile
from trainer.grading.launch import Limits, Started, prepare

if TYPE_CHECKING:  # loaded once the runner is started
    from trainer.exercises.catalog import Catalog, Exercise
    from trainer.grading.verdict import Verdict

__all__ = [
    "CheckRun",
    "PreparedCheck",
    "blocked_import",
    "grade",
    "prepare_check",
    "read_program",
    "resolve_exercise",
    "start_check",
]

BLOCKED_IMPORTS = ("trainer", "reference", "exercises")
MAX_PROGRAM_BYTES = 1_000_000  # the longest reference is about 3 kB


def read_program(path: Path) -> str:
    """The learner's file as text, or an UnusableFile saying why not."""
    if not path.exists():
        raise UnusableFile(
            f"{path} does not exist. Hand out an exercise with `rebuild next`, then check the file it names."
        )
    if path.is_dir():
        raise UnusableFile(
            f"{path} is a folder; give the path of your .py file, e.g. `rebuild check {path / 'alpha-sweep.py'}`."
        )
    if not path.is_file():
        raise UnusableFile(
            f"{path} is not a regular file (a device or a pipe?); save your program to a .py file and check that."
        )
    if path.stat().st_size > MAX_PROGRAM_BYTES:
        raise UnusableFile(
            f"{path} is {path.stat().st_size:,} bytes, too large to be one of these programs "
            f"(the limit is {MAX_PROGRAM_BYTES:,}); check the right file."
        )
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")  # a byte-order mark is accepted, as Python accepts it
    except UnicodeDecodeError as error:
        raise UnusableFile(
            f"{path} is not UTF-8 text (byte {error.start} is not valid); save it as UTF-8 and check again."
        ) from None
    if not text.strip():
        raise UnusableFile(
            f"{path} is empty. Write your program in it (or get a skeleton with `rebuild next`), then check again."
        )
    try:
        ast.parse(text, filename=str(path))
    except SyntaxError as error:
        line = (error.text or "").rstrip("\n")
        caret = " " * max((error.offset or 1) - 1, 0) + "^"
        raise UnusableFile(
            f"{path} has a syntax error on line {error.lineno}: {error.msg}.\n    {line}\n    {caret}\nFix it and check again."
        ) from None
    return text


def resolve_exercise(catalog: Catalog, path: Path, text: str, exercise_id: str | None) -> Exercise:
    """--exercise, else the skeleton's header, else the file name <id>.py."""
    from trainer.exercises.skeleton import read_header

    if exercise_id is not None:
        return catalog.get(exercise_id)
    header = read_header(text)
    if header is not None:
        return catalog.get(header.exercise)
    if path.stem in catalog.ids:
        return catalog.get(path.stem)
    raise UnusableFile(
        f"Cannot tell which exercise {path} is: it has no rebuild header and its name is not one of "
        f"{', '.join(catalog.ids)}. Name it, e.g. `rebuild check {path} --exercise alpha-sweep`."
    )


def blocked_import(text: str) -> str | None:
    for node in ast.walk(ast.parse(text)):
        names = (
            [a.name for a in node.names]
            if isinstance(node, ast.Import)
            else ([node.module or ""] if isinstance(node, ast.ImportFrom) else [])
        )
        for name in names:
            if name.split(".")[0] in BLOCKED_IMPORTS:
                return name
    return None


def _concepts_judged(exercise: Exercise, text: str) -> tuple[str | None, tuple[str, ...]]:
    from trainer.exercises.skeleton import read_header

    header = read_header(text)
    if header is None or header.exercise != exercise.id or header.level == "full":
        return (header.level if header else None), exercise.concept_ids
    return header.level, header.concepts


class CheckRun:
    """A check under way: the learner's program started (or a verdict that needs no run).
    What the caller does before asking for the verdict overlaps the program's run."""

    def __init__(self, stack: contextlib.ExitStack[bool | None], verdict: Callable[[], Verdict]) -> None:
        self._stack, self._verdict = stack, verdict

    def __enter__(self) -> CheckRun:
        return self

    def __exit__(self, *_: object) -> None:
        self._stack.close()  # ends the program, whatever happened

    def verdict(self) -> Verdict:
        """Wait for the program and compare its run with the reference's."""
        return self._verdict()


def start_check(catalog: Catalog, path: Path, exercise_id: str | None, limits: Limits, cache: Path | None) -> CheckRun:
    """Read the learner's file and start their program; `verdict()` on the result grades it."""
    return prepare_check(path, limits).start(catalog, exercise_id, cache)


def prepare_check(path: Path, limits: Limits) -> PreparedCheck:
    """Read the learner's file and start the runner on it, waiting to be told how to run it
    (not for a file that cannot run: blanks still empty, or an import of the trainer)."""
    from trainer.exercises.skeleton import empty_blanks

    text = read_program(path)
    empty, blocked = empty_blanks(text), blocked_import(text)
    stack = contextlib.ExitStack()
    started = stack.enter_context(prepare(path, limits)) if not empty and blocked is None else None
    return PreparedCheck(path, text, limits, (empty, blocked), stack, started)


class PreparedCheck:
    """The learner's file read and the runner started on it (loading numpy), its exercise not yet known."""

    def __init__(
        self,
        path: Path,
        text: str,
        limits: Limits,
        unrunnable: tuple[list[str], str | None],  # the blanks still empty, a blocked import
        stack: contextlib.ExitStack[bool | None],
        started: Started | None,
    ) -> None:
        self.path, self.text, self.limits, self.unrunnable = path, text, limits, unrunnable
        self._stack, self._started = stack, started

    def start(self, catalog: Catalog, exercise_id: str | None, cache: Path | None) -> CheckRun:
        """Run the program as its exercise needs (or grade it without a run: its runner then
        leaves having run nothing)."""
        try:
            return self._start(catalog, exercise_id, cache)
        except BaseException:
            self._stack.close()
            raise

    def _start(self, catalog: Catalog, exercise_id: str | None, cache: Path | None) -> CheckRun:
        from trainer.grading.trace_files import probes_functions

        exercise = resolve_exercise(catalog, self.path, self.text, exercise_id)
        level, concepts = _concepts_judged(exercise, self.text)
        early = _verdict_without_run(exercise, *self.unrunnable, level, concepts)
        if early is not None:
            self._stack.close()
            return CheckRun(contextlib.ExitStack(), lambda: early)
        assert self._started is not None, "a file that cannot run has a verdict without a run"
        allowance = _cpu_allowance(exercise, self.limits, cache)
        self._started.order(allowance, perturb=False, probe=probes_functions(exercise))
        text, started = self.text, self._started

        def verdict() -> Verdict:
            from trainer.grading.judging import judged  # numpy and the comparison load while the program runs

            return judged(exercise, text, level, concepts, started, cache)

        return CheckRun(self._stack, verdict)


def grade(catalog: Catalog, path: Path, exercise_id: str | None, limits: Limits, cache: Path | None) -> Verdict:
    """Run the learner's whole program and compare it with the reference's run."""
    with start_check(catalog, path, exercise_id, limits, cache) as run:
        return run.verdict()


def _verdict_without_run(
    exercise: Exercise, empty: list[str], module: str | None, level: str | None, concepts: tuple[str, ...]
) -> Verdict | None:
    """Blanks still empty, or an import of the trainer's own code: nothing to run."""
    from trainer.grading.verdict import ConceptResult, Verdict

    if empty:
        results = [
            ConceptResult(c, False if c in empty else None, "still empty" if c in empty else "") for c in concepts
        ]
        summary = f"blanks still empty: {', '.join(dict.fromkeys(empty))}; fill in each `...` marked TODO"
        return Verdict(exercise.id, False, summary, level, results, mode="unfilled")
    if module is not None:
        refused = f"your file imports {module!r}, the trainer's own code; write the network yourself"
        return Verdict(exercise.id, False, refused, level, [ConceptResult(c, None) for c in concepts])
    return None


def _cpu_allowance(exercise: Exercise, limits: Limits, cache: Path | None) -> float:
    """--timeout, else a multiple of the reference's own CPU time (generous when it is not known yet)."""
    from trainer.grading.trace_files import cached_cpu

    known = cached_cpu(exercise, cache)
    return limits.timeout or (max(10.0, 3 * known + 2) if known is not None else 120.0)
