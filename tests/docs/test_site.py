"""The documentation site's hand-written pages: what they state matches the code, and the
reference appears in the site for every service."""

from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from coinspec._core.options import LOG_ENVIRONMENT_VARIABLE
from coinspec._core.retries import DEFAULT_MAX_RETRIES, MAX_RETRY_AFTER, RETRY_STATUSES
from coinspec._core.spec import available_apis
from coinspec.mock.app import TRANSIENT_STATUSES
from coinspec.mock.pagination import DEFAULT_LIST_LENGTH
from coinspec.mock.serving import MockLimits
from coinspec.mock.wire import MAX_JSON_DEPTH, MAX_NUMBER_TEXT

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "docs"


def text(name: str) -> str:
    return " ".join((PAGES / name).read_text(encoding="utf-8").split())


@pytest.mark.parametrize("path", sorted(PAGES.glob("*.md")), ids=lambda p: p.name)
def test_every_python_block_is_python(path: Path) -> None:
    for block in re.findall(r"```python\n(.*?)```", path.read_text(), flags=re.DOTALL):
        ast.parse(block)


def test_the_retries_page_states_what_the_client_does() -> None:
    page = text("retries.md")
    statuses = " or ".join(str(s) for s in sorted(RETRY_STATUSES))
    assert f"the service answered {statuses} |" in page
    assert f"up to {int(MAX_RETRY_AFTER)} seconds" in page
    assert f"({DEFAULT_MAX_RETRIES} by default" in page
    assert f"| `max_retries` | {DEFAULT_MAX_RETRIES} |" in text("configuration.md")


def test_the_configuration_page_names_the_log_variable_and_includes_every_service() -> None:
    page = text("configuration.md")
    assert f"`{LOG_ENVIRONMENT_VARIABLE}=info`" in page
    assert '--8<-- "generated/docs/_environment.md"' in page


def test_the_testing_page_states_the_mocks_defaults() -> None:
    page = text("testing.md")
    limits = MockLimits()
    transient = ", ".join(TRANSIENT_STATUSES[:-1]) + f" and {TRANSIENT_STATUSES[-1]}"
    assert f"The transient statuses {transient} are allowed on every operation" in page
    assert f"{DEFAULT_LIST_LENGTH} items unless you say `--list-length N`" in page
    assert f"| `--max-body-bytes` | {limits.max_body_bytes // 2**20} MiB |" in page
    assert f"| `--request-timeout` | {limits.request_timeout:g} s" in page
    assert f"| `--idle-timeout` | {limits.idle_timeout:g} s" in page
    assert f"| `--max-connections` | {limits.max_connections} served at once |" in page
    assert (
        f"nested at most {MAX_JSON_DEPTH} deep, with numbers of at most {MAX_NUMBER_TEXT} characters"
        in page
    )


def hook() -> Any:
    spec = importlib.util.spec_from_file_location(
        "reference_hook", PAGES / "hooks" / "reference.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_site_lists_every_services_pages_under_reference() -> None:
    config = SimpleNamespace(nav=[{"Home": "index.md"}, {"Reference": "reference/index.md"}])
    nav = hook().on_config(config).nav
    section = nav[1]["Reference"]
    assert section[0] == {"Overview": "reference/index.md"}
    listed = [
        page
        for entry in section[1:]
        for pages in entry.values()
        for item in pages
        for page in item.values()
    ]
    for api in available_apis():
        for name in ("index.md", "client.md", "models.md"):
            assert f"reference/{api}/{name}" in listed


def test_the_flows_page_shows_the_readmes_blocks_which_tests_run() -> None:
    """tests/test_readme.py runs the README's flow blocks; the page must show the same."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(
        r"```python\n(.*?)```", (PAGES / "verified-flows.md").read_text(), flags=re.DOTALL
    )
    assert len(blocks) == 2
    for block in blocks:
        assert block in readme
