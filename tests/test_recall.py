"""The catalog asks for recall: statements and labels give nothing away, ladders widen."""

from __future__ import annotations

import ast
import dataclasses
import textwrap

import pytest

from trainer.basics.errors import UnknownLevel
from trainer.exercises.catalog import Exercise, load_catalog
from trainer.exercises.levels import is_composite, level_names, resolve_level
from trainer.exercises.recall import ladder_problems, recall_problems
from trainer.exercises.skeleton import blank_source

EXERCISES = load_catalog().exercises

# What the catalog used to say: each one gives a formula away.
OLD_THREE_LAYER_TASK = (
    "For 60,000 iterations: layer_1 = sigmoid(X . synapse_0), layer_2 = sigmoid(layer_1 . synapse_1); "
    "layer_2_delta = (layer_2 - y) * layer_2*(1-layer_2); layer_1_delta = layer_2_delta . synapse_1.T * "
    "layer_1*(1-layer_1); then subtract alpha * layer_1.T . layer_2_delta from synapse_1 and "
    "alpha * X.T . layer_1_delta from synapse_0."
)
OLD_SIGMOID_LABEL = "the sigmoid: 1/(1+e^-x), element-wise"
OLD_THREE_LAYER_LADDER = (
    ("forward",),
    ("output-delta", "hidden-delta"),
    ("output-delta", "hidden-delta", "update"),
    ("forward", "output-delta", "hidden-delta", "update"),
    ("init", "loop"),
)


def _with_label(exercise: Exercise, concept: str, label: str) -> Exercise:
    concepts = tuple(dataclasses.replace(c, label=label) if c.id == concept else c for c in exercise.concepts)
    return dataclasses.replace(exercise, concepts=concepts)


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_no_statement_label_or_early_hint_spells_out_a_concept(exercise: Exercise) -> None:
    assert recall_problems(exercise) == []


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_the_ladder_widens_and_never_repeats_a_skeleton(exercise: Exercise) -> None:
    assert ladder_problems(exercise) == []


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_composite_concepts_are_blanked_only_at_the_top(exercise: Exercise) -> None:
    composite = {c.id for c in exercise.concepts if is_composite(c)}
    for group in exercise.ladder[:-1]:
        assert not composite & set(group)
    assert resolve_level(exercise, "1").concepts[0] not in composite
    for concept in composite:
        with pytest.raises(UnknownLevel, match="never a level-1 gap"):
            resolve_level(exercise, "1", concept)


def test_the_old_three_layer_statement_is_caught() -> None:
    exercise = dataclasses.replace(load_catalog().get("three-layer"), task=OLD_THREE_LAYER_TASK)
    caught = " ".join(recall_problems(exercise))
    for concept in ("forward", "output-delta", "hidden-delta", "update"):
        assert f"spells out {concept}" in caught


def test_an_old_label_with_its_formula_is_caught() -> None:
    exercise = _with_label(load_catalog().get("sigmoid"), "sigmoid", OLD_SIGMOID_LABEL)
    (problem,) = recall_problems(exercise)
    assert problem.startswith("sigmoid: the label of sigmoid spells out sigmoid:") and "`1/(1+`" in problem


def test_the_seed_and_the_draws_may_be_specified() -> None:
    task = "Call np.random.seed(1), then synapse_0 = 2*np.random.random((3,4)) and np.random.random((4,1))."
    assert recall_problems(dataclasses.replace(load_catalog().get("alpha-sweep"), task=task)) == []


def test_the_old_three_layer_ladder_is_caught() -> None:
    exercise = dataclasses.replace(load_catalog().get("three-layer"), ladder=OLD_THREE_LAYER_LADDER)
    problems = ladder_problems(exercise)
    assert "three-layer: level 2 hands out the same skeleton as level 1 (forward)" in problems
    assert "three-layer: level 3 does not blank strictly more than level 2" in problems


def test_a_composite_below_the_top_is_caught() -> None:
    exercise = load_catalog().get("two-layer")
    exercise = dataclasses.replace(exercise, ladder=(("loop", "forward"), *exercise.ladder))
    assert "two-layer: level 2 blanks the composite loop below the top of the ladder" in ladder_problems(exercise)


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_the_full_docstring_reads_as_the_statement(exercise: Exercise) -> None:
    text = blank_source(exercise.reference_source(), exercise, resolve_level(exercise, "full")).text
    docstring = ast.get_docstring(ast.parse(text), clean=False) or ""
    assert docstring.split("\n\n", 1)[1].split() == exercise.task.split()
    assert "\\" not in text


def test_a_backslash_in_a_statement_shows_once() -> None:
    exercise = dataclasses.replace(load_catalog().get("alpha-sweep"), task='print "\\nTraining With Alpha:" first')
    text = blank_source(exercise.reference_source(), exercise, resolve_level(exercise, "full")).text
    assert '"\\nTraining With Alpha:"' in text and "\\\\" not in text
    assert exercise.task in (ast.get_docstring(ast.parse(text)) or "")


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_levels_hand_out_distinct_skeletons(exercise: Exercise) -> None:
    source = exercise.reference_source()
    texts = [
        blank_source(source, exercise, resolve_level(exercise, n)).text.split("\n", 2)[2] for n in level_names(exercise)
    ]
    assert len(set(texts)) == len(texts)


def test_statements_are_filled_for_display() -> None:
    # the statement is stored on wrapped lines; the learner sees it re-filled at 79 columns
    exercise = load_catalog().get("three-layer")
    text = blank_source(exercise.reference_source(), exercise, resolve_level(exercise, "full")).text
    assert textwrap.fill(exercise.task, width=79, break_on_hyphens=False) in text
