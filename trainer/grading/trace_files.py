"""The cached reference traces' files: their names and headers, read without numpy.

A check reads the reference's CPU time from its cached trace before it starts
the learner's program (the learner's CPU allowance is a multiple of it), and
that start comes before numpy is loaded (`launch.py`). The rest of a cached
trace is decoded by `reference_traces.py`.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from trainer.exercises.catalog import Exercise
from trainer.grading.launch import RUNNER

MAGIC = b"rebuild-trace-2\n"


def probes_functions(exercise: Exercise) -> bool:
    """A function exercise (no weights to train) is graded on its functions' behaviour."""
    return not exercise.state


def trace_name(exercise: Exercise, perturbed: bool) -> str:
    """Named by everything the trace depends on: the reference, the runner, the perturbation."""
    digest = hashlib.sha256()
    for part in (exercise.reference_source(), RUNNER.read_text(encoding="utf-8"), str(perturbed)):
        digest.update(part.encode())
    return f"{exercise.id}-{digest.hexdigest()[:24]}.trace"


def read_meta(payload: bytes) -> dict[str, object]:
    """The JSON header of a cached trace (its status, output and CPU time)."""
    body = payload[len(MAGIC) + 65 :]
    size = int.from_bytes(body[:8], "big")
    meta = json.loads(body[8 : 8 + size])
    if not isinstance(meta, dict):
        raise ValueError("not a trace")
    return meta


def cached_cpu(exercise: Exercise, cache: Path | None) -> float | None:
    """The CPU seconds the reference took, if its trace is cached (read without checking it whole)."""
    path = cache / "traces" / trace_name(exercise, False) if cache else None
    try:
        with open(path, "rb") as f:  # type: ignore[arg-type]
            cpu = read_meta(f.read(1 << 20))["cpu"]
        return float(cpu) if isinstance(cpu, (int, float)) else None
    except (OSError, TypeError, ValueError, KeyError):
        return None
