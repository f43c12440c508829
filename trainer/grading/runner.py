"""Runs one program for the grader, in its own process (`python -I` this file).

Never imported by the trainer: it is executed as a script, with the program's
path, the fd of the private result channel, the memory and output limits, and
the fd of its orders (CPU limit, probe, zoom), which the grader sends once it
knows them: numpy loads here meanwhile. It rewrites every
`for` and `while` loop so that the grader can watch the whole run, and streams
what it sees as it happens, so the grader can stop a wrong program at its first
difference:

- every loop instance (a loop *site* in the source, entered once more) is
  numbered; the first instances of each site are followed closely;
- at checkpoint iterations of those instances, and when they end, it sends a
  snapshot: every number and numeric array reachable from the loop's frame
  (locals, globals, closures, attributes of objects, entries of dicts, lists and
  tuples), named by the path that reaches it (`params['W1']`, `self.W1`);
- with `probe` `1`, after the program ends it calls each of its functions on
  fixed inputs (a function exercise is graded on behaviour); with `site:N`, on
  first entering loop site N, and then it ends the run (see `_probe_and_end`).

Frames on the channel: 8 bytes (header length, blob length, big-endian), a JSON
header, then a blob of float64 values that the header's `arrays` describe.
No pickle, no compression: the grader parses them with fixed caps.
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import functools
import io
import itertools
import json
import operator
import os
import struct
import sys
import types
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import Any

MAX_ARRAY_SIZE = 100_000  # elements: bigger arrays are data, not weights
MAX_PATHS = 400  # values per snapshot
MAX_DEPTH = 4  # how deep into containers and objects a snapshot looks
MAX_ITEMS = 64  # items of one list, tuple or dict looked at
MAX_BLOB_BYTES = 8 * 1024 * 1024
BLOCKED = ("trainer", "reference", "exercises")
PROBES = (
    [-2.0, -1.0, 0.0, 1.0, 2.0],
    [[-700.0, -30.0, -5.0, -0.5], [0.5, 5.0, 30.0, 700.0]],
    [0.1, 0.25, 0.5, 0.75, 0.9],
)
PROBING = -2  # the seq of a loop run by a probed function
PROBE_ITERATIONS = 10_000  # a probed function's loop is ended after this many iterations
PROBE_STYLES = (("", ()), ("(..., True)", (True,)))  # f(x), and the article's nonlin(x, deriv=True)


def is_checkpoint(iteration: int) -> bool:
    """Iterations at which a followed loop instance is snapshotted: dense at the
    start, where most bugs show, then every 1,000th."""
    return iteration <= 10 or iteration in (20, 50, 100, 200, 500) or iteration % 1000 == 0


def is_followed(instance: int) -> bool:
    """Which instances of one loop site are followed: the first sixteen (every
    alpha of a sweep), then a few ever sparser ones (helper loops run millions)."""
    return instance < 16 or instance in (20, 50, 100, 200, 500, 1000, 10_000, 100_000)


class Channel:
    """The grader's end of the pipe: framed JSON headers and float64 blobs."""

    def __init__(self, fd: int) -> None:
        self.out = os.fdopen(fd, "wb", buffering=1 << 16)

    def send(self, header: dict[str, Any], arrays: dict[str, Any] | None = None) -> None:
        blob = io.BytesIO()
        described = []
        for name, value in (arrays or {}).items():
            data = value.tobytes()
            if blob.tell() + len(data) > MAX_BLOB_BYTES:
                break
            described.append([name, list(value.shape), blob.tell()])
            blob.write(data)
        if arrays is not None:
            header = {**header, "arrays": described}
        text = json.dumps(header, allow_nan=False).encode()
        self.out.write(struct.pack(">II", len(text), blob.tell()) + text + blob.getvalue())
        self.out.flush()  # the grader compares as the run goes, and may stop it at a difference

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.out.close()


