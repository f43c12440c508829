"""`rebuild check FILE`: grade a learner's program against the reference network."""

from __future__ import annotations

import ast
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from trainer.basics.errors import UnusableFile
from trainer.exercises.catalog import Catalog, Exercise
from trainer.exercises.levels import is_composite
from trainer.exercises.skeleton import empty_blanks, read_header
from trainer.grading.channel import Trace
from trainer.grading.comparison import Comparison
from trainer.grading.curves import error_curves
from trainer.grading.diagnosis import Finding, status_finding
from trainer.grading.functions import compare_functions
from trainer.grading.printed import compare_output
from trainer.grading.printers import printing_concept
from trainer.grading.reference_traces import ReferenceTraces, cached_cpu, probes_functions, reference_traces
from trainer.grading.sandbox import Limits, run_program
from trainer.grading.shapes import shape_origin

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
    mode: str = "full"  # every check runs the whole program; "unfilled" when blanks are still empty
    learner_curve: list[float] = field(default_factory=list)
    reference_curve: list[float] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

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


def _results(concepts: tuple[str, ...], finding: Finding | None, verified: tuple[str, ...]) -> list[ConceptResult]:
    """true: verified equal; false: the concept blamed; null: nothing could be verified."""
    if finding is None:
        return [ConceptResult(c, True) for c in concepts]
    return [
        ConceptResult(c, False, finding.message)
        if c == finding.concept
        else ConceptResult(c, True if c in verified else None)
        for c in concepts
    ]


def grade(catalog: Catalog, path: Path, exercise_id: str | None, limits: Limits, cache: Path | None) -> Verdict:
    """Run the learner's whole program and compare it with the reference's run."""
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
        refused = Finding(None, f"your file imports {module!r}, the trainer's own code; write the network yourself")
        return Verdict(exercise.id, False, refused.message, level, _results(concepts, refused, ()))
    learner, references, comparison = _run(exercise, path, limits, cache)
    finding, verified, notes = _judge(exercise, learner, references, comparison)
    if finding is not None and finding.concept is None and learner.status == "error":
        finding = _crash_finding(exercise, text, learner, comparison, finding, concepts)
    learner_curve, reference_curve = error_curves(exercise, comparison, learner, references.exact)
    summary = finding.message if finding else f"your {exercise.id} network matches the reference over its whole run"
    return Verdict(
        exercise.id,
        finding is None,
        summary,
        level,
        _results(concepts, finding, verified),
        learner_curve=learner_curve,
        reference_curve=reference_curve,
        notes=notes,
    )


def _run(
    exercise: Exercise, path: Path, limits: Limits, cache: Path | None
) -> tuple[Trace, ReferenceTraces, Comparison]:
    """The learner's run, compared as it streams in; the reference's, from the cache or run alongside."""
    known = cached_cpu(exercise, cache)
    cpu = limits.timeout or (max(10.0, 3 * known + 2) if known is not None else 120.0)
    with ThreadPoolExecutor(max_workers=1) as pool:
        references = pool.submit(reference_traces, exercise, cache)
        comparison = Comparison(exercise, references.result)
        learner = run_program(
            path.resolve(), cpu, limits, probe=probes_functions(exercise), on_frame=comparison.on_frame
        )
        return learner, references.result(), comparison


def _crash_finding(
    exercise: Exercise, text: str, learner: Trace, comparison: Comparison, finding: Finding, judged: tuple[str, ...]
) -> Finding:
    """A program that stopped with an error: blamed where a wrong shape was made, if its
    arrays show one (the error is often only where that shape meets another), else on the
    concept of the line that raised."""
    origin = shape_origin(exercise, *comparison.first_iteration(), learner.crash) if learner.crash else None
    if origin is not None:
        concept, made = origin
        where = f"{concept} ({exercise.concept(concept).label})"
        return replace(
            finding, concept=concept, message=f"{finding.message}; the wrong shape was made in {where}: {made}"
        )
    return replace(finding, concept=_crashed_in(exercise, text, learner.detail, judged))


def _crashed_in(exercise: Exercise, text: str, detail: str, judged: tuple[str, ...]) -> str | None:
    """The concept whose code raised the error (the runner names the learner's line), if it is judged here."""
    from trainer.exercises.selection import concept_at_line  # libcst: a third of a second, paid only here

    line = re.search(r"\(line (\d+): ", detail)
    if line is None:
        return None
    selectors = {c.id: c.select for c in exercise.concepts if c.id in judged and not is_composite(c)}
    return concept_at_line(text, selectors, int(line.group(1)))


def judge(exercise: Exercise, learner: Trace, references: ReferenceTraces) -> Finding | None:
    """What the grader finds wrong with a finished run (None: it passes)."""
    return _judge(exercise, learner, references, Comparison(exercise, lambda: references))[0]


def _judge(
    exercise: Exercise, learner: Trace, references: ReferenceTraces, comparison: Comparison
) -> tuple[Finding | None, tuple[str, ...], list[str]]:
    """(what is wrong, the concepts verified, notes), in the order a learner fixes things."""
    if learner.status == "stopped" and comparison.finding is not None:
        return comparison.finding, comparison.finding.verified, []
    status = status_finding(learner)
    if status is not None:
        return status, (), []
    state = comparison.finish(learner)
    if state is not None:
        return state, state.verified, []
    functions, verified = compare_functions(exercise, references.exact, learner)
    if functions is not None:
        return functions, verified, []
    return _prints(exercise, learner, references, verified)


def _prints(
    exercise: Exercise, learner: Trace, references: ReferenceTraces, verified: tuple[str, ...]
) -> tuple[Finding | None, tuple[str, ...], list[str]]:
    if probes_functions(exercise) and not learner.stdout.strip():
        return None, verified, []  # the functions alone are the exercise; demo prints are optional
    printed = compare_output(references.exact.stdout, references.perturbed.stdout, learner.stdout)
    if printed.mismatch is not None:
        concept = printing_concept(exercise, printed.mismatch.line)
        return Finding(concept, printed.mismatch.message), verified, []
    notes = [f"your program also prints {printed.extra_figures} figure(s) the reference does not; that is fine"]
    return None, verified, notes if printed.extra_figures else []
