"""``python -m coinspec.mock SERVICE --port N``: serve a mock of one service until interrupted.

Exit status 2 (and a line that says what to do, no traceback) when the ``mock`` extra is
not installed or an argument is wrong.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Mapping

from .._core.spec import available_apis
from ._extra import MissingExtraError
from .pagination import DEFAULT_LIST_LENGTH


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m coinspec.mock",
        description="Serve a spec-driven mock of one service (on loopback by default). "
        "Each request is logged on stderr: method, path, status, time.",
    )
    parser.add_argument(
        "api", choices=available_apis(), metavar="SERVICE", help="which service: %(choices)s"
    )
    parser.add_argument(
        "--port", type=int, default=8080, help="port to listen on (0: any free port; default 8080)"
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: loopback)"
    )
    parser.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a client option the mock's answers follow, e.g. --option hmac_secret=s3cret (repeatable)",
    )
    parser.add_argument("--quiet", action="store_true", help="log nothing per request")
    parser.add_argument(
        "--list-length",
        type=int,
        default=DEFAULT_LIST_LENGTH,
        metavar="N",
        help="items in every paged list, made from the documented examples (default %(default)s)",
    )
    limits = parser.add_argument_group("limits (what one client may take of the mock)")
    limits.add_argument("--max-body-bytes", type=int, default=None, metavar="BYTES")
    limits.add_argument("--request-timeout", type=float, default=None, metavar="SECONDS")
    limits.add_argument("--idle-timeout", type=float, default=None, metavar="SECONDS")
    limits.add_argument("--max-connections", type=int, default=None, metavar="N")
    return parser


def _fact_text(value: object) -> str:
    """A fact as the start-up line shows it: a mapping as ``key=value,...`` (the form
    ``--option collateral_coins=`` takes), anything else as it prints."""
    if isinstance(value, Mapping):
        return ",".join(f"{key}={item}" for key, item in value.items())
    return str(value)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        from .serving import MockLimits, MockServer
    except MissingExtraError as missing:
        print(f"python -m coinspec.mock: {missing}", file=sys.stderr)
        return 2
    options = {}
    for item in args.option:
        name, sep, value = item.partition("=")
        if not sep or not name:
            parser.error(f"--option {item!r}: expected NAME=VALUE")
        options[name] = value
    given = {
        name: getattr(args, name)
        for name in ("max_body_bytes", "request_timeout", "idle_timeout", "max_connections")
        if getattr(args, name) is not None
    }
    try:
        limits = MockLimits(**given)
        server = MockServer(
            args.api,
            host=args.host,
            port=args.port,
            options=options,
            limits=limits,
            list_length=args.list_length,
        )
    except ValueError as problem:
        parser.error(str(problem))
    except OSError as problem:
        print(
            f"python -m coinspec.mock: cannot listen on {args.host}:{args.port}: {problem.strerror}",
            file=sys.stderr,
        )
        return 2
    if not args.quiet:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
        logger = logging.getLogger("coinspec.mock")
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    banner = f"coinspec mock of {args.api} on {server.url} (Ctrl-C to stop)"
    if server.app.service_keys:
        keys = " ".join(
            f"{option}={key}" for option, key in sorted(server.app.service_keys.items())
        )
        banner += f"; it signs for the service with test keys, to pin in your client: {keys}"
    if server.app.facts:
        facts = " ".join(
            f"{name}={_fact_text(value)}" for name, value in sorted(server.app.facts.items())
        )
        banner += f"; your flows' arguments for the answers it makes: {facts}"
    print(banner, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
