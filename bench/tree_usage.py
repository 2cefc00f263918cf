"""Wall time, CPU time and peak memory of a command and every process it forks.

    .venv/bin/python -m bench.tree_usage -- .venv/bin/python -m generator generate --force --out /tmp/x

The peak is of the summed resident set of the whole process tree, sampled every 5 ms
(`ru_maxrss` would give the largest single process only); forked processes share pages
until they write them, so the sum over-counts what they use together.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path


def tree_resident_kib(root: int) -> int:
    total = 0
    pending = [root]
    while pending:
        pid = pending.pop()
        try:
            status = Path(f"/proc/{pid}/status").read_text()
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text()
        except OSError:
            continue  # the process ended between two reads
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
        pending.extend(int(child) for child in children.split())
    return total


def main(argv: list[str]) -> int:
    command = argv[1:] if argv[:1] == ["--"] else argv
    if not command:
        print(__doc__, file=sys.stderr)
        return 2
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_resident_kib(process.pid))
        time.sleep(0.005)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(f"{wall:.2f} s wall, {cpu:.2f} s CPU, peak {peak / 1024:.0f} MB (process tree)")
    return process.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