class Snapshotter:
    """Every number reachable from a frame, as float64 arrays keyed by path."""

    def __init__(self) -> None:
        import numpy

        self.np = numpy
        self.skip = (types.ModuleType, types.FunctionType, types.BuiltinFunctionType, type, types.MethodType)

    def take(self, frame: types.FrameType) -> dict[str, Any]:
        found: dict[str, Any] = {}
        seen: set[int] = set()
        roots = dict(frame.f_locals)
        if frame.f_globals is not frame.f_locals:
            roots.update({k: v for k, v in frame.f_globals.items() if k not in roots})
        for name, value in roots.items():
            if not name.startswith("__"):
                self._walk(name, value, 0, found, seen)
        return found

    def _walk(self, path: str, value: Any, depth: int, found: dict[str, Any], seen: set[int]) -> None:
        np = self.np
        if isinstance(value, types.FunctionType):
            self._walk_closure(path, value, depth, found, seen)
            return
        if len(found) >= MAX_PATHS or isinstance(value, self.skip) or id(value) in seen:  # seen: no cycles
            return
        if isinstance(value, np.ndarray):  # recorded under every path that reaches it
            if value.dtype.kind in "biuf" and value.size <= MAX_ARRAY_SIZE:
                found[path] = np.array(value, dtype=np.float64)
            return
        if isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, (bool, np.bool_)):
            with contextlib.suppress(OverflowError):
                found[path] = np.array(float(value))
            return
        if depth >= MAX_DEPTH or isinstance(value, (str, bytes)):
            return
        seen.add(id(value))
        for key, item in _members(value):
            self._walk(f"{path}{key}", item, depth + 1, found, seen)

    def _walk_closure(self, path: str, value: Any, depth: int, found: dict[str, Any], seen: set[int]) -> None:
        """The variables a function closes over (`step.<synapse_0>`): weights may live only there."""
        if depth >= MAX_DEPTH or id(value) in seen or not value.__closure__:
            return
        seen.add(id(value))
        for name, cell in list(zip(value.__code__.co_freevars, value.__closure__))[:MAX_ITEMS]:
            try:
                item = cell.cell_contents
            except ValueError:  # a cell not yet assigned
                continue
            self._walk(f"{path}.<{name}>", item, depth + 1, found, seen)


def _members(value: Any) -> Iterable[tuple[str, Any]]:
    """(path suffix, value) of what a container or object holds."""
    if isinstance(value, dict):
        return [(f"[{k!r}]", v) for k, v in list(value.items())[:MAX_ITEMS] if isinstance(k, (str, int))]
    if isinstance(value, (list, tuple)):
        return [(f"[{i}]", v) for i, v in enumerate(value[:MAX_ITEMS])]
    members = []
    attributes = getattr(value, "__dict__", None)
    if isinstance(attributes, dict):
        members = [(f".{k}", v) for k, v in list(attributes.items())[:MAX_ITEMS] if not k.startswith("__")]
    return members + _slots(value)[: MAX_ITEMS - len(members)]


def _slots(value: Any) -> list[tuple[str, Any]]:
    """The attributes an object keeps in `__slots__`, read through their slot
    descriptors only (a property or `__getattr__` of the program never runs)."""
    members = []
    for cls in (c for c in type(value).__mro__ if "__slots__" in vars(c)):
        for name, descriptor in list(vars(cls).items()):
            if isinstance(descriptor, types.MemberDescriptorType) and not name.startswith("__"):
                with contextlib.suppress(AttributeError):  # a slot never assigned
                    members.append((f".{name}", descriptor.__get__(value, cls)))
    return members


