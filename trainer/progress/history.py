"""`rebuild export` / `rebuild import`: the whole history as JSON.

The export holds the append-only history (handouts, reviews, hints); cards are
rebuilt after an import. Records carry content-derived ids, so importing into
a store that already has some of them adds only the missing ones.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from trainer.basics.errors import RebuildError
from trainer.progress.clock import from_stamp, zone_info
from trainer.progress.journal import LOCAL_TIME, Context, rebuild_cards
from trainer.progress.records import HISTORY, HandoutRecord
from trainer.progress.store import Store, StoreError

FORMAT = "rebuild-history"
VERSION = 1


class HistoryError(RebuildError):
    pass


def export_history(ctx: Context) -> dict[str, Any]:
    with Store.open(ctx.state) as store:
        tables = {name: [_plain(record) for record in _rows(store, cls)] for name, cls in HISTORY.items()}
    return {"format": FORMAT, "version": VERSION, **tables}


def _rows(store: Store, cls: type) -> list[object]:
    return store.select(cls, order="at, uid")


def _plain(record: object) -> dict[str, Any]:
    plain = {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(record).items()}  # type: ignore[call-overload]
    if isinstance(record, HandoutRecord):
        plain["path"] = portable(record.path)
    return plain


def portable(path: str) -> str:
    """An attempt's file as its workspace knows it: its name. A history moved to
    another machine (or folder) resumes its open attempts in the workspace there,
    never at a path of the machine it came from, nor outside the workspace."""
    name = Path(path.replace("\\", "/")).name
    return name if name not in ("", ".", "..") else "attempt.py"


# What each field of a record may hold, by its annotation.
_KINDS: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "str | None": (str, type(None)),
    "int | None": (int, type(None)),
    "float | None": (int, float, type(None)),
    "tuple[str, ...]": (list,),
    "dict[str, bool | None]": (dict,),
    "dict[str, int]": (dict,),
}


def _typed(cls: type, raw: object, where: str) -> object:
    if not isinstance(raw, dict):
        raise HistoryError(f"{where} is not an object")
    names = [f.name for f in fields(cls)]
    if sorted(raw) != sorted(names):
        raise HistoryError(f"{where} has fields {sorted(raw)}, expected {sorted(names)}")
    for f in fields(cls):
        value = raw[f.name]
        kinds = _KINDS[str(f.type)]
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            raise HistoryError(f"{where}: {f.name} cannot be {value!r}")
    if "at" in raw:
        try:
            from_stamp(raw["at"])
            zone_info(raw["zone"])
        except (ValueError, RebuildError):
            raise HistoryError(f"{where}: unreadable time {raw['at']!r} or zone {raw['zone']!r}") from None
    problem = _inconsistency(raw)
    if problem:
        raise HistoryError(f"{where}: {problem}")
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()}
    if cls is HandoutRecord:
        values["path"] = portable(str(values["path"]))
    return cls(**values)


def _inconsistency(raw: dict[str, Any]) -> str:
    """What a well-typed record says that cannot be true (the database would
    silently drop it, or count it on the wrong day)."""
    if "local_time" in raw:
        local = from_stamp(raw["at"]).astimezone(zone_info(raw["zone"])).strftime(LOCAL_TIME)
        if local != raw["local_time"]:
            return f"local_time {raw['local_time']!r} is not {raw['at']} in {raw['zone']} ({local})"
    if "attempt" in raw and raw["attempt"] < 1:
        return f"attempt cannot be {raw['attempt']!r} (the first check is attempt 1)"
    if "seconds" in raw and not (math.isfinite(raw["seconds"]) and raw["seconds"] >= 0):
        return f"seconds cannot be {raw['seconds']!r}"
    if "step" in raw and raw["step"] < 1:
        return f"step cannot be {raw['step']!r}"
    return ""


def read_export(path: Path) -> str:
    """The text of an export file; never blocks on a pipe or reads a device."""
    if not path.is_file():
        raise HistoryError(f"{path} is not a file written by `rebuild export` (missing, a folder, a pipe or a device).")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise HistoryError(f"{path} is not UTF-8 text; give a file written by `rebuild export`.") from None


def parse_history(text: str) -> dict[str, list[object]]:
    """The records of an export, or a HistoryError saying what is wrong."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise HistoryError(f"this is not JSON ({error}); give a file written by `rebuild export`.") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise HistoryError("this JSON is not a rebuild history; give a file written by `rebuild export`.")
    if type(data.get("version")) is not int or data.get("version") != VERSION:  # `true == 1` in Python
        raise HistoryError(
            f"this history has version {data.get('version')!r}; this rebuild reads version {VERSION}. Nothing was imported."
        )
    try:
        return {
            name: [_typed(cls, raw, f"{name}[{i}]") for i, raw in enumerate(data.get(name, []))]
            for name, cls in HISTORY.items()
        }
    except (HistoryError, TypeError) as error:
        raise HistoryError(f"the history is damaged: {error}. Nothing was imported.") from None


def import_history(ctx: Context, text: str) -> dict[str, int]:
    """Merge an export into the store in one transaction; counts of records added."""
    records = parse_history(text)
    with Store.open(ctx.state) as store, store.transaction():
        try:
            added = {name: sum(store.insert(r) for r in rows) for name, rows in records.items()}
        except StoreError as error:
            raise HistoryError(f"the history is damaged: {error}. Nothing was imported.") from None
        rebuild_cards(store, ctx.catalog, ctx.settings.day_starts_at, ctx.settings.fuzz)
        store.replay_done()
    return added
