"""The moment of an event: a UTC instant and the IANA time zone in force.

Every recorded event carries both, so a day is always counted in the zone the
learner was in at the time: travel and DST never rewrite history. Only the CLI
reads the real clock (`current_moment`); engine functions take a `Moment`.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from trainer.basics.errors import RebuildError

STAMP = "%Y-%m-%dT%H:%M:%S.%fZ"  # fixed width, so stamps sort as text
STAMP_LENGTH = 27


class ClockError(RebuildError):
    pass


@dataclass(frozen=True)
class Moment:
    utc: datetime  # timezone-aware, UTC
    zone: str  # an IANA name, e.g. "Europe/Paris"

    @property
    def local(self) -> datetime:
        return self.utc.astimezone(zone_info(self.zone))

    @property
    def stamp(self) -> str:
        return to_stamp(self.utc)


def zone_info(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ClockError(
            f"{name!r} is not a time zone this machine knows; use an IANA name like Europe/Paris."
        ) from None


def to_stamp(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime(STAMP)


def from_stamp(text: str) -> datetime:
    """The instant of a stamp written by `to_stamp` (ValueError for anything else)."""
    if len(text) != STAMP_LENGTH or not text.endswith("Z"):
        raise ValueError(f"{text!r} is not a UTC time stamp like 2026-01-05T08:00:00.000000Z")
    return datetime.fromisoformat(text)  # the C parser: replaying a long log parses many


def practice_day(local_time: datetime, day_starts_at: int) -> date:
    """The day a local wall-clock time counts for: before `day_starts_at`
    o'clock it still belongs to the day before (as in Anki)."""
    return (local_time.replace(tzinfo=None) - timedelta(hours=day_starts_at)).date()


def day_begins(day: date, zone: str, day_starts_at: int) -> datetime:
    """The instant practice day `day` begins in `zone`."""
    return datetime.combine(day, time(day_starts_at), tzinfo=zone_info(zone))


def _known(name: str) -> bool:
    try:
        ZoneInfo(name)
        return True
    except (ZoneInfoNotFoundError, ValueError):
        return False


def system_zone() -> str:
    """The IANA name of the local time zone: $TZ, else where /etc/localtime
    points, else /etc/timezone, else UTC."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = str(Path("/etc/localtime").resolve())
        candidates.append(target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else "")
    except OSError:
        pass
    with contextlib.suppress(OSError, UnicodeDecodeError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    return next((name for name in candidates if name and _known(name)), "UTC")


def current_moment(zone: str | None = None) -> Moment:
    """Now, in `zone` (else the system's). `REBUILD_NOW` (ISO 8601, e.g.
    2026-03-29T01:30:00+01:00; UTC if no offset) fixes the clock for
    simulations and tests."""
    fixed = os.environ.get("REBUILD_NOW")
    if fixed:
        try:
            instant = datetime.fromisoformat(fixed.replace("Z", "+00:00"))
        except ValueError:
            raise ClockError(
                f"REBUILD_NOW={fixed!r} is not an ISO 8601 time, e.g. 2026-03-29T01:30:00+01:00."
            ) from None
        if instant.tzinfo is None:
            instant = instant.replace(tzinfo=UTC)
    else:
        instant = datetime.now(UTC)
    name = zone or system_zone()
    zone_info(name)
    return Moment(instant.astimezone(UTC), name)
