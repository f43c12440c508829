"""`rebuild author check`: every problem of an exercise or a catalog, at once.

For each exercise: the reference parses, runs in the sandbox within the
learner's time limit and is deterministic; every selector matches code; each
concept is load-bearing (its code made wrong changes what the grader sees);
every skeleton parses, fails as handed out and gives the reference back when
its blanks are refilled; the ladder widens; task and labels ask without telling;
hints have three steps. Across catalogs: ids are unique. Each problem names its
catalog file, exercise and field.
"""

from __future__ import annotations

import ast
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from trainer.basics.errors import RebuildError, UnknownExercise
from trainer.basics.resources import data_dir
from trainer.exercises.authoring import PROPOSED_TASK
from trainer.exercises.catalog import Catalog, Exercise
from trainer.exercises.catalogs import (
    CATALOG_FILE,
    CatalogFolder,
    CatalogProblem,
    FolderCatalog,
    builtin_folder,
    read_folder,
)
from trainer.exercises.levels import Level, is_composite, level_names, resolve_level
from trainer.exercises.mutation import altered_source
from trainer.exercises.skeleton import blank_source, fill, strip_header
from trainer.grading.channel import Trace, same_run
from trainer.grading.comparison import Comparison
from trainer.grading.judging import judge
from trainer.grading.reference_traces import ReferenceFailed, ReferenceTraces, has_functions, reference_traces
from trainer.grading.sandbox import Limits, NotGraded, OnFrame, run_program

FORMULA_TOKENS = 4  # a run of this many code tokens in a task or label gives a formula away
CHECK_LIMITS = Limits(timeout=60.0)  # CPU seconds: a reference slower than that is no exercise
HINT_STEPS = 3
WORKERS = 2


@dataclass
class Report:
    checked: list[str] = field(default_factory=list)  # "<catalog file>: N exercise(s)"
    problems: list[CatalogProblem] = field(default_factory=list)

    def lines(self) -> list[str]:
        lines = [f"Checked {line}" for line in self.checked]
        lines += [f"PROBLEM {p}" for p in self.problems]
        count = len(self.problems)
        lines.append(
            "No problems found." if not count else f"{count} problem(s): fix them and run `rebuild author check` again."
        )
        return lines


def check_target(catalog: Catalog, folders: Sequence[CatalogFolder], target: str | None, cache: Path | None) -> Report:
    """Check every catalog (no target), one catalog folder, or one exercise; `cache`: where
    reference traces are kept (those already there are not computed again)."""
    if target is None:
        return check_catalogs(
            [builtin_folder(), *(read_folder(f.path, f.name) for f in folders if f.path.is_dir())], cache
        )
    path = Path(target).expanduser()
    if path.is_dir():
        if path.resolve() == data_dir("exercises").resolve():
            return check_catalogs([builtin_folder()], cache)
        if not (path / CATALOG_FILE).is_file():
            raise RebuildError(f"{path} holds no {CATALOG_FILE}; give a catalog folder or an exercise id.")
        others = [e for e in catalog.exercises if e.catalog_file.resolve() != (path / CATALOG_FILE).resolve()]
        return check_catalogs([read_folder(path)], cache, taken=others)
    if target in catalog.ids:
        exercise = catalog.get(target)
        report = Report([f"{exercise.catalog_file}: exercise {exercise.id}"])
        report.problems += exercise_problems(exercise, cache)
        return report
    broken = [
        p for f in folders if f.path.is_dir() for p in read_folder(f.path, f.name).problems if p.exercise == target
    ]
    if broken:
        return Report([f"exercise {target}"], broken)
    if "/" in target or target.endswith(".toml"):
        raise RebuildError(f"{target} is not a folder; give a catalog folder (holding {CATALOG_FILE}) or an id.")
    raise UnknownExercise(target, catalog.ids)


def check_catalogs(catalogs: Sequence[FolderCatalog], cache: Path | None, taken: Sequence[Exercise] = ()) -> Report:
    """Every problem of `catalogs`, ids checked against each other and `taken`."""
    report = Report()
    seen = {e.id: e.catalog_file for e in taken}
    for folder in catalogs:
        report.checked.append(f"{folder.origin.file}: {len(folder.exercises)} exercise(s)")
        report.problems += folder.problems
        for exercise in folder.exercises:
            if exercise.id in seen:
                message = f"the id is already used in {seen[exercise.id]}: ids are unique across catalogs"
                report.problems.append(CatalogProblem(folder.origin.file, exercise.id, "id", message))
            seen.setdefault(exercise.id, folder.origin.file)
            report.problems += exercise_problems(exercise, cache)
    return report


