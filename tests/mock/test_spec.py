"""One JSON-pointer resolver and one example lookup for the mock, the contract tests and tests/."""

from __future__ import annotations

from typing import Any

import pytest

from coinspec._core.spec import (
    NO_EXAMPLE,
    ServiceSpec,
    SpecReferenceError,
    available_apis,
    load_spec,
    resolve_pointer,
)

DOCUMENT: dict[str, Any] = {
    "paths": {
        "/things/{id}": {
            "parameters": [{"$ref": "#/components/parameters/Id"}],
            "get": {
                "operationId": "get_thing",
                "parameters": [{"name": "verbose", "in": "query", "schema": {"type": "boolean"}}],
                "responses": {
                    "200": {"$ref": "#/components/responses/Thing"},
                    "404": {"description": "no such thing"},
                },
            },
            "post": {
                "operationId": "replace_thing",
                "requestBody": {
                    "content": {
                        "application/json": {
                            "examples": {
                                "small": {"value": {"size": 1}},
                                "big": {"$ref": "#/components/examples/Big"},
                            }
                        }
                    }
                },
                "responses": {"204": {"description": "replaced"}},
            },
        }
    },
    "components": {
        "parameters": {"Id": {"name": "id", "in": "path", "required": True}},
        "responses": {
            "Thing": {
                "description": "a thing",
                "content": {"application/json": {"example": {"id": "t1", "size": None}}},
            }
        },
        "examples": {"Big": {"value": {"size": 1000}}},
        "schemas": {"a/b": {"type": "string"}, "c~d": {"type": "integer"}, "~1": {"const": 1}},
        "loop": {"$ref": "#/components/loop2"},
        "loop2": {"$ref": "#/components/loop"},
    },
}
SPEC = ServiceSpec(DOCUMENT, "things.json")


def test_pointers_unescape_slash_and_tilde() -> None:
    assert SPEC.resolve("#/components/schemas/a~1b") == {"type": "string"}
    assert SPEC.resolve("#/components/schemas/c~0d") == {"type": "integer"}
    # ~01 is "~1" (tilde first would make it "/"): RFC 6901's order.
    assert SPEC.resolve("#/components/schemas/~01") == {"const": 1}
    assert SPEC.resolve("#/paths/~1things~1{id}/get/operationId") == "get_thing"
    assert resolve_pointer([10, [20, 30]], "#/1/0") == 20


def test_a_pointer_to_nothing_names_where_it_stops() -> None:
    with pytest.raises(
        SpecReferenceError,
        match=r"'#/components/schemas/nope/x': nothing at '#/components/schemas/nope'",
    ):
        SPEC.resolve("#/components/schemas/nope/x")
    with pytest.raises(SpecReferenceError, match="only local references"):
        SPEC.resolve("other.yaml#/components/schemas/a")


def test_deref_follows_chains_and_refuses_cycles() -> None:
    assert SPEC.deref({"$ref": "#/components/parameters/Id"})["name"] == "id"
    assert SPEC.deref({"plain": True}) == {"plain": True}
    with pytest.raises(
        SpecReferenceError,
        match=r"\$ref cycle #/components/loop2 -> #/components/loop -> #/components/loop2",
    ):
        SPEC.deref({"$ref": "#/components/loop2"})


def test_operations_merge_the_path_items_parameters() -> None:
    op = SPEC.operation("get_thing")
    assert (op.method, op.path, op.where) == ("get", "/things/{id}", "GET /things/{id}")
    assert [p["name"] for p in op.parameters] == ["id", "verbose"]
    assert sorted(o.id for o in SPEC.operations()) == ["get_thing", "replace_thing"]
    with pytest.raises(
        SpecReferenceError, match=r"no operation 'nope' \(there are get_thing, replace_thing\)"
    ):
        SPEC.operation("nope")


def test_examples_of_responses_and_bodies() -> None:
    assert SPEC.example("get_thing", 200) == {"id": "t1", "size": None}
    assert SPEC.example("replace_thing") == {"size": 1}  # the first named one
    assert SPEC.example("replace_thing", name="big") == {"size": 1000}  # through a $ref
    media = SPEC.media("replace_thing")
    assert media is not None and media[0] == "application/json"
    assert dict(SPEC.media_examples(media[1])) == {"small": {"size": 1}, "big": {"size": 1000}}
    assert SPEC.media_example({}) is NO_EXAMPLE and not NO_EXAMPLE
    assert SPEC.media_example({"example": None}) is None  # null is an example too


def test_missing_examples_and_statuses_are_named() -> None:
    with pytest.raises(
        SpecReferenceError, match=r"GET /things/\{id\} shows no example of its 404 response"
    ):
        SPEC.example("get_thing", 404)
    with pytest.raises(
        SpecReferenceError, match=r"GET /things/\{id\} documents no 500 \(it documents 200, 404\)"
    ):
        SPEC.example("get_thing", 500)


def test_the_shipped_specs() -> None:
    assert available_apis() == ["atomic", "coinjoin", "cryptocoinpro", "hodlhodl", "swapgate"]
    hodlhodl = load_spec("hodlhodl")
    assert hodlhodl["x-package"] == "hodlhodl"  # reads as the spec's dict too
    assert hodlhodl.example("get_contract", 200)["status"] == "success"
    # Each call reads afresh: changing one copy changes no other.
    hodlhodl.example("get_contract", 200)["status"] = "changed"
    assert load_spec("hodlhodl").example("get_contract", 200)["status"] == "success"
    with pytest.raises(ValueError, match=r"no spec for 'nope'; available: atomic, "):
        load_spec("nope")
