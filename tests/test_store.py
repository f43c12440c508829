"""The progress database: migrations, history round trips, crashes, concurrency."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.simulation import context, later, moment, session, verdict
from trainer.progress.doctor import checkup
from trainer.progress.history import HistoryError, export_history, import_history
from trainer.progress.journal import next_exercise, record_check
from trainer.progress.migrations import MIGRATIONS
from trainer.progress.planner import Wanted
from trainer.progress.records import HandoutRecord, ReviewRecord
from trainer.progress.store import DB_FILE, Store, StoreError

REPO = Path(__file__).resolve().parent.parent
START = moment("2026-01-05 09:00", "Europe/Paris")


def schema(folder: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(folder / DB_FILE) as db:
        rows = db.execute("SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
        return [(name, " ".join((sql or "").split())) for name, sql in rows]


def practised(folder: Path, days: int = 4) -> None:
    for n in range(days):
        ctx = context(folder, START)
        session(later(ctx, n * 24 * 60), folder / "ws", failures=lambda h: len(h.skeleton.concepts) % 3)


@pytest.mark.parametrize("version", range(len(MIGRATIONS)))
def test_every_earlier_schema_migrates_to_the_current_one(tmp_path: Path, version: int) -> None:
    fresh, old = tmp_path / "fresh", tmp_path / "old"
    Store.open(fresh).close()
    with Store.open(old, migrate_to=version) as store:
        assert store.version() == version
        if version >= 1:  # the history tables exist: put some history in
            store.connection.executescript(f"""
                INSERT INTO handouts VALUES ('h1', 'sigmoid', '1', '["sigmoid"]', '["sigmoid"]', 'scheduled',
                                             '{START.stamp}', '{START.zone}', 'x.py');
                INSERT INTO reviews VALUES ('r1', 'h1', '{START.stamp}', '{START.zone}', '2026-01-05T09:00:00',
                    'sigmoid', '1', 'scheduled', '["sigmoid"]', '{{"sigmoid": true}}', 1, 1, 60.0, '{{}}', 'check');
            """)
    with Store.open(old) as store:
        assert store.version() == len(MIGRATIONS)
        assert len(store.select(ReviewRecord)) == (1 if version >= 1 else 0)
    assert schema(old) == schema(fresh)


def test_a_database_from_a_newer_rebuild_is_refused_untouched(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    with sqlite3.connect(tmp_path / DB_FILE) as db:
        db.execute("INSERT INTO migrations VALUES (99, 'from the future')")
    with pytest.raises(StoreError, match="newer rebuild"):
        Store.open(tmp_path)


def test_a_file_that_is_not_a_database_gets_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / DB_FILE).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="rebuild import"):
        Store.open(tmp_path)


def test_export_import_round_trip_is_exact_and_merges_without_duplicates(tmp_path: Path) -> None:
    practised(tmp_path / "a")
    ctx_a = context(tmp_path / "a", START)
    exported = export_history(ctx_a)
    assert exported["reviews"] and exported["handouts"]
    text = json.dumps(exported)
    ctx_b = context(tmp_path / "b", START)
    added = import_history(ctx_b, text)
    assert added["reviews"] == len(exported["reviews"])
    assert export_history(ctx_b) == exported
    with Store.open(tmp_path / "a") as a, Store.open(tmp_path / "b") as b:
        assert a.cards() == b.cards()
    assert import_history(ctx_b, text) == {"handouts": 0, "reviews": 0, "hints": 0}
    # Merging a second, different history keeps both.
    practised(tmp_path / "c", days=1)
    other = export_history(context(tmp_path / "c", START))
    import_history(ctx_b, json.dumps(other))
    merged = export_history(ctx_b)
    assert len(merged["reviews"]) == len(exported["reviews"]) + len(other["reviews"]) - len(
        {r["uid"] for r in other["reviews"]} & {r["uid"] for r in exported["reviews"]}
    )


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"format": "rebuild-history", "version": 7}',
        '{"format": "rebuild-history", "version": 1, "reviews": [{"uid": 1}]}',
    ],
)
def test_a_damaged_history_is_refused_and_nothing_is_imported(tmp_path: Path, text: str) -> None:
    with pytest.raises(HistoryError):
        import_history(context(tmp_path, START), text)
    with Store.open(tmp_path) as store:
        assert store.review_totals() == (0, 0)


def test_doctor_rebuilds_damaged_cards_from_the_log(tmp_path: Path) -> None:
    practised(tmp_path)
    ctx = context(tmp_path, START)
    with Store.open(tmp_path) as store:
        good = store.cards()
        store.connection.execute("UPDATE cards SET stability = 999, due = '2099-01-01T00:00:00.000000Z'")
        store.connection.execute("DELETE FROM cards WHERE rowid IN (SELECT rowid FROM cards LIMIT 2)")
    result = checkup(ctx)
    assert result.healthy and result.repaired
    with Store.open(tmp_path) as store:
        assert store.cards() == good
    assert checkup(ctx).repaired == []


WORKER = """
import sys
from pathlib import Path
from tests.simulation import context, later, moment, session
state = Path(sys.argv[1])
ctx = context(state, moment("2026-01-05 09:00", "Europe/Paris"))
for n in range(10_000):
    session(later(ctx, n * 24 * 60 + int(sys.argv[2]) * 24 * 60), state / "ws", failures=lambda h: n % 2)
    print(n, flush=True)  # a day is recorded: the test may kill from now on
