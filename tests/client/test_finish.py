"""The smaller things a user notices: raw-response signatures, reprs, "false" that is false,
every model exported, and no bitcoin library loaded by a service that does not use it."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys

import pytest

from coinspec.coinjoin.models import AddressValidation, BooleanString
from coinspec.swapgate import AsyncSwapgate, Order, Swapgate

SERVICES = ["atomic", "coinjoin", "cryptocoinpro", "hodlhodl", "swapgate"]


def test_a_raw_response_method_says_it_returns_a_raw_response() -> None:
    client = Swapgate(base_url="https://swapgate.test")
    raw = inspect.signature(client.with_raw_response.list_instruments)
    assert raw.return_annotation == "RawResponse[list[Instrument]]"
    assert inspect.signature(client.list_instruments).return_annotation == "list[Instrument]"
    assert list(raw.parameters) == list(inspect.signature(client.list_instruments).parameters)
    async_raw = inspect.signature(
        AsyncSwapgate(base_url="https://swapgate.test").with_raw_response.create_order
    )
    assert async_raw.return_annotation == "RawResponse[Order]"


def test_a_date_time_reads_as_a_datetime_in_reprs() -> None:
    from coinspec._core.spec import load_spec

    order = Order.model_validate(load_spec("swapgate").example("create_order", 200))
    assert "DatetimeString" not in repr(order)
    assert "created_at=datetime.datetime(2024, " in repr(order)


def test_false_is_false() -> None:
    assert not BooleanString.FALSE and BooleanString.TRUE
    assert BooleanString.FALSE == "false"  # type: ignore[comparison-overlap]  # a str enum is its value
    answer = AddressValidation.model_validate({"result": "false"})
    assert not answer.result  # the service's "false" reads as false
    assert answer.to_wire() == {"result": "false"}  # and goes back as it came


@pytest.mark.parametrize("service", SERVICES)
def test_a_service_package_exports_its_models(service: str) -> None:
    package = importlib.import_module(f"coinspec.{service}")
    models = importlib.import_module(f"coinspec.{service}.models")
    defined = {
        name
        for name, value in vars(models).items()
        if isinstance(value, type)
        and value.__module__ == models.__name__
        and name.isidentifier()
        and value.__name__ == name  # not `_SideValue`, Side under another name at run time
    }
    assert defined <= set(package.__all__)
    assert all(hasattr(package, name) for name in package.__all__)
    assert len(package.__all__) == len(set(package.__all__))


def test_importing_swapgate_loads_no_bitcoin_library() -> None:
    code = (
        "import sys, coinspec.swapgate\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('coinspec_runtime', 'bitcointx', 'coincurve')]\n"
        "print(','.join(sorted(loaded)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_a_service_that_verifies_still_loads_its_runtime() -> None:
    code = "import sys, coinspec.hodlhodl\nprint('coinspec_runtime.hodlhodl' in sys.modules)\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "True"
