"""The code's own rules, enforced by the tools Python engineers use.

The architecture (`lint-imports`, contracts in pyproject.toml), lint and format
(`ruff`) and types (`mypy --strict` on the trainer) all run here, so the test
command fails as soon as one of them would.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
MAX_LINES = 400


def _run(*command: str) -> None:
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}"


@pytest.mark.parametrize(
    "command",
    [
        pytest.param([str(BIN / "lint-imports")], id="import-contracts"),
        pytest.param([sys.executable, "-m", "ruff", "check", "."], id="ruff-check"),
        pytest.param([sys.executable, "-m", "ruff", "format", "--check", "."], id="ruff-format"),
        pytest.param([sys.executable, "-m", "mypy", "--cache-dir", "/dev/null"], id="mypy-strict"),
    ],
)
def test_tool_passes(command: list[str]) -> None:
    _run(*command)


# The runner runs as a script inside the learner's process, confined to reading
# itself: it cannot import a sibling module, so it stays one (longer) file.
ONE_FILE_BY_NEED = {"trainer/grading/runner.py": 480}


def test_no_module_is_over_400_lines() -> None:
    long = {
        name: n
        for p in (REPO / "trainer").rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines()))
        > ONE_FILE_BY_NEED.get(name := str(p.relative_to(REPO)), MAX_LINES)
    }
    assert not long, f"split these modules (over {MAX_LINES} lines): {long}"


def test_every_part_says_what_it_is_and_may_import() -> None:
    for part in ("basics", "exercises", "grading", "progress", "cli"):
        doc = (REPO / "trainer" / part / "__init__.py").read_text(encoding="utf-8")
        assert doc.startswith('"""'), part
        assert "import" in doc and "Public names" in doc, part


def test_a_check_starts_the_program_before_numpy_loads(tmp_path: Path) -> None:
    """The commands' imports, the catalog and the confinement's grants need no numpy:
    `rebuild check` starts the learner's program first, and loads numpy while it runs."""
    work = tmp_path / "work"  # beside the test's rebuild home, which no grant may cover
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "import trainer.cli.practice, trainer.grading.check, trainer.progress.journal\n"
        "from trainer.cli.commands import live_catalog\n"
        "from trainer.grading import confine, reach\n"
        "live_catalog()\n"
        f"reach.grants(Path({str(work / 'p.py')!r}), Path({str(work / 'r.py')!r}), Path({str(work)!r}), "
        "confine.forbidden_paths())\n"
        "assert 'numpy' not in sys.modules, 'numpy was imported before the program started'\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_no_merge_conflict_markers_are_left() -> None:
    files = [p for p in REPO.rglob("*") if p.suffix in (".py", ".md", ".toml") and ".git" not in p.parts]
    marked = [
        str(p) for p in files if any(line.startswith(("<<<<<<< ", ">>>>>>> ")) for line in p.read_text().splitlines())
    ]
    assert not marked
