"""Does rebuild's schedule teach more per minute than simple schedules?

Simulates learners for months with a memory model that is *not* FSRS's own,
and runs three schedules on the very same learners:

- rebuild: the real planner (`planner.plan`) and the real card derivation
  (`memory.day_reviews`, `memory.advance_memory`: one review per concept per
  practice day, from per-concept verdicts), with time passed in;
- fixed intervals: each concept on its own, after a pass 1, 3, 7, 14, 30, 60
  days (then 60), after a fail back to 1;
- Leitner boxes: intervals of 1, 2, 4, 8 and 16 days, up a box on a pass,
  back to the first on a fail.

All three introduce new concepts in the same curriculum order under the same
rule: while the day's minutes stay within the budget (15 by default) and new
material within half of it; due reviews are always done.

The memory model (exponential forgetting, SuperMemo-like growth):

- recall probability of a concept after `t` days: exp(-t / S), S in days;
- S after the first study: 2.5 days × the learner's memory rate × (1 - d/2);
- a recalled concept: S ← S × (1 + 3 (1 - d) (1 - p) + 0.2), where p was the
  recall probability (effortful retrieval strengthens memory most);
- a forgotten one: relearned in the attempt, S ← max(0.5, 0.3 S);
- d: per-concept difficulty, uniform in [0.1, 0.7] (the same for every
  learner); memory rate: per learner, log-normal around 1 (sd 0.4);
- cost: each blank takes the learner's minutes per blank (log-normal around
  1.5), each failed check one more blank's worth to fix and re-check.

Reported per schedule: minutes a day (median learner, week 1 and all days
practised), total minutes per learner, recall at review (the share of blanks
of already-studied concepts recalled), and mean recall of every studied
concept on the last day. Run: python benchmarks/bench_schedule.py [learners] [days]
"""

from __future__ import annotations

import math
import random
import statistics
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from trainer.exercises.catalog import Catalog, load_catalog
from trainer.exercises.levels import blanked_concepts
from trainer.progress.clock import practice_day, to_stamp
from trainer.progress.memory import (
    Memory,
    Replayed,
    advance_memory,
    day_reviews,
    level_ranks,
    memories,
    rows,
)
from trainer.progress.planner import NEW_SHARE, NothingDue, Plan, Today, Waiting, Wanted, curriculum, plan
from trainer.progress.records import CardRecord, ReviewRecord

BUDGET = 15.0  # minutes a day, rebuild's default
DAY_STARTS_AT = 4
ZONE = "UTC"
START = datetime(2026, 3, 2, 19, 0, tzinfo=UTC)
FIXED = (1, 3, 7, 14, 30, 60)
LEITNER = (1, 2, 4, 8, 16)


@dataclass
class Learner:
    rate: float  # memory rate: multiplies every stability
    minutes_per_blank: float
    rng: random.Random
    strength: dict[str, float] = field(default_factory=dict)  # memory key -> S (days)
    last: dict[str, float] = field(default_factory=dict)  # memory key -> day of last retrieval

    def recall(self, key: str, now: float) -> float:
        return math.exp(-(now - self.last[key]) / self.strength[key])

    def attempt(self, key: str, now: float, difficulty: float) -> tuple[bool, float | None]:
        """Retrieve a concept (or study it, the first time): recalled?, and p if it was a review."""
        if key not in self.strength:
            self.strength[key] = 2.5 * self.rate * (1 - difficulty / 2)
            self.last[key] = now
            return self.rng.random() < 0.8, None
        p = self.recall(key, now)
        recalled = self.rng.random() < p
        s = self.strength[key]
        self.strength[key] = s * (1.2 + 3 * (1 - difficulty) * (1 - p)) if recalled else max(0.5, 0.3 * s)
        self.last[key] = now
        return recalled, p


@dataclass
class Tally:
    minutes: list[float] = field(default_factory=list)  # per day
    recalls: list[float] = field(default_factory=list)  # 1/0 per review blank
    final: float = 0.0


def _difficulties(catalog: Catalog) -> dict[str, float]:
    rng = random.Random(11)
    return {m.key: rng.uniform(0.1, 0.7) for m in dict.fromkeys(memories(catalog).values())}


