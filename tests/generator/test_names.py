"""Every name a spec leaves out or spells its own way becomes a valid, unique Python name,
deterministically; one that would hide the client's own machinery is renamed or refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.loader import SpecError, load_spec
from generator.names import CONSTRUCTOR_ARGUMENTS, RESERVED_METHODS

WILD = """\
openapi: 3.1.0
info: {title: "Swagger Pet-store API", version: "1"}
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/pet"}}
    post:
      responses:
        "201": {description: created}
  /pets/{petId}:
    get:
      operationId: show-pet-by-id
      parameters:
        - {name: petId, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/pet"}
  /close:
    post:
      operationId: close
      responses:
        "204": {description: closed}
  /keyword:
    get:
      operationId: "false"
      parameters:
        - {name: import, in: query, schema: {type: string}}
      responses:
        "204": {description: none}
  /twins:
    get:
      operationId: get_twin
      responses:
        "204": {description: none}
    post:
      operationId: getTwin
      responses:
        "204": {description: none}
components:
  schemas:
    pet:
      type: object
      properties:
        owner: {$ref: "#/components/schemas/pet_owner"}
    pet_owner:
      type: object
      properties:
        name: {type: string}
    Pet:
      type: object
    RootModel:
      type: object
    SwaggerPetStoreAPI:
      type: object
"""


def load(tmp_path: Path, text: str = WILD, name: str = "pet-store.yaml") -> Any:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_spec(path)


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_package_and_client_come_from_the_file_name_and_the_title(tmp_path: Path) -> None:
    spec = load(tmp_path)
    assert spec.data["x-package"] == "pet_store"
    assert spec.data["x-client-name"] == "SwaggerPetStoreAPI"


def test_method_names_are_snake_case_unique_and_free(tmp_path: Path) -> None:
    spec = load(tmp_path)
    ids = {
        f"{method.upper()} {template}": op["operationId"]
        for template, item in spec.data["paths"].items()
        for method, op in item.items()
    }
    assert ids == {
        "GET /pets": "list_pets",
        "POST /pets": "post_pets",  # no operationId: from the method and the path
        "GET /pets/{petId}": "show_pet_by_id",
        "POST /close": "close_",  # close() is the client's own
        "GET /keyword": "false",  # a keyword would be False
        "GET /twins": "get_twin",
        "POST /twins": "get_twin_2",
    }
    renames = {w.line: w.message for w in spec.warnings}
    assert renames[line_of(WILD, "operationId: close")] == (
        "POST /close becomes the method close_: close is the client's own"
    )
    assert renames[line_of(WILD, "operationId: getTwin")] == (
        "POST /twins becomes the method get_twin_2: get_twin is the name of another operation or flow"
    )


def test_schema_names_become_unique_free_class_names_and_refs_follow(tmp_path: Path) -> None:
    spec = load(tmp_path)
    schemas = spec.data["components"]["schemas"]
    assert list(schemas) == ["Pet", "PetOwner", "Pet2", "RootModelModel", "SwaggerPetStoreAPIModel"]
    assert schemas["Pet"]["properties"]["owner"] == {"$ref": "#/components/schemas/PetOwner"}
    listed = spec.data["paths"]["/pets"]["get"]["responses"]["200"]["content"]["application/json"]
    assert listed["schema"]["items"] == {"$ref": "#/components/schemas/Pet"}
    # Every node keeps the line it was written at.
    assert spec.line_of(("components", "schemas", "PetOwner", "properties", "name")) == line_of(
        WILD, "name: {type: string}"
    )
    warned = {w.line: w.message for w in spec.warnings}
    assert warned[line_of(WILD, "    RootModel:")] == (
        "schema 'RootModel' becomes the class RootModelModel: RootModel is taken by the "
        "generated modules' own names or another schema"
    )
    assert "becomes the class Pet2" in warned[line_of(WILD, "    Pet:")]
    assert (
        "becomes the class SwaggerPetStoreAPIModel" in warned[line_of(WILD, "SwaggerPetStoreAPI:")]
    )


def test_a_derived_package_that_is_not_free_is_renamed(tmp_path: Path) -> None:
    spec = load(tmp_path, name="mock.yaml")
    assert spec.data["x-package"] == "mock_api"
    assert any("mock_api" in w.message for w in spec.warnings)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            "x-package: testing",
            "x-package 'testing' is not free: coinspec.testing is part of coinspec itself",
        ),
        ("x-package: class", "x-package 'class' is not free: it is a Python keyword"),
        (
            "x-client-name: BaseClient",
            "x-client-name 'BaseClient' is not free: the generated client would define or import BaseClient twice",
        ),
    ],
)
def test_an_explicit_name_that_is_not_free_is_refused(
    tmp_path: Path, extra: str, message: str
) -> None:
    text = WILD.replace("paths:", f"{extra}\npaths:", 1)
    with pytest.raises(SpecError) as caught:
        load(tmp_path, text)
    (problem,) = caught.value.problems
    assert (problem.line, problem.message) == (line_of(text, extra), message)


def test_a_title_that_is_no_free_name_gives_a_client_suffix(tmp_path: Path) -> None:
    spec = load(tmp_path, WILD.replace('"Swagger Pet-store API"', "Service"))
    assert spec.data["x-client-name"] == "ServiceClient"
    spec = load(tmp_path, WILD.replace('"Swagger Pet-store API"', '"3D secure"'))
    assert spec.data["x-client-name"] == "Api3DSecure"


def test_flows_call_operations_by_their_new_names(tmp_path: Path) -> None:
    text = WILD.replace(
        "paths:",
        "x-flows:\n  - name: fetch_all\n    summary: s\n    steps:\n      - call: listPets\npaths:",
        1,
    )
    spec = load(tmp_path, text)
    assert spec.data["x-flows"][0]["steps"][0]["call"] == "list_pets"


def test_reserved_methods_are_every_attribute_a_client_has_of_its_own() -> None:
    """An operation may not hide a client attribute: the list must name all of them."""
    import inspect

    from coinspec.hodlhodl import AsyncHodlHodl, HodlHodl

    for client_class in (HodlHodl, AsyncHodlHodl):
        client = client_class(base_url="http://127.0.0.1:9")
        operations = {
            name for name, value in vars(client_class).items() if inspect.isfunction(value)
        }
        machinery = {n for n in dir(client) if not n.startswith("_")} - operations
        assert {"with_raw_response", "base_url", "timeout"} <= machinery  # it sees them
        assert machinery <= RESERVED_METHODS, machinery - RESERVED_METHODS


def test_constructor_arguments_are_the_settings_every_client_constructor_takes() -> None:
    """A client option may not take a constructor setting's name: the list must be exact."""
    import inspect

    import yaml

    from coinspec.hodlhodl import AsyncHodlHodl, HodlHodl
    from coinspec.swapgate import Swapgate

    specs = Path(__file__).resolve().parents[2] / "specs"
    for client_class in (HodlHodl, AsyncHodlHodl, Swapgate):
        package = client_class.__module__.split(".")[1]
        data = yaml.safe_load((specs / f"{package}.yaml").read_text("utf-8"))
        own = {o["name"] for o in data.get("x-client-options", [])}
        for scheme in client_class._service.security_schemes:
            own |= {scheme.argument, scheme.password_argument} - {None}
        arguments = set(inspect.signature(client_class.__init__).parameters) - own
        assert arguments == CONSTRUCTOR_ARGUMENTS, arguments ^ CONSTRUCTOR_ARGUMENTS
