"""Which loops train: decided by what a loop does, not by its length or name.

A loop instance trains when each of its first iterations changes every weight:
the arrays that, in the reference, carry the state from one iteration to the
next. A helper loop that updates one weight at a time (`for w, g in zip(...)`),
a loop over alphas that contains the training, or a loop over samples does
not. A loop site (a `for` or `while` in the source) is classified by its first
instance; every instance of a training site is then a training run, in the
order they started. A loop that contains a training loop is never one itself.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from trainer.grading.channel import Instance, Trace
from trainer.grading.numbers import close

Snapshot = dict[str, np.ndarray]
Groups = list[list[str]]  # per weight: the paths in a snapshot that may hold it
FindWeights = Callable[[Snapshot], Groups]


def changed(before: np.ndarray | None, after: np.ndarray | None) -> bool:
    if before is None or after is None or before.shape != after.shape:
        return before is not None and after is not None
    return not np.array_equal(before, after, equal_nan=True)


def classify(instance: Instance, weights: FindWeights) -> bool | None:
    """True/False once the instance's first iterations tell; None while they cannot yet."""
    first, second, third = (instance.snaps.get(at) for at in (0, 1, 2))
    ended = instance.count is not None
    if first is None:
        return False if ended else None
    groups = weights(first)
    if not groups or any(not g for g in groups):
        return False
    for before, after in ((first, second), (second, third)):
        if before is None or after is None:
            return False if ended else None
        if not _moves(groups, before, after):
            return False
    return True


def turned_non_finite(instances: Iterable[Instance], weights: FindWeights) -> tuple[Instance, int, int] | None:
    """The first loop whose weights, found finite as it started, became NaN or infinite (such
    a loop stops changing them, so it never looks like training), with the last iteration
    that started with them finite and the first that did not."""
    for instance in sorted(instances, key=lambda i: i.seq):
        first = instance.snaps.get(0)
        if first is None:
            continue
        paths = [p for group in weights(first) for p in group]
        if not paths or not all(np.isfinite(first[p]).all() for p in paths):
            continue
        seen = sorted(a for a in instance.snaps if isinstance(a, int))
        for before, at in itertools.pairwise(seen):
            snap = instance.snaps[at]
            if any(p in snap and not np.isfinite(snap[p]).all() for p in paths):
                return instance, before, at
    return None


def late_start(instances: Iterable[Instance], weights: FindWeights) -> Instance | None:
    """The first loop that trains one iteration late: it leaves every weight as it found
    them in its first iteration, then changes each in the next two (a step applied
    before it is computed), which the rule above does not call training."""
    for instance in sorted(instances, key=lambda i: i.seq):
        snaps = [snap for at in range(4) if (snap := instance.snaps.get(at)) is not None]
        if len(snaps) < 4:
            continue
        groups = weights(snaps[0])
        if not groups or any(not group for group in groups):
            continue
        idle = not any(changed(snaps[0].get(p), snaps[1].get(p)) for group in groups for p in group)
        if idle and all(_moves(groups, before, after) for before, after in itertools.pairwise(snaps[1:])):
            return instance
    return None


def _moves(groups: Groups, before: Snapshot, after: Snapshot) -> bool:
    """Does every weight change between the two snapshots?"""
    return all(any(changed(before.get(p), after.get(p)) for p in group) for group in groups)


class Classifier:
    """Follows a trace as it grows and lists its training instances in order."""

    def __init__(self, weights: FindWeights) -> None:
        self.weights = weights
        self.sites: dict[int, bool] = {}

    def training(self, trace: Trace) -> list[Instance] | None:
        """The training instances so far; None while an earlier site is still undecided."""
        found: list[Instance] = []
        for instance in sorted(trace.instances.values(), key=lambda i: i.seq):
            verdict = self._site(trace, instance)
            if verdict is None:
                return found if found else None
            if verdict:
                found.append(instance)
        return found

    def _site(self, trace: Trace, instance: Instance) -> bool | None:
        if instance.site in self.sites:
            return self.sites[instance.site]
        if instance.instance != 0:
            return False
        verdict = classify(instance, self.weights)
        if verdict:
            inner = self._contains_training(trace, instance)
            verdict = None if inner is None else not inner
        if verdict is not None:
            self.sites[instance.site] = verdict
        return verdict

    def _contains_training(self, trace: Trace, outer: Instance) -> bool | None:
        """Whether a loop run within `outer` trains; None while one of them cannot yet tell.
        The loops within are classified first, whenever they started: a loop that
        consumes a training generator is entered before the loop inside it."""
        undecided = False
        for inner in trace.instances.values():  # in the order they were entered
            if inner.seq == outer.seq or not _ancestor(trace, outer.seq, inner):
                continue
            verdict = self._site(trace, inner)
            if verdict:
                return True
            undecided = undecided or verdict is None
        return None if undecided else False


def _ancestor(trace: Trace, seq: int, instance: Instance) -> bool:
    parent = instance.parent
    while parent >= 0:
        if parent == seq:
            return True
        above = trace.instances.get(parent)
        parent = above.parent if above is not None else -1
    return False


def reference_weights(state: Sequence[str]) -> FindWeights:
    """In the reference, the state the catalog lists: all of it present, and
    some of it (the weights; counters change only now and then) changing."""
    return lambda snapshot: [list(state)] if state and all(n in snapshot for n in state) else []


def moving_state(trace: Trace, first: Instance | None, state: Sequence[str]) -> list[str]:
    """The reference's state arrays that change at its first iteration (the weights,
    not counters that change only now and then)."""
    if first is None:
        return []
    start, after = first.snaps.get(0, {}), first.snaps.get(1, {})
    return [name for name in state if changed(start.get(name), after.get(name))]


def learner_weights(reference_start: Snapshot, moving: Sequence[str]) -> FindWeights:
    """In the learner's program, the weights are found by value at the start of
    training (any name, any container); if no array has the reference's initial
    values (a wrong initialisation), by shape."""

    def find(snapshot: Snapshot) -> Groups:
        groups = []
        for name in moving:
            want = reference_start[name]
            by_value = [p for p, v in snapshot.items() if close(v, want)]
            groups.append(by_value or [p for p, v in snapshot.items() if v.shape == want.shape and want.ndim > 0])
        return groups

    return find
