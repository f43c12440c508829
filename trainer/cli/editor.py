"""Opening a skeleton in the learner's editor (`rebuild next --open`)."""

from __future__ import annotations

import shlex
import subprocess
from collections.abc import Mapping
from pathlib import Path

from trainer.basics.errors import RebuildError


class EditorError(RebuildError):
    pass


def editor_command(configured: str | None, environ: Mapping[str, str]) -> list[str]:
    """`editor` from config.toml, else $VISUAL, else $EDITOR, split like a shell would."""
    line = configured or environ.get("VISUAL") or environ.get("EDITOR")
    if not line or not line.strip():
        raise EditorError(
            'No editor is set: set $EDITOR (e.g. `export EDITOR=nano`) or `editor = "code --wait"` '
            "in config.toml, then run `rebuild next --open` again."
        )
    try:
        return shlex.split(line)
    except ValueError as error:
        raise EditorError(
            f"The editor command {line!r} cannot be read ({error}); fix $EDITOR or config.toml."
        ) from None


def open_in_editor(command: list[str], path: Path) -> int:
    """Run the editor on `path` and wait for it (terminal editors need the terminal)."""
    try:
        return subprocess.run([*command, str(path)], check=False).returncode
    except OSError as error:
        raise EditorError(
            f"Cannot start the editor {command[0]!r} ({error.strerror}); fix $EDITOR or `editor` "
            f"in config.toml. Your file is at {path}."
        ) from None
