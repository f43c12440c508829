"""Atomic file writes: a reader never sees half a file, a kill never leaves one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def replace_file(path: Path, payload: bytes) -> None:
    """Write `payload` to `path` via a rename in the same folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, payload: bytes) -> bool:
    """Like `replace_file`, for caches: False (never an error) if it cannot."""
    try:
        replace_file(path, payload)
        return True
    except OSError:
        return False
