"""Spin forever at full speed, in C, where the runner's loop instrumentation never looks (see test_hostile.py)."""

sum(iter(int, 1))
