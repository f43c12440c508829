"""`rebuild watch` end to end, in a real process: save → verdict → next exercise.

Waits are generous (a busy machine must not fail it); how fast a save turns
into a verdict is measured in benchmarks/, never asserted here.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PATIENCE = 120.0  # seconds: far beyond the typical fraction of a second


def _lines(stream, sink: queue.Queue) -> None:  # type: ignore[type-arg]
    for line in stream:
        sink.put(line)


def _wait_for(sink: queue.Queue, text: str, seconds: float) -> float:  # type: ignore[type-arg]
    """Seconds until a line containing `text` arrives; fails after `seconds`."""
    start = time.monotonic()
    while (left := seconds - (time.monotonic() - start)) > 0:
        try:
            if text in sink.get(timeout=left):
                return time.monotonic() - start
        except queue.Empty:
            break
    raise AssertionError(f"no line with {text!r} within {seconds} s")


def test_watch_regrades_on_save_and_moves_on_when_asked(tmp_path: Path) -> None:
    env = {**os.environ, "REBUILD_HOME": str(tmp_path / "home"), "PYTHONUNBUFFERED": "1"}
    rebuild = [sys.executable, "-m", "trainer"]
    subprocess.run([*rebuild, "next", "--dir", "ws"], cwd=tmp_path, env=env, check=True, capture_output=True)
    program = tmp_path / "ws" / "sigmoid.py"
    watcher = subprocess.Popen(
        [*rebuild, "watch"],
        cwd=tmp_path,
        env=env,
        text=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    sink: queue.Queue = queue.Queue()  # type: ignore[type-arg]
    threading.Thread(target=_lines, args=(watcher.stdout, sink), daemon=True).start()
    try:
        _wait_for(sink, "blanks still empty", PATIENCE)
        _wait_for(sink, "Watching ws/sigmoid.py", PATIENCE)
        program.write_text(program.read_text().replace("...  # TODO(sigmoid)", "return 1/(1+np.exp(-x))  #"))
        _wait_for(sink, "PASSED sigmoid", PATIENCE)
        _wait_for(sink, "Recorded as attempt 1", PATIENCE)
        watcher.stdin.write("\n")  # type: ignore[union-attr]
        watcher.stdin.flush()  # type: ignore[union-attr]
        _wait_for(sink, "Fill in: derivative", PATIENCE)
        watcher.send_signal(signal.SIGINT)
        _wait_for(sink, "Stopped watching", PATIENCE)
        assert watcher.wait(timeout=PATIENCE) == 0
    finally:
        watcher.kill()
