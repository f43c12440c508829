"""Shared basics: typed errors, atomic file writes, where files live.

The bottom of the dataflow: every part may import these, and they import
nothing else of the trainer.

Public names: `errors.RebuildError` and its kinds, `atomic.write_atomic`,
`atomic.replace_file`, `paths.state_dir`, `paths.cache_dir`,
`resources.data_dir`.
"""
