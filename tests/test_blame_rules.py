"""The concept a failure is blamed on, rule by rule, on small programs written in
other styles than the corpus's (dicts, classes, closures, while loops)."""

from __future__ import annotations

from pathlib import Path

from trainer.basics.paths import cache_dir
from trainer.exercises.catalog import load_catalog
from trainer.grading.check import grade
from trainer.grading.sandbox import Limits
from trainer.grading.verdict import Verdict

DATA = """
import numpy as np
X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0, 1, 1, 0]]).T
"""


def _grade(tmp_path: Path, exercise: str, program: str) -> tuple[list[str], Verdict]:
    path = tmp_path / "mine.py"
    path.write_text(program, encoding="utf-8")
    verdict = grade(load_catalog(), path, exercise, Limits(timeout=300), cache_dir())
    assert not verdict.passed
    return [c.concept for c in verdict.concepts if c.passed is False], verdict


# -- printed text: blamed on the concept whose reference code prints it --------------------------


def test_a_printed_line_belongs_to_the_concept_that_prints_it() -> None:
    from trainer.grading.printers import printing_concept

    sweep = load_catalog().get("alpha-sweep")
    assert printing_concept(sweep, "Error after 0 iterations:0.4964100319027255") == "error-print"
    # printed outside every concept, before each run's error log in the same loop: that log's header
    assert printing_concept(sweep, "Training With Alpha:0.001") == "error-print"
    # printed after the training: a final output, no concept's log
    assert printing_concept(load_catalog().get("bias"), "Output After Training:") is None
    assert printing_concept(load_catalog().get("direction-changes"), "Synapse 0 Update Direction Changes") is None
    # two-layer's concepts print nothing: no concept to blame
    assert printing_concept(load_catalog().get("two-layer"), "Output After Training:") is None


def test_a_missing_run_header_is_the_printing_concepts(tmp_path: Path) -> None:
    program = (
        DATA
        + """
def sigmoid(x):
    return 1 / (1 + np.exp(-x))

def train(alpha):
    np.random.seed(1)
    w = {"a": 2 * np.random.random((3, 4)) - 1, "b": 2 * np.random.random((4, 1)) - 1}
    j = 0
    while j < 60000:
        h = sigmoid(X @ w["a"])
        out = sigmoid(h @ w["b"])
        if j % 10000 == 0:
            print(f"Error after {j} iterations:{np.mean(np.abs(out - y))}")
        d_out = (out - y) * out * (1 - out)
        d_h = d_out @ w["b"].T * h * (1 - h)
        w["b"] -= alpha * h.T @ d_out
        w["a"] -= alpha * X.T @ d_h
        j += 1

for alpha in [0.001, 0.01, 0.1, 1, 10, 100, 1000]:
    print()
    print("alpha =", alpha)
    train(alpha)
"""
    )
    blamed, verdict = _grade(tmp_path, "alpha-sweep", program)
    assert blamed == ["error-print"], verdict.summary
    assert "Training With Alpha" in verdict.summary


# -- a quantity not seen is vouched for by what is computed from it --------------------------


def test_what_each_quantity_is_computed_from_is_read_in_order() -> None:
    from trainer.grading.upstream import upstream

    three = upstream(load_catalog().get("three-layer"))
    # synapse_1's update uses the output delta, not the hidden one computed before it
    assert "layer_1_delta" not in three["synapse_1"] and "layer_2_delta" in three["synapse_1"]
    assert three["layer_1"] == frozenset()  # computed from last iteration's weights only


def test_a_fused_error_is_not_blamed_for_a_wrong_update(tmp_path: Path) -> None:
    program = """
import numpy as np
net = {"X": np.array([[0, 1], [0, 1], [1, 0], [1, 0]]), "y": np.array([[0, 0, 1, 1]]).T}
np.random.seed(1)
net["w"] = 2 * np.random.random((2, 1)) - 1
for _ in range(10000):
    out = 1 / (1 + np.exp(-net["X"].dot(net["w"])))
    delta = (out - net["y"]) * out * (1 - out)
    net["w"] -= net["X"].T.dot(delta) + 0.01
print("Output After Training:")
print(out)
"""
    blamed, verdict = _grade(tmp_path, "two-layer", program)
    assert blamed == ["update"], verdict.summary


