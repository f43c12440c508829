"""`rebuild doctor`: verify the database and rebuild what is derived from the log."""

from __future__ import annotations

from dataclasses import dataclass, field

from trainer.basics.errors import RebuildError
from trainer.progress.clock import from_stamp, zone_info
from trainer.progress.journal import LOCAL_TIME, Context, rebuild_cards
from trainer.progress.records import ReviewRecord
from trainer.progress.store import BACKUPS, Store, StoreError


@dataclass
class Checkup:
    database: str
    schema: int
    reviews: int
    problems: list[str] = field(default_factory=list)  # found and not repairable here
    notes: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)

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


def checkup(ctx: Context) -> Checkup:
    """Integrity, foreign keys and the log's own consistency; then every card
    is replayed from the log and rewritten where it differs."""
    try:
        store = Store.open(ctx.state)
    except StoreError as error:
        raise StoreError(
            f"{error}".split(" Run `rebuild doctor`")[0].rstrip(".") + ". It cannot be repaired: move it aside and "
            f"copy the newest daily copy from {ctx.state / BACKUPS} in its place (or start afresh and "
            "restore an export with `rebuild import`)."
        ) from None
    with store:
        result = Checkup(str(store.path), store.version(), store.review_totals()[0])
        result.problems += store.integrity_problems()
        reviews = store.select(ReviewRecord)
        result.problems += _log_problems(reviews)
        result.notes += _strangers(reviews, ctx.catalog.ids)
        copies = sorted((ctx.state / BACKUPS).glob("*.db"))
        if copies:
            result.notes.append(f"{len(copies)} daily copies in {ctx.state / BACKUPS}, the newest {copies[-1].stem}")
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
                + (" ..." if len(changed) > 8 else "")
            )
    return result