"""


def _consistent(state: Path) -> int:
    """Assert the database is whole: integrity, cards = replay of the log,
    attempts numbered without gaps. Returns the number of reviews."""
    with Store.open(state) as store:
        assert store.integrity_problems() == []
        reviews = store.select(ReviewRecord)
    result = checkup(context(state, START))
    assert result.healthy and result.repaired == [], result
    attempts: dict[str, list[int]] = {}
    for review in reviews:
        attempts.setdefault(review.handout, []).append(review.attempt)
    assert all(sorted(a) == list(range(1, len(a) + 1)) for a in attempts.values())
    return len(reviews)


def test_kill_9_at_random_moments_leaves_a_whole_database(tmp_path: Path) -> None:
    rng = random.Random(7)
    total = 0
    for round_ in range(8):
        worker = subprocess.Popen(
            [sys.executable, "-c", WORKER, str(tmp_path), str(round_ * 400)], cwd=REPO, stdout=subprocess.PIPE
        )
        assert worker.stdout is not None and worker.stdout.readline()  # however slow the machine, one day is in
        time.sleep(rng.uniform(0.0, 1.5))  # then a kill at a random moment of the days that follow
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        count = _consistent(tmp_path)
        assert count >= total
        total = count
    assert total > 0


def test_killing_a_recorded_check_loses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real command, killed at random points while it grades and records."""
    home = tmp_path / "home"
    env = {**os.environ, "REBUILD_HOME": str(home), "REBUILD_NOW": "2026-01-05T09:00:00+00:00"}
    rebuild = [sys.executable, "-m", "trainer"]
    subprocess.run(
        [*rebuild, "next", "--dir", str(tmp_path / "ws")], env=env, check=True, capture_output=True, cwd=REPO
    )
    program = tmp_path / "ws" / "sigmoid.py"
    program.write_text(program.read_text().replace("...  # TODO(sigmoid)", "return 1/(1+np.exp(-x))  #"))
    rng = random.Random(3)
    for delay in [rng.uniform(0.05, 1.2) for _ in range(5)]:
        check = subprocess.Popen(
            [*rebuild, "check", str(program)],
            env=env,
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(delay)
        os.killpg(check.pid, signal.SIGKILL)
        check.wait()
        assert _consistent(home) <= 1
    done = subprocess.run([*rebuild, "check", str(program)], env=env, capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0
    assert _consistent(home) == 1


CHECKER = """
import sys
from pathlib import Path
from tests.simulation import context, moment, verdict
from trainer.exercises.handout import Handout
from trainer.progress.journal import record_check
from trainer.exercises.skeleton import Skeleton
state = Path(sys.argv[1])
ctx = context(state, moment("2026-01-05 10:00", "UTC"))
handout = Handout(Skeleton("sigmoid", "1", ("sigmoid",), "", ()), "", Path("x"), True)
for _ in range(25):
    assert record_check(ctx, verdict(handout, False)).recorded
"""


def test_concurrent_checks_lose_nothing(tmp_path: Path) -> None:
    ctx = context(tmp_path, moment("2026-01-05 09:00", "UTC"), new_per_day=1)
    next_exercise(ctx, Wanted(), tmp_path / "ws")
    workers = [subprocess.Popen([sys.executable, "-c", CHECKER, str(tmp_path)], cwd=REPO) for _ in range(4)]
    assert [w.wait(timeout=900) for w in workers] == [0, 0, 0, 0]
    assert _consistent(tmp_path) == 100
    passed = record_check(later(ctx, 90), verdict(next_exercise(later(ctx, 89), Wanted(), tmp_path / "ws"), True))
    assert passed.attempt == 101


@pytest.mark.parametrize(
    "damage",
    [
        lambda h: h["handouts"].clear(),  # reviews pointing at no hand-out
        lambda h: h["reviews"][0].update(attempt="2"),
        lambda h: h["reviews"][0].update(passed=1),
        lambda h: h["reviews"][0].update(at="yesterday"),
        lambda h: h["reviews"][0].update(zone="Mars/Olympus"),
        lambda h: h["handouts"][0].update(concepts="sigmoid"),
        lambda h: h["reviews"][0].update(local_time="2030-01-01T12:00:00"),
        lambda h: h["reviews"][0].update(attempt=0),
        lambda h: h["reviews"][0].update(seconds=float("nan")),
        lambda h: h.update(version=True),
    ],
)
def test_an_inconsistent_history_is_refused_whole(tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    practised(tmp_path / "a", days=1)
    history = export_history(context(tmp_path / "a", START))
    damage(history)
    with pytest.raises(HistoryError, match="Nothing was imported"):
        import_history(context(tmp_path / "b", START), json.dumps(history))
    with Store.open(tmp_path / "b") as store:
        assert store.review_totals() == (0, 0) and store.select(HandoutRecord) == []


def test_many_processes_creating_the_database_at_once_agree(tmp_path: Path) -> None:
    opener = f"from pathlib import Path\nfrom trainer.progress.store import Store\nStore.open(Path({str(tmp_path)!r})).close()\n"
    openers = [subprocess.Popen([sys.executable, "-c", opener], cwd=REPO) for _ in range(6)]
    assert [p.wait(timeout=900) for p in openers] == [0] * 6
    with Store.open(tmp_path) as store:
        assert store.version() == len(MIGRATIONS)
    fresh = tmp_path / "fresh"
    Store.open(fresh).close()
    assert schema(tmp_path) == schema(fresh)


def test_the_first_check_of_each_day_leaves_a_backup_and_a_week_is_kept(tmp_path: Path) -> None:
    for n in range(9):
        session(later(context(tmp_path, START, new_per_day=1), n * 24 * 60), tmp_path / "ws")
    copies = sorted((tmp_path / "backups").glob("*.db"))
    assert [c.stem for c in copies] == [f"2026-01-{day:02}" for day in range(7, 14)]
    with sqlite3.connect(copies[-1]) as copy:
        with Store.open(tmp_path) as store:
            live = store.review_totals()[0]
        assert 0 < copy.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] <= live
