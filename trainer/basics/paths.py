"""Where rebuild keeps its files: `REBUILD_HOME` if set, else the user folders."""

from __future__ import annotations

import os
from pathlib import Path

APP = "rebuild"


def state_dir() -> Path:
    override = os.environ.get("REBUILD_HOME")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP, appauthor=False)


def cache_dir() -> Path:
    """Skeletons and reference traces: derived data, safe to delete or to share
    between learners on one machine (`REBUILD_CACHE`)."""
    shared = os.environ.get("REBUILD_CACHE")
    if shared:
        return Path(shared).expanduser()
    override = os.environ.get("REBUILD_HOME")
    if override:
        return Path(override).expanduser() / "cache"
    from platformdirs import user_cache_path

    return user_cache_path(APP, appauthor=False)
