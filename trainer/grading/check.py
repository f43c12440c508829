"""`rebuild check FILE`: grade a learner's program against the reference network."""

from __future__ import annotations

import ast
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from trainer.basics.errors import UnusableFile
from trainer.exercises.catalog import Catalog, Exercise
from trainer.exercises.skeleton import empty_blanks, read_header
from trainer.grading.diagnosis import Finding, compare_prints, compare_states, error_curve, status_finding
from trainer.grading.reference_traces import ReferenceTraces, reference_traces
from trainer.grading.sandbox import Limits, Trace, run_program

BLOCKED_IMPORTS = ("trainer", "reference", "exercises")
MAX_PROGRAM_BYTES = 1_000_000  # the longest reference is about 3 kB


@dataclass(frozen=True)
class ConceptResult:
    concept: str
    passed: bool | None  # None: not judged on its own (an earlier difference hides it)
    message: str = ""


@dataclass(frozen=True)
class Verdict:
    exercise: str
    passed: bool
    summary: str
    level: str | None
    concepts: list[ConceptResult] = field(default_factory=list)
    mode: str = "sampled"
    learner_curve: list[float] = field(default_factory=list)
    reference_curve: list[float] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


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
        text = raw.decode("utf-8")
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
    header = read_header(text)
    if header is None or header.exercise != exercise.id or header.level == "full":
        return (header.level if header else None), exercise.concept_ids
    return header.level, header.concepts


def _verdict(
    exercise: Exercise, level: str | None, concepts: tuple[str, ...], finding: Finding | None, **extra: object
) -> Verdict:
    if finding is None:
        results = [ConceptResult(c, True) for c in concepts]
        return Verdict(exercise.id, True, f"your {exercise.id} network matches the reference", level, results, **extra)  # type: ignore[arg-type]
    results = [
        ConceptResult(c, False if c == finding.concept else None, finding.message if c == finding.concept else "")
        for c in concepts
    ]
    return Verdict(exercise.id, False, finding.message, level, results, **extra)  # type: ignore[arg-type]


def grade(
    catalog: Catalog, path: Path, exercise_id: str | None, full: bool, limits: Limits, cache: Path | None
) -> Verdict:
    text = read_program(path)
    exercise = resolve_exercise(catalog, path, text, exercise_id)
    level, concepts = _concepts_judged(exercise, text)
    empty = empty_blanks(text)
    if empty:
        results = [
            ConceptResult(c, False if c in empty else None, "still empty" if c in empty else "") for c in concepts
        ]
        summary = f"blanks still empty: {', '.join(dict.fromkeys(empty))}; fill in each `...` marked TODO"
        return Verdict(exercise.id, False, summary, level, results, mode="unfilled")
    module = blocked_import(text)
    if module is not None:
        return _verdict(
            exercise,
            level,
            concepts,
            Finding(None, f"your file imports {module!r}, the trainer's own code; write the network yourself"),
        )
    full = full or exercise.full_run  # its loop draws: a sample of iterations would not be the same run
    mode = "full" if full else "sampled"
    learner, traces = _run_both(exercise, path.resolve(), mode, limits.for_full_run() if full else limits, cache)
    if learner.status == "needs-full":  # a while loop or an unsized iterable: walk everything
        mode = "full"
        learner, traces = _run_both(exercise, path.resolve(), mode, limits.for_full_run(), cache)
    finding = (
        status_finding(learner)
        or compare_states(exercise, learner, traces)
        or compare_prints(exercise, learner, traces)
    )
    return _verdict(
        exercise,
        level,
        concepts,
        finding,
        mode=mode,
        learner_curve=error_curve(exercise, learner, traces.exact),
        reference_curve=error_curve(exercise, traces.exact, traces.exact),
    )


def _run_both(
    exercise: Exercise, path: Path, mode: str, limits: Limits, cache: Path | None
) -> tuple[Trace, ReferenceTraces]:
    with ThreadPoolExecutor(max_workers=1) as pool:
        references = pool.submit(reference_traces, exercise, mode, cache)
        learner = run_program(path, mode, limits)
        return learner, references.result()
