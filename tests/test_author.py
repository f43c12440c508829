"""Authoring: `rebuild author new` and `rebuild author check`, and user exercises
handed out, graded and recorded like built-in ones."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from trainer.cli import app

runner = CliRunner()

SOFTMAX = '''"""Softmax regression on three generated clusters."""
import numpy as np

np.random.seed(0)
N, D, K = 90, 2, 3
centres = np.array([[0.0, 2.0], [2.0, -1.0], [-2.0, -1.0]])
labels = np.repeat(np.arange(K), N // K)
X = centres[labels] + 0.8 * np.random.randn(N, D)
Y = np.eye(K)[labels]

W = 0.01 * np.random.randn(D, K)
b = np.zeros((1, K))
learning_rate = 0.5

for step in range(6000):
    scores = X.dot(W) + b
    shifted = np.exp(scores - scores.max(axis=1, keepdims=True))
    probs = shifted / shifted.sum(axis=1, keepdims=True)
    loss = -np.mean(np.sum(Y * np.log(probs), axis=1))
    dscores = (probs - Y) / N
    dW = X.T.dot(dscores)
    db = dscores.sum(axis=0, keepdims=True)
    W -= learning_rate * dW
    b -= learning_rate * db
    if step % 1000 == 0:
        print("step", step, "loss", loss)

print("accuracy", np.mean(np.argmax(probs, axis=1) == labels))
'''

RNN = '''"""A one-step RNN cell with tanh, predicting the next value of a sine wave."""
import numpy as np

np.random.seed(3)
wave = np.sin(np.linspace(0, 6 * np.pi, 41))
inputs = wave[:-1].reshape(-1, 1)
targets = wave[1:].reshape(-1, 1)
previous = np.vstack([np.zeros((1, 1)), targets[:-1]])

hidden = 8
W_xh = np.random.randn(1, hidden) * 0.5
W_hh = np.random.randn(1, hidden) * 0.5
W_hy = np.random.randn(hidden, 1) * 0.5
rate = 0.05

for epoch in range(5000):
    h = np.tanh(inputs.dot(W_xh) + previous.dot(W_hh))
    prediction = h.dot(W_hy)
    error = prediction - targets
    grad_hy = h.T.dot(error) / len(inputs)
    dh = error.dot(W_hy.T) * (1 - h ** 2)
    grad_xh = inputs.T.dot(dh) / len(inputs)
    grad_hh = previous.T.dot(dh) / len(inputs)
    W_hy -= rate * grad_hy
    W_xh -= rate * grad_xh
    W_hh -= rate * grad_hh
    if epoch % 1000 == 0:
        print("epoch", epoch, "mse", np.mean(error ** 2))

print("final mse", np.mean(error ** 2))
'''

RELU = '''"""A two-layer network with ReLU, fitting x1 * x2 by mean squared error."""
import numpy as np


def relu(z):
    return np.maximum(z, 0)


np.random.seed(7)
X = np.random.uniform(-1, 1, (64, 2))
y = X[:, :1] * X[:, 1:]

W1 = np.random.randn(2, 16) * 0.5
W2 = np.random.randn(16, 1) * 0.5
lr = 0.1

for it in range(5000):
    hidden = relu(X.dot(W1))
    out = hidden.dot(W2)
    diff = out - y
    mse = np.mean(diff ** 2)
    d_out = 2 * diff / len(X)
    d_hidden = d_out.dot(W2.T) * (hidden > 0)
    W2 -= lr * hidden.T.dot(d_out)
    W1 -= lr * X.T.dot(d_hidden)
    if it % 1000 == 0:
        print("iteration", it, "mse", mse)

print("final mse", mse)
'''

TASKS = {
    "softmax": (
        "Train a softmax classifier on three generated clusters. Call np.random.seed(0); N, D, K = 90, 2, 3; "
        "the centres are [[0, 2], [2, -1], [-2, -1]]; labels = np.repeat(np.arange(K), N // K); the points are "
        "the centres of their labels plus 0.8 times np.random.randn(N, D); Y is the one-hot encoding of the "
        "labels. Draw W as 0.01 times np.random.randn(D, K); b starts at zeros of shape (1, K); the learning "
        "rate is 0.5. For 6,000 steps compute the class probabilities, the mean cross-entropy loss and the "
        "gradients, and move W and b downhill; every 1,000 steps print the step and the loss. Finally print "
        "the accuracy."
    ),
    "rnn": (
        "Train one recurrent step with tanh units to predict the next value of a sine wave: 41 samples of "
        "sin over [0, 6 pi], inputs all but the last, targets all but the first, the previous target (0 at "
        "first) as the recurrent input. Call np.random.seed(3); hidden = 8; draw W_xh (1 x hidden), W_hh "
        "(1 x hidden) and W_hy (hidden x 1) with np.random.randn, each times 0.5, in that order; rate 0.05. "
        "For 5,000 epochs run the step, measure the mean squared error, back-propagate it and update the three "
        "matrices; every 1,000 epochs print the epoch and the error, and finally the last error."
    ),
    "relu": (
        "Fit y = x1 * x2 with one hidden layer of 16 ReLU units and mean squared error. Call "
        "np.random.seed(7); X is 64 x 2 from np.random.uniform(-1, 1); draw W1 (2 x 16) and W2 (16 x 1) with "
        "np.random.randn, each times 0.5; learning rate 0.1. For 5,000 iterations: forward pass, error, its "
        "gradients, and updates of W2 then W1; every 1,000 iterations print the iteration and the error, and "
        "finally the last error."
    ),
}
PROGRAMS = {"softmax": SOFTMAX, "rnn": RNN, "relu": RELU}
# (concept at level 1, a correct line in other words, a realistic wrong line)
FILLS = {
    "softmax": ("scores", "    scores = np.dot(X, W) + b\n", "    scores = np.dot(X, W)\n"),
    "rnn": ("h", "    h = np.tanh(inputs @ W_xh + previous @ W_hh)\n", "    h = np.tanh(inputs @ W_xh)\n"),
    "relu": ("hidden", "    hidden = np.maximum(0, X @ W1)\n", "    hidden = X @ W1\n"),
}


@pytest.fixture(autouse=True)
def generous_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check's time limit is the learner's (10 s); a busy machine must not
    make a reference look slow, so the tests wait far longer."""
    from trainer.grading import validation
    from trainer.grading.sandbox import Limits

    monkeypatch.setattr(validation, "CHECK_LIMITS", Limits(timeout=300.0))


