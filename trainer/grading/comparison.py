"""The learner's run against the reference's, as it streams in.

Training runs are paired in order (the k-th training loop instance of each);
at every checkpoint both reached, every state array of the reference (its
weights, counts, accumulators) must have an equal in the learner's snapshot.
The first difference ends the comparison, and the run: a wrong program fails
as soon as it shows. A PASS needs the whole run: every checkpoint, the end of
every training run with the same number of iterations, and as many runs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from trainer.exercises.catalog import Exercise
from trainer.grading.channel import END, Instance, Trace
from trainer.grading.diagnosis import (
    Bands,
    Finding,
    Snapshot,
    explain_iteration,
    found,
    implied,
    initial_finding,
    iteration_label,
    missing_state,
    sign_finding,
    wrong_way,
)
from trainer.grading.numbers import band_between, output_band
from trainer.grading.rates import rate_finding, step_factor
from trainer.grading.reference_traces import ReferenceTraces
from trainer.grading.seeding import start_concept
from trainer.grading.training import (
    Classifier,
    changed,
    late_start,
    learner_weights,
    moving_state,
    reference_weights,
    turned_non_finite,
)


@dataclass(frozen=True)
class Window:
    """Where a training run's first difference lies between two checkpoints more
    than one iteration apart: what a zoom snapshots iteration by iteration."""

    index: int  # the training run
    learner: int  # its loop instance (seq) in the learner's run
    reference: int  # ... and in the reference's
    perturbed: int | None  # ... and in its run with every exp/tanh one ulp off
    start: int  # the last checkpoint that matched
    stop: int | str  # the first that did not (END: the run's end)
    count: int | None  # the reference run's iterations


def _before(at: int | str) -> int | None:
    """The checkpoint just before `at`, when checkpoints are one iteration apart there."""
    return at - 1 if isinstance(at, int) and at >= 1 and at <= 10 else None


class Comparison:
    def __init__(self, exercise: Exercise, references: Callable[[], ReferenceTraces]) -> None:
        self.exercise = exercise
        self._references = references
        self._lock = threading.Lock()
        self.finding: Finding | None = None
        self.failed = False  # the references could not be had (the grader raises why)
        self.done: set[tuple[int, int | str]] = set()
        self.good: dict[int, int | str] = {}  # training run -> last checkpoint that matched
        self.unkept: set[str] | None = None  # counters the learner keeps out of the loop (seen at its first snapshot)
        self.outputs_kept: dict[int, bool] = {}  # training run -> does the loop see its output or error arrays?
        self.window: Window | None = None  # where the difference found began, if checkpoints are far apart
        self.ready = False
        self.site: int | None = None  # the loop site of the training run that differs
        self.evidence: tuple[Snapshot, Snapshot] | None = None  # (reference's, learner's) snapshots where it does
        self.runs: list[Instance] = []  # the learner's training runs so far

    def _setup(self) -> None:
        refs = self._references()
        state = list(self.exercise.state)
        self.state = state
        self.reference = Classifier(reference_weights(state)).training(refs.exact) or []
        self.perturbed = Classifier(reference_weights(state)).training(refs.perturbed) or []
        first = self.reference[0] if self.reference else None
        moving = moving_state(refs.exact, first, state)
        self.moving = moving
        start = first.snaps.get(0, {}) if first else {}
        self.learner = Classifier(learner_weights(start, moving))
        self.ready = True

    def first_iteration(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """The reference's first training run before and after its first iteration (empty if unknown)."""
        first = self.reference[0] if self.ready and self.reference else None
        return (first.snaps.get(0, {}), first.snaps.get(1, {})) if first is not None else ({}, {})

    def on_frame(self, trace: Trace, frame: dict[str, Any]) -> bool:
        """Compare what has arrived; True once a difference is found (stop the run)."""
        with self._lock:
            if self.failed or self.finding is not None:
                return True
            if frame["kind"] in ("snap", "leave", "enter"):
                try:
                    if not self.ready:
                        self._setup()
                except Exception:  # the reference could not be had: the grader raises it, not this thread
                    self.failed = True
                    return True
                self.finding = self._compare(trace, final=False)
            return self.finding is not None

    def finish(self, trace: Trace) -> Finding | None:
        with self._lock:
            if not self.ready:
                self._setup()
            if self.finding is None:
                self.finding = self._compare(trace, final=True)
            return self.finding

    def _compare(self, trace: Trace, final: bool) -> Finding | None:
        if not self.reference:
            return None
        runs = self.learner.training(trace)
        if runs is None:
            return None
        self.runs = runs
        for index, run in enumerate(runs):
            finding = self._run(index, run)
            if finding is not None:
                return finding
        if final:
            return self._count(runs, trace)
        return None

    def _count(self, runs: list[Instance], trace: Trace) -> Finding | None:
        want = len(self.reference)
        if len(runs) == want:
            return None
        if not runs:
            return (
                self._other_start(trace)
                or self._non_finite(trace)
                or self._late_start(trace)
                or Finding(
                    "loop",
                    "no loop in your program trains the weights: none changes every weight at each of its first "
                    "iterations starting from the reference's initial weights"
                    + ("" if trace.instances else " (it has no loop at all)"),
                )
            )
        return Finding("loop", f"your program trains {len(runs)} time(s); the reference trains {want} times")

    def _non_finite(self, trace: Trace) -> Finding | None:
        """Weights that became NaN or infinite: said so, where, and no concept blamed (the
        division by zero or the overflow may be anywhere in the step)."""
        turned = turned_non_finite(trace.instances.values(), self.learner.weights)
        if turned is None:
            return None
        instance, before, at = turned
        when = f"in iteration {before:,}" if at == before + 1 else f"between iterations {before:,} and {at:,}"
        return Finding(
            None,
            f"your weights became NaN or infinite {when} of the loop on line {instance.line}: "
            "look for a division by zero (a counter that starts at 0?), a log or a square root of a "
            "negative number, or an overflow in the step that changes them",
        )

    def _late_start(self, trace: Trace) -> Finding | None:
        """A loop whose weights start changing one iteration late: the update uses a step
        not yet computed (the previous iteration's, or none) where the reference's uses this one's."""
        instance = late_start(trace.instances.values(), self.learner.weights)
        if instance is None:
            return None
        return Finding(
            "update",
            f"your loop on line {instance.line} leaves the weights unchanged in its first iteration and "
            "changes them from the second on; the reference changes every weight in iteration 0: apply each "
            "iteration's step after computing it, in the same iteration (is a step applied before it is computed?)",
        )

    def _other_start(self, trace: Trace) -> Finding | None:
        """No loop trains from the reference's initial weights: if the longest loop
        starts from other ones (another seed, order or shape), the start is what differs."""
        loops = [i for i in trace.instances.values() if 0 in i.snaps]
        if not self.reference or 0 not in self.reference[0].snaps or not loops:
            return None
        longest = max(loops, key=lambda i: i.count or 0)
        want, got = self.reference[0].snaps[0], longest.snaps[0]
        if self._drawn_inside(want, longest):
            return Finding(
                "loop",
                f"your loop on line {longest.line} has no weights when it starts: it draws them inside, at its "
                "first iteration. The grader follows each training run from the weights it starts with: draw "
                "them before the loop that trains them (with several runs: a loop over the runs, with the "
                "training loop inside it)",
            )
        wrong = missing_state(self.state, want, dict.fromkeys(want, 0.0), got)
        return self._start(0, [], wrong, want, got) if wrong else None

    def _drawn_inside(self, want: Snapshot, loop: Instance) -> bool:
        """Does `loop` start with none of the reference's initial weights, and hold all of
        them after its first iteration as the reference's first iteration leaves them?"""
        after, start = self.reference[0].snaps.get(1, {}), loop.snaps[0]
        names = [name for name in self.moving if name in want and name in after]
        return (
            bool(names)
            and 1 in loop.snaps
            and all(found(start, want[name], 0.0) is None for name in names)
            and all(found(loop.snaps[1], after[name], 0.0) is not None for name in names)
        )

    def _run(self, index: int, run: Instance) -> Finding | None:
        if index >= len(self.reference):
            return Finding(
                "loop", f"your program trains more than {len(self.reference)} time(s), as the reference does"
            )
        ref = self.reference[index]
        many = len(self.reference) > 1
        which = f" in training run {index + 1}" if many else ""
        if run.declared is not None and ref.count is not None and run.declared < ref.count:
            return Finding(
                "loop",
                f"your training loop is set to run {run.declared:,} iterations{which}; the reference runs {ref.count:,}",
            )
        for at in sorted((a for a in run.snaps if a != END), key=int) + ([END] if run.count is not None else []):
            if (index, at) in self.done or at not in ref.snaps:
                continue
            if at == END and run.count != ref.count and not self._idle_last(run, ref.count):
                return Finding(
                    "loop", f"your training loop{which} runs {run.count:,} iterations; the reference runs {ref.count:,}"
                )
            finding = self._checkpoint(index, run, ref, at)
            if finding is not None:
                self.site, self.evidence = run.site, (ref.snaps[at], run.snaps[at])
                return finding
            self.done.add((index, at))
            self.good[index] = at
        return None

    def _idle_last(self, run: Instance, count: int | None) -> bool:
        """Is the learner's one iteration more than the reference's one that changes no weight
        (`for j in itertools.count(): if j == N: break`)? Known where iteration N is a checkpoint."""
        last = run.snaps.get(count) if count is not None and run.count == count + 1 else None
        if last is None or END not in run.snaps:
            return False
        paths = [path for group in self.learner.weights(last) for path in group]
        return bool(paths) and not any(changed(last.get(p), run.snaps[END].get(p)) for p in paths)

    def _checkpoint(self, index: int, run: Instance, ref: Instance, at: int | str) -> Finding | None:
        want, got = ref.snaps[at], run.snaps[at]
        other = self.perturbed[index].snaps.get(at, {}) if index < len(self.perturbed) else {}
        bands = {name: band_between(value, other.get(name)) for name, value in want.items()}
        wrong = missing_state(self._kept(want, got), want, bands, got) or self._output_differs(
            index, at, want, bands, got
        )
        if wrong is None:
            return None
        if at == 0:
            return self._start(index, self.runs, wrong, want, got)
        previous = self.good.get(index)
        if isinstance(previous, int) and ((ref.count or 0) if at == END else int(at)) - previous > 1:
            twin = self.perturbed[index].seq if index < len(self.perturbed) else None
            self.window = Window(index, run.seq, ref.seq, twin, previous, at, ref.count)
        label = iteration_label(at, previous if isinstance(previous, int) else None, ref.count)
        before = ref.snaps.get(previous, {}) if previous is not None and previous == _before(at) else {}
        return self.explain(index, (before, want), bands, got, label, wrong)

    def explain(
        self,
        index: int,
        ref: tuple[Snapshot, Snapshot],
        bands: Bands,
        got: Snapshot,
        label: str,
        wrong: str,
        known: Finding | None = None,
    ) -> Finding:
        """What is wrong with training run `index` at iteration `label`: `ref` is the
        reference's state before it (empty if not known) and after it, `got` the
        learner's after it; `known`, what is wrong if already told otherwise."""
        before, want = ref
        finding = explain_iteration(self.exercise, want, bands, got, label, wrong)
        if known is not None:
            finding = Finding(known.concept, known.message, finding.verified)
        elif finding.concept == "update":
            finding = self._direction(finding, before, want, got, label)
            rate = self._rate(index, finding, (before, want), got, label)
            if rate is not None:
                return rate
        suffix = f" (training run {index + 1})" if len(self.reference) > 1 else ""
        verified = implied((*finding.verified, *self._start_verified(index)))
        return Finding(finding.concept, finding.message + suffix, verified)

    def _kept(self, want: dict[str, Any], got: dict[str, Any]) -> list[str]:
        """The state the learner's snapshots must hold: the weights always; a counter
        (say, direction counts) only if their first snapshot holds its start value. A
        learner may count afterwards, from a history of the updates: such counts are
        judged where the reference shows them, in what it prints."""
        if self.unkept is None:
            counters = [n for n in self.state if n not in self.moving and n in want]
            self.unkept = {n for n in counters if found(got, want[n], 0.0) is None}
        return [n for n in self.state if n not in self.unkept]

    def _start(
        self, index: int, runs: list[Instance], wrong: str, want: dict[str, Any], got: dict[str, Any]
    ) -> Finding:
        """The starting weights differ: the draws' fault or the seeding's (seeding.py)."""
        before = runs[index - 1] if 0 < index <= len(runs) else None
        previous = (before.snaps.get(0, {}), before.snaps.get(END, {})) if before is not None else None
        weights = [want[name] for name in self.moving if name in want]
        blame = start_concept(self.exercise, index, want[wrong], weights, got, previous)
        return initial_finding(self.exercise, index, wrong, want[wrong], got, len(self.reference), blame)

    def _output_differs(
        self, index: int, at: int | str, want: dict[str, Any], bands: dict[str, float | None], got: dict[str, Any]
    ) -> str | None:
        """Where chaos hides the weights (their bands are None), the network's
        output error, which stays comparable far longer, must still agree; or the
        output it is computed from (the targets are given), for a program that
        never keeps the error in an array of its own. A program that keeps neither
        where the loop can see them (a step function that returns only the mean
        error) is judged there by what it prints."""
        outputs = [n for c, n in self.exercise.dataflow if c == "forward"][-1:]
        names = [n for c, n in self.exercise.dataflow if c == "error"] or outputs
        if all(bands.get(name) is not None for name in self.state):
            if at == 1:  # this run's own first output: nothing chaotic yet, every band tight
                kept = [found(got, want[n], bands.get(n) or 0.0) for n in names + outputs if n in want]
                self.outputs_kept[index] = any(k is not None for k in kept)
            return None
        if not self.outputs_kept.get(index, True):
            return None
        for name in (n for n in names if n in want):
            band = output_band(want[name], bands.get(name))
            if found(got, want[name], band, scale_free=True) is None and not self._has(outputs, want, bands, got):
                return name
        return None

    @staticmethod
    def _has(names: list[str], want: dict[str, Any], bands: dict[str, float | None], got: dict[str, Any]) -> bool:
        """Does the learner have one of the reference's `names`, within the output's band?"""
        return any(found(got, want[n], output_band(want[n], bands.get(n))) is not None for n in names if n in want)

    def _direction(
        self, finding: Finding, before: dict[str, Any], want: dict[str, Any], got: dict[str, Any], label: str
    ) -> Finding:
        """An update that moves weights the wrong way: blamed on the update, or, when
        every weight does and a quantity upstream has its sign flipped, on that quantity."""
        reversed_ = wrong_way(self.moving, before, want, got)
        if not reversed_:
            return finding
        if finding.negated and len(reversed_) == len(self.moving):
            return sign_finding(self.exercise, finding.negated[0], label, finding.verified)
        return Finding(
            "update",
            f"your update moves {', '.join(reversed_)} the wrong way at iteration {label}: uphill, so the error "
            "grows (it adds the step where it should subtract it, or the reverse)",
            finding.verified,
        )

    def _rate(
        self, index: int, finding: Finding, ref: tuple[Snapshot, Snapshot], got: Snapshot, label: str
    ) -> Finding | None:
        """An update blamed whose steps are all the reference's times one factor: the learning rate."""
        before, want = ref
        if finding.concept != "update" or not before:
            return None
        factor = step_factor(self.moving, before, want, got)
        if factor is None:
            return None
        runs = [(r.snaps.get(0, {}), r.snaps.get(1, r.snaps.get(0, {}))) for r in self.reference]
        concept, message = rate_finding(self.exercise, factor, index, runs, got)
        verified = implied((*finding.verified, *self._start_verified(index)))
        return Finding(concept, f"at iteration {label}, {message}", tuple(c for c in verified if c != concept))

    def _start_verified(self, index: int) -> tuple[str, ...]:
        """A run that started from the reference's weights verifies how they were drawn."""
        return ("init", "reseed") if (index, 0) in self.done else ()
