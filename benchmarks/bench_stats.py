"""`rebuild stats` over a long history: median wall <= 3x `python -c "import numpy"`
with 100,000 reviews in the log. For reference it also times `rebuild next
--stdout` (plans the next handout, writes nothing) on that history.

Run: python benchmarks/bench_stats.py   (with rebuild installed in this Python)
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).parent))
from timing import ratio

from trainer.exercises.catalog import load_catalog
from trainer.progress.clock import to_stamp
from trainer.progress.journal import LOCAL_TIME, rebuild_cards
from trainer.progress.records import HandoutRecord, ReviewRecord, content_uid
from trainer.progress.store import Store

TARGET = 3.0
REVIEWS = 100_000
ZONES = ("Europe/Paris", "America/New_York", "Asia/Tokyo")


def fill(state: Path, rng: random.Random) -> None:
    """REVIEWS reviews over three years, up to three checks per handout."""
    catalog = load_catalog()
    start = datetime(2024, 1, 1, 8, tzinfo=UTC)
    step = timedelta(days=3 * 365) / REVIEWS
    with Store.open(state) as store, store.transaction():
        at, count = start, 0
        while count < REVIEWS:
            exercise = rng.choice(catalog.exercises)
            concepts = tuple(rng.sample(exercise.concept_ids, k=min(3, len(exercise.concept_ids))))
            zone = ZONES[(count // 20_000) % len(ZONES)]
            handout = HandoutRecord(
                content_uid("h", count), exercise.id, "1", concepts, (), "scheduled", to_stamp(at), zone, "x.py"
            )
            store.insert(handout)
            for attempt in range(1, rng.randint(1, 3) + 1):
                at += step
                passed = rng.random() < 0.8
                store.insert(
                    ReviewRecord(
                        content_uid("r", count),
                        handout.uid,
                        to_stamp(at),
                        zone,
                        at.astimezone(ZoneInfo(zone)).strftime(LOCAL_TIME),
                        exercise.id,
                        "1",
                        "scheduled",
                        concepts,
                        {c: passed for c in concepts},
                        passed,
                        attempt,
                        600.0,
                        {},
                        "check",
                    )
                )
                count += 1
                if passed:
                    break
        rebuild_cards(store, catalog, 4, fuzz=True)
        store.replay_done()


def main() -> int:
    rebuild = shutil.which("rebuild") or sys.exit("install rebuild first: pip install .")
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["REBUILD_HOME"] = tmp
        began = time.perf_counter()
        fill(Path(tmp), random.Random(1))
        print(f"history of {REVIEWS} reviews written and replayed into cards in {time.perf_counter() - began:.1f} s")
        for args in (["stats"], ["stats", "--json"], ["next", "--stdout"]):
            ours, base, r = ratio([rebuild, *args])
            worst = max(worst, r) if args[0] == "stats" else worst
            print(
                f"rebuild {' '.join(args):15} {ours * 1000:6.0f} ms   numpy import {base * 1000:5.0f} ms   ratio {r:4.2f}"
            )
    print(f"worst stats ratio {worst:.2f} (target <= {TARGET})")
    return 0 if worst <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
