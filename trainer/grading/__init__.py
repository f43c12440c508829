"""Grading: run a program in a sandbox and compare it with the reference.

Second in the dataflow: the learner's file is read and resolved to an
exercise, run by `runner.py` in a separate, limited process, and its trace is
compared with the reference's (cached) traces; the diagnosis names the first
wrong concept. May import `trainer.exercises` and `trainer.basics`.
`runner.py` runs inside the learner's process and imports nothing of the
trainer.

Public names: `check.grade`, `check.start_check`, `check.Verdict`,
`launch.Limits`, `figures.figure`, `confine.isolation_level`,
`validation.check_target` (`rebuild author check`). Other parts use only
these: the rest is internal.
"""
