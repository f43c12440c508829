"""Typed errors. Each one carries a message that tells the learner what to do next.

The CLI turns every `RebuildError` into its message and exit code 2: a learner
never sees a traceback from the trainer itself.
"""

from __future__ import annotations


class RebuildError(Exception):
    """Unusable input or state: the command cannot do what was asked."""

    exit_code = 2


class UnknownExercise(RebuildError):
    def __init__(self, exercise_id: str, valid: list[str]) -> None:
        super().__init__(
            f"There is no exercise called {exercise_id!r}. "
            f"Valid ids: {', '.join(valid)}. Run `rebuild list` to see them with their titles."
        )


class CatalogError(RebuildError):
    """The exercise catalog itself is broken (a packaging or authoring mistake)."""


class UnknownLevel(RebuildError):
    pass


class WorkspaceConflict(RebuildError):
    pass


class UnusableFile(RebuildError):
    """The learner's file cannot be graded at all (missing, empty, not Python...)."""