def _value(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_value(v)}" for k, v in value.items()) + " }"
    return json.dumps(value)


def dump_catalog(raw: dict[str, Any]) -> str:
    """A catalog dict as TOML (the subset catalogs use)."""
    lines = [f"format_version = {raw['format_version']}"]
    for exercise in raw.get("exercise", []):
        lines += ["", "[[exercise]]"] + [f"{k} = {_value(v)}" for k, v in exercise.items() if k != "concept"]
        for concept in exercise.get("concept", []):
            lines += ["", "[[exercise.concept]]"] + [f"{k} = {_value(v)}" for k, v in concept.items()]
    return "\n".join(lines) + "\n"


def edit_entry(catalog: Path, exercise_id: str) -> None:
    """The author's minimal edit: a task statement, three hints per concept and,
    for softmax, the exp folded into the probabilities (scaling it alone is
    invisible: the normalisation cancels it, which `author check` points out)."""
    raw = tomllib.loads(catalog.read_text())
    entry = next(e for e in raw["exercise"] if e["id"] == exercise_id)
    entry["task"] = TASKS[exercise_id]
    if exercise_id == "softmax":
        entry["concept"] = [c for c in entry["concept"] if c["id"] != "shifted"]
        probs = next(c for c in entry["concept"] if c["id"] == "probs")
        probs["select"] = [{"assign": ["shifted", "probs"]}]
        entry["ladder"] = [[c for c in level if c != "shifted"] for level in entry["ladder"]]
        entry["dataflow"] = [[c if c != "shifted" else "probs", n] for c, n in entry["dataflow"]]
    for concept in entry["concept"]:
        concept["hints"] = ["Think about what this step needs.", "Say it in words first.", "See the reference."]
    catalog.write_text(dump_catalog(raw))


def _author(tmp_path: Path, exercise_id: str, *extra: str) -> Path:
    program = tmp_path / f"{exercise_id}_program.py"
    program.write_text(PROGRAMS[exercise_id])
    result = runner.invoke(app, ["author", "new", exercise_id, "--from", str(program), *extra])
    assert result.exit_code == 0, result.output
    return program