def test_quantities_in_a_closures_locals_are_vouched_for_by_the_right_weight(tmp_path: Path) -> None:
    program = (
        DATA
        + """
def make_step(weights, alpha):
    def step():
        hidden = 1 / (1 + np.exp(-X.dot(weights[0])))
        out = 1 / (1 + np.exp(-hidden.dot(weights[1])))
        out_delta = (out - y) * out * (1 - out)
        hidden_delta = out_delta.dot(weights[1].T)  # the slope of the hidden layer is missing
        weights[1] -= alpha * hidden.T.dot(out_delta)
        weights[0] -= alpha * X.T.dot(hidden_delta)
    return step

np.random.seed(1)
weights = [2 * np.random.random((3, 4)) - 1, 2 * np.random.random((4, 1)) - 1]
step = make_step(weights, 0.5)
count = 0
while count < 60000:
    step()
    count += 1
"""
    )
    blamed, verdict = _grade(tmp_path, "three-layer", program)
    assert blamed == ["hidden-delta"], verdict.summary


# -- a step the reference's times a constant: the learning rate ------------------------------


def test_another_alpha_is_named_and_blamed_on_the_update(tmp_path: Path) -> None:
    program = (
        DATA
        + """
class Net:
    def __init__(self):
        np.random.seed(1)
        self.layers = {0: 2 * np.random.random((3, 4)) - 1, 1: 2 * np.random.random((4, 1)) - 1}
        self.alpha = 0.05

    def train(self, steps):
        for _ in range(steps):
            l1 = 1 / (1 + np.exp(-X @ self.layers[0]))
            l2 = 1 / (1 + np.exp(-l1 @ self.layers[1]))
            d2 = (l2 - y) * l2 * (1 - l2)
            d1 = d2 @ self.layers[1].T * l1 * (1 - l1)
            self.layers[1] -= self.alpha * l1.T @ d2
            self.layers[0] -= self.alpha * X.T @ d1

Net().train(60000)
"""
    )
    blamed, verdict = _grade(tmp_path, "three-layer", program)
    assert blamed == ["update"], verdict.summary
    assert "uses alpha 0.05 where the reference uses 0.5" in verdict.summary


def test_a_sweep_in_another_order_is_blamed_on_the_loop(tmp_path: Path) -> None:
    program = (
        DATA
        + """
def sigmoid(x):
    return 1 / (1 + np.exp(-x))

rates = iter([0.01, 0.001, 0.1, 1, 10, 100, 1000])
for alpha in rates:
    print("\\nTraining With Alpha:" + str(alpha))
    np.random.seed(1)
    s0, s1 = 2 * np.random.random((3, 4)) - 1, 2 * np.random.random((4, 1)) - 1
    for j in range(60000):
        l1 = sigmoid(X.dot(s0))
        l2 = sigmoid(l1.dot(s1))
        if j % 10000 == 0:
            print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(l2 - y))))
        d2 = (y - l2) * l2 * (1 - l2)
        d1 = d2.dot(s1.T) * l1 * (1 - l1)
        s1 += alpha * l1.T.dot(d2)
        s0 += alpha * X.T.dot(d1)
"""
    )
    blamed, verdict = _grade(tmp_path, "alpha-sweep", program)
    assert blamed == ["loop"], verdict.summary
    assert "training run 1 uses alpha 0.01 where the reference uses 0.001" in verdict.summary


# -- a shape error is blamed where the wrong shape was made ----------------------------------


def test_a_broadcast_made_before_the_crash_is_blamed_where_it_was_made(tmp_path: Path) -> None:
    program = (
        DATA
        + """
class Net:
    def __init__(self):
        np.random.seed(1)
        self.synapse_0 = 2 * np.random.random((3, 4)) - 1
        self.synapse_1 = 2 * np.random.random((4, 1)) - 1

    def step(self):
        self.layer_1 = 1 / (1 + np.exp(-X.dot(self.synapse_0)))
        self.layer_2 = 1 / (1 + np.exp(-self.layer_1.dot(self.synapse_1)))
        # the hidden layer's slope: (4,1) * (4,4) broadcasts into (4,4)
        self.layer_2_delta = (self.layer_2 - y) * self.layer_1 * (1 - self.layer_1)
        self.layer_1_delta = self.layer_2_delta.dot(self.synapse_1.T) * self.layer_1
        self.synapse_1 -= 0.5 * self.layer_1.T.dot(self.layer_2_delta)
        self.synapse_0 -= 0.5 * X.T.dot(self.layer_1_delta)

net = Net()
for j in range(60000):
    net.step()
"""
    )
    blamed, verdict = _grade(tmp_path, "three-layer", program)
    assert blamed == ["output-delta"], verdict.summary
    assert "stopped with an error" in verdict.summary
    assert "your self.layer_2_delta has shape (4, 4), the reference's (4, 1)" in verdict.summary