class Recorder:
    """Numbers loop instances, follows the first ones of each site, and streams."""

    def __init__(self, channel: Channel, probe_site: int | None, zoom: tuple[int, range] = (-1, range(0))) -> None:
        self.channel = channel
        self.zoom = zoom  # (instance, iterations) snapshotted at every iteration: see ZoomRecorder
        self.snapshotter = Snapshotter()
        self.instances: dict[int, int] = {}  # site -> instances entered so far
        self.iterations: dict[int, int] = {}  # site -> iterations run, over all its instances
        self.active: list[list[int]] = []  # [site, instance, seq, count] of running loop instances
        self.next_seq = 0
        self.probe_site = probe_site  # probe there, then end the run
        self.probing = False

    def enter(self, site: int, declared: int | None, frame: types.FrameType) -> list[int]:
        if self.probing:  # a loop in a probed function (over a vector's elements?): counted, not followed
            return [site, -1, PROBING, 0]
        if site == self.probe_site:
            _probe_and_end(frame, self)
        instance = self.instances.get(site, 0)
        self.instances[site] = instance + 1
        seq = -1
        if is_followed(instance):
            seq = self.next_seq
            self.next_seq += 1
            parent = next((a[2] for a in reversed(self.active) if a[2] >= 0), -1)
            header = {"kind": "enter", "site": site, "instance": instance, "seq": seq, "parent": parent}
            self.channel.send({**header, "line": frame.f_lineno, "declared": declared})
        record = [site, instance, seq, 0]
        self.active.append(record)
        return record

    def tick(self, record: list[int], frame: types.FrameType) -> None:
        iteration = record[3]
        record[3] = iteration + 1
        if record[2] >= 0:
            if is_checkpoint(iteration):
                self.channel.send({"kind": "snap", "seq": record[2], "at": iteration}, self.snapshotter.take(frame))
        elif record[2] == PROBING and iteration >= PROBE_ITERATIONS:
            raise _ProbeAbort  # a probed function that loops this long is no sigmoid: the training itself?

    def leave(self, record: list[int], frame: types.FrameType) -> None:
        if record[2] == PROBING:
            return
        with contextlib.suppress(ValueError):
            self.active.remove(record)
        self.iterations[record[0]] = self.iterations.get(record[0], 0) + record[3]
        if record[2] >= 0:
            self.channel.send({"kind": "snap", "seq": record[2], "at": "end"}, self.snapshotter.take(frame))
            self.channel.send({"kind": "leave", "seq": record[2], "count": record[3]})

    def summary(self) -> dict[str, Any]:
        return {str(site): [count, self.iterations.get(site, 0)] for site, count in self.instances.items()}


class ZoomRecorder(Recorder):
    """With `--zoom=SEQ:FIRST:LAST` (a window the grader caps), also snapshots iterations FIRST..LAST
    of loop instance SEQ. A class of its own, so that a run without zoom ticks as fast as ever."""

    def tick(self, record: list[int], frame: types.FrameType) -> None:
        if record[2] == self.zoom[0] and record[3] in self.zoom[1] and not is_checkpoint(record[3]):
            self.channel.send({"kind": "snap", "seq": record[2], "at": record[3]}, self.snapshotter.take(frame))
        super().tick(record, frame)


def _for(recorder: Recorder, site: int, iterable: Iterable[Any]) -> Iterator[Any]:
    """Stands in for the iterable of every `for` loop."""
    frame = sys._getframe(1)
    hint = operator.length_hint(iterable, -1) if isinstance(iterable, (range, list, tuple, dict)) else -1
    record = recorder.enter(site, hint if hint >= 0 else None, frame)
    try:
        for item in iterable:
            recorder.tick(record, frame)
            yield item
    finally:
        recorder.leave(record, frame)


class _Instrument(ast.NodeTransformer):
    """`for` iterables pass through `_for`; `while` bodies tick, wrapped in try/finally."""

    def __init__(self) -> None:
        self.next_site = 0

    def _site(self) -> int:
        self.next_site += 1
        return self.next_site

    def visit_For(self, node: ast.For) -> ast.For:
        self.generic_visit(node)
        node.iter = ast.Call(ast.Name("__rebuild_for__", ast.Load()), [ast.Constant(self._site()), node.iter], [])
        return node

    def visit_While(self, node: ast.While) -> ast.stmt:
        self.generic_visit(node)
        number = self._site()
        record = f"__rebuild_loop_{number}__"

        def call(name: str, arg: ast.expr) -> ast.Call:
            return ast.Call(ast.Name(name, ast.Load()), [arg], [])

        start = ast.Assign([ast.Name(record, ast.Store())], call("__rebuild_enter__", ast.Constant(number)))
        node.body.insert(0, ast.Expr(call("__rebuild_tick__", ast.Name(record, ast.Load()))))
        leave = ast.Expr(call("__rebuild_leave__", ast.Name(record, ast.Load())))
        return ast.Try(body=[start, node], handlers=[], orelse=[], finalbody=[leave])


