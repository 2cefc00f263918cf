"""The Jinja side of the generation: the environment the templates see, and the files each
template makes of the IR. The templates write the Python; ruff lays it out afterwards.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .docstrings import wrap
from .exact_json import dumps as exact_dumps
from .package import project_urls, read_version
from .pytext import docstring_text

if TYPE_CHECKING:
    import jinja2

    from .ir import Api

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

# Where the hand-written part of the package lives, relative to the generated package folder:
# the shared client machinery, the mock server and the contract-test plugin are ordinary Python
# in sdk/src/coinspec, which the package build takes in beside the generated modules.
HAND_WRITTEN_ROOT = "../sdk/src"
HAND_WRITTEN_TREE = f"{HAND_WRITTEN_ROOT}/coinspec"
# Templates rendered once for the whole package, by output path.
PACKAGE_FILES = {
    "pyproject.toml": "package/pyproject.toml.j2",
    "README.md": "package/README.md.j2",
    "hatch_build.py": "package/hatch_build.py.j2",
    "src/coinspec/_version.py": "package/version.py.j2",
    "tests/conftest.py": "tests/conftest.py.j2",
}
# Templates rendered once per spec; {package} is the spec's x-package.
API_FILES = {
    "src/coinspec/{package}/client.py": "api/client.py.j2",
    "src/coinspec/{package}/_operations.py": "api/operations.py.j2",
    "src/coinspec/{package}/errors.py": "api/errors.py.j2",
    "tests/test_{package}_contract.py": "tests/test_contract.py.j2",
}


@functools.cache
def environment() -> jinja2.Environment:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["pyrepr"] = python_literal
    env.filters["docstring"] = docstring_text
    env.filters["wrap"] = wrap
    env.filters["json"] = exact_dumps
    env.filters["tuple"] = tuple
    env.globals["contract_credentials"] = _contract_credentials
    env.globals["contract_options"] = _contract_options
    env.globals["contract_arguments"] = contract_arguments
    env.globals["contract_multipart"] = _contract_multipart
    return env


def method_arguments() -> frozenset[str]:
    """The names the templates give the generated methods' own arguments (`self`, `body`,
    the request options): the one list is in templates/api/macros.j2."""
    macros: Any = environment().get_template("api/macros.j2").module
    return frozenset(macros.method_arguments)


def render_api(api: Api) -> dict[str, str]:
    """The files of one service package (and its contract-test tables), by output path."""
    env = environment()
    context = {"api": api, "version": read_version()}
    return {
        out.format(package=api.package): env.get_template(template).render(**context)
        for out, template in API_FILES.items()
    }


# Rendered once per spec when its models are made: it re-exports every class of models.py.
API_INIT = ("src/coinspec/{package}/__init__.py", "api/__init__.py.j2")


def render_api_init(api: Api, model_classes: list[str]) -> dict[str, str]:
    """A service package's __init__.py, given the classes its models.py defines."""
    out, template = API_INIT
    text = environment().get_template(template).render(api=api, model_classes=model_classes)
    return {out.format(package=api.package): text}


def render_package(apis: list[Api]) -> dict[str, str]:
    """The files of the package that every spec contributes to, by output path."""
    env = environment()
    context = {
        "apis": sorted(apis, key=lambda a: a.package),
        "version": read_version(),  # of both distributions, from VERSION
        "urls": project_urls(),
        "hand_written": HAND_WRITTEN_TREE,
        "hand_written_root": HAND_WRITTEN_ROOT,
    }
    return {
        out: env.get_template(template).render(**context) for out, template in PACKAGE_FILES.items()
    }


def python_literal(value: Any) -> str:
    """Plain data from a spec (None, bool, int, str, bytes, Decimal, and lists, tuples and
    dicts of them) as a Python expression on one line; the formatter lays it out."""
    if value is None or isinstance(value, bool | int):
        return repr(value)
    if isinstance(value, str):
        return repr(str(value))
    if isinstance(value, bytes):
        return repr(bytes(value))
    if isinstance(value, Decimal):
        return f"Decimal({str(value)!r})"
    if isinstance(value, dict):
        items = ", ".join(
            f"{python_literal(str(k))}: {python_literal(v)}" for k, v in value.items()
        )
        return f"{{{items}}}"
    if isinstance(value, list):
        return f"[{', '.join(map(python_literal, value))}]"
    if isinstance(value, tuple):
        inner = ", ".join(map(python_literal, value))
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    raise TypeError(f"no Python literal for {type(value).__name__} {value!r}")


def _contract_credentials(api: Api) -> dict[str, str]:
    """What the contract tests pass as credentials: a made-up value per security scheme."""
    return {
        argument: "test-" + argument.replace("_", "-") for argument, _ in api.credential_arguments
    }


def _contract_options(api: Api) -> dict[str, Any]:
    """The spec's example client options, given to both the client and the mock."""
    return {o.name: o.example for o in api.client_options if o.example is not None}


def contract_arguments(api: Api) -> dict[str, dict[str, Any]]:
    """Each operation's keyword arguments: the examples of its parameters and body, and for
    a required one the spec shows none of, a value built from its schema."""
    from .examples import build_value

    arguments: dict[str, dict[str, Any]] = {}
    for op in api.operations:
        call: dict[str, Any] = {}
        for p in op.arguments:
            if p.has_example:
                call[p.py_name] = p.example
            elif p.required:
                call[p.py_name] = build_value(api.spec, p.schema, non_empty=True)[0]
        body = op.body
        if body is not None and (body.has_example or body.required):
            value = body.example if body.has_example else build_value(api.spec, body.schema)[0]
            if body.encoding == "binary":
                value = value if isinstance(value, bytes) else str(value).encode("utf-8")
            elif body.encoding == "text" and not isinstance(value, str):
                value = str(value)
            elif body.files and isinstance(value, dict):
                # A file's content goes as bytes (a str is refused: it reads like a file name).
                value = {
                    name: str(item).encode("utf-8")
                    if name in body.files and not isinstance(item, bytes)
                    else item
                    for name, item in value.items()
                }
            call["body"] = value
        arguments[op.id] = call
    return arguments


def _contract_multipart(api: Api) -> list[str]:
    """Operations whose body the contract tests send as multipart/form-data."""
    return [
        op.id
        for op in api.operations
        if op.body and op.body.encoding == "multipart" and (op.body.has_example or op.body.required)
    ]
