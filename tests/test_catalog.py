"""The catalog is well-formed and every entry's reference exists and runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.basics.errors import UnknownExercise
from trainer.exercises.catalog import FORMAT_VERSION, CatalogError, load_catalog, parse_catalog

EXPECTED_IDS = ["sigmoid", "two-layer", "three-layer", "alpha-sweep", "direction-changes", "hidden-size"]
EXPECTED_IDS += ["bias", "mini-batches", "delta-trimming", "layer-sizes", "l2-regularization"]
EXPECTED_IDS += ["dropout", "momentum", "nesterov", "adam", "batch-norm"]


def test_ids_are_the_article_six_then_its_future_work() -> None:
    assert load_catalog().ids == EXPECTED_IDS
    assert load_catalog().format_version == FORMAT_VERSION


@pytest.mark.parametrize("exercise", load_catalog().exercises, ids=lambda e: e.id)
def test_entry_is_complete(exercise, reference_outputs: dict[str, str]) -> None:
    assert exercise.reference_path.is_file()
    assert exercise.reference_path.stem == exercise.id
    assert exercise.id in reference_outputs  # it ran (the fixture checks the exit code)
    assert len(exercise.task) > 200, "the task statement must be enough to write the program from nothing"
    # hints, unique concepts, selectors and skeletons: `rebuild author check` (tests/test_author.py)


def test_unknown_id_names_the_valid_ones() -> None:
    with pytest.raises(UnknownExercise) as raised:
        load_catalog().get("four-layer")
    assert "alpha-sweep" in str(raised.value)


def test_wrong_format_version_is_refused() -> None:
    with pytest.raises(CatalogError, match="format_version"):
        parse_catalog({"format_version": 99, "exercise": []})


def test_ladder_naming_unknown_concept_is_refused() -> None:
    raw = {
        "format_version": FORMAT_VERSION,
        "exercise": [{"id": "x", "title": "t", "summary": "s", "reference": "x.py", "task": "t", "ladder": [["nope"]]}],
    }
    with pytest.raises(CatalogError, match="nope"):
        parse_catalog(raw)


def test_the_catalog_read_through_its_json_copy_is_the_same_catalog(tmp_path: Path) -> None:
    parse = load_catalog.__wrapped__  # around the per-process memo
    first = parse(tmp_path)  # parses the TOML, keeps a JSON copy
    (copy,) = (tmp_path / "catalogs").iterdir()
    assert parse(tmp_path) == first == parse(None)  # the second one read the copy
    copy.write_text("{not json")  # a damaged copy is parsed again, never trusted
    assert parse(tmp_path) == first
