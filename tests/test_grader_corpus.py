"""The grader accepts equivalent programs and rejects real bugs and hostile files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from trainer.basics.paths import cache_dir
from trainer.exercises.catalog import load_catalog
from trainer.grading.check import grade
from trainer.grading.sandbox import Limits

CORPUS = Path(__file__).parent / "corpus"
FAST = Limits(timeout=300.0)

EQUIVALENT_FILES = [
    ("three-layer", "three_layer_renamed_main.py"),
    ("three-layer", "three_layer_while.py"),
    ("alpha-sweep", "alpha_sweep_fstrings.py"),
    ("two-layer", "two_layer_renamed.py"),
    ("sigmoid", "sigmoid_tanh.py"),
]

# (exercise, replace this, with this): programs that compute the same numbers.
EQUIVALENT_EDITS = [
    # a loop that ends by a `break` at the top of one more iteration: that iteration changes nothing
    (
        "two-layer",
        "for iter in range(10000):\n",
        "import itertools\nfor iter in itertools.count():\n    if iter == 10000:\n        break\n",
    ),
    ("two-layer", "for iter in range(10000):\n", "for iter in range(10**9):\n    if iter >= 10000:\n        break\n"),
    ("alpha-sweep", "np.dot(layer_0,synapse_0)", "layer_0 @ synapse_0"),
    (
        "alpha-sweep",
        "layer_2_error = layer_2 - y",
        "layer_2_error = y - layer_2",
        "synapse_1 -= alpha",
        "synapse_1 += alpha",
        "synapse_0 -= alpha",
        "synapse_0 += alpha",
    ),
    ("hidden-size", "output = 1/(1+np.exp(-x))", "output = 0.5*(1+np.tanh(0.5*x))"),
    (
        "hidden-size",
        'print("Error after "+str(j)+" iterations:" + str(np.mean(np.abs(layer_2_error))))',
        'print("Error after %d iterations: %.12f" % (j, np.mean(np.abs(layer_2_error))))',
    ),
    (
        "direction-changes",
        "np.abs(((synapse_0_weight_update > 0)+0) - ((prev_synapse_0_weight_update > 0) + 0))",
        "((synapse_0_weight_update > 0) != (prev_synapse_0_weight_update > 0))",
    ),
    ("three-layer", "for j in range(60000):", "for j in range(0, 60000, 1):"),
    (
        "two-layer",
        "    synapse_0 -= synapse_0_derivative",
        "    step = synapse_0_derivative\n    synapse_0 = synapse_0 - step",
    ),
]

# (exercise, replace this, with this): real bugs, each must fail.
BUGS = [
    ("alpha-sweep", "synapse_1 -= alpha", "synapse_1 += alpha"),  # sign flip
    ("alpha-sweep", "layer_2_error*sigmoid_output_to_derivative(layer_2)", "layer_2_error"),  # missing derivative
    (
        "alpha-sweep",
        "layer_1_error * sigmoid_output_to_derivative(layer_1)",
        "layer_1_error * sigmoid_output_to_derivative(np.dot(layer_0,synapse_0))",
    ),  # misplaced derivative
    ("alpha-sweep", "np.random.seed(1)", "np.random.seed(2)"),
    ("alpha-sweep", "    np.random.seed(1)\n", ""),
    (
        "alpha-sweep",
        "synapse_0 = 2*np.random.random((3,4)) - 1",
        "np.random.random()\n    synapse_0 = 2*np.random.random((3,4)) - 1",
    ),
    ("alpha-sweep", "synapse_0 = 2*np.random.random((3,4)) - 1", "synapse_0 = np.random.random((3,4))"),
    ("alpha-sweep", "alphas = [0.001, 0.01, 0.1, 1, 10, 100, 1000]", "alphas = [0.001, 0.01, 0.1, 1, 10, 100, 999]"),
    ("alpha-sweep", "range(60000)", "range(60001)"),
    ("alpha-sweep", "range(60000)", "range(59999)"),
    ("two-layer", "for iter in range(10000):\n", "for iter in range(10**9):\n    if iter > 10000:\n        break\n"),
    ("alpha-sweep", "(j% 10000) == 0", "(j% 20000) == 0"),
    ("alpha-sweep", "np.mean(np.abs(layer_2_error))", "np.mean(layer_2_error**2)"),
    (
        "alpha-sweep",
        "y = np.array([[0],\n              [1],\n              [1],\n              [0]])",
        "y = np.array([[0, 1, 1, 0]])",
    ),
    (
        "alpha-sweep",
        'for alpha in alphas:\n    print("\\nTraining With Alpha:" + str(alpha))\n    np.random.seed(1)\n',
        'np.random.seed(1)\nfor alpha in alphas:\n    print("\\nTraining With Alpha:" + str(alpha))\n',
    ),  # seeded once
    ("alpha-sweep", "        synapse_0 -= alpha * (layer_0.T.dot(layer_1_delta))\n", ""),  # a layer never learns
    ("three-layer", "alpha,hidden_dim = (0.5,4)", "alpha,hidden_dim = (0.5,5)"),
    ("three-layer", "alpha,hidden_dim = (0.5,4)", "alpha,hidden_dim = (0.05,4)"),
    (
        "three-layer",
        "    synapse_1 -= (alpha * layer_1.T.dot(layer_2_delta))\n    synapse_0 -= (alpha * X.T.dot(layer_1_delta))",
        "    synapse_1 -= (alpha * layer_1.T.dot(layer_2_delta))\n    layer_1_delta = layer_2_delta.dot(synapse_1.T) * (layer_1 * (1-layer_1))\n    synapse_0 -= (alpha * X.T.dot(layer_1_delta))",
    ),  # weight updated before backprop uses it
    (
        "three-layer",
        "synapse_0 -= (alpha * X.T.dot(layer_1_delta))",
        "synapse_0 -= (alpha * X.T.dot(layer_1_delta)) * np.nan",
    ),
    ("two-layer", "synapse_0 -= synapse_0_derivative", "synapse_0 += synapse_0_derivative"),
    ("two-layer", "print(layer_1)", "print(layer_1 + 1e-6)"),
    ("sigmoid", "return output*(1-output)", "return output*(1+output)"),
    ("hidden-size", "hiddenSize = 32", "hiddenSize = 16"),
    ("direction-changes", "if(j > 0):", "if(j > 1):"),
]

HOSTILE = [
    ("three-layer", "import sys\nsys.exit(3)\n", "exited early"),
    ("three-layer", "import os\nos._exit(0)\n", "stopped"),
    ("three-layer", "while True:\n    pass\n", "CPU time"),
    ("three-layer", "x = bytearray(4 * 1024**3)\n", "memory"),
    ("three-layer", "print('PASSED')\n", ""),
    (
        "three-layer",
        "import numpy as np\nnp.allclose = lambda *a, **k: True\nnp.array_equal = lambda *a, **k: True\n",
        "",
    ),
    ("sigmoid", "from trainer.exercises.catalog import load_catalog\n", "trainer"),
    ("three-layer", "raise ValueError('boom')\n", "ValueError"),
]


def _grade(tmp_path: Path, exercise_id: str, text: str, limits: Limits = FAST):
    path = tmp_path / "attempt.py"
    path.write_text(text, encoding="utf-8")
    return grade(load_catalog(), path, exercise_id, limits, cache_dir())


def _edited(exercise_id: str, *pairs: str) -> str:
    """The reference with each (old, new) pair of `pairs` replaced once."""
    source = load_catalog().get(exercise_id).reference_source()
    for old, new in zip(pairs[::2], pairs[1::2]):
        assert old in source, f"edit does not apply: {old!r}"
        source = source.replace(old, new, 1)
    return source


@pytest.mark.parametrize(("exercise_id", "name"), EQUIVALENT_FILES)
def test_equivalent_programs_pass(tmp_path: Path, exercise_id: str, name: str) -> None:
    verdict = _grade(tmp_path, exercise_id, (CORPUS / name).read_text())
    assert verdict.passed, verdict.summary


@pytest.mark.parametrize("edit", EQUIVALENT_EDITS, ids=lambda e: f"{e[0]}:{e[2][:40]}")
def test_equivalent_edits_pass(tmp_path: Path, edit: tuple[str, ...]) -> None:
    verdict = _grade(tmp_path, edit[0], _edited(*edit))
    assert verdict.passed, verdict.summary


@pytest.mark.parametrize(("exercise_id", "old", "new"), BUGS)
def test_bugs_fail(tmp_path: Path, exercise_id: str, old: str, new: str) -> None:
    verdict = _grade(tmp_path, exercise_id, _edited(exercise_id, old, new))
    assert not verdict.passed
    assert verdict.summary


@pytest.mark.parametrize(("exercise_id", "prefix", "reason"), HOSTILE)
def test_hostile_files_fail(tmp_path: Path, exercise_id: str, prefix: str, reason: str) -> None:
    source = load_catalog().get(exercise_id).reference_source()
    broken = (
        prefix + source
        if "PASSED" not in prefix and "allclose" not in prefix
        else source.replace("\n", "\n" + prefix, 1).replace("synapse_0 -= (alpha", "synapse_0 += (alpha")
    )
    verdict = _grade(tmp_path, exercise_id, broken, limits=Limits(timeout=3.0))
    assert not verdict.passed
    assert reason in verdict.summary


def test_untouched_skeleton_lists_its_empty_blanks(tmp_path: Path) -> None:
    from trainer.exercises.levels import resolve_level
    from trainer.exercises.skeleton import blank_source

    exercise = load_catalog().get("alpha-sweep")
    skeleton = blank_source(exercise.reference_source(), exercise, resolve_level(exercise, "3"))
    verdict = _grade(tmp_path, "alpha-sweep", skeleton.text)
    assert not verdict.passed
    assert "output-delta" in verdict.summary and "hidden-delta" in verdict.summary


def test_diagnosis_names_the_wrong_quantity(tmp_path: Path) -> None:
    program = _edited(
        "two-layer",
        "y = np.array([[0,0,1,1]]).T",
        "y = np.array([[0,0,1,1]])",
        "synapse_0 -= synapse_0_derivative",
        "synapse_0 = synapse_0 - synapse_0_derivative",
    )
    verdict = _grade(tmp_path, "two-layer", program)
    assert not verdict.passed
    assert verdict.summary.startswith("forward match; error (")
    assert "differs at iteration 0" in verdict.summary
    assert "your y has shape (1, 4), the reference's (4, 1)" in verdict.summary


def test_diagnosis_names_the_first_wrong_concept(tmp_path: Path) -> None:
    program = _edited("alpha-sweep", "layer_2_error*sigmoid_output_to_derivative(layer_2)", "layer_2_error")
    verdict = _grade(tmp_path, "alpha-sweep", program)
    assert verdict.summary.startswith("forward, error match; output-delta")
    assert [c.concept for c in verdict.concepts if c.passed is False] == ["output-delta"]


def test_extra_figures_are_noted_never_failed(tmp_path: Path) -> None:
    """Printing the error ten times as often prints every figure the reference
    prints, in order, and more: the network is right, the verdict notes the rest."""
    verdict = _grade(tmp_path, "alpha-sweep", _edited("alpha-sweep", "(j% 10000) == 0", "(j% 1000) == 0"))
    assert verdict.passed, verdict.summary
    assert verdict.notes and "also prints 756 figure(s)" in verdict.notes[0]


def test_every_check_runs_the_whole_program(tmp_path: Path) -> None:
    verdict = _grade(tmp_path, "two-layer", load_catalog().get("two-layer").reference_source())
    assert verdict.passed and verdict.mode == "full"


def test_error_curve_is_found_whatever_its_name(tmp_path: Path) -> None:
    verdict = _grade(tmp_path, "alpha-sweep", (CORPUS / "alpha_sweep_fstrings.py").read_text())
    assert verdict.learner_curve and len(verdict.learner_curve) == len(verdict.reference_curve)
    assert verdict.learner_curve == pytest.approx(verdict.reference_curve, rel=1e-9)


def test_fused_hidden_delta_is_not_blamed(tmp_path: Path) -> None:
    program = (CORPUS / "alpha_sweep_fstrings.py").read_text().replace("W1 += h.T @ do", "W1 -= h.T @ do")
    verdict = _grade(tmp_path, "alpha-sweep", program)
    assert not verdict.passed
    assert [c.concept for c in verdict.concepts if c.passed is False] == ["update"]


def test_the_program_cannot_see_where_progress_is_kept(tmp_path: Path) -> None:
    """A program that looks for the learner's progress finds no trace of it."""
    from trainer.grading.sandbox import Limits, run_program

    probe = tmp_path / "probe.py"
    probe.write_text("import os\nprint(os.environ.get('REBUILD_HOME'), os.path.expanduser('~'))\n")
    home = os.environ["REBUILD_HOME"]
    trace = run_program(probe, 300, Limits())
    assert trace.ok and home not in trace.stdout and trace.stdout.startswith("None ")
    assert os.path.expanduser("~") not in trace.stdout.split()[1]


def test_the_references_sensitivity_run_rounds_a_saturated_sigmoid_as_other_forms_do(tmp_path: Path) -> None:
    """One ulp off, and 1/(1+exp(-x)) is 0 where it falls below one ulp of 1, as 0.5*(1+tanh(x/2)) is."""
    from trainer.grading.sandbox import Limits, run_program

    probe = tmp_path / "probe.py"
    probe.write_text(
        "import json\nimport numpy as np\n"
        "x = np.array([-40.0, -30.0, 0.0, 40.0])\n"
        "print(json.dumps([(1 / (1 + np.exp(-x))).tolist(), (0.5 * (1 + np.tanh(x / 2))).tolist(), np.exp(1.0)]))\n"
    )
    exact, perturbed = (json.loads(run_program(probe, 300, Limits(), perturb=p).stdout) for p in (False, True))
    assert exact[0][0] > 0 and exact[1][0] == 0.0  # about 4e-18, and 0
    assert perturbed[0][0] == 0.0 and 0 < perturbed[0][1] < 1e-12
    assert perturbed[1][0] >= 0.0 and perturbed[1][3] <= 1.0  # tanh, one ulp toward 0, stays in range
    assert perturbed[2] == exact[2] * (1 + 2.0**-52)
