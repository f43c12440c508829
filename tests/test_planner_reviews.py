"""What a due review blanks: at level 1 one small gap, never the whole training step."""

from __future__ import annotations

from trainer.exercises.catalog import Exercise, load_catalog
from trainer.exercises.levels import blanked_concepts, is_composite, level_names
from trainer.progress.planner import Cards, Plan, Today, Wanted, curriculum, level_up, plan, reached_level
from trainer.progress.records import CardRecord

CATALOG = load_catalog()
NOW = "2026-03-01T09:00:00+00:00"


def card(exercise: str, concept: str, due: str, stability: float = 1.0, best_rank: int = 1) -> CardRecord:
    return CardRecord(exercise, concept, 2, None, stability, 5.0, due, "2026-02-01T09:00:00+00:00", best_rank, 3, 0)


def cards_for(exercise: Exercise, concepts: list[str], **fields: object) -> Cards:
    return {(exercise.id, c): card(exercise.id, c, **fields) for c in concepts}  # type: ignore[arg-type]


def due_plan(cards: Cards) -> Plan:
    today = Today(
        due_by=NOW, minutes_left=60.0, budget=60.0, new_minutes_left=0.0, seconds_per_blank=60.0, new_allowed=0
    )
    chosen = plan(CATALOG, Wanted(), cards, [], today)
    assert isinstance(chosen, Plan)
    return chosen


def composites(exercise: Exercise) -> list[str]:
    return [c.id for c in exercise.concepts if is_composite(c)]


def test_composite_concepts_are_never_introduced_as_a_level_1_gap() -> None:
    for exercise in CATALOG.exercises:
        assert not set(composites(exercise)) & set(curriculum(exercise))


def test_a_level_1_review_blanks_only_the_most_overdue_concept() -> None:
    exercise = CATALOG.get("alpha-sweep")
    cards = cards_for(exercise, list(exercise.concept_ids), due="2026-02-20T09:00:00+00:00")
    cards[(exercise.id, "reseed")] = card(exercise.id, "reseed", "2026-02-10T09:00:00+00:00")
    chosen = due_plan(cards)
    assert (chosen.exercise.id, chosen.level.name, chosen.level.concepts) == ("alpha-sweep", "1", ("reseed",))
    assert chosen.kind == "scheduled" and "reseed is due for review" in chosen.why


def test_the_whole_program_is_never_a_level_1_review() -> None:
    # every concept of alpha-sweep due at once, the learner still at level 1
    exercise = CATALOG.get("alpha-sweep")
    cards = cards_for(exercise, list(exercise.concept_ids), due="2026-02-20T09:00:00+00:00")
    for _ in exercise.concept_ids:
        chosen = due_plan(cards)
        assert chosen.level.name == "1" or "loop" in chosen.level.concepts
        if chosen.level.name == "1":
            assert len(chosen.level.concepts) == 1 and chosen.level.concepts[0] != "loop"
        for concept in blanked_concepts(chosen.exercise, chosen.level):  # reviewed: due next month
            cards[(exercise.id, concept)] = card(exercise.id, concept, "2026-04-01T09:00:00+00:00")


def test_a_due_composite_alone_comes_back_at_the_top_of_the_ladder() -> None:
    exercise = CATALOG.get("alpha-sweep")
    cards = cards_for(exercise, list(exercise.concept_ids), due="2026-04-01T09:00:00+00:00")
    cards[(exercise.id, "loop")] = card(exercise.id, "loop", "2026-02-20T09:00:00+00:00", best_rank=6)
    assert reached_level(exercise, cards) == "1"
    chosen = due_plan(cards)
    top = level_names(exercise)[-2]
    assert (chosen.level.name, chosen.level.concepts) == (top, exercise.ladder[-1])
    assert "loop is due for review" in chosen.why


def test_the_ladder_is_climbed_without_a_level_1_loop() -> None:
    # every gap of the curriculum stable on its own: level 2, though loop was never a gap
    exercise = CATALOG.get("two-layer")
    cards = cards_for(exercise, curriculum(exercise), due="2026-04-01T09:00:00+00:00", stability=30.0)
    assert reached_level(exercise, cards) == "2"
    assert level_up(exercise, cards)
    top = len(exercise.ladder) + 1
    cards = cards_for(
        exercise, curriculum(exercise), due="2026-04-01T09:00:00+00:00", stability=30.0, best_rank=top - 1
    )
    assert reached_level(exercise, cards) == str(top)
    assert level_up(exercise, cards)  # loop has no card yet: the top is new material
