"""Spin forever: the grader is killed while this runs (see test_hostile.py)."""

while True:
    pass
