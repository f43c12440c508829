"""What a confined run may reach: the paths Python and numpy need, and no others.

The grants are computed in the grader, once per process, from what is known to
be needed rather than from guesses: the interpreter and the folders of the
shared libraries the grader itself has mapped (numpy's included, read from
/proc/self/maps), the standard library and the installed packages, numpy's own
folders, a few files of /etc and /dev. Each
run adds the runner, the learner's file (read only) and its scratch folder
(read and write). Nothing else exists for the program: not the reference
programs or the catalog, not the progress database or its backups, not the
cache of reference traces, not the learner's other files.

A grant on a folder covers everything beneath it, with no exceptions, so a
folder that holds something forbidden (a site-packages holding the trainer, a
prefix holding that site-packages) is granted entry by entry around it. The
fewer the grants, the faster a run starts: in a virtual environment with the
trainer installed elsewhere they are about thirty.
"""

from __future__ import annotations

import importlib.util
import os
import site
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from trainer.grading import landlock as ll

DEVICES = (("/dev/null", ll.READ_FILE | ll.WRITE_FILE), ("/dev/urandom", ll.READ_FILE), ("/dev/zero", ll.READ_FILE))
ETC = ("/etc/ld.so.cache", "/etc/ld.so.preload", "/etc/localtime", "/etc/timezone", "/usr/share/zoneinfo")
LOCALES = ("/usr/lib/locale",)


def _real(path: str | Path) -> str:
    return os.path.realpath(path)


def _beneath(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def _package_folders() -> set[str]:
    """Every folder of installed packages we know of: listed by imports, read around the trainer."""
    prefixes = [sys.prefix, sys.exec_prefix, sys.base_prefix, sys.base_exec_prefix]
    found = set(site.getsitepackages(prefixes)) | {site.getusersitepackages()}
    found |= {p for p in sys.path if p.endswith(("site-packages", "dist-packages"))}
    found |= {"/usr/lib/python3/dist-packages", "/usr/local/lib/python3/dist-packages"}
    return {_real(p) for p in found if os.path.isdir(p)}


def _mapped_files() -> list[str]:
    """The files this process has mapped: its interpreter and every shared library."""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            paths = {line.split(None, 5)[5].strip() for line in maps if len(line.split(None, 5)) == 6}
    except OSError:
        return []
    return sorted(p for p in paths if p.startswith("/") and os.path.isfile(p))


def _standard_library() -> set[str]:
    """Where the standard library's modules and extensions are (as sysconfig's stdlib and
    platstdlib say, without loading its configuration, a tenth of a check's start)."""
    return {os.path.dirname(os.__file__)} | {os.path.dirname(p) for p in sys.path if p.endswith("lib-dynload")}


def _numpy_folders() -> list[str]:
    # found, not imported: a check starts the learner's program before it loads numpy
    spec = importlib.util.find_spec("numpy")
    if spec is None or not spec.submodule_search_locations:
        return []
    package = Path(next(iter(spec.submodule_search_locations))).resolve()
    libs = package.parent / "numpy.libs"  # the wheel's bundled OpenBLAS
    return [str(p) for p in (package, libs) if p.is_dir()]


def grant_around(folder: str, forbidden: Iterable[str], rights: int) -> list[tuple[str, int]]:
    """`folder` with `rights`, except the forbidden paths beneath it (granted entry by entry
    around them; the folders on the way can only be listed)."""
    folder = _real(folder)
    inside = [f for f in forbidden if _beneath(f, folder)]
    if folder in inside:
        return []
    if not inside:
        return [(folder, rights)]
    grants: list[tuple[str, int]] = [(folder, ll.READ_DIR)]  # listing only: imports look names up in it
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return []
    for entry in entries:
        real = _real(entry.path) if entry.is_symlink() else entry.path  # the folder itself is already real
        if any(_beneath(real, f) for f in forbidden):
            continue
        grants += grant_around(real, inside, rights) if entry.is_dir() else [(real, rights)]
    return grants


@cache
def _common(forbidden: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    packages = _package_folders()
    # a folder of packages is granted whole as part of a library folder unless it holds the trainer
    closed = set(forbidden) | {p for p in packages if any(_beneath(f, p) for f in forbidden)}
    grants: list[tuple[str, int]] = [(_real(sys.executable), ll.RUN)]
    libraries = {str(Path(p).parent) for p in _mapped_files()}
    libraries |= {*_standard_library(), *LOCALES}
    for folder in sorted(f for f in libraries if os.path.isdir(f)):
        if not any(_beneath(_real(folder), p) for p in packages):
            grants += grant_around(folder, closed, ll.RUN)
    grants += [(p, ll.READ_DIR) for p in sorted(packages)]  # listing only: imports look names up in them
    grants += [(p, ll.RUN) for p in _numpy_folders()]
    grants += [(str(Path(sys.prefix) / "pyvenv.cfg"), ll.READ_FILE)]
    grants += [(p, ll.READ) for p in ETC] + list(DEVICES)
    return tuple(dict.fromkeys(grants))


def grants(program: Path, runner: Path, scratch: Path, forbidden: Iterable[str]) -> tuple[tuple[str, int], ...]:
    """Everything one run may reach; `forbidden` paths are never beneath a grant."""
    closed = tuple(sorted({_real(f) for f in forbidden}))
    own = ((str(scratch), ll.WRITE), ("/proc/self", ll.READ))
    for path, rights in _common(closed) + own:
        if rights & ~ll.READ_DIR == 0:
            continue  # listing names reads no file: folders on the way to a forbidden one are listed
        hidden = [f for f in closed if _beneath(f, _real(path))]
        if hidden:  # a bug here would open the progress or the references to every program
            raise RuntimeError(f"confinement would expose {hidden[0]} through {path}")
    return _common(closed) + own + ((str(runner), ll.READ_FILE), (str(program), ll.READ_FILE))
