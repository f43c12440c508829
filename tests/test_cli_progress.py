"""The progress commands as a learner uses them: next, check, stats, export, import, doctor."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from trainer.cli import app

runner = CliRunner()
SIGMOID = "return 1/(1+np.exp(-x))"


def at(monkeypatch: pytest.MonkeyPatch, when: str, zone: str = "Europe/Paris") -> None:
    monkeypatch.setenv("REBUILD_NOW", when)
    monkeypatch.setenv("TZ", zone)


def solve_sigmoid(path: Path) -> None:
    text = path.read_text()
    text = re.sub(r"\.\.\.  # TODO\(sigmoid\):.*", SIGMOID, text)
    text = re.sub(r"\.\.\.  # TODO\(derivative\):.*", "return output*(1-output)", text)
    path.write_text(text)


def test_a_day_of_practice_shows_up_in_stats(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at(monkeypatch, "2026-01-05T09:00:00+01:00")
    assert runner.invoke(app, ["next", "--dir", str(tmp_path)]).exit_code == 0
    program = tmp_path / "sigmoid.py"
    failed = runner.invoke(app, ["check", str(program), "--json"])  # blanks still empty: not an attempt
    assert failed.exit_code == 1 and json.loads(failed.stdout)["recorded"] is False
    solve_sigmoid(program)
    passed = runner.invoke(app, ["check", str(program)])
    assert (
        passed.exit_code == 0 and "Recorded as attempt 1" in passed.stdout and "Next review of sigmoid" in passed.stdout
    )
    again = runner.invoke(app, ["check", str(program)])
    assert again.exit_code == 0 and "Not recorded" in again.stdout
    stats = json.loads(runner.invoke(app, ["stats", "--json"]).stdout)
    assert {"current_streak", "longest_streak", "reviews", "due_now"} <= set(stats)
    assert (stats["current_streak"], stats["longest_streak"], stats["reviews"], stats["due_now"]) == (1, 1, 1, 0)
    text = runner.invoke(app, ["stats"])
    assert text.exit_code == 0 and "Streak: 1 day" in text.stdout and "sigmoid" in text.stdout


def test_no_record_records_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at(monkeypatch, "2026-01-05T09:00:00+01:00")
    runner.invoke(app, ["next", "--dir", str(tmp_path)])
    solve_sigmoid(tmp_path / "sigmoid.py")
    result = runner.invoke(app, ["check", str(tmp_path / "sigmoid.py"), "--no-record", "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["recorded"] is False
    assert json.loads(runner.invoke(app, ["stats", "--json"]).stdout)["reviews"] == 0


def test_the_next_day_brings_new_material_and_the_finished_file_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at(monkeypatch, "2026-01-05T09:00:00+01:00")
    runner.invoke(app, ["next", "--dir", str(tmp_path)])
    solve_sigmoid(tmp_path / "sigmoid.py")
    runner.invoke(app, ["check", str(tmp_path / "sigmoid.py")])
    at(monkeypatch, "2026-01-06T09:00:00+01:00")
    result = runner.invoke(app, ["next", "--dir", str(tmp_path)])
    assert result.exit_code == 0 and "Fill in: derivative" in result.stdout
    assert "moved to" in result.stdout
    kept = list((tmp_path / "done").iterdir())
    assert len(kept) == 1 and SIGMOID in kept[0].read_text()


def test_nothing_due_offers_practice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at(monkeypatch, "2026-01-05T09:00:00+01:00")
    (tmp_path / "home").mkdir()
    monkeypatch.setenv("REBUILD_HOME", str(tmp_path / "home"))
    (tmp_path / "home" / "config.toml").write_text("new_per_day = 1\nfuzz = false\n")
    runner.invoke(app, ["next", "--dir", str(tmp_path)])
    solve_sigmoid(tmp_path / "sigmoid.py")
    runner.invoke(app, ["check", str(tmp_path / "sigmoid.py")])
    result = runner.invoke(app, ["next", "--dir", str(tmp_path)])
    assert result.exit_code == 0
    assert "Nothing is due" in result.stdout and "in 2 days" in result.stdout and "--practice" in result.stdout
    practice = runner.invoke(app, ["next", "--practice", "--dir", str(tmp_path)])
    assert practice.exit_code == 0 and "extra practice" in practice.stdout


def test_looking_at_the_solution_counts_as_a_lapse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at(monkeypatch, "2026-01-05T09:00:00+01:00")
    runner.invoke(app, ["next", "--dir", str(tmp_path)])
    shown = runner.invoke(app, ["solution", "sigmoid"])
    assert shown.exit_code == 0 and "def sigmoid" in shown.stdout and "lapse" in shown.stderr
    assert json.loads(runner.invoke(app, ["stats", "--json"]).stdout)["reviews"] == 1
    assert "lapse" not in runner.invoke(app, ["solution", "sigmoid"]).stderr  # the attempt is over


def test_export_then_import_elsewhere_is_exact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at(monkeypatch, "2026-01-05T09:00:00+01:00")
    runner.invoke(app, ["next", "--dir", str(tmp_path)])
    solve_sigmoid(tmp_path / "sigmoid.py")
    runner.invoke(app, ["check", str(tmp_path / "sigmoid.py")])
    backup = tmp_path / "history.json"
    assert runner.invoke(app, ["export", str(backup)]).exit_code == 0
    monkeypatch.setenv("REBUILD_HOME", str(tmp_path / "elsewhere"))
    imported = runner.invoke(app, ["import", str(backup)])
    assert imported.exit_code == 0 and "Imported 1 new recorded check" in imported.stdout
    assert runner.invoke(app, ["export"]).stdout == backup.read_text()
    assert "Imported 0 new recorded check" in runner.invoke(app, ["import", str(backup)]).stdout
    doctor = runner.invoke(app, ["doctor"])
    assert doctor.exit_code == 0 and "All is well" in doctor.stdout


@pytest.mark.parametrize(
    "elsewhere", ["/home/someone/ws/sigmoid.py", "C:\\Users\\me\\ws\\sigmoid.py", "../../sigmoid.py"]
)
def test_an_open_attempt_from_another_machine_resumes_in_this_workspace(
    elsewhere: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at(monkeypatch, "2026-01-05T09:00:00+01:00")
    assert runner.invoke(app, ["next", "--dir", str(tmp_path / "there")]).exit_code == 0
    exported = json.loads(runner.invoke(app, ["export"]).stdout)
    assert exported["handouts"][0]["path"] == "sigmoid.py"  # no path of this machine leaves it
    exported["handouts"][0]["path"] = elsewhere
    history = tmp_path / "history.json"
    history.write_text(json.dumps(exported))
    monkeypatch.setenv("REBUILD_HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["import", str(history)]).exit_code == 0
    resumed = runner.invoke(app, ["next"])
    assert resumed.exit_code == 0, resumed.output
    assert (tmp_path / "rebuild-workspace" / "sigmoid.py").is_file()
    assert not (tmp_path.parent / "sigmoid.py").exists()


@pytest.mark.parametrize(
    "setup, command",
    [
        ({"REBUILD_NOW": "yesterday"}, ["stats"]),
        ({"TZ": "UTC"}, ["import", "/nonexistent/history.json"]),
        ({"TZ": "UTC"}, ["import", "/dev/zero"]),
        ({"config": "new_per_day = 'many'\n"}, ["next"]),
        ({"config": "this is [ not toml"}, ["stats"]),
        ({"config": "timezone = 'Mars/Olympus'\n"}, ["stats"]),
        ({"db": b"garbage" * 100}, ["stats"]),
        ({"db": b"garbage" * 100}, ["doctor"]),
    ],
)
def test_bad_state_and_input_exit_2_with_a_message(
    setup: dict, command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("REBUILD_HOME", str(home))
    monkeypatch.chdir(tmp_path)
    for key, value in setup.items():
        if key == "config":
            (home / "config.toml").write_text(value)
        elif key == "db":
            (home / "rebuild.db").write_bytes(value)
        else:
            monkeypatch.setenv(key, value)
    result = runner.invoke(app, command)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("rebuild: ") and "Traceback" not in result.output


def test_importing_a_damaged_history_says_so(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "rebuild-history", "version": 1, "reviews": [{"uid": "x"}]}')
    result = runner.invoke(app, ["import", str(bad)])
    assert result.exit_code == 2 and "Nothing was imported" in result.stderr


def test_config_shows_changes_and_resets_settings(rebuild_home: Path) -> None:
    assert "new_per_day = 10" in runner.invoke(app, ["config"]).stdout
    changed = runner.invoke(app, ["config", "new_per_day", "3"])
    assert changed.exit_code == 0 and "new_per_day = 3   (default: 10)" in changed.stdout
    assert runner.invoke(app, ["config", "timezone", "Asia/Tokyo"]).exit_code == 0
    assert 'timezone = "Asia/Tokyo"' in (rebuild_home / "config.toml").read_text()
    stats = json.loads(runner.invoke(app, ["stats", "--json"]).stdout)
    assert stats["today"]  # the zone is used without complaint
    for bad in (
        ["config", "new_per_day", "many"],
        ["config", "timezone", "Mars/Olympus"],
        ["config", "nope", "1"],
        ["config", "day_starts_at", "25"],
    ):
        result = runner.invoke(app, bad)
        assert result.exit_code == 2 and result.stderr.startswith("rebuild: "), bad
    assert runner.invoke(app, ["config", "new_per_day", "--reset"]).stdout.startswith("new_per_day = 10")
    assert "fuzz = false" in (rebuild_home / "config.toml").read_text()  # the other settings are kept


def test_an_old_passed_file_does_not_count_for_a_new_attempt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at(monkeypatch, "2026-01-05T09:00:00+01:00")
    runner.invoke(app, ["next", "--dir", str(tmp_path)])
    solve_sigmoid(tmp_path / "sigmoid.py")
    assert "Recorded" in runner.invoke(app, ["check", str(tmp_path / "sigmoid.py")]).stdout
    at(monkeypatch, "2026-01-06T09:00:00+01:00")
    runner.invoke(app, ["next", "--dir", str(tmp_path)])  # derivative now; the solved file goes to done/
    (old,) = (tmp_path / "done").iterdir()
    result = runner.invoke(app, ["check", str(old), "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["recorded"] is False
    assert json.loads(runner.invoke(app, ["stats", "--json"]).stdout)["reviews"] == 1


def _damage_reviews(home: Path) -> None:
    """Overwrite the root page of the reviews table with noise, as a disk might."""
    import sqlite3

    with sqlite3.connect(home / "rebuild.db") as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'reviews'").fetchone()[0]
        size = db.execute("PRAGMA page_size").fetchone()[0]
    with open(home / "rebuild.db", "r+b") as f:
        f.seek((root - 1) * size)
        f.write(bytes(range(256)) * (size // 256))


def test_a_damaged_database_gives_clear_messages_and_the_newest_good_copy_comes_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rebuild_home: Path
) -> None:
    for day in ("05", "06"):
        at(monkeypatch, f"2026-01-{day}T09:00:00+01:00")
        runner.invoke(app, ["next", "--dir", str(tmp_path)])
        solve_sigmoid(tmp_path / "sigmoid.py")
        assert runner.invoke(app, ["check", str(tmp_path / "sigmoid.py")]).exit_code == 0
    _damage_reviews(rebuild_home)
    at(monkeypatch, "2026-01-07T09:00:00+01:00")
    for args in (["doctor"], ["stats"], ["stats", "--json"], ["next", "--dir", str(tmp_path)], ["export"]):
        result = runner.invoke(app, args)
        assert (result.exit_code == 2 and not isinstance(result.exception, Exception)) or isinstance(
            result.exception, SystemExit
        ), (args, result.exception)
        assert result.exit_code == 2, args
        assert "doctor --restore" in result.output, (args, result.output)
    checked = runner.invoke(app, ["check", str(tmp_path / "sigmoid.py")])
    assert checked.exit_code == 2 and "doctor --restore" in checked.output
    assert sorted(p.stem for p in (rebuild_home / "backups").glob("*.db")) == ["2026-01-05", "2026-01-06"]
    restored = runner.invoke(app, ["doctor", "--restore"])
    assert restored.exit_code == 0 and "2026-01-06" in restored.stdout and "All is well" in restored.stdout
    assert list(rebuild_home.glob("rebuild.db.damaged-*"))
    assert json.loads(runner.invoke(app, ["stats", "--json"]).stdout)["reviews"] >= 1


def test_an_empty_database_with_backups_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rebuild_home: Path
) -> None:
    at(monkeypatch, "2026-01-05T09:00:00+01:00")
    runner.invoke(app, ["next", "--dir", str(tmp_path)])
    solve_sigmoid(tmp_path / "sigmoid.py")
    runner.invoke(app, ["check", str(tmp_path / "sigmoid.py")])
    (rebuild_home / "rebuild.db").unlink()
    for extra in rebuild_home.glob("rebuild.db-*"):
        extra.unlink()
    result = runner.invoke(app, ["doctor"])
    assert result.exit_code == 2 and "daily copies" in result.stdout and "--restore" in result.stdout
