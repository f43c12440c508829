"""The reference programs' traces, run once and cached on disk.

Each mode ("sampled", "full") has two traces: the reference as shipped, and the
reference with every exp/tanh one ulp off. Their difference measures how much
rounding alone moves each figure (tiny in calm regimes, large in chaotic ones),
which sets the tolerance band for a learner's program.

The references run confined like any program, each in a run of its own that
the learner's program cannot reach (`confine.py`), and their traces are
trusted only once checked: a reference run that did not finish, left nothing
to compare (no output and no state, or loops without state), or a cache entry
whose checksum fails, is the trainer's fault and stops the check with exit
code 2, never a verdict.
"""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from trainer.basics.atomic import write_atomic
from trainer.basics.errors import RebuildError
from trainer.exercises.catalog import Exercise
from trainer.grading.results import MAX_BYTES, Damaged
from trainer.grading.sandbox import RUNNER, Limits, Trace, run_program, trace_from_bytes, trace_to_bytes

REFERENCE_LIMITS = Limits(timeout=120.0)
CACHE_FORMAT = "checksummed-1"  # part of every key: entries of another format are never read
DIGEST = hashlib.sha256().digest_size


class ReferenceUnusable(RebuildError):
    """The reference's trace cannot be trusted: nothing is graded."""


@dataclass(frozen=True)
class ReferenceTraces:
    exact: Trace
    perturbed: Trace


def _key(exercise: Exercise, mode: str, perturbed: bool) -> str:
    digest = hashlib.sha256()
    for part in (exercise.reference_source(), RUNNER.read_text(encoding="utf-8"), mode, str(perturbed), CACHE_FORMAT):
        digest.update(part.encode())
    return f"{exercise.id}-{mode}-{digest.hexdigest()[:24]}.npz"


def _checked(exercise: Exercise, mode: str, trace: Trace) -> Trace:
    """A reference trace fit to compare against, or ReferenceUnusable."""
    what = f"The reference run of {exercise.id} ({mode})"
    if not trace.ok:
        problem = f"did not finish ({trace.status}: {trace.detail})"
    elif not trace.stdout.strip() and not trace.snapshots:
        problem = "produced nothing to compare against (no output, no state)"
    elif trace.loops and not trace.snapshots:
        problem = "recorded no state in its training loops"
    else:
        return trace
    raise ReferenceUnusable(
        f"{what} {problem}. This is the trainer's fault, not your program's: nothing was graded or recorded. "
        "Check again (on a very busy machine the reference may run out of time); if it happens again, "
        "reinstall rebuild."
    )


def _read_entry(path: Path) -> bytes:
    with path.open("rb") as f:
        entry = f.read(DIGEST + MAX_BYTES + 1)
    digest, payload = entry[:DIGEST], entry[DIGEST:]
    if not 0 < len(payload) <= MAX_BYTES or hashlib.sha256(payload).digest() != digest:
        raise ReferenceUnusable(
            f"The cached reference trace {path} is damaged (its checksum does not match): nothing was graded. "
            f"Delete the folder {path.parent} (it is computed again on the next check) and check again."
        )
    return payload


def _cached_run(exercise: Exercise, mode: str, perturbed: bool, cache: Path | None) -> Trace:
    path = cache / "traces" / _key(exercise, mode, perturbed) if cache else None
    if path is not None and path.is_file():
        payload = _read_entry(path)
        try:
            return _checked(exercise, mode, trace_from_bytes(payload))
        except Damaged as error:
            raise ReferenceUnusable(
                f"The cached reference trace {path} is unreadable ({error}): nothing was graded. "
                f"Delete the folder {path.parent} and check again."
            ) from None
    trace = _checked(exercise, mode, run_program(exercise.reference_path, mode, REFERENCE_LIMITS, perturb=perturbed))
    if path is not None:
        payload = trace_to_bytes(trace)
        write_atomic(path, hashlib.sha256(payload).digest() + payload)
    return trace


def reference_traces(exercise: Exercise, mode: str, cache: Path | None) -> ReferenceTraces:
    with ThreadPoolExecutor(max_workers=2) as pool:
        exact = pool.submit(_cached_run, exercise, mode, False, cache)
        perturbed = pool.submit(_cached_run, exercise, mode, True, cache)
        return ReferenceTraces(exact.result(), perturbed.result())
