"""``python -m coinspec.mock API --port N``: serve a mock of one service until interrupted."""

from __future__ import annotations

import argparse
import sys

from .server import MockServer, available_apis


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m coinspec.mock",
        description="Serve a spec-driven mock of one service on loopback.",
    )
    parser.add_argument("api", choices=available_apis(), help="which service")
    parser.add_argument(
        "--port", type=int, default=8080, help="port to listen on (0: any free port)"
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: loopback)"
    )
    parser.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a client option the mock's hooks use, e.g. --option hmac_secret=s3cret (repeatable)",
    )
    args = parser.parse_args(argv)
    options = {}
    for item in args.option:
        name, sep, value = item.partition("=")
        if not sep:
            parser.error(f"--option {item!r}: expected NAME=VALUE")
        options[name] = value
    server = MockServer(args.api, host=args.host, port=args.port, options=options)
    print(f"coinspec mock of {args.api} on {server.url} (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