def test_a_target_row_is_named_as_the_reason_of_a_wrong_error_shape(tmp_path: Path) -> None:
    program = """
import numpy as np
X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = np.array([[0, 1, 1, 0]])
alphas = [0.001, 0.01, 0.1, 1, 10, 100, 1000]
i = 0
while i < len(alphas):
    alpha = alphas[i]
    print("\\nTraining With Alpha:" + str(alpha))
    np.random.seed(1)
    synapse_0 = 2 * np.random.random((3, 4)) - 1
    synapse_1 = 2 * np.random.random((4, 1)) - 1
    for j in range(60000):
        layer_1 = 1 / (1 + np.exp(-np.dot(X, synapse_0)))
        layer_2 = 1 / (1 + np.exp(-np.dot(layer_1, synapse_1)))
        layer_2_error = layer_2 - y
        if j % 10000 == 0:
            print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(layer_2_error))))
        layer_2_delta = layer_2_error * layer_2 * (1 - layer_2)
        layer_1_error = layer_2_delta.dot(synapse_1.T)
        layer_1_delta = layer_1_error * layer_1 * (1 - layer_1)
        synapse_1 -= alpha * layer_1.T.dot(layer_2_delta)
        synapse_0 -= alpha * X.T.dot(layer_1_delta)
    i += 1
"""
    blamed, verdict = _grade(tmp_path, "alpha-sweep", program)
    assert blamed == ["error"], verdict.summary
    assert "your layer_2_error has shape (4, 4), the reference's (4, 1)" in verdict.summary
    assert "your y has shape (1, 4), the reference's (4, 1)" in verdict.summary


# -- starting weights: the draws (init) or the seeding (reseed) ------------------------------


def test_an_affine_image_of_the_seeded_numbers_is_found_at_its_offset() -> None:
    import numpy as np

    from trainer.grading.seeding import _offset

    stream = np.random.RandomState(1).random_sample(64)
    assert _offset(0.5 - 3 * stream[5:17], stream) == 5
    assert _offset(np.random.RandomState(7).random_sample(12), stream) is None
    assert _offset(np.zeros(12), stream) is None


SWEEP_BODY = """
        for j in range(60000):
            l1 = 1 / (1 + np.exp(-X.dot(w[0])))
            l2 = 1 / (1 + np.exp(-l1.dot(w[1])))
            if j % 10000 == 0:
                print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(l2 - y))))
            d2 = (l2 - y) * l2 * (1 - l2)
            d1 = d2.dot(w[1].T) * l1 * (1 - l1)
            w[1] -= alpha * l1.T.dot(d2)
            w[0] -= alpha * X.T.dot(d1)
"""


def test_weights_carried_from_the_last_run_are_the_draws_fault(tmp_path: Path) -> None:
    program = (
        DATA
        + """
class Sweep:
    def __init__(self):
        np.random.seed(1)
        self.w = [2 * np.random.random((3, 4)) - 1, 2 * np.random.random((4, 1)) - 1]

    def run(self, alpha):
        w = self.w
        print("\\nTraining With Alpha:" + str(alpha))
"""
        + SWEEP_BODY
        + """
sweep = Sweep()
for alpha in [0.001, 0.01, 0.1, 1, 10, 100, 1000]:
    np.random.seed(1)
    sweep.run(alpha)
"""
    )
    blamed, verdict = _grade(tmp_path, "alpha-sweep", program)
    assert blamed == ["init"], verdict.summary
    assert "your training run 1 ended with" in verdict.summary


