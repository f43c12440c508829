"""What a run of the runner produced, read from its channel with fixed caps.

The runner streams frames (see `runner.py`): loop instances entered and left,
snapshots of every number reachable at checkpoints, probe results, and a final
`done`. They are parsed here, strictly: a frame that is too large, malformed,
or of an unknown kind ends the run as `crashed`, never as a traceback or a
memory blow-up. A program can write into the channel; what it writes is then
judged like any other output it produces.
"""

from __future__ import annotations

import json
import math
import struct
from dataclasses import dataclass, field
from typing import Any

import numpy as np

MAX_CHANNEL_BYTES = 64 * 1024 * 1024
MAX_HEADER_BYTES = 256 * 1024
MAX_BLOB_BYTES = 8 * 1024 * 1024
MAX_ARRAY_SIZE = 100_000
END = "end"
KINDS = ("enter", "snap", "leave", "probe", "crash", "done")


class ChannelError(ValueError):
    """The channel carried something the runner never sends."""


@dataclass
class Instance:
    """One loop instance: a loop site entered once more."""

    seq: int
    site: int
    instance: int
    parent: int
    line: int
    declared: int | None
    count: int | None = None  # iterations run, once it has ended
    snaps: dict[int | str, dict[str, np.ndarray]] = field(default_factory=dict)


@dataclass
class Trace:
    """One run: how it ended, what it printed, its loops and their snapshots."""

    status: str = "running"  # finished | exited | error | memory | cpu | crashed | output | stopped
    detail: str = ""
    stdout: str = ""
    instances: dict[int, Instance] = field(default_factory=dict)
    sites: dict[int, tuple[int, int]] = field(default_factory=dict)  # site -> (instances, iterations)
    probes: dict[str, np.ndarray] = field(default_factory=dict)
    crash: dict[str, np.ndarray] = field(default_factory=dict)  # what the frame that raised an error held
    cpu: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status == "finished"


@dataclass
class FrameReader:
    """Incremental parser: feed bytes as they arrive, get frames applied to a trace."""

    trace: Trace
    pending: bytearray = field(default_factory=bytearray)
    total: int = 0

    def feed(self, data: bytes) -> list[dict[str, Any]]:
        self.total += len(data)
        if self.total > MAX_CHANNEL_BYTES:
            raise ChannelError(f"it sent more than {MAX_CHANNEL_BYTES // (1024 * 1024)} MB of results")
        self.pending += data
        frames = []
        while len(self.pending) >= 8:
            header_size, blob_size = struct.unpack(">II", self.pending[:8])
            if header_size > MAX_HEADER_BYTES or blob_size > MAX_BLOB_BYTES:
                raise ChannelError("a result frame was too large")
            end = 8 + header_size + blob_size
            if len(self.pending) < end:
                break
            header = _header(bytes(self.pending[8 : 8 + header_size]))
            blob = bytes(self.pending[8 + header_size : end])
            del self.pending[:end]
            apply(self.trace, header, _arrays(header, blob))
            frames.append(header)
        return frames


def _header(raw: bytes) -> dict[str, Any]:
    try:
        header = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ChannelError("a result frame was not valid JSON") from None
    if not isinstance(header, dict) or header.get("kind") not in KINDS:
        raise ChannelError("a result frame was of an unknown kind")
    return header


def _arrays(header: dict[str, Any], blob: bytes) -> dict[str, np.ndarray]:
    described = header.get("arrays", [])
    if not isinstance(described, list):
        raise ChannelError("a result frame described its arrays wrongly")
    arrays: dict[str, np.ndarray] = {}
    for entry in described:
        if not (isinstance(entry, list) and len(entry) == 3 and isinstance(entry[0], str)):
            raise ChannelError("a result frame described an array wrongly")
        name, shape, offset = entry
        if not (isinstance(shape, list) and all(_count(d) for d in shape) and _count(offset)):
            raise ChannelError("a result frame gave an array a bad shape")
        size = math.prod(shape)
        if size > MAX_ARRAY_SIZE or offset + 8 * size > len(blob):
            raise ChannelError("a result frame's array does not fit its data")
        arrays[name] = np.frombuffer(blob, dtype=np.float64, count=size, offset=offset).reshape(shape)
    return arrays


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_CHANNEL_BYTES


def _int(header: dict[str, Any], key: str, optional: bool = False) -> Any:
    value = header.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or abs(value) > 10**12:
        raise ChannelError(f"a result frame's {key!r} was not a number")
    return value


def apply(trace: Trace, header: dict[str, Any], arrays: dict[str, np.ndarray]) -> None:
    """Record one frame in the trace."""
    kind = header["kind"]
    if kind == "enter":
        seq = _int(header, "seq")
        trace.instances[seq] = Instance(
            seq,
            _int(header, "site"),
            _int(header, "instance"),
            _int(header, "parent"),
            _int(header, "line"),
            _int(header, "declared", optional=True),
        )
    elif kind == "snap":
        at = header.get("at")
        if not (at == END or (isinstance(at, int) and not isinstance(at, bool) and at >= 0)):
            raise ChannelError("a snapshot frame had no iteration")
        _instance(trace, header).snaps[at] = arrays
    elif kind == "leave":
        _instance(trace, header).count = _int(header, "count")
    elif kind == "probe":
        trace.probes.update(arrays)
    elif kind == "crash":
        trace.crash = arrays
    else:
        _done(trace, header)


def _instance(trace: Trace, header: dict[str, Any]) -> Instance:
    instance = trace.instances.get(_int(header, "seq"))
    if instance is None:
        raise ChannelError("a frame named a loop that never started")
    return instance


def _done(trace: Trace, header: dict[str, Any]) -> None:
    status, detail, sites = header.get("status"), header.get("detail"), header.get("sites")
    if status not in ("finished", "exited", "error", "memory") or not isinstance(detail, str):
        raise ChannelError("the final frame was malformed")
    if not isinstance(sites, dict):
        raise ChannelError("the final frame was malformed")
    for site, counts in sites.items():
        if not (site.isdigit() and isinstance(counts, list) and len(counts) == 2 and all(map(_count, counts))):
            raise ChannelError("the final frame's loop counts were malformed")
        trace.sites[int(site)] = (counts[0], counts[1])
    trace.status, trace.detail = status, detail


def same_run(one: Trace, other: Trace) -> bool:
    """Did two runs compute exactly the same: output, loops, every snapshot and probe?"""
    if (one.status, one.stdout) != (other.status, other.stdout):
        return False
    first, second = _snapshots(one), _snapshots(other)
    if first.keys() != second.keys() or one.probes.keys() != other.probes.keys():
        return False
    return all(_equal(first[k], second[k]) for k in first) and _equal(one.probes, other.probes)


def _snapshots(trace: Trace) -> dict[tuple[int, int | str], dict[str, np.ndarray]]:
    return {(i.seq, at): snap for i in trace.instances.values() for at, snap in i.snaps.items()}


def _equal(one: dict[str, np.ndarray], other: dict[str, np.ndarray]) -> bool:
    return one.keys() == other.keys() and all(np.array_equal(v, other[k], equal_nan=True) for k, v in one.items())
