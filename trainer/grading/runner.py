"""Runs one program for the grader, in its own process (`python -I` this file).

Never imported by the trainer: it is executed as a script, with the program's
path, the grading mode and the fd of the private result channel. It rewrites
every loop so that the grader can see the program's state at fixed iterations
(name-agnostic: every array in the loop's frame), and in `sampled` mode walks a
long loop only over a fixed sample of its items (the first ones, the ones around
every multiple of 1000, the last ones). The reference program is run the very
same way, so the two traces are comparable item for item.

Results go to the channel as an .npz (plain arrays, no pickle) plus a JSON
header; the program's stdout goes wherever the grader pointed fd 1.
"""

import ast
import builtins
import contextlib
import functools
import io
import json
import operator
import os
import sys
from collections.abc import Iterable, Iterator
from types import FrameType
from typing import Any

LONG = 5000  # loops at least this long are training loops
HEAD = 1000  # sampled mode: items walked from the start of a long loop
STRIDE = 1000  # ... then the items around every multiple of STRIDE, then the last ones
CHECKPOINTS_FULL = sorted({0, 1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000, 1999} | {k * 5000 for k in range(1, 1000)})
CHECKPOINTS_FULL_SET = set(CHECKPOINTS_FULL)
CHECKPOINTS_SAMPLED = [0, 1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 999]
MAX_SNAPSHOT_SIZE = 100_000
BLOCKED = ("trainer", "reference", "exercises")


class NeedsFullRun(BaseException):
    """A long loop whose items cannot be sampled (unknown length, a while loop)."""


class Recorder:
    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.loops: list[dict[str, Any]] = []  # one dict per long-loop instance, in execution order
        self.snapshots: dict[str, dict[str, Any]] = {}  # "loop/position" -> {name: array}
        self.while_counts: dict[int, list[Any]] = {}
        self.pending: dict[
            tuple[int, int], dict[str, Any]
        ] = {}  # (while-loop id, position) -> snapshot, until the loop proves long

    def snapshot(
        self, frame: FrameType, loop_index: int | None, position: int | str, pending_for: int | None = None
    ) -> None:
        import numpy as np

        found: dict[str, Any] = {}
        for name, value in list(frame.f_locals.items()):
            if isinstance(value, np.ndarray) and value.size <= MAX_SNAPSHOT_SIZE and value.dtype.kind in "biuf":
                found[name] = np.array(value, dtype=np.float64, copy=True)
            elif isinstance(value, (float, np.floating)) and not isinstance(value, bool):
                found[name] = np.array(float(value))
        if pending_for is not None:
            self.pending[(pending_for, int(position))] = found
        else:
            self.snapshots[f"{loop_index}/{position}"] = found

    def positions(self, length: int) -> list[int] | None:
        if self.mode != "sampled":
            return None
        picked = set(range(min(HEAD, length)))
        for k in range(STRIDE, length, STRIDE):
            picked.update((k - 1, k, k + 1))
        picked.update((length - 2, length - 1))
        return sorted(p for p in picked if 0 <= p < length)


def _loop(recorder: Recorder, loop_id: int, iterable: Iterable[Any]) -> Iterator[Any]:
    """Stands in for the iterable of every `for` loop."""
    hint = operator.length_hint(iterable, -1)
    if 0 <= hint < LONG:
        yield from iterable
        return
    if hint < 0 and recorder.mode == "sampled":
        raise NeedsFullRun()
    length = hint if hint >= 0 else None
    index = len(recorder.loops)
    recorder.loops.append({"id": loop_id, "length": length, "walked": 0})
    frame = sys._getframe(1)
    positions = recorder.positions(length) if length is not None else None
    checkpoints = set(CHECKPOINTS_SAMPLED if positions is not None else CHECKPOINTS_FULL)
    source: Iterable[Any]
    if positions is None:
        source = iterable
    else:
        items = iterable if isinstance(iterable, (range, list, tuple)) else list(iterable)
        source = (items[p] for p in positions)
    step = 0
    for step, item in enumerate(source):
        if step in checkpoints:
            recorder.snapshot(frame, index, step)
        recorder.loops[index]["walked"] = step + 1
        yield item
    recorder.snapshot(frame, index, "end")


def _while_start(recorder: Recorder, loop_id: int) -> None:
    recorder.while_counts[loop_id] = [0, None]  # ticks so far, index among long loops


def _while_tick(recorder: Recorder, loop_id: int) -> bool:
    """Called before each test of a `while` condition: tick n starts iteration n."""
    state = recorder.while_counts.setdefault(loop_id, [0, None])
    position = state[0]
    state[0] += 1
    if position < LONG:
        if position in CHECKPOINTS_FULL_SET:
            recorder.snapshot(sys._getframe(1), None, position, pending_for=loop_id)
        return True
    if recorder.mode == "sampled":
        raise NeedsFullRun()
    frame = sys._getframe(1)
    if state[1] is None:  # the loop just turned out to be long: register it
        state[1] = len(recorder.loops)
        recorder.loops.append({"id": loop_id, "length": None, "walked": 0})
        for key in [k for k in recorder.pending if k[0] == loop_id]:
            recorder.snapshots[f"{state[1]}/{key[1]}"] = recorder.pending.pop(key)
    if position in CHECKPOINTS_FULL_SET:
        recorder.snapshot(frame, state[1], position)
    return True