def test_weights_drawn_before_seeding_are_the_seedings_fault(tmp_path: Path) -> None:
    program = (
        DATA
        + """
def run(alpha):
    print("\\nTraining With Alpha:" + str(alpha))
    w = {0: np.random.uniform(-1, 1, (3, 4)), 1: np.random.uniform(-1, 1, (4, 1))}
    np.random.seed(1)
"""
        + SWEEP_BODY.replace("\n        ", "\n    ")
        + """
for alpha in [0.001, 0.01, 0.1, 1, 10, 100, 1000]:
    run(alpha)
"""
    )
    blamed, verdict = _grade(tmp_path, "alpha-sweep", program)
    assert blamed == ["reseed"], verdict.summary


def test_the_seeded_numbers_in_another_order_are_the_draws_fault(tmp_path: Path) -> None:
    program = (
        DATA
        + """
def run(alpha):
    print("\\nTraining With Alpha:" + str(alpha))
    np.random.seed(1)
    w = {1: np.random.uniform(-1, 1, (4, 1))}
    w[0] = np.random.uniform(-1, 1, (3, 4))
"""
        + SWEEP_BODY.replace("\n        ", "\n    ")
        + """
for alpha in [0.001, 0.01, 0.1, 1, 10, 100, 1000]:
    run(alpha)
"""
    )
    blamed, verdict = _grade(tmp_path, "alpha-sweep", program)
    assert blamed == ["init"], verdict.summary
    assert "another order" in verdict.summary


# -- weights that turn NaN: said so, and where, with no concept guessed --------------------------


def test_weights_that_turn_nan_are_named_with_the_iteration(tmp_path: Path) -> None:
    source = (Path(__file__).resolve().parent.parent / "reference" / "three-layer.py").read_text()
    step = "    synapse_1 -= (alpha * layer_1.T.dot(layer_2_delta))"
    assert step in source
    program = source.replace(step, "    synapse_1 -= (alpha * layer_1.T.dot(layer_2_delta)) / j  # 1/0 at j = 0")
    blamed, verdict = _grade(tmp_path, "three-layer", "import warnings\nwarnings.simplefilter('ignore')\n" + program)
    assert blamed == []
    assert "NaN or infinite in iteration 0 of the loop on line" in verdict.summary


def test_a_step_applied_one_iteration_late_is_the_updates_fault(tmp_path: Path) -> None:
    program = (
        DATA
        + """
def sigmoid(x):
    return 1 / (1 + np.exp(-x))

np.random.seed(1)
layers = [2 * np.random.random((3, 4)) - 1, 2 * np.random.random((4, 1)) - 1]
pending = [np.zeros((3, 4)), np.zeros((4, 1))]
for j in range(100):  # the weights' first iterations tell
    h = sigmoid(X.dot(layers[0]))
    out = sigmoid(h.dot(layers[1]))
    d_out = (y - out) * out * (1 - out)
    d_h = d_out.dot(layers[1].T) * h * (1 - h)
    for i, step in enumerate([X.T.dot(d_h), h.T.dot(d_out)]):
        layers[i] += pending[i]  # last iteration's step, before this one's is kept
        pending[i] = 10 * step
print(out)
"""
    )
    blamed, verdict = _grade(tmp_path, "three-layer", program)
    assert blamed == ["update"], verdict.summary
    assert "leaves the weights unchanged in its first iteration" in verdict.summary


def test_weights_drawn_inside_the_training_loop_are_told_so(tmp_path: Path) -> None:
    program = (
        DATA
        + """
import itertools

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

for alpha, j in itertools.product([0.001, 0.01, 0.1, 1, 10, 100, 1000], range(60000)):
    if j == 0:
        print("\\nTraining With Alpha:" + str(alpha))
        np.random.seed(1)
        a, b = 2 * np.random.random((3, 4)) - 1, 2 * np.random.random((4, 1)) - 1
    h = sigmoid(X @ a)
    out = sigmoid(h @ b)
    if j % 10000 == 0:
        print("Error after " + str(j) + " iterations:" + str(np.mean(np.abs(out - y))))
    d_out = (out - y) * out * (1 - out)
    d_h = d_out @ b.T * h * (1 - h)
    b -= alpha * h.T @ d_out
    a -= alpha * X.T @ d_h
    if j == 20:
        break  # the first iterations tell
"""
    )
    blamed, verdict = _grade(tmp_path, "alpha-sweep", program)
    assert blamed == ["loop"], verdict.summary
    assert "has no weights when it starts: it draws them inside" in verdict.summary
