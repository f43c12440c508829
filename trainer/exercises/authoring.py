"""`rebuild author new`: turn a seeded numpy program into a catalog entry.

The program is copied as the reference (`reference/<id>.py` in the catalog
folder) and an [[exercise]] entry is appended to the folder's `catalog.toml`
(created if needed) with the proposed concepts, ladder, state and dataflow,
empty hints, and a task statement for the author to write.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from trainer.basics.atomic import replace_file
from trainer.basics.errors import RebuildError
from trainer.exercises.catalog import FORMAT_VERSION
from trainer.exercises.catalogs import CATALOG_FILE, EXERCISE_ID, REFERENCE_FOLDER
from trainer.exercises.proposal import Proposal, propose

PROPOSED_TASK = (
    "(Proposed by `rebuild author new`: replace this paragraph.) Say what the program is given and must "
    "produce: the data, the sizes, the seed and the order of the weight draws, the number of iterations and "
    "what to print, but not the formulas the learner recalls."
)
NEW_CATALOG = f"""# An exercise catalog for rebuild: the format of the built-in one, field by field
# in rebuild's README ("Authoring exercises"). Each exercise's program is in
# reference/ beside this file. Check it with `rebuild author check <this folder>`.
format_version = {FORMAT_VERSION}
"""


class AuthoringError(RebuildError):
    pass


@dataclass(frozen=True)
class Authored:
    exercise_id: str
    catalog_file: Path
    reference: Path
    proposal: Proposal


def _toml(value: object) -> str:
    """A TOML value: strings as basic strings, lists as arrays, dicts as inline tables."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + " }"
    raise TypeError(value)


def entry_text(exercise_id: str, program_name: str, proposal: Proposal) -> str:
    """The [[exercise]] table (with its own concepts) as TOML text."""
    doc = (proposal.docstring or "").strip()
    title = doc.splitlines()[0].strip().rstrip(".") if doc else exercise_id
    lines = [
        "",
        "[[exercise]]",
        f"id = {_toml(exercise_id)}",
        f"title = {_toml(title)}",
        f"summary = {_toml(f'Rebuilt from {program_name}.')}",
        f"reference = {_toml(exercise_id + '.py')}",
        f"outcome = {_toml(proposal.outcome)}",
        f"state = {_toml(list(proposal.state))}",
        f"dataflow = {_toml([list(pair) for pair in proposal.dataflow])}",
        f"task = {_toml(PROPOSED_TASK)}",
        "ladder = [",
        *[f"    {_toml(list(level))}," for level in proposal.ladder],
        "]",
    ]
    for concept in proposal.concepts:
        lines += [
            "",
            "[[exercise.concept]]",
            f"id = {_toml(concept.id)}",
            f"label = {_toml(concept.label)}",
            f"select = {_toml(concept.select)}",
            "hints = []  # three steps: a nudge, the idea in words, the formula",
        ]
    return "\n".join(lines) + "\n"


def read_program(path: Path) -> str:
    if not path.exists():
        raise AuthoringError(f"{path} does not exist. Give the path of the program to turn into an exercise.")
    if not path.is_file():
        raise AuthoringError(f"{path} is not a file. Give the path of a Python program, e.g. --from my_net.py.")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise AuthoringError(f"{path} is not UTF-8 text; save it as UTF-8 and try again.") from None
    try:
        ast.parse(text, filename=str(path))
    except SyntaxError as error:
        raise AuthoringError(
            f"{path} does not parse: line {error.lineno}: {error.msg}. Fix it so that `python {path}` runs, "
            "then try again."
        ) from None
    return text


def _ids_in(file: Path) -> set[str]:
    """Ids already in a catalog file, even in entries too broken to load."""
    import tomllib

    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return set()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise AuthoringError(
            f"{file} cannot be read ({error}); fix it (`rebuild author check {file.parent}`) before adding to it."
        ) from None
    entries = raw.get("exercise", [])
    return {e["id"] for e in entries if isinstance(e, dict) and isinstance(e.get("id"), str)}


def author_new(exercise_id: str, program: Path, folder: Path, taken: Collection[str]) -> Authored:
    """Copy `program` into `folder` as exercise `exercise_id` and append its
    proposed entry to the folder's catalog. `taken`: the ids of every catalog."""
    if not EXERCISE_ID.fullmatch(exercise_id):
        raise AuthoringError(
            f"{exercise_id!r} cannot be an exercise id: use lowercase letters, digits and hyphens, "
            "starting with a letter or digit (it names the learner's file), e.g. `softmax-regression`."
        )
    source = read_program(program)
    catalog_file = folder / CATALOG_FILE
    reference = folder / REFERENCE_FOLDER / f"{exercise_id}.py"
    if exercise_id in taken or exercise_id in _ids_in(catalog_file) or reference.exists():
        raise AuthoringError(
            f"There is already an exercise called {exercise_id!r} (`rebuild list` shows every catalog's; "
            f"{catalog_file} may hold it too). Choose another id: ids are unique across every catalog."
        )
    proposal = propose(source)
    before = catalog_file.read_text(encoding="utf-8") if catalog_file.exists() else NEW_CATALOG
    replace_file(reference, source.encode("utf-8"))
    replace_file(catalog_file, (before.rstrip("\n") + "\n" + entry_text(exercise_id, program.name, proposal)).encode())
    return Authored(exercise_id, catalog_file, reference, proposal)
