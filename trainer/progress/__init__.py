"""Progress: what was handed out and checked, and what comes next.

Third in the dataflow: a verdict is recorded in the SQLite store (one
transaction per event), cards are scheduled with FSRS, and streaks, stats,
hints, export/import and the doctor read the same log. May import
`trainer.exercises`, the public names of `trainer.grading` (`check.Verdict`)
and `trainer.basics`.

Public names: `journal.Context`, `journal.live_context`,
`journal.next_exercise`, `journal.record_check`, `journal.record_solution_view`,
`hints.give_hint`, `stats.gather`, `history.export_history`,
`history.import_history`, `doctor.checkup`, `settings.load_settings`,
`clock.current_moment`.
"""
