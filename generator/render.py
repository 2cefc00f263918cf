"""A generation, as it flows: specs -> loader -> IR -> templates and models -> ruff -> files.

`build` reads and validates every spec, has the worker run datamodel-code-generator on each
as soon as it is valid (`workers.py`), builds each spec's IR and renders its templates
(`templating.py`) meanwhile, finishes the models modules (`models.py`),
adds the API reference (`docs.py`), formats the tree (`formatting.py`) and fingerprints it
(`fingerprint.py`). Writing it all
at once (or not at all) and telling drift is `output.py`'s.

Importing this module is cheap: Jinja, the loader and datamodel-code-generator are imported
by the functions that use them.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from .exact_json import dumps as exact_dumps
from .fingerprint import fingerprint, inputs_digest, tree_digest
from .formatting import RedefinedNames, format_python
from .output import FINGERPRINT, drift, write_tree
from .package import copied_files
from .workers import Worker

if TYPE_CHECKING:
    from .loader import Spec, SpecProblem

__all__ = ["build", "drift", "render", "write_tree"]


def build(specs_dir: Path, warnings: list[SpecProblem] | None = None) -> dict[str, str]:
    """Every file generated from the specs in ``specs_dir``, by relative path.

    Raises SpecError with the problems of every file; then nothing is returned to write.
    What the specs' authors should know but did not stop the generation is added to
    ``warnings``.
    """
    from .loader import (
        SpecError,
        apply_findings,
        openapi_check,
        package_problems,
        read_and_check,
        spec_files,
    )
    from .models import datamodel_source, model_input

    # The biggest spec first: its models take longest, and the others render meanwhile.
    paths = sorted(spec_files(specs_dir), key=lambda p: (-p.stat().st_size, p.name))
    with Worker() as worker:
        specs: list[Spec] = []
        problems: list[SpecProblem] = []
        models: dict[str, Future[str | None]] = {}
        for path in paths:
            outcome = read_and_check(path)
            if isinstance(outcome, list):
                problems.extend(outcome)
                continue
            specs.append(outcome)
            # Validated here, each spec as soon as it is read: the worker is importing
            # datamodel-code-generator meanwhile, and needs the first spec valid to start.
            problems += apply_findings(outcome, openapi_check(outcome))
            if not problems:  # the validation may have left something out of the spec
                models[outcome.data["x-package"]] = worker.submit(
                    datamodel_source, model_input(outcome)
                )
        problems += package_problems(specs)
        if problems:
            raise SpecError(sorted(problems, key=lambda p: (p.file, p.line, p.message)))
        for spec in specs:
            if warnings is not None:
                warnings.extend(spec.warnings)
        return _render(specs, models)


def render(specs: list[Spec]) -> dict[str, str]:
    """Every file generated from already loaded and validated specs (see `build`)."""
    from .models import datamodel_source, model_input

    with Worker() as worker:
        models = {
            spec.data["x-package"]: worker.submit(datamodel_source, model_input(spec))
            for spec in specs
        }
        return _render(specs, models)


def _render(specs: list[Spec], models: dict[str, Future[str | None]]) -> dict[str, str]:
    from .docs import Reference
    from .ir import build_api
    from .models import finish_models, model_classes
    from .templating import (
        contract_arguments,
        environment,
        method_arguments,
        python_literal,
        render_api,
        render_api_init,
        render_package,
    )

    own_arguments = method_arguments()
    apis = [build_api(spec, own_arguments) for spec in specs]
    files: dict[str, str] = {}
    for spec, api in zip(specs, apis, strict=True):
        files.update(render_api(api))
        files[f"src/coinspec/_specs/{api.package}.json"] = exact_dumps(spec.data, indent=1) + "\n"
    files.update(render_package(apis))
    files.update(copied_files())  # LICENSE and CHANGELOG.md, which both distributions carry
    by_package = sorted(apis, key=lambda api: api.package)
    # What needs no models is read for the reference and formatted while the worker makes
    # them, so that only the models modules and what imports them are left for the end.
    # ruff runs in its own process: this one waits for it in a thread and carries on. Each
    # spec's models are finished, documented and formatted as soon as the worker has made
    # them (the biggest first), so that little is left once the last arrive.
    redefined: list[RedefinedNames] = []
    with ThreadPoolExecutor(max_workers=1) as formatter:
        formatting = [formatter.submit(_formatted, files, redefined)]
        reference = Reference(by_package, files, contract_arguments, python_literal)
        env = environment()
        pages = reference.shared_pages(env)
        for spec, api in zip(specs, apis, strict=True):
            source = finish_models(spec, models[api.package].result())
            with_models = {f"src/coinspec/{api.package}/models.py": source}
            with_models.update(render_api_init(api, model_classes(source)))
            formatting.append(formatter.submit(_formatted, with_models, redefined))
            pages.update(reference.service_pages(api.package, source, env))
        files = {path: text for done in formatting for path, text in done.result().items()}
    if redefined:
        error = RedefinedNames(
            [found for error in redefined for found in error.redefinitions],
            "\n".join(error.report for error in redefined),
        )
        raise _schema_problems(specs, error) from error
    files.update(pages)
    files[FINGERPRINT] = fingerprint(
        inputs_digest([spec.path for spec in specs]),
        tree_digest({path: text.encode("utf-8") for path, text in files.items()}),
    )
    return dict(sorted(files.items()))


def _formatted(files: dict[str, str], redefined: list[RedefinedNames]) -> dict[str, str]:
    """`format_python`, its RedefinedNames added to ``redefined`` (the files then as given)."""
    try:
        return format_python(files)
    except RedefinedNames as exc:
        redefined.append(exc)
        return files


def _schema_problems(specs: list[Spec], redefined: RedefinedNames) -> Exception:
    """The names a generated module binds twice as problems of the schemas that take them,
    at their lines (generator/names.py keeps derived names off the modules' own; this is for
    what it does not know). The error itself when one is no schema's: a template's fault."""
    from .loader import SpecError

    by_package = {spec.data["x-package"]: spec for spec in specs}
    problems = []
    for found in redefined.redefinitions:
        parts = found.path.split("/")
        spec = by_package.get(parts[2]) if parts[:2] == ["src", "coinspec"] else None
        schemas = ((spec.data.get("components") or {}).get("schemas") or {}) if spec else {}
        if spec is None or found.name not in schemas:
            return redefined
        problems.append(
            spec.problem(
                ("components", "schemas", found.name),
                f"schema {found.name!r} takes a name that the generated {parts[-1]} also "
                f"imports or defines (its line {found.line}); rename the schema",
            )
        )
    return SpecError(problems)