def exercise_problems(exercise: Exercise, cache: Path | None) -> list[CatalogProblem]:
    """Every problem of one exercise."""

    def problem(field: str | None, message: str) -> CatalogProblem:
        return CatalogProblem(exercise.catalog_file, exercise.id, field, message)

    try:
        source = exercise.reference_source()
        ast.parse(source)
    except (OSError, UnicodeDecodeError) as error:
        return [problem("reference", f"{exercise.reference_path} cannot be read ({error})")]
    except SyntaxError as error:
        return [problem("reference", f"{exercise.reference_path} does not parse (line {error.lineno}: {error.msg})")]
    found = [problem(where, message) for where, message in static_problems(exercise, source)]
    found += [problem("ladder", message) for message in ladder_problems(exercise)]
    found += [problem("task/labels", message) for message in recall_problems(exercise)]
    found += [problem(where, message) for where, message in run_problems(exercise, source, cache)]
    return found


def static_problems(exercise: Exercise, source: str) -> list[tuple[str, str]]:
    """Selectors, hints, the task, and the skeletons' text at every level."""
    from trainer.exercises.selection import matched_concepts

    found: list[tuple[str, str]] = []
    if exercise.task == " ".join(PROPOSED_TASK.split()):
        found.append(("task", "still the proposed paragraph: write the task statement"))
    doubles = sorted({c for c in exercise.concept_ids if exercise.concept_ids.count(c) > 1})
    if doubles:
        found.append(("concept", f"{', '.join(doubles)} defined twice: concept ids are unique within an exercise"))
    for concept in exercise.concepts:
        where = f"concept {concept.id}"
        for selector in concept.select:
            if not matched_concepts(source, {concept.id: [selector]})[concept.id]:
                found.append((f"{where}, select", f"{{{selector.kind} = {list(selector.names)}}} matches no code"))
        if len(concept.hints) != HINT_STEPS:
            steps = "no hints yet" if not concept.hints else f"{len(concept.hints)} hint step(s)"
            found.append((f"{where}, hints", f"{steps}: give three (a nudge, the idea in words, the formula)"))
    for level in _levels(exercise):
        if level.is_full or all(matched_concepts(source, {c: exercise.concept(c).select})[c] for c in level.concepts):
            found += _skeleton_problems(exercise, source, level)
    return found


def _levels(exercise: Exercise) -> list[Level]:
    """Level 1 for each concept that can be a single gap, then the ladder, then `full`."""
    singles = [resolve_level(exercise, "1", c.id) for c in exercise.concepts if not is_composite(c)]
    return singles + [resolve_level(exercise, name) for name in level_names(exercise)[1:]]


def _level_name(level: Level) -> str:
    return f"level 1 ({level.concepts[0]})" if level.name == "1" else f"level {level.name}"


def _skeleton_problems(exercise: Exercise, source: str, level: Level) -> list[tuple[str, str]]:
    skeleton = blank_source(source, exercise, level)
    try:
        ast.parse(skeleton.text)
    except SyntaxError as error:
        return [(_level_name(level), f"the skeleton does not parse (line {error.lineno}: {error.msg})")]
    if not level.is_full and strip_header(fill(skeleton.text, [b.original for b in skeleton.blanks])) != source:
        return [
            (_level_name(level), "refilling the skeleton's blanks with the reference's lines does not give it back")
        ]
    return []


def _reference_runs(exercise: Exercise, cache: Path | None) -> tuple[list[tuple[str, str]], ReferenceTraces | None]:
    """Run the reference within the check's limit, and compare it with the grader's
    traces of it (exact and perturbed, computed once and cached): two runs that
    differ mean an unseeded draw, and nothing can be graded against it."""
    one = _run(exercise.reference_path, exercise)
    if one.status == "cpu":
        limit = CHECK_LIMITS.timeout
        return [("reference", f"it does not finish within {limit:g} s of CPU, the check time limit")], None
    if not one.ok:
        return [("reference", f"it does not run cleanly in the sandbox: {one.status} {one.detail}")], None
    try:
        traces = reference_traces(exercise, cache)
    except ReferenceFailed:
        why = "the grader's own runs of it (one with every float nudged in its last bit) do not finish cleanly"
        return [("reference", why)], None
    if not same_run(one, traces.exact):  # nothing else can be compared with it
        return [("reference", "two runs give different numbers: seed every random draw (np.random.seed)")], None
    return [], traces


def _run(path: Path, exercise: Exercise, perturb: bool = False, on_frame: OnFrame | None = None) -> Trace:
    limit = CHECK_LIMITS.timeout or 60.0
    try:
        # probed as the grader's traces of the reference are, so that two runs of it compare whole
        return run_program(path, limit, CHECK_LIMITS, perturb=perturb, probe=has_functions(exercise), on_frame=on_frame)
    except NotGraded:  # it waited (or the machine starved it) past the wall-clock guard
        return Trace(status="cpu", detail=f"it did not finish within the wall-clock guard of a {limit:g} s run")


