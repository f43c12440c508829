"""Skeletons: the catalog self-check, round trips, untouched detection, snapshots."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.exercises.catalog import Exercise, load_catalog
from trainer.exercises.levels import Level, level_names, resolve_level
from trainer.exercises.selection import matched_concepts
from trainer.exercises.skeleton import blank_source, empty_blanks, fill, read_header, strip_header

EXERCISES = load_catalog().exercises
SNAPSHOTS = Path(__file__).parent / "snapshots"


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_every_concept_matches_code(exercise: Exercise) -> None:
    counts = matched_concepts(exercise.reference_source(), {c.id: c.select for c in exercise.concepts})
    assert all(counts.values()), {c: n for c, n in counts.items() if not n}


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_every_level_parses_and_keeps_unblanked_lines(exercise: Exercise) -> None:
    reference_lines = set(exercise.reference_source().splitlines())
    for name in level_names(exercise):
        skeleton = blank_source(exercise.reference_source(), exercise, resolve_level(exercise, name))
        ast.parse(skeleton.text)
        body = strip_header(skeleton.text)
        if name == "full":
            assert exercise.task.split()[0] in skeleton.text and "import numpy as np" in body
            continue
        kept = [line for line in body.splitlines() if "# TODO(" not in line]
        assert set(kept) <= reference_lines
        assert empty_blanks(skeleton.text), f"level {name} blanks nothing"


def concept_sets(exercise: Exercise) -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(st.sampled_from(exercise.concept_ids), min_size=1, unique=True).map(tuple)


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_blank_then_fill_gives_back_the_reference(data: st.DataObject) -> None:
    exercise = data.draw(st.sampled_from(EXERCISES))
    concepts = data.draw(concept_sets(exercise))
    source = exercise.reference_source()
    skeleton = blank_source(source, exercise, Level("2", concepts))
    ast.parse(skeleton.text)
    assert read_header(skeleton.text).concepts == concepts
    assert empty_blanks(skeleton.text) == [b.concept for b in skeleton.blanks]
    assert set(empty_blanks(skeleton.text)) <= set(concepts)
    assert strip_header(fill(skeleton.text, [b.original for b in skeleton.blanks])) == source


@settings(max_examples=50, deadline=None)
@given(data=st.data())
def test_a_filled_blank_is_no_longer_empty(data: st.DataObject) -> None:
    exercise = data.draw(st.sampled_from(EXERCISES))
    skeleton = blank_source(exercise.reference_source(), exercise, Level("2", data.draw(concept_sets(exercise))))
    chosen = data.draw(st.integers(0, len(skeleton.blanks) - 1))
    code = ["" if i != chosen else b.original for i, b in enumerate(skeleton.blanks)]
    code = [c or f"...  # TODO({b.concept}): x\n" for c, b in zip(code, skeleton.blanks)]
    remaining = empty_blanks(fill(skeleton.text, code))
    assert len(remaining) == len(skeleton.blanks) - 1


@pytest.mark.parametrize(("exercise_id", "level"), [("sigmoid", "1"), ("three-layer", "5"), ("alpha-sweep", "full")])
def test_snapshot(exercise_id: str, level: str) -> None:
    exercise = load_catalog().get(exercise_id)
    text = blank_source(exercise.reference_source(), exercise, resolve_level(exercise, level)).text
    assert text == (SNAPSHOTS / f"{exercise_id}-{level}.py").read_text(encoding="utf-8")
