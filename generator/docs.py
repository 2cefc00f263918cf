"""The API reference in Markdown (``generated/docs/``), rendered with the package.

Per service: a getting-started page, the client (constructor, every method with its
arguments, types, return type, errors and an example) and the models with their fields;
for the site, a front page and the table of environment variables its configuration page
includes. Operations, parameters, errors, examples, credentials, options and environment
variables come from the IR. What the templates decide in code (the constructor's shared
arguments, the paging iterators, the flows' signatures) and what datamodel-code-generator
decides (the models' Python names, types and defaults) are read from the generated
modules with ``ast``, so the reference says what the code of this version does.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .docstrings import annotation_of, field_description, model_summary
from .formatting import format_python

if TYPE_CHECKING:
    import jinja2

    from .ir import Api, Operation

__all__ = ["ClientDoc", "ModelDoc", "Reference", "client_doc", "model_docs", "reference"]

# Pages per service, under docs/<package>/, by template.
SERVICE_PAGES = {
    "index.md": "docs/service.md.j2",
    "client.md": "docs/client.md.j2",
    "models.md": "docs/models.md.j2",
}
# Pages of the whole reference, under docs/; a name starting with `_` is a part the site's
# hand-written pages include, not a page of its own.
SHARED_PAGES = {"index.md": "docs/index.md.j2", "_environment.md": "docs/_environment.md.j2"}


@dataclass(frozen=True)
class Argument:
    name: str
    annotation: str
    default: str | None  # Python source; None: required
    description: str = ""


@dataclass
class Method:
    name: str
    arguments: tuple[Argument, ...]
    returns: str
    docstring: str
    is_async: bool
    is_property: bool = False
    signature: str = ""  # `def name(*, ...) -> T: ...`, laid out by the formatter

    def source(self) -> str:
        if self.name == "__init__":
            parts = [
                f"{a.name}: {a.annotation}" + (f" = {a.default}" if a.default is not None else "")
                for a in self.arguments
            ]
            return f"def __init__(self, *, {', '.join(parts)}) -> None: ..."
        if self.is_property:
            return f"{self.name}: {self.returns}"
        parts = [
            f"{a.name}: {a.annotation}" + (f" = {a.default}" if a.default is not None else "")
            for a in self.arguments
        ]
        prefix = "async def" if self.is_async else "def"
        listed = ", ".join(["*", *parts]) if parts else ""
        return f"{prefix} {self.name}({listed}) -> {self.returns}: ..."


@dataclass(frozen=True)
class ModelField:
    name: str
    wire_name: str
    annotation: str
    required: bool
    default: str | None
    description: str


@dataclass(frozen=True)
class ModelDoc:
    name: str
    kind: str  # "model", "enum", or "alias" (a root model: a value of another type)
    base: str
    description: str
    fields: tuple[ModelField, ...] = ()
    members: tuple[tuple[str, str], ...] = ()  # an enum's (NAME, value)


@dataclass
class ClientDoc:
    name: str
    constructor: Method
    methods: dict[str, Method] = field(default_factory=dict)


def _docstring_arguments(docstring: str) -> dict[str, str]:
    """The ``Args:`` section of a Google-style docstring, by argument name."""
    found: dict[str, str] = {}
    inside = False
    current: str | None = None
    for line in docstring.splitlines():
        stripped = line.strip()
        if stripped in ("Args:", "Arguments:"):
            inside = True
            continue
        if not inside:
            continue
        if not line.startswith(" ") and stripped.endswith(":"):
            break  # the next section
        match = re.match(r"( +)([A-Za-z_][A-Za-z0-9_]*): (.*)", line)
        if match and len(match.group(1)) <= 4:
            current = match.group(2)
            found[current] = match.group(3).strip()
        elif stripped and current:
            found[current] += " " + stripped
    return found


def _method(node: ast.FunctionDef | ast.AsyncFunctionDef) -> Method:
    docstring = ast.get_docstring(node) or ""
    described = _docstring_arguments(docstring)
    arguments = []
    for arg, default in zip(node.args.kwonlyargs, node.args.kw_defaults, strict=True):
        arguments.append(
            Argument(
                arg.arg,
                ast.unparse(arg.annotation) if arg.annotation else "Any",
                None if default is None else ast.unparse(default),
                described.get(arg.arg, ""),
            )
        )
    returns = ast.unparse(node.returns) if node.returns else "None"
    is_async = isinstance(node, ast.AsyncFunctionDef)
    decorators = {ast.unparse(d).rsplit(".", 1)[-1] for d in node.decorator_list}
    is_property = bool(decorators & {"property", "cached_property"})
    return Method(node.name, tuple(arguments), returns, docstring, is_async, is_property)


def client_doc(source: str, client_name: str) -> ClientDoc:
    """The sync client's constructor and public methods, as the generated module defines them."""
    for node in ast.parse(source).body:
        if isinstance(node, ast.ClassDef) and node.name == client_name:
            methods = {
                item.name: _method(item)
                for item in node.body
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)
            }
            constructor = methods.pop("__init__")
            public = {name: m for name, m in methods.items() if not name.startswith("_")}
            return ClientDoc(client_name, constructor, public)
    raise ValueError(f"the generated client module defines no class {client_name}")


