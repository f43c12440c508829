"""`rebuild doctor`: verify the database and rebuild what is derived from the log."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from trainer.basics.errors import RebuildError
from trainer.grading.confine import isolation_level
from trainer.progress.clock import from_stamp, zone_info
from trainer.progress.journal import LOCAL_TIME, Context, rebuild_cards
from trainer.progress.records import ReviewRecord
from trainer.progress.store import BACKUPS, DB_FILE, Store, StoreError


@dataclass
class Checkup:
    database: str
    schema: int
    reviews: int
    problems: list[str] = field(default_factory=list)  # found and not repairable here
    notes: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    isolation: str = ""  # the line naming how confined a checked program is, e.g. "isolation: rlimits"

    @property
    def healthy(self) -> bool:
        return not self.problems


def _strangers(reviews: list[ReviewRecord], known: list[str]) -> list[str]:
    strangers = sorted({r.exercise for r in reviews} - set(known))
    return (
        [f"reviews of exercises no longer in the catalog are kept, not scheduled: {', '.join(strangers)}"]
        if strangers
        else []
    )


def _log_problems(reviews: list[ReviewRecord]) -> list[str]:
    problems = []
    for review in reviews:
        try:
            local = from_stamp(review.at).astimezone(zone_info(review.zone)).strftime(LOCAL_TIME)
        except (RebuildError, ValueError):
            problems.append(f"review {review.uid}: unreadable time {review.at!r} or zone {review.zone!r}")
            continue
        if local != review.local_time:
            problems.append(
                f"review {review.uid}: local time {review.local_time} does not match {review.at} in {review.zone}"
            )
    return problems


def _good_copies(state: Path) -> list[Path]:
    """The daily copies that pass SQLite's integrity check, newest first."""
    good = []
    for copy in sorted((state / BACKUPS).glob("*.db"), reverse=True):
        try:
            with contextlib.closing(sqlite3.connect(f"file:{copy}?mode=ro", uri=True)) as db:
                if [r[0] for r in db.execute("PRAGMA integrity_check")] == ["ok"]:
                    good.append(copy)
        except sqlite3.Error:
            continue
    return good


def checkup(ctx: Context) -> Checkup:
    """Integrity, foreign keys and the log's own consistency; then every card
    is replayed from the log and rewritten where it differs."""
    missing = not (ctx.state / DB_FILE).exists()
    store = Store.open(ctx.state, verify=False)  # a file that is no database at all: its own message
    with store:
        result = Checkup(str(store.path), store.version(), 0, isolation=isolation_level())
        copies = sorted((ctx.state / BACKUPS).glob("*.db"))
        if copies:
            result.notes.append(f"{len(copies)} daily copies in {ctx.state / BACKUPS}, the newest {copies[-1].stem}")
        try:
            result.problems += store.integrity_problems()
        except StoreError as error:
            result.problems.append(str(error).split(" Nothing was half-written")[0])
        if result.problems:
            result.problems.append(RESTORE_HINT)
            return result
        result.reviews = store.review_totals()[0]
        if result.reviews == 0 and copies:
            state = "was missing and has been created empty" if missing else "is empty"
            result.problems.append(f"the database {state}, but there are daily copies of it. {RESTORE_HINT}")
            return result
        reviews = store.select(ReviewRecord)
        result.problems += _log_problems(reviews)
        result.notes += _strangers(reviews, ctx.catalog.ids)
        with store.transaction():
            before = store.cards()
            store.forget_daily()  # rebuilt from the log on the next `rebuild stats`
            rebuild_cards(store, ctx.catalog, ctx.settings.day_starts_at, ctx.settings.fuzz)
            store.replay_done()
            after = store.cards()
        changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
        if changed:
            result.repaired.append(
                f"rebuilt {len(changed)} card(s) from the review log: "
                + ", ".join(f"{e}/{c}" for e, c in changed[:8])
                + (f" and {len(changed) - 8} more" if len(changed) > 8 else "")
            )
    return result


RESTORE_HINT = "`rebuild doctor --restore` puts back the newest good daily copy (the damaged file is kept aside)"


@dataclass(frozen=True)
class Restored:
    copy: Path
    kept_aside: Path | None


def restore(ctx: Context, stamp: str) -> Restored:
    """Put the newest daily copy that passes the integrity check in place of
    the database, after moving the database (and its WAL) aside as
    rebuild.db.damaged-<stamp>."""
    good = _good_copies(ctx.state)
    if not good:
        raise StoreError(
            f"There is no good daily copy in {ctx.state / BACKUPS} to restore; "
            "restore an export with `rebuild import` instead."
        )
    live = ctx.state / DB_FILE
    aside = None
    if live.exists():
        aside = live.with_name(f"{DB_FILE}.damaged-{stamp}")
        live.replace(aside)
    for suffix in ("-wal", "-shm"):
        extra = live.with_name(DB_FILE + suffix)
        if extra.exists():
            extra.replace(live.with_name(f"{DB_FILE}.damaged-{stamp}{suffix}"))
    partial = live.with_name(f".{DB_FILE}.partial")
    shutil.copyfile(good[0], partial)
    partial.replace(live)
    return Restored(good[0], aside)
