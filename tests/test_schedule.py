"""Scheduling: months of simulated practice with an injected clock."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from fsrs import Rating
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.simulation import context, later, moment, session, verdict
from trainer.exercises.catalog import load_catalog
from trainer.progress.clock import Moment, from_stamp
from trainer.progress.journal import next_exercise, record_check, record_hint, record_solution_view
from trainer.progress.memory import AGAIN, HARD, day_reviews, level_ranks
from trainer.progress.planner import NothingDue, Wanted
from trainer.progress.records import ReviewRecord
from trainer.progress.scheduling import rating
from trainer.progress.stats import gather
from trainer.progress.store import Store


def day(n: int, hour: str = "09:00", zone: str = "Europe/Paris") -> Moment:
    start = moment(f"2026-01-05 {hour}", zone)
    return Moment(start.utc + timedelta(days=n), zone)


def levels(ctx) -> dict[str, str | None]:
    return {row["id"]: row["level"] for row in gather(ctx)["exercises"]}


def test_a_diligent_learner_climbs_every_ladder_to_a_full_rebuild(tmp_path: Path) -> None:
    seen: dict[str, list[str]] = {}
    reasons: set[str] = set()
    for n in range(30):
        ctx = context(tmp_path, day(n))
        for handout in session(ctx, tmp_path / "ws"):
            seen.setdefault(handout.skeleton.exercise, []).append(handout.skeleton.level)
            reasons |= {word for word in ("due for review", "new to you", "ready for level") if word in handout.why}
    article = [e.id for e in load_catalog().exercises if not e.requires]  # the rest wait for what they build on
    assert {levels(ctx)[exercise] for exercise in article} == {"full"}
    assert reasons == {"due for review", "new to you", "ready for level"}  # each handout says why
    for exercise, history in seen.items():
        ranks = [99 if level == "full" else int(level) for level in history]
        first_full = ranks.index(99) if 99 in ranks else len(ranks)
        assert ranks[:first_full] == sorted(ranks[:first_full]), (
            exercise
        )  # levels only rise for a learner who never fails
        assert ranks[0] == 1


def test_new_material_respects_the_daily_limit_and_curriculum_order(tmp_path: Path) -> None:
    ctx = context(tmp_path, day(0), new_per_day=3)
    handed = session(ctx, tmp_path / "ws")
    assert [(h.skeleton.exercise, h.skeleton.concepts) for h in handed] == [
        ("sigmoid", ("sigmoid",)),
        ("sigmoid", ("derivative",)),
        ("two-layer", ("forward",)),
    ]
    nothing = next_exercise(later(ctx, 10), Wanted(), tmp_path / "ws")
    assert isinstance(nothing, NothingDue) and nothing.new_left > 0
    assert nothing.next_due is not None and nothing.next_due.exercise == "sigmoid"
    # The limit is per practice day: 03:00 the next morning still counts as today.
    assert isinstance(
        next_exercise(context(tmp_path, day(1, "03:00"), new_per_day=3), Wanted(), tmp_path / "ws"), NothingDue
    )
    assert not isinstance(
        next_exercise(context(tmp_path, day(1, "04:30"), new_per_day=3), Wanted(), tmp_path / "ws"), NothingDue
    )


def test_a_failed_concept_comes_back_the_next_day(tmp_path: Path) -> None:
    ctx = context(tmp_path, day(0), new_per_day=1)
    handout = next_exercise(ctx, Wanted(), tmp_path / "ws")
    record_check(later(ctx, 5), verdict(handout, False))
    waiting = next_exercise(later(ctx, 6), Wanted(), tmp_path / "ws")
    assert waiting.written is False and waiting.path == handout.path  # the open attempt waits
    with Store.open(tmp_path) as store:
        card = store.cards()[("sigmoid", "sigmoid")]
    assert timedelta(hours=20) < from_stamp(card.due) - ctx.moment.utc < timedelta(days=2)


def test_one_review_a_day_with_hard_after_several_failed_checks(tmp_path: Path) -> None:
    """Sigmoid and derivative blanked together: two failed checks blame sigmoid
    (derivative unjudged), then a pass; a re-check after the pass is not recorded."""
    ctx = context(tmp_path, day(0))
    handout = next_exercise(ctx, Wanted(exercise="sigmoid", level="2"), tmp_path / "ws")
    for minute, passed in enumerate([False, False, True, True], start=1):
        record_check(later(ctx, minute), verdict(handout, passed))
    with Store.open(tmp_path) as store:
        reviews = store.select(ReviewRecord)
        cards = store.cards()
    assert [r.attempt for r in reviews] == [1, 2, 3]
    days = day_reviews("derivative", reviews, level_ranks(load_catalog()), 4)
    assert [d.rating for d in days] == [HARD]  # verified after two failed checks
    assert [d.rating for d in day_reviews("sigmoid", reviews, level_ranks(load_catalog()), 4)] == [AGAIN]
    assert (cards[("sigmoid", "derivative")].reviews, cards[("sigmoid", "derivative")].lapses) == (1, 0)
    assert (cards[("sigmoid", "sigmoid")].reviews, cards[("sigmoid", "sigmoid")].lapses) == (1, 1)
    stats = gather(later(ctx, 10))
    assert (stats["reviews"], stats["passed"]) == (1, 1)  # one review per handed-out attempt


def test_hints_lower_the_rating_to_hard(tmp_path: Path) -> None:
    ctx = context(tmp_path, day(0), new_per_day=1)
    handout = next_exercise(ctx, Wanted(), tmp_path / "ws")
    with Store.open(tmp_path) as store:
        record = store.latest_handout("sigmoid")
    record_hint(later(ctx, 1), record, "sigmoid", 1)
    record_check(later(ctx, 2), verdict(handout, True))
    with Store.open(tmp_path) as store:
        reviews = store.select(ReviewRecord)
    assert reviews[0].hints == {"sigmoid": 1}
    assert [d.rating for d in day_reviews("sigmoid", reviews, level_ranks(load_catalog()), 4)] == [HARD]


def test_looking_at_the_solution_is_a_lapse_and_ends_the_attempt(tmp_path: Path) -> None:
    ctx = context(tmp_path, day(0), new_per_day=1)
    handout = next_exercise(ctx, Wanted(), tmp_path / "ws")
    assert record_solution_view(later(ctx, 1), "sigmoid").recorded
    assert not record_check(later(ctx, 2), verdict(handout, True)).recorded
    assert not record_solution_view(later(ctx, 3), "sigmoid").recorded  # only while an attempt is open
    with Store.open(tmp_path) as store:
        card = store.cards()[("sigmoid", "sigmoid")]
    assert card.lapses == 1


def test_extra_practice_leaves_the_schedule_alone(tmp_path: Path) -> None:
    ctx = context(tmp_path, day(0), new_per_day=2)
    session(ctx, tmp_path / "ws")
    with Store.open(tmp_path) as store:
        before = store.cards()
    practice = next_exercise(later(ctx, 30), Wanted(practice=True), tmp_path / "ws")
    assert practice.kind == "practice"
    assert record_check(later(ctx, 31), verdict(practice, False)).recorded
    explicit = next_exercise(later(ctx, 32), Wanted(exercise="sigmoid", level="full", force=True), tmp_path / "ws")
    assert explicit.kind == "practice"  # nothing in it is due or new
    record_check(later(ctx, 33), verdict(explicit, True))
    with Store.open(tmp_path) as store:
        assert store.cards() == before
    assert gather(later(ctx, 34))["reviews"] == 4


def test_nothing_due_says_when_the_next_review_is(tmp_path: Path) -> None:
    ctx = context(tmp_path, day(0), new_per_day=1)
    session(ctx, tmp_path / "ws")
    nothing = next_exercise(later(ctx, 60), Wanted(), tmp_path / "ws")
    assert isinstance(nothing, NothingDue)
    assert from_stamp(nothing.next_due.due) > ctx.moment.utc + timedelta(days=1)


@settings(max_examples=20, deadline=None)
@given(st.lists(st.integers(0, 3), min_size=1, max_size=8))
def test_replaying_the_log_rebuilds_the_same_cards(tmp_path_factory, plan: list[int]) -> None:
    """Whatever the history, the derived cards equal a replay of the log, and
    every due date lies after the review that set it."""
    state = tmp_path_factory.mktemp("state")
    from trainer.progress.doctor import checkup

    for n, failures in enumerate(plan):
        session(context(state, day(n * 2), new_per_day=2), state / "ws", failures=lambda h, f=failures: f)
    ctx = context(state, day(len(plan) * 2))
    assert checkup(ctx).repaired == []
    with Store.open(state) as store:
        for card in store.cards().values():
            assert card.last_review is not None and card.due > card.last_review


def test_months_of_daily_practice_across_dst_and_a_move_keep_one_streak(tmp_path: Path) -> None:
    """Ninety days from February: Paris springs forward on 29 March, then the
    learner moves to New York (already on summer time). Practising just after
    the 4 AM rollover or just before midnight, every day counts once."""
    start = date(2026, 2, 1)
    for n in range(90):
        zone = "Europe/Paris" if n < 60 else "America/New_York"
        hour = "04:05" if n % 2 else "23:55"
        ctx = context(tmp_path, moment(f"{start + timedelta(days=n)} {hour}", zone))
        if not session(ctx, tmp_path / "ws"):  # nothing due: extra practice keeps the streak
            extra = next_exercise(ctx, Wanted(practice=True, force=True), tmp_path / "ws")
            record_check(later(ctx, 1), verdict(extra, True))
        stats = gather(later(ctx, 2))
        assert (stats["current_streak"], stats["longest_streak"]) == (n + 1, n + 1), (n, zone, hour)


def _final(at: str, passed: bool, attempt: int = 1, hints: int = 0) -> ReviewRecord:
    return ReviewRecord(
        "r",
        "h",
        at,
        "UTC",
        at[:19],
        "sigmoid",
        "1",
        "scheduled",
        ("sigmoid",),
        {"sigmoid": passed},
        passed,
        attempt,
        60.0,
        {"sigmoid": hints} if hints else {},
        "check",
    )


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.booleans(), st.integers(1, 4), st.integers(0, 3), st.integers(0, 40)), min_size=1, max_size=15
    ),
    st.booleans(),
)
def test_every_review_schedules_a_whole_day_or_more_and_a_pass_never_comes_back_sooner(history, fuzz: bool) -> None:
    """Whatever the outcomes, checks, hints and gaps: the next review is at
    least a day away (no same-day steps), a pass never schedules sooner than a
    fail would have, and hints or failed checks never rate higher than Good."""
    from trainer.progress.clock import to_stamp
    from trainer.progress.scheduling import advance

    card, at = None, moment("2026-01-05 09:00", "UTC").utc
    for passed, attempt, hints, gap in history:
        at += timedelta(days=gap, hours=1)
        final = _final(to_stamp(at), passed, attempt, hints)
        after = advance(card, final, "sigmoid", {"1": 1}, fuzz)
        failed = advance(card, _final(final.at, False), "sigmoid", {"1": 1}, fuzz)
        assert from_stamp(after.due) - at >= timedelta(days=1)
        assert after.due >= failed.due
        assert rating(final, "sigmoid") in ((Rating.Good, Rating.Hard) if passed else (Rating.Again,))
        if passed and (hints or attempt > 2):
            assert rating(final, "sigmoid") == Rating.Hard
        card = after