def _unannotated(annotation: ast.expr) -> tuple[str, str | None]:
    """(the type, the wire alias) of ``Annotated[T, Field(alias=...)]`` or of a plain ``T``."""
    if isinstance(annotation, ast.Subscript) and ast.unparse(annotation.value) == "Annotated":
        elements = (
            annotation.slice.elts if isinstance(annotation.slice, ast.Tuple) else [annotation.slice]
        )
        alias = None
        for extra in elements[1:]:
            if isinstance(extra, ast.Call) and ast.unparse(extra.func) == "Field":
                for keyword in extra.keywords:
                    if keyword.arg == "alias" and isinstance(keyword.value, ast.Constant):
                        alias = str(keyword.value.value)
        return ast.unparse(elements[0]), alias
    return ast.unparse(annotation), None


def _fields(body: list[ast.stmt]) -> tuple[ModelField, ...]:
    fields = []
    for stmt in body:
        if not (isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)):
            continue
        if stmt.target.id.startswith("model_"):
            continue  # pydantic's configuration, not a field
        annotation, alias = _unannotated(annotation_of(stmt))
        text = field_description(stmt) or ""
        fields.append(
            ModelField(
                name=stmt.target.id,
                wire_name=alias or stmt.target.id,
                annotation=annotation,
                required=stmt.value is None,
                default=None if stmt.value is None else ast.unparse(stmt.value),
                description=" ".join(text.split()),
            )
        )
    return tuple(fields)


def model_docs(source: str) -> list[ModelDoc]:
    """Every class of a generated models module: a model's fields, or an enum's members."""
    docs = []
    for node in ast.parse(source).body:
        if not isinstance(node, ast.ClassDef):
            continue
        base = ast.unparse(node.bases[0]) if node.bases else ""
        description = model_summary(ast.get_docstring(node) or "")
        if "Enum" in base:
            members = tuple(
                (stmt.targets[0].id, str(stmt.value.value))
                for stmt in node.body
                if isinstance(stmt, ast.Assign)
                and isinstance(stmt.targets[0], ast.Name)
                and isinstance(stmt.value, ast.Constant)
            )
            docs.append(ModelDoc(node.name, "enum", base, description, members=members))
        elif base.startswith("RootModel"):
            docs.append(ModelDoc(node.name, "alias", base, description))
        else:
            docs.append(ModelDoc(node.name, "model", base, description, _fields(node.body)))
    return docs


# -- Markdown ------------------------------------------------------------------------


def cell(text: Any) -> str:
    """Text for one table cell: on one line, and outside code spans its pipes escaped and
    its angle brackets shown as text (inside one, both are text already)."""
    parts = " ".join(str(text).split()).split("`")
    if len(parts) % 2 == 0:  # an unpaired backtick: no code span after all
        parts = ["\\`".join(parts)]
    for index in range(0, len(parts), 2):
        parts[index] = parts[index].replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
    return "`".join(parts)


def code(text: Any) -> str:
    """A code span of ``text`` on one line (inside it, pipes and brackets are text)."""
    flat = " ".join(str(text).split())
    fence = "``" if "`" in flat else "`"
    return f"{fence}{flat}{fence}" if fence == "`" else f"{fence} {flat} {fence}"


def prose(text: str) -> str:
    """A description as Markdown paragraphs, angle brackets shown as text (not taken as HTML)."""
    return re.sub(r"<(?=[A-Za-z/!?])", "&lt;", text.strip())


def anchor(name: str) -> str:
    """The id mkdocs (Python-Markdown's toc) gives a heading ``name``."""
    return re.sub(r"[-\s]+", "-", re.sub(r"[^\w\s-]", "", name).strip().lower())


class _Linker:
    """Writes a type annotation for a table cell, its model names linked to their entries."""

    def __init__(self, models: list[ModelDoc]) -> None:
        names = sorted((m.name for m in models), key=len, reverse=True)
        self._pattern = (
            re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b") if names else None
        )

    def __call__(self, annotation: str, page: str = "models.md") -> str:
        text = " ".join(annotation.split())
        if self._pattern is None:
            return code(text)
        out = []
        for index, part in enumerate(self._pattern.split(text)):
            if part:
                out.append(f"[{code(part)}]({page}#{anchor(part)})" if index % 2 else code(part))
        return "".join(out)


@dataclass
class OperationDoc:
    operation: Operation
    method: Method
    example: str  # `result = client.<operation>(...)`, laid out by the formatter
    iterator: Method | None


def _example(operation: str, arguments: Mapping[str, Any], literal: Callable[[Any], str]) -> str:
    keywords = ", ".join(f"{name}={literal(value)}" for name, value in arguments.items())
    return f"result = client.{operation}({keywords})"


