"""``python -m bench.mock_server API [--nodelay]``: coinspec's mock in its own process.

Prints its URL on the first line and serves until killed. With --nodelay its sockets set
TCP_NODELAY: the mock writes the head and the body of a response separately, and on
loopback Nagle's algorithm then holds the body until the client's delayed ACK (~40 ms),
which would swamp what the benchmark measures. `make bench` reports both latencies.
"""

from __future__ import annotations

import sys

from coinspec.mock import server


def main(argv: list[str]) -> int:
    if "--nodelay" in argv:
        # The handler class is private; a benchmark may reach in, the package must not.
        server._Handler.disable_nagle_algorithm = True
    mock = server.MockServer(argv[0])
    print(mock.url, flush=True)
    mock.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