@pytest.mark.parametrize("exercise_id", ["softmax", "rnn", "relu"])
def test_authored_exercise_passes_check_and_grades_fills(exercise_id: str, tmp_path: Path, rebuild_home: Path) -> None:
    _author(tmp_path, exercise_id)
    catalog = rebuild_home / "exercises" / "catalog.toml"
    assert (rebuild_home / "exercises" / "reference" / f"{exercise_id}.py").read_text() == PROGRAMS[exercise_id]
    if exercise_id == "softmax":  # the proposal as it stands: usable, and its problems named
        proposed = runner.invoke(app, ["author", "check", exercise_id])
        assert proposed.exit_code == 1
        assert f"{catalog}: exercise softmax, concept scores, hints: no hints yet" in proposed.stdout
        assert f"{catalog}: exercise softmax, task: still the proposed paragraph" in proposed.stdout
        assert f"{catalog}: exercise softmax, concept shifted: not load-bearing" in proposed.stdout
    edit_entry(catalog, exercise_id)
    checked = runner.invoke(app, ["author", "check", exercise_id])
    assert checked.exit_code == 0, checked.output
    assert "No problems found." in checked.stdout

    listed = runner.invoke(app, ["list"])
    assert exercise_id in listed.stdout and "[user]" in listed.stdout and "sigmoid" in listed.stdout
    workspace = tmp_path / "ws"
    handed = runner.invoke(app, ["next", "--exercise", exercise_id, "--dir", str(workspace)])
    assert handed.exit_code == 0, handed.output
    concept, right, wrong = FILLS[exercise_id]
    skeleton = (workspace / f"{exercise_id}.py").read_text()
    assert f"# TODO({concept})" in skeleton
    lines = skeleton.splitlines(keepends=True)
    blank = next(i for i, line in enumerate(lines) if f"# TODO({concept})" in line)
    attempt = workspace / f"{exercise_id}.py"
    attempt.write_text("".join([*lines[:blank], wrong, *lines[blank + 1 :]]))
    failed = runner.invoke(app, ["check", str(attempt), "--exercise", exercise_id, "--timeout", "120"])
    assert failed.exit_code == 1, failed.output
    assert failed.stdout.startswith(f"FAILED {exercise_id}:") and "Recorded as attempt" in failed.stdout
    attempt.write_text("".join([*lines[:blank], right, *lines[blank + 1 :]]))
    passed = runner.invoke(app, ["check", str(attempt), "--exercise", exercise_id, "--timeout", "120"])
    assert passed.exit_code == 0, passed.output
    assert "Recorded as attempt" in passed.stdout and "Next review" in passed.stdout

    history = json.loads(runner.invoke(app, ["export"]).stdout)
    assert any(review["exercise"] == exercise_id for review in history["reviews"])
    stats = json.loads(runner.invoke(app, ["stats", "--json"]).stdout)
    assert exercise_id in [e["id"] for e in stats["exercises"]]


def test_author_new_refuses_clearly(tmp_path: Path) -> None:
    _author(tmp_path, "relu")
    again = runner.invoke(app, ["author", "new", "relu", "--from", str(tmp_path / "relu_program.py")])
    assert again.exit_code == 2 and "already an exercise called 'relu'" in again.output
    builtin = runner.invoke(app, ["author", "new", "sigmoid", "--from", str(tmp_path / "relu_program.py")])
    assert builtin.exit_code == 2 and "already" in builtin.output
    missing = runner.invoke(app, ["author", "new", "other", "--from", str(tmp_path / "nope.py")])
    assert missing.exit_code == 2 and "does not exist" in missing.output
    (tmp_path / "broken.py").write_text("for i in range(3)\n    pass\n")
    broken = runner.invoke(app, ["author", "new", "other", "--from", str(tmp_path / "broken.py")])
    assert broken.exit_code == 2 and "does not parse: line 1" in broken.output
    bad_id = runner.invoke(app, ["author", "new", "Bad Id", "--from", str(tmp_path / "relu_program.py")])
    assert bad_id.exit_code == 2 and "cannot be an exercise id" in bad_id.output
    for result in (again, builtin, missing, broken, bad_id):
        assert "Traceback" not in result.output


