"""`rebuild list` and `rebuild solution`."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from trainer.cli import app
from trainer.exercises.catalog import load_catalog

runner = CliRunner()


def test_list_shows_every_id() -> None:
    result = runner.invoke(app, ["list"])
    assert result.exit_code == 0
    for exercise in load_catalog().exercises:
        assert exercise.id in result.output and exercise.title in result.output


def test_list_json() -> None:
    result = runner.invoke(app, ["list", "--json"])
    rows = json.loads(result.output)
    assert [r["id"] for r in rows] == load_catalog().ids
    assert all(r["task"] for r in rows)


def test_solution_prints_the_file_exactly() -> None:
    exercise = load_catalog().get("three-layer")
    result = runner.invoke(app, ["solution", "three-layer"])
    assert result.exit_code == 0
    assert result.stdout == exercise.reference_source()


def test_solution_unknown_id_exits_2_with_the_valid_ids() -> None:
    result = runner.invoke(app, ["solution", "nope"])
    assert result.exit_code == 2
    assert "two-layer" in result.output and "Traceback" not in result.output