def reference(
    apis: list[Api],
    files: Mapping[str, str],
    env: jinja2.Environment,
    examples: Callable[[Api], dict[str, dict[str, Any]]],
    literal: Callable[[Any], str],
) -> dict[str, str]:
    """Every page of the reference, by its path in the package (``docs/...``).

    ``files`` are the package's rendered modules; ``examples(api)`` gives each operation's
    example keyword arguments (the ones the contract tests call it with), and ``literal``
    writes a value of them as Python."""
    return Reference(apis, files, examples, literal).pages(files, env)


class Reference:
    """The reference in two steps, so that a generation can take the first while its models
    are still being made: what the clients show (read from them, and their code laid out by
    the formatter), then the pages, once the models modules are there too (see `reference`)."""

    def __init__(
        self,
        apis: list[Api],
        clients: Mapping[str, str],
        examples: Callable[[Api], dict[str, dict[str, Any]]],
        literal: Callable[[Any], str],
    ) -> None:
        """``clients`` holds each api's rendered client module (at least)."""
        self._apis = apis
        self._contexts: list[dict[str, Any]] = []
        snippets: list[str] = []  # the code the pages show, laid out by the formatter in one go

        def snippet(code: str) -> int:
            snippets.append(code)
            return len(snippets) - 1

        pending: list[tuple[Any, int]] = []  # (what shows it, which snippet)
        for api in apis:
            client = client_doc(clients[f"src/coinspec/{api.package}/client.py"], api.client_name)
            called = examples(api)
            operations = []
            for op in api.operations:
                method = client.methods[op.id]
                doc = OperationDoc(op, method, "", client.methods.get(f"iter_{op.id}"))
                pending.append((doc, snippet(_example(op.id, called[op.id], literal))))
                operations.append(doc)
            for method in [client.constructor, *client.methods.values()]:
                pending.append((method, snippet(method.source())))
            by_tag: dict[str, list[OperationDoc]] = {}
            for doc in operations:
                tag = doc.operation.tags[0] if doc.operation.tags else "Operations"
                by_tag.setdefault(tag, []).append(doc)
            shown = {op.id for op in api.operations} | {f"iter_{op.id}" for op in api.operations}
            flows = {f.name: f for f in api.flows}
            self._contexts.append(
                {
                    "api": api,
                    "client": client,
                    "by_tag": by_tag,
                    "flows": flows,
                    "others": [m for n, m in client.methods.items() if n not in shown | set(flows)],
                    "example_operation": next(
                        (
                            d
                            for d in operations
                            if api.example_operation is not None
                            and d.operation.id == api.example_operation.id
                        ),
                        None,  # a document of webhooks only has no operation to show
                    ),
                }
            )
        formatted = _formatted(snippets)
        for target, key in pending:
            text = formatted[key]
            if isinstance(target, OperationDoc):
                target.example = text
            else:
                target.signature = text

    def pages(self, files: Mapping[str, str], env: jinja2.Environment) -> dict[str, str]:
        """Every page; ``files`` holds each api's rendered models module (at least)."""
        pages = self.shared_pages(env)
        for api in self._apis:
            models = files[f"src/coinspec/{api.package}/models.py"]
            pages.update(self.service_pages(api.package, models, env))
        return pages

    def service_pages(self, package: str, models: str, env: jinja2.Environment) -> dict[str, str]:
        """The pages of one service, from its rendered models module."""
        _filters(env)
        context = next(c for c in self._contexts if c["api"].package == package)
        documented = model_docs(models)
        context = {**context, "models": documented, "linked": _Linker(documented)}
        return {
            f"docs/{package}/{page}": _tidy(env.get_template(template).render(**context))
            for page, template in SERVICE_PAGES.items()
        }

    def shared_pages(self, env: jinja2.Environment) -> dict[str, str]:
        """The pages of the whole reference (they need no models)."""
        _filters(env)
        return {
            f"docs/{page}": _tidy(env.get_template(template).render(apis=self._apis))
            for page, template in SHARED_PAGES.items()
        }


def _filters(env: jinja2.Environment) -> None:
    env.filters["cell"] = cell
    env.filters["code"] = code
    env.filters["prose"] = prose
    env.filters["anchor"] = anchor


_MARK = "# coinspec-docs-snippet "


def _formatted(snippets: list[str]) -> list[str]:
    """The snippets as the formatter lays them out, all formatted as one module."""
    source = "".join(f"{_MARK}{number}\n{code}\n" for number, code in enumerate(snippets))
    text = format_python({"snippets.py": source}, modules=False)["snippets.py"]
    parts = re.split(rf"^{re.escape(_MARK)}(\d+)\n", text, flags=re.MULTILINE)
    found = {
        int(number): body.strip("\n") for number, body in zip(parts[1::2], parts[2::2], strict=True)
    }
    return [found[number] for number in range(len(snippets))]


def _tidy(text: str) -> str:
    """At most one blank line between blocks, and one newline at the end."""
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