def _order(catalog: Catalog) -> list[Memory]:
    """Every memory once, in the order rebuild's curriculum meets them."""
    shared = memories(catalog)
    return list(dict.fromkeys(shared[(e.id, c)] for e in catalog.exercises for c in curriculum(e)))


def _hand_out(
    learner: Learner, keys: list[str], now: float, difficulty: dict[str, float], tally: Tally
) -> tuple[list[bool | None], float]:
    """One hand-out: each blank retrieved in order; failures fixed one check at
    a time. Returns the per-blank first-check outcome and its minutes."""
    outcomes: list[bool | None] = []
    failed = 0
    for key in keys:
        recalled, p = learner.attempt(key, now, difficulty[key])
        if p is not None:
            tally.recalls.append(1.0 if recalled else 0.0)
        outcomes.append(recalled)
        failed += not recalled
    return outcomes, (len(keys) + failed) * learner.minutes_per_blank


def _stamp(day: int, minute: float) -> str:
    return to_stamp(START + timedelta(days=day, minutes=minute))


def run_rebuild(seed: int, days: int, catalog: Catalog, difficulty: dict[str, float]) -> Tally:
    learner = _learner(seed)
    shared = memories(catalog)
    ranks = level_ranks(catalog)
    states: dict[str, Replayed] = {}  # memory key -> state at the end of the last practised day
    today_state: dict[str, Replayed] = {}
    cards: dict[tuple[str, str], CardRecord] = {}
    tally = Tally()
    paces: list[float] = []
    for day in range(days):
        minutes, checks, handed = 0.0, [], []
        day_date: date = practice_day(START + timedelta(days=day), DAY_STARTS_AT)
        for _ in range(30):
            pace = statistics.median(paces[-20:]) if paces else 120.0
            budget_used = sum(len(h) - 1 for h, new in handed) * pace / 60
            new_used = sum(len(h) - 1 for h, new in handed if new) * pace / 60
            today = Today(
                due_by=to_stamp(
                    datetime.combine(day_date + timedelta(days=1), datetime.min.time(), UTC)
                    + timedelta(hours=DAY_STARTS_AT)
                ),
                minutes_left=BUDGET - budget_used,
                budget=BUDGET,
                new_minutes_left=BUDGET * NEW_SHARE - new_used,
                seconds_per_blank=pace,
                handed=tuple((e, sum(1 for x, _ in handed if x[0] == e)) for e in {x[0] for x, _ in handed}),
                rested=frozenset(set(catalog.ids) - {c.exercise for c in checks}),
            )
            chosen = plan(catalog, Wanted(), cards, [], today)
            if isinstance(chosen, (NothingDue, Waiting)):
                break
            blanks = blanked_concepts(chosen.exercise, chosen.level)
            keys = [shared[(chosen.exercise.id, c)].key for c in blanks]
            outcomes, cost = _hand_out(learner, keys, day + minutes / 1440, difficulty, tally)
            minutes += cost
            paces.append(cost * 60 / len(blanks))
            handed.append(((chosen.exercise.id, *blanks), bool(chosen.new)))
            checks += _checks(chosen, blanks, outcomes, day, minutes)
            touched = {shared[(chosen.exercise.id, c)] for c in blanks}
            for memory in touched:
                reviews = day_reviews(
                    memory.concept, [c for c in checks if c.exercise in memory.exercises], ranks, DAY_STARTS_AT
                )
                before = states.get(memory.key, Replayed(None, {}))
                today_state[memory.key] = (
                    advance_memory(memory, before, reviews[-1], DAY_STARTS_AT, True) if reviews else before
                )
                for row in rows(memory, today_state[memory.key]):
                    cards[(row.exercise, row.concept)] = row
        states.update(today_state)
        today_state = {}
        tally.minutes.append(minutes)
    tally.final = _final(learner, days)
    return tally


