from __future__ import annotations

import fcntl
import hashlib
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
REFERENCE_DIR = REPO / "reference"


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Reference traces and skeletons are pure functions of the shipped files:
    computed once and shared by every test (and every xdist worker)."""
    root = tmp_path_factory.getbasetemp().parent / "rebuild-shared-cache"
    root.mkdir(exist_ok=True)
    return root


@pytest.fixture(autouse=True)
def rebuild_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shared_cache: Path) -> Path:
    """No test touches the real home: all state goes to a fresh folder, with
    FSRS fuzzing off so that intervals are exact."""
    home = tmp_path / "rebuild-home"
    home.mkdir()
    (home / "config.toml").write_text("fuzz = false\n")
    monkeypatch.setenv("REBUILD_HOME", str(home))
    monkeypatch.setenv("REBUILD_CACHE", str(shared_cache))
    return home


def run_python(path: Path, timeout: float = 900) -> str:
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    done = subprocess.run(
        [sys.executable, str(path)], capture_output=True, text=True, timeout=timeout, env=env, check=True
    )
    return done.stdout


def _output_of(program: Path, folder: Path) -> str:
    """A reference's stdout, kept under the hash of its text so that the workers
    share one run of it (a worker that finds none runs it and writes it whole)."""
    kept = folder / f"{program.stem}-{hashlib.sha256(program.read_bytes()).hexdigest()[:16]}.out"
    with open(kept.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # the other worker waits for this run instead of repeating it
        if not kept.is_file():
            partial = kept.with_suffix(f".{os.getpid()}.tmp")
            partial.write_text(run_python(program))
            os.replace(partial, kept)
    return kept.read_text()


@pytest.fixture(scope="session")
def reference_outputs(shared_cache: Path) -> dict[str, str]:
    """Every reference program's stdout: run once for all the workers, two at a time."""
    programs = sorted(REFERENCE_DIR.glob("*.py"))
    folder = shared_cache / "reference-outputs"
    folder.mkdir(exist_ok=True)
    with ThreadPoolExecutor(max_workers=2) as pool:
        outputs = list(pool.map(lambda p: _output_of(p, folder), programs))
    return {p.stem: out for p, out in zip(programs, outputs)}


# Tests that run the article's longest networks whole: started first, so that the
# workers finish together instead of one of them waiting on a straggler at the end.
LONGEST = (
    "direction-changes",
    "hidden-size",
    "alpha-sweep",
    "test_from_statement",
    "passes_author_check",
    "test_blame_rules",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: not any(name in item.nodeid for name in LONGEST))  # stable: same order everywhere


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """One worker more than there are cores: each worker spends part of its time
    starting sandboxed programs and waiting on them, and the extra one fills those gaps."""
    return (os.cpu_count() or 1) + 1
