"""A schedule learners can trust: one review per concept per day, from the
grader's per-concept verdicts; due by practice day; one card per memory."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.simulation import context, later, moment, session, verdict
from trainer.grading.verdict import ConceptResult, Verdict
from trainer.progress.clock import Moment
from trainer.progress.journal import next_exercise, record_check, record_solution_view
from trainer.progress.planner import NothingDue, Wanted
from trainer.progress.records import HandoutRecord
from trainer.progress.settings import SettingsError, change_setting
from trainer.progress.stats import gather
from trainer.progress.store import Store

ZONE = "Europe/Berlin"


def evening(n: int, hour: str = "19:00") -> Moment:
    start = moment(f"2026-03-02 {hour}", ZONE)
    return Moment(start.utc + timedelta(days=n), ZONE)


def cards(state: Path) -> dict[tuple[str, str], object]:
    with Store.open(state) as store:
        return store.cards()  # type: ignore[return-value]


def test_a_failure_is_not_erased_by_a_pass_the_next_day(tmp_path: Path) -> None:
    ctx = context(tmp_path, evening(0), new_per_day=1)
    handout = next_exercise(ctx, Wanted(), tmp_path / "ws")
    record_check(later(ctx, 5), verdict(handout, False))
    record_check(context(tmp_path, evening(1)), verdict(handout, True))
    card = cards(tmp_path)[("sigmoid", "sigmoid")]
    assert (card.reviews, card.lapses) == (2, 1)  # type: ignore[attr-defined]


def test_only_the_concept_the_grader_blamed_lapses(tmp_path: Path) -> None:
    ctx = context(tmp_path, evening(0))
    handout = next_exercise(ctx, Wanted(exercise="sigmoid", level="2"), tmp_path / "ws")
    record_check(later(ctx, 5), verdict(handout, False))  # sigmoid blamed, derivative not judged
    record_check(later(ctx, 9), verdict(handout, True))
    found = cards(tmp_path)
    assert found[("sigmoid", "sigmoid")].lapses == 1  # type: ignore[attr-defined]
    assert found[("sigmoid", "derivative")].lapses == 0  # type: ignore[attr-defined]


def test_a_solution_peek_lapses_only_what_no_check_verified(tmp_path: Path) -> None:
    ctx = context(tmp_path, evening(0))
    next_exercise(ctx, Wanted(exercise="sigmoid", level="2"), tmp_path / "ws")
    exact = Verdict(
        "sigmoid",
        False,
        "simulated",
        "2",
        [ConceptResult("sigmoid", False, "wrong"), ConceptResult("derivative", True)],
    )
    record_check(later(ctx, 5), exact)
    assert record_solution_view(later(ctx, 6), "sigmoid").recorded
    found = cards(tmp_path)
    assert found[("sigmoid", "sigmoid")].lapses == 1  # type: ignore[attr-defined]
    assert found[("sigmoid", "derivative")].lapses == 0  # type: ignore[attr-defined]


def test_what_falls_due_this_evening_is_due_this_morning(tmp_path: Path) -> None:
    ctx = context(tmp_path, evening(0), new_per_day=1)
    handout = next_exercise(ctx, Wanted(), tmp_path / "ws")
    record_check(later(ctx, 5), verdict(handout, False))  # Again: due tomorrow at 19:05
    record_check(later(ctx, 10), verdict(handout, True))  # the same day: still one review, Again
    morning = next_exercise(context(tmp_path, evening(1, "09:00"), new_per_day=1), Wanted(), tmp_path / "ws")
    assert not isinstance(morning, NothingDue)
    assert morning.skeleton.concepts == ("sigmoid",) and "due for review" in morning.why


def test_a_library_concept_is_one_card_shared_by_every_exercise(tmp_path: Path) -> None:
    ctx = context(tmp_path, evening(0), new_per_day=1)
    session(ctx, tmp_path / "ws")  # sigmoid, in the sigmoid exercise
    found = cards(tmp_path)
    mine, sibling = found[("sigmoid", "sigmoid")], found.get(("two-layer", "sigmoid"))
    assert sibling is not None and sibling.due == mine.due and sibling.stability == mine.stability  # type: ignore[attr-defined]
    shown = [c for c in gather(later(ctx, 30))["cards"] if c["concept"] == "sigmoid"]
    assert len(shown) == 1 and {"sigmoid", "two-layer", "alpha-sweep"} <= set(shown[0]["exercises"])
    assert shown[0]["due"] > "2026-03-02" and shown[0]["reps"] == 1 and shown[0]["lapses"] == 0


def test_one_exercise_is_handed_out_at_most_twice_a_day(tmp_path: Path) -> None:
    handed = session(context(tmp_path, evening(0)), tmp_path / "ws")
    counts = Counter(h.skeleton.exercise for h in handed)
    assert handed and max(counts.values()) <= 2, counts


def test_new_material_stops_when_the_time_budget_is_spent(tmp_path: Path) -> None:
    """The simulated learner passes each one-blank hand-out a minute after it:
    a pace of a minute a blank, so the new-material half of a 6-minute budget
    holds three hand-outs."""
    handed = session(context(tmp_path, evening(0), minutes_per_day=6), tmp_path / "ws")
    assert len(handed) == 3
    nothing = next_exercise(context(tmp_path, evening(0, "21:00"), minutes_per_day=6), Wanted(), tmp_path / "ws")
    assert isinstance(nothing, NothingDue) and nothing.new_left > 0


@pytest.mark.parametrize("value", ["0", "601", "soon"])
def test_the_time_budget_is_validated(tmp_path: Path, value: str) -> None:
    with pytest.raises(SettingsError):
        change_setting(tmp_path, "minutes_per_day", value)


NEXT = """
import sys
from pathlib import Path
from tests.simulation import context, moment
from trainer.progress.journal import next_exercise
from trainer.progress.planner import Wanted
state = Path(sys.argv[1])
next_exercise(context(state, moment("2026-03-02 19:00", "Europe/Berlin")), Wanted(), state / "ws")
"""


def test_four_processes_asking_at_once_get_one_hand_out(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    workers = [subprocess.Popen([sys.executable, "-c", NEXT, str(tmp_path)], cwd=REPO) for _ in range(4)]
    assert [w.wait(timeout=900) for w in workers] == [0, 0, 0, 0]
    with Store.open(tmp_path) as store:
        assert len(store.select(HandoutRecord)) == 1


def test_the_migration_replays_an_old_history_into_shared_cards(tmp_path: Path) -> None:
    """A database at schema 5 (cards per exercise, the old daily totals) is
    brought up to date: its cards are replayed from the review log."""
    for n in range(4):
        session(context(tmp_path, evening(n)), tmp_path / "ws")
    replayed = cards(tmp_path)
    with Store.open(tmp_path) as store, store.transaction():
        old = replayed[("sigmoid", "sigmoid")]
        store.clear_cards()
        store.insert(replace(old, exercise="two-layer", stability=99.0))  # a stale per-exercise card
        store.connection.execute("DROP TABLE replay_needed")
        store.connection.execute("DROP TABLE daily")
        store.connection.execute(
            "CREATE TABLE daily (day_starts_at INTEGER NOT NULL, day TEXT NOT NULL, reviews INTEGER NOT NULL, "
            "passed INTEGER NOT NULL, PRIMARY KEY (day_starts_at, day)) WITHOUT ROWID"
        )
        store.connection.execute("DELETE FROM migrations WHERE version > 5")
    stats = gather(context(tmp_path, evening(4)))
    assert cards(tmp_path) == replayed
    assert stats["reviews"] > 0 and len(stats["cards"]) < len(replayed)


def test_a_database_that_is_not_one_gets_a_clear_message_without_two_dots(tmp_path: Path) -> None:
    from trainer.progress.doctor import checkup
    from trainer.progress.store import StoreError

    (tmp_path / "rebuild.db").write_bytes(b"not a database at all " * 500)
    with pytest.raises(StoreError) as raised:
        checkup(context(tmp_path, evening(0)))
    assert ".." not in str(raised.value).replace("...", "") and "backups" in str(raised.value)


def test_an_open_attempt_from_another_machine_resumes_in_this_workspace(tmp_path: Path) -> None:
    from trainer.progress.history import export_history, import_history

    ctx = context(tmp_path / "a", evening(0), new_per_day=1)
    next_exercise(ctx, Wanted(), tmp_path / "a-ws")
    history = export_history(ctx)
    elsewhere = tmp_path / "another-machine" / "rebuild-workspace" / "sigmoid.py"  # a folder not on this one
    history["handouts"][0]["path"] = str(elsewhere)
    other = context(tmp_path / "b", evening(0, "20:00"), new_per_day=1)
    import_history(other, json.dumps(history))
    resumed = next_exercise(other, Wanted(), tmp_path / "b-ws")
    assert not isinstance(resumed, NothingDue)
    assert resumed.path == tmp_path / "b-ws" / "sigmoid.py" and resumed.path.exists()
    assert not elsewhere.parent.exists()


def test_a_level_is_raised_only_after_a_night_since_the_check_that_earned_it(tmp_path: Path) -> None:
    """Each evening the last hand-out is left open and passed the next
    evening: no level-up is handed out for an exercise checked earlier that day."""
    ws = tmp_path / "ws"
    level_ups = 0
    for n in range(40):
        ctx = context(tmp_path, evening(n))
        checked: set[str] = set()
        for minute in range(0, 600, 10):
            handout = next_exercise(later(ctx, minute), Wanted(), ws)
            if isinstance(handout, NothingDue):
                break
            if "ready for level" in handout.why:
                level_ups += 1
                assert handout.skeleton.exercise not in checked, (n, handout.skeleton.exercise)
            if handout.written and minute >= 60:
                break  # left open until tomorrow
            record_check(later(ctx, minute + 5), verdict(handout, True))
            checked.add(handout.skeleton.exercise)
    assert level_ups > 0