class _BlockTrainer:
    """Refuse imports of the trainer's own code (its reference programs)."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"importing {name!r} is not allowed in an exercise: write the network yourself")


def _limit_resources(memory_mb: int, output_mb: int) -> None:
    import resource

    for kind, cap in ((resource.RLIMIT_AS, memory_mb << 20), (resource.RLIMIT_FSIZE, output_mb << 20)):
        resource.setrlimit(kind, (cap, cap))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _limit_cpu(cpu_seconds: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 2))


def _orders(fd: int) -> list[str] | None:
    """What the grader wants, sent once it knows (the runner starts before it does):
    `CPU PERTURB PROBE [--zoom=SEQ:FIRST:LAST]`; nothing, if it wants no run."""
    with os.fdopen(fd, "rb") as pipe:
        words = pipe.read(4096).decode("ascii", errors="replace").split()
    return words if len(words) >= 3 else None


def _perturb_numpy() -> None:
    """Reference sensitivity run: every exp one ulp up, and infinite past 2**53, so that 1/(1+exp(-x))
    reaches 0 where it falls below one ulp of 1, as 0.5*(1+tanh(x/2)) or 1-1/(1+exp(x)) do; every
    tanh one ulp toward 0 (it stays within [-1, 1])."""
    import numpy as np

    exp, tanh = np.exp, np.tanh

    def exp_off(x: Any, *a: Any, **k: Any) -> Any:
        out = exp(x, *a, **k) * (1 + 2.0**-52)
        return np.where(out > 2.0**53, np.inf, out)[()]

    setattr(np, "exp", exp_off)  # noqa: B010  (numpy's stubs forbid it)
    setattr(np, "tanh", lambda x, *a, **k: tanh(x, *a, **k) * (1 - 2.0**-53))  # noqa: B010


def _install_hooks(recorder: Recorder) -> None:
    hooks: dict[str, Callable[..., Any]] = {
        "__rebuild_for__": functools.partial(_for, recorder),
        "__rebuild_enter__": lambda site: recorder.enter(site, None, sys._getframe(1)),
        "__rebuild_tick__": lambda record: recorder.tick(record, sys._getframe(1)),
        "__rebuild_leave__": lambda record: recorder.leave(record, sys._getframe(1)),
    }
    for name, hook in hooks.items():
        setattr(builtins, name, hook)


class _ProbeAbort(BaseException):
    """Ends a probe call that loops too long (BaseException: the program's `except Exception` lets it by)."""


def _callables(roots: dict[str, Any]) -> list[tuple[str, Callable[..., Any]]]:
    """(label, callable) reachable from `roots`, nearest first: functions and lambdas and, a level or two
    down in the program's own classes and objects, dicts, lists and tuples, methods and callable objects."""
    found: dict[tuple[int, int], tuple[str, Callable[..., Any]]] = {}
    wrapped = sys.modules["numpy"].vectorize  # np.vectorize(f): a function, wrapped
    layer = [(k, v) for k, v in roots.items() if not k.startswith("__")]
    for _ in range(3):
        deeper: list[tuple[str, Any]] = []
        for label, value in layer:
            cls = value if isinstance(value, type) else type(value)
            own = getattr(cls, "__module__", None) == "__main__"  # defined by the program: not numpy's
            plain = isinstance(value, (types.FunctionType, types.MethodType, functools.partial, wrapped))
            if own and cls is value:  # an instance may exist only inside main(): one is made to probe
                deeper += [(f"{label}()", made) for made in _made(value)]
            if plain or (own and cls is not value and callable(value)):
                bound = isinstance(value, types.MethodType)  # one per function and object it is bound to
                found.setdefault((id(value.__func__), id(value.__self__)) if bound else (id(value), 0), (label, value))
            if own or isinstance(value, (dict, list, tuple)):
                deeper += [(label + k, item) for k, item in [*_members(value), *(_methods(value, cls) if own else [])]]
        layer = deeper[:MAX_PATHS]
    return list(found.values())


def _made(cls: type) -> list[Any]:
    """An instance of the program's class, if one can be made without arguments (while probing:
    what its constructor prints is not shown, a loop in it is ended)."""
    with contextlib.suppress(Exception, _ProbeAbort):
        return [cls()]
    return []


def _methods(value: Any, cls: type) -> list[tuple[str, Any]]:
    """Methods of the program's classes, bound through their descriptors (no property or __getattr__ runs)."""
    kinds = (types.FunctionType, staticmethod, classmethod)
    raws = {n: r for base in reversed(cls.__mro__) for n, r in vars(base).items() if isinstance(r, kinds)}
    instance = None if value is cls else value
    return [(f".{n}", r.__get__(instance, cls)) for n, r in raws.items() if not n.startswith("__")][:MAX_ITEMS]


def _probe(roots: dict[str, Any], recorder: Recorder) -> None:
    """Call the functions reachable from `roots` on the probe inputs; a call that loops long is ended."""
    np, results = recorder.snapshotter.np, {}
    recorder.probing = True
    with open(os.devnull, "w") as quiet, contextlib.redirect_stdout(quiet), warnings.catch_warnings(action="ignore"):
        for (label, function), (tag, extra) in itertools.product(_callables(roots)[:40], PROBE_STYLES):
            for index, probe in enumerate(PROBES):
                with contextlib.suppress(Exception, _ProbeAbort), np.errstate(all="ignore"):
                    out = np.asarray(function(np.array(probe), *extra), dtype=np.float64)
                    if out.size <= MAX_ARRAY_SIZE:
                        results[f"{label}{tag}#{index}"] = out
    recorder.probing = False
    recorder.channel.send({"kind": "probe"}, results)


def _probe_and_end(frame: types.FrameType, recorder: Recorder) -> None:
    """Probe what the loop's frame reaches, then end the run, which was only for this: a wrong run is
    stopped at its first difference, and this short second run tells the grader which function is wrong."""
    _probe({**frame.f_globals, **frame.f_locals}, recorder)
    recorder.channel.send({"kind": "done", "status": "finished", "detail": "", "sites": recorder.summary()})
    os._exit(0)  # every frame is flushed as it is sent


def _where(error: BaseException, path: str) -> str:
    import traceback

    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == path]
    return f" (line {frames[-1].lineno}: {(frames[-1].line or '').strip()})" if frames else ""


