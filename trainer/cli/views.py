"""What the commands print, as lines of text: built here, echoed by the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from trainer.cli.render import curves, when
from trainer.cli.terminal import style
from trainer.progress.clock import Moment, from_stamp

if TYPE_CHECKING:  # only their shapes: `rebuild next` must not load the grader
    from trainer.cli.watching import Event
    from trainer.exercises.authoring import Authored
    from trainer.exercises.handout import Handout
    from trainer.grading.verdict import Verdict
    from trainer.progress.hints import Hint
    from trainer.progress.journal import Recording
    from trainer.progress.planner import NothingDue


def shown(path: Path) -> str:
    """A path as the learner would type it: relative to here when inside."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _due_words(stamp: str, moment: Moment) -> str:
    return when(from_stamp(stamp).astimezone(moment.local.tzinfo), moment.local)


def handout_lines(handout: Handout) -> list[str]:
    skeleton = handout.skeleton
    extra = " (extra practice: your schedule is unchanged)" if handout.kind == "practice" else ""
    lines = [style(f"{skeleton.exercise}: {handout.title}, level {skeleton.level}", "strong") + extra]
    if handout.why and handout.kind != "practice":
        lines.append(style(f"Why now: {handout.why}", "note"))
    if skeleton.concepts:
        lines.append(f"Fill in: {', '.join(skeleton.concepts)}")
    else:
        lines.append("Write the whole program from the task statement in its docstring.")
    if handout.archived is not None:
        lines.append(f"Your finished attempt was moved to {shown(handout.archived)}")
    if handout.written:
        lines.append(f"Written to {shown(handout.path)}")
    else:
        lines.append(f"Your attempt is waiting in {shown(handout.path)} (kept as it is; `--force` starts afresh).")
    lines.append(f"When it is ready: rebuild check {shown(handout.path)}   (or: rebuild watch)")
    return lines


def nothing_due_lines(nothing: NothingDue, moment: Moment) -> list[str]:
    if nothing.held_back:
        lines = [
            f"{nothing.held_back} concept(s) due today wait until tomorrow: their exercises were handed out "
            "twice today already."
        ]
    elif nothing.next_due is None:
        lines = ["Nothing is due and nothing new is left."]
    else:
        lines = [
            f"Nothing is due. Next review: {nothing.next_due.exercise}, {_due_words(nothing.next_due.due, moment)}."
        ]
    if nothing.new_left:
        lines.append(
            f"Today's new material is done ({nothing.new_left} concepts still to come; "
            "`minutes_per_day` in config.toml sets today's time budget)."
        )
    lines.append("Extra practice that leaves your schedule alone: rebuild next --practice")
    return lines


def verdict_lines(verdict: Verdict, file: Path, recording: Recording | None) -> list[str]:
    """The verdict; a failure suggests `rebuild hint` only where it works: the
    check counted for an open attempt (hints belong to one)."""
    head = style("PASSED", "pass") if verdict.passed else style("FAILED", "fail")
    lines = [f"{head} {verdict.exercise}: {verdict.summary}"]
    for result in verdict.concepts:
        mark = {True: style("ok  ", "pass"), False: style("FAIL", "fail"), None: "    "}[result.passed]
        detail = result.message and not verdict.passed and result.message != verdict.summary
        lines.append(f"  {mark} {result.concept}" + (f": {result.message}" if detail else ""))
    lines += curves(verdict.learner_curve, verdict.reference_curve)
    lines += [f"Note: {note}" for note in verdict.notes]
    if verdict.passed:
        lines.append("Next: `rebuild next` for your next exercise.")
    else:
        which = "" if verdict.level is not None else f" --exercise {verdict.exercise}"  # no header to say it
        stuck = f" (stuck? `rebuild hint {shown(file)}{which}`)" if recording and recording.recorded else ""
        lines.append(f"Fix it and run `rebuild check {shown(file)}` again{stuck}.")
    return lines


def recording_lines(recording: Recording, exercise: str, moment: Moment) -> list[str]:
    if not recording.recorded:
        return [style(recording.reason[0].upper() + recording.reason[1:] + ".", "note")]
    line = f"Recorded as attempt {recording.attempt}" + (
        " of extra practice (schedule unchanged)." if recording.practice else "."
    )
    if recording.next_due is not None:
        line += f" Next review of {exercise}: {_due_words(recording.next_due, moment)}."
    return [style(line, "note")]


def hint_lines(hint: Hint) -> list[str]:
    lines = [style(f"Hint {hint.step} of {hint.steps} for {hint.concept} ({hint.label}):", "strong"), f"  {hint.text}"]
    if hint.step < hint.steps:
        lines.append("Still stuck? `rebuild hint` again for the next step (each step lowers this review to Hard).")
    else:
        lines.append(
            f"That was the last hint. `rebuild solution {hint.exercise}` shows the whole program, "
            "but counts as a lapse."
        )
    return lines


def watch_lines(event: Event, moment: Moment) -> list[str]:
    """One redraw of `rebuild watch`."""
    from trainer.cli.watching import Checked, NextOne
    from trainer.progress.planner import NothingDue

    if isinstance(event, NextOne):
        if isinstance(event.handout, NothingDue):
            return nothing_due_lines(event.handout, moment)
        return [
            *handout_lines(event.handout),
            "",
            f"Watching {shown(event.handout.path)}: save to check, Ctrl-C to stop.",
        ]
    if isinstance(event, Checked):
        lines = verdict_lines(event.verdict, event.path, event.recording)
        if event.recording is not None:
            lines += recording_lines(event.recording, event.verdict.exercise, moment)
        passed = event.verdict.passed
    else:
        lines, passed = [f"rebuild: {event.message}"], False
    then = "press Enter for the next exercise" if passed else "save to check again"
    return [*lines, "", f"Watching {shown(event.path)}: {then}, Ctrl-C to stop."]


def authored_lines(authored: Authored) -> list[str]:
    """What `rebuild author new` made, and what the author does next."""
    proposal = authored.proposal
    return [
        f"Copied the program to {shown(authored.reference)}",
        f"Proposed the entry {authored.exercise_id} in {shown(authored.catalog_file)}:",
        f"  concepts: {', '.join(c.id for c in proposal.concepts)}",
        *[f"  level {n}: {', '.join(level)}" for n, level in enumerate(proposal.ladder, start=2)],
        f"  state (compared at fixed iterations): {', '.join(proposal.state) or '(none found)'}",
        "Next: edit the entry (title, summary, task, labels, three hints per concept), then "
        f"`rebuild author check {authored.exercise_id}`.",
    ]
