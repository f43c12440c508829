"""What a run sends back, read with a byte cap and decoded strictly.

The channel is a pipe the program itself holds, so anything may arrive on it:
a flood, a deflate bomb, a crafted .npz whose arrays claim billions of items, a
header of the wrong shape. Reading stops past `MAX_BYTES`; every zip member's
declared size and every array's declared shape is checked against the caps
before anything is decompressed or allocated; every header field is checked
against the runner's schema. Anything else is a `Damaged` payload, which the
sandbox reports as a failed run, never a traceback or a memory blow-up.
"""

from __future__ import annotations

import io
import json
import math
import os
import struct
import zipfile
import zlib
from typing import Any

import numpy as np

MAX_BYTES = 32 * 1024 * 1024  # the largest full run of a reference sends 1.3 MB
MAX_MEMBERS = 50_000  # about 3,000 arrays in that run
MAX_DECODED = 64 * 1024 * 1024  # all arrays together, as declared
MAX_HEADER = 8 * 1024 * 1024  # the cached reference traces keep their stdout here (4 MB at most)
MAX_DETAIL = 4000  # characters of an error message kept
MAX_LOOPS = 100_000
RUNNER_STATUSES = frozenset({"finished", "exited", "error", "memory", "needs-full"})
LOOP_KEYS = frozenset({"id", "length", "walked"})
HEADER = "__header__"
UNREADABLE = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    OSError,
    EOFError,
    NotImplementedError,
    ValueError,
    RuntimeError,  # an encrypted member
    struct.error,
    zlib.error,
    IndexError,
    KeyError,
    OverflowError,
    UnicodeDecodeError,
)

Snapshots = dict[str, dict[str, np.ndarray]]


class Damaged(ValueError):
    """The payload is not something the runner sends."""


def read_capped(fd: int, cap: int = MAX_BYTES) -> tuple[bytes, bool]:
    """Everything on `fd` up to `cap` bytes, and whether there was more (then reading stops)."""
    chunks: list[bytes] = []
    size = 0
    with os.fdopen(fd, "rb", buffering=0) as pipe:
        while size <= cap:
            chunk = pipe.read(min(1 << 20, cap + 1 - size))
            if not chunk:
                return b"".join(chunks), False
            chunks.append(chunk)
            size += len(chunk)
    return b"", True  # closing our end makes the writer fail instead of waiting for us


def _count(value: object, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= high


def _loop(entry: object) -> dict[str, Any]:
    if not (isinstance(entry, dict) and set(entry) == LOOP_KEYS):
        raise Damaged("a loop record has the wrong fields")
    if not (_count(entry["id"], 10**9) and _count(entry["walked"], 10**12)):
        raise Damaged("a loop record has a bad id or count")
    if entry["length"] is not None and not _count(entry["length"], 10**12):
        raise Damaged("a loop record has a bad length")
    return entry


def check_header(header: object, with_stdout: bool) -> dict[str, Any]:
    """The header's every field, as the runner (or the reference cache) writes it."""
    expected = {"status", "detail", "loops"} | ({"stdout"} if with_stdout else set())
    if not (isinstance(header, dict) and set(header) == expected):
        raise Damaged("the header has the wrong fields")
    if header["status"] not in RUNNER_STATUSES or not isinstance(header["detail"], str):
        raise Damaged("the header has a bad status")
    if with_stdout and not isinstance(header["stdout"], str):
        raise Damaged("the header has a bad stdout")
    loops = header["loops"]
    if not (isinstance(loops, list) and len(loops) <= MAX_LOOPS):
        raise Damaged("the header has a bad list of loops")
    header["loops"] = [_loop(entry) for entry in loops]
    header["detail"] = header["detail"][:MAX_DETAIL]
    return header


def _snapshot_key(name: str) -> tuple[str, str]:
    parts = name.split("/")
    if len(parts) != 3 or not parts[0].isdigit() or not (parts[1].isdigit() or parts[1] == "end"):
        raise Damaged(f"an array is named {name[:60]!r}")
    if not parts[2].isidentifier():
        raise Damaged(f"an array is named {name[:60]!r}")
    return f"{parts[0]}/{parts[1]}", parts[2]


def _array(data: bytes, kinds: str) -> np.ndarray:
    """One .npy file, its declared shape checked against its actual bytes before any allocation."""
    stream = io.BytesIO(data)
    try:
        version = np.lib.format.read_magic(stream)
        if version == (1, 0):
            shape, fortran, dtype = np.lib.format.read_array_header_1_0(stream)
        elif version == (2, 0):
            shape, fortran, dtype = np.lib.format.read_array_header_2_0(stream)
        else:
            raise Damaged("an array has an unknown format")
    except (ValueError, SyntaxError, TypeError) as error:
        raise Damaged(f"an array's header is unreadable ({error})") from None
    if dtype.hasobject or dtype.kind not in kinds or dtype.itemsize > 8 or len(shape) > 8:
        raise Damaged(f"an array has type {dtype} and {len(shape)} dimensions")
    if not all(_count(d, MAX_DECODED) for d in shape):
        raise Damaged("an array has a bad shape")
    offset = stream.tell()
    if math.prod(shape) * dtype.itemsize != len(data) - offset:
        raise Damaged("an array's shape does not match its data")
    flat = np.frombuffer(data, dtype=dtype, offset=offset)
    return flat.reshape(shape, order="F" if fortran else "C").copy()


def decode(payload: bytes, with_stdout: bool = False) -> tuple[dict[str, Any], Snapshots]:
    """Header and snapshots ("loop/position" -> {name: array}) of one payload."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(payload))
        members = archive.infolist()
        if len(members) > MAX_MEMBERS or len({m.filename for m in members}) != len(members):
            raise Damaged("too many or repeated arrays")
        if sum(m.file_size for m in members) > MAX_DECODED:
            raise Damaged("its arrays declare more than the grader reads")
        if any(m.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) for m in members):
            raise Damaged("an array is compressed in an unknown way")
        header: dict[str, Any] | None = None
        snapshots: Snapshots = {}
        for member in members:
            if not member.filename.endswith(".npy"):
                raise Damaged(f"an entry is named {member.filename[:60]!r}")
            with archive.open(member) as stream:  # stops at the declared size, whatever the data expands to
                data = stream.read(member.file_size + 1)
            if len(data) != member.file_size:
                raise Damaged("an array is not the size it declares")
            name = member.filename[: -len(".npy")]
            if name == HEADER:
                header = _header(_array(data, "u"), with_stdout)
            else:
                key, variable = _snapshot_key(name)
                snapshots.setdefault(key, {})[variable] = _array(data, "biuf")
    except Damaged:
        raise
    except UNREADABLE as error:  # zipfile's own errors on a crafted archive are of many kinds
        raise Damaged(f"not a readable archive ({type(error).__name__}: {error})") from None
    if header is None:
        raise Damaged("it has no header")
    return header, snapshots


def _header(raw: np.ndarray, with_stdout: bool) -> dict[str, Any]:
    if raw.dtype != np.uint8 or raw.ndim != 1 or raw.size > MAX_HEADER:
        raise Damaged("the header is not a short byte string")
    try:
        header = json.loads(raw.tobytes().decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise Damaged("the header is not JSON") from None
    return check_header(header, with_stdout)