def _checks(
    chosen: Plan, blanks: tuple[str, ...], outcomes: list[bool | None], day: int, minute: float
) -> list[ReviewRecord]:
    """The checks of one hand-out as the grader reports them: each failing
    check blames the first wrong blank (the others unjudged), then a pass."""
    out = []
    wrong = [c for c, ok in zip(blanks, outcomes) if not ok]
    for attempt, blamed in enumerate([*wrong, None], start=1):
        passed = blamed is None
        verdicts: dict[str, bool | None] = {c: True if passed else (False if c == blamed else None) for c in blanks}
        at = _stamp(day, minute + attempt)
        out.append(
            ReviewRecord(
                f"{chosen.exercise.id}{day}{minute}{attempt}",
                "h",
                at,
                ZONE,
                (START + timedelta(days=day, minutes=minute + attempt)).strftime("%Y-%m-%dT%H:%M:%S"),
                chosen.exercise.id,
                chosen.level.name,
                "scheduled",
                blanks,
                verdicts,
                passed,
                attempt,
                60.0,
                {},
                "check",
            )
        )
    return out


def _learner(seed: int) -> Learner:
    rng = random.Random(seed)
    return Learner(math.exp(rng.gauss(0, 0.4)), 1.5 * math.exp(rng.gauss(0, 0.3)), random.Random(seed * 7919))


def _final(learner: Learner, days: int) -> float:
    studied = list(learner.strength)
    return statistics.mean(learner.recall(k, days) for k in studied) if studied else 0.0


def run_intervals(
    seed: int, days: int, catalog: Catalog, difficulty: dict[str, float], ladder: tuple[int, ...], fixed: bool
) -> Tally:
    """Fixed intervals (`fixed`) or Leitner boxes: one blank per concept."""
    learner = _learner(seed)
    order = [m.key for m in _order(catalog)]
    box: dict[str, int] = {}
    due: dict[str, int] = {}
    tally = Tally()
    for day in range(days):
        minutes = 0.0
        for key in sorted((k for k in due if due[k] <= day), key=lambda k: due[k]):
            (ok,), cost = _hand_out(learner, [key], day + minutes / 1440, difficulty, tally)
            minutes += cost
            box[key] = min(box[key] + 1, len(ladder) - 1) if ok else 0
            due[key] = day + ladder[box[key]]
        new = 0.0
        for key in [k for k in order if k not in box]:
            step = learner.minutes_per_blank
            if minutes and (minutes + step > BUDGET or new + step > BUDGET * NEW_SHARE):
                break  # the same rule as rebuild's: new material within its share of the budget
            (ok,), cost = _hand_out(learner, [key], day + minutes / 1440, difficulty, tally)
            minutes += cost
            new += cost
            box[key] = 0
            due[key] = day + ladder[0]
        tally.minutes.append(minutes)
    tally.final = _final(learner, days)
    return tally


SCHEDULES: dict[str, Callable[[int, int, Catalog, dict[str, float]], Tally]] = {
    "rebuild": run_rebuild,
    "fixed 1-3-7-14-30-60": lambda s, d, c, k: run_intervals(s, d, c, k, FIXED, True),
    "Leitner 1-2-4-8-16": lambda s, d, c, k: run_intervals(s, d, c, k, LEITNER, False),
}


def _one(args: tuple[str, int, int]) -> Tally:
    name, seed, days = args
    catalog = load_catalog()
    return SCHEDULES[name](seed, days, catalog, _difficulties(catalog))


def main() -> int:
    learners = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    days = int(sys.argv[2]) if len(sys.argv) > 2 else 120
    print(f"{learners} learners x {days} days, budget {BUDGET:.0f} min/day")
    print(
        f"{'schedule':<22}{'week-1 min/day':>16}{'min/day':>10}{'total min':>11}{'recall at review':>18}{'recall on last day':>20}"
    )
    results = {}
    with ProcessPoolExecutor(max_workers=2) as pool:
        for name in SCHEDULES:
            tallies = list(pool.map(_one, [(name, seed, days) for seed in range(learners)], chunksize=4))
            results[name] = tallies
            week1 = statistics.median(statistics.mean(t.minutes[:7]) for t in tallies)
            practised = statistics.median(statistics.mean([m for m in t.minutes if m] or [0]) for t in tallies)
            total = statistics.median(sum(t.minutes) for t in tallies)
            recall = statistics.mean(r for t in tallies for r in t.recalls)
            final = statistics.mean(t.final for t in tallies)
            print(f"{name:<22}{week1:>16.1f}{practised:>10.1f}{total:>11.0f}{recall:>18.3f}{final:>20.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
