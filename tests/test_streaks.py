"""Streaks: days counted in the zone each review was made in, rolled over at 4 AM."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.simulation import context, later, moment, verdict
from trainer.progress.clock import Moment, practice_day
from trainer.progress.journal import next_exercise, record_check
from trainer.progress.planner import Wanted
from trainer.progress.stats import gather
from trainer.progress.streaks import streaks


def practise(state: Path, at: Moment, passed: bool = True) -> None:
    """One passing (or failing) review at `at`, on an exercise handed out just before."""
    ctx = context(state, Moment(at.utc - timedelta(minutes=2), at.zone), new_per_day=1000)
    handout = next_exercise(ctx, Wanted(force=True), state / "ws")
    record_check(context(state, at), verdict(handout, passed))


def test_the_day_rolls_over_at_four_in_the_morning(tmp_path: Path) -> None:
    practise(tmp_path, moment("2026-01-05 21:00", "Europe/Paris"))
    practise(tmp_path, moment("2026-01-06 03:30", "Europe/Paris"))  # still the 5th
    stats = gather(context(tmp_path, moment("2026-01-06 12:00", "Europe/Paris")))
    assert (stats["current_streak"], stats["longest_streak"]) == (1, 1)
    practise(tmp_path, moment("2026-01-06 04:30", "Europe/Paris"))
    stats = gather(context(tmp_path, moment("2026-01-06 12:00", "Europe/Paris")))
    assert (stats["current_streak"], stats["longest_streak"]) == (2, 2)


def test_the_rollover_hour_is_configurable(tmp_path: Path) -> None:
    practise(tmp_path, moment("2026-01-05 21:00", "UTC"))
    practise(tmp_path, moment("2026-01-06 03:30", "UTC"))
    assert gather(context(tmp_path, moment("2026-01-06 12:00", "UTC"), day_starts_at=0))["current_streak"] == 2


def test_a_streak_survives_yesterday_and_dies_the_day_after(tmp_path: Path) -> None:
    for n in range(5):
        practise(tmp_path, moment(f"2026-01-0{n + 1} 10:00", "UTC"))
    assert gather(context(tmp_path, moment("2026-01-06 23:00", "UTC")))["current_streak"] == 5  # yesterday counts
    gone = gather(context(tmp_path, moment("2026-01-07 05:00", "UTC")))
    assert (gone["current_streak"], gone["longest_streak"]) == (0, 5)


def test_a_day_with_only_a_failed_check_is_a_practice_day(tmp_path: Path) -> None:
    practise(tmp_path, moment("2026-01-05 10:00", "UTC"))
    practise(tmp_path, moment("2026-01-06 10:00", "UTC"), passed=False)
    stats = gather(context(tmp_path, moment("2026-01-06 12:00", "UTC")))
    assert (stats["current_streak"], stats["reviews"], stats["passed"]) == (2, 2, 1)


def test_a_pass_just_after_the_rollover_fills_its_own_day(tmp_path: Path) -> None:
    """A check fails at 03:50 (still yesterday) and passes at 04:10: today is
    a practice day, in the streak and in the calendar."""
    practise(tmp_path, moment("2026-01-05 21:00", "UTC"))
    handout = next_exercise(context(tmp_path, moment("2026-01-06 03:40", "UTC")), Wanted(force=True), tmp_path / "ws")
    record_check(context(tmp_path, moment("2026-01-06 03:50", "UTC")), verdict(handout, False))
    record_check(context(tmp_path, moment("2026-01-06 04:10", "UTC")), verdict(handout, True))
    stats = gather(context(tmp_path, moment("2026-01-06 12:00", "UTC")))
    cells = {cell["day"]: cell for cell in stats["heatmap"]}
    assert stats["current_streak"] == 2 and cells["2026-01-06"]["checks"] == 1 and cells["2026-01-06"]["passed"] == 1


def test_dst_changes_do_not_break_a_streak(tmp_path: Path) -> None:
    # Europe/Paris springs forward on 2026-03-29 and falls back on 2026-10-25;
    # New York on 2026-03-08 and 2026-11-01. Practise at 04:30, just after rollover.
    for zone, start in (("Europe/Paris", date(2026, 3, 25)), ("America/New_York", date(2026, 10, 28))):
        state = tmp_path / zone.replace("/", "-")
        for n in range(10):
            practise(state, moment(f"{start + timedelta(days=n)} 04:30", zone))
        stats = gather(context(state, moment(f"{start + timedelta(days=9)} 20:00", zone)))
        assert (stats["current_streak"], stats["longest_streak"]) == (10, 10), zone


def test_travel_never_rewrites_history(tmp_path: Path) -> None:
    """Each review keeps the zone it was made in: flying from Tokyo to Los
    Angeles neither merges nor splits the days already practised."""
    practise(tmp_path, moment("2026-02-01 23:00", "Asia/Tokyo"))
    practise(tmp_path, moment("2026-02-02 09:00", "Asia/Tokyo"))
    practise(tmp_path, moment("2026-02-03 10:00", "America/Los_Angeles"))
    in_la = gather(context(tmp_path, moment("2026-02-03 20:00", "America/Los_Angeles")))
    in_tokyo = gather(context(tmp_path, moment("2026-02-04 13:00", "Asia/Tokyo")))  # the same instant
    in_utc = gather(context(tmp_path, moment("2026-02-04 04:00", "UTC")))
    assert in_la["longest_streak"] == in_tokyo["longest_streak"] == 3
    assert in_la["current_streak"] == in_tokyo["current_streak"] == in_utc["current_streak"] == 3
    # Counted in UTC instead, the two Tokyo reviews (14:00 and 00:00 UTC) would share a day.


@given(st.sets(st.dates(date(2020, 1, 1), date(2020, 3, 1)), max_size=40), st.dates(date(2020, 1, 1), date(2020, 3, 5)))
def test_streak_properties(days: set[date], today: date) -> None:
    known = {d for d in days if d <= today}
    result = streaks(known, today)
    assert 0 <= result.current <= result.longest <= len(known)
    if result.current:
        last = max(known)
        assert today - last <= timedelta(days=1)
        assert all(last - timedelta(days=i) in known for i in range(result.current))
        assert last - timedelta(days=result.current) not in known
    assert result.longest == max((_run_from(day, known) for day in known), default=0)


def _run_from(day: date, known: set[date]) -> int:
    run = 0
    while day + timedelta(days=run) in known:
        run += 1
    return run


def test_practice_day_before_rollover_is_the_previous_day() -> None:
    at = moment("2026-03-29 03:59", "Europe/Paris")
    assert practice_day(at.local, 4) == date(2026, 3, 28)
    assert practice_day(later(context(Path("."), at), 1).moment.local, 4) == date(2026, 3, 29)


def test_daily_totals_stay_equal_to_the_log_for_every_rollover_hour(tmp_path: Path) -> None:
    from trainer.progress.store import Store

    def direct(hour: int) -> dict[str, tuple[int, int, int]]:
        with Store.open(tmp_path) as store:
            rows = store.connection.execute(
                "SELECT date(local_time, ?), SUM(attempt = 1), SUM(passed), COUNT(*) FROM reviews GROUP BY 1",
                (f"-{hour} hours",),
            )
            return {r[0]: (r[1], r[2], r[3]) for r in rows}

    times = ["2026-01-05 03:00", "2026-01-05 05:00", "2026-01-05 23:30", "2026-01-06 00:30"]
    for i, local in enumerate(times):
        practise(tmp_path, moment(local, "Europe/Paris"), passed=i % 3 != 1)
        for hour in (0, 4, 23):
            with Store.open(tmp_path) as store:
                assert store.daily_totals(hour) == direct(hour), (local, hour)


def test_the_clock_reads_tz_and_rebuild_now(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from trainer.progress.clock import current_moment

    monkeypatch.setenv("TZ", ":Asia/Tokyo")
    monkeypatch.setenv("REBUILD_NOW", "2026-03-29T01:30:00+01:00")
    now = current_moment()
    assert now.zone == "Asia/Tokyo" and now.stamp == "2026-03-29T00:30:00.000000Z"
    assert now.local.hour == 9
    monkeypatch.setenv("TZ", "not a zone")
    monkeypatch.setenv("REBUILD_NOW", "2026-03-29T01:30:00")  # no offset: UTC
    assert current_moment("Europe/Paris").local.hour == 3  # the configured zone wins; 01:30 UTC is 03:30 in Paris
    assert current_moment().zone  # an unknown $TZ falls back to the system's zone
