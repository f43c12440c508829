"""Where the shipped data lives: the reference programs and the catalog.

In an installed wheel they sit inside the package (`trainer/_data/`); in a source
checkout they sit at the repository's top level. Both layouts are looked up here
and nowhere else.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # trainer/


@cache
def data_dir(name: str) -> Path:
    """The folder `name` ("reference" or "exercises") of the shipped data."""
    for candidate in (_PACKAGE_DIR / "_data" / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"rebuild's {name}/ folder is missing from the installation; reinstall with `pip install rebuild`."
    )
