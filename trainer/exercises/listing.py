"""What `rebuild list` shows."""

from __future__ import annotations

from trainer.exercises.catalog import load_catalog


def catalog_rows() -> list[dict[str, str]]:
    return [{"id": e.id, "title": e.title, "summary": e.summary, "task": e.task} for e in load_catalog().exercises]
