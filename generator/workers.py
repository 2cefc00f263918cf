"""Worker processes that cannot outlive the generator.

The generator forks workers; if it died by a signal (the kernel's out-of-memory killer, a
memory limit, a crash), a worker would go on holding the pipes it inherited, and whatever
waits for the generator's output would wait forever.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def die_with_parent() -> None:
    """Have the kernel kill this process when the process that forked it ends (Linux; a no-op
    elsewhere, where the workers end when their pipe to the pool closes)."""
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
