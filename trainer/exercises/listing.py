"""What `rebuild list` shows."""

from __future__ import annotations

from trainer.exercises.catalog import Catalog


def catalog_rows(catalog: Catalog) -> list[dict[str, str]]:
    return [
        {"id": e.id, "title": e.title, "summary": e.summary, "task": e.task, "catalog": e.catalog}
        for e in catalog.exercises
    ]