def test_proposal_finds_functions_seed_draws_and_the_training_loop(tmp_path: Path, rebuild_home: Path) -> None:
    _author(tmp_path, "relu")
    entry = tomllib.loads((rebuild_home / "exercises" / "catalog.toml").read_text())["exercise"][0]
    selects = {c["id"]: c["select"] for c in entry["concept"]}
    assert selects["relu"] == [{"function": "relu"}]
    assert selects["seed"] == [{"call": ["np.random.seed"]}]
    assert selects["init"] == [{"assign": ["W1", "W2"]}]
    assert selects["update"] == [{"update": ["W2", "W1"]}]
    assert selects["loop"] == [{"loop_over": "it"}]
    assert {"hidden", "out", "diff", "d-out", "d-hidden"} <= set(selects)
    assert entry["state"] == ["W2", "W1"]
    assert entry["ladder"][-1] == ["relu", "seed", "init", "loop"]
    assert all(c["hints"] == [] for c in entry["concept"])


def test_user_skeletons_follow_their_reference_and_empty_hints_are_said(tmp_path: Path, rebuild_home: Path) -> None:
    _author(tmp_path, "relu")
    first = runner.invoke(app, ["next", "--exercise", "relu", "--stdout"]).stdout
    reference = rebuild_home / "exercises" / "reference" / "relu.py"
    reference.write_text(reference.read_text().replace("lr = 0.1", "lr = 0.2"))
    second = runner.invoke(app, ["next", "--exercise", "relu", "--stdout"]).stdout
    assert "lr = 0.1" in first and "lr = 0.2" in second  # the skeleton cache is keyed by content
    handed = runner.invoke(app, ["next", "--exercise", "relu", "--dir", str(tmp_path / "ws")])
    assert handed.exit_code == 0, handed.output
    hint = runner.invoke(app, ["hint", "relu"])
    assert hint.exit_code == 2 and "has no hints in the catalog" in hint.output


DEFECT_PROGRAM = """import numpy as np

np.random.seed(2)
X = np.random.uniform(-1, 1, (16, 2))
y = X[:, :1] - X[:, 1:]
W = np.random.randn(2, 1)
N = len(X)
scale = 1.0
for it in range(200):
    out = X.dot(W) * scale
    unused = out.sum()
    W -= 0.1 * X.T.dot(out - y) / N
    if it % 50 == 0:
        print("iteration", it, "error", np.mean((out - y) ** 2))
print("done")
"""
UNSEEDED_PROGRAM = DEFECT_PROGRAM.replace("np.random.seed(2)\n", "")
TABS_PROGRAM = DEFECT_PROGRAM.replace("    ", "\t")  # a blank is indented with spaces: mixed indentation
SLOW_PROGRAM = "import time\n\ntime.sleep(600)\nx = 1\nprint(x)\n"
HINTS = ["a nudge", "the idea", "the formula"]


def _concept(ident: str, select: list[dict[str, Any]], hints: list[str] = HINTS) -> dict[str, Any]:
    return {"id": ident, "label": f"the {ident}", "select": select, "hints": hints}


