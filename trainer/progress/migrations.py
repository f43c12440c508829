"""The database schema, as append-only numbered migrations.

Never edit a migration that has shipped: append a new one. Each is applied in
its own transaction and recorded in the `migrations` table, so a database at
any earlier version is brought up to date step by step.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "handouts and the review log",
        """
        CREATE TABLE handouts (
            uid TEXT PRIMARY KEY,
            exercise TEXT NOT NULL,
            level TEXT NOT NULL,
            concepts TEXT NOT NULL,   -- JSON list of the blanked concepts
            new TEXT NOT NULL,        -- JSON list of those met here for the first time
            kind TEXT NOT NULL CHECK (kind IN ('scheduled', 'practice')),
            at TEXT NOT NULL,         -- UTC, fixed-width ISO 8601
            zone TEXT NOT NULL,       -- IANA time zone in force
            path TEXT NOT NULL
        );
        CREATE INDEX handouts_exercise ON handouts (exercise, at);
        CREATE TABLE reviews (
            uid TEXT PRIMARY KEY,
            handout TEXT NOT NULL REFERENCES handouts (uid),
            at TEXT NOT NULL,
            zone TEXT NOT NULL,
            local_time TEXT NOT NULL, -- wall clock in `zone` at `at`
            exercise TEXT NOT NULL,
            level TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('scheduled', 'practice')),
            concepts TEXT NOT NULL,   -- JSON list
            verdicts TEXT NOT NULL,   -- JSON {concept: true | false | null}
            passed INTEGER NOT NULL CHECK (passed IN (0, 1)),
            attempt INTEGER NOT NULL CHECK (attempt >= 1),
            seconds REAL NOT NULL,    -- from hand-out to this check
            hints TEXT NOT NULL,      -- JSON {concept: hint steps seen}
            source TEXT NOT NULL CHECK (source IN ('check', 'solution')),
            UNIQUE (handout, attempt)
        );
        CREATE INDEX reviews_at ON reviews (at);
        CREATE INDEX reviews_exercise ON reviews (exercise, at);
    """,
    ),
    Migration(
        2,
        "cards derived from the review log",
        """
        CREATE TABLE cards (
            exercise TEXT NOT NULL,
            concept TEXT NOT NULL,
            state INTEGER NOT NULL,
            step INTEGER,
            stability REAL,
            difficulty REAL,
            due TEXT NOT NULL,
            last_review TEXT,
            best_rank INTEGER NOT NULL,  -- highest level passed with this concept blanked
            reviews INTEGER NOT NULL,
            lapses INTEGER NOT NULL,
            PRIMARY KEY (exercise, concept)
        );
        CREATE INDEX cards_due ON cards (due);
    """,
    ),
    Migration(
        3,
        "hints seen",
        """
        CREATE TABLE hints (
            uid TEXT PRIMARY KEY,
            handout TEXT NOT NULL REFERENCES handouts (uid),
            concept TEXT NOT NULL,
            step INTEGER NOT NULL CHECK (step >= 1),
            at TEXT NOT NULL,
            zone TEXT NOT NULL,
            UNIQUE (handout, concept, step)
        );
    """,
    ),
    Migration(
        4,
        "daily totals per rollover hour",
        """
        CREATE TABLE daily (
            day_starts_at INTEGER NOT NULL,  -- the rollover hour these days are counted with
            day TEXT NOT NULL,
            reviews INTEGER NOT NULL,
            passed INTEGER NOT NULL,
            PRIMARY KEY (day_starts_at, day)
        ) WITHOUT ROWID;
    """,
    ),
    Migration(
        5,
        "hand-outs by time, for today's new material",
        """
        CREATE INDEX handouts_at ON handouts (at);
    """,
    ),
    Migration(
        6,
        "one card per memory, shared by the exercises that ask for the same concept",
        """
        -- Cards become one per concept per practice day and are shared across
        -- exercises. They are derived, so they are dropped here and replayed
        -- from the review log (the history is untouched) the next time the
        -- database is used: the row below asks for that replay.
        DELETE FROM cards;
        CREATE TABLE replay_needed (reason TEXT NOT NULL);
        INSERT INTO replay_needed VALUES ('cards per memory, one review per concept per day');
    """,
    ),
    Migration(
        7,
        "daily totals count every recorded check",
        """
        -- A practice day is any day with a recorded check (practice included),
        -- a second attempt's pass after the rollover too. The totals are
        -- derived: dropped here, rebuilt from the log on demand.
        DROP TABLE daily;
        CREATE TABLE daily (
            day_starts_at INTEGER NOT NULL,
            day TEXT NOT NULL,
            reviews INTEGER NOT NULL,  -- attempts begun (first checks)
            passed INTEGER NOT NULL,
            checks INTEGER NOT NULL,   -- every recorded check
            PRIMARY KEY (day_starts_at, day)
        ) WITHOUT ROWID;
    """,
    ),
)
