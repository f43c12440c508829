"""The reference programs' traces, run once and cached on disk.

Each mode ("sampled", "full") has two traces: the reference as shipped, and the
reference with every exp/tanh one ulp off. Their difference measures how much
rounding alone moves each figure (tiny in calm regimes, large in chaotic ones),
which sets the tolerance band for a learner's program.
"""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from trainer.basics.atomic import write_atomic
from trainer.exercises.catalog import Exercise
from trainer.grading.sandbox import RUNNER, Limits, Trace, run_program, trace_from_bytes, trace_to_bytes

REFERENCE_LIMITS = Limits(timeout=120.0)


@dataclass(frozen=True)
class ReferenceTraces:
    exact: Trace
    perturbed: Trace


def _key(exercise: Exercise, mode: str, perturbed: bool) -> str:
    digest = hashlib.sha256()
    for part in (exercise.reference_source(), RUNNER.read_text(encoding="utf-8"), mode, str(perturbed)):
        digest.update(part.encode())
    return f"{exercise.id}-{mode}-{digest.hexdigest()[:24]}.npz"


def _cached_run(exercise: Exercise, mode: str, perturbed: bool, cache: Path | None) -> Trace:
    path = cache / "traces" / _key(exercise, mode, perturbed) if cache else None
    if path is not None and path.is_file():
        try:
            return trace_from_bytes(path.read_bytes())
        except (OSError, ValueError, KeyError):
            pass  # a damaged cache entry is simply computed again
    trace = run_program(exercise.reference_path, mode, REFERENCE_LIMITS, perturb=perturbed)
    if path is not None and trace.ok:
        write_atomic(path, trace_to_bytes(trace))
    return trace


def reference_traces(exercise: Exercise, mode: str, cache: Path | None) -> ReferenceTraces:
    with ThreadPoolExecutor(max_workers=2) as pool:
        exact = pool.submit(_cached_run, exercise, mode, False, cache)
        perturbed = pool.submit(_cached_run, exercise, mode, True, cache)
        return ReferenceTraces(exact.result(), perturbed.result())
