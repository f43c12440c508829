"""The verdict on a run of the learner's program: compared with the reference's
as it streams in, then its status, its functions and its printed figures, in the
order a learner fixes things."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from trainer.exercises.catalog import Exercise
from trainer.exercises.levels import is_composite
from trainer.grading.channel import Trace
from trainer.grading.comparison import Comparison
from trainer.grading.curves import error_curves
from trainer.grading.diagnosis import Finding, status_finding
from trainer.grading.functions import compare_functions, function_concepts
from trainer.grading.launch import Started
from trainer.grading.printed import Mismatch, compare_output
from trainer.grading.printers import printing_concept
from trainer.grading.reference_traces import ReferenceTraces, reference_traces
from trainer.grading.roles import blame_function, probe_run, suspect
from trainer.grading.sandbox import collect
from trainer.grading.shapes import shape_origin
from trainer.grading.trace_files import probes_functions
from trainer.grading.verdict import ConceptResult, Verdict
from trainer.grading.zoom import zoom_in


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


def judged(
    exercise: Exercise, text: str, level: str | None, concepts: tuple[str, ...], started: Started, cache: Path | None
) -> Verdict:
    """The verdict on a started run of the learner's program, compared with the reference's as it streams in."""
    learner, references, comparison = _run(exercise, started, cache)
    finding, verified, notes = _judge(exercise, learner, references, comparison)
    if finding is not None and finding is comparison.finding:
        sharper = _function_at_fault(exercise, started, references, comparison, concepts) or _zoomed(
            exercise, started, learner, comparison, cache
        )
        finding, verified = (sharper, sharper.verified or verified) if sharper is not None else (finding, verified)
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


def _run(exercise: Exercise, started: Started, cache: Path | None) -> tuple[Trace, ReferenceTraces, Comparison]:
    """The learner's run, compared as it streams in; the reference's, from the cache or run alongside."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        references = pool.submit(reference_traces, exercise, cache)
        comparison = Comparison(exercise, references.result)
        learner = collect(started, on_frame=comparison.on_frame)
        return learner, references.result(), comparison


def _function_at_fault(
    exercise: Exercise,
    started: Started,
    references: ReferenceTraces,
    comparison: Comparison,
    judged: tuple[str, ...],
) -> Finding | None:
    """The learner's sigmoid or slope function, when it explains the dataflow's finding (`roles.py`):
    only then is the program run a second time, up to its training loop, to call its functions."""
    finding = comparison.finding
    concept = suspect(exercise, finding, judged) if finding is not None else None
    if finding is None or concept is None or comparison.site is None:
        return None
    probes = probe_run(started.path, comparison.site, started.limits)
    return blame_function(exercise, concept, finding, references.exact, probes, comparison.evidence)


def _zoomed(
    exercise: Exercise, started: Started, learner: Trace, comparison: Comparison, cache: Path | None
) -> Finding | None:
    """A difference that began somewhere between two checkpoints, named at its iteration (one more run)."""
    if comparison.window is None:
        return None
    return zoom_in(exercise, comparison, learner, started.path, started.cpu, started.limits, cache)


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
    if not probes_functions(exercise):  # the reference's functions are probed too, to explain a failing run
        return _prints(exercise, learner, references, ())
    functions, verified = compare_functions(exercise, references.exact, learner)
    if functions is not None:
        return functions, verified, []
    return _prints(exercise, learner, references, verified)


def _printed_concept(exercise: Exercise, mismatch: Mismatch) -> str | None:
    """The concept a wrong print is blamed on: the one whose reference code prints that line; in a
    function exercise, the function the reference names just above the figure ("Derivative:")."""
    if probes_functions(exercise) and not mismatch.is_text and mismatch.heading in function_concepts(exercise):
        return mismatch.heading
    return printing_concept(exercise, mismatch.line)


def _prints(
    exercise: Exercise, learner: Trace, references: ReferenceTraces, verified: tuple[str, ...]
) -> tuple[Finding | None, tuple[str, ...], list[str]]:
    if probes_functions(exercise) and not learner.stdout.strip():
        return None, verified, []  # the functions alone are the exercise; demo prints are optional
    printed = compare_output(references.exact.stdout, references.perturbed.stdout, learner.stdout)
    if printed.mismatch is not None:
        return Finding(_printed_concept(exercise, printed.mismatch), printed.mismatch.message), verified, []
    notes = [f"your program also prints {printed.extra_figures} figure(s) the reference does not; that is fine"]
    return None, verified, notes if printed.extra_figures else []
