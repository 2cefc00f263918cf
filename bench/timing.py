"""Medians of alternated runs: A, B, A, B, ... so that drift in the machine's speed hits both sides."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Pair:
    """Seconds per operation, one sample per round, for the measured side and its reference."""

    ours: list[float]
    reference: list[float]

    @property
    def ours_median(self) -> float:
        return statistics.median(self.ours)

    @property
    def reference_median(self) -> float:
        return statistics.median(self.reference)

    @property
    def ratio(self) -> float:
        return self.ours_median / self.reference_median


def per_call(fn: Callable[[], object], calls: int) -> float:
    """Seconds per call of fn, over `calls` back-to-back calls."""
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls


def alternate(
    ours: Callable[[], object],
    reference: Callable[[], object],
    *,
    rounds: int,
    calls: int,
    warmup: int = 3,
) -> Pair:
    """Time `calls` calls of each side per round, alternating which side goes first each round."""
    for _ in range(warmup):
        ours()
        reference()
    a: list[float] = []
    b: list[float] = []
    for round_ in range(rounds):
        if round_ % 2 == 0:
            a.append(per_call(ours, calls))
            b.append(per_call(reference, calls))
        else:
            b.append(per_call(reference, calls))
            a.append(per_call(ours, calls))
    return Pair(a, b)


def alternate_clocks(
    ours: Callable[[], object],
    reference: Callable[[], object],
    *,
    rounds: int,
    calls: int,
    warmup: int = 3,
) -> tuple[Pair, Pair]:
    """`alternate`, timing each batch with the wall clock and with this process's CPU clock:
    (wall, CPU) seconds per call. On a machine other jobs load, CPU time is the steadier
    figure of work done in this process alone."""
    for _ in range(warmup):
        ours()
        reference()
    wall: tuple[list[float], list[float]] = ([], [])
    cpu: tuple[list[float], list[float]] = ([], [])

    def batch(side: int) -> None:
        fn = (ours, reference)[side]
        started_wall, started_cpu = time.perf_counter(), time.process_time()
        for _ in range(calls):
            fn()
        wall[side].append((time.perf_counter() - started_wall) / calls)
        cpu[side].append((time.process_time() - started_cpu) / calls)

    for round_ in range(rounds):
        for side in (0, 1) if round_ % 2 == 0 else (1, 0):
            batch(side)
    return Pair(*wall), Pair(*cpu)


def alternate_samples(
    ours: Callable[[], float], reference: Callable[[], float], *, rounds: int
) -> Pair:
    """Like `alternate` for sides that time themselves (a subprocess, a whole generation)."""
    a: list[float] = []
    b: list[float] = []
    for round_ in range(rounds):
        if round_ % 2 == 0:
            a.append(ours())
            b.append(reference())
        else:
            b.append(reference())
            a.append(ours())
    return Pair(a, b)