def _while_end(recorder: Recorder, loop_id: int) -> None:
    state = recorder.while_counts.pop(loop_id, None)
    if state is None or state[1] is None:
        recorder.pending = {k: v for k, v in recorder.pending.items() if k[0] != loop_id}
        return
    recorder.loops[state[1]].update(length=state[0] - 1, walked=state[0] - 1)
    recorder.snapshot(sys._getframe(1), state[1], "end")


class _Instrument(ast.NodeTransformer):
    def __init__(self) -> None:
        self.next_id = 0

    def _id(self) -> int:
        self.next_id += 1
        return self.next_id

    def visit_For(self, node: ast.For) -> ast.For:
        self.generic_visit(node)
        node.iter = ast.Call(ast.Name("__rebuild_loop__", ast.Load()), [ast.Constant(self._id()), node.iter], [])
        return node

    def visit_While(self, node: ast.While) -> list[ast.stmt]:
        self.generic_visit(node)
        loop_id = self._id()

        def call(name: str) -> ast.Call:
            return ast.Call(ast.Name(name, ast.Load()), [ast.Constant(loop_id)], [])

        node.test = ast.BoolOp(ast.And(), [call("__rebuild_while__"), node.test])
        return [ast.Expr(call("__rebuild_while_start__")), node, ast.Expr(call("__rebuild_while_end__"))]


class _BlockTrainer:
    """Refuse imports of the trainer's own code (its reference programs)."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"importing {name!r} is not allowed in an exercise: write the network yourself")
        return None


def _limit_resources(memory_mb: int, output_mb: int) -> None:
    import resource

    cap = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    out = output_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (out, out))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _perturb_numpy() -> None:
    """Reference sensitivity run: every exp and tanh one ulp off."""
    import numpy as np

    exp, tanh = np.exp, np.tanh
    setattr(np, "exp", lambda x, *a, **k: exp(x, *a, **k) * (1 + 2.0**-52))  # noqa: B010  (numpy's stubs forbid it)
    setattr(np, "tanh", lambda x, *a, **k: tanh(x, *a, **k) * (1 + 2.0**-52))  # noqa: B010


def _send(fd: int, recorder: Recorder, status: str, detail: str) -> None:
    import numpy as np

    header = {"status": status, "detail": detail, "loops": recorder.loops}
    arrays = {"__header__": np.frombuffer(json.dumps(header).encode(), dtype=np.uint8)}
    for key, found in recorder.snapshots.items():
        for name, value in found.items():
            arrays[f"{key}/{name}"] = value
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)  # type: ignore[arg-type]  # numpy stubs type **kwds as allow_pickle
    with os.fdopen(fd, "wb") as channel:
        channel.write(buffer.getvalue())


def main() -> None:
    path, mode, channel, memory_mb, output_mb, perturb = sys.argv[1:7]
    fd = int(channel)
    _limit_resources(int(memory_mb), int(output_mb))
    recorder = Recorder(mode)
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read(), filename=path)
    tree = ast.fix_missing_locations(_Instrument().visit(tree))
    code = compile(tree, path, "exec")
    import numpy  # noqa: F401  (loaded before the program, outside its time)

    if perturb == "1":
        _perturb_numpy()
    # partial objects add no Python frame: the hooks' caller frame is the program's
    setattr(builtins, "__rebuild_loop__", functools.partial(_loop, recorder))  # noqa: B010
    setattr(builtins, "__rebuild_while__", functools.partial(_while_tick, recorder))  # noqa: B010
    setattr(builtins, "__rebuild_while_start__", functools.partial(_while_start, recorder))  # noqa: B010
    setattr(builtins, "__rebuild_while_end__", functools.partial(_while_end, recorder))  # noqa: B010
    sys.meta_path.insert(0, _BlockTrainer())
    sys.argv = [path]
    namespace = {"__name__": "__main__", "__file__": path, "__builtins__": builtins}
    real_stdout = sys.stdout
    status, detail = "finished", ""
    try:
        exec(code, namespace)
    except NeedsFullRun:
        status = "needs-full"
    except SystemExit as stop:
        # sys.exit() with success is a normal end; the comparisons catch an early one
        if stop.code not in (None, 0):
            status, detail = "exited", str(stop.code)
    except MemoryError:
        status = "memory"
    except BaseException as error:  # the program's own error, reported to the learner
        import traceback

        frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == path]
        where = f" (line {frames[-1].lineno}: {frames[-1].line})" if frames else ""
        status, detail = "error", f"{type(error).__name__}: {error}{where}"
    with contextlib.suppress(Exception):
        real_stdout.flush()
    _send(fd, recorder, status, detail)


if __name__ == "__main__":
    main()
