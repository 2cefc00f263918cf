"""The one worker process of a generation: datamodel-code-generator, beside the rendering.

datamodel-code-generator (importing it, and running it on each spec) is most of a
generation's CPU time and needs nothing of the rendering, so one forked process does it,
in the order asked, while this one reads and validates the specs, builds the IR, renders
the templates, finishes each module of models and formats the tree. One worker, not one per core: bench/NOTES.md has the measurements (more
workers cost more CPU and memory than they saved). Where forking is not possible the jobs
run in this process, in the same order.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from types import TracebackType
from typing import Any, TypeVar

T = TypeVar("T")

# True runs every job in this process (bench/profile_generation.py sees them so).
IN_PROCESS = False


_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def die_with_parent() -> None:
    """Have the kernel kill this process when the process that forked it ends (Linux; a
    no-op elsewhere, where the worker ends when its pipe to the pool closes). Killed by a
    signal (the out-of-memory killer, a memory limit, a crash), the generator would otherwise
    leave its worker holding the pipes it inherited, and whatever waits for the generator's
    output would wait forever."""
    parent = os.getppid()
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent ended before prctl took effect
        os._exit(1)


def _prepare() -> None:
    """Before the first job arrives, while the other process reads and validates the first
    spec: datamodel-code-generator imported, all of it (that process never imports it)."""
    die_with_parent()
    from .models import warm_up

    warm_up()


class Worker:
    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        if not IN_PROCESS and "fork" in multiprocessing.get_all_start_methods():
            self._pool = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("fork"), initializer=_prepare
            )
            self._pool.submit(int)  # forks it now: it imports while this process reads

    def submit(self, function: Callable[..., T], *args: Any) -> Future[T]:
        if self._pool is not None:
            return self._pool.submit(function, *args)
        done: Future[T] = Future()
        try:
            done.set_result(function(*args))
        except Exception as exc:
            done.set_exception(exc)
        return done

    def close(self) -> None:
        """Stop, dropping the jobs not started (a spec problem ended the generation)."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def __enter__(self) -> Worker:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
