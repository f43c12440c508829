from __future__ import annotations

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


@pytest.fixture(scope="session")
def reference_outputs() -> dict[str, str]:
    """Every reference program's stdout, run once per session, two at a time."""
    programs = sorted(REFERENCE_DIR.glob("*.py"))
    with ThreadPoolExecutor(max_workers=2) as pool:
        outputs = list(pool.map(run_python, programs))
    return {p.stem: out for p, out in zip(programs, outputs)}
