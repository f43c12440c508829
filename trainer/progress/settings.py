"""The learner's settings, from `config.toml` in the state folder.

Every key is optional:

    minutes_per_day = 15    # today's time budget for new material and level-ups
    new_per_day = 10        # at most this many new concepts a day
    day_starts_at = 4       # the hour a new practice day begins (local time)
    timezone = "Europe/Paris"   # default: the system's
    editor = "code --wait"  # for `rebuild next --open`; default $VISUAL, $EDITOR
    fuzz = true             # FSRS interval fuzzing
    catalogs = ["~/class-exercises"]  # more exercise catalog folders (each holds catalog.toml)
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer.basics.atomic import replace_file
from trainer.basics.errors import RebuildError

if TYPE_CHECKING:
    from trainer.exercises.catalog import Catalog

CONFIG_FILE = "config.toml"


class SettingsError(RebuildError):
    pass


@dataclass(frozen=True)
class Settings:
    minutes_per_day: int = 15
    new_per_day: int = 10
    day_starts_at: int = 4
    timezone: str | None = None
    editor: str | None = None
    fuzz: bool = True
    catalogs: tuple[str, ...] = ()


_TYPES: dict[str, tuple[type, ...]] = {
    "minutes_per_day": (int,),
    "new_per_day": (int,),
    "day_starts_at": (int,),
    "timezone": (str,),
    "editor": (str,),
    "fuzz": (bool,),
    "catalogs": (list,),
}


def _problems(raw: dict[str, object]) -> list[str]:
    problems = []
    for key, value in raw.items():
        if key not in _TYPES:
            problems.append(f"unknown key {key!r} (known: {', '.join(_TYPES)})")
        elif not isinstance(value, _TYPES[key]) or (isinstance(value, bool) and bool not in _TYPES[key]):
            problems.append(f"{key} must be a {_TYPES[key][0].__name__}, not {value!r}")
    folders = raw.get("catalogs")
    if isinstance(folders, list) and not all(isinstance(f, str) for f in folders):
        problems.append('catalogs must be a list of folder paths, e.g. ["~/class-exercises"]')
    if isinstance(raw.get("new_per_day"), int) and not 0 <= raw["new_per_day"] <= 1000:  # type: ignore[operator]
        problems.append("new_per_day must lie between 0 and 1000")
    if isinstance(raw.get("minutes_per_day"), int) and not 1 <= raw["minutes_per_day"] <= 600:  # type: ignore[operator]
        problems.append("minutes_per_day must lie between 1 and 600")
    if isinstance(raw.get("day_starts_at"), int) and not 0 <= raw["day_starts_at"] <= 23:  # type: ignore[operator]
        problems.append("day_starts_at must be an hour between 0 and 23")
    return problems


def load_settings(state: Path) -> Settings:
    path = state / CONFIG_FILE
    raw = _read_raw(path)
    problems = _problems(raw)
    if problems:
        raise SettingsError(f"{path}: {'; '.join(problems)}. Fix it or delete it to use the defaults.")
    known = {f.name for f in fields(Settings)}
    values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items() if k in known}
    return Settings(**values)


def _read_raw(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise SettingsError(f"{path} cannot be read ({error}); fix it or delete it to use the defaults.") from None


def _parse(key: str, text: str) -> object:
    kind = _TYPES[key][0]
    if kind is list:
        return _folders(text)
    if kind is bool:
        if text.lower() not in ("true", "false", "yes", "no", "on", "off", "1", "0"):
            raise SettingsError(f"{key} is true or false, not {text!r}.")
        return text.lower() in ("true", "yes", "on", "1")
    if kind is int:
        try:
            return int(text)
        except ValueError:
            raise SettingsError(f"{key} is a whole number, not {text!r}.") from None
    return text


def _folders(text: str) -> list[object]:
    """A TOML array (`["~/a", "b"]`) or one folder path."""
    if not text.lstrip().startswith("["):
        return [text]
    try:
        value = tomllib.loads(f"value = {text}")["value"]
    except tomllib.TOMLDecodeError:
        raise SettingsError(f"catalogs is a list of folders, e.g. '[\"~/class-exercises\"]', not {text!r}.") from None
    return list(value)


def _missing_catalogs(state: Path, folders: list[object]) -> list[str]:
    """Folders listed in `catalogs` that hold no catalog.toml (relative ones are
    taken from the data folder, as the catalog loader does)."""
    missing = []
    for folder in folders:
        path = Path(str(folder)).expanduser()
        path = path if path.is_absolute() else state / path
        if not (path / "catalog.toml").is_file():
            missing.append(
                f"{path} holds no catalog.toml (create one with `rebuild author new ID --from PROGRAM.py --catalog {path}`)"
            )
    return missing


def shown(value: object) -> str:
    """A setting as config.toml spells it."""
    return "(not set)" if value is None else _toml(value)


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(list(value) if isinstance(value, tuple) else value)  # a TOML basic string


def require_known(key: str) -> None:
    if key not in _TYPES:
        raise SettingsError(f"There is no setting {key!r}; the settings are {', '.join(_TYPES)}.")


def change_setting(state: Path, key: str, text: str | None) -> Settings:
    """Set `key` from its text form (None: back to the default) in config.toml."""
    require_known(key)
    path = state / CONFIG_FILE
    raw = _read_raw(path)
    if text is None:
        raw.pop(key, None)
    else:
        raw[key] = _parse(key, text)
    problems = _problems(raw)
    if key == "timezone" and isinstance(raw.get(key), str):
        from trainer.progress.clock import ClockError, zone_info

        try:
            zone_info(str(raw[key]))
        except ClockError as error:
            problems.append(str(error))
    if key == "catalogs" and isinstance(raw.get(key), list) and not problems:
        problems += _missing_catalogs(state, raw[key])
    if problems:
        raise SettingsError(f"Not changed: {'; '.join(p.rstrip('.') for p in problems)}.")
    replace_file(path, "".join(f"{k} = {_toml(v)}\n" for k, v in raw.items()).encode("utf-8"))
    return load_settings(state)


def learner_catalog(state: Path, cache: Path | None) -> Catalog:
    """The built-in catalog followed by the learner's own exercises and the
    catalog folders config.toml lists (what had to be skipped is in its `warnings`)."""
    from trainer.exercises.catalogs import combined_catalog, user_catalog_folders

    return combined_catalog(user_catalog_folders(state, load_settings(state).catalogs), cache)