def _entry(ident: str, reference: str, concepts: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    entry = {"id": ident, "title": ident, "summary": "s", "reference": reference, "task": "Train it.", "state": ["W"]}
    return {**entry, "ladder": [[c["id"] for c in concepts]], **fields, "concept": concepts}


def _defects(folder: Path) -> None:
    (folder / "reference").mkdir(parents=True)
    (folder / "reference" / "net.py").write_text(DEFECT_PROGRAM)
    (folder / "reference" / "unseeded.py").write_text(UNSEEDED_PROGRAM)
    (folder / "reference" / "tabs.py").write_text(TABS_PROGRAM)
    update = _concept("update", [{"update": ["W"]}])
    out = _concept("out", [{"assign": ["out"]}])
    entries = [
        _entry("no-match", "net.py", [update, _concept("ghost", [{"assign": ["nothing_here"]}])]),
        _entry("dead-code", "net.py", [update, _concept("unused", [{"assign": ["unused"]}])]),
        _entry("tabs", "tabs.py", [update, out]),
        _entry("narrowing", "net.py", [update, out], ladder=[["update", "out"], ["out"]]),
        _entry("telling", "net.py", [update, out], task="Compute out = X.dot(W) * scale each iteration."),
        _entry("few-hints", "net.py", [update, _concept("out", [{"assign": ["out"]}], hints=["only one"])]),
        _entry("twice", "net.py", [update, out, out]),
        _entry("sigmoid", "net.py", [update, out]),
        _entry("unseeded", "unseeded.py", [update, out]),
        {"id": "untitled", "summary": "s", "reference": "net.py", "task": "t", "concept": [update]},
    ]
    (folder / "catalog.toml").write_text(dump_catalog({"format_version": 1, "exercise": entries}))


def test_each_kind_of_defect_is_reported_where_it_is(tmp_path: Path) -> None:
    folder = tmp_path / "defects"
    _defects(folder)
    result = runner.invoke(app, ["author", "check", str(folder)])
    assert result.exit_code == 1, result.output
    problems = [line for line in result.stdout.splitlines() if line.startswith("PROBLEM")]
    expected = {
        "no-match": ("concept ghost, select", "matches no code"),
        "dead-code": ("concept unused", "not load-bearing"),
        "dead-code, level 1 (unused)": ("", "passes as handed out"),
        "tabs": ("level 1 (out)", "does not parse"),
        "narrowing": ("ladder", "blanks less than level 2"),
        "telling": ("task/labels", "gives away out"),
        "few-hints": ("concept out, hints", "1 hint step(s)"),
        "twice": ("concept", "out defined twice"),
        "sigmoid": ("id", "already used"),
        "unseeded": ("reference", "two runs give different numbers"),
        "untitled": ("title", "the field 'title' is missing"),
    }
    for exercise, (field, message) in expected.items():
        where = f"{folder / 'catalog.toml'}: exercise {exercise}" + (f", {field}: " if field else ": ")
        assert any(p.startswith(f"PROBLEM {where}") and message in p for p in problems), (exercise, result.stdout)
    # one cause, one problem: a selector matching nothing is not also "not load-bearing"
    assert [p for p in problems if "exercise no-match," in p] == [
        p for p in problems if "exercise no-match, concept ghost, select" in p
    ]
    assert [p for p in problems if "exercise unseeded," in p] == [
        p for p in problems if "exercise unseeded, reference" in p
    ]


def test_a_reference_slower_than_the_limit_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from trainer.grading import validation
    from trainer.grading.sandbox import Limits

    monkeypatch.setattr(validation, "CHECK_LIMITS", Limits(timeout=2.0))  # it sleeps for ten minutes
    folder = tmp_path / "slow"
    (folder / "reference").mkdir(parents=True)
    (folder / "reference" / "slow.py").write_text(SLOW_PROGRAM)
    entry = _entry("slow", "slow.py", [_concept("x", [{"assign": ["x"]}])], state=[])
    (folder / "catalog.toml").write_text(dump_catalog({"format_version": 1, "exercise": [entry]}))
    result = runner.invoke(app, ["author", "check", str(folder)])
    assert result.exit_code == 1
    assert f"{folder / 'catalog.toml'}: exercise slow, reference: it does not finish within 2 s" in result.stdout


def test_a_broken_user_catalog_never_breaks_the_built_in_one(tmp_path: Path, rebuild_home: Path) -> None:
    broken = tmp_path / "class"
    broken.mkdir()
    (broken / "catalog.toml").write_text("format_version = 1\n[[exercise]\nid = 'x'\n")
    configured = runner.invoke(app, ["config", "catalogs", str(broken)])
    assert configured.exit_code == 0, configured.output
    listed = runner.invoke(app, ["list"])
    assert listed.exit_code == 0 and "sigmoid" in listed.stdout
    assert "warning" in listed.stderr and "cannot be read as TOML" in listed.stderr
    checked = runner.invoke(app, ["author", "check", str(broken)])
    assert checked.exit_code == 1 and "cannot be read as TOML" in checked.stdout
    handed = runner.invoke(app, ["next", "--exercise", "sigmoid", "--dir", str(tmp_path / "ws")])
    assert handed.exit_code == 0


def test_config_validates_catalogs(tmp_path: Path) -> None:
    nowhere = runner.invoke(app, ["config", "catalogs", str(tmp_path / "nowhere")])
    assert nowhere.exit_code == 2 and "holds no catalog.toml" in nowhere.output
    wrong = runner.invoke(app, ["config", "catalogs", "[1, 2]"])
    assert wrong.exit_code == 2 and "list of folder paths" in wrong.output


def test_author_check_refuses_unusable_input(tmp_path: Path) -> None:
    unknown = runner.invoke(app, ["author", "check", "no-such-exercise"])
    assert unknown.exit_code == 2 and "sigmoid" in unknown.output
    empty = runner.invoke(app, ["author", "check", str(tmp_path)])
    assert empty.exit_code == 2 and "holds no catalog.toml" in empty.output


def test_builtin_catalog_passes_author_check() -> None:
    from trainer.exercises.catalogs import builtin_folder
    from trainer.grading.validation import check_catalogs

    assert [str(p) for p in check_catalogs([builtin_folder()]).problems] == []