def _raised_in(error: BaseException, path: str) -> types.FrameType | None:
    """The program's own frame the error was raised in (the innermost of its file)."""
    import traceback

    frames = [frame for frame, _ in traceback.walk_tb(error.__traceback__) if frame.f_code.co_filename == path]
    return frames[-1] if frames else None


def main() -> None:
    path, channel_fd, memory_mb, output_mb, orders_fd = sys.argv[1:6]
    _limit_resources(int(memory_mb), int(output_mb))
    import numpy  # noqa: F401  (loaded while the grader decides, outside the program's time)

    orders = _orders(int(orders_fd))
    if orders is None:
        return  # the grader needed no run after all
    cpu_seconds, perturb, probe, *zoom_arg = orders
    _limit_cpu(int(cpu_seconds))
    channel = Channel(int(channel_fd))
    with open(path, encoding="utf-8-sig") as f:
        tree = ast.parse(f.read(), filename=path)
    code = compile(ast.fix_missing_locations(_Instrument().visit(tree)), path, "exec")
    if perturb == "1":
        _perturb_numpy()
    site = int(probe[5:]) if probe.startswith("site:") else None
    zoom = [int(n) for arg in zoom_arg if arg.startswith("--zoom=") for n in arg[7:].split(":")][:3]
    recorder = ZoomRecorder(channel, site, (zoom[0], range(zoom[1], zoom[2] + 1))) if zoom else Recorder(channel, site)
    _install_hooks(recorder)
    sys.meta_path.insert(0, _BlockTrainer())
    sys.argv = [path]
    namespace: dict[str, Any] = {"__name__": "__main__", "__file__": path, "__builtins__": builtins}
    real_stdout = sys.stdout
    status, detail = "finished", ""
    try:
        exec(code, namespace)
    except SystemExit as stop:
        # sys.exit() with success is a normal end; the comparisons catch an early one
        if stop.code not in (None, 0):
            status, detail = "exited", str(stop.code)
    except MemoryError:
        status = "memory"
    except BaseException as error:  # the program's own error, reported to the learner
        status, detail = "error", f"{type(error).__name__}: {error}{_where(error, path)}"
        raised = _raised_in(error, path)
        if raised is not None:  # what it had computed: the grader looks there for where a wrong shape was made
            with contextlib.suppress(Exception):
                channel.send({"kind": "crash"}, recorder.snapshotter.take(raised))
    with contextlib.suppress(Exception):
        real_stdout.flush()
    if probe == "1" and status == "finished":
        _probe(namespace, recorder)
    channel.send({"kind": "done", "status": status, "detail": detail[:2000], "sites": recorder.summary()})
    channel.close()


if __name__ == "__main__":
    main()
