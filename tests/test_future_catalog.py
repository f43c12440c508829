"""The Future Work exercises as exercises: catalog entries, ladders, skeletons,
the reference passing its own check, the schedule's `requires`, the figures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from trainer.basics.paths import cache_dir
from trainer.exercises.catalog import FORMAT_VERSION, CatalogError, Exercise, load_catalog, parse_catalog
from trainer.exercises.levels import level_names, resolve_level
from trainer.exercises.skeleton import blank_source, empty_blanks, fill, strip_header
from trainer.grading.check import grade
from trainer.grading.future_figures import reference_curve
from trainer.grading.sandbox import Limits
from trainer.progress.planner import Plan, Today, Wanted, plan, prerequisites_met
from trainer.progress.records import CardRecord

FUTURE = ["bias", "mini-batches", "delta-trimming", "layer-sizes", "l2-regularization"]
FUTURE += ["dropout", "momentum", "nesterov", "adam", "batch-norm"]
EXERCISES = [load_catalog().get(i) for i in FUTURE]
LIBRARY = {c.id: c for e in load_catalog().exercises[:6] for c in e.concepts}
# what a task statement must not give away: the formulas the learner recalls
FORMULAS = ["1/(1+", "(1-", "* (1 -", "np.clip", "sqrt(", "keepdims", "axis=", ".T", "np.dot", "beta_1 *", "delta ="]


def blanked_lines(exercise: Exercise, name: str) -> set[int]:
    """Line numbers of the reference that level `name` blanks: the skeleton and
    the reference walked side by side, each blank standing for its original lines."""
    skeleton = blank_source(exercise.reference_source(), exercise, resolve_level(exercise, name))
    reference = exercise.reference_source().splitlines()
    blanks = iter(skeleton.blanks)
    blanked: set[int] = set()
    line = 0
    for text in strip_header(skeleton.text).splitlines():
        if "# TODO(" in text:
            count = len(next(blanks).original.splitlines())
            blanked.update(range(line, line + count))
            line += count
        else:
            assert reference[line] == text
            line += 1
    return blanked


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_ladder_widens_strictly_with_the_loop_only_at_the_top(exercise: Exercise) -> None:
    names = [n for n in level_names(exercise) if n != "full"]
    sets = [blanked_lines(exercise, n) for n in names]
    for lower, higher, name in zip(sets, sets[1:], names[1:]):
        assert lower < higher, f"level {name} does not blank strictly more than the level below"
    assert all("loop" not in level for level in exercise.ladder[:-1]) and "loop" in exercise.ladder[-1]


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_entry_is_a_specification(exercise: Exercise) -> None:
    assert exercise.requires and all(r in load_catalog().ids for r in exercise.requires)
    assert "np.random.seed(1)" in exercise.task and "Free:" in exercise.task
    assert "print" in exercise.task.lower() and re.search(r"every|% 1000", exercise.task)
    for formula in FORMULAS:
        assert formula not in exercise.task, f"the task gives away {formula!r}"
    for concept in exercise.concepts:
        assert len(concept.hints) == 3, concept.id
        if concept.id not in LIBRARY or concept != LIBRARY[concept.id]:  # its own concepts
            assert not any(formula in concept.label for formula in FORMULAS), concept.id


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_every_skeleton_fails_as_handed_out_and_passes_with_the_reference_lines(
    exercise: Exercise, tmp_path: Path
) -> None:
    cache = cache_dir()
    for name in level_names(exercise):
        skeleton = blank_source(exercise.reference_source(), exercise, resolve_level(exercise, name))
        path = tmp_path / f"{exercise.id}.py"
        path.write_text(skeleton.text, encoding="utf-8")
        verdict = grade(load_catalog(), path, None, Limits(timeout=300), cache)
        assert not verdict.passed, name
        if name == "full":
            assert verdict.mode != "unfilled"
            continue
        assert empty_blanks(skeleton.text)
        assert strip_header(fill(skeleton.text, [b.original for b in skeleton.blanks])) == exercise.reference_source()
    # every level filled back is the reference itself (asserted above): graded once
    path.write_text(exercise.reference_source(), encoding="utf-8")
    verdict = grade(load_catalog(), path, exercise.id, Limits(timeout=300), cache)
    assert verdict.passed, verdict.summary
    assert verdict.mode == "full"  # every check runs the whole program: draws inside the loop included


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.id)
def test_figure_curve_is_the_reference_s_printed_errors(exercise: Exercise, reference_outputs: dict[str, str]) -> None:
    printed = [float(x) for x in re.findall(r"Error after \d+ \w+:(\S+)", reference_outputs[exercise.id])]
    xs, ys = reference_curve(exercise.id)
    assert [y for x, y in zip(xs, ys) if x % 1000 == 0] == printed and len(printed) >= 5


# ---- requires -----------------------------------------------------------------


def _raw(*exercises: dict[str, object]) -> dict[str, object]:
    base = {"title": "t", "summary": "s", "task": "t", "concept": [{"id": "c", "label": "l", "select": []}]}
    return {"format_version": FORMAT_VERSION, "exercise": [{**base, **e} for e in exercises]}


def test_requires_must_name_an_earlier_exercise() -> None:
    first, second = {"id": "a", "reference": "a.py"}, {"id": "b", "reference": "b.py", "requires": ["a"]}
    assert parse_catalog(_raw(first, second)).get("b").requires == ("a",)
    with pytest.raises(CatalogError, match="listed before"):
        parse_catalog(_raw({**first, "requires": ["b"]}, second))
    with pytest.raises(CatalogError, match="nope"):
        parse_catalog(_raw(first, {**second, "requires": ["nope"]}))


def _card(exercise: str, concept: str, stability: float) -> CardRecord:
    return CardRecord(exercise, concept, 2, None, stability, 5.0, "2099-01-01T00:00:00+00:00", None, 1, 1, 0)


def _today(due_by: str) -> Today:
    return Today(due_by=due_by, minutes_left=60.0, budget=60.0, new_minutes_left=60.0, seconds_per_blank=60.0)


def test_new_material_waits_until_what_it_builds_on_is_stable() -> None:
    catalog = load_catalog()
    now = "2030-01-01T00:00:00+00:00"
    # every concept of the six article exercises introduced, nothing of the rest
    article = [e for e in catalog.exercises if not e.requires]
    shaky = {(e.id, c): _card(e.id, c, 2.0) for e in article for c in e.concept_ids}
    assert not prerequisites_met(catalog, catalog.get("bias"), shaky)
    planned = plan(catalog, Wanted(), shaky, [], _today(now))
    assert not isinstance(planned, Plan) or planned.exercise.id not in FUTURE

    stable = {key: _card(*key, 30.0) for key in shaky}
    # no exercise rested today, so no level-up of the article's comes first
    planned = plan(catalog, Wanted(), stable, [], _today(now))
    assert isinstance(planned, Plan) and planned.exercise.id == "bias" and planned.new
    # l2-regularization builds on bias: not before bias is stable, then yes
    assert not prerequisites_met(catalog, catalog.get("l2-regularization"), stable)
    bias = catalog.get("bias")
    with_bias = {**stable, **{(bias.id, c): _card(bias.id, c, 30.0) for c in bias.concept_ids}}
    assert prerequisites_met(catalog, catalog.get("l2-regularization"), with_bias)
