"""What `rebuild check` returns: the verdict, per concept."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class ConceptResult:
    concept: str
    passed: bool | None  # None: not judged on its own (an earlier difference hides it)
    message: str = ""


@dataclass(frozen=True)
class Verdict:
    exercise: str
    passed: bool
    summary: str
    level: str | None
    concepts: list[ConceptResult] = field(default_factory=list)
    mode: str = "full"  # every check runs the whole program; "unfilled" when blanks are still empty
    learner_curve: list[float] = field(default_factory=list)
    reference_curve: list[float] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
