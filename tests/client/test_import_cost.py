"""Importing a service is cheap: it loads no cryptography, no HTTP/1.1 machinery and builds no
validator; each is made when something first needs it, and then works as before."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

SERVICES = ("atomic", "coinjoin", "cryptocoinpro", "hodlhodl", "swapgate")

_PROBE = """
import json, sys
import pydantic
import coinspec.{service} as service
from coinspec.{service} import _operations

models = [
    value
    for value in vars(service.models).values()
    if isinstance(value, type) and issubclass(value, pydantic.BaseModel)
    and value.__module__ == service.models.__name__
]
operations = [v for v in vars(_operations).values() if type(v).__name__ == "Operation"]
print(json.dumps({{
    "runtime": sorted(m for m in sys.modules if m.split(".")[0] in ("coinspec_runtime", "bitcointx", "coincurve", "cryptography", "jwt")),
    "models": len(models),
    "built_models": sorted(m.__name__ for m in models if m.__pydantic_complete__),
    "operations": len(operations),
    "built_adapters": sorted(op.name for op in operations if "result" in vars(op)),
    "asyncio": "asyncio" in sys.modules,
    # Classes whose methods the dataclasses module compiled from source text on this import.
    "compiled_methods": sorted(
        f"{{c.__module__}}.{{c.__qualname__}}"
        for m in list(sys.modules.values()) if (getattr(m, "__name__", "") or "").startswith("coinspec")
        for c in vars(m).values()
        if isinstance(c, type) and c.__module__ == m.__name__
        and getattr(getattr(c, "__init__", None), "__code__", None) is not None
        and c.__init__.__code__.co_filename == "<string>"
    ),
    "transport": sorted(m for m in sys.modules if m.split(".")[0] in ("httpcore", "h11", "anyio")),
    "string_annotations": sorted(
        f"{{m.__name__}}.{{name}}" for m in models for name, a in vars(m).get("__annotations__", {{}}).items()
        if isinstance(a, str)
    ),
}}))
"""


def _probe(service: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(service=service)],
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, object] = json.loads(done.stdout)
    return found


@pytest.mark.parametrize("service", SERVICES)
def test_importing_a_service_loads_no_cryptography_and_builds_no_validator(service: str) -> None:
    found = _probe(service)
    assert found["runtime"] == []
    assert found["models"] and found["built_models"] == []
    assert found["operations"] and found["built_adapters"] == []
    assert found["asyncio"] is False  # loaded by the first async call (see deadline.py)
    # Only what is made per call is a dataclass; the service's tables are records.
    assert found["compiled_methods"] == [
        "coinspec._core.deadline.AttemptDeadline",
        "coinspec._core.deadline.CallDeadline",
        "coinspec._core.response.RawResponse",
        "coinspec._core.types.UploadedFile",
    ]
    assert found["transport"] == []  # loaded by the first client (see deadline_backend.py)
    # Annotations are evaluated as each class is defined, not compiled from strings by
    # pydantic; only a reference to a class defined further down stays a string.
    assert found["string_annotations"] == FORWARD_REFERENCES.get(service, [])


# Every annotation of the generated models that names a class defined after it.
FORWARD_REFERENCES = {"cryptocoinpro": ["Order.quote"]}


def test_the_first_client_loads_the_transport_and_cuts_its_io_at_the_deadline() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from coinspec.swapgate import Swapgate\n"
            "before = 'httpcore' in sys.modules\n"
            "client = Swapgate(base_url='http://127.0.0.1:9')\n"
            "pool = client._http._transport._pool\n"
            "print(before, type(pool._network_backend).__qualname__)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["False", "DeadlineBackend"]


def test_a_model_is_built_on_first_use_with_its_references_resolved() -> None:
    # Order refers to Quote, defined after it: the reference resolves on first use (a model
    # that could not resolve it would raise PydanticUserError, not a validation error).
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import pydantic\n"
            "from coinspec.cryptocoinpro.models import Order\n"
            "assert not Order.__pydantic_complete__\n"
            "try:\n"
            "    Order.model_validate({'quote': {'id': []}})\n"
            "except pydantic.ValidationError as exc:\n"
            "    locations = {'.'.join(map(str, e['loc'])) for e in exc.errors()}\n"
            "print(Order.__pydantic_complete__, 'quote.Quote.createdAt' in locations)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["True", "True"]


def test_the_runtime_is_loaded_when_a_verification_first_runs() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from coinspec.hodlhodl import _operations\n"
            "hook = _operations.GET_CONTRACT.hooks[0]\n"
            "before = 'coinspec_runtime.hodlhodl' in sys.modules\n"
            "try:\n"
            "    hook.function(contract={}, hodlhodl_public_key=None, network='testnet', xpub='x')\n"
            "except Exception as exc:\n"
            "    refused = type(exc).__name__\n"
            "print(before, 'coinspec_runtime.hodlhodl' in sys.modules, refused, repr(hook.function))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    before, after, refused, *shown = done.stdout.split()
    assert (before, after) == ("False", "True")
    assert refused == "VerificationFailed"  # the real function ran, and refused the empty contract
    assert "coinspec_runtime.hodlhodl.verify_contract" in " ".join(shown)
