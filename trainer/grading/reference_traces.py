"""The reference programs' traces, run once and cached on disk.

Each exercise has two traces: the reference as shipped, and the reference with
every exp/tanh one ulp off (and a sigmoid below one ulp of 1 rounded to 0, as
other ways of writing it do: `runner._perturb_numpy`). Their difference
measures how much rounding alone moves each figure (tiny in calm regimes,
large in chaotic ones), which sets the tolerance band for a learner's program.

The references run confined like any program, each in a run of its own that
the learner's program cannot reach (`confine.py`). A cache entry is the
runner's channel bytes with the run's outcome, under a SHA-256 checksum. An
entry that fails its checksum, or a reference run that does not finish, is the
trainer's fault: exit code 2 with a clear message, never a verdict.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from trainer.basics.atomic import write_atomic
from trainer.basics.errors import RebuildError
from trainer.exercises.catalog import Exercise
from trainer.grading.channel import ChannelError, FrameReader, Trace
from trainer.grading.functions import function_concepts
from trainer.grading.sandbox import Limits, run_program, run_window
from trainer.grading.trace_files import MAGIC, read_meta, trace_name

REFERENCE_CPU_SECONDS = 600.0


class ReferenceFailed(RebuildError):
    """A reference program did not run to its end: the installation is damaged."""


@dataclass(frozen=True)
class ReferenceTraces:
    exact: Trace
    perturbed: Trace


def has_functions(exercise: Exercise) -> bool:
    """Concepts whose code is a function: the reference's are probed after its run, so that a learner's
    function can be compared with them when a training run differs (`roles.py`)."""
    return bool(function_concepts(exercise))


def encode(trace: Trace, raw: bytes) -> bytes:
    meta = json.dumps({"status": trace.status, "detail": trace.detail, "stdout": trace.stdout, "cpu": trace.cpu})
    body = len(meta.encode()).to_bytes(8, "big") + meta.encode() + raw
    return MAGIC + hashlib.sha256(body).hexdigest().encode() + b"\n" + body


def decode(payload: bytes, statuses: tuple[str, ...] = ("finished",)) -> Trace:
    """A cached trace, or ValueError if it is not exactly what was written."""
    if not payload.startswith(MAGIC):
        raise ValueError("not a trace")
    checksum, body = payload[len(MAGIC) : len(MAGIC) + 64], payload[len(MAGIC) + 65 :]
    if hashlib.sha256(body).hexdigest().encode() != checksum:
        raise ValueError("checksum mismatch")
    size = int.from_bytes(body[:8], "big")
    meta = read_meta(payload)
    trace = Trace()
    try:
        FrameReader(trace).feed(body[8 + size :])
    except ChannelError as error:
        raise ValueError(str(error)) from None
    status, detail, stdout, cpu = meta["status"], meta["detail"], meta["stdout"], meta["cpu"]
    if status not in statuses or not isinstance(detail, str) or not isinstance(stdout, str):
        raise ValueError("not a finished run")
    if not isinstance(cpu, (int, float)):
        raise ValueError("no CPU time")
    trace.status, trace.detail, trace.stdout, trace.cpu = status, detail, stdout, float(cpu)
    return trace


def _run(exercise: Exercise, perturbed: bool, cache: Path | None) -> Trace:
    path = cache / "traces" / trace_name(exercise, perturbed) if cache else None
    if path is not None and path.is_file():
        try:
            return decode(path.read_bytes())
        except (OSError, ValueError, KeyError, TypeError):
            raise ReferenceFailed(
                f"The cached reference trace {path} is damaged (its checksum or contents do not match): nothing "
                f"was graded or recorded. Delete the folder {path.parent} (it is computed again) and check again."
            ) from None
    raw = bytearray()
    trace = run_program(
        exercise.reference_path,
        REFERENCE_CPU_SECONDS,
        Limits(),
        perturb=perturbed,
        probe=has_functions(exercise),
        raw=raw,
    )
    if not trace.ok:
        raise ReferenceFailed(
            f"The reference program of {exercise.id} did not run to its end ({trace.status}: {trace.detail}), so "
            "nothing can be graded against it. Reinstall rebuild (`pip install --force-reinstall rebuild`)."
        )
    if path is not None:
        write_atomic(path, encode(trace, bytes(raw)))
    return trace


def reference_traces(exercise: Exercise, cache: Path | None) -> ReferenceTraces:
    with ThreadPoolExecutor(max_workers=2) as pool:
        exact = pool.submit(_run, exercise, False, cache)
        perturbed = pool.submit(_run, exercise, True, cache)
        return ReferenceTraces(exact.result(), perturbed.result())


def zoomed_reference(
    exercise: Exercise, perturbed: bool, zoom: tuple[int, int, int], cache: Path | None
) -> Trace | None:
    """The reference run again with every iteration of one window snapshotted
    (`run_window`), cached like its traces; None if it did not reach the window's end.
    A damaged entry is computed again: a zoom only sharpens a verdict, it never stops one."""
    name = trace_name(exercise, perturbed).replace(".trace", "-zoom-{}-{}-{}.trace".format(*zoom))
    path = cache / "traces" / name if cache else None
    if path is not None and path.is_file():
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            return decode(path.read_bytes(), ("stopped",))
    raw = bytearray()
    trace = run_window(exercise.reference_path, REFERENCE_CPU_SECONDS, Limits(), zoom, perturb=perturbed, raw=raw)
    if trace.status != "stopped":
        return None
    if path is not None:
        write_atomic(path, encode(trace, bytes(raw)))
    return trace
