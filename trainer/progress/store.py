"""The progress database: SQLite in WAL mode, every write one transaction.

All SQL lives here and in `migrations`. A crash or kill at any moment leaves
either the whole of a write or none of it; concurrent processes queue on
SQLite's write lock (`BEGIN IMMEDIATE`) instead of failing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import astuple, dataclass, fields
from pathlib import Path
from typing import Any, TypeVar

from trainer.basics.errors import RebuildError
from trainer.progress.migrations import MIGRATIONS
from trainer.progress.records import JSON_FIELDS, CardRecord, HandoutRecord, HintRecord, ReviewRecord

DB_FILE = "rebuild.db"
BACKUPS = "backups"
BUSY_TIMEOUT_MS = 30_000
R = TypeVar("R")
TABLES: dict[type, str] = {HandoutRecord: "handouts", ReviewRecord: "reviews", HintRecord: "hints", CardRecord: "cards"}


class StoreError(RebuildError):
    pass


class DamagedStore(StoreError):
    """The database fails SQLite's own check: nothing is read from it or written to it."""


@dataclass(frozen=True)
class _Rows:
    """A statement's rows, all fetched: a damaged page fails inside `_execute`,
    where it becomes a StoreError, never later while iterating."""

    rows: list[sqlite3.Row]
    rowcount: int

    def fetchone(self) -> Any:  # a Row, or None when there is none
        return self.rows[0] if self.rows else None

    def fetchall(self) -> list[sqlite3.Row]:
        return self.rows

    def __iter__(self) -> Iterator[sqlite3.Row]:
        return iter(self.rows)


def damaged_message(path: Path, problem: str) -> str:
    return (
        f"{path} is damaged ({problem}); nothing was read from it or written to it. "
        f"Run `rebuild doctor --restore` to put back the newest good daily copy from {path.parent / BACKUPS} "
        "(the damaged file is kept aside), or `rebuild import` an export into a fresh database."
    )


def _encode(record: object) -> tuple[Any, ...]:
    names = [f.name for f in fields(record)]  # type: ignore[arg-type]
    return tuple(json.dumps(v, sort_keys=True) if n in JSON_FIELDS else v for n, v in zip(names, astuple(record)))  # type: ignore[call-overload]


def _decode(cls: type[R], row: sqlite3.Row) -> R:
    values = {}
    for f in fields(cls):  # type: ignore[arg-type]
        value = row[f.name]
        if f.name in JSON_FIELDS:
            value = json.loads(value)
            value = tuple(value) if isinstance(value, list) else value
        elif f.name == "passed":
            value = bool(value)
        values[f.name] = value
    return cls(**values)