def run_problems(exercise: Exercise, source: str, cache: Path | None) -> list[tuple[str, str]]:
    """Reference runs, skeletons as handed out, and each concept made wrong
    (concepts whose selectors match nothing are reported once, by the selectors)."""
    from trainer.exercises.selection import matched_concepts

    found, traces = _reference_runs(exercise, cache)
    if traces is None:
        return found
    real = {c.id for c in exercise.concepts if all(matched_concepts(source, {c.id: [s]})[c.id] for s in c.select)}
    programs: list[tuple[str, str, str]] = []  # (field, what it is, program text)
    for level in _levels(exercise):
        if not set(level.concepts) <= real:
            continue
        try:
            text = blank_source(source, exercise, level).text
        except RebuildError:
            continue
        programs.append((_level_name(level), "the skeleton passes as handed out: it blanks nothing graded", text))
    for concept in (c for c in exercise.concepts if c.id in real):
        altered = altered_source(source, concept.select)
        where = f"concept {concept.id}"
        if altered is None:
            found.append((where, "its code cannot be altered (no assignment, call, `if` or function selected)"))
            continue
        programs.append(
            (where, "not load-bearing: its code made wrong (right-hand sides × 1.5) still passes the grader", altered)
        )
    with tempfile.TemporaryDirectory(prefix="rebuild-author-") as folder, ThreadPoolExecutor(WORKERS) as pool:
        runs = [
            pool.submit(_run_text, Path(folder) / f"{n}" / f"{exercise.id}.py", text, exercise, traces)
            for n, (*_, text) in enumerate(programs)
        ]
        for (where, message, _), run in zip(programs, runs):
            if judge(exercise, run.result(), traces) is None:
                found.append((where, message))
    return found


def _run_text(path: Path, text: str, exercise: Exercise, traces: ReferenceTraces) -> Trace:
    """A program made wrong, stopped as soon as the grader sees it differ (status `stopped`)."""
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    return _run(path, exercise, on_frame=Comparison(exercise, lambda: traces).on_frame)


# The recall and ladder rules as `author check` states them for any catalog:
# a run of code tokens in a task or label, and ladders that reach ever more.
# (The built-in catalog is held to the stricter rules of `exercises.recall`.)


def recall_problems(exercise: Exercise) -> list[str]:
    """The task statement and each TODO label must not contain the formula of a
    concept they ask for: a run of FORMULA_TOKENS tokens of the concept's code."""
    from trainer.exercises.inspection import formulas, tokens

    source = exercise.reference_source()
    task = f" {' '.join(tokens(exercise.task))} "
    found: dict[tuple[str, str], str] = {}  # (where, fragment) -> problem: a fragment is reported once
    for concept in exercise.concepts:
        label = f" {' '.join(tokens(concept.label))} "
        for formula in formulas(source, concept.select):
            for start in range(len(formula) - FORMULA_TOKENS + 1):
                window = formula[start : start + FORMULA_TOKENS]
                if not any(t[0] in "+-*/@(.[" for t in window):
                    continue
                shown = "".join(window)
                if f" {' '.join(window)} " in task:
                    message = f"the task statement gives away {concept.id}: it contains `{shown}`"
                    found.setdefault(("task", shown), message)
                    break
                if f" {' '.join(window)} " in label:
                    message = f"the label of {concept.id} gives its formula away: it contains `{shown}`"
                    found.setdefault((concept.id, shown), message)
                    break
    return list(dict.fromkeys(found.values()))


def ladder_problems(exercise: Exercise) -> list[str]:
    """Levels 2, 3, ... must each reach at least as many concepts as the one
    below, differ from every lower level, and the top must reach every concept."""
    from trainer.exercises.inspection import covered

    if len(exercise.concepts) > 1 and not exercise.ladder:
        return ["there is no ladder: list groups of concepts, widening up to the whole program"]
    source = exercise.reference_source()
    found: list[str] = []
    below = [frozenset((c,)) for c in exercise.concept_ids]  # level 1's single blanks
    previous: set[str] = set()
    for number, level in enumerate(exercise.ladder, start=2):
        if len(set(level)) != len(level):
            found.append(f"level {number} names a concept twice")
        if frozenset(level) in below:
            found.append(f"level {number} blanks the same as a lower level ({', '.join(level)})")
        reach = covered(source, exercise, level)
        if len(reach) < len(previous):
            found.append(f"level {number} blanks less than level {number - 1}: {', '.join(sorted(reach))}")
        below.append(frozenset(level))
        previous = reach
    left = [c for c in exercise.concept_ids if c not in previous] if exercise.ladder else []
    if left:
        found.append(f"the top level leaves {', '.join(left)} given: it should blank the whole program")
    return found
