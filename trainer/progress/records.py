"""The rows rebuild keeps: plain data, apart from how they are stored.

Handouts, reviews and hints are the history (append-only, exported); cards are
derived from them and can always be rebuilt.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


def content_uid(*parts: object) -> str:
    """A stable id from what identifies a record: re-importing the same
    history finds the same ids, so merges never duplicate."""
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:24]


@dataclass(frozen=True)
class HandoutRecord:
    uid: str
    exercise: str
    level: str
    concepts: tuple[str, ...]
    new: tuple[str, ...]  # concepts introduced by this handout
    kind: str  # "scheduled" (moves the schedule) or "practice" (does not)
    at: str
    zone: str
    path: str


@dataclass(frozen=True)
class ReviewRecord:
    uid: str
    handout: str
    at: str
    zone: str
    local_time: str
    exercise: str
    level: str
    kind: str
    concepts: tuple[str, ...]
    verdicts: dict[str, bool | None]
    passed: bool
    attempt: int  # 1 for the first check of a handout, 2 for the second...
    seconds: float
    hints: dict[str, int] = field(default_factory=dict)
    source: str = "check"  # or "solution": the learner looked at the answer


@dataclass(frozen=True)
class HintRecord:
    uid: str
    handout: str
    concept: str
    step: int
    at: str
    zone: str


@dataclass(frozen=True)
class CardRecord:
    exercise: str
    concept: str
    state: int
    step: int | None
    stability: float | None
    difficulty: float | None
    due: str
    last_review: str | None
    best_rank: int
    reviews: int
    lapses: int


JSON_FIELDS = frozenset({"concepts", "new", "verdicts", "hints"})
HISTORY = {"handouts": HandoutRecord, "reviews": ReviewRecord, "hints": HintRecord}