class Store:
    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path

    @classmethod
    def open(cls, folder: Path, migrate_to: int | None = None, verify: bool = True) -> Store:
        """The database in `folder`, created and migrated as needed. Unless
        `verify` is False (the doctor's own look), a database failing SQLite's
        quick check is refused with a DamagedStore."""
        path = folder / DB_FILE
        try:
            folder.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            connection.row_factory = sqlite3.Row
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = FULL")
            connection.execute("PRAGMA foreign_keys = ON")
            store = cls(connection, path)
            if verify:
                store.refuse_if_damaged()
            store.migrate(migrate_to)
            return store
        except sqlite3.OperationalError as error:
            if "unable to open" not in str(error) and "readonly" not in str(error):
                raise StoreError(f"{path} cannot be used right now ({error}); try again in a moment.") from None
            raise StoreError(
                f"Cannot write progress to {path} ({error}): make sure its folder is writable, "
                f"or point REBUILD_HOME at one that is."
            ) from None
        except sqlite3.DatabaseError as error:
            raise DamagedStore(damaged_message(path, str(error))) from None

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def refuse_if_damaged(self) -> None:
        problems = [r[0] for r in self.connection.execute("PRAGMA quick_check").fetchall() if r[0] != "ok"]
        if problems:
            self.connection.close()
            raise DamagedStore(damaged_message(self.path, problems[0]))

    def _execute(self, sql: str, params: Any = ()) -> _Rows:
        """Run one statement and fetch its rows; a database failure becomes a StoreError."""
        try:
            cursor = self.connection.execute(sql, params)
            return _Rows(cursor.fetchall(), cursor.rowcount)
        except sqlite3.IntegrityError:
            raise
        except sqlite3.DatabaseError as error:
            raise StoreError(
                f"{self.path} could not be read or written ({error}). Nothing was half-written; "
                f"try again, and if it persists run `rebuild doctor`."
            ) from None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One all-or-nothing write; holds the write lock from the start."""
        self._execute("BEGIN IMMEDIATE")
        try:
            yield
            self._execute("COMMIT")
        except BaseException:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
            raise

    def version(self) -> int:
        return int(self._execute("SELECT COALESCE(MAX(version), 0) FROM migrations").fetchone()[0])

    def migrate(self, to: int | None = None) -> None:
        target = len(MIGRATIONS) if to is None else to
        known = self._execute("SELECT 1 FROM sqlite_master WHERE name = 'migrations'").fetchone()
        if known and self.version() == target:
            return  # the common case: no write lock needed
        with self.transaction():
            self._execute("CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
            current = self.version()
            if current > len(MIGRATIONS):
                raise StoreError(
                    f"{self.path} was written by a newer rebuild (schema {current}; this one knows "
                    f"{len(MIGRATIONS)}). Upgrade rebuild: `pip install --upgrade rebuild`."
                )
            for migration in MIGRATIONS[current:target]:
                for statement in _statements(migration.sql):
                    self._execute(statement)
                self._execute("INSERT INTO migrations VALUES (?, ?)", (migration.version, migration.name))

    # -- history ---------------------------------------------------------

    def insert(self, record: object) -> bool:
        """Add a record unless one with its id is there; True if added."""
        table = TABLES[type(record)]
        values = _encode(record)
        verb = "INSERT OR REPLACE" if table == "cards" else "INSERT OR IGNORE"
        try:
            cursor = self._execute(f"{verb} INTO {table} VALUES ({', '.join('?' * len(values))})", values)
        except sqlite3.IntegrityError as error:  # a broken link or value in imported history
            raise StoreError(f"{table} record {values[0]!r} does not fit ({error})") from None
        if cursor.rowcount == 1 and isinstance(record, ReviewRecord):
            self._count_daily(record)
        return cursor.rowcount == 1

    def select(self, cls: type[R], where: str = "1", params: tuple[Any, ...] = (), order: str = "rowid") -> list[R]:
        rows = self._execute(f"SELECT * FROM {TABLES[cls]} WHERE {where} ORDER BY {order}", params)
        return [_decode(cls, row) for row in rows]

    def latest_handout(self, exercise: str) -> HandoutRecord | None:
        found = self.select(HandoutRecord, "exercise = ?", (exercise,), "at DESC, rowid DESC LIMIT 1")
        return found[0] if found else None

    def is_closed(self, handout: str) -> bool:
        """Passed, or its solution was looked at: no further review counts."""
        row = self._execute(
            "SELECT 1 FROM reviews WHERE handout = ? AND (passed = 1 OR source = 'solution') LIMIT 1", (handout,)
        ).fetchone()
        return row is not None

    def open_handouts(self, exercises: list[str]) -> list[HandoutRecord]:
        """The latest handout of each of `exercises` where it is not closed,
        oldest first (one index lookup per exercise, however long the history)."""
        latest = [self.latest_handout(exercise) for exercise in exercises]
        return sorted((h for h in latest if h is not None and not self.is_closed(h.uid)), key=lambda h: h.at)

    def handouts_since(self, stamp: str) -> list[HandoutRecord]:
        return self.select(HandoutRecord, "at >= ?", (stamp,), "at")

    # -- derived cards ---------------------------------------------------

    def cards(self) -> dict[tuple[str, str], CardRecord]:
        return {(c.exercise, c.concept): c for c in self.select(CardRecord)}

    def scheduled_reviews(self, exercises: list[str]) -> list[ReviewRecord]:
        """The scheduled checks of `exercises`, in time order: what cards are replayed from."""
        marks = ", ".join("?" * len(exercises))
        return self.select(ReviewRecord, f"kind = 'scheduled' AND exercise IN ({marks})", tuple(exercises), "at, uid")

    def replace_cards(self, keys: list[tuple[str, str]], cards: list[CardRecord]) -> None:
        """The cards of `keys` ((exercise, concept) pairs) become exactly `cards`."""
        for key in keys:
            self._execute("DELETE FROM cards WHERE exercise = ? AND concept = ?", key)
        for card in cards:
            self.insert(card)

    def clear_cards(self) -> None:
        self._execute("DELETE FROM cards")

    def replay_needed(self) -> bool:
        """True when a migration dropped the cards and they wait to be replayed."""
        return bool(self.scalar("SELECT EXISTS (SELECT 1 FROM replay_needed)"))

    def replay_done(self) -> None:
        self._execute("DELETE FROM replay_needed")

    def exercises_with_reviews(self) -> list[str]:
        return [r[0] for r in self._execute("SELECT DISTINCT exercise FROM reviews ORDER BY exercise")]

    # -- aggregates for stats and doctor ---------------------------------

    def scalar(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        return self._execute(sql, params).fetchone()[0]

    # Daily totals are kept per rollover hour, so a long history is summed
    # from one row per day. A rollover hour seen for the first time is built
    # from the log; each new check then adds itself to every hour kept.
    # `reviews` counts attempts (a handout's first check), `passed` passes:
    # one review per handed-out attempt, however many checks it took.

    def _count_daily(self, review: ReviewRecord) -> None:
        self._execute(
            "INSERT INTO daily SELECT d.day_starts_at, date(?, '-' || d.day_starts_at || ' hours'), ?, ?, 1 "
            "FROM (SELECT DISTINCT day_starts_at FROM daily) d WHERE true "
            "ON CONFLICT DO UPDATE SET reviews = reviews + excluded.reviews, passed = passed + excluded.passed, "
            "checks = checks + 1",
            (review.local_time, int(review.attempt == 1), int(review.passed)),
        )

    def daily_totals(self, day_starts_at: int, since_day: str = "") -> dict[str, tuple[int, int, int]]:
        """{practice day: (reviews, passes, checks)} for days from `since_day` on."""
        query = "SELECT day, reviews, passed, checks FROM daily WHERE day_starts_at = ? AND day >= ? ORDER BY day"
        rows = self._execute(query, (day_starts_at, since_day)).fetchall()
        if not rows and self.scalar("SELECT EXISTS (SELECT 1 FROM reviews)"):
            with self.transaction():
                self._execute(
                    "INSERT OR IGNORE INTO daily SELECT ?, date(local_time, ?), SUM(attempt = 1), SUM(passed), COUNT(*) "
                    "FROM reviews GROUP BY 2",
                    (day_starts_at, f"-{day_starts_at} hours"),
                )
            rows = self._execute(query, (day_starts_at, since_day)).fetchall()
        return {r[0]: (int(r[1]), int(r[2]), int(r[3])) for r in rows}

    def forget_daily(self) -> None:
        """Drop the daily totals (after an import or repair): rebuilt on demand."""
        self._execute("DELETE FROM daily")

    def review_totals(self) -> tuple[int, int]:
        row = self._execute("SELECT COUNT(*), COALESCE(SUM(passed), 0) FROM reviews").fetchone()
        return int(row[0]), int(row[1])

    def back_up(self, name: str, keep: int) -> Path | None:
        """A consistent copy of the database as backups/<name>.db, unless one
        by that name exists; only the newest `keep` copies are kept."""
        folder = self.path.parent / BACKUPS
        target = folder / f"{name}.db"
        if target.exists():
            return None
        try:
            if self.integrity_problems():
                return None  # a damaged database is never copied over a good backup
        except StoreError:
            return None
        try:  # best effort: a backup that cannot be made never fails the command
            folder.mkdir(exist_ok=True)
            partial = folder / f".{name}.db.partial"
            copy = sqlite3.connect(partial)
            self.connection.backup(copy)
            copy.close()
            partial.replace(target)  # a kill mid-copy leaves no half backup under a real name
            for old in sorted(folder.glob("*.db"))[:-keep]:  # the newest, just verified, is always kept
                old.unlink()
        except (OSError, sqlite3.Error):
            return None
        return target

    def integrity_problems(self) -> list[str]:
        problems = [r[0] for r in self._execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"{r[0]} row {r[1]} points at a missing {r[2]}" for r in self._execute("PRAGMA foreign_key_check")]
        return problems


def _statements(script: str) -> list[str]:
    """The statements of a migration script (no semicolons inside them)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
